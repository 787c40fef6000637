// Shared by the end-to-end tests and the page benchmark: serve dist/ on loopback and drive
// Debian's Chromium through playwright-core (no browser download).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, "..", "..");
const require = createRequire(path.join(root, "tools", "package.json"));
const { chromium } = require("playwright-core");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/** Serves `dir` on 127.0.0.1 (a free port); resolves to { url, close }. */
export async function serve(dir = path.join(root, "dist")) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://x");
    let p = path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, "");
    if (p.endsWith("/")) p += "index.html";
    const file = path.join(dir, p);
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Chromium's flags, shared with wasm-bindgen-test's WebDriver run (webdriver.json). */
const webdriver = JSON.parse(readFileSync(path.join(root, "webdriver.json"), "utf8"));
export const CHROMIUM_ARGS = Object.freeze([...webdriver["goog:chromeOptions"].args]);

/** Launches Debian's Chromium with a fresh profile, with `extraArgs` after the shared flags. */
export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? webdriver["goog:chromeOptions"].binary,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
  });
}

/** Opens the atlas and waits for its first frame; collects console errors and requests. */
export async function openAtlas(browser, url, { width = 1280, height = 800, dpr = 2 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => window.atlas && window.atlas.stats().firstFrameMs != null, null, {
    timeout: 20000,
  });
  return { context, page, errors, requests };
}

/** Opens the atlas at `hash` (of the test server of `h`) and waits until it has settled. */
export async function openSettled(h, hash, view) {
  const r = await openAtlas(h.browser, `${h.server.url}${hash}`, view);
  await settled(r.page);
  return r;
}

/** Client coordinates of a place on the map. */
export async function placePoint(page, id) {
  return page.evaluate((id) => {
    const p = window.atlas.screenPosition(id);
    const r = document.getElementById("overlay").getBoundingClientRect();
    return p && { x: r.left + p.x, y: r.top + p.y, visible: p.visible };
  }, id);
}

/** Waits until the atlas has drawn every layer and has no frame on its way. */
export async function settled(page) {
  await page.waitForFunction(() => {
    const s = window.atlas.stats();
    return s.landFrameMs != null && !s.pending;
  });
  const knowsPending = await page.evaluate(() => "pending" in window.atlas.stats());
  if (!knowsPending) await page.waitForTimeout(400); // a page that does not say: give it time
  // Two animation frames: whatever the last frame drew has reached the screen.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

/**
 * Starts the server and the browser before the tests of a file and stops them after; returns a
 * handle whose `server` and `browser` are set while the tests run.
 */
export function useBrowser({ before, after }, extraArgs = []) {
  const h = { server: null, browser: null };
  before(async () => {
    h.server = await serve();
    h.browser = await launch(extraArgs);
  });
  after(async () => {
    await h.browser?.close();
    await h.server?.close();
  });
  return h;
}
