// Embedding: the export menu gives an iframe of the current view; the embedded page has the map
// and its controls without the page header, and a link that opens the same view in full.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openSettled } from "./harness.mjs";

const h = useBrowser({ before, after });
const VIEW = { width: 1280, height: 800, dpr: 1 };

test("the embed code holds the current view, and the embedded page shows it compactly", async () => {
  const first = await openSettled(h, "#region=east-asia&sel=jp-kobe", VIEW);
  await first.page.click("#export > summary");
  await first.page.click("[data-embed]");
  await first.page.waitForSelector("#embed:not([hidden])");
  const code = await first.page.inputValue("#embed-code");
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=1#region=east-asia&amp;sel=jp-kobe" /);
  assert.match(code, /title="[^"]+"/);
  await first.page.click("#embed-close");
  assert.equal(await first.page.isHidden("#embed"), true);
  assert.deepEqual(first.errors, []);
  await first.context.close();

  const src = code.match(/src="([^"]+)"/)[1].replaceAll("&amp;", "&");
  const hash = src.slice(src.indexOf("?"));
  const { context, page, errors } = await openSettled(h, hash, { width: 960, height: 600, dpr: 1 });
  assert.equal(await page.isHidden("header.top"), true);
  assert.equal(await page.evaluate(() => window.atlas.selection()), "jp-kobe");
  assert.equal(await page.evaluate(() => window.atlas.stats().region), "east-asia");
  assert.ok(await page.isVisible("#open-full"));
  const href = await page.evaluate(() => {
    document.addEventListener("click", (e) => e.preventDefault());
    const a = document.getElementById("open-full");
    a.click();
    return a.getAttribute("href");
  });
  assert.match(href, /^http:\/\/127\.0\.0\.1:\d+\/#region=east-asia&sel=jp-kobe$/);
  assert.deepEqual(errors, []);
  await context.close();
});
