//! The curated dataset in `data/`: every rule of the rulebook (`rules.rs`), the tables of
//! `data/README.md` made from the data, and the facts the README states about it.
//!
//! After an intended change of the data, `UPDATE_README=1 cargo test --test data` rewrites the
//! README's tables. `DATA_GAZETTEER=rg_cities1000.csv cargo test --test data` also checks that
//! every point lies in its own province, prefecture or state (`gazetteer.rs`).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a failed unwrap is a failed test

mod events;
mod gazetteer;
mod levels;
mod regions;
mod rules;
mod status;
mod tables;

use sister_atlas::data::{embedded, parse_csv, TotalRow};
use sister_atlas::model::{Atlas, Date};

fn files() -> rules::Files<'static> {
    rules::Files {
        places: embedded::PLACES,
        links: embedded::LINKS,
        sources: embedded::SOURCES,
        totals: embedded::TOTALS,
    }
}

fn atlas() -> Atlas {
    let (atlas, issues) = Atlas::embedded();
    assert!(issues.is_empty(), "rows left out: {issues:#?}");
    atlas
}

#[test]
fn the_data_keeps_every_rule() {
    let f = rules::check(&files());
    for w in &f.warnings {
        println!("warning: {w}");
    }
    assert!(
        f.errors.is_empty(),
        "{} errors:\n{}",
        f.errors.len(),
        f.errors.join("\n")
    );
}

#[test]
fn readme_tables_are_made_from_the_data() {
    let a = atlas();
    let (totals, _) = parse_csv::<TotalRow>("totals.csv", embedded::TOTALS);
    let readme = include_str!("../../data/README.md");
    let (official, _) = tables::official(&a, &totals).unwrap();
    let made = tables::with_block(readme, "coverage", &tables::coverage(&a))
        .and_then(|r| tables::with_block(&r, "official", &official))
        .unwrap();
    if made == readme {
        return;
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/README.md");
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(path, &made).unwrap();
        println!("data/README.md: tables rewritten from the data");
        return;
    }
    let line = made
        .lines()
        .zip(readme.lines())
        .position(|(a, b)| a != b)
        .unwrap_or(0);
    panic!(
        "data/README.md's tables do not match the data (line {}):\n  README: {}\n  data:   {}\nrun UPDATE_README=1 cargo test --test data",
        line + 1,
        readme.lines().nth(line).unwrap_or(""),
        made.lines().nth(line).unwrap_or("")
    );
}

#[test]
fn counts_are_within_ten_percent_of_the_latest_official_figures() {
    let (totals, _) = parse_csv::<TotalRow>("totals.csv", embedded::TOTALS);
    let (_, gaps) = tables::official(&atlas(), &totals).unwrap();
    for (country, gap) in gaps {
        assert!(
            gap.abs() <= 0.10,
            "{}: {:.1} % off the official count",
            country.code(),
            gap * 100.0
        );
    }
}

#[test]
fn the_published_figures_the_readme_cites_are_in_totals() {
    let (rows, issues) = parse_csv::<TotalRow>("totals.csv", embedded::TOTALS);
    assert!(issues.is_empty(), "{issues:#?}");
    let has = |c: &str, year: &str, n: &str| {
        rows.iter()
            .any(|r| r.row.country == c && r.row.as_of.starts_with(year) && r.row.count == n)
    };
    assert!(
        has("JP", "2003", "220"),
        "2003: 220 Japanese partner cities"
    );
    assert!(has("KR", "2003", "73"), "2003: 73 ROK partner cities");
    assert!(has("US", "2022", "284"), "2022: 284 China–US pairs");
    assert!(has("US", "2022", "50"), "2022: 50 province–state pairs");
}

#[test]
fn tianjin_kobe_is_the_first_tie() {
    let a = atlas();
    let l = a
        .link_between("cn-tianjin", "jp-kobe")
        .expect("Tianjin–Kobe");
    assert_eq!(a.links[l].date, Date::parse("1973-06-24").ok());
    let first = a.links.iter().filter_map(|l| l.date).min().expect("a date");
    assert_eq!(first.year, 1973);
}

#[test]
fn every_point_lies_in_its_region_by_the_gazetteer() {
    let Some(path) = std::env::var_os("DATA_GAZETTEER") else {
        println!("DATA_GAZETTEER not set: the region check by gazetteer was not run");
        return;
    };
    let text = std::fs::read_to_string(&path).expect("the gazetteer file");
    let errors = gazetteer::check(&text, embedded::PLACES);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}
