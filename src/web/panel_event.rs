//! An event in the details panel: its title, date and kind, the places where it was held (each
//! a button that opens the place), the countries and organisations, the source, the figures its
//! report quotes, and the other events at its places; and the events a diamond stands for, to
//! choose from.

use super::dom::{el, ext_link};
use super::panel::place_item;
use crate::dataset::Dataset;
use crate::details::{self, EventDetails};
use crate::view::Target;
use wasm_bindgen::JsValue;
use web_sys::{Document, Element, HtmlElement};

/// Fills the panel with event `d`.
pub fn render_event(doc: &Document, body: &HtmlElement, d: &EventDetails) -> Result<(), JsValue> {
    body.set_text_content(None);
    let h = el(doc, "h2", "", &d.title)?;
    h.set_id("details-title");
    body.append_child(&h)?;
    let sub = el(doc, "p", "subtitle", "")?;
    sub.append_child(&*el(doc, "span", "badge event", "event")?)?;
    sub.append_child(&doc.create_text_node(&format!(" {} · {}", d.kind, d.when)))?;
    body.append_child(&sub)?;

    let facts = el(doc, "dl", "names", "")?;
    let row = |label: &str, value: &str| -> Result<(), JsValue> {
        if value.is_empty() {
            return Ok(());
        }
        facts.append_child(&*el(doc, "dt", "", label)?)?;
        facts.append_child(&*el(doc, "dd", "", value)?)?;
        Ok(())
    };
    row("Date", &d.when)?;
    row("Kind", d.kind)?;
    row("Countries", &d.countries.join(", "))?;
    row("Organisations", &d.organisations.join("; "))?;
    body.append_child(&facts)?;

    if !d.places.is_empty() {
        body.append_child(&*el(doc, "h3", "life", "Where")?)?;
        let list = el(doc, "ol", "partners", "")?;
        list.set_attribute("aria-label", "Where")?;
        for p in &d.places {
            list.append_child(&*place_item(doc, p)?)?;
        }
        body.append_child(&list)?;
    }

    let src = el(doc, "div", "sources", "source: ")?;
    let s = &d.source;
    src.append_child(&*ext_link(doc, &s.label, &s.title, s.url.as_deref())?)?;
    body.append_child(&src)?;

    if !d.figures.is_empty() {
        body.append_child(&*el(doc, "h3", "life", "Figures the report quotes")?)?;
        let list = el(doc, "ul", "life", "")?;
        for f in &d.figures {
            list.append_child(&*el(doc, "li", "", f)?)?;
        }
        body.append_child(&list)?;
    }

    if !d.nearby.is_empty() {
        let heading = format!("Other events at its places ({})", d.nearby.len());
        body.append_child(&*el(doc, "h3", "life", &heading)?)?;
        let list = el(doc, "ol", "life", "")?;
        list.set_attribute("aria-label", &heading)?;
        for (key, when, title) in &d.nearby {
            list.append_child(&*event_item(doc, key, when, title, false)?)?;
        }
        body.append_child(&list)?;
    }
    Ok(())
}

/// A list item with a button that selects an event: "DATE title".
fn event_item(
    doc: &Document,
    key: &str,
    when: &str,
    title: &str,
    current: bool,
) -> Result<Element, JsValue> {
    let li = el(doc, "li", "", "")?;
    let b = el(doc, "button", "partner", "")?;
    b.set_attribute("type", "button")?;
    b.set_attribute("data-id", key)?;
    if current {
        b.set_attribute("aria-current", "true")?;
    }
    b.append_child(&*el(doc, "span", "year", when)?)?;
    b.append_child(&*el(doc, "span", "pname", &format!(" {title}"))?)?;
    li.append_child(&b)?;
    Ok(li)
}

/// "3 events here": the events a diamond stands for, each a button, the selected one marked.
pub fn render_event_chooser(
    doc: &Document,
    data: &Dataset,
    events: &[Target],
    selected: Option<&Target>,
) -> Result<Element, JsValue> {
    let atlas = data.atlas();
    let nav = el(doc, "nav", "here", "")?;
    let heading = details::events_heading(events.len());
    nav.set_attribute("aria-label", &heading)?;
    nav.append_child(&*el(doc, "p", "", &format!("{heading}:"))?)?;
    let list = el(doc, "ul", "", "")?;
    for t in events {
        let Some(e) = t
            .event(atlas)
            .and_then(|e| atlas.chronicle().events().get(e))
        else {
            continue;
        };
        let when = details::event_when(&e.row.date, &e.row.end_date);
        let item = event_item(doc, &t.key(), &when, &e.row.title, selected == Some(t))?;
        list.append_child(&item)?;
    }
    nav.append_child(&list)?;
    Ok(nav)
}
