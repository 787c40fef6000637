// Builds the sigma.js peer page: `node bench/peer/build.mjs` → bench/peer/dist/{peer.js,index.html}.
// The real network (data/places.csv + data/links.csv) is read here, projected exactly like the
// atlas (src/geo.rs) and embedded into the bundle, so the page makes no data request.
import { build } from "esbuild";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..", "..");
const dist = path.join(here, "dist");

/** RFC 4180 CSV: quoted fields may hold commas, newlines and "" escapes. Returns rows of strings. */
export function parseCsv(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += c;
      i += 1;
      continue;
    }
    if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += c;
    }
    i += 1;
  }
  if (quoted) throw new Error("CSV: unterminated quoted field");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ""));
}

/** Rows → objects keyed by the header row. */
function records(text, file) {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r, k) => {
    if (r.length !== header.length) throw new Error(`${file}: row ${k + 2} has ${r.length} fields, header has ${header.length}`);
    return Object.fromEntries(header.map((h, j) => [h, r[j]]));
  });
}

const KX = Math.cos((35 * Math.PI) / 180);
/** The atlas's projection (src/geo.rs `project`): x east from the 180th meridian, y southward. */
export function project(lat, lon) {
  return [((((lon % 360) + 360) % 360) - 180) * KX, -lat];
}

export async function loadNetwork() {
  const places = records(await readFile(path.join(repo, "data", "places.csv"), "utf8"), "places.csv");
  const links = records(await readFile(path.join(repo, "data", "links.csv"), "utf8"), "links.csv");
  const ids = [];
  const country = [];
  const names = [];
  const xy = [];
  const index = new Map();
  let skippedPlaces = 0;
  for (const p of places) {
    if (p.lat.trim() === "" || p.lon.trim() === "") {
      skippedPlaces += 1;
      continue;
    }
    const lat = Number(p.lat);
    const lon = Number(p.lon);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) throw new Error(`places.csv: bad coordinates for ${p.id}`);
    const [x, y] = project(lat, lon);
    index.set(p.id, ids.length);
    ids.push(p.id);
    country.push(p.country);
    names.push(p.name_en || p.id);
    // Rounded to 1e-6 degree-ish units to keep the bundle small; far below a pixel at any zoom.
    xy.push(Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6);
  }
  const pairs = [];
  let skippedLinks = 0;
  for (const l of links) {
    const a = index.get(l.a);
    const b = index.get(l.b);
    if (a === undefined || b === undefined) {
      skippedLinks += 1;
      continue;
    }
    pairs.push(a, b);
  }
  return { ids, country, names, xy, links: pairs, skippedPlaces, skippedLinks };
}

async function main() {
  const net = await loadNetwork();
  const { skippedPlaces, skippedLinks, ...data } = net;
  await mkdir(dist, { recursive: true });
  const networkPlugin = {
    name: "network",
    setup(b) {
      b.onResolve({ filter: /^virtual:network$/ }, (args) => ({ path: args.path, namespace: "network" }));
      b.onLoad({ filter: /.*/, namespace: "network" }, () => ({ contents: JSON.stringify(data), loader: "json" }));
    },
  };
  const result = await build({
    entryPoints: [path.join(here, "src", "main.js")],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    platform: "browser",
    outfile: path.join(dist, "peer.js"),
    plugins: [networkPlugin],
    legalComments: "none",
    logLevel: "warning",
    metafile: true,
  });
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Sister-city ties · sigma.js peer (benchmark)</title>
<style>
html, body { margin: 0; height: 100%; overflow: hidden; background: #e9f0f5; }
#graph { position: fixed; inset: 0; }
</style>
</head>
<body>
<div id="graph"></div>
<script type="module" src="./peer.js"></script>
</body>
</html>
`;
  await writeFile(path.join(dist, "index.html"), html);
  const bytes = Object.values(result.metafile.outputs).reduce((s, o) => s + o.bytes, 0);
  console.log(
    `peer: ${data.ids.length} places, ${data.links.length / 2} links` +
      ` (skipped ${skippedPlaces} places without coordinates, ${skippedLinks} links touching them);` +
      ` dist/peer.js ${(bytes / 1024).toFixed(1)} KiB`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
