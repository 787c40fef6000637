//! Narrow screens: the details panel is a sheet under the map whose grip pulls it up to most of
//! the height or down to half (a tap toggles; pulling down from half closes it), and on small
//! screens the legend starts folded so that it never covers the map's controls.

use super::input::listen;
use super::{dom, App};
use crate::view::Action;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, PointerEvent};

/// Screens where the legend starts folded: narrow ones (which get the sheet, as in the style
/// sheet) and short ones, where the open legend would cover much of the map.
const SMALL: &str = "(max-width: 720px), (max-height: 640px)";
/// A pull of the grip longer than this (CSS px) moves the sheet; a shorter one is a tap.
const PULL: f64 = 24.0;
/// A click this soon (ms) after a press on the grip ended is that press's own click.
const CLICK_AFTER_PRESS_MS: f64 = 600.0;

/// Whether the sheet is pulled up (`data-sheet="full"`); the grip says so too.
pub fn set_full(aside: &Element, full: bool) {
    let _ = if full {
        aside.set_attribute("data-sheet", "full")
    } else {
        aside.remove_attribute("data-sheet")
    };
    if let Some(grip) = aside.query_selector(".grip").ok().flatten() {
        let _ = grip.set_attribute("aria-expanded", if full { "true" } else { "false" });
        let label = if full {
            "Show less of the details"
        } else {
            "Show more of the details"
        };
        let _ = grip.set_attribute("aria-label", label);
    }
}

fn is_full(aside: &Element) -> bool {
    aside.get_attribute("data-sheet").as_deref() == Some("full")
}

/// Folds the legend on a narrow screen and makes the grip pull the sheet.
pub fn install() -> Result<(), JsValue> {
    let doc = dom::document()?;
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    if window
        .match_media(SMALL)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
    {
        dom::by_id(&doc, "legend-box")?.remove_attribute("open")?;
    }
    let grip: web_sys::EventTarget = dom::by_id(&doc, "details-grip")?.into();
    // Where a press started, and when the last one ended (a click right after it is that press,
    // already handled; a click alone comes from the keyboard).
    let start: Rc<Cell<Option<f64>>> = Rc::new(Cell::new(None));
    let ended = Rc::new(Cell::new(f64::NEG_INFINITY));
    {
        let start = start.clone();
        listen::<PointerEvent>(&grip, "pointerdown", true, move |_, e| {
            start.set(Some(f64::from(e.client_y())));
            // The pull goes on where the finger goes, off the grip too.
            if let Some(t) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                let _ = t.set_pointer_capture(e.pointer_id());
            }
        })?;
    }
    {
        let (start, ended) = (start.clone(), ended.clone());
        listen::<PointerEvent>(&grip, "pointerup", true, move |a, e| {
            let Some(y0) = start.take() else { return };
            ended.set(e.time_stamp());
            let dy = f64::from(e.client_y()) - y0;
            if dy.abs() < PULL {
                toggle(a);
            } else {
                pull(a, dy < 0.0);
            }
        })?;
    }
    listen::<PointerEvent>(&grip, "pointercancel", true, move |_, _| start.set(None))?;
    listen::<web_sys::Event>(&grip, "click", true, move |a, e| {
        if e.time_stamp() - ended.get() > CLICK_AFTER_PRESS_MS {
            toggle(a);
        }
    })
}

/// Pulls the sheet up, or back to half.
fn toggle(app: &mut App) {
    let aside = &app.ui.panel.aside;
    set_full(aside, !is_full(aside));
}

/// A pull up opens the sheet to most of the height; a pull down brings it back to half, or
/// closes it from half.
fn pull(app: &mut App, up: bool) {
    let aside = &app.ui.panel.aside;
    match (up, is_full(aside)) {
        (true, _) => set_full(aside, true),
        (false, true) => set_full(aside, false),
        (false, false) => {
            app.dispatch(Action::Select(None));
            let _ = app.frame.overlay.canvas.focus();
        }
    }
}
