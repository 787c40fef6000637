#!/usr/bin/env python3
"""One-off bootstrap of the project's dataset (data/places.csv, data/links.csv).

Reads the reviewed-input tables in ../shared/data-sources (pairs.csv, years/years.csv and the
Japanese gazetteer for kana readings) and writes facts only (names, levels, coordinates, years
with their citation URLs, provenance keys) in the project's own schema (see data/README.md).

After the bootstrap, data/*.csv is the source of truth and is curated by hand; re-running this
script overwrites that curation, so it refuses to run when data/links.csv exists unless --force.

Usage: python3 tools/bootstrap_dataset.py [--shared ../shared/data-sources] [--force]
"""

import argparse
import csv
import os
import re
import sys
import unicodedata

COUNTRIES = ("CN", "JP", "KR", "US")

# Source keys of pairs.csv -> keys of data/sources.csv
SOURCE_KEYS = {"wp-hekman": "wikipedia", "sci-pnadel": "sistercity-info", "web-excerpt": "web"}


def slug(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text


def cn_level(level, name_zh):
    return {
        "province": "province",
        "municipality": "municipality",
        "city": "city",
        "county-level city": "county-city",
        "county": "county",
        "district": "district",
        "prefecture": "city",  # autonomous prefecture: prefecture-level unit
        "zone": "district",
    }.get(level, "city" if name_zh.endswith("市") else "district")


def partner_level(country, level, local):
    if country == "JP":
        if level == "prefecture" or local[-1:] in ("県", "府", "都", "道") and level != "city":
            return "province"
        if local.endswith("区") or level == "ward":
            return "district"
        if local.endswith(("町", "村")) or level == "town":
            return "town"
        return "city"
    if country == "KR":
        if local.endswith(("특별시", "광역시")) or level == "metropolitan city":
            return "municipality"
        if local.endswith("도") and level not in ("city", "city/county"):
            return "province"
        if local.endswith("구") or level == "district":
            return "district"
        if local.endswith("군") or level == "county":
            return "county"
        return "city"
    # US
    return {"state": "province", "county": "county", "township": "town"}.get(level, "city")


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared", "data-sources"))
    ap.add_argument("--out", default=os.path.join(here, "..", "data"))
    ap.add_argument("--force", action="store_true")
    a = ap.parse_args()
    links_path = os.path.join(a.out, "links.csv")
    if os.path.exists(links_path) and not a.force:
        sys.exit("data/links.csv exists and is curated by hand; pass --force to overwrite")

    pairs = list(csv.DictReader(open(os.path.join(a.shared, "pairs.csv"), encoding="utf-8")))
    years = list(csv.DictReader(open(os.path.join(a.shared, "years", "years.csv"), encoding="utf-8")))
    kana = {}
    gaz = os.path.join(a.shared, "raw", "code4fukui_localgovjp", "localgovjp-utf8.csv")
    for row in csv.DictReader(open(gaz, encoding="utf-8-sig")):
        kana[(row["pref"], row["city"])] = row["citykana"].replace(" ", "")
    prefs = {}
    for row in csv.DictReader(
        open(os.path.join(a.shared, "raw", "code4fukui_localgovjp", "prefjp-utf8.csv"), encoding="utf-8-sig")
    ):
        prefs[row["pref_en"]] = (row["pref"], row["prefkana"])

    places = {}  # key -> dict
    ids = set()

    def place_id(country, region, name_en):
        base = f"{country.lower()}-{slug(name_en) or 'x'}"
        if base not in ids:
            return base
        return f"{base}-{slug(region) or 'x'}"

    def add_place(key, row):
        if key in places:
            return places[key]["id"]
        pid = place_id(row["country"], row["region_en"], row["name_en"])
        n = 2
        while pid in ids:
            pid = f"{place_id(row['country'], row['region_en'], row['name_en'])}-{n}"
            n += 1
        ids.add(pid)
        row["id"] = pid
        places[key] = row
        return pid

    links = []
    for p in pairs:
        ck = ("CN", p["china_name_zh"] or p["china_name_en"], p["china_province_en"])
        cid = add_place(
            ck,
            {
                "country": "CN",
                "level": cn_level(p["china_level"], p["china_name_zh"]),
                "name_en": p["china_name_en"],
                "name_zh": p["china_name_zh"],
                "name_ja": "",
                "name_kana": "",
                "name_ko": "",
                "region_en": p["china_province_en"],
                "lat": p["china_lat"],
                "lon": p["china_lon"],
                "coord_source": p["china_coord_source"],
            },
        )
        country = p["partner_country"]
        local = p["partner_name_local"]
        pk = (country, local or p["partner_name_en"], p["partner_region"])
        lvl = partner_level(country, p["partner_level"], local)
        ja = local if country == "JP" else ""
        kn = ""
        if country == "JP":
            pref_ja = prefs.get(p["partner_region"], ("", ""))[0]
            kn = kana.get((pref_ja, local), "")
            if lvl == "province":
                kn = prefs.get(p["partner_region"], ("", ""))[1]
        bid = add_place(
            pk,
            {
                "country": country,
                "level": lvl,
                "name_en": p["partner_name_en"],
                "name_zh": "",
                "name_ja": ja,
                "name_kana": kn,
                "name_ko": local if country == "KR" else "",
                "region_en": p["partner_region"],
                "lat": p["partner_lat"],
                "lon": p["partner_lon"],
                "coord_source": p["partner_coord_source"],
            },
        )
        srcs = sorted({SOURCE_KEYS.get(s, s) for s in p["source"].split(";") if s})
        links.append(
            {
                "a": cid,
                "b": bid,
                "cn_zh": p["china_name_zh"],
                "country": country,
                "p_local": local,
                "p_en": p["partner_name_en"],
                "sources": ";".join(srcs),
                "review": p["notes"],
            }
        )

    # Dates: earliest cited date per pair; other dates (re-signings, conflicts) noted.
    by_local, by_en = {}, {}
    for y in years:
        if "not in pairs" in y["note"]:
            continue
        loc = y["partner_name_local"]
        if loc:
            by_local.setdefault((y["china_name_zh"], y["partner_country"], loc), []).append(y)
        by_en.setdefault((y["china_name_zh"], y["partner_country"], y["partner_name_en"]), []).append(y)
    dated = 0
    for ln in links:
        ev = by_local.get((ln["cn_zh"], ln["country"], ln["p_local"])) if ln["p_local"] else None
        if not ev:
            ev = by_en.get((ln["cn_zh"], ln["country"], ln["p_en"]), [])
        ln["date"] = ln["date_source"] = ln["date_note"] = ""
        if ev:
            ev = sorted(ev, key=lambda y: (y["date"], y["url"] == "", y["url"]))
            best = next((y for y in ev if y["url"] and not y["url"].startswith("(")), None)
            if best is None:
                continue
            ln["date"] = best["date"]
            ln["date_source"] = best["url"]
            others = sorted({y["date"] for y in ev if y["date"][:4] != best["date"][:4]})
            note = best["note"].split(":")[0] if best["note"].startswith("derived") else ""
            if others:
                note = (note + "; " if note else "") + "other dates cited: " + ", ".join(others)
            ln["date_note"] = note
            dated += 1

    os.makedirs(a.out, exist_ok=True)
    pcols = ["id", "country", "level", "name_en", "name_zh", "name_ja", "name_kana", "name_ko",
             "region_en", "region_local", "lat", "lon", "coord_source"]
    with open(os.path.join(a.out, "places.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=pcols, lineterminator="\n")
        w.writeheader()
        for row in sorted(places.values(), key=lambda r: r["id"]):
            w.writerow({k: row[k] for k in pcols})
    lcols = ["a", "b", "kind", "date", "date_source", "sources", "note"]
    links.sort(key=lambda r: (r["a"], r["b"]))
    seen = set()
    with open(links_path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=lcols, lineterminator="\n")
        w.writeheader()
        for ln in links:
            if (ln["a"], ln["b"]) in seen:
                print("duplicate pair skipped:", ln["a"], ln["b"], file=sys.stderr)
                continue
            seen.add((ln["a"], ln["b"]))
            note = "; ".join(x for x in (ln["date_note"], ("review: " + ln["review"]) if ln["review"] else "") if x)
            w.writerow({"a": ln["a"], "b": ln["b"], "kind": "", "date": ln["date"],
                        "date_source": ln["date_source"], "sources": ln["sources"], "note": note})
    print(f"places {len(places)}  links {len(seen)}  dated {dated}", file=sys.stderr)


if __name__ == "__main__":
    main()
