// What you point at is what you get: real mouse clicks, wheel and taps on well-known places where
// districts, a province's ring or neighbours share the spot; the chooser of stacked places;
// labels as targets; tooltips that keep their year; no focus frame after touch.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { useBrowser, openAtlas, placePoint, settled, root } from "./harness.mjs";

const h = useBrowser({ before, after });
const out = path.join(root, "tests", "e2e", "out");
const FAMOUS = ["kr-busan", "cn-shanghai", "cn-beijing", "jp-tokyo", "cn-nanjing", "jp-kobe", "us-new-york-city"];

/** The selection, and the place ids the chooser lists (empty without a chooser). */
async function picked(page) {
  return page.evaluate(() => ({
    selection: window.atlas.selection(),
    chooser: [...document.querySelectorAll("#details .here button[data-id]")].map((b) => b.dataset.id),
  }));
}

/** Clears the selection (and with `home` the camera), and waits until the map has taken the
 * room the closed panel leaves and drawn it. */
async function clear(page, home = false) {
  await page.evaluate((home) => {
    window.atlas.clearSelection();
    if (home) window.atlas.resetView();
  }, home);
  await page.waitForFunction(() => document.getElementById("details").hidden);
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await settled(page);
}

/** Wheel notches at a place (so that it stays under the pointer) until the zoom reaches `zoom`. */
async function zoomAt(page, id, zoom) {
  while ((await page.evaluate(() => window.atlas.stats().zoom)) < zoom) {
    const p = await placePoint(page, id);
    await page.mouse.move(p.x, p.y);
    await page.mouse.wheel(0, -240);
    await page.waitForFunction(() => !window.atlas.stats().pending);
  }
  await settled(page);
}

async function clickAndRead(page, id, drift = [0, 0], tap = false) {
  const p = await placePoint(page, id);
  assert.ok(p.visible, `${id} is on screen`);
  const [x, y] = [p.x + drift[0], p.y + drift[1]];
  if (tap) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
  await page
    .waitForFunction(() => window.atlas.selection() !== null, null, { timeout: 3000 })
    .catch(() => {}); // nothing selected: the caller's assertion says where
  await settled(page);
  return picked(page);
}

test("a click on a well-known place selects it, in the whole view and zoomed in", async () => {
  const { context, page, errors } = await openAtlas(h.browser, h.server.url, { width: 1280, height: 800, dpr: 1 });
  await settled(page);
  // In the whole view a few of these lie within a pixel or two of a neighbour as prominent
  // (New York City and Newark): the place itself, or first in the chooser beside it.
  let itself = 0;
  for (const id of FAMOUS) {
    await clear(page);
    const r = await clickAndRead(page, id);
    assert.ok(r.selection === id || r.chooser.includes(id), `whole view: ${id}: ${r.selection} (chooser ${r.chooser})`);
    if (r.selection === id) itself++;
  }
  assert.ok(itself >= FAMOUS.length - 2, `${itself} of ${FAMOUS.length} selected themselves`);
  for (const id of FAMOUS) {
    await clear(page, true);
    await zoomAt(page, id, 8);
    const r = await clickAndRead(page, id);
    assert.equal(r.selection, id, `zoomed in: ${id} (chooser ${r.chooser})`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("stacked places: the capital in its province's ring, and a chooser for the others", async () => {
  const { context, page, errors } = await openAtlas(h.browser, h.server.url, { width: 1280, height: 800, dpr: 1 });
  await settled(page);
  await zoomAt(page, "cn-nanjing", 8);
  const r = await clickAndRead(page, "cn-nanjing");
  assert.equal(r.selection, "cn-nanjing");
  assert.ok(r.chooser.includes("cn-jiangsu"), `chooser: ${r.chooser}`);
  assert.match(await page.textContent("#details .here"), /\d places here/);
  mkdirSync(out, { recursive: true });
  await page.screenshot({ path: path.join(out, "chooser.png") });
  // Choosing the province from the list keeps the list, with the province marked.
  await page.click('#details .here button[data-id="cn-jiangsu"]');
  await page.waitForFunction(() => window.atlas.selection() === "cn-jiangsu");
  const after = await picked(page);
  assert.deepEqual(after.chooser, r.chooser);
  assert.equal(await page.getAttribute('#details .here button[aria-current="true"]', "data-id"), "cn-jiangsu");
  // Jiangsu's ring: a click on its stroke, away from the dot inside, selects the province.
  await clear(page);
  const ringHit = await page.evaluate(async () => {
    const c = window.atlas.screenPosition("cn-jiangsu");
    const r = document.getElementById("overlay").getBoundingClientRect();
    return { x: r.left + c.x, y: r.top + c.y };
  });
  let selected = null;
  for (let d = 4; d <= 30 && selected !== "cn-jiangsu"; d += 1) {
    await clear(page);
    await page.mouse.click(ringHit.x, ringHit.y - d);
    selected = await page.evaluate(() => window.atlas.selection());
  }
  assert.equal(selected, "cn-jiangsu", "some point above the centre lies on the ring");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a label is a target: hovering and clicking it act on its place", async () => {
  const { context, page, errors } = await openAtlas(h.browser, h.server.url, { width: 1280, height: 800, dpr: 1 });
  await settled(page);
  mkdirSync(out, { recursive: true });
  await page.screenshot({ path: path.join(out, "first-view.png") });
  const labels = await page.evaluate(() => window.atlas.labels());
  assert.ok(labels.length > 40, `${labels.length} labels`);
  const stage = await page.evaluate(() => {
    const r = document.getElementById("overlay").getBoundingClientRect();
    return { x: r.left, y: r.top };
  });
  // Some of the most connected places are labelled at the first view.
  const ids = labels.map((l) => l.id);
  for (const id of ["cn-tianjin", "cn-shanghai", "cn-beijing", "us-honolulu"]) assert.ok(ids.includes(id), id);
  for (const l of labels.slice(0, 6)) {
    // The middle of the text, a little left of the box's end (the box allows for wide fonts).
    const x = stage.x + l.x + Math.min(l.width / 2, 12);
    const y = stage.y + l.y + l.height / 2;
    await page.mouse.move(x, y);
    await page.waitForFunction((id) => window.atlas.stats().hover === id, l.id, { timeout: 3000 });
    await page.mouse.click(x, y);
    await page.waitForFunction((id) => window.atlas.selection() === id, l.id, { timeout: 3000 });
    await clear(page);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("a finger 10 px off on a phone still gets the place, and leaves no focus frame", async () => {
  const context = await h.browser.newContext({
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(h.server.url, { waitUntil: "load" });
  await page.waitForFunction(() => window.atlas && window.atlas.stats().firstFrameMs != null);
  await settled(page);
  for (const id of FAMOUS) {
    await clear(page, true);
    await zoomAt(page, id, 64);
    for (const drift of [[10, 0], [0, 10], [-7, -7]]) {
      await clear(page);
      const r = await clickAndRead(page, id, drift, true);
      assert.ok(r.selection === id || r.chooser.includes(id), `${id} ${drift}: ${r.selection} ${r.chooser}`);
    }
  }
  const ring = await page.evaluate(() => getComputedStyle(document.getElementById("overlay")).boxShadow);
  assert.equal(ring, "none");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a tie's tooltip keeps both places and the year", async () => {
  const { context, page, errors } = await openAtlas(h.browser, h.server.url, { width: 1280, height: 800, dpr: 1 });
  await settled(page);
  // Selected, the tie is drawn on top of the others, where the pointer finds it.
  await page.evaluate(() => window.atlas.selectLink("cn-jiangsu~kr-jeollabuk-do"));
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await settled(page);
  const p = await page.evaluate(() => {
    const q = window.atlas.linkPosition("cn-jiangsu~kr-jeollabuk-do");
    const r = document.getElementById("overlay").getBoundingClientRect();
    return { x: r.left + q.x, y: r.top + q.y };
  });
  await page.mouse.move(p.x, p.y);
  await page.waitForFunction(() => window.atlas.stats().hover === "cn-jiangsu~kr-jeollabuk-do");
  const t = await page.evaluate(() => {
    const el = document.getElementById("tooltip");
    return { text: el.textContent, fits: el.scrollWidth <= el.clientWidth + 1, shown: !el.hidden };
  });
  assert.ok(t.shown && t.fits, JSON.stringify(t));
  assert.match(t.text, /Jiangsu.*Jeollabuk-do.*(\d{4}|year unknown)/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the keyboard: arrows bring a place under the crosshair, Enter opens it", async () => {
  const { context, page, errors } = await openAtlas(h.browser, h.server.url, { width: 1280, height: 800, dpr: 1 });
  await settled(page);
  // The search box comes first, then the map.
  for (let i = 0; i < 4 && (await page.evaluate(() => document.activeElement.id)) !== "overlay"; i++) {
    await page.keyboard.press("Tab");
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), "overlay");
  const cross = await page.evaluate(() => getComputedStyle(document.querySelector(".crosshair")).display);
  assert.equal(cross, "block", "the crosshair shows with keyboard focus");
  for (let i = 0; i < 4; i++) await page.keyboard.press("+");
  await settled(page);
  // Arrow presses (60 px each) until Tianjin is within 30 px of the middle.
  for (let i = 0; i < 60; i++) {
    const off = await page.evaluate(() => {
      const p = window.atlas.screenPosition("cn-tianjin");
      const r = document.getElementById("overlay").getBoundingClientRect();
      return { dx: p.x - r.width / 2, dy: p.y - r.height / 2 };
    });
    if (Math.abs(off.dx) <= 30 && Math.abs(off.dy) <= 30) break;
    if (Math.abs(off.dx) > 30) await page.keyboard.press(off.dx > 0 ? "ArrowRight" : "ArrowLeft");
    else await page.keyboard.press(off.dy > 0 ? "ArrowDown" : "ArrowUp");
  }
  await settled(page);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.atlas.selection() !== null);
  const near = await page.evaluate(() => {
    const p = window.atlas.screenPosition(window.atlas.selection());
    const r = document.getElementById("overlay").getBoundingClientRect();
    return Math.hypot(p.x - r.width / 2, p.y - r.height / 2);
  });
  assert.ok(near <= 30, `the place opened lies under the crosshair (${near} px)`);
  assert.deepEqual(errors, []);
  await context.close();
});
