//! The CSV download: one row per tie with both places in English and in their own script, the
//! kind, the date with the page that states it, the sources and the note, then a last row with
//! the licence notice. RFC 4180 quoting; a cell a spreadsheet would read as a formula is
//! prefixed with an apostrophe.

use super::{shown_ties, sources_text, LICENCE};
use crate::details::{kind_label, level_label};
use crate::model::Atlas;

const HEADER: [&str; 17] = [
    "a",
    "a_name_en",
    "a_name_local",
    "a_level",
    "a_region",
    "b",
    "b_name_en",
    "b_name_local",
    "b_country",
    "b_level",
    "b_region",
    "kind",
    "date",
    "date_source",
    "sources",
    "primary",
    "note",
];

/// The ties `shown` lets through (one flag per tie) as CSV.
pub fn ties_csv(atlas: &Atlas, shown: &[bool]) -> String {
    let mut out = String::new();
    row(&mut out, HEADER.iter().map(|h| h.to_string()));
    for l in shown_ties(atlas, shown) {
        let t = &atlas.links[l];
        let (a, b) = (&atlas.places[t.cn], &atlas.places[t.partner]);
        row(
            &mut out,
            [
                a.id.clone(),
                a.names.en.clone(),
                a.names.local(a.country).to_owned(),
                level_label(a.level, a.country).to_owned(),
                a.region_en.clone(),
                b.id.clone(),
                b.names.en.clone(),
                b.names.local(b.country).to_owned(),
                b.country.code().to_owned(),
                level_label(b.level, b.country).to_owned(),
                b.region_en.clone(),
                kind_label(t.kind).unwrap_or("").to_owned(),
                t.date.map(|d| d.to_string()).unwrap_or_default(),
                t.date_source.clone(),
                sources_text(atlas, &t.sources),
                t.primary.clone(),
                t.note.clone(),
            ]
            .into_iter(),
        );
    }
    let mut last = vec![LICENCE.to_owned()];
    last.resize(HEADER.len(), String::new());
    row(&mut out, last.into_iter());
    out
}

fn row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, c) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        cell(out, &c);
    }
    out.push_str("\r\n");
}

/// One cell: quoted when it holds a comma, a quote or a line break; an apostrophe before a
/// leading `=`, `+`, `-`, `@`, tab or carriage return, so that no spreadsheet runs it.
fn cell(out: &mut String, v: &str) {
    let formula = v.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = formula || v.contains([',', '"', '\n', '\r']);
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for ch in v.chars() {
        if ch == '"' {
            out.push('"');
        }
        out.push(ch);
    }
    if quote {
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::fixture;

    /// The records of CSV text, read back by the data's own reader.
    fn parse_records(text: &str) -> Option<Vec<Vec<String>>> {
        let mut rows = Vec::new();
        crate::data::records(text, |_, r| {
            rows.push(r.iter().map(|s| s.to_string()).collect())
        });
        Some(rows)
    }

    #[test]
    fn the_rows_shown_with_their_sources_and_the_licence() {
        let a = fixture();
        let shown = [true, false, true, true];
        let text = ties_csv(&a, &shown);
        let rows = parse_records(&text).unwrap();
        assert_eq!(rows[0], HEADER);
        assert_eq!(rows.len(), 1 + 3 + 1);
        assert!(rows.iter().all(|r| r.len() == HEADER.len()));
        assert_eq!(rows[1][0..3], ["cn-tianjin", "Tianjin", "天津市"]);
        assert_eq!(rows[1][5..8], ["jp-kobe", "Kobe", "神戸市"]);
        assert_eq!(
            rows[1][11..14],
            ["friendship city", "1973-06-24", "https://example.org/kobe"]
        );
        assert_eq!(rows[1][14], "Wikipedia lists <https://en.wikipedia.org/>");
        // Shanghai–Osaka is hidden.
        assert!(rows.iter().all(|r| r[0] != "cn-shanghai"));
        assert_eq!(rows[4][0], LICENCE);
    }

    #[test]
    fn cells_are_text_never_formulas() {
        let mut out = String::new();
        for v in [
            "=HYPERLINK(\"x\")",
            "+1",
            "-2",
            "@SUM(A1)",
            "a,b",
            "say \"hi\"",
            "plain",
        ] {
            out.clear();
            cell(&mut out, v);
            let back = &parse_records(&out).unwrap()[0][0];
            assert!(!back.starts_with(['=', '+', '-', '@']), "{v} → {back}");
            assert!(back.ends_with(v.trim_start_matches([' '])), "{v} → {back}");
        }
    }
}
