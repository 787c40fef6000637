// The events layer and the standing of the ties on the map: diamonds at the places where events
// were held (switched on and off, grouped with a count, hovered and opened in the panel), the
// events found by search and kept in the address, and the ties filtered by what they are at the
// timeline's year.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { useBrowser, openSettled, settled } from "./harness.mjs";
import { compare, PNG } from "./screenshots.mjs";

const h = useBrowser({ before, after });
const VIEW = { width: 1280, height: 800, dpr: 1 };
const root = new URL("../../", import.meta.url);
const csvRows = (file) => fs.readFileSync(new URL(`data/${file}`, root), "utf8").trim().split("\n").slice(1);
const SUZHOU = "event-2023-11-03-conference-suzhou";

// The page's pixels, and how many of them differ between two pictures.
const pixels = async (page) => PNG.sync.read(await page.screenshot());
const differing = (a, b) => compare(a, b, 32).differing;

test("the events layer switches on and off, by its button and the E key, and the address keeps it", async () => {
  const { context, page, errors } = await openSettled(h, "#region=east-asia", VIEW);
  assert.equal(await page.getAttribute("#events-toggle", "aria-pressed"), "false");
  assert.deepEqual(await page.evaluate(() => window.atlas.events()), []);
  await page.focus("#overlay");
  const before = await pixels(page);
  await page.click("#events-toggle");
  await settled(page);
  assert.equal(await page.getAttribute("#events-toggle", "aria-pressed"), "true");
  const marks = await page.evaluate(() => window.atlas.events());
  assert.ok(marks.length >= 10, `${marks.length} diamonds`);
  // Several events at one place are one diamond: Wuxi holds more than one.
  const wuxi = marks.find((m) => m.place === "cn-wuxi");
  assert.ok(wuxi && wuxi.events.length >= 3, JSON.stringify(wuxi));
  assert.ok(wuxi.events.includes("event-2003-11-06-conference-wuxi"));
  assert.match(await page.evaluate(() => window.atlas.url()), /events=on/);
  const on = differing(before, await pixels(page));
  assert.ok(on > 40 * marks.length, `the diamonds are drawn: ${on} pixels differ`);
  // Hovering a diamond names its latest event and how many more are there.
  await page.mouse.move(wuxi.x, wuxi.y);
  await page.waitForSelector("#tooltip:not([hidden])");
  assert.match(await page.textContent("#tooltip"), /more events here: click for the list\)$/);
  // Off again, by the key.
  await page.mouse.move(5, 790);
  await page.focus("#overlay");
  await page.keyboard.press("e");
  await page.waitForSelector("#tooltip", { state: "hidden" });
  await settled(page);
  assert.equal(await page.getAttribute("#events-toggle", "aria-pressed"), "false");
  assert.deepEqual(await page.evaluate(() => window.atlas.events()), []);
  assert.doesNotMatch(await page.evaluate(() => window.atlas.url()), /events=/);
  const off = differing(before, await pixels(page));
  assert.ok(off < 800, `the picture is the one without events: ${off} pixels differ`);
  assert.ok(await page.evaluate(() => window.atlas.setEvents("yes") instanceof Error));
  assert.deepEqual(errors, []);
  await context.close();
});

test("a click on Suzhou's diamond opens the 2023 China–US sister-cities conference with its date and source", async () => {
  const { context, page, errors } = await openSettled(h, "#region=east-asia&events=on", VIEW);
  const marks = await page.evaluate(() => window.atlas.events());
  const suzhou = marks.find((m) => m.place === "cn-suzhou");
  assert.ok(suzhou && suzhou.events.includes(SUZHOU), JSON.stringify(suzhou));
  await page.mouse.click(suzhou.x, suzhou.y);
  await page.waitForSelector("#details:not([hidden])");
  if (suzhou.events.length > 1) {
    // The diamond stands for several events: the panel offers each.
    const offered = await page.$$eval("#details-body nav.here button[data-id]", (bs) => bs.map((b) => b.dataset.id));
    assert.deepEqual([...offered].sort(), [...suzhou.events].sort());
    await page.click(`#details-body nav.here button[data-id="${SUZHOU}"]`);
  }
  await page.waitForFunction((k) => window.atlas.selection() === k, SUZHOU);
  const row = csvRows("events.csv").find((r) => r.startsWith("2023-11-03-conference-suzhou,"));
  const source = row.match(/https?:\/\/[^,"]+/)[0];
  assert.match(await page.textContent("#details-body .subtitle"), /conference · 2023-11-03/);
  const link = await page.$eval("#details-body .sources a", (a) => ({ href: a.href, rel: a.rel }));
  assert.equal(link.href, new URL(source).href);
  assert.match(link.rel, /noopener/);
  // Its place is a button that opens Suzhou.
  await page.click('#details-body .partners button[data-id="cn-suzhou"]');
  await page.waitForFunction(() => window.atlas.selection() === "cn-suzhou");
  assert.deepEqual(errors, []);
  await context.close();
});

test("an event in the address opens with its panel; the 2003 Wuxi meeting lists Wuxi's other events", async () => {
  const { context, page, errors } = await openSettled(h, "#sel=event-2003-11-06-conference-wuxi", VIEW);
  await page.waitForSelector("#details:not([hidden])");
  assert.match(await page.textContent("#details-body .subtitle"), /2003-11-06/);
  const d = await page.evaluate(() => window.atlas.event("event-2003-11-06-conference-wuxi"));
  assert.deepEqual(d.places, ["cn-wuxi"]);
  assert.match(d.source, /^https?:\/\//);
  const others = await page.$$eval('#details-body ol.life button[data-id^="event-"]', (bs) => bs.length);
  assert.ok(others >= 2, `${others}`);
  // The mayors' delegation of 2017 quotes the figures of its report.
  await page.evaluate(() => window.atlas.select("event-2017-03-05-delegation-beijing"));
  await page.waitForFunction(() => [...document.querySelectorAll("#details-body h3.life")].some((h) => h.textContent.startsWith("Figures")));
  const figures = await page.$$eval("#details-body ul.life li", (lis) => lis.map((li) => li.textContent));
  assert.ok(figures.some((f) => f.startsWith("814: ")) && figures.some((f) => f.startsWith("270: ")), JSON.stringify(figures));
  assert.deepEqual(errors, []);
  await context.close();
});

test("search finds events by place, organisation and kind, and choosing one shows it", async () => {
  const { context, page, errors } = await openSettled(h, "", VIEW);
  const find = (q) => page.evaluate((q) => window.atlas.searchEvents(q), q);
  assert.ok((await find("Wuxi")).includes("event-2003-11-06-conference-wuxi"));
  assert.ok((await find("Japan Association of City Mayors")).includes("event-2017-03-05-delegation-beijing"));
  const delegations = await find("delegation");
  assert.ok(delegations.length >= 3, JSON.stringify(delegations));
  assert.ok(await page.evaluate(() => window.atlas.searchEvents(3) instanceof Error));
  // In the search box: the event follows the places; Enter on it opens it, with the events shown.
  await page.fill("#search", "sister cities conference");
  await page.waitForSelector("#search-list li.event");
  const option = await page.$eval(`#search-list li[data-id="${SUZHOU}"]`, (li) => li.id);
  await page.click(`#${option}`);
  await page.waitForFunction((k) => window.atlas.selection() === k, SUZHOU);
  assert.equal(await page.getAttribute("#events-toggle", "aria-pressed"), "true");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the status filter shows the ties by what they are at the timeline's year", async () => {
  const { context, page, errors } = await openSettled(h, "", VIEW);
  await page.click("#filters-toggle");
  const box = (value) => `#filters input[data-key="status"][data-value="${value}"]`;
  await page.waitForSelector(box("in-force"));
  await page.click(box("in-force"));
  await settled(page);
  const shown = await page.evaluate(() => window.atlas.visibleLinks());
  const csv = await page.evaluate(() => window.atlas.exportCsv());
  assert.match(csv, /cn-xiangyang,[^\n]*us-carmel-indiana/);
  assert.doesNotMatch(csv, /cn-tianjin,[^\n]*jp-kobe/);
  // Every standing's tie counted once: the ties not in force are few, and more than one.
  assert.ok(shown >= 5 && shown < 60, `${shown}`);
  assert.match(await page.evaluate(() => window.atlas.url()), /status=suspended,ended,disputed,barred/);
  // In 2023 Carmel's tie was still in force: hidden by the same filter.
  await page.evaluate(() => window.atlas.setYear(2023));
  await settled(page);
  assert.doesNotMatch(await page.evaluate(() => window.atlas.exportCsv()), /us-carmel-indiana/);
  assert.ok((await page.evaluate(() => window.atlas.visibleLinks())) < shown);
  assert.deepEqual(errors, []);
  await context.close();
});
