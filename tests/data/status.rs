//! `data/status.csv`: the dated changes in the life of a tie (signed, upgraded, re-signed,
//! renewed, suspended, resumed, ended, disputed, barred) and the partner states' laws that bar
//! ties. Every row names a tie of the data (or, for a law, a province-level partner), a real date,
//! a known change, the kinds of an upgrade, and the page that states it; each tie's history makes
//! sense in date order.

use sister_atlas::data::{parse_csv, StatusRow, STATUS_EVENTS};
use sister_atlas::model::{is_http_url, Date, Tier};
use std::collections::{BTreeMap, HashSet};

use super::atlas;

const STATUS: &str = include_str!("../../data/status.csv");
const KINDS: [&str; 3] = ["sister", "friendship", "exchange"];

fn rows() -> Vec<(u64, StatusRow)> {
    let (rows, issues) = parse_csv::<StatusRow>("status.csv", STATUS);
    assert!(issues.is_empty(), "{issues:#?}");
    rows.into_iter().map(|n| (n.line, n.row)).collect()
}

/// What is wrong with each row on its own.
fn row_problems(rows: &[(u64, StatusRow)]) -> Vec<String> {
    let a = atlas();
    let place = |id: &str| a.places.iter().position(|p| p.id == id);
    let ties: HashSet<(usize, usize)> = a.links.iter().map(|l| (l.cn, l.partner)).collect();
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    for (line, s) in rows {
        let at = format!("status.csv line {line}");
        match (s.a.is_empty(), place(&s.a), place(&s.b)) {
            (_, _, None) => problems.push(format!("{at}: b: “{}” is not a place", s.b)),
            (true, _, Some(b)) => {
                if s.event != "barred" || a.places[b].level.tier() != Tier::Province {
                    problems.push(format!(
                        "{at}: a row without a tie is a law of a province or state (barred)"
                    ));
                }
            }
            (false, Some(x), Some(y)) if ties.contains(&(x, y)) => {}
            _ => problems.push(format!("{at}: {} – {} is not a tie of links.csv", s.a, s.b)),
        }
        let year_ok = s
            .date
            .get(..4)
            .and_then(|y| y.parse::<u16>().ok())
            .is_some_and(|y| (1973..=2026).contains(&y));
        if Date::parse(&s.date).is_err() || !year_ok {
            problems.push(format!(
                "{at}: date: “{}” is not a date in 1973–2026",
                s.date
            ));
        }
        if !STATUS_EVENTS.contains(&s.event.as_str()) {
            problems.push(format!(
                "{at}: event: “{}” is not one of {STATUS_EVENTS:?}",
                s.event
            ));
        }
        let kinds = (s.from_kind.as_str(), s.to_kind.as_str());
        let upgrade_ok = match s.event.as_str() {
            "upgraded" => {
                KINDS.contains(&kinds.0) && KINDS.contains(&kinds.1) && kinds.0 != kinds.1
            }
            // A first step may say which kind of agreement it was.
            "signed" => kinds.0.is_empty() && (kinds.1.is_empty() || KINDS.contains(&kinds.1)),
            _ => kinds == ("", ""),
        };
        if !upgrade_ok {
            problems.push(format!(
                "{at}: from_kind/to_kind: “{}”/“{}” (two different kinds for an upgrade, at most the kind made for a signing, none otherwise)",
                kinds.0, kinds.1
            ));
        }
        if !is_http_url(&s.source) {
            problems.push(format!("{at}: source: not an http(s) address"));
        }
        if s.note.trim().is_empty() {
            problems.push(format!("{at}: note: says nothing"));
        }
        if !seen.insert((s.a.clone(), s.b.clone(), s.date.clone(), s.event.clone())) {
            problems.push(format!("{at}: the same change twice"));
        }
    }
    problems
}

/// What is wrong with each tie's history in date order: a resumption needs a suspension before
/// it, nothing but a new signing follows an ending, a signing comes first.
fn history_problems(rows: &[(u64, StatusRow)]) -> Vec<String> {
    let mut by_tie: BTreeMap<(&str, &str), Vec<&StatusRow>> = BTreeMap::new();
    for (_, s) in rows.iter().filter(|(_, s)| !s.a.is_empty()) {
        by_tie.entry((&s.a, &s.b)).or_default().push(s);
    }
    let mut problems = Vec::new();
    for ((a, b), mut h) in by_tie {
        h.sort_by(|x, y| x.date.cmp(&y.date));
        let (mut suspended, mut ended) = (false, false);
        for (i, s) in h.iter().enumerate() {
            let at = format!("{a} – {b} {} {}", s.date, s.event);
            match s.event.as_str() {
                "signed" if i > 0 => problems.push(format!("{at}: a signing after other changes")),
                "resumed" if !suspended => {
                    problems.push(format!("{at}: resumed without a suspension before"))
                }
                "signed" | "re-signed" => ended = false,
                _ if ended => problems.push(format!("{at}: after the tie ended")),
                _ => {}
            }
            suspended = match s.event.as_str() {
                "suspended" => true,
                "resumed" => false,
                _ => suspended,
            };
            ended |= s.event.starts_with("ended");
        }
    }
    problems
}

/// What disagrees between a tie raised from an earlier agreement and `links.csv`: the tie's kind
/// is the kind of its latest raise, its date the date of that raise (`links.csv`'s `date` is
/// when the tie took its present kind), and a first signing comes before the raise with the
/// kind the raise starts from.
fn upgrade_problems(rows: &[(u64, StatusRow)]) -> Vec<String> {
    let a = atlas();
    let mut problems = Vec::new();
    let mut latest: BTreeMap<(&str, &str), &StatusRow> = BTreeMap::new();
    for (_, s) in rows.iter().filter(|(_, s)| s.event == "upgraded") {
        let e = latest.entry((&s.a, &s.b)).or_insert(s);
        if s.date > e.date {
            *e = s;
        }
    }
    for ((x, y), up) in latest {
        let Some(l) = a.link_between(x, y).map(|l| &a.links[l]) else {
            continue;
        };
        let at = format!("{x} – {y}");
        let kind = sister_atlas::view::kind_word(l.kind);
        if kind != up.to_kind {
            problems.push(format!(
                "{at}: links.csv kind “{kind}”, raised to “{}” in status.csv",
                up.to_kind
            ));
        }
        let date = l.date.map(|d| d.to_string()).unwrap_or_default();
        // The same date, at the precision of the less precise of the two.
        let n = date.len().min(up.date.len());
        if date.is_empty() || date[..n] != up.date[..n] {
            problems.push(format!(
                "{at}: links.csv date “{date}” is not the date of the raise ({})",
                up.date
            ));
        }
        let signings = (rows.iter().map(|(_, s)| s))
            .filter(|s| s.a == x && s.b == y && s.event == "signed" && !s.to_kind.is_empty());
        for s in signings.filter(|s| s.date >= up.date) {
            problems.push(format!(
                "{at}: the first signing ({}) is not before the raise",
                s.date
            ));
        }
    }
    problems
}

#[test]
fn every_status_change_names_a_tie_a_date_and_its_source() {
    let rows = rows();
    assert!(rows.len() >= 25, "{} rows", rows.len());
    let problems = [
        row_problems(&rows),
        history_problems(&rows),
        upgrade_problems(&rows),
    ]
    .concat();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_history_checks_catch_what_makes_no_sense() {
    let bad = "a,b,date,event,from_kind,to_kind,source,note
cn-tianjin,jp-kobe,1980-02-31,renewed,,,https://example.org,x
cn-tianjin,jp-kobe,1990,resumed,,,https://example.org,x
cn-tianjin,jp-kobe,1991,upgraded,sister,sister,https://example.org,x
cn-tianjin,jp-kobe,1992,ended-by-both,,,https://example.org,x
cn-tianjin,jp-kobe,1993,renewed,,,ftp://example.org,x
,jp-kobe,1994,barred,,,https://example.org,x
cn-tianjin,jp-nowhere,1995,frozen,,,https://example.org,
";
    let (parsed, issues) = parse_csv::<StatusRow>("status.csv", bad);
    let rows: Vec<(u64, StatusRow)> = parsed.into_iter().map(|n| (n.line, n.row)).collect();
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(rows.len(), 7);
    let p = [row_problems(&rows), history_problems(&rows)]
        .concat()
        .join("\n");
    for want in [
        "line 2: date",
        "line 4: from_kind/to_kind",
        "line 6: source",
        "line 7: a row without a tie",
        "jp-nowhere” is not a place",
        "not one of",
        "resumed without a suspension",
        "renewed: after the tie ended",
    ] {
        assert!(p.contains(want), "no “{want}” in\n{p}");
    }
}

#[test]
fn the_changes_the_story_needs_are_there() {
    let rows = rows();
    let has = |a: &str, b: &str, event: &str| {
        rows.iter()
            .any(|(_, s)| s.a == a && s.b == b && s.event == event)
    };
    assert!(has("cn-xiangyang", "us-carmel-indiana", "ended-by-one"));
    assert!(has("", "us-texas", "barred"));
    assert!(has("", "us-indiana", "barred"));
    assert!(has("cn-nanjing", "jp-nagoya", "suspended"));
    assert!(has("cn-qingdao", "kr-daegu", "resumed"));
    let upgrades = rows.iter().filter(|(_, s)| s.event == "upgraded").count();
    assert!(upgrades >= 5, "{upgrades} upgrades");
}

#[test]
fn a_raise_that_disagrees_with_the_tie_is_caught() {
    // Tianjin – Kobe: a sister tie of 1973-06-24, here said to be raised to friendship in 1990,
    // after a signing that comes after the raise.
    let bad = "a,b,date,event,from_kind,to_kind,source,note
cn-tianjin,jp-kobe,1990,upgraded,exchange,friendship,https://example.org,x
cn-tianjin,jp-kobe,1991,signed,,exchange,https://example.org,x
";
    let (parsed, _) = parse_csv::<StatusRow>("status.csv", bad);
    let rows: Vec<(u64, StatusRow)> = parsed.into_iter().map(|n| (n.line, n.row)).collect();
    let p = upgrade_problems(&rows).join("\n");
    for want in [
        "kind “sister”, raised to “friendship”",
        "date “1973-06-24” is not the date of the raise",
        "the first signing (1991) is not before the raise",
    ] {
        assert!(p.contains(want), "no “{want}” in\n{p}");
    }
}
