#!/usr/bin/env python3
"""Fill the `primary` column of data/links.csv: for each tie, the first of its pages (the date's
page, then its sources) that is a primary source, where it has one.

Usage: python3 tools/data_primary.py [--dry-run]

A primary source is a page of either side's government (a city, county, ward, prefecture,
province or state, or a national government, its ministries and consulates), a national registry
of ties (CLAIR for Japan, CPAFFC for China), or a report by a government news outlet (Xinhua,
People's Daily, China Daily, China Radio International, China.org.cn, China News Service, Beijing
Review, China Today; Korea.kr). It is recognised by its host:

- government hosts: `*.gov`, `*.gov.XX`, `*.go.kr`, `*.go.jp`, `*.lg.jp`, Japanese municipal and
  prefectural hosts (`city.*.jp`, `town.*.jp`, `vill.*.jp`, `pref.*.jp`, with a `www`-like
  prefix), US city hosts under `ci.*.us` and `*.state.XX.us`, and Chinese consulates
  (`*.china-consulate.org`);
- registries: `clair.or.jp`, `cpaffc.org.cn`;
- government news: the outlets above (`xinhuanet.com`, `news.cn`, `people.cn`, `people.com.cn`,
  `chinadaily.com.cn`, `cri.cn`, `china.org.cn`, `chinanews.com`, `ecns.cn`,
  `beijingreview.com.cn`, `peopleschina.com`, `korea.kr`).

Cached copies (`*.cache.yimg.jp`, `archive.*`, `web.archive.org`) and mirrors are not primary,
even of a government page. A page the curators name as primary in an evidence batch but whose
host is not recognised (a city's own site under a `.org` or `.com` name) is kept by
`PRIMARY_PAGES` below, each with the batch that says what it is.

A `primary` already set is kept; the tool fills only empty ones, so it can be run after each
batch. Then `cargo test --test data` checks that every `primary` is one of the tie's pages.
"""

import argparse
import os
import re
import sys
from urllib.parse import urlparse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_lib import load, save  # noqa: E402

GOVERNMENT = [
    r"(^|\.)gov$",
    r"(^|\.)gov\.[a-z]{2}$",
    r"(^|\.)go\.kr$",
    r"(^|\.)go\.jp$",
    r"(^|\.)lg\.jp$",
    r"^(www\d?\.|web\.|photo\.|db\.)?(city|town|vill|pref)\.[a-z0-9.-]+\.jp$",
    r"^ci\.[a-z0-9-]+\.[a-z]{2}\.us$",
    r"\.state\.[a-z]{2}\.us$",
    r"(^|\.)china-consulate\.org$",
]
REGISTRIES = [r"(^|\.)clair\.or\.jp$", r"(^|\.)cpaffc\.org\.cn$"]
GOVERNMENT_NEWS = [
    r"(^|\.)xinhuanet\.com$",
    r"(^|\.)news\.cn$",
    r"(^|\.)people\.cn$",
    r"(^|\.)people\.com\.cn$",
    r"(^|\.)chinadaily\.com\.cn$",
    r"(^|\.)cri\.cn$",
    r"(^|\.)china\.org\.cn$",
    r"(^|\.)chinanews\.com$",
    r"(^|\.)ecns\.cn$",
    r"(^|\.)beijingreview\.com\.cn$",
    r"(^|\.)peopleschina\.com$",
    r"(^|\.)korea\.kr$",
]
COPIES = [r"\.cache\.yimg\.jp$", r"^archive\.", r"^web\.archive\.org$"]

# Pages a reviewed evidence batch names as the city's own, on hosts the rules above miss.
PRIMARY_PAGES = {
    # evidence/2026-12-04-primary-us: city pages on .org/.com hosts
    "http://www.cityofdubuque.org/1669/Sister-City-Relationships",
    "https://whittierprcs.org/about-us/cultural-arts/sister-city",
}


def kind_of(url):
    """'government', 'registry', 'news' or None for a page's host."""
    host = (urlparse(url).hostname or "").lower()
    if not host or any(re.search(p, host) for p in COPIES):
        return None
    for kind, rules in (
        ("government", GOVERNMENT),
        ("registry", REGISTRIES),
        ("news", GOVERNMENT_NEWS),
    ):
        if any(re.search(p, host) for p in rules):
            return kind
    return "government" if url in PRIMARY_PAGES else None


def pages(row):
    """The tie's pages: the date's page first, then its sources, each once."""
    out = []
    for u in [row["date_source"]] + row["sources"].split(";"):
        u = u.strip()
        if u.startswith(("http://", "https://")) and u not in out:
            out.append(u)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    header, links = load("links.csv")
    if "primary" not in header:
        header.insert(header.index("sources") + 1, "primary")
    filled = 0
    for row in links:
        row.setdefault("primary", "")
        if row["primary"]:
            continue
        found = next((u for u in pages(row) if kind_of(u)), "")
        if found:
            row["primary"] = found
            filled += 1
    with_primary = sum(1 for r in links if r["primary"])
    print(f"{filled} filled; {with_primary} of {len(links)} ties have a primary source")
    if not args.dry_run:
        save("links.csv", header, links)


if __name__ == "__main__":
    main()
