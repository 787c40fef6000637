//! CSV text into rows: record splitting with true line numbers, fields by column name, and the
//! issues of rows that cannot be read.

use std::fmt;

/// A row type read from CSV by column name: columns may come in any order, optional ones may be
/// missing (they read as empty), unknown ones are ignored.
pub trait Row: Sized {
    /// Every column the row type knows, in the order the project's own files keep them.
    const COLUMNS: &'static [&'static str];
    /// Columns the header must have.
    const REQUIRED: &'static [&'static str];
    fn from_fields(f: &Fields<'_>) -> Result<Self, FieldError>;
}

/// A row and the line of the file it starts on (1-based; the header is line 1).
#[derive(Debug, Clone, PartialEq)]
pub struct Numbered<T> {
    pub line: u64,
    pub row: T,
}

/// The fields of one record, looked up by column name.
#[derive(Debug)]
pub struct Fields<'a> {
    header: &'a [String],
    values: &'a [&'a str],
}

/// A field that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

impl<'a> Fields<'a> {
    /// The text of column `name` ("" when the file has no such column).
    pub fn get(&self, name: &str) -> &'a str {
        self.header
            .iter()
            .position(|h| h == name)
            .and_then(|i| self.values.get(i).copied())
            .unwrap_or("")
    }
    pub fn text(&self, name: &str) -> String {
        self.get(name).to_owned()
    }
    /// A number, or `None` for an empty field.
    pub fn number(&self, name: &'static str) -> Result<Option<f64>, FieldError> {
        let s = self.get(name).trim();
        if s.is_empty() {
            return Ok(None);
        }
        match s.parse::<f64>() {
            Ok(v) if v.is_finite() => Ok(Some(v)),
            _ => Err(FieldError {
                field: name,
                message: "not a number".to_owned(),
            }),
        }
    }
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

/// Line breaks in `bytes[..upto]`: `\n`, `\r\n` and a lone `\r` each end one line (csv-core
/// accepts all three as record ends). `bytes` may go on past `upto`, so that a `\r` at the end
/// of the counted part sees whether a `\n` follows it; `cr` says whether the text has any `\r`
/// at all (most files do not, and then only `\n` is counted).
fn line_breaks(bytes: &[u8], upto: usize, cr: bool) -> u64 {
    let part = &bytes[..upto];
    let lf = part.iter().filter(|&&b| b == b'\n').count();
    if !cr {
        return lf as u64;
    }
    let lone_cr = part
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\r' && bytes.get(i + 1) != Some(&b'\n'))
        .count();
    (lf + lone_cr) as u64
}

/// Splits CSV text (RFC 4180: quoted fields with commas, `""` and line breaks) into records, each
/// with the line it starts on. The splitting is csv-core's (a small, well-tested state machine);
/// the csv crate's serde layer is not used, which keeps about 30 KB out of the wasm.
pub fn records(text: &str, mut each: impl FnMut(u64, &[&str])) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let cr = text.as_bytes().contains(&b'\r');
    let mut reader = csv_core::Reader::new();
    let mut input = text.as_bytes();
    let mut out = vec![0u8; 256];
    let mut ends = vec![0usize; 16];
    let (mut outlen, mut endlen) = (0, 0);
    let mut line = 1u64;
    let mut start_line = 1u64;
    let mut at_start = true;
    loop {
        if at_start {
            // Blank lines before a record are skipped; the record starts after them.
            let skip = input
                .iter()
                .take_while(|&&b| b == b'\n' || b == b'\r')
                .count();
            line += line_breaks(input, skip, cr);
            input = &input[skip..];
            start_line = line;
            at_start = false;
        }
        let (res, nin, nout, nend) =
            reader.read_record(input, &mut out[outlen..], &mut ends[endlen..]);
        line += line_breaks(input, nin, cr);
        input = &input[nin..];
        outlen += nout;
        endlen += nend;
        match res {
            csv_core::ReadRecordResult::InputEmpty => {}
            csv_core::ReadRecordResult::OutputFull => out.resize(out.len() * 2, 0),
            csv_core::ReadRecordResult::OutputEndsFull => ends.resize(ends.len() * 2, 0),
            csv_core::ReadRecordResult::Record => {
                let mut from = 0;
                let fields: Vec<&str> = ends[..endlen]
                    .iter()
                    .map(|&end| {
                        // The input is UTF-8 and csv-core cuts it only at ASCII bytes (commas,
                        // quotes, line breaks), so every field is UTF-8 too.
                        let f = std::str::from_utf8(&out[from..end]).unwrap_or_default();
                        from = end;
                        f
                    })
                    .collect();
                each(start_line, &fields);
                at_start = true;
                outlen = 0;
                endlen = 0;
            }
            csv_core::ReadRecordResult::End => break,
        }
    }
}

/// Parses a CSV file into rows of `T`, each with the line it starts on, collecting one issue per
/// unreadable row.
///
/// A missing required column is reported once (on the header line) and yields no rows.
pub fn parse_csv<T: Row>(file: &str, text: &str) -> (Vec<Numbered<T>>, Vec<DataIssue>) {
    let mut header: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    let mut issues = Vec::new();
    let mut missing = None;
    records(text, |line, values| {
        let Some(header) = &header else {
            header = Some(values.iter().map(|v| (*v).to_owned()).collect());
            return;
        };
        if missing.is_some() {
            return;
        }
        if let Some(m) = T::REQUIRED.iter().find(|c| !header.iter().any(|h| h == *c)) {
            missing = Some(*m);
            return;
        }
        if values.len() != header.len() {
            issues.push(DataIssue::new(
                file,
                line,
                None,
                format!(
                    "the row has {} fields, the header {}",
                    values.len(),
                    header.len()
                ),
            ));
            return;
        }
        let fields = Fields { header, values };
        match T::from_fields(&fields) {
            Ok(row) => rows.push(Numbered { line, row }),
            Err(e) => issues.push(DataIssue::new(file, line, Some(e.field), e.message)),
        }
    });
    let Some(header) = header else {
        return (
            Vec::new(),
            vec![DataIssue::new(file, 1, None, "the file is empty")],
        );
    };
    // A missing column is reported once, on the header, even when the file has no data rows.
    if let Some(m) = missing.or_else(|| {
        T::REQUIRED
            .iter()
            .copied()
            .find(|c| !header.iter().any(|h| h == c))
    }) {
        return (
            Vec::new(),
            vec![DataIssue::new(
                file,
                1,
                None,
                format!("missing field `{m}` in the header"),
            )],
        );
    }
    (rows, issues)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{PlaceRow, SourceRow};

    const HEAD: &str = "id,country,level,name_en,name_zh,name_ja,name_kana,name_ko,region_en,region_local,lat,lon,coord_source\n";

    #[test]
    fn bad_number_names_line_and_field() {
        let text = format!(
            "{HEAD}cn-a,CN,city,A,甲,,,,Hebei,河北省,38.1,115.2,x\ncn-b,CN,city,B,乙,,,,Hebei,河北省,north,115.2,x\n"
        );
        let (rows, issues) = parse_csv::<PlaceRow>("places.csv", &text);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].line, 2);
        assert_eq!(issues.len(), 1);
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
        assert_eq!(rows[0].row.lat, None);
        assert_eq!(rows[0].row.lon, None);
    }

    #[test]
    fn short_row_and_missing_column_are_reported() {
        let text = format!("{HEAD}cn-a,CN,city\n");
        let (rows, issues) = parse_csv::<PlaceRow>("places.csv", &text);
        assert!(rows.is_empty());
        assert_eq!(issues[0].line, 2);
        assert!(issues[0].message.contains("fields"), "{}", issues[0]);

        let (rows, issues) = parse_csv::<crate::data::LinkRow>("links.csv", "x,y\n1,2\n3,4\n");
        assert!(rows.is_empty());
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].line, 1);
        assert!(issues[0].message.contains("missing field"));
    }

    #[test]
    fn quoted_line_breaks_and_blank_lines_keep_line_numbers_true() {
        let text = "key,title,url,licence\nw,\"two\nlines\",u,l\n\nx,three,u\ny,four,u,l\n";
        let (rows, issues) = parse_csv::<SourceRow>("sources.csv", text);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].row.title, "two\nlines");
        assert_eq!(rows[0].line, 2);
        // The short row starts on line 5 (line 3 holds the quoted break, line 4 is blank).
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].line, 5);
        assert_eq!(issues[0].message, "the row has 3 fields, the header 4");
        assert_eq!(rows[1].line, 6);
    }

    #[test]
    fn every_kind_of_line_end_counts_one_line() {
        for eol in ["\n", "\r\n", "\r"] {
            let text = ["key,title", "a,A", "b", "c,C,x", "d,D", ""].join(eol);
            let (rows, issues) = parse_csv::<SourceRow>("sources.csv", &text);
            let lines: Vec<u64> = issues.iter().map(|i| i.line).collect();
            assert_eq!(lines, [3, 4], "{eol:?}");
            let ok: Vec<u64> = rows.iter().map(|r| r.line).collect();
            assert_eq!(ok, [2, 5], "{eol:?}");
        }
    }

    #[test]
    fn columns_in_any_order_and_optional_ones_missing() {
        let text = "title,key\nT,k\n";
        let (rows, issues) = parse_csv::<SourceRow>("sources.csv", text);
        assert!(issues.is_empty());
        assert_eq!(rows[0].row.key, "k");
        assert_eq!(rows[0].row.url, "");
        let (rows, issues) = parse_csv::<SourceRow>("sources.csv", "");
        assert!(rows.is_empty());
        assert_eq!(
            issues[0].to_string(),
            "sources.csv line 1: the file is empty"
        );
    }

    #[test]
    fn byte_order_mark_and_quotes_are_accepted() {
        let text =
            "\u{feff}key,title,url,licence\nw,\"Lists, of \"\"twins\"\"\",https://x.org,CC\n";
        let (rows, issues) = parse_csv::<SourceRow>("sources.csv", text);
        assert!(issues.is_empty());
        assert_eq!(rows[0].row.title, "Lists, of \"twins\"");
    }
}
