// WCAG AA contrast of the page's text as the browser renders it: every visible piece of text, in
// the states a reader meets (a place open with partners hidden by the filters, the filter panel,
// the legend, the table, the export menu, the timeline and its chart, a phone), against the background it really sits on.
// Text over the map is checked over the sea and over the darkest colour the map draws.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openSettled } from "./harness.mjs";

const h = useBrowser({ before, after });

/** Runs in the page: the lowest-contrast texts, each with its ratio and what it needs. */
function audit() {
  const parse = (s) => {
    const m = s.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return [r, g, b, a];
  };
  const blend = (top, under) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat(1);
  };
  const lum = (c) => {
    const l = c.slice(0, 3).map((v) => {
      v /= 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  };
  const ratio = (a, b) => {
    const [x, y] = [lum(a), lum(b)];
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  };
  const css = getComputedStyle(document.documentElement);
  const hex = (v) => {
    const s = css.getPropertyValue(v).trim().replace("#", "");
    return [0, 2, 4].map((i) => parseInt(s.slice(i, i + 2), 16)).concat(1);
  };
  // What the map can show under a translucent box: the sea, and the darkest country colour.
  const grounds = [hex("--ocean"), ...["--cn", "--jp", "--kr", "--us"].map(hex)];
  const stage = document.getElementById("stage");
  /** The colours under `el`: its own and its ancestors' backgrounds, alpha composed. */
  const backgrounds = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      if (e === stage) return grounds.map((g) => layers.reduceRight((acc, l) => blend(l, acc), g));
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg && bg[3] > 0) {
        layers.push(bg);
        if (bg[3] >= 1) return [layers.reduceRight((acc, l) => blend(l, acc), [255, 255, 255, 1])];
      }
    }
    return [layers.reduceRight((acc, l) => blend(l, acc), [246, 247, 249, 1])];
  };
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || !el || el.closest(".sr, [hidden], noscript, canvas")) continue;
    if (!el.checkVisibility({ opacityProperty: false, visibilityProperty: true })) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    const s = getComputedStyle(el);
    let opacity = 1;
    for (let e = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
    const size = parseFloat(s.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
    const need = large ? 3 : 4.5;
    const fg = parse(s.color);
    for (const bg of backgrounds(el)) {
      const ink = blend([fg[0], fg[1], fg[2], fg[3] * opacity], bg);
      const q = ratio(ink, bg);
      if (q < need) {
        found.push({ text: n.textContent.trim().slice(0, 40), cls: el.className, ratio: Math.round(q * 100) / 100, need });
        break;
      }
    }
  }
  return found;
}

async function check(page, state) {
  const low = await page.evaluate(audit);
  assert.deepEqual(low, [], `${state}: text below WCAG AA`);
}

test("every visible text meets WCAG AA contrast, in every state", async () => {
  const { context, page, errors } = await openSettled(h, "#sel=cn-tianjin&countries=JP,KR", { width: 1280, height: 800, dpr: 1 });
  await page.waitForSelector("#details:not([hidden]) .filtered-mark");
  await check(page, "a place with partners hidden by the filters");
  await page.click("#filters-toggle");
  await check(page, "the filter panel");
  await page.click("#filters-toggle");
  await page.click("#export > summary");
  await check(page, "the export menu");
  await page.click("#export > summary");
  await page.click("#table-toggle");
  await page.waitForSelector("#table tbody tr");
  await check(page, "the table");
  await page.click("#table-toggle");
  await page.fill("#search", "osaka");
  await page.waitForSelector("#search-list li");
  await check(page, "search suggestions");
  await page.fill("#search", "");
  await page.evaluate(() => window.atlas.setYear(1992));
  await page.click("#tl-chart");
  await page.waitForSelector("#chart:not([hidden])");
  await page.click("#chart .chart-numbers summary");
  await check(page, "the timeline and its chart");
  await page.setViewportSize({ width: 360, height: 640 });
  await page.click("#legend-box > summary");
  await check(page, "a narrow screen with the legend open");
  assert.deepEqual(errors, []);
  await context.close();
});
