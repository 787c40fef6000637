//! The details panel and the tooltip, drawn from the view state: the panel shows the selection,
//! the tooltip the hover, so neither can disagree with what is highlighted.

use super::dom::{el, ext_link, lang_span};
use super::panel_life::{render_events, render_history, PlaceLife};
use crate::dataset::Dataset;
use crate::details::{self, HistoryEntry, LinkDetails, LinkFacts, PlaceDetails, SourceLink};
use crate::model::{Country, Item};
use crate::view::{Chooser, Target, ViewState, Visibility};
use wasm_bindgen::JsValue;
use web_sys::{Document, Element, HtmlElement};

/// The panel's elements.
#[derive(Debug)]
pub struct Panel {
    pub doc: Document,
    pub aside: HtmlElement,
    pub body: HtmlElement,
    pub tooltip: HtmlElement,
    /// A polite live region: says what the panel shows when the selection changes.
    pub announce: HtmlElement,
}

impl Panel {
    /// Shows the selected region, if a region is selected; what to announce.
    fn show_region(
        &self,
        data: &Dataset,
        view: &ViewState,
        vis: &Visibility,
    ) -> Result<Option<String>, JsValue> {
        let atlas = data.atlas();
        let Some(r) = view.selection.as_ref().and_then(|t| t.region(atlas)) else {
            return Ok(None);
        };
        let Some(d) = details::region_details(atlas, r, &vis.links) else {
            return Ok(None);
        };
        let open = view.rollup.as_ref().is_some_and(|x| x.is_open(&d.key));
        super::panel_region::render_region(&self.doc, &self.body, &d, open)?;
        Ok(Some(details::region_tooltip(&d)))
    }

    /// Shows what `view.selection` names in `data`, or hides the panel.
    /// Partners whose ties `vis` hides are marked.
    pub fn show(&self, data: &Dataset, view: &ViewState, vis: &Visibility) -> Result<(), JsValue> {
        let atlas = data.atlas();
        let item = view.selection.as_ref().and_then(|t| t.resolve(atlas));
        let shown = match item {
            Some(Item::Place(p)) => details::place_details(atlas, p, Some(&vis.links))
                .map(|d| {
                    let life = PlaceLife::of(data, p);
                    render_place(&self.doc, &self.body, &d, view.filters.year, &life)?;
                    Ok::<_, JsValue>(details::place_announcement(&d))
                })
                .transpose()?,
            Some(Item::Link(l)) => details::link_details(atlas, l)
                .map(|d| {
                    let history = details::tie_history(data, l);
                    render_link(&self.doc, &self.body, &d, &history)?;
                    let events = details::tie_events(data, l);
                    render_events(&self.doc, &self.body, "Events at its ends", &events)?;
                    Ok::<_, JsValue>(details::link_announcement(&d))
                })
                .transpose()?,
            None => match view.selection.as_ref().and_then(|t| t.event(atlas)) {
                Some(e) => details::event_details(atlas, e, crate::data::embedded::TOTALS)
                    .map(|d| {
                        super::panel_event::render_event(&self.doc, &self.body, &d)?;
                        Ok::<_, JsValue>(details::event_announcement(&d))
                    })
                    .transpose()?,
                None => self.show_region(data, view, vis)?,
            },
        };
        self.announce(view.selection.as_ref(), shown.as_deref());
        let open = shown.is_some();
        if let (true, Some(c)) = (open, &view.chooser) {
            let selected = view.selection.as_ref();
            let nav = if matches!(c.places.first(), Some(Target::Event(_))) {
                super::panel_event::render_event_chooser(&self.doc, data, &c.places, selected)?
            } else {
                render_chooser(&self.doc, data, c, selected)?
            };
            self.body
                .insert_before(&nav, self.body.first_child().as_ref())?;
        }
        if open {
            self.body.set_scroll_top(0);
        } else {
            // A sheet opens at half height again.
            super::sheet::set_full(&self.aside, false);
        }
        self.aside.set_hidden(!open);
        Ok(())
    }

    /// Says `text` in the live region when the selection is a new one (a panel redrawn for new
    /// filters is not announced again); clears it when the panel closes.
    fn announce(&self, selection: Option<&Target>, text: Option<&str>) {
        let key = selection.map(Target::key).unwrap_or_default();
        let said = self.announce.get_attribute("data-for").unwrap_or_default();
        if text.is_some() && key == said {
            return;
        }
        let _ = self.announce.set_attribute("data-for", &key);
        self.announce.set_text_content(text);
    }

    /// How far (CSS px) the open panel reaches into the stage from its right edge (0 when it
    /// sits beside or below it).
    pub fn cover(&self, stage: &HtmlElement, max: f32) -> f32 {
        if self.aside.hidden() {
            return 0.0;
        }
        let s = stage.get_bounding_client_rect();
        let p = self.aside.get_bounding_client_rect();
        let overlaps_vertically = p.top() < s.bottom() && p.bottom() > s.top();
        if !overlaps_vertically {
            return 0.0;
        }
        ((s.right() - p.left()).max(0.0) as f32).min(max)
    }
}

/// The English name in a span of class `class`, then the local name, in its language, where it
/// differs.
pub(super) fn append_names(
    doc: &Document,
    parent: &Element,
    class: &str,
    en: &str,
    local: &str,
    country: Country,
) -> Result<(), JsValue> {
    parent.append_child(&*el(doc, "span", class, en)?)?;
    if !local.is_empty() && local != en {
        let s = lang_span(doc, local, details::country_lang(country))?;
        s.set_class_name("local");
        parent.append_child(&s)?;
    }
    Ok(())
}

/// A button that goes to a place, with its country as a coloured code ("JP") that a screen
/// reader says in full ("Japan").
pub(super) fn place_button(doc: &Document, id: &str, country: Country) -> Result<Element, JsValue> {
    let b = el(doc, "button", "partner", "")?;
    b.set_attribute("type", "button")?;
    b.set_attribute("data-id", id)?;
    let code = el(
        doc,
        "span",
        &format!("cc c-{}", country.code()),
        country.code(),
    )?;
    code.set_attribute("aria-hidden", "true")?;
    b.append_child(&code)?;
    b.append_child(&*el(doc, "span", "sr", &format!("{}, ", country.name()))?)?;
    Ok(b)
}

/// A list item with a button that goes to place `r`: its names and its level.
pub(super) fn place_item(doc: &Document, r: &details::PlaceRef) -> Result<Element, JsValue> {
    let li = el(doc, "li", "", "")?;
    let b = place_button(doc, &r.id, r.country)?;
    append_names(doc, &b, "pname", &r.name_en, &r.name_local, r.country)?;
    b.append_child(&*el(doc, "span", "what", r.level)?)?;
    li.append_child(&b)?;
    Ok(li)
}

/// "3 places here: Busan · Seo (Busan) · …": the places of the last click, each a button, the
/// selected one marked.
fn render_chooser(
    doc: &Document,
    data: &Dataset,
    c: &Chooser,
    selected: Option<&Target>,
) -> Result<Element, JsValue> {
    let atlas = data.atlas();
    let nav = el(doc, "nav", "here", "")?;
    let heading = details::chooser_heading(c.places.len(), c.more);
    nav.set_attribute("aria-label", &heading)?;
    nav.append_child(&*el(doc, "p", "", &format!("{heading}:"))?)?;
    let list = el(doc, "ul", "", "")?;
    for t in &c.places {
        let Some(Item::Place(p)) = t.resolve(atlas) else {
            continue;
        };
        let li = place_item(doc, &details::place_ref(atlas, p))?;
        if selected == Some(t) {
            if let Some(b) = li.first_element_child() {
                b.set_attribute("aria-current", "true")?;
            }
        }
        list.append_child(&li)?;
    }
    nav.append_child(&list)?;
    Ok(nav)
}

/// "date: host · sources: A; B": where a tie's date and the tie itself come from, as links.
pub(super) fn sources_line(
    doc: &Document,
    date_source: Option<&str>,
    sources: &[SourceLink],
) -> Result<Element, JsValue> {
    let src = el(doc, "div", "sources", "")?;
    if let Some(ds) = date_source {
        src.append_child(&doc.create_text_node("date: "))?;
        src.append_child(&*ext_link(doc, details::url_host(ds), ds, Some(ds))?)?;
        src.append_child(&doc.create_text_node(" · "))?;
    }
    let label = if sources.len() > 1 {
        "sources: "
    } else {
        "source: "
    };
    src.append_child(&doc.create_text_node(label))?;
    for (i, s) in sources.iter().enumerate() {
        if i > 0 {
            src.append_child(&doc.create_text_node("; "))?;
        }
        src.append_child(&*ext_link(doc, &s.label, &s.title, s.url.as_deref())?)?;
    }
    Ok(src)
}

/// "primary source: host", or "listed by Wikipedia only" for a tie that rests on directories.
fn basis_line(doc: &Document, parent: &Element, f: &LinkFacts) -> Result<(), JsValue> {
    if let Some(p) = &f.primary {
        let line = el(doc, "div", "sources primary", "primary source: ")?;
        line.append_child(&*ext_link(doc, &p.label, &p.title, p.url.as_deref())?)?;
        parent.append_child(&line)?;
    } else if let Some(text) = &f.listed_only {
        parent.append_child(&*el(doc, "div", "sources weak", text)?)?;
    }
    Ok(())
}

fn title(doc: &Document, body: &HtmlElement) -> Result<Element, JsValue> {
    body.set_text_content(None);
    let h = el(doc, "h2", "", "")?;
    h.set_id("details-title");
    Ok(h)
}

/// Fills the panel with one place: names, region, level, and every partner with its tie.
/// Partners whose ties are hidden say why: made after the timeline's `timeline` year, or the
/// filters.
pub fn render_place(
    doc: &Document,
    body: &HtmlElement,
    d: &PlaceDetails,
    timeline: Option<u16>,
    life: &PlaceLife,
) -> Result<(), JsValue> {
    let h = title(doc, body)?;
    let local = d.names.local(d.country);
    append_names(doc, &h, "", &d.names.en, local, d.country)?;
    body.append_child(&h)?;

    let sub = el(doc, "p", "subtitle", "")?;
    let badge = el(
        doc,
        "span",
        &format!("badge c-{}", d.country.code()),
        d.country_name,
    )?;
    sub.append_child(&badge)?;
    sub.append_child(&doc.create_text_node(&format!(" {}", details::place_subtitle(d))))?;
    if !d.region_local.is_empty() && d.region_local != local {
        sub.append_child(&doc.create_text_node(" · "))?;
        sub.append_child(&*lang_span(
            doc,
            &d.region_local,
            details::country_lang(d.country),
        )?)?;
    }
    body.append_child(&sub)?;

    let names = el(doc, "dl", "names", "")?;
    for (label, value, lang) in details::name_rows(&d.names) {
        names.append_child(&*el(doc, "dt", "", label)?)?;
        let dd = el(doc, "dd", "", "")?;
        dd.append_child(&*lang_span(doc, value, lang)?)?;
        names.append_child(&dd)?;
    }
    body.append_child(&names)?;
    body.append_child(&*el(doc, "p", "counts", &details::partner_summary(d))?)?;

    let list = el(doc, "ol", "partners", "")?;
    list.set_attribute("aria-label", "Partners")?;
    for e in &d.partners {
        let p = &e.place;
        let li = el(doc, "li", if e.hidden { "filtered" } else { "" }, "")?;
        let b = place_button(doc, &p.id, p.country)?;
        append_names(doc, &b, "pname", &p.name_en, &p.name_local, p.country)?;
        li.append_child(&b)?;
        if e.hidden {
            li.append_child(&*el(
                doc,
                "span",
                "filtered-mark",
                &details::hidden_mark(timeline, e.link.year),
            )?)?;
        }
        let meta = el(doc, "div", "meta", "")?;
        let year = match &e.link.date {
            Some(date) => el(doc, "span", "year", date)?,
            None => el(doc, "span", "year unknown", "year unknown")?,
        };
        meta.append_child(&year)?;
        meta.append_child(&doc.create_text_node(&details::partner_meta(e)))?;
        if let Some(mark) = life.marks.get(&p.id) {
            meta.append_child(&doc.create_text_node(" · "))?;
            meta.append_child(&*el(doc, "span", "standing", mark)?)?;
        }
        li.append_child(&meta)?;
        li.append_child(&*sources_line(
            doc,
            e.link.date_source.as_deref(),
            &e.link.sources,
        )?)?;
        basis_line(doc, &li, &e.link)?;
        if !e.link.note.is_empty() {
            li.append_child(&*el(doc, "div", "note", &e.link.note)?)?;
        }
        list.append_child(&li)?;
    }
    body.append_child(&list)?;
    render_events(doc, body, "Events here", &life.events)?;
    body.append_child(&*el(doc, "p", "coords", &details::coordinates_text(d))?)?;
    Ok(())
}

/// Fills the panel with one tie: both places (buttons that go to them), kind, date and sources.
pub fn render_link(
    doc: &Document,
    body: &HtmlElement,
    d: &LinkDetails,
    history: &[HistoryEntry],
) -> Result<(), JsValue> {
    let h = title(doc, body)?;
    for (i, end) in [&d.a, &d.b].into_iter().enumerate() {
        if i == 1 {
            h.append_child(&doc.create_text_node(" — "))?;
        }
        append_names(doc, &h, "", &end.name_en, &end.name_local, end.country)?;
    }
    body.append_child(&h)?;
    body.append_child(&*el(doc, "p", "subtitle", &details::link_subtitle(d))?)?;
    body.append_child(&*el(
        doc,
        "p",
        "counts",
        &details::established_text(&d.facts),
    )?)?;
    body.append_child(&*sources_line(
        doc,
        d.facts.date_source.as_deref(),
        &d.facts.sources,
    )?)?;
    basis_line(doc, body, &d.facts)?;
    if !d.facts.note.is_empty() {
        body.append_child(&*el(doc, "p", "note", &d.facts.note)?)?;
    }
    if let Some(n) = &d.nest {
        let p = el(doc, "p", "nest", &n.text)?;
        if let Some(key) = &n.outer {
            p.append_child(&doc.create_text_node(" · "))?;
            let b = el(doc, "button", "linkish", "open it")?;
            b.set_attribute("type", "button")?;
            b.set_attribute("data-id", key)?;
            p.append_child(&b)?;
        }
        body.append_child(&p)?;
    }
    render_history(doc, body, history)?;
    let list = el(doc, "ol", "partners", "")?;
    list.set_attribute("aria-label", "The two places")?;
    for end in [&d.a, &d.b] {
        let li = el(doc, "li", "", "")?;
        let b = place_button(doc, &end.id, end.country)?;
        b.append_child(&*el(doc, "span", "pname", &end.name_en)?)?;
        li.append_child(&b)?;
        let meta = format!("{} ({})", end.region_en, end.level);
        li.append_child(&*el(doc, "div", "meta", &meta)?)?;
        list.append_child(&li)?;
    }
    body.append_child(&list)?;
    Ok(())
}
