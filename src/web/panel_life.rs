//! The life of a tie and the events at a place in the details panel: a tie's history (each
//! change with its date and source), what a partner's tie is now, and the events held at a
//! place.

use super::dom::{el, ext_link};
use crate::dataset::Dataset;
use crate::details::{self, EventEntry, HistoryEntry};
use std::collections::HashMap;
use wasm_bindgen::JsValue;
use web_sys::{Document, Element, HtmlElement};

/// What the panel shows of a place's life: the standing of its ties (by partner id) and the
/// events held there.
#[derive(Debug, Default)]
pub struct PlaceLife {
    pub marks: HashMap<String, String>,
    pub events: Vec<EventEntry>,
}

impl PlaceLife {
    pub fn of(data: &Dataset, p: usize) -> Self {
        let atlas = data.atlas();
        let marks = (atlas.places.get(p).map_or(&[][..], |q| &q.links[..]).iter())
            .filter_map(|&l| {
                let other = &atlas.places[atlas.other_end(l, p)];
                Some((other.id.clone(), details::standing_mark(data, l)?))
            })
            .collect();
        Self {
            marks,
            events: details::place_events(data, p),
        }
    }
}

/// A heading and a list, appended to `body`.
fn section(doc: &Document, body: &HtmlElement, heading: &str) -> Result<Element, JsValue> {
    body.append_child(&*el(doc, "h3", "life", heading)?)?;
    let list = el(doc, "ol", "life", "")?;
    list.set_attribute("aria-label", heading)?;
    body.append_child(&list)?;
    Ok(list)
}

/// "DATE what · source" with the note as its title.
fn line(
    doc: &Document,
    date: &str,
    text: &str,
    note: &str,
    source: &details::SourceLink,
) -> Result<Element, JsValue> {
    let li = el(doc, "li", "", "")?;
    li.append_child(&*el(doc, "span", "year", date)?)?;
    li.append_child(&doc.create_text_node(&format!(" {text} · ")))?;
    li.append_child(&*ext_link(
        doc,
        &source.label,
        &source.title,
        source.url.as_deref(),
    )?)?;
    if !note.is_empty() {
        li.append_child(&*el(doc, "div", "note", note)?)?;
    }
    Ok(li)
}

/// A tie's history, when it has one.
pub fn render_history(
    doc: &Document,
    body: &HtmlElement,
    h: &[HistoryEntry],
) -> Result<(), JsValue> {
    if h.is_empty() {
        return Ok(());
    }
    let list = section(doc, body, "History")?;
    for e in h {
        list.append_child(&*line(doc, &e.date, &e.text, &e.note, &e.source)?)?;
    }
    Ok(())
}

/// The events held at a place or at a tie's ends, when there are any: each title a button that
/// opens the event.
pub fn render_events(
    doc: &Document,
    body: &HtmlElement,
    heading: &str,
    events: &[EventEntry],
) -> Result<(), JsValue> {
    if events.is_empty() {
        return Ok(());
    }
    let list = section(doc, body, &format!("{heading} ({})", events.len()))?;
    for e in events {
        let li = el(doc, "li", "", "")?;
        li.append_child(&*el(doc, "span", "year", &e.when)?)?;
        li.append_child(&doc.create_text_node(&format!(" {}: ", e.kind)))?;
        let b = el(doc, "button", "linkish", &e.title)?;
        b.set_attribute("type", "button")?;
        b.set_attribute("data-id", &e.key)?;
        li.append_child(&b)?;
        let mut rest = String::new();
        if !e.organisations.is_empty() {
            rest.push_str(&format!(" ({})", e.organisations));
        }
        rest.push_str(" · ");
        li.append_child(&doc.create_text_node(&rest))?;
        let s = &e.source;
        li.append_child(&*ext_link(doc, &s.label, &s.title, s.url.as_deref())?)?;
        if !e.note.is_empty() {
            li.append_child(&*el(doc, "div", "note", &e.note)?)?;
        }
        list.append_child(&li)?;
    }
    Ok(())
}
