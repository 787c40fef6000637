// The dataset as the tests read it, straight from data/*.csv (RFC 4180), to count what the
// page should show without asking the page.
import { readFileSync } from "node:fs";
import path from "node:path";
import { root } from "./harness.mjs";

export function readCsv(name) {
  const [head, ...body] = parseCsv(readFileSync(path.join(root, "data", name), "utf8"));
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ""])));
}

/** The records of CSV text (RFC 4180; CRLF or LF line ends). */
export function parseCsv(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n") { row.push(field); rows.push(row); row = []; field = ""; }
    else if (c === "\r" && text[i + 1] === "\n") continue;
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const TIER = { province: "province", municipality: "province", city: "city", "county-city": "city", county: "city", town: "city", district: "district" };

/** Every tie with what the filters look at: partner country, the tier of each side, kind, year. */
export function ties() {
  const places = new Map(readCsv("places.csv").map((p) => [p.id, p]));
  return readCsv("links.csv").map((l) => {
    const a = places.get(l.a), b = places.get(l.b);
    return {
      a: l.a, b: l.b, country: b.country, tier: TIER[a.level], partnerTier: TIER[b.level],
      kind: l.kind || "unstated", year: l.date ? Number(l.date.slice(0, 4)) : null,
    };
  });
}
