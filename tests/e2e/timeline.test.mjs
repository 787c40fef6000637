// The timeline: the map shows the ties made by a year (counted against data/links.csv), the slider
// and its keys, the player (play, pause, speed, the end), the choice for undated ties, the year in
// the address, and the button and × that open and close it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openSettled, settled } from "./harness.mjs";
import { ties } from "./data.mjs";

const h = useBrowser({ before, after });
const VIEW = { width: 1280, height: 800, dpr: 1 };
const TIES = ties();
const YEARS = TIES.filter((t) => t.year).map((t) => t.year);
const [FIRST, LAST] = [Math.min(...YEARS), Math.max(...YEARS)];

/** Ties the data says the map shows at `year` with the partner countries `countries`. */
const expected = (year, { countries = ["JP", "KR", "US"], undated = true } = {}) =>
  TIES.filter((t) => countries.includes(t.country) && (t.year ? t.year <= year : undated)).length;

test("setYear shows the ties made by then, with the filters and the undated choice", async () => {
  const { context, page, errors } = await openSettled(h, "", VIEW);
  assert.equal(await page.evaluate(() => window.atlas.year()), null);
  assert.equal(await page.evaluate(() => window.atlas.visibleLinks()), TIES.length);
  for (const year of [FIRST, 1979, 1992, 2003, LAST]) {
    assert.equal(await page.evaluate((y) => window.atlas.setYear(y), year), year);
    assert.equal(await page.evaluate(() => window.atlas.visibleLinks()), expected(year), `${year}`);
  }
  // The undated ties are their own choice, beside the partner-country filter.
  await page.evaluate((y) => window.atlas.setYear(y), FIRST);
  await page.evaluate(() => document.getElementById("tl-undated").click());
  const first = expected(FIRST, { undated: false });
  assert.ok(first >= 1 && first < 5);
  assert.equal(await page.evaluate(() => window.atlas.visibleLinks()), first);
  await page.evaluate(() => window.atlas.setYear(1992));
  await page.click('#legend button[data-country="US"]');
  const jpkr = { countries: ["JP", "KR"], undated: false };
  assert.equal(await page.evaluate(() => window.atlas.visibleLinks()), expected(1992, jpkr));
  assert.match(await page.textContent("#tl-label"), new RegExp(`^1992: ${expected(1992, jpkr)} ties made by then, \\d+ that year$`));
  // Years outside the data are brought into it; null shows every year again.
  assert.equal(await page.evaluate(() => window.atlas.setYear(1900)), FIRST);
  assert.equal(await page.evaluate(() => window.atlas.setYear(null)), null);
  assert.equal(await page.isHidden("#timeline"), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the slider and its keys, the address, the button and ×", async () => {
  const { context, page, errors } = await openSettled(h, "", VIEW);
  await page.click("#timeline-toggle");
  await page.waitForSelector("#timeline:not([hidden])");
  assert.equal(await page.evaluate(() => window.atlas.year()), LAST, "it opens at the network as it is");
  assert.equal(await page.getAttribute("#timeline-toggle", "aria-pressed"), "true");
  await page.focus("#tl-year");
  await page.keyboard.press("Home");
  assert.equal(await page.evaluate(() => window.atlas.year()), FIRST);
  for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => window.atlas.year()), FIRST + 6);
  assert.equal(await page.getAttribute("#tl-year", "aria-valuetext"), await page.textContent("#tl-label"));
  await page.click("#tl-back");
  assert.equal(await page.evaluate(() => window.atlas.year()), FIRST + 5);
  await page.waitForFunction((y) => location.hash.includes(`year=${y}`), FIRST + 5);
  // The year comes back from the address.
  const url = await page.evaluate(() => location.href);
  const again = await context.newPage();
  await again.goto(url);
  await again.waitForFunction(() => window.atlas && window.atlas.stats().firstFrameMs != null);
  assert.equal(await again.evaluate(() => window.atlas.year()), FIRST + 5);
  assert.equal(await again.isVisible("#timeline"), true);
  await again.close();
  await page.click("#tl-close");
  assert.equal(await page.evaluate(() => window.atlas.year()), null);
  assert.equal(await page.evaluate(() => document.activeElement.id), "timeline-toggle");
  assert.equal(await page.evaluate(() => window.atlas.visibleLinks()), TIES.length);
  assert.deepEqual(errors, []);
  await context.close();
});

test("play walks the years, pause stops, and the player stops at the last year", async () => {
  const { context, page, errors } = await openSettled(h, `#year=${LAST - 4}`, VIEW);
  await page.selectOption("#tl-speed", "3"); // 4 years a second
  await page.click("#tl-play");
  assert.equal(await page.getAttribute("#tl-play", "aria-pressed"), "true");
  await page.waitForFunction((y) => window.atlas.year() >= y, LAST - 2);
  await page.click("#tl-play");
  const paused = await page.evaluate(() => window.atlas.year());
  await page.waitForTimeout(600);
  assert.equal(await page.evaluate(() => window.atlas.year()), paused, "paused");
  await page.click("#tl-play");
  await page.waitForFunction(() => document.getElementById("tl-play").getAttribute("aria-pressed") === "false");
  assert.equal(await page.evaluate(() => window.atlas.year()), LAST);
  assert.equal(await page.evaluate(() => window.atlas.visibleLinks()), expected(LAST));
  // Play at the last year starts again from the first.
  await page.click("#tl-play");
  await page.waitForFunction((f) => window.atlas.year() <= f + 1, FIRST);
  await page.click("#tl-play");
  assert.deepEqual(errors, []);
  await context.close();
});

/** How much of each 16 px cell of the ties, markers and labels layers is painted: a coarse
 * picture. */
const cells = (page) =>
  page.evaluate(() =>
    ["ties", "places", "network"].flatMap((id) => {
      const c = document.getElementById(id);
      const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
      const cols = Math.ceil(c.width / 16);
      const v = new Array(cols * Math.ceil(c.height / 16)).fill(0);
      for (let y = 0; y < c.height; y++) {
        for (let x = 0; x < c.width; x++) v[(y >> 4) * cols + (x >> 4)] += d[(y * c.width + x) * 4 + 3];
      }
      return v;
    }),
  );

test("a step forward draws the new year's ties over the last picture, the same as a fresh one", async () => {
  const { context, page, errors } = await openSettled(h, "#year=1990", VIEW);
  // Years in quick succession: each frame adds the ties of one more year to the ties layer.
  for (let y = 1991; y <= 2000; y++) {
    await page.evaluate(
      (y) => new Promise((done) => {
        window.atlas.setYear(y);
        requestAnimationFrame(() => done());
      }),
      y,
    );
  }
  const grown = await cells(page);
  await settled(page);
  const rested = await cells(page);
  const fresh = await openSettled(h, "#year=2000", VIEW);
  const direct = await cells(fresh.page);
  // Once the view rests the ties are drawn afresh: the very same pixels as a page opened there.
  assert.deepEqual(rested, direct);
  // The grown picture differs only where ties cross (they were stroked in another order).
  const total = direct.reduce((a, b) => a + b, 0);
  const off = grown.reduce((a, v, i) => a + Math.abs(v - direct[i]), 0);
  assert.ok(total > 0 && off / total < 0.02, `grown picture off by ${((100 * off) / total).toFixed(2)} %`);
  assert.deepEqual(errors, []);
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
  await context.close();
});

test("the panel says which partners come after the timeline's year", async () => {
  const { context, page, errors } = await openSettled(h, "#sel=kr-seoul&year=1992", VIEW);
  await page.waitForSelector("#details:not([hidden]) .partners");
  const marks = await page.$$eval("#details .partners li", (lis) =>
    lis.map((li) => [li.querySelector("button").dataset.id, li.querySelector(".filtered-mark")?.textContent ?? ""]),
  );
  const later = TIES.filter((t) => (t.a === "kr-seoul" || t.b === "kr-seoul") && t.year > 1992);
  assert.ok(later.length > 0);
  for (const t of later) {
    const id = t.a === "kr-seoul" ? t.b : t.a;
    assert.deepEqual(marks.find(([m]) => m === id), [id, `made in ${t.year}, after 1992`]);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("the growth chart: drawn, in words and numbers, following the filters; a click sets the year", async () => {
  const { context, page, errors } = await openSettled(h, "#year=2000", VIEW);
  await page.click("#tl-chart");
  await page.waitForSelector("#chart:not([hidden])");
  await page.waitForFunction(() => location.hash.includes("chart=new"));
  const painted = () =>
    page.evaluate(() => {
      const c = document.getElementById("chart-canvas");
      const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) n += d[i] < 200 || d[i + 2] < 200 ? 1 : 0;
      return n;
    });
  assert.ok((await painted()) > 500, "bars drawn");
  // The numbers year by year are the data's.
  const rows = await page.$$eval("#chart-table table:nth-of-type(2) tr", (trs) =>
    trs.slice(1).map((tr) => [...tr.children].map((td) => Number(td.textContent))),
  );
  for (const [year, jp, kr, us, byThen] of rows.filter((r) => [1973, 1992, 2003].includes(r[0]))) {
    const made = (c) => TIES.filter((t) => t.country === c && t.year === year).length;
    assert.deepEqual([jp, kr, us], [made("JP"), made("KR"), made("US")], `${year}`);
    assert.equal(byThen, TIES.filter((t) => t.year && t.year <= year).length);
  }
  assert.match(await page.textContent("#chart-summary"), /Latest official figures: Japan 263 \(2023-06; \d+ here\)/);
  // The events under the years, each with the page that dates it.
  const events = await page.$$eval("#chart-table ul.officials:first-of-type li a", (as) => as.map((a) => a.href));
  assert.ok(events.length >= 20 && events.every((u) => /^https?:/.test(u)), `${events.length} events`);
  // A filter applies to the chart too: without the US, its column is empty.
  await page.click('#legend button[data-country="US"]');
  const us = await page.$$eval("#chart-table table:nth-of-type(2) tr", (trs) =>
    trs.slice(1).reduce((s, tr) => s + Number(tr.children[3].textContent), 0),
  );
  assert.equal(us, 0);
  // A click on a year's column puts the timeline there.
  const box = await page.$eval("#chart-canvas", (c) => {
    const r = c.getBoundingClientRect();
    return { x: r.left, y: r.top, w: r.width, h: r.height };
  });
  await page.mouse.click(box.x + box.w / 2, box.y + box.h / 2);
  const year = await page.evaluate(() => window.atlas.year());
  assert.ok(year > FIRST + 15 && year < LAST - 15, `${year}`);
  await page.click("#chart-total");
  await page.waitForFunction(() => location.hash.includes("chart=total"));
  assert.ok((await painted()) > 500, "lines drawn");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the chart's rings and event marks name their sources; the three countries side by side", async () => {
  const { context, page, errors } = await openSettled(h, "#year=2003&chart=total", VIEW);
  await page.waitForSelector("#chart:not([hidden])");
  // Point along the chart (pointer moves dispatched in the page) until the tooltips have
  // named a ring and an event mark.
  const box = await page.locator("#chart-canvas").boundingBox();
  const tips = await page.evaluate((b) => {
    const c = document.getElementById("chart-canvas");
    const tip = document.getElementById("chart-tip");
    const seen = new Map();
    for (let y = b.y + 15; y < b.y + b.height; y += 2) {
      for (let x = b.x + 40; x < b.x + b.width; x += 3) {
        c.dispatchEvent(new PointerEvent("pointermove", { clientX: x, clientY: y, bubbles: true }));
        if (!tip.hidden && !seen.has(tip.textContent)) seen.set(tip.textContent, { x, y });
      }
    }
    return [...seen];
  }, box);
  const ring = tips.map(([t]) => t).find((t) => /^(Japan|South Korea|United States) \d{4}/.test(t));
  const event = tips.map(([t]) => t).find((t) => /^\d{4}(-\d\d)*: /.test(t));
  assert.match(ring ?? "", /: \d+\. .+\(source: [a-z0-9.-]+\)/, "a ring says its figure, what it counts and its source");
  assert.match(event ?? "", /\(source: [a-z0-9.-]+\)$/m, "an event mark says what happened and its source");
  // A real pointer over that ring shows its tip, and leaving the chart hides it.
  const at = new Map(tips).get(ring);
  await page.mouse.move(box.x + box.width / 2, box.y - 30);
  assert.equal(await page.isHidden("#chart-tip"), true);
  await page.mouse.move(at.x, at.y);
  assert.equal(await page.textContent("#chart-tip"), ring);
  assert.equal(await page.isVisible("#chart-tip"), true);
  await page.mouse.move(box.x + box.width / 2, box.y - 30);
  assert.equal(await page.isHidden("#chart-tip"), true);
  // Each country's small chart says its count, dated share, first tie and peak year, and draws.
  const captions = await page.$$eval(".chart-multiples figcaption", (fs) => fs.map((f) => f.textContent));
  assert.equal(captions.length, 3);
  const jp = TIES.filter((t) => t.country === "JP");
  const share = Math.floor((100 * jp.filter((t) => t.year).length) / jp.length);
  assert.equal(captions[0].split(";")[0], `Japan: ${jp.length} ties, ${share} % dated`);
  assert.match(captions[0], /; first 1973; most in \d{4} \(\d+\)$/);
  assert.equal(await page.getAttribute("#chart-m0", "aria-label"), captions[0]);
  const inked = await page.$$eval(".chart-multiples canvas", (cs) =>
    cs.map((c) => {
      const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) n += d[i] < 200 || d[i + 2] < 200 ? 1 : 0;
      return n;
    }),
  );
  assert.ok(inked.every((n) => n > 200), `${inked}`);
  // Selecting a place narrows them to its ties.
  await page.evaluate(() => window.atlas.select("cn-tianjin"));
  await page.waitForFunction(() => /^Japan: \d ties?,/.test(document.getElementById("chart-m0-caption").textContent));
  assert.deepEqual(errors, []);
  await context.close();
});
