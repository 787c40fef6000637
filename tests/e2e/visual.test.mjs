// Visual regression: the page's pixels in eight states (one on a phone), compared with committed references
// (tests/e2e/reference/). A change of the canvas that keeps the DOM right fails here.
// After an intended change of the picture: UPDATE_SCREENSHOTS=1 node --test tests/e2e/visual.test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openAtlas, placePoint, settled } from "./harness.mjs";
import { expectScreenshot, compare, PNG } from "./screenshots.mjs";

const VIEW = { width: 960, height: 600, dpr: 1 };
const h = useBrowser({ before, after });

async function open() {
  const r = await openAtlas(h.browser, h.server.url, VIEW);
  await settled(r.page);
  return r;
}

test("the whole network at the first view", async () => {
  const { context, page, errors } = await open();
  await expectScreenshot(page, "home");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a larger first view: the East Asia inset in the free corner, filtered to sister ties", async () => {
  const r = await openAtlas(h.browser, `${h.server.url}#kinds=sister&sel=cn-dalian`, { width: 1280, height: 760, dpr: 1 });
  await settled(r.page);
  await r.page.waitForSelector("#inset:not([hidden])");
  await expectScreenshot(r.page, "inset");
  assert.deepEqual(r.errors, []);
  await r.context.close();
});

test("Tianjin selected: its ties, partners and panel", async () => {
  const { context, page, errors } = await open();
  assert.equal(await page.evaluate(() => window.atlas.select("cn-tianjin")), true);
  await page.waitForSelector("#details:not([hidden])");
  await settled(page);
  await expectScreenshot(page, "tianjin");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a tie selected: Harbin – Anchorage", async () => {
  const { context, page, errors } = await open();
  assert.equal(await page.evaluate(() => window.atlas.selectLink("cn-harbin~us-anchorage")), true);
  await page.waitForSelector("#details:not([hidden])");
  await settled(page);
  await expectScreenshot(page, "tie");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the events shown as diamonds, the 2003 meeting in Wuxi open in the panel", async () => {
  const r = await openAtlas(h.browser, `${h.server.url}#region=east-asia&events=on&sel=event-2003-11-06-conference-wuxi`, VIEW);
  await settled(r.page);
  await r.page.waitForSelector("#details:not([hidden])");
  await settled(r.page);
  await expectScreenshot(r.page, "events");
  assert.deepEqual(r.errors, []);
  await r.context.close();
});

test("the ties not in force, each drawn in its pattern: ended, suspended, disputed, barred", async () => {
  const r = await openAtlas(h.browser, `${h.server.url}#region=united-states&status=suspended,ended,disputed,barred`, VIEW);
  await settled(r.page);
  await expectScreenshot(r.page, "status");
  assert.deepEqual(r.errors, []);
  await r.context.close();
});

test("zoomed in on north-east Asia by the wheel, Seoul hovered with its tooltip", async () => {
  const { context, page, errors } = await open();
  // Zoom about Seoul, which then stays clear of the legend (a control the pointer can use).
  const s = await placePoint(page, "kr-seoul");
  await page.mouse.move(s.x, s.y);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -240);
  await page.waitForFunction(() => window.atlas.stats().zoom > 3);
  await settled(page);
  const seoul = await placePoint(page, "kr-seoul");
  assert.ok(seoul.visible);
  await page.mouse.move(seoul.x, seoul.y);
  await page.waitForFunction(() => window.atlas.stats().hover === "kr-seoul");
  await settled(page);
  await expectScreenshot(page, "hover");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a phone with Busan selected: the folded legend and the details sheet under the map", async () => {
  const context = await h.browser.newContext({
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${h.server.url}#region=east-asia&sel=kr-busan`, { waitUntil: "load" });
  await page.waitForSelector("#details:not([hidden])");
  await settled(page);
  await expectScreenshot(page, "phone");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the comparison sees a change of a few hundred pixels", () => {
  // A 100 × 100 picture, and the same with a 20 × 20 square changed: 4 % of the pixels.
  const a = new PNG({ width: 100, height: 100 });
  a.data.fill(200);
  const b = new PNG({ width: 100, height: 100 });
  b.data.set(a.data);
  for (let y = 10; y < 30; y++) for (let x = 10; x < 30; x++) b.data[(y * 100 + x) * 4] = 20;
  assert.equal(compare(a, b, 32).differing, 400);
  assert.equal(compare(a, a, 32).differing, 0);
  // Noise under the threshold is not a difference.
  b.data.set(a.data);
  b.data[0] = 220;
  assert.equal(compare(a, b, 32).differing, 0);
});
