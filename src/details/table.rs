//! The table of ties: one row per tie the filters let through, with both places in English and
//! in their own script, the kind, the date and the sources, sorted by any column.

use super::{kind_label, place_ref, LinkFacts, PlaceRef, SourceLink};
use crate::model::Atlas;
use crate::view::{TableColumn, TableSort};

/// One row of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    /// The tie's key (`a~b`).
    pub key: String,
    pub a: PlaceRef,
    pub b: PlaceRef,
    pub kind: &'static str,
    pub date: Option<String>,
    pub date_source: Option<String>,
    pub sources: Vec<SourceLink>,
}

/// The headings of the table's columns, in order.
pub const TABLE_HEADINGS: [(TableColumn, &str); 5] = [
    (TableColumn::China, "Chinese place"),
    (TableColumn::Partner, "Partner"),
    (TableColumn::Country, "Country"),
    (TableColumn::Kind, "Kind"),
    (TableColumn::Date, "Established"),
];

/// The ties `shown` lets through (one flag per tie), sorted as `sort` says; undated ties come
/// last whichever way dates are sorted.
pub fn table_rows(atlas: &Atlas, shown: &[bool], sort: TableSort) -> Vec<TableRow> {
    let rows = (0..atlas.links.len())
        .filter(|&l| shown.get(l).copied().unwrap_or(false))
        .map(|l| {
            let t = &atlas.links[l];
            let facts: LinkFacts = super::link_facts(atlas, l);
            let a = place_ref(atlas, t.cn);
            let b = place_ref(atlas, t.partner);
            TableRow {
                key: format!("{}~{}", a.id, b.id),
                a,
                b,
                kind: kind_label(t.kind).unwrap_or("not stated"),
                date: facts.date,
                date_source: facts.date_source,
                sources: facts.sources,
            }
        });
    // Each row's sort key, made once: undated rows last (dates only), then the column's text
    // and the next column's, then the data's order.
    let key = |r: &TableRow| -> (bool, String, String) {
        let lower = |p: &PlaceRef| p.name_en.to_ascii_lowercase();
        match sort.column {
            TableColumn::China => (false, lower(&r.a), lower(&r.b)),
            TableColumn::Partner => (false, lower(&r.b), lower(&r.a)),
            TableColumn::Country => (false, r.b.country.code().to_owned(), lower(&r.b)),
            TableColumn::Kind => (false, r.kind.to_owned(), lower(&r.a)),
            TableColumn::Date => (
                r.date.is_none(),
                r.date.clone().unwrap_or_default(),
                lower(&r.a),
            ),
        }
    };
    let mut keyed: Vec<((bool, String, String), usize, TableRow)> =
        rows.enumerate().map(|(i, r)| (key(&r), i, r)).collect();
    keyed.sort_by(|x, y| x.0.cmp(&y.0).then(x.1.cmp(&y.1)));
    if sort.descending {
        // The other direction, undated rows still last.
        let dated = keyed.iter().take_while(|(k, _, _)| !k.0).count();
        keyed[..dated].reverse();
    }
    keyed.into_iter().map(|(_, _, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::fixture;

    fn keys(rows: &[TableRow]) -> Vec<&str> {
        rows.iter().map(|r| r.key.as_str()).collect()
    }

    #[test]
    fn rows_sort_by_any_column_with_undated_ties_last() {
        let a = fixture();
        let all = [true; 4];
        let by = |column, descending| table_rows(&a, &all, TableSort { column, descending });
        let rows = by(TableColumn::Date, false);
        assert_eq!(
            keys(&rows),
            [
                "cn-tianjin~jp-kobe",
                "cn-shanghai~jp-osaka",
                "cn-tianjin~kr-incheon",
                "cn-tianjin~us-philadelphia"
            ]
        );
        let rows = by(TableColumn::Date, true);
        assert_eq!(keys(&rows)[0], "cn-tianjin~kr-incheon");
        assert_eq!(keys(&rows)[3], "cn-tianjin~us-philadelphia");
        assert_eq!(
            keys(&by(TableColumn::Partner, false))[0],
            "cn-tianjin~kr-incheon"
        );
        assert_eq!(
            keys(&by(TableColumn::Country, true))[0],
            "cn-tianjin~us-philadelphia"
        );
        assert_eq!(
            keys(&by(TableColumn::China, false))[0],
            "cn-shanghai~jp-osaka"
        );
        let rows = by(TableColumn::China, false);
        // Tianjin's partners by name after Shanghai.
        assert_eq!(
            keys(&rows)[1..],
            [
                "cn-tianjin~kr-incheon",
                "cn-tianjin~jp-kobe",
                "cn-tianjin~us-philadelphia"
            ]
        );
        let row = &rows[2];
        assert_eq!(
            (row.a.name_local.as_str(), row.b.name_local.as_str()),
            ("天津市", "神戸市")
        );
        assert_eq!(row.kind, "friendship city");
        // Only what the filters show.
        let some = table_rows(&a, &[true, false, false, false], TableSort::default());
        assert_eq!(keys(&some), ["cn-tianjin~jp-kobe"]);
    }
}
