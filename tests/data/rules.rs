//! The rulebook of the curated dataset: everything the atlas's own validation enforces on any
//! data (through `Atlas::from_csv`), and the curation rules the project keeps on top of it
//! (exact headers, sort order, scripts of each name column, regions, the same place under two
//! spellings, every place used, published totals well formed).

use super::regions::REGIONS;
use sister_atlas::data::{parse_csv, LinkRow, Numbered, PlaceRow, Row, SourceRow, TotalRow};
use sister_atlas::model::{is_http_url, Atlas, Date};
use std::collections::{HashMap, HashSet};
use unicode_normalization::UnicodeNormalization;

/// The four files of `data/`.
#[derive(Debug, Clone, Copy)]
pub struct Files<'a> {
    pub places: &'a str,
    pub links: &'a str,
    pub sources: &'a str,
    pub totals: &'a str,
}

/// What the rules found: errors fail the test command, warnings are printed.
#[derive(Debug, Default)]
pub struct Findings {
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
}

/// Checks every rule on `files`.
pub fn check(files: &Files) -> Findings {
    let mut f = Findings::default();
    for (name, text, columns) in [
        ("places.csv", files.places, PlaceRow::COLUMNS),
        ("links.csv", files.links, LinkRow::COLUMNS),
        ("sources.csv", files.sources, SourceRow::COLUMNS),
        ("totals.csv", files.totals, TotalRow::COLUMNS),
    ] {
        file_form(name, text, columns, &mut f.errors);
    }
    // The validation every dataset goes through (ids, levels, kinds, dates, sources, bounding
    // boxes, duplicate pairs), with true lines.
    let (_, issues) = Atlas::from_csv(files.places, files.links, files.sources);
    f.errors.extend(issues.iter().map(ToString::to_string));

    let (places, _) = parse_csv::<PlaceRow>("places.csv", files.places);
    let (links, _) = parse_csv::<LinkRow>("links.csv", files.links);
    let (sources, _) = parse_csv::<SourceRow>("sources.csv", files.sources);
    let (totals, _) = parse_csv::<TotalRow>("totals.csv", files.totals);
    source_rules(&sources, &mut f.errors);
    place_rules(&places, &mut f.errors);
    link_rules(&places, &links, &mut f);
    total_rules(&totals, &mut f.errors);
    f
}

/// UTF-8 (the text is a `str`), `\n` line ends, no byte-order mark, the header exactly as kept.
fn file_form(name: &str, text: &str, columns: &[&str], errors: &mut Vec<String>) {
    if text.contains('\r') {
        errors.push(format!("{name}: has CR characters (use \\n line ends)"));
    }
    if text.starts_with('\u{feff}') {
        errors.push(format!("{name}: starts with a byte-order mark"));
    }
    let header = text
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or("");
    if header != columns.join(",") {
        errors.push(format!(
            "{name} line 1: the header is “{header}”, expected “{}”",
            columns.join(",")
        ));
    }
}

fn sorted_by<T, K: Ord>(rows: &[Numbered<T>], key: impl Fn(&T) -> K) -> Option<u64> {
    rows.windows(2)
        .find(|w| key(&w[0].row) > key(&w[1].row))
        .map(|w| w[1].line)
}

fn source_rules(sources: &[Numbered<SourceRow>], errors: &mut Vec<String>) {
    for Numbered { line, row: s } in sources {
        let at = format!("sources.csv line {line} ({})", s.key);
        let key_ok = s
            .key
            .starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
            && s.key
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !key_ok {
            errors.push(format!(
                "{at}: a key is lower-case letters, digits and dashes"
            ));
        }
        if !s.url.is_empty() && !is_http_url(&s.url) {
            errors.push(format!("{at}: the url is not an http(s) URL"));
        }
        if s.title.trim().is_empty() {
            errors.push(format!("{at}: no title"));
        }
    }
    if let Some(line) = sorted_by(sources, |s| s.key.clone()) {
        errors.push(format!("sources.csv line {line}: not sorted by key"));
    }
}

/// The script of a letter, as the name columns allow them; `None` for marks and punctuation.
fn script(c: char) -> Option<&'static str> {
    let o = c as u32;
    Some(match o {
        0x3040..=0x309F => "hiragana",
        0x30A0..=0x30FF | 0x31F0..=0x31FF => "katakana",
        0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F => "hangul",
        0x3005 | 0x3400..=0x4DBF | 0x4E00..=0x9FFF => "han",
        _ if !c.is_alphabetic() => return None,
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => "latin",
        _ => "other",
    })
}

/// Which scripts each name column may use.
const NAME_SCRIPTS: [(&str, &[&str]); 6] = [
    ("name_en", &["latin"]),
    ("name_zh", &["han"]),
    ("name_zh_hant", &["han"]),
    ("name_ja", &["han", "hiragana", "katakana"]),
    ("name_kana", &["hiragana"]),
    ("name_ko", &["hangul"]),
];

fn name_columns(p: &PlaceRow) -> [&str; 6] {
    [
        &p.name_en,
        &p.name_zh,
        &p.name_zh_hant,
        &p.name_ja,
        &p.name_kana,
        &p.name_ko,
    ]
}

/// A romanised name reduced to what two spellings of one place share: no accents, no case, no
/// generic words (city, district, gu, shi …), no parentheses, letters and digits only.
pub fn norm_name(s: &str) -> String {
    let plain: String = s
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase();
    let mut out = String::new();
    let mut depth = 0;
    let mut word = String::new();
    let generic = [
        "city", "district", "county", "town", "township", "gun", "gu", "si", "shi", "ku",
    ];
    let flush = |word: &mut String, out: &mut String| {
        if !generic.contains(&word.as_str()) {
            out.push_str(word);
        }
        word.clear();
    };
    for c in plain.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = (depth - 1).max(0),
            _ if depth > 0 => {}
            c if c.is_ascii_alphanumeric() => word.push(c),
            _ => flush(&mut word, &mut out),
        }
    }
    flush(&mut word, &mut out);
    out
}

/// What identifies a real place whatever its id: its local name in its region, or its
/// romanised name, level and region.
fn local_key(p: &PlaceRow) -> (String, String, String, String) {
    let c = p.country.clone();
    let r = p.region_en.clone();
    match c.as_str() {
        "CN" if !p.name_zh.is_empty() => (c, r, p.name_zh.clone(), String::new()),
        "JP" if !p.name_ja.is_empty() => (c, r, p.name_ja.clone(), String::new()),
        "KR" if !p.name_ko.is_empty() => {
            let mut n = p.name_ko.as_str();
            for suffix in ["특별시", "광역시", "시", "군", "구"] {
                if let Some(s) = n.strip_suffix(suffix) {
                    n = s;
                    break;
                }
            }
            (c, r, n.to_owned(), p.level.clone())
        }
        _ => (c, r, norm_name(&p.name_en), p.level.clone()),
    }
}

fn region(country: &str, en: &str) -> Option<&'static str> {
    REGIONS
        .iter()
        .find(|(c, e, _)| *c == country && *e == en)
        .map(|r| r.2)
}

/// Great-circle distance in km between two (lat, lon) points in degrees.
pub fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    12742.0 * h.sqrt().asin()
}

fn place_rules(places: &[Numbered<PlaceRow>], errors: &mut Vec<String>) {
    let mut by_key: HashMap<(String, String, String, String), &str> = HashMap::new();
    for Numbered { line, row: p } in places {
        let at = format!("places.csv line {line} ({})", p.id);
        for ((col, allowed), v) in NAME_SCRIPTS.iter().zip(name_columns(p)) {
            if v.is_empty() {
                continue;
            }
            let found: HashSet<&str> = v.chars().filter_map(script).collect();
            if found.is_empty() || !found.iter().all(|s| allowed.contains(s)) {
                let mut f: Vec<_> = found.into_iter().collect();
                f.sort_unstable();
                errors.push(format!(
                    "{at}: {col} “{v}” is in {f:?}, allowed {allowed:?}"
                ));
            }
            if v != v.trim() || v.contains("  ") {
                errors.push(format!("{at}: {col} has stray spaces"));
            }
        }
        let c = p.country.as_str();
        let needs = [
            ("CN", "name_zh", p.name_zh.is_empty()),
            ("JP", "name_ja", p.name_ja.is_empty()),
            ("JP", "name_kana", p.name_kana.is_empty()),
            ("KR", "name_ko", p.name_ko.is_empty()),
        ];
        for (country, col, missing) in needs {
            if c == country && missing {
                errors.push(format!("{at}: a place in {country} needs its {col}"));
            }
        }
        if c != "JP" && !p.name_kana.is_empty() {
            errors.push(format!("{at}: name_kana is for Japanese places"));
        }
        if c != "CN" && !p.name_zh.is_empty() {
            errors.push(format!("{at}: name_zh is for Chinese places"));
        }
        if !p.name_zh_hant.is_empty() && (c != "CN" || p.name_zh_hant == p.name_zh) {
            errors.push(format!(
                "{at}: name_zh_hant is a Chinese place's traditional form where it differs"
            ));
        }
        match region(c, &p.region_en) {
            None => errors.push(format!("{at}: “{}” is not a region of {c}", p.region_en)),
            Some(local) if local != p.region_local => errors.push(format!(
                "{at}: region_local “{}” should be “{local}”",
                p.region_local
            )),
            Some(local) => {
                let municipal = ["Beijing", "Shanghai", "Tianjin", "Chongqing"];
                if p.level == "province"
                    && c == "CN"
                    && p.name_zh != local
                    && !municipal.contains(&p.region_en.as_str())
                {
                    errors.push(format!(
                        "{at}: a province's name_zh is its region's, “{local}”"
                    ));
                }
                if p.level == "province" && c == "JP" && p.name_ja != local {
                    errors.push(format!(
                        "{at}: a prefecture's name_ja is its region's, “{local}”"
                    ));
                }
            }
        }
        if p.level == "municipality"
            && c == "CN"
            && !["北京市", "上海市", "天津市", "重庆市"].contains(&p.name_zh.as_str())
        {
            errors.push(format!(
                "{at}: a Chinese municipality is one of the four 直辖市"
            ));
        }
        match (p.lat, p.lon) {
            (Some(_), Some(_)) if p.coord_source.trim().is_empty() => {
                errors.push(format!("{at}: coordinates need a coord_source"));
            }
            (Some(_), Some(_)) => {}
            _ => errors.push(format!("{at}: no coordinates")),
        }
        let k = local_key(p);
        if let Some(other) = by_key.insert(k.clone(), &p.id) {
            errors.push(format!("{at}: the same place as {other} ({k:?})"));
        }
    }
    if let Some(line) = sorted_by(places, |p| p.id.clone()) {
        errors.push(format!("places.csv line {line}: not sorted by id"));
    }
    // Two spellings of one romanised name at one level, in one region (or one without a region):
    // the same place twice, unless their Chinese names differ.
    let mut seen: HashMap<(String, String, String), Vec<&PlaceRow>> = HashMap::new();
    for Numbered { line, row: p } in places {
        let k = (p.country.clone(), norm_name(&p.name_en), p.level.clone());
        for q in seen.get(&k).into_iter().flatten() {
            let same_region =
                p.region_en == q.region_en || p.region_en.is_empty() || q.region_en.is_empty();
            if same_region && !(p.country == "CN" && p.name_zh != q.name_zh) {
                errors.push(format!(
                    "places.csv line {line} ({}): probably the same place as {}",
                    p.id, q.id
                ));
            }
        }
        seen.entry(k).or_default().push(p);
    }
    // One local name at one spot: two rows for one place (two districts of one name in
    // different cities lie far apart).
    let mut by_local: HashMap<(&str, &str), Vec<&PlaceRow>> = HashMap::new();
    for Numbered { row: p, .. } in places {
        let local = match p.country.as_str() {
            "CN" => &p.name_zh,
            "JP" => &p.name_ja,
            "KR" => &p.name_ko,
            _ => continue,
        };
        if !local.is_empty() {
            by_local.entry((&p.country, local)).or_default().push(p);
        }
    }
    let mut near = Vec::new();
    for ((_, name), ps) in &by_local {
        for (i, p) in ps.iter().enumerate() {
            for q in &ps[i + 1..] {
                if let (Some(a), Some(b), Some(c), Some(d)) = (p.lat, p.lon, q.lat, q.lon) {
                    if km((a, b), (c, d)) <= 10.0 {
                        near.push(format!(
                            "places.csv: {} and {} are both {name} at the same spot",
                            p.id, q.id
                        ));
                    }
                }
            }
        }
    }
    near.sort();
    errors.extend(near);
}

fn link_rules(places: &[Numbered<PlaceRow>], links: &[Numbered<LinkRow>], f: &mut Findings) {
    let keys: HashMap<&str, _> = places
        .iter()
        .map(|p| (p.row.id.as_str(), local_key(&p.row)))
        .collect();
    let mut pairs = HashMap::new();
    let mut used = HashSet::new();
    for Numbered { line, row: l } in links {
        let at = format!("links.csv line {line} ({} – {})", l.a, l.b);
        used.insert(l.a.as_str());
        used.insert(l.b.as_str());
        if let (Some(a), Some(b)) = (keys.get(l.a.as_str()), keys.get(l.b.as_str())) {
            if let Some(first) = pairs.insert((a.clone(), b.clone()), *line) {
                f.errors.push(format!(
                    "{at}: the same two places as the tie on line {first}, spelt otherwise"
                ));
            }
        }
        if l.date.is_empty() && !l.date_source.is_empty() {
            f.errors.push(format!("{at}: a date_source without a date"));
        }
        if l.sources.split(';').any(|s| s.trim().is_empty()) {
            f.errors.push(format!("{at}: an empty entry in sources"));
        }
        if l.note.to_lowercase().contains("review:") {
            f.warnings.push(format!("{at}: an unresolved review note"));
        }
    }
    if let Some(line) = sorted_by(links, |l| (l.a.clone(), l.b.clone())) {
        f.errors
            .push(format!("links.csv line {line}: not sorted by (a, b)"));
    }
    for Numbered { line, row: p } in places {
        if !used.contains(p.id.as_str()) {
            f.errors
                .push(format!("places.csv line {line} ({}): no tie uses it", p.id));
        }
    }
}

fn total_rules(totals: &[Numbered<TotalRow>], errors: &mut Vec<String>) {
    for Numbered { line, row: t } in totals {
        let at = format!("totals.csv line {line}");
        // A figure may concern two partner countries together (`JP;KR`).
        let partners = t
            .country
            .split(';')
            .all(|c| ["JP", "KR", "US"].contains(&c));
        if t.country != "ALL" && !partners {
            errors.push(format!("{at}: “{}” is not ALL, JP, KR or US", t.country));
        }
        if t.country.contains(';') && !t.what.starts_with("[figure]") {
            errors.push(format!("{at}: only a [figure] may concern two countries"));
        }
        if let Err(e) = Date::parse(&t.as_of) {
            errors.push(format!("{at}: as_of: {e}"));
        }
        if t.count.is_empty() || !t.count.bytes().all(|b| b.is_ascii_digit()) {
            errors.push(format!("{at}: count “{}” is not a whole number", t.count));
        }
        if !is_http_url(&t.url) {
            errors.push(format!("{at}: the url is not an http(s) URL"));
        }
        if t.what.trim().is_empty() {
            errors.push(format!("{at}: what is counted is not said"));
        }
    }
    if let Some(line) = sorted_by(totals, |t| {
        (t.country.clone(), t.as_of.clone(), t.what.clone())
    }) {
        errors.push(format!(
            "totals.csv line {line}: not sorted by (country, as_of, what)"
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLACES: &str = "id,country,level,name_en,name_zh,name_zh_hant,name_ja,name_kana,name_ko,region_en,region_local,lat,lon,coord_source
cn-tianjin,CN,municipality,Tianjin,天津市,,天津市,,톈진시,Tianjin,天津市,39.13,117.2,t
jp-kobe,JP,city,Kobe,,,神戸市,こうべし,,Hyogo,兵庫県,34.69,135.19,t
kr-incheon,KR,municipality,Incheon,,,,,인천광역시,Incheon,인천광역시,37.45,126.7,t
";
    const LINKS: &str = "a,b,kind,date,date_source,sources,primary,note
cn-tianjin,jp-kobe,friendship,1973-06-24,https://example.org/kobe,w,https://example.org/kobe,
cn-tianjin,kr-incheon,sister,,,w,,
";
    const SOURCES: &str =
        "key,title,url,licence\nw,Wikipedia lists,https://en.wikipedia.org/,CC BY-SA 4.0\n";
    const TOTALS: &str =
        "country,as_of,count,what,url\nJP,2003,220,Japanese partner cities,https://example.org/t\n";

    fn errors(places: &str, links: &str, sources: &str, totals: &str) -> Vec<String> {
        check(&Files {
            places,
            links,
            sources,
            totals,
        })
        .errors
    }

    /// The errors of the fixture with `from` replaced by `to` in one file.
    fn broken(file: &str, from: &str, to: &str) -> Vec<String> {
        let [mut p, mut l, mut s, mut t] = [PLACES, LINKS, SOURCES, TOTALS].map(str::to_owned);
        let target = match file {
            "places" => &mut p,
            "links" => &mut l,
            "sources" => &mut s,
            _ => &mut t,
        };
        assert!(target.contains(from), "{from}");
        *target = target.replacen(from, to, 1);
        errors(&p, &l, &s, &t)
    }

    fn has(errors: &[String], part: &str) -> bool {
        errors.iter().any(|e| e.contains(part))
    }

    #[test]
    fn the_fixture_keeps_every_rule() {
        assert_eq!(errors(PLACES, LINKS, SOURCES, TOTALS), Vec::<String>::new());
    }

    #[test]
    fn each_rule_catches_its_mistake() {
        let cases = [
            (
                "places",
                "jp-kobe,JP,city,Kobe,,,神戸市,こうべし",
                "jp-kobe,JP,city,Kobe,,,神戸市,コウベシ",
                "name_kana “コウベシ” is in [\"katakana\"]",
            ),
            (
                "places",
                ",Kobe,,",
                ",神戸,,",
                "name_en “神戸” is in [\"han\"]",
            ),
            (
                "places",
                "Incheon,,,,,인천광역시",
                "Incheon,,,,,",
                "needs its name_ko",
            ),
            (
                "places",
                "Tianjin,天津市,,",
                "Tianjin,天津市,天津市,",
                "name_zh_hant is a Chinese place's traditional form",
            ),
            (
                "places",
                "こうべし,,Hyogo",
                ",,Hyogo",
                "needs its name_kana",
            ),
            (
                "places",
                "Hyogo,兵庫県",
                "Hyogo,兵庫",
                "region_local “兵庫” should be “兵庫県”",
            ),
            (
                "places",
                "Hyogo,兵庫県",
                "Hyogoo,兵庫県",
                "“Hyogoo” is not a region of JP",
            ),
            ("places", "34.69,135.19,t", ",,t", "no coordinates"),
            (
                "places",
                "34.69,135.19,t",
                "34.69,135.19,",
                "need a coord_source",
            ),
            (
                "places",
                "cn-tianjin,CN,municipality,Tianjin,天津市",
                "cn-tianjin,CN,municipality,Tianjin,天津",
                "one of the four 直辖市",
            ),
            (
                "places",
                "kr-incheon,KR",
                "cn-incheon,KR",
                "not sorted by id",
            ),
            (
                "links",
                "cn-tianjin,kr-incheon,sister,,,w,,",
                "cn-tianjin,kr-incheon,sister,,https://x.org,w,,",
                "a date_source without a date",
            ),
            (
                "links",
                "cn-tianjin,kr-incheon,sister,,,w,,",
                "cn-tianjin,kr-incheon,sister,,,w;,,",
                "an empty entry in sources",
            ),
            (
                "links",
                ",w,https://example.org/kobe,",
                ",w,https://example.org/elsewhere,",
                "the primary source must be one of the tie's pages",
            ),
            (
                "links",
                "1973-06-24",
                "1973-02-30",
                "is not a day of the calendar",
            ),
            (
                "links",
                "cn-tianjin,kr-incheon",
                "cn-tianjin,jp-kobe",
                "the tie is already on line 2",
            ),
            (
                "sources",
                "w,Wikipedia",
                "W,Wikipedia",
                "lower-case letters",
            ),
            (
                "sources",
                "key,title,url,licence",
                "key,title,licence,url",
                "the header is",
            ),
            ("totals", "JP,2003,220", "XX,2003,220", "“XX” is not ALL"),
            (
                "totals",
                "JP,2003,220",
                "JP,2003,22O",
                "is not a whole number",
            ),
            ("totals", "JP,2003,", "JP,03,", "as_of"),
        ];
        for (file, from, to, want) in cases {
            let e = broken(file, from, to);
            assert!(has(&e, want), "{file}: {from} → {to}: {e:#?}");
        }
    }

    #[test]
    fn the_same_place_twice_is_caught_across_spellings() {
        // Kobe again under another id, with its name spelt with a macron.
        let places = PLACES.replace(
            "kr-incheon,",
            "jp-kobe-city,JP,city,Kōbe City,,,神戸市,こうべし,,Hyogo,兵庫県,34.7,135.2,t\nkr-incheon,",
        );
        let links = format!("{LINKS}cn-tianjin,jp-kobe-city,,,,w,,\n");
        let e = errors(&places, &links, SOURCES, TOTALS);
        assert!(
            has(&e, "(jp-kobe-city): the same place as jp-kobe"),
            "{e:#?}"
        );
        assert!(has(&e, "probably the same place as jp-kobe"), "{e:#?}");
        assert!(has(&e, "are both 神戸市 at the same spot"), "{e:#?}");
        assert!(
            has(&e, "the same two places as the tie on line 2"),
            "{e:#?}"
        );
    }

    #[test]
    fn unused_places_and_line_ends_are_caught() {
        let places = format!("{PLACES}us-boise,US,city,Boise,,,,,,Idaho,,43.6,-116.2,t\n");
        let e = errors(&places, LINKS, SOURCES, TOTALS);
        assert!(
            has(&e, "places.csv line 5 (us-boise): no tie uses it"),
            "{e:#?}"
        );
        let e = errors(&PLACES.replace('\n', "\r\n"), LINKS, SOURCES, TOTALS);
        assert!(has(&e, "places.csv: has CR characters"), "{e:#?}");
    }

    #[test]
    fn names_reduce_to_what_spellings_share() {
        assert_eq!(norm_name("Kōbe City"), "kobe");
        assert_eq!(norm_name("Seo-gu (Busan)"), "seo");
        assert_eq!(norm_name("Ürümqi"), "urumqi");
        assert_eq!(norm_name("New York City"), "newyork");
    }
}
