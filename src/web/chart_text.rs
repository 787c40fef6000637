//! The growth chart's text: a summary, the three countries side by side, the numbers year by
//! year, and the events and official figures with their sources, which a screen reader reads
//! in place of the pictures.

use super::chart::{ChartBox, ChartParts};
use super::dom::{self, el};
use crate::details;
use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

/// The summary, the three countries side by side, the numbers year by year, and the events and
/// official figures with their sources.
pub(super) fn show_chart_text(
    doc: &Document,
    b: &ChartBox,
    parts: &ChartParts,
) -> Result<(), JsValue> {
    let g = &parts.growth;
    let rows = details::compare(g, parts.by_country);
    b.summary
        .set_text_content(Some(&details::summary(g, &rows, &parts.officials)));
    b.table.set_text_content(None);
    let countries = rows.iter().map(|r| {
        let share = (r.dated * 100).checked_div(r.ties).unwrap_or(0);
        vec![
            r.country.name().to_owned(),
            r.ties.to_string(),
            format!("{} ({share} %)", r.dated),
            r.first.map(|y| y.to_string()).unwrap_or_default(),
            r.peak.map(|(y, n)| format!("{y}: {n}")).unwrap_or_default(),
        ]
    });
    b.table.append_child(&*table(
        doc,
        "The three countries side by side",
        &["", "ties", "dated", "first tie", "most in a year"],
        countries,
    )?)?;
    let years = details::year_rows(g)
        .into_iter()
        .map(|row| row.iter().map(ToString::to_string).collect());
    b.table.append_child(&*table(
        doc,
        "New ties each year, and all by then",
        &["year", "Japan", "South Korea", "United States", "by then"],
        years,
    )?)?;
    let events = parts.events.iter().map(|e| {
        let prefix = format!("{}: ", e.date);
        (
            prefix,
            e.title.as_str(),
            e.source.as_str(),
            e.source.as_str(),
        )
    });
    b.table
        .append_child(&*el(doc, "p", "", "The events marked under the years:")?)?;
    b.table.append_child(&*source_list(doc, events)?)?;
    if !parts.officials.is_empty() {
        let officials = parts.officials.iter().map(|o| {
            let prefix = format!("{} {}: {} — ", o.country.name(), o.as_of, o.count);
            (prefix, o.what.as_str(), o.url.as_str(), o.url.as_str())
        });
        b.table
            .append_child(&*el(doc, "p", "", "The official figures the rings mark:")?)?;
        b.table.append_child(&*source_list(doc, officials)?)?;
    }
    Ok(())
}

/// A table with a caption, a row of headings and rows of cells.
fn table(
    doc: &Document,
    caption: &str,
    headings: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
) -> Result<Element, JsValue> {
    let t = el(doc, "table", "", "")?;
    t.append_child(&*el(doc, "caption", "", caption)?)?;
    t.append_child(&*table_row(doc, "th", headings)?)?;
    for row in rows {
        t.append_child(&*table_row(doc, "td", &row)?)?;
    }
    Ok(t)
}

/// A row of `cell` elements (`th` or `td`) holding `texts`.
fn table_row(doc: &Document, cell: &str, texts: &[impl AsRef<str>]) -> Result<Element, JsValue> {
    let tr = el(doc, "tr", "", "")?;
    for text in texts {
        tr.append_child(&*el(doc, cell, "", text.as_ref())?)?;
    }
    Ok(tr)
}

/// A list whose items are a text, then a link: (text, link label, link title, URL).
fn source_list<'a>(
    doc: &Document,
    items: impl Iterator<Item = (String, &'a str, &'a str, &'a str)>,
) -> Result<Element, JsValue> {
    let list = el(doc, "ul", "officials", "")?;
    for (prefix, label, title, url) in items {
        let li = el(doc, "li", "", "")?;
        li.append_child(&*el(doc, "span", "", &prefix)?)?;
        li.append_child(&*dom::ext_link(doc, label, title, Some(url))?)?;
        list.append_child(&li)?;
    }
    Ok(list)
}
