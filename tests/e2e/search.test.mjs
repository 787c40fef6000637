// Finding a place by name: typing in any script or romanisation suggests it first, ↑/↓ and
// Enter or a click choose it (selected and brought into view), Escape closes the list.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openAtlas, settled } from "./harness.mjs";

const h = useBrowser({ before, after });

const QUERIES = [
  ["tianjin", "cn-tianjin"],
  ["天津", "cn-tianjin"],
  ["神戸", "jp-kobe"],
  ["神户", "jp-kobe"],
  ["神戶", "jp-kobe"],
  ["廣島", "jp-hiroshima"],
  ["大連", "cn-dalian"],
  ["kobe", "jp-kobe"],
  ["こうべ", "jp-kobe"],
  ["부산", "kr-busan"],
  ["busan", "kr-busan"],
  ["Pusan", "kr-busan"],
  ["xian", "cn-xi-an"],
  ["Xi'an", "cn-xi-an"],
  ["Xī'ān", "cn-xi-an"],
  ["Hyōgo", "jp-hyogo-prefecture"],
];

test("every script and romanisation suggests the place first", async () => {
  const { context, page, errors } = await openAtlas(h.browser, h.server.url, { width: 1280, height: 800, dpr: 1 });
  await settled(page);
  for (const [q, id] of QUERIES) {
    assert.equal((await page.evaluate((q) => window.atlas.search(q), q))[0], id, `atlas.search(${q})`);
    await page.fill("#search", q);
    await page.waitForSelector("#search-list:not([hidden]) li");
    const first = await page.getAttribute("#search-list li:first-child", "data-id");
    assert.equal(first, id, `typed ${q}`);
    assert.equal(await page.getAttribute("#search", "aria-expanded"), "true");
  }
  assert.deepEqual(await page.evaluate(() => window.atlas.search("")), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("keys choose a suggestion: it is selected and in view; Escape closes the list", async () => {
  const { context, page, errors } = await openAtlas(h.browser, h.server.url, { width: 1280, height: 800, dpr: 1 });
  await settled(page);
  await page.click("#search");
  await page.keyboard.type("shang");
  await page.waitForSelector("#search-list:not([hidden]) li");
  const ids = await page.$$eval("#search-list li", (lis) => lis.map((li) => li.dataset.id));
  assert.ok(ids.length >= 2, ids.join());
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.getAttribute("#search", "aria-activedescendant"), "search-1");
  await page.keyboard.press("Enter");
  await page.waitForFunction((id) => window.atlas.selection() === id, ids[1]);
  await settled(page);
  assert.equal(await page.isHidden("#search-list"), true);
  const p = await page.evaluate((id) => window.atlas.screenPosition(id), ids[1]);
  assert.ok(p.visible, "the chosen place is in view");
  // Escape closes a list, and a second Escape empties the box.
  await page.fill("#search", "kobe");
  await page.waitForSelector("#search-list:not([hidden]) li");
  await page.keyboard.press("Escape");
  assert.equal(await page.isHidden("#search-list"), true);
  await page.keyboard.press("Escape");
  assert.equal(await page.inputValue("#search"), "");
  // A click on a suggestion chooses it.
  await page.fill("#search", "부산");
  await page.click('#search-list li[data-id="kr-busan"]');
  await page.waitForFunction(() => window.atlas.selection() === "kr-busan");
  assert.deepEqual(errors, []);
  await context.close();
});

test("choosing a result flies there (at once under reduced motion)", async () => {
  for (const reducedMotion of ["no-preference", "reduce"]) {
    const { context, page, errors } = await openAtlas(h.browser, h.server.url, { width: 1280, height: 800, dpr: 1 });
    await page.emulateMedia({ reducedMotion });
    await settled(page);
    await page.fill("#search", "神戸");
    await page.waitForSelector("#search-list:not([hidden]) li");
    await page.keyboard.press("Enter");
    const right_after = await page.evaluate(() => window.atlas.stats().zoom);
    if (reducedMotion === "reduce") assert.ok(right_after >= 5.99, `at once: ${right_after}`);
    else assert.ok(right_after < 5.99, `animated: ${right_after}`);
    await page.waitForFunction(() => window.atlas.stats().zoom >= 5.99, null, { timeout: 5000 });
    await settled(page);
    const p = await page.evaluate(() => window.atlas.screenPosition("jp-kobe"));
    const r = await page.evaluate(() => {
      const b = document.getElementById("overlay").getBoundingClientRect();
      return { w: b.width, h: b.height };
    });
    assert.ok(Math.abs(p.x - r.w / 2) < 2 && Math.abs(p.y - r.h / 2) < 2, `Kobe in the middle: ${JSON.stringify(p)}`);
    assert.equal(await page.evaluate(() => window.atlas.selection()), "jp-kobe");
    assert.deepEqual(errors, []);
    await context.close();
  }
});
