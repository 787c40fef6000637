// One-off preprocessing of land outlines into data/land.bin (run by hand, not by the build).
//
// Source: Natural Earth 1:50m admin-0 countries (public domain) as TopoJSON in the npm package
// `world-atlas` (countries-50m.json). Setup: `npm install world-atlas@2 topojson-client@3` in a
// scratch folder, then `node tools/land.mjs <that folder>/node_modules data/land.bin`.
//
// What it does: keeps the part of the world the atlas shows (longitudes 40°E…180° and
// 180°…40°W, latitudes 10°S…84°N: all the land there is, so no cut edge shows), clips every ring
// to those two boxes (Natural Earth already cuts rings at the antimeridian, so each box is clipped
// in its own longitude range without wrap-around), moves the western hemisphere by +360° so that
// the Pacific is in the middle, simplifies each ring (Douglas–Peucker, 0.06°), drops rings smaller
// than 0.05 square degrees and writes:
//
//   "LND1", u32 LE ring count, then per ring: u8 country (0 other, 1 CN, 2 JP, 3 KR, 4 US),
//   LEB128 point count, then per point the zig-zag LEB128 deltas of round(lon*50), round(lat*50)
//   (0.02° units; lon in 40…320).
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const [modules, out] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(modules), "x.js"));
const topojson = require("topojson-client");
const world = require("world-atlas/countries-50m.json");
const KIND = { "156": 1, "392": 2, "410": 3, "840": 4 };
const Q = 50;
const TOL = 0.06;
const MIN_AREA = 0.05;

function clip(ring, inside, cross) {
  // Sutherland–Hodgman against one half-plane.
  const outRing = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    const ia = inside(a);
    const ib = inside(b);
    if (ia) outRing.push(a);
    if (ia !== ib) outRing.push(cross(a, b));
  }
  return outRing;
}
function clipBox(ring, [x0, y0, x1, y1]) {
  const lerpX = (x) => (a, b) => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const lerpY = (y) => (a, b) => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  ring = clip(ring, (p) => p[0] >= x0, lerpX(x0));
  ring = clip(ring, (p) => p[0] <= x1, lerpX(x1));
  ring = clip(ring, (p) => p[1] >= y0, lerpY(y0));
  ring = clip(ring, (p) => p[1] <= y1, lerpY(y1));
  return ring;
}
function area(ring) {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(s / 2);
}
function simplify(pts, tol) {
  if (pts.length < 4) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop();
    const [ax, ay] = pts[i];
    const [bx, by] = pts[j];
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy) || 1e-12;
    let best = -1;
    let dmax = 0;
    for (let k = i + 1; k < j; k++) {
      const d = Math.abs(dy * (pts[k][0] - ax) - dx * (pts[k][1] - ay)) / len;
      if (d > dmax) {
        dmax = d;
        best = k;
      }
    }
    if (dmax > tol && best > 0) {
      keep[best] = 1;
      stack.push([i, best], [best, j]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

const bytes = [];
const u8 = (v) => bytes.push(v & 255);
const leb = (v) => {
  do {
    let b = v & 127;
    v >>>= 7;
    if (v) b |= 128;
    u8(b);
  } while (v);
};
const zz = (v) => ((v << 1) ^ (v >> 31)) >>> 0;

let rings = 0;
let points = 0;
const body = [];
for (const f of topojson.feature(world, world.objects.countries).features) {
  const kind = KIND[f.id] ?? 0;
  const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const poly of polys) {
    for (const raw of poly) {
      let ring = raw.slice(0, -1);
      // world-atlas keeps rings that cross the antimeridian whole (Russia's Chukotka): such a ring
      // jumps by ~360° between two vertices. Move its western vertices by +360° so that it is
      // continuous, and clip it once in the 40…320 window; every other ring is clipped in its own
      // hemisphere.
      const crosses = ring.some((p, i) => Math.abs(p[0] - ring[(i + 1) % ring.length][0]) > 180);
      const boxes = crosses
        ? [[[40, -10, 320, 84], 0]]
        : [
            [[40, -10, 180, 84], 0],
            [[-180, -10, -40, 84], 360],
          ];
      if (crosses) ring = ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]);
      for (const [box, shift] of boxes) {
        let r = clipBox(ring, box);
        if (r.length < 3 || area(r) < MIN_AREA) continue;
        r = simplify(r, TOL);
        if (r.length < 3) continue;
        const q = r.map(([x, y]) => [Math.round((x + shift) * Q), Math.round(y * Q)]);
        body.push([kind, q]);
      }
    }
  }
}
// Draw order: other countries first, the four focus countries last.
body.sort((a, b) => a[0] - b[0]);
for (const [kind, q] of body) {
  u8(kind);
  leb(q.length);
  let px = 0;
  let py = 0;
  for (const [x, y] of q) {
    leb(zz(x - px));
    leb(zz(y - py));
    px = x;
    py = y;
  }
  rings++;
  points += q.length;
}
const head = Buffer.alloc(8);
head.write("LND1", 0, "ascii");
head.writeUInt32LE(rings, 4);
writeFileSync(out, Buffer.concat([head, Buffer.from(bytes)]));
console.error(`rings ${rings} points ${points} bytes ${8 + bytes.length}`);
