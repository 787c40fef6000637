//! The filter panel and the legend: the controls that set the filters and the counts that
//! follow them. The panel is built once from the presenter's groups; after each change of the
//! filters its boxes, fields and counts are brought in line with the view state (a field the
//! reader is typing in is left alone). Every change goes through the one update of the view.

use super::dom::{self, el};
use super::input::listen;
use super::App;
use crate::details::{self, FilterGroup};
use crate::view::{Action, Facets, Filters};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement};

/// The years the range fields accept.
const YEARS: std::ops::RangeInclusive<u16> = 1900..=2100;
/// The largest minimum of partners the field accepts.
const MIN_PARTNERS_MAX: u16 = 99;

#[derive(Debug)]
pub struct FilterPanel {
    host: HtmlElement,
    toggle: HtmlElement,
    /// Built at the first opening.
    built: bool,
}

impl FilterPanel {
    pub fn new(doc: &Document) -> Result<Self, JsValue> {
        Ok(Self {
            host: dom::by_id(doc, "filters")?,
            toggle: dom::by_id(doc, "filters-toggle")?,
            built: false,
        })
    }

    fn open(&self) -> bool {
        !self.host.hidden()
    }
}

/// A number field with a label before and after it.
fn number_field(
    doc: &Document,
    id: &str,
    before: &str,
    after: &str,
    range: (u16, u16),
) -> Result<Element, JsValue> {
    let label = el(doc, "label", "field", before)?;
    let input = doc.create_element("input")?;
    input.set_id(id);
    for (k, v) in [
        ("type", "number".to_owned()),
        ("inputmode", "numeric".to_owned()),
        ("min", range.0.to_string()),
        ("max", range.1.to_string()),
    ] {
        input.set_attribute(k, &v)?;
    }
    label.append_child(&input)?;
    if !after.is_empty() {
        label.append_child(&doc.create_text_node(after))?;
    }
    Ok(label)
}

/// Builds the panel's controls (their state is set by [`App::show_filters`]).
fn build(doc: &Document, host: &HtmlElement, groups: &[FilterGroup]) -> Result<(), JsValue> {
    host.set_text_content(None);
    for g in groups {
        let fs = el(doc, "fieldset", "", "")?;
        fs.append_child(&*el(doc, "legend", "", g.title)?)?;
        for o in &g.options {
            let label = el(doc, "label", "check", "")?;
            let input = doc.create_element("input")?;
            input.set_attribute("type", "checkbox")?;
            input.set_attribute("data-key", g.key)?;
            input.set_attribute("data-value", o.value)?;
            label.append_child(&input)?;
            label.append_child(&doc.create_text_node(o.label))?;
            let n = el(doc, "span", "n", "")?;
            n.set_attribute("data-count", &format!("{}:{}", g.key, o.value))?;
            label.append_child(&n)?;
            fs.append_child(&label)?;
        }
        host.append_child(&fs)?;
    }
    let years = el(doc, "fieldset", "", "")?;
    years.append_child(&*el(doc, "legend", "", "Established")?)?;
    let row = el(doc, "div", "range", "")?;
    row.append_child(&*number_field(
        doc,
        "f-since",
        "from ",
        "",
        (*YEARS.start(), *YEARS.end()),
    )?)?;
    row.append_child(&*number_field(
        doc,
        "f-until",
        "to ",
        "",
        (*YEARS.start(), *YEARS.end()),
    )?)?;
    years.append_child(&row)?;
    let label = el(doc, "label", "check", "")?;
    let undated = doc.create_element("input")?;
    undated.set_attribute("type", "checkbox")?;
    undated.set_id("f-undated");
    label.append_child(&undated)?;
    label.append_child(&*el(doc, "span", "", "")?)?;
    years.append_child(&label)?;
    host.append_child(&years)?;
    let places = el(doc, "fieldset", "", "")?;
    places.append_child(&*el(doc, "legend", "", "Places")?)?;
    places.append_child(&*number_field(
        doc,
        "f-min",
        "with at least ",
        " partners",
        (1, MIN_PARTNERS_MAX),
    )?)?;
    host.append_child(&places)?;
    let reset = el(doc, "button", "reset", "Show all ties")?;
    reset.set_attribute("type", "button")?;
    reset.set_id("f-reset");
    host.append_child(&reset)?;
    Ok(())
}

fn input(doc: &Document, id: &str) -> Option<HtmlInputElement> {
    doc.get_element_by_id(id)?.dyn_into().ok()
}

/// Sets a number field to `v` unless the reader is typing in it.
fn set_number(doc: &Document, id: &str, v: Option<u16>) {
    let Some(i) = input(doc, id) else { return };
    let typing = doc.active_element().is_some_and(|a| a.id() == id);
    if !typing {
        i.set_value(&v.map(|v| v.to_string()).unwrap_or_default());
    }
}

/// A number field's value: `None` when empty or out of `range`.
fn read_number(doc: &Document, id: &str, range: std::ops::RangeInclusive<u16>) -> Option<u16> {
    input(doc, id)?
        .value()
        .trim()
        .parse::<u16>()
        .ok()
        .filter(|v| range.contains(v))
}

impl App {
    /// The legend and the status line follow the data and the filters; so does the panel
    /// while it is open.
    pub(super) fn show_legend(&mut self) {
        let counts = self.data.atlas().counts();
        let status = match self.synthetic {
            Some(_) => details::synthetic_status_text(&counts, super::SYNTHETIC_SEED),
            None => details::status_text(&counts),
        };
        let vis = self.derived.visibility(&self.data, &self.view.filters);
        let status = status + &details::shown_text(vis.shown(), vis.links.len());
        self.ui.status.set_text_content(Some(&status));
        let shown = vis.by_country;
        let filters = &self.view.filters.countries;
        let events = self.view.layers.events;
        let legend = &self.ui.legend;
        if let Err(e) = dom::render_legend(&self.ui.doc, legend, &counts, filters, &shown, events) {
            web_sys::console::error_1(&e);
        }
        if let Err(e) = self.show_filters() {
            web_sys::console::error_1(&e);
        }
    }

    /// Brings the filter panel in line with the filters (when it is open), and says on its
    /// button how many filters are on.
    fn show_filters(&mut self) -> Result<(), JsValue> {
        let f = self.view.filters;
        let on = details::filters_text(&f);
        let label = if on.is_empty() {
            "Filters".to_owned()
        } else {
            format!("Filters · {}", on.len())
        };
        let p = &self.ui.filters;
        p.toggle.set_text_content(Some(&label));
        p.toggle.set_attribute("title", &on.join("; "))?;
        if !p.open() {
            return Ok(());
        }
        let facets = Facets::compute(self.data.atlas(), &f);
        let groups = details::filter_groups(&f, &facets);
        let doc = &self.ui.doc;
        if !p.built {
            build(doc, &p.host, &groups)?;
            self.ui.filters.built = true;
        }
        for g in &groups {
            for o in &g.options {
                let sel = format!("input[data-key=\"{}\"][data-value=\"{}\"]", g.key, o.value);
                if let Some(i) = checkbox(doc, &sel) {
                    i.set_checked(o.on);
                }
                let sel = format!("[data-count=\"{}:{}\"]", g.key, o.value);
                if let Ok(Some(n)) = doc.query_selector(&sel) {
                    n.set_text_content(Some(&o.count.to_string()));
                }
            }
        }
        if let Some(u) = input(doc, "f-undated") {
            u.set_checked(f.undated);
            if let Some(t) = u.next_element_sibling() {
                t.set_text_content(Some(&details::undated_label(&facets)));
            }
        }
        set_number(doc, "f-since", f.since_year);
        set_number(doc, "f-until", f.until_year);
        set_number(doc, "f-min", (f.min_partners > 1).then_some(f.min_partners));
        let (first, last) = details::years_hint(&facets);
        for (id, hint) in [("f-since", first), ("f-until", last)] {
            if let Some(i) = input(doc, id) {
                i.set_placeholder(&hint);
            }
        }
        Ok(())
    }

    /// Opens or closes the filter panel.
    fn toggle_filters(&mut self) {
        let open = !self.ui.filters.open();
        self.ui.filters.host.set_hidden(!open);
        let _ = self
            .ui
            .filters
            .toggle
            .set_attribute("aria-expanded", if open { "true" } else { "false" });
        if let Err(e) = self.show_filters() {
            web_sys::console::error_1(&e);
        }
    }

    /// A control of the panel changed: the filters it describes.
    fn on_filter_change(&mut self, e: &web_sys::Event) {
        let Some(t) = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let doc = &self.ui.doc;
        let mut f: Filters = self.view.filters;
        match t.id().as_str() {
            "f-undated" => f.undated = t.checked(),
            "f-since" => f.since_year = read_number(doc, "f-since", YEARS),
            "f-until" => f.until_year = read_number(doc, "f-until", YEARS),
            "f-min" => {
                f.min_partners = read_number(doc, "f-min", 1..=MIN_PARTNERS_MAX).unwrap_or(0);
            }
            _ => {
                let key = t.get_attribute("data-key").unwrap_or_default();
                let value = t.get_attribute("data-value").unwrap_or_default();
                if !details::toggle(&mut f, &key, &value) {
                    return;
                }
            }
        }
        self.dispatch(Action::SetFilters(f));
    }
}

fn checkbox(doc: &Document, sel: &str) -> Option<HtmlInputElement> {
    doc.query_selector(sel).ok()??.dyn_into().ok()
}

/// Listens to the filter button, the panel's controls and its reset button.
pub fn install(doc: &Document) -> Result<(), JsValue> {
    let toggle: web_sys::EventTarget = dom::by_id(doc, "filters-toggle")?.into();
    listen::<web_sys::Event>(&toggle, "click", true, |a, _| a.toggle_filters())?;
    let host: web_sys::EventTarget = dom::by_id(doc, "filters")?.into();
    listen::<web_sys::Event>(&host, "input", true, |a, e| a.on_filter_change(e))?;
    listen::<web_sys::MouseEvent>(&host, "click", true, |a, e| {
        if dom::clicked_attr(e, "#f-reset", "id").is_some() {
            a.dispatch(Action::SetFilters(Filters::default()));
        }
    })?;
    // Escape closes the panel and gives the focus back to its button.
    listen::<web_sys::KeyboardEvent>(&host, "keydown", true, |a, e| {
        if e.key() == "Escape" && a.ui.filters.open() {
            // Escape closes the panel only, not also the selection behind it.
            e.stop_propagation();
            a.toggle_filters();
            let _ = a.ui.filters.toggle.focus();
        }
    })
}
