// End-to-end: the built page in headless Chromium, driven like a person would.
// Run with `node --test tests/e2e/` after `trunk build --release --offline`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { useBrowser, openAtlas, placePoint, root } from "./harness.mjs";

const out = path.join(root, "tests", "e2e", "out");
mkdirSync(out, { recursive: true });
const h = useBrowser({ before, after });

test("loads the whole network with no console error and no outside request", async () => {
  const { context, page, errors, requests } = await openAtlas(h.browser, h.server.url);
  const stats = await page.evaluate(() => window.atlas.stats());
  assert.ok(stats.links >= 600, `links: ${stats.links}`);
  assert.ok(stats.places >= 700, `places: ${stats.places}`);
  assert.equal(stats.issues, 0, "the embedded data has no problem rows");
  assert.ok(stats.landRings > 100);
  const coverage = await page.textContent("#coverage");
  assert.match(coverage, /\d+ ties between \d+ places · \d+ % with a cited year/);
  assert.equal(await page.isVisible("#error"), false);
  await page.screenshot({ path: path.join(out, "atlas.png") });
  assert.deepEqual(errors, []);
  const outside = requests.filter((u) => !u.startsWith(h.server.url));
  assert.deepEqual(outside, [], "the page requests nothing from elsewhere");
  await context.close();
});

test("clicking Tianjin opens its details with Kobe; partners select; Escape closes", async () => {
  const { context, page, errors } = await openAtlas(h.browser, h.server.url);
  // Zoom in on north-east China so that Tianjin is not covered by its neighbours.
  const t = await placePoint(page, "cn-tianjin");
  assert.ok(t && t.visible, "Tianjin is on screen");
  for (let i = 0; i < 4; i++) {
    await page.mouse.move(t.x, t.y);
    await page.mouse.wheel(0, -240);
  }
  await page.waitForFunction(() => window.atlas.stats().zoom > 2);
  const z = await page.evaluate(() => window.atlas.stats().zoom);
  assert.ok(z > 2, `wheel zoomed in (zoom ${z})`);
  const p = await placePoint(page, "cn-tianjin");
  await page.mouse.click(p.x, p.y);
  await page.waitForSelector("#details:not([hidden])");
  assert.equal(await page.evaluate(() => window.atlas.selection()), "cn-tianjin");
  const title = await page.textContent("#details-title");
  assert.match(title, /Tianjin/);
  assert.match(title, /天津/);
  const kobe = page.locator('#details-body button[data-id="jp-kobe"]');
  assert.equal(await kobe.count(), 1, "Kobe is listed among Tianjin's partners");
  const kobeItem = await kobe.locator("xpath=..").textContent();
  assert.match(kobeItem, /1973/, "with its year");
  assert.match(kobeItem, /source/);
  await page.screenshot({ path: path.join(out, "tianjin.png") });

  await kobe.click();
  await page.waitForFunction(() => window.atlas.selection() === "jp-kobe");
  assert.match(await page.textContent("#details-title"), /Kobe/);
  assert.equal(await page.locator('#details-body button[data-id="cn-tianjin"]').count(), 1);

  await page.keyboard.press("Escape");
  await page.waitForSelector("#details", { state: "hidden" });
  assert.equal(await page.evaluate(() => window.atlas.selection()), null);

  // The close button works too.
  assert.equal(await page.evaluate(() => window.atlas.select("cn-shanghai")), true);
  await page.waitForSelector("#details:not([hidden])");
  await page.click("#details-close");
  await page.waitForSelector("#details", { state: "hidden" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a tie can be hovered and clicked: its details name both places, year and source", async () => {
  const { context, page, errors } = await openAtlas(h.browser, h.server.url);
  const m = await page.evaluate(() => {
    const p = window.atlas.linkPosition("cn-harbin~us-anchorage");
    const r = document.getElementById("overlay").getBoundingClientRect();
    return p && { x: r.left + p.x, y: r.top + p.y, visible: p.visible };
  });
  assert.ok(m && m.visible, "the Harbin–Anchorage curve is on screen");
  await page.mouse.move(m.x, m.y);
  await page.waitForFunction(() => window.atlas.stats().hover === "cn-harbin~us-anchorage");
  assert.match(await page.textContent("#tooltip"), /Harbin.*Anchorage/);
  await page.mouse.click(m.x, m.y);
  await page.waitForSelector("#details:not([hidden])");
  assert.equal(await page.evaluate(() => window.atlas.selection()), "cn-harbin~us-anchorage");
  const title = await page.textContent("#details-title");
  assert.match(title, /Harbin.*—.*Anchorage/);
  assert.match(await page.textContent("#details-body"), /source/);
  await page.screenshot({ path: path.join(out, "tie.png") });
  // Its two places are buttons that go to them.
  await page.click('#details-body button[data-id="us-anchorage"]');
  await page.waitForFunction(() => window.atlas.selection() === "us-anchorage");
  const d = await page.evaluate(() => window.atlas.link("jp-kobe~cn-tianjin"));
  assert.equal(d.a.id, "cn-tianjin");
  assert.equal(d.date, "1973-06-24");
  assert.deepEqual(errors, []);
  await context.close();
});

test("zoom buttons, drag to pan and hover highlight", async () => {
  const { context, page, errors } = await openAtlas(h.browser, h.server.url);
  await page.click("#zoom-in");
  await page.click("#zoom-in");
  const z = await page.evaluate(() => window.atlas.stats().zoom);
  assert.ok(Math.abs(z - 2.56) < 0.01, `two clicks on + zoom by 1.6² (zoom ${z})`);
  await page.click("#zoom-out");
  assert.ok(Math.abs((await page.evaluate(() => window.atlas.stats().zoom)) - 1.6) < 0.01);

  const before = await placePoint(page, "cn-beijing");
  await page.mouse.move(600, 400);
  await page.mouse.down();
  await page.mouse.move(650, 430, { steps: 5 });
  await page.mouse.up();
  const after = await placePoint(page, "cn-beijing");
  assert.ok(Math.abs(after.x - before.x - 50) < 1 && Math.abs(after.y - before.y - 30) < 1, "drag pans");
  assert.equal(await page.evaluate(() => window.atlas.selection()), null, "a drag is not a click");

  // Harbin: a place no other place sits on (stacked places are another matter).
  const b = await placePoint(page, "cn-harbin");
  await page.mouse.move(b.x, b.y);
  await page.waitForFunction(() => window.atlas.stats().hover === "cn-harbin");
  assert.equal(await page.isVisible("#tooltip"), true);
  assert.match(await page.textContent("#tooltip"), /Harbin/);
  await page.screenshot({ path: path.join(out, "hover.png") });

  await page.keyboard.press("0");
  await page.waitForFunction(() => Math.abs(window.atlas.stats().zoom - 1) < 1e-3, null, { timeout: 2000 });
  assert.deepEqual(errors, []);
  await context.close();
});

for (const dpr of [1, 2, 3]) {
  test(`canvas is sharp at devicePixelRatio ${dpr} and follows resizes`, async () => {
    const { context, page, errors } = await openAtlas(h.browser, h.server.url, { width: 900, height: 600, dpr });
    const size = () =>
      page.evaluate(() => {
        const c = document.getElementById("network");
        const r = c.getBoundingClientRect();
        return { w: c.width, h: c.height, cw: r.width, ch: r.height };
      });
    let s = await size();
    assert.equal(s.w, Math.round(s.cw * dpr));
    assert.equal(s.h, Math.round(s.ch * dpr));
    await page.setViewportSize({ width: 700, height: 500 });
    await page.waitForFunction((w) => document.getElementById("network").width !== w, s.w);
    s = await size();
    assert.equal(s.w, Math.round(s.cw * dpr));
    if (dpr === 3) await page.screenshot({ path: path.join(out, "dpr3.png") });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("the JS API returns plain objects of what the page shows", async () => {
  const { context, page } = await openAtlas(h.browser, h.server.url);
  const r = await page.evaluate(() => {
    const places = window.atlas.places();
    const d = window.atlas.place("jp-kobe");
    return {
      n: places.length,
      first: places[0],
      kobe: d && { en: d.names.en, ja: d.names.ja, partners: d.partners.map((p) => p.id) },
      missing: window.atlas.place("nope"),
      bad: window.atlas.select(42),
    };
  });
  assert.ok(r.n >= 700);
  assert.ok("id" in r.first && "country" in r.first && "degree" in r.first);
  assert.equal(r.kobe.ja, "神戸市");
  assert.ok(r.kobe.partners.includes("cn-tianjin"));
  assert.equal(r.missing, null);
  assert.equal(r.bad, false);
  await context.close();
});
