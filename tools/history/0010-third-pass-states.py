#!/usr/bin/env python3
"""Third pass, last step (2026-11-24): two more province–state ties and a date, from Chinese
provincial news. One-off; asserts if re-run."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_lib import Dataset  # noqa: E402

HENAN_KS = "https://m.liuxuezx.com/article/596751.html"            # Henan news copy, 2021-12
SHAANXI_2019 = "http://www.446dt.com/jiaodian/2019/113218.html"     # Shaanxi Daily 2019-09-21, copy
WYOMING_5 = "https://www.yybnet.net/shanxi/news/202010/10941133.html"  # Xi'an Daily 2020-10-21
NEB_GZ = "http://www.ccdyzl.cn/kouyi/123164_5.shtml"               # Chinese ambassador's speech in Nebraska (copy)
YN_TX = "http://yfao.yn.gov.cn/yhcs1/201510/t20151013_334313.html"    # Yunnan FAO friendship-city page
HLJ_AK = "https://p2.ttnews.xyz/a/5b05986ba395bb5a2b8fcf33?lang=zh-hans"   # Heilongjiang news copy (4th China-US Governors Forum)
GD_2016 = "https://tripcoinc.com/zzzq/gdyw/content/post_3540719.html"   # Guangdong government news 2016-06-29 (copy)
GD_2015 = "http://info.jctrans.net/news/myxw/2015732152061.shtml"   # Guangdong vice-governor 2015-07 (copy)
SC_MI = "https://cc4cc.com/news/view.jsp?id=9062"                    # Sichuan Daily 2015-09-23 (copy)
JX_2016 = "https://www.vodjk.com/news/161120/917724.shtml"          # 3rd China-US Friendship Cities Conference, Nanchang 2016-11-19


def main():
    ds = Dataset()
    if not ds.link("cn-shaanxi", "us-wyoming"):  # first run
        l = ds.link("cn-henan", "us-kansas")
        l.update(date="1981", date_source=HENAN_KS)
        l["sources"] += f";{HENAN_KS}"
        l["note"] += "; Henan news (2021): 早在1981年,河南就与堪萨斯州建立了友好省州关系 — Kansas is Henan's first international friendship tie (40th anniversary 2021)"

        l = ds.link("cn-shaanxi", "us-nebraska")
        l["sources"] += f";{SHAANXI_2019}"
        l["note"] += "; Shaanxi Daily (2019): after Minnesota (1982) Shaanxi developed provincial-level friendship ties with Wyoming and Nebraska"

        ds.add_place(id="us-wyoming", country="US", level="province", name_en="Wyoming", region_en="Wyoming",
                     lat=41.13998, lon=-104.82025, coord_source="geonames (capital Cheyenne)")
        ds.add_link(a="cn-shaanxi", b="us-wyoming", kind="friendship", date="2015", date_source=WYOMING_5,
                    sources=f"{SHAANXI_2019};{WYOMING_5}",
                    note="derived: Xi'an Daily (2020-10-21): 2020 is the 5th anniversary of the Shaanxi – Wyoming tie (陕西省与美国怀俄明州结好5周年); "
                         "Shaanxi Daily (2019) lists Wyoming among Shaanxi's provincial-level international friendship ties")

        ds.add_place(id="cn-guizhou", country="CN", level="province", name_en="Guizhou", name_zh="贵州省",
                     region_en="Guizhou", region_local="贵州省", lat=26.58333, lon=106.71667,
                     coord_source="geonames (capital Guiyang)")
        ds.add_link(a="cn-guizhou", b="us-nebraska", kind="friendship", sources=NEB_GZ,
                    note="Chinese ambassador's speech in Nebraska (c. 2010, bilingual copy): 'The state of Nebraska and Guizhou province of China "
                         "have established sister relations' (内布拉斯加州与中国贵州省结有友好省州关系); no date stated")
    # second run (Kentucky, Utah); third run (Texas, Alaska)
    if not ds.link("cn-jiangxi", "us-kentucky"):
      for pid, en, lat, lon, cap in (("us-kentucky", "Kentucky", 38.20091, -84.87328, "Frankfort"),
                                   ("us-utah", "Utah", 40.76078, -111.89105, "Salt Lake City")):
        ds.add_place(id=pid, country="US", level="province", name_en=en, region_en=en, lat=lat, lon=lon,
                     coord_source=f"geonames (capital {cap})")
        ds.add_link(a="cn-jiangxi", b=pid, kind="friendship", sources=JX_2016,
                    note=f"Jiangxi governor at the 3rd China-US Friendship Cities Conference (Nanchang, 2016-11-19): "
                         f"江西省与肯塔基州、犹他州的友城关系已超过30年 (Jiangxi's ties with Kentucky and Utah are over 30 years old); year not stated")
    if ds.link("cn-yunnan", "us-texas"):  # fourth run (Guangdong – California / Michigan)
        ds.add_place(id="us-california", country="US", level="province", name_en="California", region_en="California",
                     lat=38.58157, lon=-121.4944, coord_source="geonames (capital Sacramento)")
        for b in ("us-california", "us-michigan"):
            ds.add_link(a="cn-guangdong", b=b, kind="friendship", sources=f"{GD_2016};{GD_2015}" if b == "us-california" else GD_2016,
                        note="Guangdong vice-governors at US Independence Day receptions in Guangzhou: 广东先后与美国马萨诸塞州、夏威夷州、"
                             "加利福尼亚州和密歇根州建立了友好省州关系 (2016; the 2015 speech names Hawaii and California); year not stated")
        l = ds.link("cn-sichuan", "us-michigan")
        l["sources"] += f";{SC_MI}"
        l["note"] = "Sichuan Party secretary (Sichuan Daily 2015-09-23): 四川省与密歇根州早在1982年就建立了友好省州关系"
        ds.save()
        return
    ds.add_place(id="cn-yunnan", country="CN", level="province", name_en="Yunnan", name_zh="云南省", region_en="Yunnan",
                 region_local="云南省", lat=25.03889, lon=102.71833, coord_source="geonames (capital Kunming)")
    ds.add_place(id="us-texas", country="US", level="province", name_en="Texas", region_en="Texas",
                 lat=30.26715, lon=-97.74306, coord_source="geonames (capital Austin)")
    ds.add_link(a="cn-yunnan", b="us-texas", kind="friendship", date="1992-09-10", date_source=YN_TX, sources=YN_TX,
                note="Yunnan Foreign Affairs Office: 云南省与得克萨斯州于1992年9月10日正式缔结友好省州关系")
    ds.add_place(id="us-alaska", country="US", level="province", name_en="Alaska", region_en="Alaska",
                 lat=58.30194, lon=-134.41972, coord_source="geonames (capital Juneau)")
    ds.add_link(a="cn-heilongjiang", b="us-alaska", kind="friendship", sources=HLJ_AK,
                note="Heilongjiang governor Wang Wentao at the 4th China-US Governors Forum: Heilongjiang has established friendship "
                     "province-state relations with Alaska and Wisconsin; he and Governor Walker signed a reconfirmation of the "
                     "Heilongjiang – Alaska friendship relationship (Heilongjiang news, copy); founding year not stated")
    ds.save()


if __name__ == "__main__":
    main()
