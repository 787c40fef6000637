// Smoke check of the sigma.js peer page: `node bench/peer/check.mjs` (after build.mjs).
// Serves bench/peer/dist with the e2e harness, opens the real network and ?synthetic=100000 at
// 1280×800 dpr 2 in headless Chromium (WebGL through SwiftShader), prints the window.bench
// figures and saves screenshots to bench/peer/out/.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch, serve } from "../../tests/e2e/harness.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, "dist");
const out = path.join(here, "out");

// WebGL needs SwiftShader here (no GPU).
const WEBGL_ARGS = ["--use-angle=swiftshader", "--enable-unsafe-swiftshader"];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f = (x) => (x == null ? "null" : x.toFixed(1));

async function run(browser, url, name, hoverId) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => window.bench && window.bench.firstFrameMs != null, null, { timeout: 120000 });
  const r = await page.evaluate((hoverId) => {
    const b = window.bench;
    const size = b.size();
    const firstFrameMs = b.firstFrameMs;
    const redraw = b.redraw(10);
    const refresh = b.redraw(5, { full: true });
    const pos = b.screenPosition(hoverId);
    const hover = b.hover(hoverId);
    const hoverClear = b.hover(null);
    const hover2 = b.hover(hoverId);
    return { size, firstFrameMs, redraw, refresh, pos, hover, hoverClear, hover2 };
  }, hoverId);
  // Leave the highlight on for the hover screenshot, then the plain map.
  await page.screenshot({ path: path.join(out, `${name}-hover.png`) });
  await page.evaluate(() => window.bench.hover(null));
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  // A real mouse hover at screenPosition must reach sigma's own hover (enterNode).
  await page.mouse.move(r.pos.x, r.pos.y);
  await page.waitForTimeout(300);
  const mouseHover = await page.evaluate(() => {
    const s = window.bench.renderer;
    return s.hoveredNode ?? null;
  });
  await page.mouse.move(5, 5);
  console.log(
    `${name}: size ${JSON.stringify(r.size)}  firstFrameMs ${f(r.firstFrameMs)}` +
      `  redraw(10) median ${f(median(r.redraw))} ms [${r.redraw.map(f).join(" ")}]` +
      `  (redraw(5,{full:true}) median ${f(median(r.refresh))} ms)` +
      `  hover('${hoverId}') ${f(r.hover)} ms, hover(null) ${f(r.hoverClear)} ms, again ${f(r.hover2)} ms` +
      `  screenPosition ${JSON.stringify({ x: Math.round(r.pos.x), y: Math.round(r.pos.y), visible: r.pos.visible })}` +
      `  mouse hover → ${mouseHover}`,
  );
  if (errors.length) console.log(`${name}: console errors:\n  ${errors.join("\n  ")}`);
  await context.close();
  return errors.length === 0 && r.size.nodes > 0 && r.firstFrameMs != null;
}

await mkdir(out, { recursive: true });
const server = await serve(dist);
const browser = await launch(WEBGL_ARGS);
let ok = true;
try {
  ok = (await run(browser, server.url, "real", "cn-tianjin")) && ok;
  ok = (await run(browser, `${server.url}?synthetic=100000`, "synthetic", "s0")) && ok;
} finally {
  await browser.close();
  await server.close();
}
console.log(ok ? "peer check: ok" : "peer check: FAILED");
process.exitCode = ok ? 0 : 1;
