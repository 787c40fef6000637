//! The dataset as written in `data/*.csv`: row types, parsing and row-level errors.
//!
//! Parsing never panics and never drops a row silently: every row that cannot be read becomes a
//! [`DataIssue`] naming the file, the line and the field. Cross-row checks (unknown ids, duplicate
//! pairs) live in [`crate::model`].

use serde::Deserialize;
use std::fmt;

/// The dataset compiled into the binary.
pub mod embedded {
    /// `data/places.csv`
    pub const PLACES: &str = include_str!("../data/places.csv");
    /// `data/links.csv`
    pub const LINKS: &str = include_str!("../data/links.csv");
    /// `data/sources.csv`
    pub const SOURCES: &str = include_str!("../data/sources.csv");
    /// `data/land.bin` (see `tools/land.mjs` for the format)
    pub const LAND: &[u8] = include_bytes!("../data/land.bin");
}

/// One row of `places.csv`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PlaceRow {
    pub id: String,
    pub country: String,
    pub level: String,
    pub name_en: String,
    #[serde(default)]
    pub name_zh: String,
    #[serde(default)]
    pub name_ja: String,
    #[serde(default)]
    pub name_kana: String,
    #[serde(default)]
    pub name_ko: String,
    #[serde(default)]
    pub region_en: String,
    #[serde(default)]
    pub region_local: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    #[serde(default)]
    pub coord_source: String,
}

/// One row of `links.csv`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct LinkRow {
    pub a: String,
    pub b: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub date_source: String,
    #[serde(default)]
    pub sources: String,
    #[serde(default)]
    pub note: String,
}

/// One row of `sources.csv`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SourceRow {
    pub key: String,
    pub title: String,
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub licence: String,
}

/// A problem with one row (or one field of one row) of an input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataIssue {
    /// File name, e.g. `places.csv`.
    pub file: String,
    /// 1-based line number in the file (the header is line 1); 0 when not known.
    pub line: u64,
    /// Column name, when the problem is in one field.
    pub field: Option<String>,
    pub message: String,
}

impl DataIssue {
    pub fn new(file: &str, line: u64, field: Option<&str>, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            line,
            field: field.map(str::to_owned),
            message: message.into(),
        }
    }
}

impl fmt::Display for DataIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, " line {}", self.line)?;
        }
        if let Some(field) = &self.field {
            write!(f, ", field “{field}”")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Parses a CSV file into rows of `T`, collecting one issue per unreadable row.
///
/// A missing required column is reported once (on the header line) and yields no rows.
pub fn parse_csv<T: for<'de> Deserialize<'de>>(file: &str, text: &str) -> (Vec<T>, Vec<DataIssue>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::None)
        .from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => return (Vec::new(), vec![csv_issue(file, &e, None)]),
    };
    let mut rows = Vec::new();
    let mut issues = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                issues.push(csv_issue(file, &e, Some(&headers)));
                continue;
            }
        };
        match record.deserialize::<T>(Some(&headers)) {
            Ok(row) => rows.push(row),
            Err(e) => {
                let line = record.position().map_or(0, csv::Position::line);
                let mut issue = csv_issue(file, &e, Some(&headers));
                issue.line = line;
                // A missing column fails every row the same way: report it once, on the header.
                if issue.message.starts_with("missing field") {
                    issue.line = 1;
                    issue.field = None;
                    issues.push(issue);
                    return (Vec::new(), issues);
                }
                issues.push(issue);
            }
        }
    }
    (rows, issues)
}

fn csv_issue(file: &str, e: &csv::Error, headers: Option<&csv::StringRecord>) -> DataIssue {
    match e.kind() {
        csv::ErrorKind::Deserialize { pos, err } => {
            let field = err
                .field()
                .and_then(|i| headers.and_then(|h| h.get(i as usize)))
                .map(str::to_owned);
            DataIssue {
                file: file.to_owned(),
                line: pos.as_ref().map_or(0, csv::Position::line),
                field,
                message: deserialize_message(err),
            }
        }
        csv::ErrorKind::UnequalLengths {
            pos,
            expected_len,
            len,
        } => DataIssue {
            file: file.to_owned(),
            line: pos.as_ref().map_or(0, csv::Position::line),
            field: None,
            message: format!("the row has {len} fields, the header {expected_len}"),
        },
        csv::ErrorKind::Utf8 { pos, .. } => DataIssue {
            file: file.to_owned(),
            line: pos.as_ref().map_or(0, csv::Position::line),
            field: None,
            message: "the row is not valid UTF-8".to_owned(),
        },
        _ => DataIssue::new(file, 0, None, e.to_string()),
    }
}

fn deserialize_message(err: &csv::DeserializeError) -> String {
    match err.kind() {
        csv::DeserializeErrorKind::ParseFloat(_) => "not a number".to_owned(),
        csv::DeserializeErrorKind::Message(m) => m.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "id,country,level,name_en,name_zh,name_ja,name_kana,name_ko,region_en,region_local,lat,lon,coord_source\n";

    #[test]
    fn embedded_files_parse_without_issues() {
        let (places, issues) = parse_csv::<PlaceRow>("places.csv", embedded::PLACES);
        assert!(issues.is_empty(), "{issues:?}");
        assert!(places.len() > 500);
        let (links, issues) = parse_csv::<LinkRow>("links.csv", embedded::LINKS);
        assert!(issues.is_empty(), "{issues:?}");
        assert!(links.len() > 500);
        let (sources, issues) = parse_csv::<SourceRow>("sources.csv", embedded::SOURCES);
        assert!(issues.is_empty(), "{issues:?}");
        assert!(!sources.is_empty());
    }

    #[test]
    fn bad_number_names_line_and_field() {
        let text = format!(
            "{HEAD}cn-a,CN,city,A,甲,,,,Hebei,河北省,38.1,115.2,x\ncn-b,CN,city,B,乙,,,,Hebei,河北省,north,115.2,x\n"
        );
        let (rows, issues) = parse_csv::<PlaceRow>("places.csv", &text);
        assert_eq!(rows.len(), 1);
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].line, 3);
        assert_eq!(issues[0].field.as_deref(), Some("lat"));
        assert_eq!(
            issues[0].to_string(),
            "places.csv line 3, field “lat”: not a number"
        );
    }

    #[test]
    fn empty_coordinates_are_none() {
        let text = format!("{HEAD}cn-a,CN,city,A,甲,,,,Hebei,,,,\n");
        let (rows, issues) = parse_csv::<PlaceRow>("places.csv", &text);
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(rows[0].lat, None);
        assert_eq!(rows[0].lon, None);
    }

    #[test]
    fn short_row_and_missing_column_are_reported() {
        let text = format!("{HEAD}cn-a,CN,city\n");
        let (rows, issues) = parse_csv::<PlaceRow>("places.csv", &text);
        assert!(rows.is_empty());
        assert_eq!(issues[0].line, 2);
        assert!(issues[0].message.contains("fields"), "{}", issues[0]);

        let (rows, issues) = parse_csv::<LinkRow>("links.csv", "x,y\n1,2\n3,4\n");
        assert!(rows.is_empty());
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].line, 1);
        assert!(issues[0].message.contains("missing field"));
    }

    #[test]
    fn byte_order_mark_and_quotes_are_accepted() {
        let text =
            "\u{feff}key,title,url,licence\nw,\"Lists, of \"\"twins\"\"\",https://x.org,CC\n";
        let (rows, issues) = parse_csv::<SourceRow>("sources.csv", text);
        assert!(issues.is_empty());
        assert_eq!(rows[0].title, "Lists, of \"twins\"");
    }
}
