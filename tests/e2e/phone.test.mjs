// Phones and screens: the 360 × 640 layout (the details as a sheet under the map, a folded legend
// that never covers the controls), taps whose finger drifts, two-finger pinches sent as real touch
// events, and canvases as sharp as the screen at devicePixelRatio 1 to 3 and on a 4K screen.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openAtlas, placePoint, settled } from "./harness.mjs";

const h = useBrowser({ before, after });
const PHONE = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
/** The map's controls: none of them may lie under another, the legend or the credits. */
const CONTROLS = [
  "#zoom-in",
  "#zoom-out",
  "#zoom-reset",
  "#region-pacific",
  "#region-east-asia",
  "#region-united-states",
  "#filters-toggle",
  "#export > summary",
  "#table-toggle",
];

async function openPhone(hash = "") {
  const context = await h.browser.newContext(PHONE);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`${h.server.url}${hash}`, { waitUntil: "load" });
  await page.waitForFunction(() => window.atlas && window.atlas.stats().firstFrameMs != null);
  await settled(page);
  const cdp = await context.newCDPSession(page);
  return { context, page, errors, cdp };
}

const rect = (page, sel) =>
  page.$eval(sel, (el) => {
    const r = el.getBoundingClientRect();
    return { sel: el.id || el.className || el.tagName, x: r.left, y: r.top, w: r.width, h: r.height };
  });

/** The area two rectangles share (CSS px²); touching edges share none. */
function shared(a, b) {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0.5 && h > 0.5 ? w * h : 0;
}

function inside(r, box) {
  return r.x >= box.x - 0.5 && r.y >= box.y - 0.5 && r.x + r.w <= box.x + box.w + 0.5 && r.y + r.h <= box.y + box.h + 0.5;
}

/** Asserts that the controls, the legend box and the credits neither overlap nor leave the stage. */
async function assertClear(page, what) {
  const stage = await rect(page, "#stage");
  const boxes = [];
  for (const sel of [...CONTROLS, "#legend-box", ".credit"]) {
    if (await page.isVisible(sel)) boxes.push(await rect(page, sel));
  }
  for (const b of boxes) assert.ok(inside(b, stage), `${what}: ${b.sel} lies outside the map ${JSON.stringify(b)}`);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      assert.equal(shared(boxes[i], boxes[j]), 0, `${what}: ${boxes[i].sel} covers ${boxes[j].sel}`);
    }
  }
}

/** Asserts that no label of the map lies under a control, the legend box or the credits. */
async function assertLabelsClear(page, what) {
  const stage = await rect(page, "#stage");
  const labels = await page.evaluate(() => window.atlas.labels());
  assert.ok(labels.length > 0, `${what}: the map has labels`);
  for (const sel of [...CONTROLS, "#legend-box", ".credit"]) {
    if (!(await page.isVisible(sel))) continue;
    const c = await rect(page, sel);
    for (const l of labels) {
      const box = { x: stage.x + l.x, y: stage.y + l.y, w: l.width, h: l.height };
      assert.equal(shared(box, c), 0, `${what}: the label of ${l.id} lies under ${sel}`);
    }
  }
}

/** One finger down at (x, y), moved by `drift` in a few steps, and lifted. */
async function touchTap(cdp, x, y, drift = [0, 0]) {
  const at = (f) => [{ x: x + drift[0] * f, y: y + drift[1] * f, id: 1 }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
  for (const f of [0.5, 1]) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(f) });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

/** Two fingers from `d0` to `d1` px apart, level, around (x, y). */
async function pinch(cdp, x, y, d0, d1) {
  const points = (d) => [
    { x: x - d / 2, y, id: 1 },
    { x: x + d / 2, y, id: 2 },
  ];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: points(d0) });
  for (let i = 1; i <= 8; i++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: points(d0 + ((d1 - d0) * i) / 8) });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

/** One finger pulling the sheet's grip by `dy` px. */
async function pullGrip(cdp, page, dy) {
  const g = await rect(page, "#details-grip");
  const [x, y] = [g.x + g.w / 2, g.y + g.h / 2];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y, id: 1 }] });
  for (let i = 1; i <= 5; i++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y: y + (dy * i) / 5, id: 1 }] });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

test("on a phone the header is short and the controls, the folded legend and the credits stay apart", async () => {
  const { context, page, errors } = await openPhone();
  const top = await rect(page, ".top");
  assert.ok(top.h <= 80, `the header takes ${top.h} px`);
  assert.equal(await page.$eval("#legend-box", (d) => d.open), false, "the legend starts folded");
  for (const sel of CONTROLS) {
    const r = await rect(page, sel);
    assert.ok(r.h >= 40 && r.w >= 40, `${sel} is a finger's size: ${r.w}×${r.h}`);
  }
  await assertClear(page, "folded");
  await assertLabelsClear(page, "folded");
  const stage = await rect(page, "#stage");
  assert.ok(stage.h >= 500, `the map keeps ${stage.h} px`);
  // Unfolded, the legend still leaves the controls free; folded again it gives the map back.
  const summary = await rect(page, "#legend-box > summary");
  await page.touchscreen.tap(summary.x + summary.w / 2, summary.y + summary.h / 2);
  assert.equal(await page.$eval("#legend-box", (d) => d.open), true);
  assert.match(await page.textContent("#legend"), /Japan \(\d+ ties\)/);
  await assertClear(page, "unfolded");
  await settled(page);
  await assertLabelsClear(page, "unfolded");
  const open = await rect(page, "#legend-box > summary");
  await page.touchscreen.tap(open.x + open.w / 2, open.y + open.h / 2);
  assert.equal(await page.$eval("#legend-box", (d) => d.open), false);
  assert.equal(await page.evaluate(() => window.atlas.selection()), null, "taps on the legend select nothing");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a tap whose finger drifts selects, and the details open as a sheet under the map", async () => {
  const { context, page, errors, cdp } = await openPhone("#region=east-asia");
  let r = null;
  for (const [id, drift] of [
    ["cn-tianjin", [6, 5]],
    ["jp-sapporo", [-7, 4]],
  ]) {
    await page.evaluate(() => window.atlas.clearSelection());
    await page.waitForFunction(() => document.getElementById("details").hidden);
    await settled(page);
    const p = await placePoint(page, id);
    assert.ok(p.visible, `${id} is on the map`);
    await touchTap(cdp, p.x, p.y, drift);
    await page.waitForFunction(() => window.atlas.selection() !== null, null, { timeout: 3000 });
    r = await page.evaluate(() => ({
      selection: window.atlas.selection(),
      chooser: [...document.querySelectorAll("#details .here button[data-id]")].map((b) => b.dataset.id),
    }));
    assert.ok(r.selection === id || r.chooser.includes(id), `${id} drift ${drift}: ${JSON.stringify(r)}`);
  }
  await settled(page);
  const [stage, sheet] = [await rect(page, "#stage"), await rect(page, "#details")];
  assert.ok(sheet.y >= stage.y + stage.h - 1, "the sheet lies under the map, not over it");
  assert.ok(sheet.h >= 640 * 0.3 && sheet.h <= 640 * 0.55, `half a screen: ${sheet.h}`);
  assert.ok(inside(await rect(page, "#details-close"), { x: 0, y: 0, w: 360, h: 640 }));
  const p = await placePoint(page, r.selection);
  assert.ok(inside({ x: p.x, y: p.y, w: 0, h: 0 }, stage), "the selected place is on the map above the sheet");
  await assertClear(page, "with the sheet");
  await assertLabelsClear(page, "with the sheet");
  // Pulled up, the sheet takes most of the screen and the map keeps room for its controls.
  await pullGrip(cdp, page, -120);
  await page.waitForFunction(() => document.getElementById("details").dataset.sheet === "full");
  const full = await rect(page, "#details");
  assert.ok(full.h > sheet.h * 1.4, `pulled up: ${full.h}`);
  assert.equal(await page.getAttribute("#details-grip", "aria-expanded"), "true");
  await settled(page);
  await assertClear(page, "with the sheet pulled up");
  // Pulled down: half again, then closed.
  await pullGrip(cdp, page, 100);
  await page.waitForFunction(() => !document.getElementById("details").dataset.sheet);
  await pullGrip(cdp, page, 100);
  await page.waitForFunction(() => document.getElementById("details").hidden);
  assert.equal(await page.evaluate(() => window.atlas.selection()), null);
  // A tap on the grip toggles it too (a keyboard's Enter does the same).
  await page.evaluate(() => window.atlas.select("cn-tianjin"));
  await page.waitForSelector("#details:not([hidden])");
  const g = await rect(page, "#details-grip");
  await page.touchscreen.tap(g.x + g.w / 2, g.y + g.h / 2);
  await page.waitForFunction(() => document.getElementById("details").dataset.sheet === "full");
  assert.deepEqual(errors, []);
  await context.close();
});

test("two fingers pinch the map in and out around their middle, and select nothing", async () => {
  const { context, page, errors, cdp } = await openPhone("#region=east-asia");
  const p = await placePoint(page, "cn-shanghai");
  const z0 = await page.evaluate(() => window.atlas.stats().zoom);
  await pinch(cdp, p.x, p.y, 60, 180);
  await settled(page);
  const z1 = await page.evaluate(() => window.atlas.stats().zoom);
  assert.ok(z1 / z0 > 2.6 && z1 / z0 < 3.4, `fingers 3× apart zoom 3×: ${z0} → ${z1}`);
  const q = await placePoint(page, "cn-shanghai");
  assert.ok(Math.hypot(q.x - p.x, q.y - p.y) < 4, `the place between the fingers stays there: ${JSON.stringify([p, q])}`);
  await pinch(cdp, p.x, p.y, 200, 100);
  await settled(page);
  const z2 = await page.evaluate(() => window.atlas.stats().zoom);
  assert.ok(Math.abs(z2 / z1 - 0.5) < 0.08, `fingers closing halve the zoom: ${z1} → ${z2}`);
  assert.equal(await page.evaluate(() => window.atlas.selection()), null, "a pinch is never a tap");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the canvases are as sharp as the screen at devicePixelRatio 1, 2 and 3 and on a 4K screen", async () => {
  for (const [width, height, dpr] of [
    [1280, 800, 1],
    [1280, 800, 2],
    [1280, 800, 3],
    [3840, 2160, 1],
  ]) {
    const { context, page, errors } = await openAtlas(h.browser, h.server.url, { width, height, dpr });
    await settled(page);
    const sizes = await page.$$eval("#stage canvas.layer", (cs) =>
      cs.map((c) => ({ id: c.id, w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight, hidden: c.hidden })),
    );
    assert.equal(sizes.length, 5);
    // The markers' own layer is left out (hidden) while the markers go with the labels.
    assert.deepEqual(sizes.filter((s) => s.hidden).map((s) => s.id), ["places"]);
    for (const s of sizes.filter((s) => !s.hidden)) {
      assert.ok(Math.abs(s.w - s.cw * dpr) <= 1 && Math.abs(s.h - s.ch * dpr) <= 1, `${width}×${height}@${dpr}: ${JSON.stringify(s)}`);
    }
    // Something was drawn on the network layer in the middle of the map.
    const painted = await page.evaluate(() => {
      // The ties, and the markers with the labels (a few hundred markers share the labels'
      // layer; the markers' own layer stays empty).
      return ["ties", "network"].map((id) => {
        const c = document.getElementById(id);
        const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4 * 97) n += d[i] > 0 ? 1 : 0;
        return n;
      });
    });
    assert.ok(painted.every((n) => n > 50), `${width}×${height}@${dpr}: the network is drawn (${painted})`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
