//! The details panel of a region rolled up: its figures, a button that opens it to its places
//! (or rolls them up again), its places and the regions its ties reach.

use super::dom::el;
use super::panel::{append_names, place_button};
use crate::details::{self, RegionDetails};
use wasm_bindgen::JsValue;
use web_sys::{Document, HtmlElement};

/// Fills the panel with region `d`; `open` when the map shows its places.
pub fn render_region(
    doc: &Document,
    body: &HtmlElement,
    d: &RegionDetails,
    open: bool,
) -> Result<(), JsValue> {
    body.set_text_content(None);
    let h = el(doc, "h2", "", "")?;
    h.set_id("details-title");
    append_names(doc, &h, "", &d.name_en, &d.name_local, d.country)?;
    body.append_child(&h)?;
    let sub = format!("{} · region of the roll-up", d.country.name());
    body.append_child(&*el(doc, "p", "subtitle", &sub)?)?;
    body.append_child(&*el(doc, "p", "counts", &details::region_summary(d))?)?;
    let (label, attr) = if open {
        ("Roll its places up", "data-close")
    } else {
        ("Show its places", "data-open")
    };
    let b = el(doc, "button", "region-open", label)?;
    b.set_attribute("type", "button")?;
    b.set_attribute(attr, &d.key)?;
    body.append_child(&b)?;

    body.append_child(&*el(doc, "h3", "", "Its places")?)?;
    let list = el(doc, "ol", "partners", "")?;
    list.set_attribute("aria-label", "Its places")?;
    for (p, n) in &d.places {
        let li = el(doc, "li", "", "")?;
        let b = place_button(doc, &p.id, p.country)?;
        b.append_child(&*el(doc, "span", "pname", &p.name_en)?)?;
        li.append_child(&b)?;
        let meta = format!("{} · {}", p.level, details::count(*n, "tie"));
        li.append_child(&*el(doc, "div", "meta", &meta)?)?;
        list.append_child(&li)?;
    }
    body.append_child(&list)?;

    body.append_child(&*el(doc, "h3", "", "Regions its ties reach")?)?;
    let list = el(doc, "ol", "partners", "")?;
    list.set_attribute("aria-label", "Regions its ties reach")?;
    for r in &d.partners {
        let li = el(doc, "li", "", "")?;
        let b = place_button(doc, &r.key, r.country)?;
        b.append_child(&*el(doc, "span", "pname", &r.name_en)?)?;
        li.append_child(&b)?;
        li.append_child(&*el(doc, "div", "meta", &details::count(r.ties, "tie"))?)?;
        list.append_child(&li)?;
    }
    body.append_child(&list)?;
    Ok(())
}
