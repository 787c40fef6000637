//! Embedded copies of `data/events.csv` and `data/status.csv` without their `note` column: the
//! page shows each event's and change's title, date and source, and the notes (who published
//! the page and what it states, for the data's curators) would add a third to the download.

use std::path::Path;

/// The records of an RFC 4180 CSV text, each a list of fields.
fn records(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let (mut rec, mut field) = (Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => rec.push(std::mem::take(&mut field)),
            (false, '\n') => {
                rec.push(std::mem::take(&mut field));
                out.push(std::mem::take(&mut rec));
            }
            (false, '\r') => {}
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !rec.is_empty() {
        rec.push(field);
        out.push(rec);
    }
    out
}

fn quote(f: &str) -> String {
    if f.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f.to_owned()
    }
}

/// `text` with the column `drop` emptied (the header kept, so readers see the same columns).
fn without(text: &str, drop: &str) -> String {
    let recs = records(text);
    let col = recs.first().and_then(|h| h.iter().position(|c| c == drop));
    let mut out = String::new();
    for (i, rec) in recs.iter().enumerate() {
        let fields: Vec<String> = (rec.iter().enumerate())
            .map(|(j, f)| match col {
                Some(c) if i > 0 && j == c => String::new(),
                _ => quote(f),
            })
            .collect();
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::var("OUT_DIR")?;
    for name in ["events.csv", "status.csv"] {
        let src = Path::new("data").join(name);
        println!("cargo:rerun-if-changed={}", src.display());
        let text = std::fs::read_to_string(&src)?;
        std::fs::write(Path::new(&out).join(name), without(&text, "note"))?;
    }
    println!("cargo:rerun-if-changed=build.rs");
    Ok(())
}
