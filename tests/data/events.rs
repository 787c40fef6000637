//! `data/events.csv`: dated events, political (under the timeline's chart) and exchanges. Every
//! row reads, has a real date (and end date, when it lasted days), known countries, kind and
//! places, a short own-words title and the http(s) page that states the date; rows run in date
//! order and none is there twice.

use sister_atlas::data::{embedded, parse_csv, EventRow, StatusRow, EVENT_KINDS};

const EVENTS: &str = include_str!("../../data/events.csv");
use sister_atlas::model::chronicle::is_event_id;
use sister_atlas::model::{is_http_url, Country, Date};
use std::collections::HashSet;

use super::atlas;

fn events() -> Vec<(u64, EventRow)> {
    let (rows, issues) = parse_csv::<EventRow>("events.csv", EVENTS);
    assert!(issues.is_empty(), "{issues:#?}");
    rows.into_iter().map(|n| (n.line, n.row)).collect()
}

#[test]
fn every_event_is_dated_sourced_and_known() {
    let rows = events();
    assert!(rows.len() >= 20, "{} events", rows.len());
    let a = atlas();
    let places: HashSet<&str> = a.places.iter().map(|p| p.id.as_str()).collect();
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    let mut ids = HashSet::new();
    let mut last = String::new();
    for (line, e) in &rows {
        let at = format!("events.csv line {line}");
        if !is_event_id(&e.id) || !ids.insert(e.id.as_str()) {
            problems.push(format!(
                "{at}: id: “{}” is not a new id of lower-case letters, digits and single hyphens",
                e.id
            ));
        }
        // Events may come before the first tie: the year is checked on its own, the month and
        // day by the data's date rules.
        let year = e.date.get(..4).and_then(|y| y.parse::<u16>().ok());
        let in_range = year.is_some_and(|y| (1945..=2026).contains(&y));
        let calendar = Date::parse(&format!("2000{}", e.date.get(4..).unwrap_or("x")));
        if !in_range || calendar.is_err() {
            problems.push(format!(
                "{at}: date: “{}” is not YYYY[-MM[-DD]] in 1945–2026",
                e.date
            ));
        }
        for c in e.countries.split(';') {
            if Country::parse(c).is_none_or(|c| c == Country::CN) {
                problems.push(format!("{at}: countries: “{c}” is not JP, KR or US"));
            }
        }
        if !EVENT_KINDS.contains(&e.kind.as_str()) {
            problems.push(format!(
                "{at}: kind: “{}” is not one of {EVENT_KINDS:?}",
                e.kind
            ));
        }
        if e.title.chars().count() > 110 {
            problems.push(format!("{at}: title: longer than 110 characters"));
        }
        if !e.end_date.is_empty() {
            let ok =
                Date::parse(&e.end_date).is_ok() && e.end_date.get(..e.date.len()) >= Some(&e.date);
            if !ok {
                problems.push(format!(
                    "{at}: end_date: “{}” is not a date on or after {}",
                    e.end_date, e.date
                ));
            }
        }
        for p in e.places.split(';').filter(|p| !p.is_empty()) {
            if !places.contains(p) {
                problems.push(format!("{at}: places: “{p}” is not a place of places.csv"));
            }
        }
        if !is_http_url(&e.source) {
            problems.push(format!("{at}: source: not an http(s) address"));
        }
        if !seen.insert((e.date.clone(), e.title.to_lowercase())) {
            problems.push(format!("{at}: the same event twice"));
        }
        if e.date < last {
            problems.push(format!(
                "{at}: before the row above it ({} < {last})",
                e.date
            ));
        }
        last = e.date.clone();
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_landmarks_of_the_story_are_there() {
    let rows = events();
    for (date, country) in [
        ("1972-09-29", "JP"),
        ("1973-06-24", "JP"),
        ("1979-01-01", "US"),
        ("1992-08-24", "KR"),
        ("2012-09-11", "JP"),
        ("2016-07-08", "KR"),
    ] {
        assert!(
            rows.iter()
                .any(|(_, e)| e.date == date && e.countries.split(';').any(|c| c == country)),
            "no event on {date} for {country}"
        );
    }
    // US state laws on ties since 2020, each dated.
    let laws = rows.iter().filter(|(_, e)| e.kind == "law").count();
    assert!(laws >= 2, "{laws} laws");
}

#[test]
fn the_exchanges_that_carry_the_ties_are_there() {
    let rows = events();
    let a = atlas();
    let at = |date: &str, place: &str, kind: &str| {
        rows.iter().any(|(_, e)| {
            e.date == date && e.kind == kind && e.places.split(';').any(|p| p == place)
        })
    };
    // The China–Japan–Korea local-government meeting in Wuxi (2003) and the fifth China–US
    // sister-cities conference in Suzhou (2023), each at its place.
    assert!(at("2003-11-06", "cn-wuxi", "conference"));
    assert!(at("2023-11-03", "cn-suzhou", "conference"));
    assert!(at("2020-07-28", "cn-changchun", "delegation"));
    assert!(a.places.iter().any(|p| p.id == "cn-suzhou"));
    let exchanges = rows.iter().filter(|(_, e)| !e.is_political()).count();
    assert!(exchanges >= 50, "{exchanges} exchanges");
}

#[test]
fn the_embedded_copies_are_the_data_without_notes() {
    let (full, _) = parse_csv::<EventRow>("events.csv", EVENTS);
    let (copy, issues) = parse_csv::<EventRow>("events.csv", embedded::EVENTS);
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(full.len(), copy.len());
    for (f, c) in full.iter().zip(&copy) {
        assert_eq!(
            c.row,
            EventRow {
                note: String::new(),
                ..f.row.clone()
            }
        );
    }
    let (full, _) = parse_csv::<StatusRow>("status.csv", include_str!("../../data/status.csv"));
    let (copy, issues) = parse_csv::<StatusRow>("status.csv", embedded::STATUS);
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(full.len(), copy.len());
    for (f, c) in full.iter().zip(&copy) {
        assert_eq!(
            c.row,
            StatusRow {
                note: String::new(),
                ..f.row.clone()
            }
        );
    }
}
