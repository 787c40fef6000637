#!/usr/bin/env python3
"""Apply a batch of evidence to data/places.csv and data/links.csv, idempotently.

Usage: python3 tools/data_apply.py data/evidence/BATCH [--dry-run]

A batch is a folder with `links.csv` (the columns of data/links.csv) and, when it brings new
places, `places.csv` (the columns of data/places.csv). Applying a batch a second time changes
nothing. For each row:

- places.csv: a place whose id is new is added; an existing id is left as it is (a row that
  differs from it is reported, never merged silently).
- links.csv, a new pair (a, b): the tie is added as given (its places must exist).
- links.csv, an existing pair: an empty `kind` is filled; `sources` entries are added; an empty
  date is set with its `date_source`; a more precise date of the same year (or month) replaces
  the date; a different date is kept in `note` as "also cited: DATE (URL)"; the batch's note is
  appended unless the row already says it. A `kind` that differs from the row's is reported.

Then check the result with the rulebook and rewrite the README tables:
    cargo test --test data && UPDATE_README=1 cargo test --test data
and say what the batch did in data/CHANGELOG.md.
"""

import argparse
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_lib import Dataset  # noqa: E402


def read(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def add_note(row, text):
    if text and text not in row["note"]:
        row["note"] = f"{row['note']}; {text}" if row["note"] else text
        return True
    return False


def apply(ds, places, links, report):
    changed = 0
    for p in places:
        have = ds.places.get(p["id"])
        if have is None:
            ds.add_place(**{k: p.get(k, "") for k in ds.ph})
            report.append(f"place added: {p['id']}")
            changed += 1
        elif any(p.get(k, "") not in ("", have[k]) for k in ds.ph):
            report.append(f"place {p['id']} exists and differs from the batch: left as it is")
    for e in links:
        a, b = e["a"], e["b"]
        row = ds.link(a, b)
        if row is None:
            if a not in ds.places or b not in ds.places:
                report.append(f"tie {a} – {b}: unknown place, not added")
                continue
            ds.add_link(**{k: e.get(k, "") for k in ds.lh})
            report.append(f"tie added: {a} – {b}")
            changed += 1
            continue
        before = dict(row)
        if e.get("kind") and not row["kind"]:
            row["kind"] = e["kind"]
        elif e.get("kind") and e["kind"] != row["kind"]:
            report.append(f"tie {a} – {b}: the batch says {e['kind']}, the data {row['kind']}: kept")
        have = [s for s in row["sources"].split(";") if s]
        for s in (e.get("sources") or "").split(";"):
            if s and s not in have:
                have.append(s)
        row["sources"] = ";".join(have)
        date, url = e.get("date", ""), e.get("date_source", "")
        if date:
            old = row["date"]
            if not old:
                row["date"], row["date_source"] = date, url
            elif date != old and date.startswith(old):
                row["date"], row["date_source"] = date, url  # more precise, same year or month
            elif date != old and not old.startswith(date):
                add_note(row, f"also cited: {date} ({url})")
        add_note(row, e.get("note", ""))
        if row != before:
            report.append(f"tie updated: {a} – {b}")
            changed += 1
    return changed


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("batch", help="a folder with links.csv and optionally places.csv")
    ap.add_argument("--dry-run", action="store_true", help="report, write nothing")
    args = ap.parse_args()
    ds = Dataset()
    report = []
    n = apply(ds, read(os.path.join(args.batch, "places.csv")), read(os.path.join(args.batch, "links.csv")), report)
    for line in report:
        print(line)
    print(f"{n} rows changed")
    if n and not args.dry_run:
        ds.save()


if __name__ == "__main__":
    main()
