//! The roll-up control: places, or regions by ties, partners or first year; and the legend's
//! line that says how regions are drawn.

use super::dom;
use super::input::listen;
use super::App;
use crate::view::{Action, Measure};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlSelectElement};

/// What the legend says of the regions' markers under each measure.
fn legend_line(m: Measure) -> &'static str {
    match m {
        Measure::Ties => {
            "Regions rolled up: a disc's area is its ties shown; a line's width and number, the \
             ties between its ends. Click a region for its places."
        }
        Measure::Partners => {
            "Regions rolled up: a disc's area is its places' partners; a line's width and \
             number, the ties between its ends. Click a region for its places."
        }
        Measure::FirstYear => {
            "Regions rolled up: a disc's colour is the year of its first tie, from dark (1973) \
             to light (2025); its area, its ties. Click a region for its places."
        }
    }
}

impl App {
    /// The control and the legend say how the places are drawn.
    pub(super) fn show_rollup(&self) {
        let measure = self.view.rollup.as_ref().map(|r| r.measure);
        if let Some(s) = dom::by_id(&self.ui.doc, "rollup")
            .ok()
            .and_then(|e| e.dyn_into::<HtmlSelectElement>().ok())
        {
            let value = measure.map_or("", Measure::word);
            if s.value() != value {
                s.set_value(value);
            }
        }
        if let Ok(p) = dom::by_id(&self.ui.doc, "legend-rollup") {
            p.set_text_content(measure.map(legend_line));
            p.set_hidden(measure.is_none());
        }
    }
}

/// Listens to the control.
pub fn install(doc: &Document) -> Result<(), JsValue> {
    let select: web_sys::EventTarget = dom::by_id(doc, "rollup")?.into();
    listen::<web_sys::Event>(&select, "change", true, |a, e| {
        let value = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            .map(|s| s.value())
            .unwrap_or_default();
        a.dispatch(Action::Rollup(Measure::parse(&value)));
    })
}
