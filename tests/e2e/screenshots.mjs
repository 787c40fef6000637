// Screenshot comparison: a page's pixels against a committed reference PNG, with a small
// tolerance for anti-aliasing noise. A mismatch writes the actual picture and a diff image to
// tests/e2e/out/ and fails; `UPDATE_SCREENSHOTS=1` accepts the actual pictures as references
// (review them first: they are what the tests will hold the page to).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { root } from "./harness.mjs";

const require = createRequire(path.join(root, "tools", "package.json"));
export const { PNG } = require("pngjs");

export const referenceDir = path.join(root, "tests", "e2e", "reference");
const outDir = path.join(root, "tests", "e2e", "out");

/**
 * Compares two decoded PNGs: a pixel differs when a channel differs by more than `threshold`
 * (0–255). Returns the number of differing pixels and a diff image (differences red, the rest a
 * faded copy of the reference).
 */
export function compare(ref, actual, threshold) {
  if (ref.width !== actual.width || ref.height !== actual.height) {
    return { differing: ref.width * ref.height, diff: null };
  }
  const diff = new PNG({ width: ref.width, height: ref.height });
  let differing = 0;
  for (let i = 0; i < ref.data.length; i += 4) {
    let d = 0;
    for (let c = 0; c < 4; c++) d = Math.max(d, Math.abs(ref.data[i + c] - actual.data[i + c]));
    const grey = 255 - (255 - (ref.data[i] + ref.data[i + 1] + ref.data[i + 2]) / 3) * 0.25;
    const hit = d > threshold;
    if (hit) differing++;
    diff.data[i] = hit ? 230 : grey;
    diff.data[i + 1] = hit ? 0 : grey;
    diff.data[i + 2] = hit ? 0 : grey;
    diff.data[i + 3] = 255;
  }
  return { differing, diff };
}

/**
 * Checks a screenshot of `page` against reference `name`. At most `maxDiffRatio` of the pixels
 * may differ by more than `threshold` in a channel.
 */
export async function expectScreenshot(page, name, { maxDiffRatio = 0.001, threshold = 32 } = {}) {
  const buf = await page.screenshot();
  const refPath = path.join(referenceDir, `${name}.png`);
  if (process.env.UPDATE_SCREENSHOTS) {
    mkdirSync(referenceDir, { recursive: true });
    writeFileSync(refPath, buf);
    return { ratio: 0 };
  }
  if (!existsSync(refPath)) {
    throw new Error(`no reference ${path.relative(root, refPath)}: run the tests with UPDATE_SCREENSHOTS=1 and review it`);
  }
  const ref = PNG.sync.read(readFileSync(refPath));
  const actual = PNG.sync.read(buf);
  const { differing, diff } = compare(ref, actual, threshold);
  const ratio = differing / (ref.width * ref.height);
  if (differing > 0) console.log(`screenshot "${name}": ${differing} pixels differ from the reference (${(ratio * 100).toFixed(4)} %)`);
  if (ratio > maxDiffRatio) {
    mkdirSync(outDir, { recursive: true });
    const actualPath = path.join(outDir, `${name}.actual.png`);
    writeFileSync(actualPath, buf);
    let where = `actual: ${path.relative(root, actualPath)}`;
    if (diff) {
      const diffPath = path.join(outDir, `${name}.diff.png`);
      writeFileSync(diffPath, PNG.sync.write(diff));
      where += `, diff: ${path.relative(root, diffPath)}`;
    } else {
      where += ` (size ${actual.width}×${actual.height}, reference ${ref.width}×${ref.height})`;
    }
    throw new Error(
      `screenshot "${name}" differs from its reference in ${differing} pixels (${(ratio * 100).toFixed(3)} %, at most ${(maxDiffRatio * 100).toFixed(3)} % allowed); ${where}`,
    );
  }
  return { ratio };
}
