#!/usr/bin/env python3
"""Apply dated evidence (establishment dates with the URL that states them) to data/links.csv.

Usage: python3 tools/data_add_dates.py
Each row of DATES: (a, b, date, url, kind, note). A date is written only where the link has none;
where the link already has a different date, the new one is recorded in `note` as "also cited".
Rows whose link does not exist are reported (they are not ties of the dataset yet).
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_lib import Dataset  # noqa: E402

HB = "http://hbzqbyyxgs.com/news/633122.html"
KANTSUU = "http://dili.kantsuu.com/200912/20091207160521_167020.shtml"
XA = "http://wqb.xa.gov.cn/zhyw/yhcs/1768537922390806529.html"
SHW = "https://54e1ad4b48888.kfd.me/zh-hant/%E4%B8%8A%E6%B5%B7%E5%B8%82%E5%9B%BD%E9%99%85%E5%8F%8B%E5%A5%BD%E5%9F%8E%E5%B8%82%E5%88%97%E8%A1%A8"

DATES = [
    # batch 1 (review searches)
    ("cn-dujiangyan", "jp-minami-alps", "1994-06-12", "https://www.city.minami-alps.yamanashi.jp/docs/1914.html", "friendship", ""),
    ("cn-dujiangyan", "jp-kai", "1994-06-12", "https://www.city.minami-alps.yamanashi.jp/docs/1914.html", "friendship",
     "signed by the 11 towns and villages of Nakakoma district (中巨摩郡), now Minami-Alps, Kai, Chūō and Shōwa"),
    ("cn-dujiangyan", "jp-otake", "2001-04-10", "http://www.city.otake.hiroshima.jp/shisei/profile/1455553215285.html", "friendship", ""),
    ("cn-mianyang", "jp-shobara", "1990-09-29", "http://www.clair.or.jp/j/exchange/shimai/data/detail/1401", "friendship", "CLAIR record"),
    ("cn-baoji", "jp-yawata", "1992-11-02", "https://www.clair.or.jp/j/exchange/shimai/data/detail/1091", "friendship", "CLAIR record"),
    ("cn-quanzhou", "jp-urasoe", "1988-09-23", "http://www.clair.or.jp/j/exchange/shimai/data/detail/1693", "friendship", "CLAIR record"),
    ("cn-xiamen", "jp-sasebo", "1983-10-28", "http://www.clair.or.jp/j/exchange/shimai/data/detail/1564", "friendship", "CLAIR record"),
    ("cn-zhenjiang", "jp-tsu", "1984-06-11", "https://www.info.city.tsu.mie.jp/www/contents/1733211644024/index.html", "friendship", ""),
    ("cn-zhenjiang", "jp-kurashiki", "1997-11-18", "https://www-city-kurashiki-okayama-jp.cache.yimg.jp/11021.htm", "friendship", ""),
    ("cn-huai-an", "jp-kashiwazaki", "1995-10-29", "https://www.city.kashiwazaki.lg.jp/soshikiichiran/sangyoshinkobu/shogyokankoka/kankosinko/24/1/3672.html", "friendship",
     "signed by former Nishiyama town with Huai'an District of Huai'an; confirmed by Kashiwazaki 2005-06-22"),
    ("cn-emeishan", "jp-kashiwazaki", "2005-10-27", "https://www.city.kashiwazaki.lg.jp/soshikiichiran/sangyoshinkobu/shogyokankoka/kankosinko/24/1/3672.html", "friendship",
     "friendly-exchange declaration of former Takayanagi town 1994-08-02"),
    ("cn-hefei", "jp-kurume", "1980", "http://dzxjyxx.com/n/2015/1030/c94473-8968945.html", "friendship", ""),
    ("cn-zhengzhou", "jp-saitama", "1981-10-12", "http://peopleschina.com/zhuanti/2012-11/12/content_499927.htm", "friendship", "signed by Urawa, merged into Saitama 2001"),
    ("cn-linfen", "jp-chichibu", "", "", "", ""),
    ("cn-kaifeng", "us-wichita", "1985-12-03", "http://en.ekaifeng.gov.cn/enyhcs/show-2480.html", "sister", ""),
    ("cn-yantai", "us-san-diego", "1985-07", "http://www2.cnwinenews.com/html/201112/1/20111201170227124231.htm", "sister", ""),
    ("cn-luoyang", "us-la-crosse", "", "", "", ""),
    ("cn-changsha", "us-kansas-city", "2015", "https://covid-19.chinadaily.com.cn/dfpd/hun/2015-02/05/content_19495008.htm", "sister", ""),
    ("cn-xi-an", "us-kansas-city", "1989", "https://eng.yidaiyilu.gov.cn/p/06RNK89H.html", "sister", ""),
    ("cn-rizhao", "kr-dangjin", "", "", "", ""),
    ("cn-qingzhou", "us-columbus-indiana", "2010-04-09", "https://www.columbus.in.gov/friendship-cities/", "friendship", ""),
    ("cn-wuxi", "us-columbus-indiana", "2008-04-14", "https://www.columbus.in.gov/friendship-cities/", "friendship", ""),
    ("cn-huzhou", "us-columbus-indiana", "2011-09-20", "https://www.columbus.in.gov/friendship-cities/", "friendship", ""),
    ("cn-nanning", "us-columbus-indiana", "2010-10-26", "https://www.columbus.in.gov/friendship-cities/", "friendship", ""),
    ("cn-ningde", "us-columbus-indiana", "2010-10-22", "https://www.columbus.in.gov/friendship-cities/", "friendship", ""),
    ("cn-foshan", "us-stockton", "1994-03", "https://www.recordnet.com/story/news/1994/03/01/stockton-adopts-another-sister-city/50882312007/", "sister",
     "signed at the Sherwood Mall, Stockton (The Record, 1994-03-01 'today'); Stockton later ended the tie"),
    ("cn-liuzhou", "jp-ami", "", "", "", ""),
    ("cn-taizhou-jiangsu", "us-fort-wayne", "2012-05-10", "http://www.fortwaynesistercities.net/taizhou-history-1", "sister", ""),
    ("cn-yangpu-district", "us-palo-alto", "2018-03-05", "http://www.xinhuanet.com/english/2018-03/06/c_137020075.htm", "sister", ""),
    ("cn-zhengding", "us-muscatine", "2013-04-01", "http://covid-19.chinadaily.com.cn/china/2013-04/03/content_16371101.htm", "sister",
     "agreement signed on Monday (China Daily 2013-04-03)"),
    ("cn-xinyi-jiangsu", "us-trumbull", "", "", "", ""),
    ("cn-yangzhou", "jp-karatsu", "1982-02-22", "http://www.clair.or.jp/j/exchange/shimai/data/detail/1539", "friendship", "CLAIR record"),
    ("cn-dalian", "jp-kitakyushu", "1979", "https://www.nicozon.net/watch/so43463206", "friendship", "TBS news 2024: friendship cities since 1979"),
    ("cn-dalian", "jp-maizuru", "1982", "https://www.city.maizuru.kyoto.jp/shisei/0000003157.html", "friendship", ""),
    ("cn-jinzhou-dalian", "jp-nobeoka", "2012-05-31", "https://www.city.nobeoka.miyazaki.jp/mobile/soshiki/13/2773.html", "friendship",
     "signed with Jinzhou New Area (now Jinpu New Area) of Dalian; memorandum 2007-05-29"),
    ("cn-jinzhou-dalian", "jp-nanao", "1986-04-13", KANTSUU, "", ""),
    ("cn-changning-shanghai", "jp-hirakata", "1987-12-16", HB, "", ""),
    ("cn-huangpu-shanghai", "jp-neyagawa", "1994-05-12", HB, "", ""),
    ("cn-chongqing", "jp-hiroshima", "1986-10-23", HB, "", ""),
    ("cn-shanghai", "us-san-francisco", "1980-01-28", SHW, "friendship", ""),
    ("cn-shanghai", "us-chicago", "1985-09-05", SHW, "friendship", ""),
    # batch 2 (list searches)
    ("cn-xi-an", "jp-nara", "1974-02-01", XA, "friendship", "Xi'an foreign affairs office list"),
    ("cn-xi-an", "jp-kyoto", "1974-05-10", XA, "friendship", "Xi'an foreign affairs office list"),
    ("cn-xi-an", "us-kansas-city", "1989-04-29", XA, "sister", "Xi'an foreign affairs office list"),
    ("cn-xi-an", "jp-funabashi", "1994-11-02", XA, "friendship", "Xi'an foreign affairs office list"),
    ("cn-xi-an", "kr-gyeongju", "1994-11-18", XA, "friendship", "Xi'an foreign affairs office list"),
    ("cn-guilin", "jp-kakogawa", "1988", "http://kakogawa-kia.or.jp/sistercity/guilin", "sister", ""),
    ("cn-jingdezhen", "jp-arita", "1996-08-28", "https://www.town.arita.lg.jp/main/813.html", "friendship", ""),
    ("cn-jingdezhen", "jp-seto", "1996", "https://setocic.com/sister_city", "friendship", ""),
    ("cn-jinan", "jp-yamaguchi", "1985-09-20", "https://zi.media/@yidianzixun/post/jsSrWE", "friendship", ""),
    ("cn-jinan", "kr-suwon", "1993-10-27", "http://www.jinan.gov.cn/art/2007/9/23/art_132_103195.html", "friendship", ""),
    ("cn-qingdao", "jp-shimonoseki", "1979-10-03", "https://414w.com/read/1442700.html", "friendship", ""),
    ("cn-qingdao", "us-long-beach", "1985", "http://WWW.CHINESETODAY.COM/?c=58&m=9420", "sister", "exchanges began in 1985; 30th anniversary marked in 2015"),
    ("cn-harbin", "kr-bucheon", "1995-11-28", "https://www.localnaeil.com/News/View/138526?pageidx=756&searchText=%EB%B6%80%EC%B2%9C&tblPNum=1", "sister", ""),
    ("cn-nantong", "jp-toyohashi", "1987-05-26", "https://www.city.toyohashi.lg.jp/7401.htm", "friendship", ""),
    ("cn-changchun", "kr-ulsan", "1994-03-15", "http://jp.changchun.gov.cn/yhcs/wsgy/jl/201902/t20190213_1790335.html", "friendship", ""),
    ("cn-zhuhai", "jp-atami", "2004-07-25", "https://atamii.jp/today/128292/", "friendship", "also: City of Atami page (2004-07)"),
    ("cn-zhongshan", "us-honolulu", "1997", "http://zsfa.zsnews.cn/ztzl/yhjw/content/90/22007.html", "sister", ""),
    ("cn-nanchang", "jp-takamatsu", "1990", "https://www.fujipost.com/international/24250.html", "friendship", ""),
    ("cn-changzhou", "jp-takatsuki", "1987-03", "http://saaoao.cn/ns_news/819169096474596", "friendship", ""),

# batch 3 (per-pair Japanese searches)
    ("cn-anqing", "jp-ibaraki-osaka", "1985-10-05", "http://www.clair.or.jp/j/exchange/shimai/data/detail/1137", "friendship", "CLAIR record"),
    ("cn-anyang", "jp-soka", "1998", "https://www.city.soka.saitama.jp/cont/s1410/020/010/010/a01_05.html", "friendship", ""),
    ("cn-beihai", "jp-yatsushiro", "1996-03", "https://www.city.yatsushiro.lg.jp/kiji003848/index.html", "friendship", ""),
    ("cn-changzhou", "jp-takatsuki", "1987-03-18", "https://takatsuki-intl-assn.or.jp/business2.html", "friendship", ""),
    ("cn-binzhou", "jp-kinokawa", "2007-10-15", "http://www.city.kinokawa.lg.jp/seisaku/binzhou.html", "friendship", ""),
    ("cn-bozhou", "jp-kyotango", "2006-10", "https://www.city.kyotango.lg.jp/top/shisei/koryu/2/6119.html", "friendship", ""),
    ("cn-chaoyang", "jp-obihiro", "2000-11-17", "https://www.city.obihiro.hokkaido.jp/shisei/gaiyo/kouryu/1001467.html", "friendship", ""),
    ("cn-chaoyang-beijing", "jp-ota-tokyo", "1998-09", "http://www.city.ota.tokyo.jp/yuukou_shimai/yuukou_gai/chaoyangqu.html", "friendship", ""),
    ("cn-dongcheng-beijing", "jp-meguro-tokyo", "1991-10", "https://www.city.meguro.tokyo.jp/gyosei/shokai_rekishi/yukotoshi/international/toujyouku.html", "friendship",
     "signed with Chongwen District, merged into Dongcheng 2010; agreement renewed with Dongcheng 2011-09-01"),
    ("cn-fengtai-beijing", "jp-katsushika-tokyo", "1992", "https://www2.city.katsushika.lg.jp/information/1000087/1006625/1006629.html", "friendship",
     "derived: the page marks the 30th anniversary of the tie in 2022"),
    ("cn-chengde", "jp-kashiwa", "1983-11-01", "http://www.clair.or.jp/j/exchange/shimai/data/detail/504", "friendship", "CLAIR record"),
    ("cn-handan", "jp-saiki", "1994-04-03", "http://www.clair.or.jp/j/exchange/shimai/data/detail/1627", "friendship", "CLAIR record"),
    ("cn-xining", "kr-jung-daejeon", "1997-10-31", "https://www.djjunggu.go.kr/jp/sub01_05.do", "sister", ""),
    ("cn-nanchang", "jp-takamatsu", "1990", "http://mimizun.com/log/2ch/news4plus/1286133299/1", "friendship", ""),
("cn-chongqing", "jp-mito", "2000-06", "https://www.city.mito.lg.jp/page/3601.html", "exchange", "friendly-exchange city agreement (友好交流都市提携合意書)"),
    ("cn-dandong", "jp-tokushima", "1991-10-01", "https://www.city.tokushima.tokushima.jp/shisei/tokushima_shi/kokusaisinzen/Dandong.html", "friendship", ""),
    ("cn-datong", "jp-omuta", "1981-10-16", "https://www.city.omuta.lg.jp/hpKiji/pub/detail.aspx?c_id=5&id=4398&class_set_id=1&class_id=234", "friendship", ""),
    ("cn-dezhou", "jp-niihama", "1997", "https://news-pic.com/news/local/article-66970", "friendship", ""),
    ("cn-dunhuang", "jp-kamakura", "1998-09", "https://www.townnews.co.jp/0602/2018/06/29/438372.html", "friendship", ""),
("cn-ezhou", "jp-sanjo", "1994-04", "https://kenoh.com/2024/07/29_gakushu.html", "friendship", ""),
    ("cn-fenghua-ningbo", "jp-iruma", "2000-05-16", "https://www.city.iruma.saitama.jp/gyosei_joho/66/profile/70/73/6064.html", "friendship", "signed with Fenghua city, a district of Ningbo since 2016"),
    ("cn-wuhu", "jp-kochi", "1985-04-19", "https://city.kochi.kochi.jp/soshiki/7/sistercity.html", "friendship", ""),
    ("cn-nanchang", "jp-takamatsu", "1990-09-28", "https://www.city.takamatsu.kagawa.jp/kurashi/shinotorikumi/toshi/kokusai/kokusaikoryu/nansho/index.html", "friendship", ""),
    ("cn-guilin", "jp-kumamoto", "1979-10-01", "https://www.clair.or.jp/j/exchange/jirei/shimai/kumamoto.html", "friendship", ""),
# batch 4 (Korean per-pair searches)
    ("cn-acheng-harbin", "kr-jangheung", "2013-01-15", "https://cm.asiae.co.kr/ampview.htm?no=2013011814355086788", "exchange", "exchange and cooperation agreement (교류협력 체결)"),
    ("cn-changxing", "kr-jangheung", "2015-09-16", "https://m.ajunews.com/amp/20150918144058484", "exchange", "friendly-exchange agreement (우호교류 협약)"),
    ("cn-haiyan", "kr-jangheung", "2006", "http://jnnews.co.kr/news/view.php?idx=370666", "friendship", "우호도시 협약"),
    ("cn-anshan", "kr-ansan", "1997", "http://www.newsworks.co.kr/news/articleView.html?idxno=310492", "sister", ""),
    ("cn-changning-shanghai", "kr-gangseo-seoul", "2013-08-27", "https://biz.heraldcorp.com/view.php?ud=20130826000482", "sister", "agreement to be signed at Changning on 27 August (Herald Corp, 2013-08-26); friendly-exchange letter of intent 2007-08"),
    ("cn-changzhou", "kr-namyangju", "1999-09", "https://sports.donga.com/article/all/20240423/124608187/2", "sister", ""),
    ("cn-chaoyang-beijing", "kr-gangnam-seoul", "1996", "https://m.siminilbo.co.kr/news/amp.html?ncode=179561842700339", "sister", "derived: the page marks the 20th anniversary of the tie in 2016"),
("cn-chizhou", "kr-gurye", "2003-11-05", "http://jeolla.com/bbs/?tbl=gurye&mode=VIEW&num=337&category=&findType=&findWord=&sort1=&sort2=&scd=gurye&page=21", "sister", ""),
    ("cn-dongying", "kr-samcheok", "1999", "https://cm.asiae.co.kr/article/2025091708321952986", "sister", ""),
    ("cn-dunhuang", "kr-namhae", "2007-01", "http://newsfreezone.dkbsoft.com/news/view.php?idx=67867", "sister", "friendly-exchange letter of intent 2004-08-30"),
    ("cn-qinhuangdao", "kr-gangdong-seoul", "2000", "https://siminilbo.co.kr/news/newsview.php?ncode=179541713950441", "friendship", "우호교류 체결"),
    ("cn-guang-an", "kr-gumi", "2011-05-31", "https://www.kbmaeil.com/article/201106010005189", "friendship", "letter of intent for friendship-city ties signed 31 May 2011"),
    ("cn-weinan", "kr-gumi", "2014-11-17", "https://www.kmib.co.kr/article/view_amp.asp?arcid=0922854057", "friendship", ""),
    ("cn-changzhi", "kr-gwangju", "2014-12-17", "https://www.globalnewsagency.kr/news/articleView.html?idxno=28383", "sister", "friendly-exchange letter of intent 2012"),
    ("cn-zibo", "kr-gwangju-gyeonggi", "2003", "https://sedaily.com/NewsView/29PG6IJ7RO", "sister", "also cited: 2004 (https://kgnews.co.kr/news/article.html?no=167557)"),
    ("cn-changsha", "kr-gumi", "1998-10-19", "https://www.kbmaeil.com/news/articleView.html?idxno=351555", "sister", ""),
    ("cn-guangzhou", "kr-gwangju", "1996", "https://m.ajunews.com/amp/20231207152511152", "sister", ""),
("cn-jinzhou", "kr-paju", "1995-10", "https://ajunews.com/view/20151025161312935", "sister", ""),
    ("cn-mudanjiang", "kr-paju", "2005-10", "https://ajunews.com/view/20151025161312935", "friendship", ""),
    ("cn-heyuan", "kr-anseong", "2013-11-02", "https://www.kyeonggi.com/article/201311030539528", "sister", "friendly-exchange agreement 2012-10-30"),
    ("cn-heze", "kr-gimpo", "2006-02", "http://www.kihoilbo.co.kr/news/articleView.html?idxno=799624", "sister", ""),
    ("cn-hunchun", "kr-pohang", "1995-05-15", "https://www.ksmnews.co.kr/news/view.php?idx=74875", "sister", ""),
    ("cn-huzhou", "kr-yeongam", "2003-10-10", "http://www.gjdaily.net/news/articleView.html?idxno=16987", "sister", ""),
# batch 5 (US)
    ("cn-beihai", "us-tulsa", "1987", "https://www.tulsaglobalalliance.org/beihai-china", "sister", ""),
    ("cn-benxi", "us-peoria", "1994", "http://www.pjstar.com/article/20131215/NEWS/131219458/10991/NEWS", "sister", "derived: the article (2013-12) says 2014 marks the 20th anniversary"),
    ("cn-sichuan", "us-michigan", "1982", "https://en.wikipedia.org/wiki/List_of_sister_cities_in_Michigan", "sister", ""),
# batch: pending from context 2
    ("cn-changchun", "us-little-rock", "1994-04-05", "http://www.lrsistercities.org/sister-cities/changchun-china/", "sister", "Jilin provincial government gives 1994-06-22; described as a friendship city since 2025"),
    ("cn-ningbo", "us-milwaukee", "2006-05-11", "https://city.milwaukee.gov/DCD/Projects/Ningbo", "friendship", ""),
    ("cn-yantai", "kr-gunsan", "1994", "https://m.ajunews.com/view/20230905095506894", "sister", ""),
    ("cn-yantai", "us-omaha", "2010", "https://www.creighton.edu/ccas/asianworldcenter/news/uschinasistercitiesconferencemarch26282014/", "sister", ""),
    ("cn-qinhuangdao", "us-toledo", "1985", "https://thurbersthoughts.blogspot.com/2011/05/local-chinese-community-helps-mayor.html", "sister", ""),
# batch: Jeju city, Saint Paul
    ("cn-laizhou", "kr-jeju", "1995", "http://demo300.mygoodnews.com/11346", "sister", ""),
    ("cn-guilin", "kr-jeju", "1997", "http://demo300.mygoodnews.com/11346", "sister", "derived: Jeju City (2021) calls 2022 the 25th year of the sisterhood with Guilin"),
    ("cn-changsha", "us-saint-paul", "1988", "http://uscpfa-mn.org/sister-relations/", "sister", ""),
# batch: JP via CLAIR / Tokyo list
    ("cn-xianyang", "jp-uji", "1986-07-24", "http://www.clair.or.jp/j/exchange/shimai/data/detail/1075", "friendship", "CLAIR record"),
    ("cn-jiamusi", "jp-nirasaki", "1984-10-10", "http://www.clair.or.jp/j/exchange/shimai/data/detail/784", "friendship", "CLAIR record"),
    ("cn-dongcheng-beijing", "jp-shinjuku", "1995-10-15", "https://deploy.paperzz.com/doc/5695057/%E6%9D%B1%E4%BA%AC%E9%83%BD%E5%8C%BA%E5%B8%82%E7%94%BA%E6%9D%91%E7%AD%89%E3%81%AE%E6%B5%B7%E5%A4%96%E5%A7%89%E5%A6%B9%E9%83%BD%E5%B8%82%E3%83%BB%E5%8F%8B%E5%A5%BD%E9%83%BD%E5%B8%82%E4%B8%80%E8%A6%A7-1", "friendship", "Tokyo Metropolitan list of municipal sister/friendship cities (2015-12-07)"),
("cn-sanya", "us-maui-county", "1998-10-26", "https://mauicountysistercities.org/index.cfm?id=3390151&fuseaction=browse&pageid=1", "sister", ""),
    ("cn-zixing", "us-laredo", "2002-09-01", "http://www.en.czs.gov.cn/Government/SisterCities/2011-04-13/48.html", "sister", "Chenzhou government page lists the tie as Chenzhou & Laredo; the exchanges described are by Zixing, a county-level city of Chenzhou"),
("cn-lianyungang", "jp-sakai", "1983-12-03", "http://www.lyg01.net/temp/zt2018/40year/wbbd/2018/0829/123350.shtml", "friendship", "signed in Sakai (Lianyungang Daily 2018, citing the city archives)"),
("cn-shuangyashan", "jp-nagai", "1992-05-21", "https://airyamagata.org/?p=632", "friendship", ""),
    ("cn-zhejiang", "jp-shizuoka-prefecture", "1982-04-20", "https://www.pref.shizuoka.jp/kankosports/kokusaikoryu/kaigaikoryu/1045997/1040649/1049503/1011622.html", "friendship", ""),
("cn-shandong", "jp-yamaguchi-prefecture", "1982-08-12", "https://www.pref.yamaguchi.lg.jp/cms/a12900/alliances/intro.html", "friendship", ""),
("cn-hebei", "us-iowa", "1983-07-22", "http://news.fjsen.com/2013-04/17/content_11161174.htm", "sister", "agreement on friendly province-state relations signed 1983-07-22 (China News Service 2013)"),
("cn-qiqihar", "kr-goyang", "1998-04-21", "https://www.goyang.go.kr/www/www05/www05_1/www05_1_9/www05_1_9_tab7.jsp", "sister", ""),
    ("cn-yanji", "kr-gwanak-seoul", "2011", "https://www.hankyung.com/article/202304057901Y", "sister", "friendship agreement 1997, sisterhood 2011"),
("cn-ma-anshan", "kr-changwon", "1994-10", "http://kisnews.net/359137", "sister", ""),
    ("cn-nantong", "kr-changwon", "2015-12-09", "http://urinews.net/news/2015/12/10/6264.html", "sister", "friendship tie with former Masan city from 2008"),
("cn-jiamusi", "kr-donghae", "2011-10-05", "https://newspim.com/news/view/20221129000333", "friendship", "friendly-exchange city agreement"),
    ("cn-tumen", "kr-donghae", "1995-04", "https://donga.com/news/amp/all/19991105/7482606/1", "sister", "a 2014 Yonhap/News1 report says the sister-city agreement was made in 1999"),
("cn-changping-district", "kr-dobong-seoul", "1996", "https://go.seoul.co.kr/news/newsView.php?id=20251118024004", "sister", "derived: Dobong (2025-11) calls 2026 the 30th anniversary of the sisterhood"),
("cn-yunfu", "kr-tongyeong", "2015", "https://www.newsis.com/view/NISX20240815_0002850925", "friendship", "우호도시; Yunfu is the home town of the Ming admiral Chen Lin"),
("cn-taiyuan", "kr-suncheon", "2019-06-25", "https://jnilbo.com/2019/06/26/2019062614223409791/", "sister", "letter of intent 2018-08-31"),
    ("cn-ningbo", "kr-suncheon", "1997-06", "https://news.sbs.co.kr/news/endPage.do?news_id=N1004481864", "sister", "friendly-exchange city from 1997-06; upgraded to sister city 2017-11"),
("cn-zhangshu", "kr-jecheon", "2006", "http://www.cbinews.co.kr/news/articleView.html?idxno=109270", "sister", ""),
("cn-jinan", "us-sacramento", "1984-10-16", "https://jsscc.org/history/", "sister", "endorsed by Sacramento City resolution 1984-10-16; agreement signed 1985-04"),
("cn-wuhan", "us-pittsburgh", "1982-09", "http://www.wh-china.com/yhcs/200708/t464140.htm", "sister", ""),
("cn-wuhan", "kr-cheongju", "2000-10-29", "https://m.nocutnews.co.kr/news/6400616", "sister", ""),
("cn-wuhan", "jp-oita", "1979-09-07", "http://wh-china.com/whxw/201704/t2992949.htm", "sister", ""),
("cn-kunming", "us-denver", "1986", "https://www.denversistercities.org/kunming-china/", "sister", "another Denver-related page lists 1985"),
("cn-wuxi", "us-alameda", "2005", "http://cdn.thealamedan.org/news/students-chinese-sister-city-tour-alameda", "sister", "Alameda (East Bay Times 2017) names only Jiangyin and Dumaguete as its formal Asian sister cities"),
]


def main():
    ds = Dataset()
    n_set, missing, conflicts = 0, [], 0
    for a, b, date, url, kind, note in DATES:
        if not date:
            continue
        l = ds.link(a, b)
        if not l:
            missing.append((a, b, date))
            continue
        if kind and not l["kind"]:
            l["kind"] = kind
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
            l["date"], l["date_source"] = date, url  # more precise, same year
            n_set += 1
    ds.save()
    print(f"dates set {n_set}, conflicts noted {conflicts}, not in links: {missing}")


if __name__ == "__main__":
    main()
