// Minifies the JavaScript of the release page in dist/ (the wasm-bindgen glue, which Trunk's own
// minifier cannot parse) with esbuild, and updates the file's subresource-integrity hash in
// dist/index.html to match. Run by `tools/atlas.sh` after `trunk build`.
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, "..", process.argv[2] ?? "dist");
const { transformSync } = createRequire(path.join(here, "package.json"))("esbuild");

const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const htmlPath = path.join(dist, "index.html");
let html = readFileSync(htmlPath, "utf8");
for (const file of readdirSync(dist).filter((f) => f.endsWith(".js"))) {
  const p = path.join(dist, file);
  const before = readFileSync(p);
  const { code } = transformSync(before.toString("utf8"), { minify: true, format: "esm", target: "es2020" });
  writeFileSync(p, code);
  const old = sri(before);
  if (html.includes(old)) html = html.replaceAll(old, sri(Buffer.from(code)));
  else if (html.includes(file)) throw new Error(`${file}: index.html has no integrity hash of its content to update`);
  console.log(`  minified ${file}: ${before.length} → ${code.length} bytes`);
}
writeFileSync(htmlPath, html);
