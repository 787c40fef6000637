"""Evidence for tools/data_dates2_apply.py: (a, b, date, url, kind, note)."""

DATES = [
    ("cn-changsha", "us-new-haven", "2018", "https://dailynutmeg.com/blogs/blog/new-haven-sister-cities-extended-family", "sister",
     "letter of intent signed 2016-10-17 (https://newhavenindependent.org/index.php/article/city_changsha_); Yale Daily News 2018-04-03: the mayor's April 2018 trip to formalize the tie"),
    ("cn-taiyuan", "us-nashville", "2007-04", "https://www.scnashville.org/taiyuan-china.html", "sister", ""),
    ("cn-hefei", "us-columbus", "1988", "http://www.dispatch.com/content/stories/local/2013/06/09/globally-columbus-shares-ties-with-eight-sister-cities.html", "sister",
     "Columbus Dispatch 2013: 'Hefei, China (since 1988)'; Columbus School of Chinese 2014: established in 1988"),
    ("cn-suzhou", "us-portland", "1988", "https://www.portlandsuzhou.org/blog/?offset=1380614429000&category=Events", "sister",
     "derived: 25th anniversary of the two cities celebrated in 2013 (PSSCA); the council memo requesting approval is dated 1988-04-08 (https://docslib.org/doc/5007219/160692-memorandum)"),
    ("cn-zibo", "us-erie", "1985", "https://sd.china.com/dsyw/20000932/20250524/25962883.html", "sister",
     "Zibo's first international friendship city (Zibo press 2025: '自1985年与美国伊利市缔结首个国际友城')"),
    ("cn-shijiazhuang", "us-edison", "1996-11", "http://www.sjzok.net/forum.php?mod=viewthread&tid=10398", "exchange",
     "memorandum signed 1996-11; Shijiazhuang lists Edison among its 友好关系城市 (friendly-relations cities), not its formal 友好城市"),
]
