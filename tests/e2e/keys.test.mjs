// The keyboard in the details panel: ↑/↓ step through the place's partners and Enter follows
// one; the keys of the table and the filter panel stay theirs (Escape there closes them, not
// the selection).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openSettled } from "./harness.mjs";

const h = useBrowser({ before, after });
const VIEW = { width: 1280, height: 800, dpr: 1 };

test("arrow keys step through the partners and Enter follows one", async () => {
  const { context, page, errors } = await openSettled(h, "#sel=cn-tianjin", VIEW);
  await page.waitForSelector("#details:not([hidden]) .partners");
  const ids = await page.$$eval("#details-body button[data-id]", (bs) => bs.map((b) => b.dataset.id));
  assert.ok(ids.length >= 3);
  await page.focus("#details-close");
  const zoom = await page.evaluate(() => window.atlas.stats().zoom);
  const center = await page.evaluate(() => window.atlas.url());
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), ids[0]);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.id), ids[1]);
  // The map did not move under the arrows.
  assert.equal(await page.evaluate(() => window.atlas.url()), center);
  assert.equal(await page.evaluate(() => window.atlas.stats().zoom), zoom);
  await page.keyboard.press("Enter");
  await page.waitForFunction((id) => window.atlas.selection() === id, ids[1]);
  // Focus stays in the panel, on the new place's title; ↓ goes on to its partners.
  await page.keyboard.press("ArrowDown");
  assert.ok(await page.evaluate(() => document.activeElement.closest("#details-body") !== null));
  assert.deepEqual(errors, []);
  await context.close();
});

test("Escape in the table closes the table and keeps the selection", async () => {
  const { context, page, errors } = await openSettled(h, "#sel=jp-kobe&table=date", VIEW);
  await page.waitForSelector("#table:not([hidden]) tbody tr");
  await page.focus('#table [data-sort="kind"]');
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Escape");
  assert.equal(await page.isHidden("#table"), true);
  assert.equal(await page.evaluate(() => window.atlas.selection()), "jp-kobe");
  assert.deepEqual(errors, []);
  await context.close();
});

test("from load to a partner's details by keyboard: search, the map, ↓ to a partner, Enter", async () => {
  const { context, page, errors } = await openSettled(h, "", VIEW);
  const active = () => page.evaluate(() => document.activeElement.id || document.activeElement.dataset.id || "");
  for (let i = 0; i < 4 && (await active()) !== "search"; i++) await page.keyboard.press("Tab");
  assert.equal(await active(), "search");
  await page.keyboard.type("天津");
  await page.waitForSelector("#search-list li");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.atlas.selection() === "cn-tianjin");
  // The panel is announced without taking the focus from where the reader is.
  const said = await page.textContent("#announce");
  assert.match(said, /^Details: Tianjin 天津市, .*partners.*Arrow down/);
  assert.equal(await active(), "search");
  await page.keyboard.press("Tab");
  assert.equal(await active(), "overlay");
  // ↓ on the map goes into the partners; the focused partner is pointed at on the map.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const partner = await page.evaluate(() => document.activeElement.dataset.id);
  assert.ok(partner && partner !== "cn-tianjin", partner);
  await page.waitForFunction((id) => window.atlas.stats().hover === id, partner);
  await page.keyboard.press("Enter");
  await page.waitForFunction((id) => window.atlas.selection() === id, partner);
  assert.equal(await active(), "details-title");
  const next = await page.textContent("#announce");
  assert.ok(next.startsWith("Details: ") && next !== said, next);
  assert.deepEqual(errors, []);
  await context.close();
});
