#!/usr/bin/env python3
"""One-off (second review pass): sistercity.info files the ties of Suzhou's county-level cities and districts
under "Suzhou"; merge those rows into the sub-unit rows that Wikipedia gives, note the rest, drop the
Luoyang – "Wisconsin" artefact, and log it in data/CHANGELOG.md. Refuses to run twice."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_lib import Dataset, DATA

ds = Dataset()
if not ds.link("cn-suzhou", "jp-ayabe"):
    sys.exit("already applied")
MOVE = {"jp-ayabe": "cn-changshu", "jp-satsumasendai": "cn-changshu", "us-whittier": "cn-changshu",
        "us-south-el-monte": "cn-kunshan", "jp-chiba": "cn-suzhou-wujiang", "kr-hwaseong-gyeonggi": "cn-suzhou-wujiang",
        "jp-marugame": "cn-zhangjiagang"}
done = []
for b, a in MOVE.items():
    assert ds.link(a, b) or a == "cn-zhangjiagang", (a, b)
    l = ds.relink("cn-suzhou", b, na=a)
    done.append(f"{ds.places[a]['name_en']} – {ds.places[b]['name_en']}")
for l in ds.links:
    if l["a"] == "cn-suzhou" and l["sources"] == "sistercity-info" and not l["note"]:
        l["note"] = ("only in sistercity.info's Suzhou list, which also holds the ties of Suzhou's county-level cities "
                     "and districts: the Chinese partner may be one of them")
ds.remove_link("cn-luoyang", "us-wisconsin")
gone = ds.prune_places()
ds.save()
cl = os.path.join(DATA, "CHANGELOG.md")
text = open(cl, encoding="utf-8").read()
head, rest = text.split("## ", 1)
entry = ("## 2026-11-23 — Suzhou sub-units (tools/data_fix_subunits.py)\n\n### corrected\n\n"
         "- sistercity.info's \"Suzhou\" list merges the ties of Suzhou's county-level cities and districts; where "
         "Wikipedia names the sub-unit, the Suzhou row was merged into it (duplicate across spellings): "
         + "; ".join(done) + ". The remaining Suzhou rows that only sistercity.info gives carry a note.\n\n"
         "### removed\n\n- Luoyang – Wisconsin (state): sistercity.info lists both \"La Crosse, Wisconsin\" and "
         "\"Wisconsin\" for Luoyang; the second is a parsing artefact of the first (Wisconsin's sister province is "
         "Heilongjiang). Kept: Luoyang – La Crosse.\n"
         + ("- Places no longer used: " + ", ".join(gone) + ".\n" if gone else "") + "\n")
tmp = cl + ".tmp"
open(tmp, "w", encoding="utf-8").write(head + entry + "## " + rest)
os.replace(tmp, cl)
print(done, gone)
