//! The events layer in the page: its button (and the E key) and what `window.atlas` offers of
//! it: `setEvents(on)`, `events()` (the diamonds on screen), `event(key)` (an event's details)
//! and `searchEvents(query)` (the keys of the events a query finds, latest first).

use super::api::method;
use super::dom;
use super::input::listen;
use super::js::Obj;
use super::{with_app, App};
use crate::details;
use crate::view::{Action, Target};
use wasm_bindgen::prelude::*;
use web_sys::Document;

impl App {
    /// The button says whether the events are shown.
    pub(super) fn show_events_toggle(&self) {
        if let Ok(b) = dom::by_id(&self.ui.doc, "events-toggle") {
            let on = if self.view.layers.events {
                "true"
            } else {
                "false"
            };
            if b.get_attribute("aria-pressed").as_deref() != Some(on) {
                let _ = b.set_attribute("aria-pressed", on);
            }
        }
    }

    /// Shows or hides the events.
    pub(super) fn toggle_events(&mut self) {
        let on = !self.view.layers.events;
        self.dispatch(Action::Events(on));
    }
}

/// Listens to the events button.
pub fn install(doc: &Document) -> Result<(), JsValue> {
    let toggle: web_sys::EventTarget = dom::by_id(doc, "events-toggle")?.into();
    listen::<web_sys::Event>(&toggle, "click", true, |a, _| a.toggle_events())
}

/// The key of the event at position `e` of the chronicle.
fn key_of(app: &App, e: usize) -> Option<String> {
    let events = app.data.atlas().chronicle().events();
    Some(Target::Event(events.get(e)?.row.id.clone()).key())
}

/// The events' methods of `window.atlas`.
pub fn install_api(api: &js_sys::Object) -> Result<(), JsValue> {
    method!(api, "setEvents", |on| {
        let Some(on) = on.as_bool() else {
            return js_sys::Error::new("setEvents takes true or false").into();
        };
        with_app(|app| app.dispatch(Action::Events(on)));
        JsValue::from_bool(on)
    });
    method!(api, "events", || {
        with_app(|app| {
            let marks = app.with_input(crate::scene::event_marks);
            let rect = app.ui.stage.get_bounding_client_rect();
            let arr = js_sys::Array::new();
            for m in &marks {
                let keys: Vec<String> = m.events.iter().filter_map(|&e| key_of(app, e)).collect();
                let o = Obj::new()
                    .set("place", app.data.atlas().places[m.place].id.as_str())
                    .set("x", m.at[0] + rect.left() as f32)
                    .set("y", m.at[1] + rect.top() as f32)
                    .set("events", keys)
                    .done();
                arr.push(&o);
            }
            JsValue::from(arr)
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "event", |key| {
        with_app(|app| {
            let atlas = app.data.atlas();
            let e = key
                .as_string()
                .and_then(|k| Target::from_key(atlas, &k))
                .and_then(|t| t.event(atlas))?;
            let d = details::event_details(atlas, e, crate::data::embedded::TOTALS)?;
            let places: Vec<String> = d.places.iter().map(|p| p.id.clone()).collect();
            Some(
                Obj::new()
                    .set("key", d.key.as_str())
                    .set("title", d.title.as_str())
                    .set("when", d.when.as_str())
                    .set("kind", d.kind)
                    .set("places", places)
                    .set("countries", d.countries.clone())
                    .set("organisations", d.organisations.clone())
                    .set("source", d.source.url.clone())
                    .set("figures", d.figures.clone())
                    .done(),
            )
        })
        .flatten()
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "searchEvents", |q| {
        let Some(q) = q.as_string() else {
            return js_sys::Error::new("searchEvents takes a string").into();
        };
        with_app(|app| {
            let keys: Vec<String> = (app.data.search_events(&q).into_iter())
                .filter_map(|e| key_of(app, e))
                .collect();
            keys.iter()
                .map(|k| JsValue::from_str(k))
                .collect::<js_sys::Array>()
                .into()
        })
        .unwrap_or(JsValue::NULL)
    });
    Ok(())
}
