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
