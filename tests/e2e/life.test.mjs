// The life of a tie and the events at a place in the details panel: a tie's history with the
// date and source of each change (data/status.csv), the standing of a partner's tie in a
// place's list, and the events held at a place (data/events.csv).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { useBrowser, openSettled } from "./harness.mjs";

const h = useBrowser({ before, after });
const VIEW = { width: 1280, height: 800, dpr: 1 };
const root = new URL("../../", import.meta.url);
const csvRows = (file) => fs.readFileSync(new URL(`data/${file}`, root), "utf8").trim().split("\n").slice(1);

test("an ended tie shows its history, each change dated and sourced, and its end in the place's list", async () => {
  const { context, page, errors } = await openSettled(h, "#sel=cn-xiangyang~us-carmel-indiana", VIEW);
  const items = await page.$$eval('#details-body ol.life[aria-label="History"] li', (lis) =>
    lis.map((li) => ({ text: li.textContent, href: li.querySelector("a")?.href ?? "", rel: li.querySelector("a")?.rel ?? "" })),
  );
  const ended = items.find((i) => i.text.startsWith("2024-03 ended by one side"));
  assert.ok(ended, JSON.stringify(items));
  // The row of data/status.csv that says so is the link's target.
  const row = csvRows("status.csv").find((r) => r.startsWith("cn-xiangyang,us-carmel-indiana,2024-03,ended-by-one"));
  assert.ok(row && row.includes(ended.href), `${ended.href}`);
  assert.match(ended.rel, /noopener/);
  assert.ok(items.some((i) => i.text.includes("Indiana law bars such ties")), "the state's law");
  // The place's list marks the partner whose tie ended.
  await page.evaluate(() => window.atlas.select("cn-xiangyang"));
  await page.waitForSelector("#details-body .partners");
  const carmel = await page.$eval('#details-body .partners button[data-id="us-carmel-indiana"]', (b) => b.closest("li").textContent);
  assert.match(carmel, /ended 2024-03/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a place lists the events held there: the 2003 meeting in Wuxi, the 2023 conference in Suzhou", async () => {
  const { context, page, errors } = await openSettled(h, "#sel=cn-wuxi", VIEW);
  const events = () =>
    page.$$eval("#details-body ol.life li", (lis) => lis.map((li) => ({ text: li.textContent, href: li.querySelector("a")?.href ?? "" })));
  const wuxi = await events();
  const meeting = wuxi.find((e) => e.text.startsWith("2003-11-06 conference:"));
  assert.ok(meeting, JSON.stringify(wuxi.map((e) => e.text.slice(0, 60))));
  assert.match(meeting.href, /^https?:\/\//);
  const expected = csvRows("events.csv").filter((r) => /(^|[,;])cn-wuxi([,;])/.test(r)).length;
  assert.equal(wuxi.length, expected);
  assert.match(await page.textContent("#details-body h3.life"), new RegExp(`^Events here \\(${expected}\\)$`));
  await page.evaluate(() => window.atlas.select("cn-suzhou"));
  await page.waitForFunction(() => document.querySelector("#details-body h2")?.textContent.startsWith("Suzhou"));
  const suzhou = await events();
  assert.ok(suzhou.some((e) => e.text.startsWith("2023-11-03 conference:") && /^https?:/.test(e.href)), JSON.stringify(suzhou.map((e) => e.text.slice(0, 50))));
  assert.deepEqual(errors, []);
  await context.close();
});
