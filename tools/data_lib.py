#!/usr/bin/env python3
"""Shared helpers for editing data/*.csv (tools/data_apply.py; the archived tools/history/ scripts).

load(name) -> (header, rows as dicts); save(name, header, rows) writes a sorted, UTF-8, LF-terminated
CSV atomically (temp file + rename) so that the files stay valid at all times.
"""

import csv
import io
import os

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")

SORT_KEYS = {
    "places.csv": lambda r: r["id"],
    "links.csv": lambda r: (r["a"], r["b"]),
    "sources.csv": lambda r: r["key"],
    "totals.csv": lambda r: (r["country"], r["as_of"], r["what"]),
}


def path(name):
    return os.path.join(DATA, name)


def load(name):
    with open(path(name), encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f)
        return list(rd.fieldnames), list(rd)


def save(name, header, rows):
    key = SORT_KEYS.get(name)
    if key:
        rows = sorted(rows, key=key)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, lineterminator="\n", extrasaction="raise")
    w.writeheader()
    for r in rows:
        w.writerow({k: (r.get(k) or "") for k in header})
    tmp = path(name) + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    os.replace(tmp, path(name))


class Dataset:
    """places/links in memory with convenience edit helpers; call .save() to write both."""

    def __init__(self):
        self.ph, places = load("places.csv")
        self.lh, self.links = load("links.csv")
        self.places = {p["id"]: p for p in places}

    def link(self, a, b):
        for l in self.links:
            if l["a"] == a and l["b"] == b:
                return l
        return None

    def remove_link(self, a, b):
        l = self.link(a, b)
        assert l, (a, b)
        self.links.remove(l)
        return l

    def add_place(self, **kw):
        assert kw["id"] not in self.places, kw["id"]
        row = {k: "" for k in self.ph}
        row.update({k: str(v) for k, v in kw.items()})
        self.places[row["id"]] = row
        return row

    def add_link(self, **kw):
        assert kw["a"] in self.places and kw["b"] in self.places, kw
        assert not self.link(kw["a"], kw["b"]), kw
        row = {k: "" for k in self.lh}
        row.update({k: str(v) for k, v in kw.items()})
        self.links.append(row)
        return row

    def relink(self, a, b, na=None, nb=None):
        """move link (a,b) to (na or a, nb or b); merges with an existing row."""
        l = self.remove_link(a, b)
        na, nb = na or a, nb or b
        ex = self.link(na, nb)
        if ex:
            srcs = [s for s in ex["sources"].split(";") if s]
            for s in l["sources"].split(";"):
                if s and s not in srcs:
                    srcs.append(s)
            ex["sources"] = ";".join(sorted(srcs))
            if not ex["date"] and l["date"]:
                ex["date"], ex["date_source"] = l["date"], l["date_source"]
            return ex
        l["a"], l["b"] = na, nb
        self.links.append(l)
        return l

    def prune_places(self):
        used = {l["a"] for l in self.links} | {l["b"] for l in self.links}
        gone = [pid for pid in self.places if pid not in used]
        for pid in gone:
            del self.places[pid]
        return gone

    def save(self):
        save("places.csv", self.ph, list(self.places.values()))
        save("links.csv", self.lh, self.links)
