//! The list of hubs beside the map: the places with the most partners among the ties the
//! filters let through, with how much each bridges, each a button that opens it; under it, how
//! many city ties sit inside a tie of their provinces.

use super::dom::{self, el};
use super::input::listen;
use super::panel::place_button;
use super::App;
use crate::details;
use crate::view::{Action, Target};
use wasm_bindgen::prelude::*;
use web_sys::{Document, HtmlElement};

/// How many hubs the list shows.
const HUBS: usize = 20;

#[derive(Debug)]
pub struct HubsPanel {
    host: HtmlElement,
    toggle: HtmlElement,
}

impl HubsPanel {
    pub fn new(doc: &Document) -> Result<Self, JsValue> {
        Ok(Self {
            host: dom::by_id(doc, "hubs")?,
            toggle: dom::by_id(doc, "hubs-toggle")?,
        })
    }
}

impl App {
    /// The list as the view says: hidden, or the hubs of the ties shown.
    pub(super) fn show_hubs(&mut self) {
        let open = self.view.hubs;
        let h = &self.ui.hubs;
        let _ = h
            .toggle
            .set_attribute("aria-pressed", if open { "true" } else { "false" });
        h.host.set_hidden(!open);
        if !open {
            h.host.set_text_content(None);
            return;
        }
        if let Err(e) = self.render_hubs() {
            web_sys::console::error_1(&e);
        }
    }

    fn render_hubs(&mut self) -> Result<(), JsValue> {
        let vis = self.derived.visibility(&self.data, &self.view.filters);
        let atlas = self.data.atlas();
        let hubs = details::hubs(atlas, vis, HUBS);
        let doc = &self.ui.doc;
        let host = &self.ui.hubs.host;
        host.set_text_content(None);
        let bar = el(doc, "div", "hubs-bar", "")?;
        bar.append_child(&*el(doc, "h2", "", "Hubs")?)?;
        let close = el(doc, "button", "hubs-close", "×")?;
        close.set_attribute("type", "button")?;
        close.set_attribute("aria-label", "Close the hubs")?;
        bar.append_child(&close)?;
        host.append_child(&bar)?;
        host.append_child(&*el(
            doc,
            "p",
            "hubs-note",
            "Places with the most partners among the ties shown.",
        )?)?;
        let list = el(doc, "ol", "hubs-list", "")?;
        for h in &hubs {
            let li = el(doc, "li", "", "")?;
            let b = place_button(doc, &h.place.id, h.place.country)?;
            b.append_child(&*el(doc, "span", "pname", &h.place.name_en)?)?;
            let figures = format!(
                "{} · bridging {} %",
                details::count(h.partners, "partner"),
                crate::num::fixed(h.bridging, 2)
            );
            b.append_child(&*el(doc, "span", "hub-figures", &figures)?)?;
            li.append_child(&b)?;
            list.append_child(&li)?;
        }
        host.append_child(&list)?;
        host.append_child(&*el(doc, "p", "hubs-note", details::BRIDGING_MEANS)?)?;
        let nested = details::nest_summary(atlas, &vis.links);
        if !nested.is_empty() {
            host.append_child(&*el(
                doc,
                "h3",
                "",
                "City ties inside their provinces' ties",
            )?)?;
            let ul = el(doc, "ul", "hubs-nested", "")?;
            for line in nested {
                ul.append_child(&*el(doc, "li", "", &line)?)?;
            }
            host.append_child(&ul)?;
        }
        Ok(())
    }

    fn on_hubs_click(&mut self, e: &web_sys::MouseEvent) {
        if let Some(id) = dom::clicked_attr(e, "[data-id]", "data-id") {
            self.select_and_reveal(Target::Place(id));
        } else if dom::clicked_attr(e, ".hubs-close", "class").is_some() {
            self.dispatch(Action::Hubs(false));
            let _ = self.ui.hubs.toggle.focus();
        }
    }
}

/// Listens to the hubs button and the list.
pub fn install(doc: &Document) -> Result<(), JsValue> {
    let toggle: web_sys::EventTarget = dom::by_id(doc, "hubs-toggle")?.into();
    listen::<web_sys::Event>(&toggle, "click", true, |a, _| {
        let open = !a.view.hubs;
        a.dispatch(Action::Hubs(open));
    })?;
    let host: web_sys::EventTarget = dom::by_id(doc, "hubs")?.into();
    listen::<web_sys::MouseEvent>(&host, "click", true, |a, e| a.on_hubs_click(e))?;
    listen::<web_sys::KeyboardEvent>(&host, "keydown", true, |a, e| {
        if e.key() == "Escape" {
            e.stop_propagation();
            a.dispatch(Action::Hubs(false));
            let _ = a.ui.hubs.toggle.focus();
        }
    })
}
