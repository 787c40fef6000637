// The filters: each one against counts made from the data files, the legend and the status line
// that follow them, the panel that marks the partners they hide, the framings, and all of it in
// the address and back.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openSettled } from "./harness.mjs";
import { ties } from "./data.mjs";

const h = useBrowser({ before, after });
const VIEW = { width: 1280, height: 800, dpr: 1 };
const TIES = ties();

const open = (hash = "") => openSettled(h, hash, VIEW);

const stats = (page) => page.evaluate(() => window.atlas.stats());

/** Ties whose ends have at least `m` partners among `shown`: the hubs and their ties. */
function hubs(shown, m) {
  const degree = new Map();
  for (const t of shown) for (const p of [t.a, t.b]) degree.set(p, (degree.get(p) ?? 0) + 1);
  return shown.filter((t) => degree.get(t.a) >= m || degree.get(t.b) >= m);
}

test("each filter shows the ties the data says it should, and the counts follow", async () => {
  const { context, page, errors } = await open();
  assert.equal((await stats(page)).shown, TIES.length);
  await page.click("#filters-toggle");
  await page.waitForSelector("#filters:not([hidden]) input[data-key]");
  const box = (key, value) => `#filters input[data-key="${key}"][data-value="${value}"]`;
  const cases = [
    // [what to do, what to undo, the ties that stay]
    [box("countries", "JP"), (t) => t.country !== "JP"],
    [box("tiers", "province"), (t) => t.tier !== "province"],
    [box("partner-tiers", "city"), (t) => t.partnerTier !== "city"],
    [box("kinds", "unstated"), (t) => t.kind !== "unstated"],
    [box("kinds", "exchange"), (t) => t.kind !== "exchange"],
  ];
  for (const [sel, keep] of cases) {
    // Each choice says beforehand how many ties it holds beside the other filters.
    const [key, value] = [await page.getAttribute(sel, "data-key"), await page.getAttribute(sel, "data-value")];
    const said = Number(await page.textContent(`[data-count="${key}:${value}"]`));
    await page.click(sel);
    const expected = TIES.filter(keep).length;
    const s = await stats(page);
    assert.equal(s.shown, expected, sel);
    assert.equal(TIES.length - expected, said, `${sel} said ${said}`);
    assert.match(await page.textContent("#coverage"), new RegExp(`showing ${expected} of ${TIES.length} ties`));
    await page.click(sel);
    assert.equal((await stats(page)).shown, TIES.length, `${sel} undone`);
  }
  // Years: a range, and undated ties as a choice of their own.
  await page.fill("#f-since", "1980");
  await page.fill("#f-until", "1999");
  const inRange = (t) => t.year === null || (t.year >= 1980 && t.year <= 1999);
  assert.equal((await stats(page)).shown, TIES.filter(inRange).length);
  await page.click("#f-undated");
  const dated = TIES.filter((t) => t.year !== null && t.year >= 1980 && t.year <= 1999);
  assert.equal((await stats(page)).shown, dated.length);
  // The legend counts what is shown of each country.
  const jp = dated.filter((t) => t.country === "JP").length;
  const jpAll = TIES.filter((t) => t.country === "JP").length;
  assert.match(await page.textContent("#legend"), new RegExp(`Japan \\(${jp} of ${jpAll} ties\\)`));
  // A minimum of partners, counted among the ties the other filters let through.
  await page.fill("#f-min", "4");
  assert.equal((await stats(page)).shown, hubs(dated, 4).length);
  assert.match(await page.textContent("#filters-toggle"), /Filters · 3/);
  await page.click("#f-reset");
  assert.equal((await stats(page)).shown, TIES.length);
  assert.equal(await page.inputValue("#f-since"), "");
  // Escape closes the panel and gives the focus back to its button.
  await page.focus("#f-min");
  await page.keyboard.press("Escape");
  assert.equal(await page.isHidden("#filters"), true);
  assert.equal(await page.evaluate(() => document.activeElement.id), "filters-toggle");
  assert.equal(await page.getAttribute("#filters-toggle", "aria-expanded"), "false");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the panel marks the partners the filters hide", async () => {
  const { context, page, errors } = await open("#countries=KR,US&sel=cn-tianjin");
  const jp = TIES.filter((t) => t.a === "cn-tianjin" && t.country === "JP").length;
  assert.ok(jp > 0);
  await page.waitForSelector("#details:not([hidden]) .partners");
  assert.equal(await page.locator(".partners li.filtered").count(), jp);
  assert.equal(await page.locator(".partners li.filtered .cc.c-JP").count(), jp);
  assert.match(await page.textContent(".counts"), new RegExp(`${jp} hidden by the filters`));
  assert.deepEqual(errors, []);
  await context.close();
});

test("a framing, the filters and the search text go into the address and come back", async () => {
  const first = await open();
  const { page } = first;
  await page.click("#region-east-asia");
  await page.waitForFunction(() => window.atlas.stats().region === "east-asia");
  await page.waitForFunction(() => location.hash.includes("region=east-asia"));
  assert.ok((await stats(page)).zoom > 2);
  assert.equal(await page.getAttribute("#region-east-asia", "aria-pressed"), "true");
  await page.click("#filters-toggle");
  await page.click('#filters input[data-key="kinds"][data-value="sister"]');
  await page.fill("#f-since", "1990");
  await page.fill("#search", "Kobe");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => /q=Kobe/.test(location.hash) && /since=1990/.test(location.hash), null, { timeout: 5000 });
  const url = await page.evaluate(() => window.atlas.url());
  const shown = (await stats(page)).shown;
  assert.deepEqual(first.errors, []);
  await first.context.close();

  const again = await open(url.slice(url.indexOf("#")));
  const s = await stats(again.page);
  assert.equal(s.region, "east-asia");
  assert.equal(s.shown, shown);
  assert.equal(await again.page.inputValue("#search"), "Kobe");
  assert.equal(await again.page.getAttribute("#region-east-asia", "aria-pressed"), "true");
  assert.equal(await again.page.isHidden("#notice"), true);
  // Panning leaves the framing: the address then holds the camera.
  await again.page.evaluate(() => window.atlas.zoomBy(1.5));
  await again.page.waitForFunction(() => location.hash.includes("map="), null, { timeout: 5000 });
  assert.equal(await again.page.getAttribute("#region-east-asia", "aria-pressed"), "false");
  // Back to the whole network: the address has no fragment left.
  await again.page.click("#region-pacific");
  await again.page.waitForFunction(() => window.atlas.stats().region === "pacific");
  await again.page.waitForFunction(() => !location.hash.includes("map=") && !location.hash.includes("region="), null, { timeout: 5000 });
  assert.deepEqual(again.errors, []);
  await again.context.close();
});

test("filters that cannot be read are said and left at their default", async () => {
  const { context, page, errors } = await open("#region=mars&kinds=sister,cousin&min=0&since=2010&until=1990&undated=maybe");
  assert.ok(await page.isVisible("#notice"));
  const notice = await page.textContent("#notice");
  for (const part of ["not a region", "kinds of tie", "number of partners", "backwards", "yes or no"]) {
    assert.ok(notice.includes(part), `${part} in: ${notice}`);
  }
  const s = await stats(page);
  assert.equal(s.shown, TIES.length);
  assert.equal(s.region, "pacific");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the East Asia inset shows beside the whole network and flies there", async () => {
  const { context, page, errors } = await open();
  await page.waitForSelector("#inset:not([hidden])");
  // Its canvas holds a picture (not one flat colour).
  const colours = await page.evaluate(() => {
    const c = document.querySelector("#inset canvas");
    const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let i = 0; i < d.length; i += 4 * 97) seen.add(`${d[i]},${d[i + 1]},${d[i + 2]}`);
    return seen.size;
  });
  assert.ok(colours > 20, `${colours} colours`);
  await page.click("#inset");
  await page.waitForFunction(() => window.atlas.stats().region === "east-asia");
  await page.waitForSelector("#inset[hidden]", { state: "attached" });
  await page.click("#region-pacific");
  await page.waitForSelector("#inset:not([hidden])");
  assert.deepEqual(errors, []);
  await context.close();
});
