#!/usr/bin/env python3
"""Follow-up to data_fix3_resolve.py (2026-11-24): better source for Morton – Tiantai and one more
China–US tie (Pontiac, Illinois – Hua County, Henan). One-off; asserts if re-run."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_lib import Dataset  # noqa: E402

PJSTAR = "http://blogs.pjstar.com/wordonweb/2011/09/20/strengthening-a-link-between-morton-and-china/"
PEORIAN = "https://www.peorian.com/news/news/politics/119-morton-continues-striving-for-globalization"
PONTIAC = "http://www.pontiacdailyleader.com/news/20170811/hua-pontiac-officials-sign-friendship-agreement"


def main():
    ds = Dataset()
    l = ds.link("cn-tiantai", "us-morton")
    l["sources"] += f";{PJSTAR};{PEORIAN}"
    l["note"] = ("Morton, Illinois (village): trustees signed a proclamation establishing the Sister City relationship with Tiantai, "
                 "home of Yinlun Machinery, and the mayor was to ratify it in Tiantai during the September 2011 Illinois trade mission "
                 "(The Peorian; Peoria Journal Star blog 2011-09-20); also listed as 'Morton-Tiantai' in the Illinois governor's article "
                 "on Changzhou's English government site (copy)")
    l = ds.link("cn-jiaxing", "us-quincy")
    l["note"] = ("Quincy, Illinois: 'Quincy-Jiaxing' is named among Illinois' 10 sister cities with China in the Illinois governor's "
                 "article on Changzhou's English government site (the cited page is a mirror copy); no founding date found")

    ds.add_place(id="cn-hua-county", country="CN", level="county", name_en="Hua County", name_zh="滑县",
                 region_en="Henan", region_local="河南省", lat=35.56389, lon=114.50583,
                 coord_source="geonames (Huaxian, county seat)")
    ds.add_place(id="us-pontiac", country="US", level="city", name_en="Pontiac", region_en="Illinois",
                 lat=40.88087, lon=-88.62978, coord_source="geonames")
    ds.add_link(a="cn-hua-county", b="us-pontiac", kind="friendship", date="2017-08", date_source=PONTIAC,
                sources=PONTIAC,
                note="Pontiac, Illinois – County of Hua, Henan: Friendship City Agreement; the Hua delegation led by its mayor "
                     "visited Pontiac on the Thursday before the 2017-08-11 article (Pontiac Daily Leader)")
    ds.save()


if __name__ == "__main__":
    main()
