#!/usr/bin/env python3
"""Second dating pass: apply dated evidence (date + URL that states it) to data/links.csv.

Usage: python3 tools/data_dates2_apply.py
Evidence rows live in 0007-dates-second-pass-evidence.py as DATES = [(a, b, date, url, kind, note), ...].
A date is written only where the link has none (or refines the same year/month); where the link already
has a different date, the new one is recorded in `note` as "also cited". kind is filled only when empty.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_lib import Dataset  # noqa: E402
from data_dates2_evidence import DATES  # noqa: E402


def main():
    ds = Dataset()
    n_set, missing, conflicts = 0, [], 0
    for a, b, date, url, kind, note in DATES:
        l = ds.link(a, b)
        if not l:
            missing.append((a, b, date))
            continue
        if kind and not l["kind"]:
            l["kind"] = kind
        if not date:
            if note and note not in l["note"]:
                l["note"] = (l["note"] + "; " if l["note"] else "") + note
            continue
        if not l["date"]:
            l["date"], l["date_source"] = date, url
            if note and note not in l["note"]:
                l["note"] = (l["note"] + "; " if l["note"] else "") + note
            n_set += 1
        elif l["date"] != date and not l["date"].startswith(date) and not date.startswith(l["date"]):
            extra = f"also cited: {date} ({url})"
            if extra not in l["note"]:
                l["note"] = (l["note"] + "; " if l["note"] else "") + extra
                conflicts += 1
        elif len(date) > len(l["date"]) and date.startswith(l["date"]):
            l["date"], l["date_source"] = date, url
            n_set += 1
    ds.save()
    print(f"dates set/refined {n_set}, conflicts noted {conflicts}, not in links: {missing}")


if __name__ == "__main__":
    main()
