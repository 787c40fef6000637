// The shape of the network: the network view and the morph to it, regions rolled up and opened,
// city ties nested in their provinces' ties, and the hubs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openSettled, settled } from "./harness.mjs";

const h = useBrowser({ before, after });
const VIEW = { width: 1280, height: 800, dpr: 1 };

const positions = (page, ids) => page.evaluate((ids) => ids.map((id) => window.atlas.screenPosition(id)), ids);
const resting = (page) => page.waitForFunction(() => !window.atlas.view().moving);

test("the network view moves the places, keeps the selection and the filters, and comes back", async () => {
  const { context, page, errors } = await openSettled(h, "#sel=cn-shanghai&countries=JP,KR", VIEW);
  const ids = ["cn-shanghai", "jp-osaka", "cn-tianjin", "kr-busan"];
  const onMap = await positions(page, ids);
  assert.equal(await page.evaluate(() => window.atlas.setView("network")), true);
  // Half-way the places are between the map and the network.
  await page.waitForFunction(() => window.atlas.view().blend > 0.3 && window.atlas.view().blend < 0.7);
  await resting(page);
  await settled(page);
  const inNet = await positions(page, ids);
  assert.deepEqual(await page.evaluate(() => window.atlas.view()), { view: "network", blend: 1, moving: false });
  for (let i = 0; i < ids.length; i++) {
    const moved = Math.hypot(inNet[i].x - onMap[i].x, inNet[i].y - onMap[i].y);
    assert.ok(moved > 5, `${ids[i]} moved ${moved}`);
  }
  // The selection stays, in the middle of the map; the filters stay.
  assert.equal(await page.evaluate(() => window.atlas.selection()), "cn-shanghai");
  const stage = await page.$eval("#stage", (s) => s.getBoundingClientRect().toJSON());
  assert.ok(Math.abs(inNet[0].x - (stage.left + stage.width / 2)) < 2, JSON.stringify(inNet[0]));
  const url = await page.evaluate(() => window.atlas.url());
  assert.match(url, /view=network/);
  assert.match(url, /countries=JP,KR/);
  // A link opens the network as it was.
  const page2 = await context.newPage();
  await page2.setViewportSize({ width: VIEW.width, height: VIEW.height });
  await page2.goto(url);
  await page2.waitForFunction(() => window.atlas && !window.atlas.stats().pending);
  assert.equal((await page2.evaluate(() => window.atlas.view())).view, "network");
  const again = await positions(page2, ids);
  for (let i = 0; i < ids.length; i++) assert.ok(Math.abs(again[i].x - inNet[i].x) < 1.5, `${ids[i]}`);
  await page2.close();
  // The map and its framings come back.
  await page.click("#view-map");
  await resting(page);
  assert.equal(await page.isVisible("#region-east-asia"), true);
  assert.equal((await page.evaluate(() => window.atlas.view())).view, "map");
  const wrong = await page.evaluate(() => String(window.atlas.setView("globe")));
  assert.match(wrong, /setView takes 'map' or 'network'/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("under reduced motion the switch is at once; the keys M and N switch too", async () => {
  const { context, page, errors } = await openSettled(h, "", VIEW);
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.evaluate(() => window.atlas.setView("network"));
  assert.deepEqual(await page.evaluate(() => window.atlas.view()), { view: "network", blend: 1, moving: false });
  await page.focus("#overlay");
  await page.keyboard.press("m");
  assert.equal((await page.evaluate(() => window.atlas.view())).view, "map");
  await page.keyboard.press("n");
  assert.equal((await page.evaluate(() => window.atlas.view())).view, "network");
  assert.deepEqual(errors, []);
  await context.close();
});

test("regions roll up, open to their places and close again; a region's panel lists its places", async () => {
  const { context, page, errors } = await openSettled(h, "", VIEW);
  await page.selectOption("#rollup", "ties");
  await settled(page);
  const regions = await page.evaluate(() => window.atlas.regions());
  const jilin = regions.find((r) => r.key === "region-cn-jilin");
  assert.ok(jilin && jilin.ties > 10, JSON.stringify(jilin));
  // Closed, Changchun is inside Jilin's disc: not drawn on its own.
  const changchunHidden = await page.evaluate(() => window.atlas.labels().some((l) => l.id === "cn-changchun"));
  assert.equal(changchunHidden, false);
  await page.mouse.click(jilin.x, jilin.y);
  await page.waitForFunction(() => document.querySelector("#details-body h2")?.textContent.startsWith("Jilin"));
  assert.equal(await page.evaluate(() => window.atlas.selection()), "region-cn-jilin");
  const places = await page.$$eval('#details-body ol[aria-label="Its places"] button', (bs) => bs.map((b) => b.dataset.id));
  assert.ok(places.includes("cn-changchun") && places.includes("cn-jilin"), JSON.stringify(places));
  const reach = await page.$$eval('#details-body ol[aria-label="Regions its ties reach"] button', (bs) => bs.map((b) => b.dataset.id));
  assert.ok(reach.includes("region-jp-miyagi"), JSON.stringify(reach));
  // Open: the disc gives way to the places.
  await page.click("#details-body button[data-open]");
  await settled(page);
  let keys = (await page.evaluate(() => window.atlas.regions())).map((r) => r.key);
  assert.ok(!keys.includes("region-cn-jilin"));
  assert.ok(await page.evaluate(() => window.atlas.screenPosition("cn-changchun")));
  assert.match(await page.evaluate(() => window.atlas.url()), /regions=ties&open=region-cn-jilin/);
  // Close it again.
  await page.click("#details-body button[data-close]");
  await settled(page);
  keys = (await page.evaluate(() => window.atlas.regions())).map((r) => r.key);
  assert.ok(keys.includes("region-cn-jilin"));
  // Other measures, and back to the places.
  const byPartners = await page.evaluate(() => (window.atlas.setRegions("partners"), window.atlas.regions()));
  assert.ok(byPartners.find((r) => r.key === "region-cn-jilin").partners > 0);
  await page.evaluate(() => window.atlas.setRegions(null));
  assert.deepEqual(await page.evaluate(() => window.atlas.regions()), []);
  assert.equal(await page.evaluate(() => window.atlas.selection()), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a city tie says whether it sits inside its provinces' tie, and the filter follows it", async () => {
  const { context, page, errors } = await openSettled(h, "", VIEW);
  const cases = [
    ["cn-changchun~jp-sendai", true, /Jilin – Miyagi/],
    ["cn-chengdu~jp-kofu", true, /Sichuan – Yamanashi/],
  ];
  for (const [key, nested, outer] of cases) {
    const d = await page.evaluate((k) => window.atlas.link(k), key);
    assert.equal(d.nested, nested, key);
    assert.match(d.nest_text, outer);
  }
  assert.equal((await page.evaluate(() => window.atlas.link("cn-jilin~jp-miyagi-prefecture"))).nested, null);
  // The panel's line opens the provinces' tie.
  await page.evaluate(() => window.atlas.selectLink("cn-changchun~jp-sendai"));
  await page.waitForSelector("#details-body .nest button");
  await page.click("#details-body .nest button");
  await page.waitForFunction(() => window.atlas.selection() === "cn-jilin~jp-miyagi-prefecture");
  // Only the city ties outside their provinces' ties: Changchun–Sendai goes, Jilin–Miyagi stays.
  await page.goto(page.url().split("#")[0] + "#nests=outside");
  await page.waitForFunction(() => window.atlas && !window.atlas.stats().pending);
  await settled(page);
  const shown = await page.evaluate(() => window.atlas.visibleLinks());
  const all = await page.evaluate(() => window.atlas.stats().links);
  assert.ok(shown < all && shown > all / 2, `${shown} of ${all}`);
  const csv = await page.evaluate(() => window.atlas.exportCsv());
  const has = (a, b) => csv.split("\n").some((r) => r.startsWith(`${a},`) && r.includes(`,${b},`));
  assert.ok(!has("cn-changchun", "jp-sendai"), "inside: hidden");
  assert.ok(has("cn-jilin", "jp-miyagi-prefecture"), "a province-level tie stays");
  assert.match(await page.textContent("#filters-toggle"), /1/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the hubs list follows the filters and opens a place", async () => {
  const { context, page, errors } = await openSettled(h, "", VIEW);
  await page.click("#hubs-toggle");
  await page.waitForSelector("#hubs .hubs-list button");
  const all = await page.$$eval("#hubs .hubs-list button", (bs) => bs.map((b) => ({ id: b.dataset.id, text: b.textContent })));
  assert.equal(all.length, 20);
  const partners = (t) => Number(/(\d+) partners?/.exec(t)[1]);
  for (let i = 1; i < all.length; i++) assert.ok(partners(all[i - 1].text) >= partners(all[i].text));
  const top = await page.evaluate((id) => window.atlas.place(id), all[0].id);
  assert.equal(partners(all[0].text), top.partners.length);
  assert.match(await page.textContent("#hubs"), /Japan: \d+ of \d+ city ties/);
  // Korea only: the list changes with the filters.
  await page.evaluate(() => { location.hash = "#countries=KR&hubs=open"; });
  await page.waitForFunction((first) => document.querySelector("#hubs .hubs-list button")?.dataset.id !== first, all[0].id);
  const kr = await page.$$eval("#hubs .hubs-list button", (bs) => bs.map((b) => b.dataset.id));
  assert.ok(kr.length > 0);
  await page.click(`#hubs .hubs-list button[data-id="${kr[0]}"]`);
  await page.waitForFunction((id) => window.atlas.selection() === id, kr[0]);
  assert.match(await page.evaluate(() => window.atlas.url()), /hubs=open/);
  assert.deepEqual(errors, []);
  await context.close();
});
