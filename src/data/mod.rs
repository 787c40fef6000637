//! The dataset as written in `data/*.csv`: row types, read by column name from CSV text.
//!
//! Parsing never panics and never drops a row silently: every row that cannot be read becomes a
//! [`DataIssue`] naming the file, the line and the field, and every row that can be read keeps the
//! line it starts on, so that later checks ([`crate::model`]) report true lines too.

mod csv;

pub use csv::{parse_csv, records, DataIssue, FieldError, Fields, Numbered, Row};

/// The dataset compiled into the binary.
pub mod embedded {
    /// `data/places.csv`
    pub const PLACES: &str = include_str!("../../data/places.csv");
    /// `data/links.csv`
    pub const LINKS: &str = include_str!("../../data/links.csv");
    /// `data/sources.csv`
    pub const SOURCES: &str = include_str!("../../data/sources.csv");
    /// `data/totals.csv`
    pub const TOTALS: &str = include_str!("../../data/totals.csv");
    /// `data/events.csv` and `data/status.csv` without their `note` column (see `build.rs`).
    pub const EVENTS: &str = include_str!(concat!(env!("OUT_DIR"), "/events.csv"));
    pub const STATUS: &str = include_str!(concat!(env!("OUT_DIR"), "/status.csv"));
    /// `data/land.bin` (see `tools/land.mjs` for the format)
    pub const LAND: &[u8] = include_bytes!("../../data/land.bin");
}

/// One row of `places.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceRow {
    pub id: String,
    pub country: String,
    pub level: String,
    pub name_en: String,
    pub name_zh: String,
    pub name_zh_hant: String,
    pub name_ja: String,
    pub name_kana: String,
    pub name_ko: String,
    pub region_en: String,
    pub region_local: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub coord_source: String,
}

/// One row of `links.csv`: one tie.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkRow {
    pub a: String,
    pub b: String,
    pub kind: String,
    pub date: String,
    pub date_source: String,
    pub sources: String,
    /// The primary source among the tie's pages (a government page, a national registry or a
    /// government news report), where it has one.
    pub primary: String,
    pub note: String,
}

/// One row of `sources.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceRow {
    pub key: String,
    pub title: String,
    pub url: String,
    pub licence: String,
}

/// One row of `totals.csv`: a published official count.
#[derive(Debug, Clone, PartialEq)]
pub struct TotalRow {
    pub country: String,
    pub as_of: String,
    pub count: String,
    pub what: String,
    pub url: String,
}

impl Row for PlaceRow {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "country",
        "level",
        "name_en",
        "name_zh",
        "name_zh_hant",
        "name_ja",
        "name_kana",
        "name_ko",
        "region_en",
        "region_local",
        "lat",
        "lon",
        "coord_source",
    ];
    const REQUIRED: &'static [&'static str] = &["id", "country", "level", "name_en", "lat", "lon"];
    fn from_fields(f: &Fields<'_>) -> Result<Self, FieldError> {
        Ok(Self {
            id: f.text("id"),
            country: f.text("country"),
            level: f.text("level"),
            name_en: f.text("name_en"),
            name_zh: f.text("name_zh"),
            name_zh_hant: f.text("name_zh_hant"),
            name_ja: f.text("name_ja"),
            name_kana: f.text("name_kana"),
            name_ko: f.text("name_ko"),
            region_en: f.text("region_en"),
            region_local: f.text("region_local"),
            lat: f.number("lat")?,
            lon: f.number("lon")?,
            coord_source: f.text("coord_source"),
        })
    }
}

impl Row for LinkRow {
    const COLUMNS: &'static [&'static str] = &[
        "a",
        "b",
        "kind",
        "date",
        "date_source",
        "sources",
        "primary",
        "note",
    ];
    const REQUIRED: &'static [&'static str] = &["a", "b"];
    fn from_fields(f: &Fields<'_>) -> Result<Self, FieldError> {
        Ok(Self {
            a: f.text("a"),
            b: f.text("b"),
            kind: f.text("kind"),
            date: f.text("date"),
            date_source: f.text("date_source"),
            sources: f.text("sources"),
            primary: f.text("primary"),
            note: f.text("note"),
        })
    }
}

impl Row for SourceRow {
    const COLUMNS: &'static [&'static str] = &["key", "title", "url", "licence"];
    const REQUIRED: &'static [&'static str] = &["key", "title"];
    fn from_fields(f: &Fields<'_>) -> Result<Self, FieldError> {
        Ok(Self {
            key: f.text("key"),
            title: f.text("title"),
            url: f.text("url"),
            licence: f.text("licence"),
        })
    }
}

impl Row for TotalRow {
    const COLUMNS: &'static [&'static str] = &["country", "as_of", "count", "what", "url"];
    const REQUIRED: &'static [&'static str] = &["country", "as_of", "count", "what", "url"];
    fn from_fields(f: &Fields<'_>) -> Result<Self, FieldError> {
        Ok(Self {
            country: f.text("country"),
            as_of: f.text("as_of"),
            count: f.text("count"),
            what: f.text("what"),
            url: f.text("url"),
        })
    }
}

/// One row of `events.csv`: a dated event that bears on the ties, political (relations,
/// crises, laws, endings) or an exchange that carries them (conferences, delegations, meetings of
/// a mechanism, signing ceremonies, anniversaries).
#[derive(Debug, Clone, PartialEq)]
pub struct EventRow {
    /// A short name that stays the event's own when other rows change (`2003-11-06-conference-wuxi`).
    pub id: String,
    pub date: String,
    /// The last day of an event over several days (empty: one day, or not stated).
    pub end_date: String,
    /// Partner countries it concerns, `;`-separated codes.
    pub countries: String,
    /// One of [`EVENT_KINDS`].
    pub kind: String,
    /// Where it happened: place ids, `;`-separated (empty: not one place).
    pub places: String,
    /// Organisations involved, `;`-separated.
    pub organisations: String,
    pub title: String,
    /// The page that states the date.
    pub source: String,
    pub note: String,
}

/// The kinds of event `events.csv` may name: the political ones first, then the exchanges.
pub const EVENT_KINDS: [&str; 10] = [
    "diplomacy",
    "tie",
    "crisis",
    "law",
    "ending",
    "conference",
    "delegation",
    "mechanism",
    "signing",
    "anniversary",
];

impl EventRow {
    /// Whether the event is political (relations, a first tie, a crisis, a law, an ending): what
    /// explains the growth curve, as opposed to the exchanges that carry the ties.
    pub fn is_political(&self) -> bool {
        EVENT_KINDS[..5].contains(&self.kind.as_str())
    }
}

impl Row for EventRow {
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "date",
        "end_date",
        "countries",
        "kind",
        "places",
        "organisations",
        "title",
        "source",
        "note",
    ];
    const REQUIRED: &'static [&'static str] =
        &["id", "date", "countries", "kind", "title", "source"];
    fn from_fields(f: &Fields<'_>) -> Result<Self, FieldError> {
        Ok(Self {
            id: f.text("id"),
            date: f.text("date"),
            end_date: f.text("end_date"),
            countries: f.text("countries"),
            kind: f.text("kind"),
            places: f.text("places"),
            organisations: f.text("organisations"),
            title: f.text("title"),
            source: f.text("source"),
            note: f.text("note"),
        })
    }
}

/// One row of `status.csv`: a dated change in the life of a tie (`a` – `b`), or a law of a
/// partner province or state `b` that bars ties (`a` empty).
#[derive(Debug, Clone, PartialEq)]
pub struct StatusRow {
    pub a: String,
    pub b: String,
    pub date: String,
    /// One of [`STATUS_EVENTS`].
    pub event: String,
    /// For `upgraded`: the kind before and after.
    pub from_kind: String,
    pub to_kind: String,
    /// The page that states the change and its date.
    pub source: String,
    pub note: String,
}

/// The changes `status.csv` may record.
pub const STATUS_EVENTS: [&str; 10] = [
    "signed",
    "upgraded",
    "re-signed",
    "renewed",
    "suspended",
    "resumed",
    "ended-by-one",
    "ended-by-both",
    "disputed",
    "barred",
];

impl Row for StatusRow {
    const COLUMNS: &'static [&'static str] = &[
        "a",
        "b",
        "date",
        "event",
        "from_kind",
        "to_kind",
        "source",
        "note",
    ];
    const REQUIRED: &'static [&'static str] = &["b", "date", "event", "source", "note"];
    fn from_fields(f: &Fields<'_>) -> Result<Self, FieldError> {
        Ok(Self {
            a: f.text("a"),
            b: f.text("b"),
            date: f.text("date"),
            event: f.text("event"),
            from_kind: f.text("from_kind"),
            to_kind: f.text("to_kind"),
            source: f.text("source"),
            note: f.text("note"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_files_parse_without_issues() {
        let (places, issues) = parse_csv::<PlaceRow>("places.csv", embedded::PLACES);
        assert!(issues.is_empty(), "{issues:?}");
        assert!(places.len() > 500);
        let (links, issues) = parse_csv::<LinkRow>("links.csv", embedded::LINKS);
        assert!(issues.is_empty(), "{issues:?}");
        assert!(links.len() > 500);
        // The data keeps one record per line: the n-th record starts on line n + 1.
        assert!(links
            .iter()
            .enumerate()
            .all(|(i, r)| r.line == i as u64 + 2));
        let (sources, issues) = parse_csv::<SourceRow>("sources.csv", embedded::SOURCES);
        assert!(issues.is_empty(), "{issues:?}");
        assert!(!sources.is_empty());
        let (totals, issues) = parse_csv::<TotalRow>("totals.csv", embedded::TOTALS);
        assert!(issues.is_empty(), "{issues:?}");
        assert!(!totals.is_empty());
    }
}
