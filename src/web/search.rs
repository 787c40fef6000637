//! The search box: places suggested as the reader types (any script or romanisation), then the
//! events found by place, organisation, kind or title, chosen with the mouse or ↑/↓ and Enter,
//! closed with Escape. Choosing one selects it and brings it into view, as a click on the map
//! would (an event with the events shown). What the list shows is the box's own state; the
//! choice goes through the one update of the view.

use super::dom::{self, el, lang_span};
use super::input::listen;
use super::App;
use crate::details;
use crate::view::{Action, Target};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement, HtmlInputElement, KeyboardEvent};

/// Most places the list suggests.
const SUGGESTIONS: usize = 8;
/// Most events the list suggests, after the places.
const EVENT_SUGGESTIONS: usize = 4;
/// The zoom (relative to the whole network) a chosen place is shown at, at least: enough to
/// tell it from its neighbours.
const FOCUS_ZOOM: f32 = 6.0;

#[derive(Debug)]
pub struct SearchBox {
    input: HtmlInputElement,
    list: HtmlElement,
    /// The places suggested, best first.
    found: Vec<usize>,
    /// The events suggested after them, latest first.
    events: Vec<usize>,
    /// The suggestion ↑/↓ stand on.
    active: Option<usize>,
}

impl SearchBox {
    pub fn new(doc: &Document) -> Result<Self, JsValue> {
        Ok(Self {
            input: dom::by_id(doc, "search")?.dyn_into()?,
            list: dom::by_id(doc, "search-list")?,
            found: Vec::new(),
            events: Vec::new(),
            active: None,
        })
    }
}

impl App {
    /// The reader typed: suggest the best matches.
    fn on_search_input(&mut self) {
        let q = self.ui.search.input.value();
        let mut found = self.data.search(&q);
        let mut events = self.data.search_events_near(&found, &q);
        self.dispatch(Action::Query(q));
        found.truncate(SUGGESTIONS);
        events.truncate(EVENT_SUGGESTIONS);
        self.ui.search.found = found;
        self.ui.search.events = events;
        self.ui.search.active = None;
        if let Err(e) = self.show_suggestions() {
            web_sys::console::error_1(&e);
        }
    }

    fn on_search_key(&mut self, e: &KeyboardEvent) {
        let s = &mut self.ui.search;
        let n = s.found.len() + s.events.len();
        match e.key().as_str() {
            "ArrowDown" if n > 0 => s.active = Some(s.active.map_or(0, |a| (a + 1) % n)),
            "ArrowUp" if n > 0 => s.active = Some(s.active.map_or(n - 1, |a| (a + n - 1) % n)),
            "Enter" => {
                let i = s.active.unwrap_or(0);
                if let Some(&p) = s.found.get(i) {
                    e.prevent_default();
                    self.choose(p);
                } else if let Some(&ev) = s.events.get(i.saturating_sub(s.found.len())) {
                    e.prevent_default();
                    self.choose_event(ev);
                }
                return;
            }
            "Escape" => {
                let clear = n == 0;
                s.found.clear();
                s.events.clear();
                s.active = None;
                if clear {
                    s.input.set_value("");
                    self.dispatch(Action::Query(String::new()));
                }
            }
            _ => return,
        }
        e.prevent_default();
        if let Err(e) = self.show_suggestions() {
            web_sys::console::error_1(&e);
        }
    }

    /// A suggestion was clicked.
    fn on_search_click(&mut self, e: &web_sys::MouseEvent) {
        let Some(id) = dom::clicked_attr(e, "[data-id]", "data-id") else {
            return;
        };
        let atlas = self.data.atlas();
        if let Some(p) = atlas.index_of(&id) {
            self.choose(p);
        } else if let Some(ev) = Target::from_key(atlas, &id).and_then(|t| t.event(atlas)) {
            self.choose_event(ev);
        }
    }

    /// Puts `text` in the box and closes the list: what choosing a suggestion does first.
    fn close_suggestions(&mut self, text: &str) {
        let s = &mut self.ui.search;
        s.input.set_value(text);
        s.found.clear();
        s.events.clear();
        s.active = None;
        if let Err(e) = self.show_suggestions() {
            web_sys::console::error_1(&e);
        }
    }

    /// Shows the events, selects event `e` and brings its place into view.
    fn choose_event(&mut self, e: usize) {
        let Some(ev) = self.data.atlas().chronicle().events().get(e) else {
            return;
        };
        let (title, id) = (ev.row.title.clone(), ev.row.id.clone());
        self.close_suggestions(&title);
        self.dispatch(Action::Query(title));
        self.dispatch(Action::Events(true));
        self.select_and_reveal(Target::Event(id));
    }

    /// Selects place `p`, brings it into view and closes the list.
    fn choose(&mut self, p: usize) {
        let atlas = self.data.atlas();
        let Some(place) = atlas.places.get(p) else {
            return;
        };
        let (name, id) = (place.names.en.clone(), place.id.clone());
        self.close_suggestions(&name);
        self.dispatch(Action::Query(name));
        let target = Target::Place(id);
        self.dispatch(Action::Select(Some(target)));
        // The panel may have opened beside the map and narrowed it.
        self.sync_viewport();
        if let Some(w) = self.view.world(&self.data, p) {
            let to = self.view.focus(w, FOCUS_ZOOM);
            self.fly_to(to);
        }
    }

    /// The box shows the view's search text (restored from an address), without suggestions.
    pub(super) fn show_query(&mut self) {
        let s = &mut self.ui.search;
        if s.input.value() != self.view.query {
            s.input.set_value(&self.view.query);
            s.found.clear();
            s.events.clear();
            s.active = None;
            if let Err(e) = self.show_suggestions() {
                web_sys::console::error_1(&e);
            }
        }
    }

    /// Draws the list of suggestions (or hides it).
    fn show_suggestions(&self) -> Result<(), JsValue> {
        let s = &self.ui.search;
        let doc = &self.ui.doc;
        let atlas = self.data.atlas();
        s.list.set_text_content(None);
        for (i, &p) in s.found.iter().enumerate() {
            let r = details::place_ref(atlas, p);
            let li = el(doc, "li", "", "")?;
            li.set_id(&format!("search-{i}"));
            li.set_attribute("role", "option")?;
            li.set_attribute("data-id", &r.id)?;
            let active = s.active == Some(i);
            li.set_attribute("aria-selected", if active { "true" } else { "false" })?;
            let code = el(
                doc,
                "span",
                &format!("cc c-{}", r.country.code()),
                r.country.code(),
            )?;
            code.set_attribute("aria-hidden", "true")?;
            li.append_child(&code)?;
            li.append_child(&*el(doc, "span", "sr", &format!("{}, ", r.country.name()))?)?;
            li.append_child(&*el(doc, "span", "pname", &r.name_en)?)?;
            if !r.name_local.is_empty() && r.name_local != r.name_en {
                let local = lang_span(doc, &r.name_local, details::country_lang(r.country))?;
                local.set_class_name("local");
                li.append_child(&local)?;
            }
            li.append_child(&*el(doc, "span", "what", &details::search_hint(&r))?)?;
            s.list.append_child(&li)?;
        }
        let events = atlas.chronicle().events();
        for (j, &e) in s.events.iter().enumerate() {
            let Some(ev) = events.get(e) else {
                continue;
            };
            let i = s.found.len() + j;
            let li = el(doc, "li", "event", "")?;
            li.set_id(&format!("search-{i}"));
            li.set_attribute("role", "option")?;
            li.set_attribute("data-id", &Target::Event(ev.row.id.clone()).key())?;
            let active = s.active == Some(i);
            li.set_attribute("aria-selected", if active { "true" } else { "false" })?;
            let mark = el(doc, "span", "cc ev", "◆")?;
            mark.set_attribute("aria-hidden", "true")?;
            li.append_child(&mark)?;
            li.append_child(&*el(doc, "span", "sr", "Event, ")?)?;
            li.append_child(&*el(doc, "span", "pname", &ev.row.title)?)?;
            let when = details::event_when(&ev.row.date, &ev.row.end_date);
            let what = format!("{} · {when}", details::event_kind_label(&ev.row.kind));
            li.append_child(&*el(doc, "span", "what", &what)?)?;
            s.list.append_child(&li)?;
        }
        let open = !s.found.is_empty() || !s.events.is_empty();
        s.list.set_hidden(!open);
        let input: &web_sys::Element = &s.input;
        input.set_attribute("aria-expanded", if open { "true" } else { "false" })?;
        match s.active {
            Some(i) => input.set_attribute("aria-activedescendant", &format!("search-{i}"))?,
            None => input.remove_attribute("aria-activedescendant")?,
        }
        Ok(())
    }

    /// The search words of the API: the ids of the places a query finds, best first.
    pub(super) fn search_ids(&self, q: &str) -> Vec<String> {
        let atlas = self.data.atlas();
        self.data
            .search(q)
            .into_iter()
            .map(|p| atlas.places[p].id.clone())
            .collect()
    }
}

/// Listens to the search box and its list.
pub fn install(doc: &Document) -> Result<(), JsValue> {
    let input: web_sys::EventTarget = dom::by_id(doc, "search")?.into();
    let list: web_sys::EventTarget = dom::by_id(doc, "search-list")?.into();
    listen::<web_sys::Event>(&input, "input", true, |a, _| a.on_search_input())?;
    listen::<KeyboardEvent>(&input, "keydown", false, |a, e| a.on_search_key(e))?;
    listen::<web_sys::MouseEvent>(&list, "click", true, |a, e| a.on_search_click(e))
}
