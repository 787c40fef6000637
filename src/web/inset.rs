//! The East Asia inset beside the whole network: a small canvas drawn from the view state's
//! inset view, off the path of the frame that changed it (a short while after the last change),
//! and only when what it shows changed. A click flies the map to East Asia.

use super::canvas::Surface;
use super::input::listen;
use super::{dom, on_timer, App, INSET};
use crate::scene::{build_picture, SceneInput};
use crate::view::{Derived, Filters, Region, Target, ViewState, Viewport, INSET_MARGIN, INSET_TOP};

/// How long (ms) after a change the inset is drawn: a run of changes draws it once.
const INSET_DELAY_MS: i32 = 120;
/// A drawing of the inset longer than this (ms) would hold up the player's frames.
const EXPENSIVE_MS: f64 = 12.0;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What the inset's picture depends on: data, filters, selection, density and height.
type Key = (u64, Filters, Option<Target>, u32, u32);

#[derive(Debug)]
pub struct Inset {
    host: web_sys::HtmlElement,
    surface: Surface,
    /// What the canvas shows now.
    drawn: Option<Key>,
    /// A drawing is on its way.
    pending: bool,
    /// The room for the inset in the last viewport and data it was measured for.
    room: Option<((u64, Viewport), Option<f32>)>,
    /// What the inset's filters let through.
    derived: Derived,
    /// How long its last drawing took (ms): while the player walks the years, an inset that
    /// costs more than a frame waits until it stops.
    cost_ms: f64,
}

impl Inset {
    pub fn new(doc: &web_sys::Document) -> Result<Self, JsValue> {
        let host = dom::by_id(doc, "inset")?;
        // Where the view says it is (its size follows each view).
        let style = host.style();
        style.set_property("top", &px(INSET_TOP))?;
        style.set_property("right", &px(INSET_MARGIN))?;
        let canvas = host
            .query_selector("canvas")?
            .ok_or_else(|| JsValue::from_str("the inset has no canvas"))?
            .dyn_into()?;
        Ok(Self {
            host,
            surface: Surface::new(canvas)?,
            drawn: None,
            pending: false,
            room: None,
            derived: Derived::default(),
            cost_ms: 0.0,
        })
    }
}

/// A length for a style property (whole CSS pixels: no float formatting in the module).
fn px(v: f32) -> String {
    format!("{}px", v.round() as i32)
}

impl App {
    /// The inset's view now, its room measured again only when the viewport or data changed.
    fn inset_view(&mut self) -> Option<ViewState> {
        let at = (self.data.id(), self.view.vp);
        let room = match self.ui.inset.room {
            Some((k, room)) if k == at => room,
            _ => {
                let room = self.view.inset_room(&self.data);
                self.ui.inset.room = Some((at, room));
                room
            }
        };
        self.view.inset(room)
    }

    /// Shows or hides the inset as the view says, and asks for a drawing when its picture
    /// changed.
    pub(super) fn follow_inset(&mut self) {
        let view = self.inset_view();
        let inset = &mut self.ui.inset;
        if inset.host.hidden() != view.is_none() {
            inset.host.set_hidden(view.is_none());
        }
        let Some(v) = view else { return };
        let key = key(self.data.id(), &v);
        let behind = inset.drawn.as_ref() != Some(&key);
        // Shown faded while it waits for the player to stop: it is not the year on the map.
        let wait = behind && self.view.player.playing && inset.cost_ms > EXPENSIVE_MS;
        let _ = inset.host.class_list().toggle_with_force("stale", wait);
        if behind && !wait && !inset.pending {
            // Before the timers are installed (at start) the first frame asks again.
            inset.pending = on_timer(&INSET, INSET_DELAY_MS).is_some();
        }
    }

    /// Whether the inset waits to be drawn.
    pub(super) fn inset_pending(&self) -> bool {
        self.ui.inset.pending
    }

    /// Draws the inset (the timer's work).
    pub(super) fn draw_inset(&mut self) {
        let t0 = super::now();
        self.ui.inset.pending = false;
        let Some(v) = self.inset_view() else {
            return;
        };
        let inset = &mut self.ui.inset;
        let input = SceneInput {
            data: &self.data,
            view: &v,
            vis: inset.derived.visibility(&self.data, &v.filters),
        };
        let scene = build_picture(&self.land, &input);
        let style = inset.host.style();
        for (k, len) in [("width", v.vp.width), ("height", v.vp.height)] {
            let _ = style.set_property(k, &px(len));
        }
        inset.surface.resize(v.vp.width, v.vp.height, v.vp.dpr);
        if let Err(e) = inset.surface.paint(&scene, v.vp.dpr) {
            web_sys::console::error_1(&e);
        }
        inset.drawn = Some(key(self.data.id(), &v));
        inset.cost_ms = super::now() - t0;
    }
}

fn key(data: u64, v: &ViewState) -> Key {
    (
        data,
        v.filters,
        v.selection.clone(),
        v.vp.dpr.to_bits(),
        v.vp.height.to_bits(),
    )
}

/// A click on the inset flies to East Asia.
pub fn install(doc: &web_sys::Document) -> Result<(), JsValue> {
    let t: web_sys::EventTarget = dom::by_id(doc, "inset")?.into();
    listen::<web_sys::Event>(&t, "click", true, |a, _| a.fly_to_region(Region::EastAsia))
}
