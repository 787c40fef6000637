#!/usr/bin/env python3
"""One-off structural review of the bootstrapped dataset (first review pass).

Resolves every `review:` note of data/links.csv (keep with evidence / correct / remove), fixes
places geocoded outside their own region, fills region_local and Korean names, and appends what was
done to data/CHANGELOG.md. Already applied to data/ on 2026-11-23; re-running it refuses (it checks
for a marker place that it removes).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_lib import Dataset, DATA  # noqa: E402
from data_check import REGIONS  # noqa: E402

ds = Dataset()
if "cn-tianjin-free-trade-zone" not in ds.places:
    sys.exit("already applied")

log = []  # (kind, text)
P = ds.places


def note(a, b, text, **kw):
    l = ds.link(a, b)
    assert l, (a, b)
    l["note"] = text
    l.update({k: str(v) for k, v in kw.items()})
    return l


def setp(pid, **kw):
    P[pid].update({k: str(v) for k, v in kw.items()})


# ---------------------------------------------------------------- corrections of partners
# Anqing's partner is Ibaraki City (茨木市, Osaka), not Ibaraki town (茨城町, Ibaraki).
ds.add_place(id="jp-ibaraki-osaka", country="JP", level="city", name_en="Ibaraki", name_ja="茨木市",
             name_kana="いばらきし", region_en="Osaka", lat=34.81638889, lon=135.5686111, coord_source="localgovjp")
ds.relink("cn-anqing", "jp-ibaraki", nb="jp-ibaraki-osaka")
note("cn-anqing", "jp-ibaraki-osaka", "")
log.append(("corrected", "Anqing – Ibaraki: the partner is Ibaraki City (茨木市, Osaka), not Ibaraki town (茨城町, Ibaraki Prefecture) that the name match had picked."))

# Dujiangyan's ties with Chūō and Shōwa are the Yamanashi ones (former Nakakoma district).
ds.add_place(id="jp-chuo-yamanashi", country="JP", level="city", name_en="Chūō", name_ja="中央市",
             name_kana="ちゅうおうし", region_en="Yamanashi", lat=35.59972222, lon=138.5172222, coord_source="localgovjp")
ds.relink("cn-dujiangyan", "jp-chuo", nb="jp-chuo-yamanashi")
setp("jp-showa", level="town", name_en="Shōwa", name_ja="昭和町", name_kana="しょうわちょう", region_en="Yamanashi",
     lat=35.62805556, lon=138.535, coord_source="localgovjp")
MA = "https://www.city.minami-alps.yamanashi.jp/docs/1914.html"
for b in ("jp-chuo-yamanashi", "jp-showa"):
    note("cn-dujiangyan", b, "friendship tie signed 1994-06-12 by the 11 towns and villages of Nakakoma district (中巨摩郡), "
         "now Minami-Alps, Kai, Chūō and Shōwa (Minami-Alps city page)", kind="friendship", date="1994-06-12", date_source=MA)
log.append(("corrected", "Dujiangyan – Chūō: the partner is Chūō City, Yamanashi (中央市), not Chūō ward of Tokyo; "
            "Dujiangyan – Shōwa: Shōwa town, Yamanashi (昭和町; the row was geocoded in Kanagawa). Both inherited the 1994 tie of "
            "Nakakoma district (Minami-Alps city page)."))

# Yamagata = Yamagata City (山形市), tie signed 1983-04-21 (jojin.jp).
setp("jp-yamagata", name_ja="山形市", name_kana="やまがたし", lat=38.25555556, lon=140.3397222, coord_source="localgovjp")
note("cn-jilin-city", "jp-yamagata", "", kind="friendship", date="1983-04-21", date_source="https://jojin.jp/?p=3766")
log.append(("corrected", "Jilin City – Yamagata: resolved to Yamagata City (山形市), signed 1983-04-21 (jojin.jp); coordinates moved to the city hall."))

# Riverbank (California) is twinned with Fuyang District of Hangzhou; "Fuyang, Guangdong" was a bad label.
ds.relink("cn-fuyang-guangdong", "us-riverbank", na="cn-hangzhou-fuyang")
setp("cn-hangzhou-fuyang", name_en="Fuyang (Hangzhou)", lat=30.05333, lon=119.95194, coord_source="geonames")
note("cn-hangzhou-fuyang", "us-riverbank", "")
log.append(("corrected", "Fuyang – Riverbank: merged the sistercity.info row \"Fuyang, Guangdong\" (geocoded at Fuyang, Anhui) into the "
            "Wikipedia row Fuyang District of Hangzhou – Riverbank, California; Fuyang District was geocoded in Anhui, moved to Fuyang, Zhejiang (GeoNames)."))

# Gyeongsan's partner is Xihai'an (West Coast New Area = Huangdao District) of Qingdao, not Qingdao as a whole.
ds.add_place(id="cn-huangdao-qingdao", country="CN", level="district", name_en="Huangdao (Qingdao)", name_zh="黄岛区",
             region_en="Shandong", lat=35.9606, lon=120.1984, coord_source="wikipedia (Huangdao District article)")
ds.relink("cn-qingdao", "kr-gyeongsan", na="cn-huangdao-qingdao")
note("cn-huangdao-qingdao", "kr-gyeongsan", "Gyeongsan's list names Xihai'an (West Coast New Area) of Qingdao, administered as Huangdao District")
log.append(("corrected", "Qingdao – Gyeongsan: district tie attributed to the whole city; the partner is Xihai'an / Huangdao District (黄岛区) of Qingdao."))

# Boryeong's partner is Hangu (Tianjin), a district merged into Binhai New Area in 2009.
ds.add_place(id="cn-binhai-tianjin", country="CN", level="district", name_en="Binhai New Area (Tianjin)", name_zh="滨海新区",
             region_en="Tianjin", lat=39.02111, lon=117.64694, coord_source="geonames (Tanggu, seat of Binhai New Area)")
ds.relink("cn-tianjin", "kr-boryeong", na="cn-binhai-tianjin")
note("cn-binhai-tianjin", "kr-boryeong", "Boryeong's list names Hangu (汉沽区) of Tianjin, merged into Binhai New Area in 2009")
log.append(("corrected", "Tianjin – Boryeong: district tie attributed to the whole city; the partner is former Hangu District, now Binhai New Area (滨海新区)."))

# Greenville SC: the Wikipedia row names the Tianjin (Port) Free Trade Zone, sistercity.info names Tianjin.
ds.relink("cn-tianjin-free-trade-zone", "us-greenville", na="cn-tianjin")
note("cn-tianjin", "us-greenville", "Greenville's Wikipedia list names the Tianjin Free-Trade Zone (not an administrative division); sistercity.info lists Tianjin – Greenville, South Carolina")
log.append(("corrected", "Tianjin Free-Trade Zone – Greenville: merged into Tianjin – Greenville (South Carolina), the zone is not an administrative division."))

# Seoul districts: sistercity.info rows filed under Beijing / Shanghai are district ties.
ds.relink("cn-beijing", "kr-dobong", na="cn-changping-district", nb="kr-dobong-seoul")
ds.relink("cn-beijing", "kr-gwanak", na="cn-daxing-beijing", nb="kr-gwanak-seoul")
ds.add_place(id="cn-hongkou-shanghai", country="CN", level="district", name_en="Hongkou (Shanghai)", name_zh="虹口区",
             region_en="Shanghai", lat=31.25, lon=121.48917, coord_source="geonames")
ds.relink("cn-shanghai", "kr-seocho", na="cn-hongkou-shanghai", nb="kr-seocho-seoul")
note("cn-hongkou-shanghai", "kr-seocho-seoul", "Seocho-gu's list gives the partner as 上海市虹口区 (sistercity.info files it under Shanghai)")
log.append(("corrected", "Beijing – Dobong, Beijing – Gwanak, Shanghai – Seocho (sistercity.info): district ties filed under the whole city; "
            "merged into Changping – Dobong-gu and Daxing – Gwanak-gu, and moved to Hongkou District – Seocho-gu (Seocho-gu's own list). "
            "The duplicate place rows kr-dobong, kr-gwanak and kr-seocho (no region, no coordinates) were removed."))

# Suzhou – Uchinada is the Wujiang District tie (sistercity.info lists all of Suzhou's sub-units under Suzhou).
ds.relink("cn-suzhou", "jp-uchinada", na="cn-suzhou-wujiang")
note("cn-suzhou-wujiang", "jp-uchinada", "")
log.append(("corrected", "Suzhou – Uchinada: duplicate of Wujiang District (Suzhou) – Uchinada (Uchinada's partner is Wujiang); merged."))

# Yulin – Gillette: the coal city Yulin of Shaanxi, not Yulin of Guangxi.
ds.add_place(id="cn-yulin-shaanxi", country="CN", level="city", name_en="Yulin (Shaanxi)", name_zh="榆林市",
             region_en="Shaanxi", lat=38.29056, lon=109.74944, coord_source="geonames")
ds.relink("cn-yulin", "us-gillette", na="cn-yulin-shaanxi")
note("cn-yulin-shaanxi", "us-gillette", "unverified by a dated source: Gillette (Wyoming coal town) is paired with the coal city Yulin of Shaanxi (榆林市); Wyoming's sister province is Shaanxi")
log.append(("corrected", "Yulin – Gillette: moved from Yulin, Guangxi (玉林市) to Yulin, Shaanxi (榆林市), the coal city in Wyoming's sister province Shaanxi (not verified by a URL)."))

# ---------------------------------------------------------------- US partners: state fixed with evidence
setp("us-hays", region_en="Kansas", lat=38.87918, lon=-99.32677, coord_source="geonames")
note("cn-xinzheng", "us-hays", "Hays, Kansas (Hays Post 2014, 2020: 'Hays and Xinzheng, China, are Sister Cities')", kind="sister",
     sources="wikipedia;http://www.hayspost.com/2014/01/08/meeting-will-focus-on-visit-to-chinese-sister-city/")
log.append(("corrected", "Xinzheng – Hays: Hays, Kansas (was geocoded in Texas)."))

setp("us-brunswick", region_en="Georgia", lat=31.14995, lon=-81.49149, coord_source="geonames")
note("cn-ganzhou", "us-brunswick", "Brunswick, Georgia: its delegation travelled with Savannah's and Hinesville's to their Jiangxi sister cities in 2008 (City of Savannah blog)",
     sources="wikipedia;https://cityofsavannah.wordpress.com/2008/11/03/day-three-110303/")
log.append(("corrected", "Ganzhou – Brunswick: Brunswick, Georgia (was geocoded in Virginia)."))

setp("us-auburn", region_en="Washington", lat=47.30732, lon=-122.22845, coord_source="geonames")
note("cn-guanghan", "us-auburn", "Auburn, Washington: memorandum on establishing friendship-city relations signed 2011-11-01, friendship-cooperation agreement 2012-05 (Deyang Evening News)",
     kind="friendship", date="2011-11-01", date_source="https://yybnet.net/deyang/guanghan/201205/5237676.html")
log.append(("corrected", "Guanghan – Auburn: Auburn, Washington (was geocoded in Alabama); dated 2011-11-01."))

setp("us-hammond", region_en="Indiana", coord_source="wikipedia-geocode(hekman); state corrected")
note("cn-shahe", "us-hammond", "unverified: the Wikipedia geocode lies in Hammond, Indiana (the region had been written as Illinois)")
log.append(("corrected", "Shahe – Hammond: the coordinates were in Hammond, Indiana but the region said Illinois; region set to Indiana (tie itself not verified)."))

setp("us-greenwich", region_en="Connecticut", lat=41.02649, lon=-73.62846, coord_source="geonames")
note("cn-hangzhou", "us-greenwich", "Greenwich, Connecticut; the agreement was signed at Greenwich Town Hall by the chief of Shangcheng District of Hangzhou (China Daily via topix, 2017-05-24: signed 'on Tuesday')",
     kind="sister", date="2017-05-23", date_source="http://www.topix.com/state/ct/2017/05/greenwich-connecticut-hangzhou-now-sisters?fromrss=1")
log.append(("corrected", "Hangzhou – Greenwich: Greenwich, Connecticut (was geocoded in California); dated 2017-05-23."))

setp("us-cincinnati", region_en="Ohio")
log.append(("corrected", "Cincinnati: region Ohio (was Kentucky)."))

setp("us-union-county", region_en="New Jersey", lat=40.66399, lon=-74.2107, coord_source="geonames (Elizabeth, county seat)")
note("cn-wenzhou", "us-union-county", "Union County, New Jersey, home of Kean University (partner of Wenzhou-Kean University) (China News Service 2025-10-27)",
     sources="wikipedia;http://blog.lgjyuntun.com/p?id=2580886")
log.append(("corrected", "Wenzhou – Union County: Union County, New Jersey (was geocoded in Illinois)."))

setp("us-maui-county", lat=20.89111, lon=-156.50472, coord_source="geonames (Wailuku, county seat)")
setp("cn-xishuangbanna-dai-autonomous-prefecture", lat=21.99102, lon=100.73409, coord_source="geonames (Jinghong, prefecture seat)")

note("cn-xiangyang", "us-columbus", "Columbus, Indiana (Xiangyang city site: agreement signed 2011-09-22 at the US Action Week in Wuhan)",
     kind="sister", date="2011-09-22", date_source="http://de.xf.cn/publish/cbnews/201704/28/cb37_1.shtml")
ds.add_place(id="us-columbus-indiana", country="US", level="city", name_en="Columbus", region_en="Indiana",
             lat=39.20144, lon=-85.92138, coord_source="geonames")
ds.relink("cn-xiangyang", "us-columbus", nb="us-columbus-indiana")
log.append(("corrected", "Xiangyang – Columbus: Columbus, Indiana (was Columbus, Ohio); dated 2011-09-22."))

note("cn-jining", "us-springfield", "Springfield, Illinois; agreements to be ratified in Jining in late June 2018 (Xinhua 2018-06-22); the city council approved the partnership in 2017 (WAND)",
     kind="sister", date="2018", date_source="http://xinhuanet.com/english/2018-06/22/c_137272120.htm")
log.append(("kept", "Jining – Springfield: Springfield, Illinois confirmed (Xinhua 2018)."))

note("cn-yichun", "us-hinesville", "Yichun, Jiangxi – Hinesville, Georgia ('We've had this relationship since 2008', Coastal Courier)",
     kind="sister", date="2008", date_source="https://coastalcourier.com/news/chinese-sister-city-delegates-visit-hinesville/")
note("cn-yan-an", "us-kansas-city", "Kansas City, Missouri (Xinhua 2023-11-28: sister city with Yan'an in 2017)", kind="sister", date="2017",
     date_source="https://eng.yidaiyilu.gov.cn/p/06RNK89H.html")
note("cn-yixing", "us-sanford", "Sanford, North Carolina (Sanford Herald 2014: pottery towns Sanford and Yixing forging ties)",
     sources="wikipedia;http://www.sanfordherald.com/news/leecounty/x112095744/Pottery-links-Sanford-Chinese-city")
note("cn-laoshan-qingdao", "us-columbia", "Columbia, Missouri (KOMU: Mayor Darwin Hindman signed the agreement in Laoshan in May)",
     sources="sistercity-info;wikipedia;http://www.komu.com/news/columbia-has-new-sister-city")
note("cn-huludao", "us-las-vegas", "Las Vegas, Nevada (the city of that name with a sister-city programme; sistercity.info)")
note("cn-dandong", "us-wilmington", "Wilmington, North Carolina (sistercity.info)")
note("cn-suzhou-wujiang", "us-marlboro", "Marlboro Township, New Jersey (sistercity.info)")
note("cn-yangzhou", "us-kent", "Kent, Washington (sistercity.info: 'Kent, Washington' – Yangzhou)")
note("cn-zhangjiajie", "us-santa-fe", "Santa Fe, New Mexico (unverified by a URL)")
note("cn-lanzhou", "us-lansing", "")
note("cn-lanzhou", "us-albuquerque", "")
note("cn-lanzhou", "jp-akita", "")

# ---------------------------------------------------------------- removed: partner cannot be identified
for a, b, why in (
    ("cn-deqing", "us-monticello", "Monticello exists in many states; no source found that names the state (searched zh/en)."),
    ("cn-sanya", "us-alhambra-arizona", "the Sanya list gives a bare 'Alhambra'; no source found for either Alhambra (California or Arizona)."),
    ("cn-yibin", "us-columbia-south-carolina", "bare 'Columbia' (6 states); a Sichuan article mentions Yibin's friendship city '哥伦比亚' without a state – could be the country Colombia."),
    ("cn-yuhang-hangzhou", "us-anderson", "bare 'Anderson' (3 states); no source found."),
    ("cn-wuxi-huishan", "us-davis-iowa", "bare 'Davis'; no source found for Davis, Iowa or Davis, California."),
    ("cn-longkou", "us-lafayette", "bare 'Lafayette' (4 states); Lafayette, Louisiana's official list has no Chinese city and no source names Lafayette, Indiana."),
    ("cn-xiangshan", "jp-uwajima", "'Xiangshan' is ambiguous (象山县/象山区/相山区) and Uwajima's official sister-city page lists no Chinese partner; the place had been geocoded in Taipei."),
):
    ds.remove_link(a, b)
    log.append(("removed", f"{a} – {b}: {why}"))

# ---------------------------------------------------------------- kept with evidence (notes resolved)
KEEP = {
    ("cn-bozhou", "jp-shimanto"): dict(note="Shimanto City (四万十市), signed by its predecessor Nakamura City on 1997-05-26 (Kochi International Association)",
                                      kind="friendship", date="1997-05-26", date_source="http://kochi-kia.or.jp/organ/ni-hao/ni-hao18/index4.html"),
    ("cn-chengdu", "jp-kofu"): dict(note="Kōfu City (甲府市, Yamanashi); also cited: 1983 (panda-tour.net)", kind="friendship",
                                   date="1984-09-27", date_source="https://jojin.jp/227"),
    ("cn-lijiang", "jp-takayama"): dict(note="Takayama City (高山市, Gifu)", kind="friendship", date="2002-03-21",
                                       date_source="http://japanese.cri.cn/781/2011/10/25/Zt181s181924.htm"),
    ("cn-kunming", "jp-takayama"): dict(note="Takayama City (高山市, Gifu): its site (2011) reports exchanges with Kunming, whose mayor was a former mayor of Lijiang; no formal tie found",
                                       kind="exchange", sources="wikipedia;http://www.city.takayama.lg.jp/s/shisei/1000065/1008395/1002538.html"),
    ("cn-leshan", "jp-ichikawa"): dict(note="Ichikawa City (市川市, Chiba)"),
    ("cn-jinshui-zhengzhou", "jp-osaki"): dict(note="Ōsaki City (大崎市, Miyagi), the only municipality named Ōsaki (unverified by a URL)"),
    ("cn-zhangzhou", "jp-date"): dict(note="unverified: Date City, Hokkaido (伊達市) kept – the Wikipedia geocode points there; Date, Fukushima is the other candidate"),
    ("cn-zhenjiang", "jp-shibata"): dict(note="unverified: Shibata City, Niigata (新発田市) kept – the Wikipedia geocode points there; Shibata town, Miyagi is the other candidate"),
    ("cn-haiyan", "kr-jangheung"): dict(note="Haiyan County, Zhejiang (海盐县)"),
    ("cn-shenyang", "kr-seongnam"): dict(note=""),
}
for (a, b), kw in KEEP.items():
    note(a, b, kw.pop("note"), **kw)

# rows whose review note only recorded a geocode fix or an ambiguity now settled: clear the note
for l in ds.links:
    n = l["note"]
    if "review:" in n:
        rest = n.split("review:")[0].strip().rstrip(";").strip()
        l["note"] = rest
log.append(("kept", "All rows whose note only said that the Wikipedia geocode had been replaced by the town hall "
            "(Hangzhou–Fukui, Harbin–Niigata, Jinan–Wakayama, Jinhua–Tochigi, Luoyang–Sukagawa, Shijiazhuang–Nagano, Wujiang–Uchinada) "
            "and the rows of Fuzhou (Fujian), Lanzhou, Shenyang, Suzhou (Jiangsu), Taizhou (Zhejiang / Jiangsu) whose ambiguity is settled "
            "by the partner (e.g. Fuzhou's partners are dated by Fujian sources; sistercity.info's 'Suzhou' page is Suzhou, Jiangsu): review notes removed."))

# ---------------------------------------------------------------- places: regions, coordinates, Korean names
setp("cn-putuo-district-zhoushan", name_en="Putuo (Zhoushan)", lat=29.95763, lon=122.29802, coord_source="geonames (Shenjiamen, district seat)")
setp("cn-nanhai-district", name_en="Nanhai (Foshan)", lat=23.03625, lon=113.1856, coord_source="geonames (Guicheng, district seat)")
setp("cn-jinan-zhangqiu", name_en="Zhangqiu (Jinan)", lat=36.71667, lon=117.5, coord_source="geonames (Mingshui, district seat)")
log.append(("corrected", "Coordinates: Putuo District of Zhoushan was geocoded at Putuo District of Shanghai; Nanhai District (Foshan) "
            "at a point in western Guangdong; Fuyang District (Hangzhou) in Anhui; Zhangqiu at Jinan's centre; Masan in Gwangju; "
            "Maui County, Xishuangbanna, Gimje had none."))

KR = {  # id: (level, name_ko, region_en)
    "andong": ("city", "안동시", "Gyeongsangbuk-do"), "ansan": ("city", "안산시", "Gyeonggi-do"),
    "anseong": ("city", "안성시", "Gyeonggi-do"), "anyang": ("city", "안양시", "Gyeonggi-do"),
    "bonghwa": ("county", "봉화군", "Gyeongsangbuk-do"), "boryeong": ("city", "보령시", "Chungcheongnam-do"),
    "buan": ("county", "부안군", "Jeollabuk-do"), "bucheon": ("city", "부천시", "Gyeonggi-do"),
    "busan": ("municipality", "부산광역시", "Busan"), "buyeo": ("county", "부여군", "Chungcheongnam-do"),
    "changwon": ("city", "창원시", "Gyeongsangnam-do"), "cheonan": ("city", "천안시", "Chungcheongnam-do"),
    "cheongdo": ("county", "청도군", "Gyeongsangbuk-do"), "cheongju": ("city", "청주시", "Chungcheongbuk-do"),
    "daegu": ("municipality", "대구광역시", "Daegu"), "daejeon": ("municipality", "대전광역시", "Daejeon"),
    "dangjin": ("city", "당진시", "Chungcheongnam-do"), "dobong-seoul": ("district", "도봉구", "Seoul"),
    "dong-daegu": ("district", "동구", "Daegu"), "dongdaemun-seoul": ("district", "동대문구", "Seoul"),
    "dongducheon": ("city", "동두천시", "Gyeonggi-do"), "donghae": ("city", "동해시", "Gangwon-do"),
    "eumseong": ("county", "음성군", "Chungcheongbuk-do"), "gangdong-seoul": ("district", "강동구", "Seoul"),
    "gangnam-seoul": ("district", "강남구", "Seoul"), "gangneung": ("city", "강릉시", "Gangwon-do"),
    "gangseo-seoul": ("district", "강서구", "Seoul"), "gimcheon": ("city", "김천시", "Gyeongsangbuk-do"),
    "gimhae": ("city", "김해시", "Gyeongsangnam-do"), "gimje": ("city", "김제시", "Jeollabuk-do"),
    "gimpo": ("city", "김포시", "Gyeonggi-do"), "goseong": ("county", "고성군", "Gyeongsangnam-do"),
    "goyang": ("city", "고양시", "Gyeonggi-do"), "gumi": ("city", "구미시", "Gyeongsangbuk-do"),
    "gunsan": ("city", "군산시", "Jeollabuk-do"), "gurye": ("county", "구례군", "Jeollanam-do"),
    "gwacheon": ("city", "과천시", "Gyeonggi-do"), "gwanak-seoul": ("district", "관악구", "Seoul"),
    "gwangju": ("municipality", "광주광역시", "Gwangju"), "gwangju-gyeonggi": ("city", "광주시", "Gyeonggi-do"),
    "gwangmyeong": ("city", "광명시", "Gyeonggi-do"), "gwangyang": ("city", "광양시", "Jeollanam-do"),
    "gyeongju": ("city", "경주시", "Gyeongsangbuk-do"), "gyeongsan": ("city", "경산시", "Gyeongsangbuk-do"),
    "gyeyang-incheon": ("district", "계양구", "Incheon"), "haeundae-busan": ("district", "해운대구", "Busan"),
    "hanam": ("city", "하남시", "Gyeonggi-do"), "hoengseong": ("county", "횡성군", "Gangwon-do"),
    "hwaseong-gyeonggi": ("city", "화성시", "Gyeonggi-do"), "icheon": ("city", "이천시", "Gyeonggi-do"),
    "iksan": ("city", "익산시", "Jeollabuk-do"), "incheon": ("municipality", "인천광역시", "Incheon"),
    "jangheung": ("county", "장흥군", "Jeollanam-do"), "jecheon": ("city", "제천시", "Chungcheongbuk-do"),
    "jeju": ("city", "제주시", "Jeju-do"), "jeongeup": ("city", "정읍시", "Jeollabuk-do"),
    "jeongseon": ("county", "정선군", "Gangwon-do"), "jeonju": ("city", "전주시", "Jeollabuk-do"),
    "jeungpyeong": ("county", "증평군", "Chungcheongbuk-do"), "jinju": ("city", "진주시", "Gyeongsangnam-do"),
    "jung-daejeon": ("district", "중구", "Daejeon"), "jungnang-seoul": ("district", "중랑구", "Seoul"),
    "mapo-seoul": ("district", "마포구", "Seoul"), "masan": ("city", "마산시", "Gyeongsangnam-do"),
    "miryang": ("city", "밀양시", "Gyeongsangnam-do"), "mokpo": ("city", "목포시", "Jeollanam-do"),
    "muan": ("county", "무안군", "Jeollanam-do"), "mungyeong": ("city", "문경시", "Gyeongsangbuk-do"),
    "namhae": ("county", "남해군", "Gyeongsangnam-do"), "namyangju": ("city", "남양주시", "Gyeonggi-do"),
    "nonsan": ("city", "논산시", "Chungcheongnam-do"), "paju": ("city", "파주시", "Gyeonggi-do"),
    "pohang": ("city", "포항시", "Gyeongsangbuk-do"), "pyeongtaek": ("city", "평택시", "Gyeonggi-do"),
    "samcheok": ("city", "삼척시", "Gangwon-do"), "seo-busan": ("district", "서구", "Busan"),
    "seo-daegu": ("district", "서구", "Daegu"), "seo-daejeon": ("district", "서구", "Daejeon"),
    "seocho-seoul": ("district", "서초구", "Seoul"), "seogwipo": ("city", "서귀포시", "Jeju-do"),
    "seongnam": ("city", "성남시", "Gyeonggi-do"), "seoul": ("municipality", "서울특별시", "Seoul"),
    "songpa-seoul": ("district", "송파구", "Seoul"), "suncheon": ("city", "순천시", "Jeollanam-do"),
    "suseong-daegu": ("district", "수성구", "Daegu"), "suwon": ("city", "수원시", "Gyeonggi-do"),
    "taebaek": ("city", "태백시", "Gangwon-do"), "tongyeong": ("city", "통영시", "Gyeongsangnam-do"),
    "uiseong": ("county", "의성군", "Gyeongsangbuk-do"), "uiwang": ("city", "의왕시", "Gyeonggi-do"),
    "ulju": ("county", "울주군", "Ulsan"), "ulsan": ("municipality", "울산광역시", "Ulsan"),
    "wando": ("county", "완도군", "Jeollanam-do"), "wanju": ("county", "완주군", "Jeollabuk-do"),
    "wonju": ("city", "원주시", "Gangwon-do"), "yangcheon-seoul": ("district", "양천구", "Seoul"),
    "yanggu": ("county", "양구군", "Gangwon-do"), "yangju": ("city", "양주시", "Gyeonggi-do"),
    "yangyang": ("county", "양양군", "Gangwon-do"), "yeongam": ("county", "영암군", "Jeollanam-do"),
    "yeongcheon": ("city", "영천시", "Gyeongsangbuk-do"), "yeongdeungpo-seoul": ("district", "영등포구", "Seoul"),
    "yeongju": ("city", "영주시", "Gyeongsangbuk-do"), "yeosu": ("city", "여수시", "Jeollanam-do"),
    "yongin": ("city", "용인시", "Gyeonggi-do"), "yongsan-seoul": ("district", "용산구", "Seoul"),
    "yuseong-daejeon": ("district", "유성구", "Daejeon"),
}
changed_regions = []
for k, (lvl, ko, reg) in KR.items():
    pid = "kr-" + k
    if pid not in P:
        continue
    p = P[pid]
    if p["region_en"] and p["region_en"] != reg:
        changed_regions.append(f"{p['name_en']}: {p['region_en']} → {reg}")
    p.update(level=lvl, name_ko=ko, region_en=reg)
setp("kr-gimje", lat=35.8036, lon=126.8808, coord_source="wikipedia (Gimje article)")
setp("kr-masan", name_en="Masan (Changwon)", lat=35.2167, lon=128.5667, coord_source="wikipedia (Masan article; merged into Changwon 2010)")
log.append(("corrected", "Korean places: name_ko filled or corrected for every Korean place (full official names with 시/군/구; "
            "Seoul had the colonial name 경성 and Tongyeong the old name 충무), county-level units set to level county, and regions fixed: "
            + "; ".join(changed_regions) + "."))

# region_local for all CN/JP/KR places
for p in P.values():
    if p["country"] in ("CN", "JP", "KR"):
        p["region_local"] = REGIONS[p["country"]].get(p["region_en"], "")

gone = ds.prune_places()
log.append(("removed", "Places no longer used by any link: " + ", ".join(sorted(gone)) + "."))
ds.save()

# ---------------------------------------------------------------- changelog
cl = os.path.join(DATA, "CHANGELOG.md")
head = "# data/ changelog\n\nEvery removal or correction of a row, with the reason. Newest batch first.\n\n"
body = "## 2026-11-23 — review of the doubtful rows (tools/data_fix_review.py)\n\n"
for kind in ("removed", "corrected", "kept"):
    body += f"### {kind}\n\n" + "".join(f"- {t}\n" for k, t in log if k == kind) + "\n"
old = open(cl, encoding="utf-8").read()[len(head):] if os.path.exists(cl) else ""
tmp = cl + ".tmp"
open(tmp, "w", encoding="utf-8").write(head + body + old)
os.replace(tmp, cl)
print(f"{len(log)} log entries; pruned {len(gone)} places")
