// The page benchmark: drives the release build of the atlas (dist/) and, when it is built, the
// sigma.js peer (bench/peer/dist/) in headless Chromium, with the same measurements on both, and
// prints one table. Run through `bash tools/atlas.sh bench` (which builds both first).
//
//   node bench/page.mjs [--runs 10] [--synthetic 100000] [--json bench/results.json] [--write] [--no-peer]
//
// Figures come from the pages' own performance marks and `window.bench` (see src/web/api.rs and
// bench/peer/src/main.js): first complete frame, full redraw, hover feedback, plus frame intervals
// (requestAnimationFrame) while the driver pans and zooms with real input events.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import os from "node:os";
import { serve, launch as launchChromium, root } from "../tests/e2e/harness.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const RUNS = Number(opt("runs", 10));
const SYNTH = Number(opt("synthetic", 100000));
const JSON_OUT = opt("json", path.join(root, "bench", "results.json"));
const WRITE = args.includes("--write");
const NO_PEER = args.includes("--no-peer");
const VIEW = { width: 1280, height: 800, dpr: 2 };

const median = (xs) => {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

/** Chromium with WebGL on SwiftShader (no GPU here) for the peer, and precise heap figures. */
function launch() {
  return launchChromium(["--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--enable-precise-memory-info"]);
}

async function open(browser, url) {
  const context = await browser.newContext({
    viewport: { width: VIEW.width, height: VIEW.height },
    deviceScaleFactor: VIEW.dpr,
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const bodies = [];
  page.on("response", async (r) => {
    try {
      bodies.push({ url: r.url(), body: await r.body() });
    } catch {
      /* redirects and aborted requests have no body */
    }
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => window.bench && window.bench.firstFrameMs != null, null, { timeout: 60000 });
  return { context, page, errors, bodies };
}

async function frameIntervals(page, drive) {
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    window.__stop = false;
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(tick);
    });
  });
  await drive();
  return page.evaluate(() => {
    window.__stop = true;
    return window.__frames.slice(1);
  });
}

/**
 * From a still page (what a change defers has been done), the ms from `change(arg)` in the page
 * until the network layer's next pixels exist.
 */
async function untilNetworkPixels(page, change, arg) {
  await page.waitForFunction(() => !window.atlas.stats().pending);
  return page.evaluate(
    ([body, arg]) =>
      new Promise((done) => {
        const t0 = performance.now();
        new Function(`return (${body})`)()(arg);
        requestAnimationFrame(() => {
          for (const id of ["ties", "places", "network"]) {
            document.getElementById(id)?.getContext("2d").getImageData(0, 0, 1, 1);
          }
          done(performance.now() - t0);
        });
      }),
    [change.toString(), arg],
  );
}

async function measure(browser, name, url, hoverIds) {
  const loads = [];
  const landLoads = [];
  let payload = null;
  for (let i = 0; i < RUNS; i++) {
    const { context, page, errors, bodies } = await open(browser, url);
    loads.push(await page.evaluate(() => window.bench.firstFrameMs));
    // The atlas draws its land layer one frame after the network: record that moment too.
    if (await page.evaluate(() => !!window.atlas)) {
      await page.waitForFunction(() => window.atlas.stats().landFrameMs != null);
      landLoads.push(await page.evaluate(() => window.atlas.stats().landFrameMs));
    }
    if (errors.length) throw new Error(`${name}: page errors: ${errors.join(" | ")}`);
    if (i === 0) {
      await page.waitForTimeout(200);
      payload = bodies
        .filter((b) => !b.url.startsWith("data:"))
        .map((b) => ({ file: path.basename(new URL(b.url).pathname) || "index.html", raw: b.body.length, gz: gzipSync(b.body, { level: 9 }).length }));
    }
    if (i < RUNS - 1) await context.close();
    else {
      const r = { name, url, loads, landLoads, payload };
      r.size = await page.evaluate(() => window.bench.size());
      await page.evaluate(() => window.bench.redraw(3)); // warm up
      // Fewer repetitions where one redraw takes seconds (the peer on the synthetic network).
      const heavy = r.loads[0] > 2000;
      r.redraw = await page.evaluate((n) => window.bench.redraw(n), heavy ? 5 : 15);
      r.hover = [];
      for (let k = 0; k < (heavy ? 2 : 5); k++) {
        for (const id of hoverIds) r.hover.push(await page.evaluate((id) => window.bench.hover(id), id));
        r.hover.push(await page.evaluate(() => window.bench.hover(null)));
      }
      if (name.startsWith("atlas")) {
        // Pointer moves as the page picks them (place, else drawn tie), ms per move.
        r.pick = [];
        for (let k = 0; k < 5; k++) r.pick.push(await page.evaluate(() => window.bench.pick(2000)));
        r.click = [];
        for (let k = 0; k < 5; k++) {
          r.click.push(
            await page.evaluate((id) => {
              const t0 = performance.now();
              window.atlas.select(id);
              document.getElementById("details").getBoundingClientRect();
              const ms = performance.now() - t0;
              window.atlas.clearSelection();
              return ms;
            }, hoverIds[0]),
          );
        }
        // A keystroke in the search box: its results over all names and the list they show.
        r.keystroke = await page.evaluate(() => {
          const box = document.getElementById("search");
          const times = [];
          for (const q of ["tianjin", "神戸", "부산", "Xi'an", "hyogo", "new york"]) {
            for (let n = 1; n <= [...q].length; n++) {
              const t0 = performance.now();
              box.value = [...q].slice(0, n).join("");
              box.dispatchEvent(new Event("input"));
              document.getElementById("search-list").getBoundingClientRect();
              times.push(performance.now() - t0);
            }
          }
          box.value = "";
          box.dispatchEvent(new Event("input"));
          return times;
        });
        // A filter change (a partner country off, then on again) until the network layer's
        // next pixels exist, each from a still page (what a change defers has been done).
        r.filter = [];
        for (let k = 0; k < 4; k++) {
          for (const code of ["JP", "JP", "US", "US"]) {
            r.filter.push(
              await untilNetworkPixels(page, (code) => {
                document.querySelector(`#legend button[data-country="${code}"]`).click();
              }, code),
            );
          }
        }
        // A timeline step from a still page, as the page takes it: its update, what follows on
        // the page and the drawing, pixels included (the wait for the next frame left out);
        // then the player at 4 years a second: the intervals between frames.
        r.yearStep = [];
        for (const y of [1979, 1980, 1992, 1993, 2003, 2004, 2015, 2016]) {
          await page.waitForFunction(() => !window.atlas.stats().pending);
          r.yearStep.push(await page.evaluate((y) => window.bench.yearStep(y), y));
        }
        await page.evaluate(() => window.atlas.setYear(1973));
        await page.selectOption("#tl-speed", "3");
        r.play = await page.evaluate(
          () =>
            new Promise((done) => {
              const gaps = [];
              let last = performance.now();
              const t0 = last;
              window.atlas.play(true);
              const tick = (t) => {
                gaps.push(t - last);
                last = t;
                if (t - t0 < 3000) requestAnimationFrame(tick);
                else {
                  window.atlas.play(false);
                  done(gaps.slice(1));
                }
              };
              requestAnimationFrame(tick);
            }),
        );
        await page.evaluate(() => window.atlas.setYear(null));
      }
      if (!name.startsWith("sigma")) {
        // The morph to the network and back: the first switch (which lays the network out),
        // then the intervals between frames while the places move, both ways.
        await page.waitForFunction(() => !window.atlas.stats().pending);
        r.morph = await page.evaluate(
          () =>
            new Promise((done) => {
              const gaps = [];
              const t0 = performance.now();
              window.atlas.setView("network");
              const layout = performance.now() - t0;
              let last = performance.now();
              let back = false;
              const tick = (t) => {
                gaps.push(t - last);
                last = t;
                if (window.atlas.view().moving) requestAnimationFrame(tick);
                else if (!back) {
                  back = true;
                  window.atlas.setView("map");
                  requestAnimationFrame(tick);
                } else done({ layout, gaps: gaps.slice(1) });
              };
              requestAnimationFrame(tick);
            }),
        );
        await page.waitForTimeout(300);
      }
      const cx = VIEW.width / 2;
      const cy = VIEW.height / 2;
      // Input for at most 3 s of wall time: a page that takes seconds per frame gets few moves.
      const until = (t0) => performance.now() - t0 < 3000;
      r.pan = await frameIntervals(page, async () => {
        await page.mouse.move(cx, cy);
        await page.mouse.down();
        const t0 = performance.now();
        for (let s = 1; s <= 90 && until(t0); s++) {
          await page.mouse.move(cx + 200 * Math.sin(s / 14), cy + 80 * Math.sin(s / 9));
          await page.waitForTimeout(16);
        }
        await page.mouse.up();
      });
      await page.waitForTimeout(400);
      r.zoom = await frameIntervals(page, async () => {
        await page.mouse.move(cx, cy);
        const t0 = performance.now();
        for (let s = 0; s < 60 && until(t0); s++) {
          await page.mouse.wheel(0, s < 30 ? -60 : 60);
          await page.waitForTimeout(16);
        }
      });
      await page.waitForTimeout(400);
      r.heap = await page.evaluate(() => ({
        js: performance.memory ? performance.memory.usedJSHeapSize : null,
        wasm: window.atlas ? window.atlas.stats().wasmMemoryBytes : 0,
      }));
      await context.close();
      return r;
    }
  }
}

const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "–");
const kb = (b) => (b / 1000).toFixed(1); // kB = 1000 bytes, as the budgets count

async function main() {
  const ours = await serve(path.join(root, "dist"));
  const peerDir = path.join(root, "bench", "peer", "dist");
  const peer = !NO_PEER && existsSync(path.join(peerDir, "index.html")) ? await serve(peerDir) : null;
  const browser = await launch();
  const results = [];
  try {
    results.push(await measure(browser, "atlas · real", ours.url, ["cn-tianjin", "jp-kobe", "us-houston"]));
    if (peer) results.push(await measure(browser, "sigma · real", peer.url, ["cn-tianjin", "jp-kobe", "us-houston"]));
    results.push(await measure(browser, `atlas · synthetic ${SYNTH}`, `${ours.url}?synthetic=${SYNTH}`, ["s0", "s1", "s2"]));
    if (peer) results.push(await measure(browser, `sigma · synthetic ${SYNTH}`, `${peer.url}?synthetic=${SYNTH}`, ["s0", "s1", "s2"]));
  } finally {
    await browser.close();
    await ours.close();
    await peer?.close();
  }

  const lines = [];
  lines.push(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; headless Chromium (software raster, WebGL on SwiftShader); viewport ${VIEW.width}×${VIEW.height} CSS px at devicePixelRatio ${VIEW.dpr}; ${RUNS} cold loads per row; medians.`);
  lines.push("");
  lines.push("| page | nodes / edges | payload gz KB | cold load ms: network (with land) | full redraw ms | hover ms | pick µs per move | click→panel ms | keystroke ms | filter change ms | year step ms | play frame ms (p95) | morph frame ms (p95); first switch ms | pan frame ms (p95) | zoom frame ms (p95) | heap MB (JS + wasm) |");
  lines.push("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of results) {
    const gz = r.payload.reduce((s, p) => s + p.gz, 0);
    lines.push(
      `| ${r.name} | ${r.size.nodes} / ${r.size.edges} | ${kb(gz)} | ${fmt(median(r.loads), 0)}${r.landLoads.length ? ` (${fmt(median(r.landLoads), 0)})` : ""} | ${fmt(median(r.redraw))} | ${fmt(median(r.hover), 2)} | ${r.pick ? fmt(median(r.pick) * 1000, 1) : "–"} | ${r.click ? fmt(median(r.click), 2) : "–"} | ${r.keystroke ? fmt(median(r.keystroke), 2) : "–"} | ${r.filter ? fmt(median(r.filter), 1) : "–"} | ${r.yearStep ? fmt(median(r.yearStep), 1) : "–"} | ${r.play ? `${fmt(median(r.play), 1)} (${fmt(pct(r.play, 95), 1)})` : "–"} | ${r.morph ? `${fmt(median(r.morph.gaps), 1)} (${fmt(pct(r.morph.gaps, 95), 1)}); ${fmt(r.morph.layout, 0)}` : "–"} | ${fmt(median(r.pan))} (${fmt(pct(r.pan, 95))}) | ${fmt(median(r.zoom))} (${fmt(pct(r.zoom, 95))}) | ${fmt(((r.heap.js ?? 0) + (r.heap.wasm ?? 0)) / 2 ** 20)} |`,
    );
  }
  // Ratios: sigma ÷ atlas (above 1: the atlas is faster or smaller).
  const pairs = [];
  for (const kind of ["real", `synthetic ${SYNTH}`]) {
    const a = results.find((r) => r.name === `atlas · ${kind}`);
    const s = results.find((r) => r.name === `sigma · ${kind}`);
    if (a && s) pairs.push([kind, a, s]);
  }
  if (pairs.length) {
    lines.push("");
    lines.push("Ratios sigma ÷ atlas (above 1 means the atlas is smaller or faster):");
    lines.push("");
    lines.push("| network | payload | cold load | full redraw | hover | pan frame | zoom frame |");
    lines.push("|---|---|---|---|---|---|---|");
    for (const [kind, a, s] of pairs) {
      const gz = (r) => r.payload.reduce((t, p) => t + p.gz, 0);
      const q = (f) => fmt(f(s) / f(a), 2);
      lines.push(
        `| ${kind} | ${q(gz)} | ${q((r) => median(r.loads))} | ${q((r) => median(r.redraw))} | ${q((r) => median(r.hover))} | ${q((r) => median(r.pan))} | ${q((r) => median(r.zoom))} |`,
      );
    }
  }
  lines.push("");
  lines.push("Payload by file (atlas, real data):");
  lines.push("");
  lines.push("| file | bytes | gzipped |");
  lines.push("|---|---|---|");
  for (const p of results[0].payload) lines.push(`| ${p.file} | ${p.raw} | ${p.gz} |`);
  const table = lines.join("\n");
  console.log(table);
  writeFileSync(JSON_OUT, JSON.stringify({ date: new Date().toISOString(), view: VIEW, runs: RUNS, results }, null, 1));
  if (WRITE) {
    const file = path.join(root, "BENCHMARKS.md");
    const text = readFileSync(file, "utf8");
    const begin = "<!-- bench:begin -->";
    const end = "<!-- bench:end -->";
    const i = text.indexOf(begin);
    const j = text.indexOf(end);
    if (i < 0 || j < 0) throw new Error("BENCHMARKS.md lacks the bench markers");
    writeFileSync(file, `${text.slice(0, i + begin.length)}\n${table}\n${text.slice(j)}`);
    console.log(`\nBENCHMARKS.md updated.`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
