// The table of the ties shown: its rows against the data, sorting by a heading (kept in the
// address), a place that opens its details, and both downloads parsed back.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { useBrowser, openSettled } from "./harness.mjs";
import { ties, parseCsv } from "./data.mjs";

const h = useBrowser({ before, after });
const VIEW = { width: 1280, height: 800, dpr: 1 };
const TIES = ties();

const open = (hash = "") => openSettled(h, hash, VIEW);

test("the table lists the ties shown, sorts by a heading and opens a place", async () => {
  const { context, page, errors } = await open("#countries=KR");
  await page.click("#table-toggle");
  await page.waitForSelector("#table:not([hidden]) tbody tr");
  const kr = TIES.filter((t) => t.country === "KR");
  assert.equal(await page.locator("#table tbody tr").count(), kr.length);
  assert.match(await page.textContent("#table .table-bar p"), new RegExp(`^${kr.length} ties$`));
  // By date, oldest first, undated last.
  const dates = await page.$$eval("#table td.date", (tds) => tds.map((td) => td.textContent));
  const known = dates.filter((d) => d !== "unknown");
  assert.deepEqual(known, [...known].sort());
  assert.equal(dates.indexOf("unknown"), known.length);
  assert.equal(await page.getAttribute("#table th[aria-sort]", "aria-sort"), "ascending");
  // A second click on the heading turns the order round; the address keeps it.
  await page.click('#table [data-sort="date"]');
  assert.equal(await page.getAttribute("#table th[aria-sort]", "aria-sort"), "descending");
  const first = await page.textContent("#table tbody tr:first-child td.date");
  assert.equal(first, known[known.length - 1]);
  await page.click('#table [data-sort="partner"]');
  const partners = await page.$$eval("#table tbody tr td:nth-child(2) .pname", (s) => s.map((x) => x.textContent.toLowerCase()));
  assert.deepEqual(partners, [...partners].sort());
  await page.waitForFunction(() => location.hash.includes("table=partner"), null, { timeout: 5000 });
  // A place in the table opens its details.
  const id = await page.getAttribute("#table tbody tr:first-child td:nth-child(2) [data-id]", "data-id");
  await page.click("#table tbody tr:first-child td:nth-child(2) [data-id]");
  await page.waitForFunction((id) => window.atlas.selection() === id, id);
  assert.ok(await page.isVisible("#details"));
  // Escape goes back to the map.
  await page.focus('#table [data-sort="date"]');
  await page.keyboard.press("Escape");
  assert.equal(await page.isHidden("#table"), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the downloads hold exactly the rows shown, with sources and the licence", async () => {
  const { context, page, errors } = await open("#countries=JP&since=1990&undated=no");
  const expected = TIES.filter((t) => t.country === "JP" && t.year !== null && t.year >= 1990);
  await page.click("#table-toggle");
  await page.waitForSelector("#table:not([hidden]) tbody tr");
  const [csvFile] = await Promise.all([page.waitForEvent("download"), page.click('[data-download="csv"]')]);
  assert.equal(csvFile.suggestedFilename(), "sister-city-ties.csv");
  const csv = (await readFile(await csvFile.path(), "utf8")).replace(/^\ufeff/, "");
  const rows = parseCsv(csv);
  const head = rows[0];
  const body = rows.slice(1, -1);
  assert.equal(body.length, expected.length);
  const pairs = new Set(body.map((r) => `${r[head.indexOf("a")]}~${r[head.indexOf("b")]}`));
  for (const t of expected) assert.ok(pairs.has(`${t.a}~${t.b}`), `${t.a}~${t.b}`);
  assert.ok(body.every((r) => r[head.indexOf("sources")].length > 0), "every row cites");
  assert.ok(body.every((r) => r[head.indexOf("date")].length >= 4));
  assert.match(rows[rows.length - 1][0], /CC BY-SA 4\.0/);
  const [geoFile] = await Promise.all([page.waitForEvent("download"), page.click('[data-download="geojson"]')]);
  const geo = JSON.parse(await readFile(await geoFile.path(), "utf8"));
  assert.equal(geo.type, "FeatureCollection");
  assert.equal(geo.features.length, expected.length);
  for (const f of geo.features) {
    assert.ok(["LineString", "MultiLineString"].includes(f.geometry.type));
    assert.ok(f.properties.sources.length > 0 && f.properties.date);
  }
  assert.match(geo.licence, /CC BY 4\.0/);
  // The API gives the same text.
  assert.equal((await page.evaluate(() => window.atlas.exportCsv())).length, csv.length);
  assert.deepEqual(errors, []);
  await context.close();
});
