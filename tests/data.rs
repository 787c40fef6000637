//! Validation of the curated dataset in `data/`: the rules of data/README.md as tests, and the
//! coverage table there kept true.

use sister_atlas::data::{embedded, parse_csv, FieldError, Fields, Row};
use sister_atlas::model::{Atlas, Country, Date, Kind, Level};
use std::collections::{HashMap, HashSet};

fn atlas() -> Atlas {
    let (atlas, issues) = Atlas::embedded();
    assert!(issues.is_empty(), "rows left out: {issues:#?}");
    atlas
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}
fn is_kana(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x31F0..=0x31FF)
}
fn is_hangul(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F)
}

#[test]
fn every_row_is_valid_and_every_place_is_linked() {
    let a = atlas();
    let (rows, _) = parse_csv::<sister_atlas::data::PlaceRow>("places.csv", embedded::PLACES);
    assert_eq!(rows.len(), a.places.len());
    for p in &a.places {
        assert!(p.degree() > 0, "{} has no tie", p.id);
        assert!(p.coord.is_some(), "{} has no coordinates", p.id);
    }
}

#[test]
fn names_are_in_the_expected_scripts() {
    let a = atlas();
    for p in &a.places {
        let n = &p.names;
        let id = &p.id;
        assert!(
            n.en.chars()
                .all(|c| !is_han(c) && !is_kana(c) && !is_hangul(c)),
            "{id}: English name {:?}",
            n.en
        );
        if !n.zh.is_empty() {
            assert!(n.zh.chars().any(is_han), "{id}: Chinese name {:?}", n.zh);
        }
        if !n.ja.is_empty() {
            assert!(
                n.ja.chars()
                    .all(|c| is_han(c) || is_kana(c) || c == 'ヶ' || c == '々'),
                "{id}: Japanese name {:?}",
                n.ja
            );
        }
        if !n.kana.is_empty() {
            assert!(n.kana.chars().all(is_kana), "{id}: kana {:?}", n.kana);
        }
        if !n.ko.is_empty() {
            assert!(
                n.ko.chars().all(|c| is_hangul(c) || c == ' '),
                "{id}: Korean name {:?}",
                n.ko
            );
        }
        match p.country {
            Country::CN => assert!(
                !n.zh.is_empty(),
                "{id}: a Chinese place needs its 汉字 name"
            ),
            Country::JP => assert!(!n.ja.is_empty(), "{id}: a Japanese place needs its name"),
            Country::KR | Country::US => {}
        }
    }
}

#[test]
fn no_place_twice_under_two_spellings() {
    // Same country, level, region and romanised name (Akita city and Akita prefecture differ); or the same local name within 10 km (two
    // districts of one name in different cities are different places).
    let a = atlas();
    let mut by_en: HashMap<(Country, Level, String, String), &str> = HashMap::new();
    let mut by_local: HashMap<(Country, &str), Vec<usize>> = HashMap::new();
    for (i, p) in a.places.iter().enumerate() {
        let norm: String = p
            .names
            .en
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        let key = (p.country, p.level, p.region_en.to_lowercase(), norm);
        if let Some(other) = by_en.insert(key.clone(), &p.id) {
            panic!("{other} and {} look like the same place ({key:?})", p.id);
        }
        let local = p.names.local(p.country);
        if !local.is_empty() {
            by_local.entry((p.country, local)).or_default().push(i);
        }
    }
    let km = |x: (f64, f64), y: (f64, f64)| {
        let dlat = (x.0 - y.0) * 111.0;
        let dlon = (x.1 - y.1) * 111.0 * x.0.to_radians().cos();
        (dlat * dlat + dlon * dlon).sqrt()
    };
    for ((_, name), ix) in by_local {
        for (k, &i) in ix.iter().enumerate() {
            for &j in &ix[k + 1..] {
                let (p, q) = (&a.places[i], &a.places[j]);
                if let (Some(x), Some(y)) = (p.coord, q.coord) {
                    assert!(
                        km(x, y) > 10.0,
                        "{} and {} are both {name} at the same spot",
                        p.id,
                        q.id
                    );
                }
            }
        }
    }
}

#[test]
fn no_duplicate_pairs_even_through_twin_places() {
    // Two ties between the same two real places would show as two pairs of places sitting on
    // the same spot with the same names; the previous test rules out twin places, and the model
    // rejects a repeated (a, b). Here: the pair set equals the link count.
    let a = atlas();
    let pairs: HashSet<(usize, usize)> = a.links.iter().map(|l| (l.a, l.b)).collect();
    assert_eq!(pairs.len(), a.links.len());
}

#[test]
fn every_year_is_in_range_and_cited() {
    let a = atlas();
    for l in &a.links {
        if let Some(d) = l.date {
            assert!((1973..=2026).contains(&d.year));
            assert!(
                l.date_source.starts_with("http://") || l.date_source.starts_with("https://"),
                "{} – {}: date without a URL",
                a.places[l.a].id,
                a.places[l.b].id
            );
        }
        assert!(!l.sources.is_empty());
    }
    // The first tie of all.
    let t = a.index_of("cn-tianjin").expect("Tianjin");
    let k = a.index_of("jp-kobe").expect("Kobe");
    let l = a
        .links
        .iter()
        .find(|l| l.a == t && l.b == k)
        .expect("Tianjin–Kobe");
    assert_eq!(l.date, Some(Date::parse("1973-06-24").expect("date")));
    let first = a.links.iter().filter_map(|l| l.date).min().expect("a date");
    assert_eq!(first.year, 1973);
}

#[test]
fn readme_coverage_table_matches_the_data() {
    let a = atlas();
    let c = a.coverage();
    let readme = include_str!("../data/README.md");
    let begin = readme
        .find("<!-- coverage:begin -->")
        .expect("begin marker");
    let end = readme.find("<!-- coverage:end -->").expect("end marker");
    let table = &readme[begin..end];
    let pct = |n: usize, d: usize| (n * 100 + d / 2).checked_div(d).unwrap_or(0);
    let mut expect = Vec::new();
    for (k, country) in Country::PARTNERS.iter().enumerate() {
        let (n, dated) = (c.by_country[k], c.dated_by_country[k]);
        let cited = a
            .links
            .iter()
            .enumerate()
            .filter(|(i, l)| a.link_country(*i) == *country && !l.sources.is_empty())
            .count();
        expect.push(format!(
            "| {} | {n} | {dated} | {} % | {} % |",
            country.code(),
            pct(dated, n),
            pct(cited, n)
        ));
    }
    expect.push(format!(
        "| all | {} | {} | {} % | {} % |",
        c.links,
        c.dated,
        pct(c.dated, c.links),
        pct(c.cited, c.links)
    ));
    for line in &expect {
        assert!(
            table.lines().any(|l| l.trim() == line),
            "data/README.md coverage table lacks “{line}” (run python3 tools/data_check.py --write-readme)\n{table}"
        );
    }
}

struct Total {
    country: String,
    as_of: String,
    count: u32,
    what: String,
    url: String,
}

impl Row for Total {
    const REQUIRED: &'static [&'static str] = &["country", "as_of", "count", "what", "url"];
    fn from_fields(f: &Fields<'_>) -> Result<Self, FieldError> {
        Ok(Self {
            country: f.text("country"),
            as_of: f.text("as_of"),
            count: f.get("count").parse().map_err(|_| FieldError {
                field: "count",
                message: "not a whole number".to_owned(),
            })?,
            what: f.text("what"),
            url: f.text("url"),
        })
    }
}

#[test]
fn counts_are_within_ten_percent_of_the_latest_official_figures() {
    let a = atlas();
    let readme = include_str!("../data/README.md");
    let begin = readme
        .find("<!-- official:begin -->")
        .expect("begin marker");
    let end = readme.find("<!-- official:end -->").expect("end marker");
    let (totals, _) = parse_csv::<Total>("totals.csv", include_str!("../data/totals.csv"));
    let rows: Vec<Vec<&str>> = readme[begin..end]
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| country"))
        .map(|l| l.trim_matches('|').split('|').map(str::trim).collect())
        .collect();
    assert_eq!(rows.len(), 3, "one row per partner country");
    for (k, country) in Country::PARTNERS.iter().enumerate() {
        let row = rows
            .iter()
            .find(|r| r[0] == country.code())
            .expect("a row for the country");
        let all = a.coverage().by_country[k];
        let comparable = a
            .links
            .iter()
            .enumerate()
            .filter(|(i, l)| a.link_country(*i) == *country && l.kind != Kind::Exchange)
            .count();
        assert_eq!(row[1], all.to_string(), "{}: ties here", country.code());
        assert_eq!(
            row[2],
            comparable.to_string(),
            "{}: without exchange",
            country.code()
        );
        let official: u32 = row[3].parse().expect("official count");
        assert!(
            totals
                .iter()
                .any(|t| t.country == country.code() && t.as_of == row[4] && t.count == official),
            "{}: {official} as of {} is not in totals.csv",
            country.code(),
            row[4]
        );
        // No later whole-country figure in totals.csv than the one compared with.
        let later = totals.iter().any(|t| {
            t.country == country.code()
                && t.as_of.as_str() > row[4]
                && !t.what.starts_with('[')
                && t.count != official
        });
        assert!(
            !later,
            "{}: totals.csv has a later official count",
            country.code()
        );
        let gap = (comparable as f64 - f64::from(official)) / f64::from(official);
        let shown = format!(
            "{}{} %",
            if gap < 0.0 { "−" } else { "+" },
            (gap.abs() * 100.0).round()
        );
        assert_eq!(row[5], shown, "{}: gap", country.code());
        assert!(
            gap.abs() <= 0.10,
            "{}: {shown} off the official count",
            country.code()
        );
    }
}

#[test]
fn totals_are_dated_counted_and_sourced() {
    let (rows, issues) = parse_csv::<Total>("totals.csv", include_str!("../data/totals.csv"));
    assert!(issues.is_empty(), "{issues:#?}");
    assert!(rows.len() >= 10);
    for r in &rows {
        assert!(
            ["ALL", "JP", "KR", "US"].contains(&r.country.as_str()),
            "{}",
            r.country
        );
        assert!(Date::parse(&r.as_of).is_ok(), "{}", r.as_of);
        assert!(r.url.starts_with("http"), "{}: {}", r.as_of, r.url);
        assert!(!r.what.is_empty() && r.count > 0);
    }
    // The published figures the brief names.
    let has = |c: &str, year: &str, n: u32| {
        rows.iter()
            .any(|r| r.country == c && r.as_of.starts_with(year) && r.count == n)
    };
    assert!(has("JP", "2003", 220), "2003: 220 Japanese partner cities");
    assert!(has("KR", "2003", 73), "2003: 73 ROK partner cities");
    assert!(
        rows.iter().any(|r| r.country == "US" && r.count == 284),
        "284 China–US pairs"
    );
}
