// Export of the view: SVG (parsed back and checked for the title, the labels, the ties and the
// legend) and PNG at the density asked for, from the menu and from window.atlas.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { useBrowser, openSettled } from "./harness.mjs";

const h = useBrowser({ before, after });
const VIEW = { width: 1280, height: 800, dpr: 1 };

test("the SVG holds the map as shown, titled with the filters, with legend and credits", async () => {
  const { context, page, errors } = await openSettled(h, "#countries=JP,US&sel=cn-tianjin", VIEW);
  const shown = await page.evaluate(() => window.atlas.stats().shown);
  const svg = await page.evaluate(() => window.atlas.exportSvg());
  const facts = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    const texts = [...doc.querySelectorAll("text")].map((t) => t.textContent.trim());
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      width: doc.documentElement.getAttribute("width"),
      texts,
      lines: doc.querySelectorAll("polyline, path").length,
      font: doc.querySelector("text")?.getAttribute("font-family"),
      halo: doc.querySelector("text")?.getAttribute("paint-order"),
      size: [...doc.querySelectorAll("text")].find((t) => t.textContent.trim().startsWith("Tianjin"))?.getAttribute("font-size"),
      scripts: doc.querySelectorAll("script").length,
    };
  }, svg);
  assert.equal(facts.error, null);
  const stage = await page.evaluate(() => window.atlas.stats().viewport[0]);
  assert.equal(Number(facts.width), Math.round(stage));
  assert.ok(facts.texts.some((t) => t.startsWith("China's sister-city ties")), "title");
  assert.ok(facts.texts.some((t) => t.includes(`${shown} of`) && t.includes("Japan, United States") && t.includes("Tianjin selected")), facts.texts.slice(0, 3).join(" | "));
  assert.ok(facts.texts.some((t) => /^Japan \(\d+ ties\)$/.test(t)), "legend");
  assert.ok(facts.texts.some((t) => t.startsWith("Land: Natural Earth")), "credits");
  // The labels on the map are in it.
  const labels = await page.evaluate(() => window.atlas.labels().map((l) => l.id));
  assert.ok(labels.length > 5);
  assert.ok(facts.texts.some((t) => t.startsWith("Tianjin")));
  // The ties: at least one line per shown tie on screen (flattened curves).
  assert.ok(facts.lines > shown / 2, `${facts.lines} lines for ${shown} ties`);
  assert.match(facts.font, /Noto Sans CJK SC/);
  assert.equal(facts.halo, "stroke");
  // Labels as large as on the canvas (the selection's: 14 px).
  assert.ok(Math.abs(Number(facts.size) - 14) < 0.5, facts.size);
  assert.equal(facts.scripts, 0);
  // The menu saves the same picture as a file.
  await page.click("#export > summary");
  const [file] = await Promise.all([page.waitForEvent("download"), page.click('[data-export="svg"]')]);
  assert.equal(file.suggestedFilename(), "sister-city-atlas.svg");
  const saved = await readFile(await file.path(), "utf8");
  assert.ok(saved.startsWith("<svg") && saved.length > 10000);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the PNG is made at screen density or for print", async () => {
  const { context, page, errors } = await openSettled(h, "", VIEW);
  const sizes = await page.evaluate(async () => {
    const out = [];
    for (const scale of [0, 2, 4]) {
      const img = new Image();
      img.src = window.atlas.exportPng(scale);
      await img.decode();
      out.push([img.naturalWidth, img.naturalHeight]);
    }
    return out;
  });
  const [w, h2] = await page.evaluate(() => window.atlas.stats().viewport);
  assert.deepEqual(sizes[0], [Math.round(w), Math.round(h2)]);
  assert.deepEqual(sizes[1], [Math.round(w * 2), Math.round(h2 * 2)]);
  assert.deepEqual(sizes[2], [Math.round(w * 4), Math.round(h2 * 4)]);
  await page.click("#export > summary");
  const [file] = await Promise.all([page.waitForEvent("download"), page.click('[data-export="png"][data-scale="2"]')]);
  assert.equal(file.suggestedFilename(), "sister-city-atlas.png");
  const png = await readFile(await file.path());
  assert.equal(png.readUInt32BE(16), Math.round(w * 2));
  assert.deepEqual(errors, []);
  await context.close();
});
