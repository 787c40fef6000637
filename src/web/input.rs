//! Input: pointer, wheel, keys and buttons turned into actions. Only the gesture in progress is
//! kept here (which pointers are down, where a press started); everything else is an
//! [`Action`] for the one update of the view.

use super::{dom, with_app, App};
use crate::geometry::distance;
use crate::model::{Country, Item};
use crate::pick::{self, Pointer};
use crate::view::{Action, Chooser, Target};
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{KeyboardEvent, PointerEvent, WheelEvent};

/// The gesture in progress.
#[derive(Debug, Default)]
pub struct Gesture {
    /// Pointers pressed: id → last position (CSS px in the stage).
    pointers: BTreeMap<i32, [f32; 2]>,
    start: [f32; 2],
    /// The press moved beyond the click slop (or became a pinch): not a click.
    moved: bool,
    pointer: Pointer,
}

impl Gesture {
    /// Whether any pointer is pressed (a settle redraw waits until none is).
    pub fn active(&self) -> bool {
        !self.pointers.is_empty()
    }
}

/// Zoom factor of one + / − button press, and of a key press.
const BUTTON_ZOOM: f32 = 1.6;
const KEY_ZOOM: f32 = 1.5;
/// Arrow keys pan by this many CSS px.
const KEY_PAN: f32 = 60.0;

impl App {
    fn local_point(&self, client_x: i32, client_y: i32) -> [f32; 2] {
        let r = self.ui.stage.get_bounding_client_rect();
        [
            (f64::from(client_x) - r.left()) as f32,
            (f64::from(client_y) - r.top()) as f32,
        ]
    }

    /// What a press at `at` means: the target to select, and the places under it.
    fn hit_at(&mut self, at: [f32; 2], pointer: Pointer) -> (Option<Target>, Chooser) {
        let (events, hit, region) = self.with_picture(|input, grid, labels| {
            // An event's diamond lies over the places: it answers first.
            let marks = crate::scene::event_marks(input);
            let events = crate::scene::events::event_at(&marks, at, pointer.reach())
                .map(|m| crate::scene::events::mark_targets(input, m))
                .unwrap_or_default();
            let hit = pick::hit_at(input, Some(grid), labels, at, pointer);
            // A place of an open region under the pointer comes first, then a closed region.
            let region = match hit.item {
                Some(Item::Place(_)) => None,
                _ => crate::scene::rollup::rolled_up(input)
                    .and_then(|r| r.region_at(at, pointer.reach())),
            };
            (events, hit, region)
        });
        if let Some(first) = events.first().cloned() {
            let places = if events.len() > 1 { events } else { Vec::new() };
            return (Some(first), Chooser { places, more: 0 });
        }
        if let Some(r) = region {
            let key = self.data.atlas().regions().list[r].key.clone();
            return (Some(Target::Region(key)), Chooser::default());
        }
        let atlas = self.data.atlas();
        let target = hit.item.and_then(|i| Target::of(atlas, i));
        let places = hit
            .stack
            .places
            .iter()
            .filter_map(|&p| Target::of(atlas, Item::Place(p)))
            .collect();
        let here = Chooser {
            places,
            more: hit.stack.more,
        };
        (target, here)
    }

    /// Whether the map has the keyboard focus.
    pub(super) fn map_focused(&self) -> bool {
        let overlay: &web_sys::Element = &self.frame.overlay.canvas;
        self.ui.doc.active_element().as_ref() == Some(overlay)
    }

    fn on_pointer_down(&mut self, e: &PointerEvent) {
        self.flight = None;
        if e.button() != 0 && e.pointer_type() == "mouse" {
            return;
        }
        let p = self.local_point(e.client_x(), e.client_y());
        if let Some(el) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let _ = el.set_pointer_capture(e.pointer_id());
        }
        let g = &mut self.gesture;
        if g.pointers.is_empty() {
            g.start = p;
            g.moved = false;
            g.pointer = Pointer::parse(&e.pointer_type());
        } else {
            // A second finger: a pinch, never a click.
            g.moved = true;
        }
        g.pointers.insert(e.pointer_id(), p);
    }

    fn on_pointer_move(&mut self, e: &PointerEvent) {
        let p = self.local_point(e.client_x(), e.client_y());
        let id = e.pointer_id();
        let Some(&last) = self.gesture.pointers.get(&id) else {
            // Nothing pressed: hover.
            let pointer = Pointer::parse(&e.pointer_type());
            self.gesture.pointer = pointer;
            let (target, here) = self.hit_at(p, pointer);
            let others = here.places.len().saturating_sub(1) + here.more;
            self.dispatch(Action::Hover {
                target,
                at: Some(p),
                others,
            });
            return;
        };
        let g = &mut self.gesture;
        let action = if g.pointers.len() >= 2 {
            let other = g
                .pointers
                .iter()
                .find(|(k, _)| **k != id)
                .map_or(last, |(_, v)| *v);
            Action::Pinch {
                from: [last, other],
                to: [p, other],
            }
        } else {
            if !g.moved && distance(p, g.start) <= g.pointer.slop() {
                return;
            }
            g.moved = true;
            Action::Pan([p[0] - last[0], p[1] - last[1]])
        };
        g.pointers.insert(id, p);
        self.dispatch(Action::Hover {
            target: None,
            at: None,
            others: 0,
        });
        self.dispatch(action);
    }

    fn on_pointer_up(&mut self, e: &PointerEvent, cancelled: bool) {
        if self.gesture.pointers.remove(&e.pointer_id()).is_none() {
            return;
        }
        let g = &self.gesture;
        if g.pointers.is_empty() && !g.moved && !cancelled {
            let (at, pointer) = (g.start, g.pointer);
            let (target, here) = self.hit_at(at, pointer);
            self.dispatch(Action::Pick { target, here });
            let _ = self.frame.overlay.canvas.focus();
        }
    }

    fn on_wheel(&mut self, e: &WheelEvent) {
        e.prevent_default();
        self.flight = None;
        let unit = match e.delta_mode() {
            1 => 16.0,
            2 => 400.0,
            _ => 1.0,
        };
        let dy = (e.delta_y() * unit).clamp(-600.0, 600.0) as f32;
        let anchor = Some(self.local_point(e.client_x(), e.client_y()));
        self.dispatch(Action::Zoom {
            factor: (-dy * 0.0016).exp(),
            anchor,
        });
    }

    fn on_key(&mut self, e: &KeyboardEvent) {
        if e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        // The table, the filter panel and the export menu answer their own keys.
        if ["table", "filters", "export"]
            .iter()
            .any(|id| self.focus_within(id))
        {
            return;
        }
        // In the details panel, ↑ and ↓ step through its places (Enter follows one); on the map
        // with a place open, they go into its partners (← and → still pan).
        let panel_open = !self.ui.panel.aside.hidden();
        if self.focus_within("details") || (panel_open && self.map_focused()) {
            if let key @ ("ArrowDown" | "ArrowUp") = e.key().as_str() {
                e.prevent_default();
                self.step_panel_place(key == "ArrowDown");
                return;
            }
        }
        let zoom = |factor: f32| Action::Zoom {
            factor,
            anchor: None,
        };
        self.flight = None;
        if let Some(a) = match e.key().as_str() {
            "m" | "M" => Some(crate::layout::Arrangement::Map),
            "n" | "N" => Some(crate::layout::Arrangement::Network),
            "e" | "E" => {
                e.prevent_default();
                self.toggle_events();
                return;
            }
            _ => None,
        } {
            e.prevent_default();
            self.arrange(a);
            return;
        }
        let action = match e.key().as_str() {
            "Escape" => Action::Select(None),
            // The place at the crosshair in the middle of the map, as a finger would pick it.
            "Enter" | " " if self.map_focused() => {
                let vp = self.view.vp;
                let (target, here) = self.hit_at([vp.width / 2.0, vp.height / 2.0], Pointer::Touch);
                Action::Pick { target, here }
            }
            "+" | "=" => zoom(KEY_ZOOM),
            "-" | "_" => zoom(1.0 / KEY_ZOOM),
            "0" => Action::Home,
            "ArrowLeft" => Action::Pan([KEY_PAN, 0.0]),
            "ArrowRight" => Action::Pan([-KEY_PAN, 0.0]),
            "ArrowUp" => Action::Pan([0.0, KEY_PAN]),
            "ArrowDown" => Action::Pan([0.0, -KEY_PAN]),
            _ => return,
        };
        e.prevent_default();
        self.dispatch(action);
    }

    /// Whether the keyboard focus is in the element `id`.
    pub(super) fn focus_within(&self, id: &str) -> bool {
        self.ui
            .doc
            .active_element()
            .and_then(|f| f.closest(&format!("#{id}")).ok().flatten())
            .is_some()
    }
}

/// Adds a listener that lives as long as the page.
pub(super) fn listen<E: JsCast + 'static>(
    target: &web_sys::EventTarget,
    kind: &str,
    passive: bool,
    mut f: impl FnMut(&mut App, &E) + 'static,
) -> Result<(), JsValue> {
    let cb = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        if let Ok(e) = e.dyn_into::<E>() {
            with_app(|app| f(app, &e));
        }
    });
    let opts = web_sys::AddEventListenerOptions::new();
    opts.set_passive(passive);
    target.add_event_listener_with_callback_and_add_event_listener_options(
        kind,
        cb.as_ref().unchecked_ref(),
        &opts,
    )?;
    cb.forget();
    Ok(())
}

/// Listens to the map, the window, the buttons and the panel.
pub fn install() -> Result<(), JsValue> {
    let doc = dom::document()?;
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let overlay: web_sys::EventTarget = dom::by_id(&doc, "overlay")?.into();
    listen::<PointerEvent>(&overlay, "pointerdown", true, |a, e| a.on_pointer_down(e))?;
    listen::<PointerEvent>(&overlay, "pointermove", true, |a, e| a.on_pointer_move(e))?;
    listen::<PointerEvent>(&overlay, "pointerup", true, |a, e| {
        a.on_pointer_up(e, false)
    })?;
    listen::<PointerEvent>(&overlay, "pointercancel", true, |a, e| {
        a.on_pointer_up(e, true)
    })?;
    listen::<PointerEvent>(&overlay, "pointerleave", true, |a, _| {
        if !a.gesture.active() {
            a.dispatch(Action::Hover {
                target: None,
                at: None,
                others: 0,
            });
        }
    })?;
    listen::<WheelEvent>(&overlay, "wheel", false, |a, e| a.on_wheel(e))?;
    // Which kind of input came last (the page shows keyboard focus only after keys).
    let root = doc
        .document_element()
        .ok_or_else(|| JsValue::from_str("no root element"))?;
    let modality = |kind: &'static str| {
        let root = root.clone();
        move |_: &mut App, _: &web_sys::Event| {
            if root.get_attribute("data-input").as_deref() != Some(kind) {
                let _ = root.set_attribute("data-input", kind);
            }
        }
    };
    listen::<web_sys::Event>(&window, "pointerdown", true, modality("pointer"))?;
    listen::<web_sys::Event>(&window, "keydown", true, modality("keys"))?;
    listen::<KeyboardEvent>(&window, "keydown", false, |a, e| {
        let in_field =
            a.ui.doc.active_element().is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            });
        if !in_field {
            a.on_key(e);
        }
    })?;
    listen::<web_sys::Event>(&window, "resize", true, |a, _| a.sync_viewport())?;
    // The stage can change size without the window doing so (the panel opening beside it).
    let ro_cb = Closure::<dyn FnMut()>::new(|| {
        with_app(App::sync_viewport);
    });
    let ro = web_sys::ResizeObserver::new(ro_cb.as_ref().unchecked_ref())?;
    ro.observe(&*dom::by_id(&doc, "stage")?);
    // The legend changes size when it folds or its counts change, the timeline bar when it
    // opens: labels keep off them.
    ro.observe(&*dom::by_id(&doc, "legend-box")?);
    ro.observe(&*dom::by_id(&doc, "timeline")?);
    ro.observe(&*dom::by_id(&doc, "chart")?);
    ro_cb.forget();
    std::mem::forget(ro);

    let button = |id: &str, action: Action| -> Result<(), JsValue> {
        let t: web_sys::EventTarget = dom::by_id(&doc, id)?.into();
        listen::<web_sys::Event>(&t, "click", true, move |a, _| a.dispatch(action.clone()))
    };
    let zoom = |factor: f32| Action::Zoom {
        factor,
        anchor: None,
    };
    button("zoom-in", zoom(BUTTON_ZOOM))?;
    button("zoom-out", zoom(1.0 / BUTTON_ZOOM))?;
    button("zoom-reset", Action::Home)?;
    let close: web_sys::EventTarget = dom::by_id(&doc, "details-close")?.into();
    listen::<web_sys::Event>(&close, "click", true, |a, _| {
        a.dispatch(Action::Select(None));
        let _ = a.frame.overlay.canvas.focus();
    })?;
    // The legend's countries show or hide their ties.
    let legend: web_sys::EventTarget = dom::by_id(&doc, "legend")?.into();
    listen::<web_sys::MouseEvent>(&legend, "click", true, |a, e| {
        let code = dom::clicked_attr(e, "button[data-country]", "data-country");
        if let Some(c) = code.as_deref().and_then(Country::parse) {
            let mut f = a.view.filters;
            f.countries[c] = !f.countries[c];
            a.dispatch(Action::SetFilters(f));
        }
    })?;
    super::panel_keys::install(&doc)
}
