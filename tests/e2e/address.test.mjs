// The view in the address: a selection is a history entry (back and forward step through
// them), the camera and filters follow when the view is still, an address restores the view,
// and an address that cannot be read in full says so and shows the rest.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openAtlas, settled } from "./harness.mjs";

const h = useBrowser({ before, after });
const VIEW = { width: 1280, height: 800, dpr: 1 };

async function open(hash = "") {
  const { context, page, errors } = await openAtlas(h.browser, `${h.server.url}${hash}`, VIEW);
  await settled(page);
  return { context, page, errors };
}

test("a selection and the camera go into the address and come back from it", async () => {
  const first = await open();
  const { page } = first;
  await page.evaluate(() => window.atlas.select("jp-kobe"));
  await page.waitForFunction(() => location.hash.includes("sel=jp-kobe"));
  await page.evaluate(() => window.atlas.zoomBy(3));
  // The camera follows once the view is still.
  await page.waitForFunction(() => /map=([\d.]+)\//.exec(location.hash)?.[1] > 2, null, { timeout: 5000 });
  const url = await page.evaluate(() => window.atlas.url());
  assert.equal(url, await page.evaluate(() => location.href));
  const zoom = await page.evaluate(() => window.atlas.stats().zoom);
  assert.deepEqual(first.errors, []);
  await first.context.close();

  const again = await open(url.slice(url.indexOf("#")));
  assert.equal(await again.page.evaluate(() => window.atlas.selection()), "jp-kobe");
  const z = await again.page.evaluate(() => window.atlas.stats().zoom);
  assert.ok(Math.abs(z - zoom) < 0.02, `${z} vs ${zoom}`);
  assert.equal(await again.page.isHidden("#notice"), true);
  assert.deepEqual(again.errors, []);
  await again.context.close();
});

test("back and forward step through selections", async () => {
  const { context, page, errors } = await open();
  for (const id of ["cn-tianjin", "jp-kobe", "kr-busan"]) {
    await page.evaluate((id) => window.atlas.select(id), id);
    await page.waitForFunction((id) => location.hash.includes(`sel=${id}`), id);
  }
  await page.goBack({ waitUntil: "commit" });
  await page.waitForFunction(() => window.atlas.selection() === "jp-kobe");
  await page.goBack({ waitUntil: "commit" });
  await page.waitForFunction(() => window.atlas.selection() === "cn-tianjin");
  await page.goForward({ waitUntil: "commit" });
  await page.waitForFunction(() => window.atlas.selection() === "jp-kobe");
  assert.deepEqual(errors, []);
  await context.close();
});

test("an address that cannot be read in full says so and shows the rest", async () => {
  const { context, page, errors } = await open("#map=999/1/2&sel=xx-nowhere&countries=JP&bogus");
  const notice = await page.textContent("#notice");
  assert.ok(await page.isVisible("#notice"));
  assert.match(notice, /could not be read in full/);
  assert.match(notice, /xx-nowhere/);
  assert.equal(await page.evaluate(() => window.atlas.selection()), null);
  assert.ok(Math.abs((await page.evaluate(() => window.atlas.stats().zoom)) - 1) < 0.01);
  // The part that could be read holds: only Japan's ties.
  assert.match(await page.evaluate(() => window.atlas.url()), /countries=JP(&|$)/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the legend's countries hide and show their ties; the status and the address follow", async () => {
  const { context, page, errors } = await open();
  const jp = '#legend button[data-country="JP"]';
  assert.equal(await page.getAttribute(jp, "aria-pressed"), "true");
  const label = await page.textContent(jp);
  const jpTies = Number(/\((\d+) ties\)/.exec(label)[1]);
  const total = Number(/(\d+) ties between/.exec(await page.textContent("#coverage"))[1]);
  await page.click(jp);
  await page.waitForFunction((sel) => document.querySelector(sel).getAttribute("aria-pressed") === "false", jp);
  assert.match(await page.textContent("#coverage"), new RegExp(`showing ${total - jpTies} of ${total} ties`));
  await page.waitForFunction(() => location.hash.includes("countries=KR,US"), null, { timeout: 5000 });
  // Japanese places are no longer drawn: a click where Kobe was does not pick it.
  await settled(page);
  const k = await page.evaluate(() => {
    const p = window.atlas.screenPosition("jp-kobe");
    const r = document.getElementById("overlay").getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  });
  await page.mouse.click(k.x, k.y);
  await settled(page);
  const picked = (await page.evaluate(() => window.atlas.selection())) ?? "";
  assert.ok(!picked.startsWith("jp-") && !picked.includes("~jp-"), picked);
  await page.evaluate(() => window.atlas.clearSelection());
  await page.click(jp);
  await page.waitForFunction((sel) => document.querySelector(sel).getAttribute("aria-pressed") === "true", jp);
  assert.doesNotMatch(await page.textContent("#coverage"), /showing/);
  assert.deepEqual(errors, []);
  await context.close();
});
