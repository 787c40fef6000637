//! Flights of the camera: short animations to a chosen place or a framing (instant where the
//! reader asks for reduced motion), and the framing buttons that start them; likewise the morph
//! between the map and the network, and its buttons.

use super::input::listen;
use super::{dom, now, request_frame, App};
use crate::layout::Arrangement;
use crate::view::{Action, Camera, Region};
use wasm_bindgen::prelude::*;

/// How long (ms) a flight of the camera lasts…
const FLIGHT_MS: f64 = 350.0;
/// …and the morph between the map and the network.
pub const MORPH_MS: f64 = 900.0;

/// A flight in progress.
#[derive(Debug, Clone, Copy)]
pub struct Flight {
    from: Camera,
    to: Camera,
    /// When it started (ms).
    start: f64,
    /// The framing it ends in, if it flies to one.
    region: Option<Region>,
}

/// Whether the reader asks for reduced motion.
fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

impl App {
    /// Flies the camera to `to`: a short animation, or at once where the reader asks for
    /// reduced motion. Any input of the reader ends a flight.
    pub(super) fn fly_to(&mut self, to: Camera) {
        self.fly(to, None);
    }

    /// Flies to the framing of `region`, which then holds.
    pub(super) fn fly_to_region(&mut self, region: Region) {
        let to = self.view.region_camera(region, &self.data);
        self.fly(to, Some(region));
    }

    fn fly(&mut self, to: Camera, region: Option<Region>) {
        if reduced_motion() {
            self.flight = None;
            self.land(to, region);
            return;
        }
        self.flight = Some(Flight {
            from: self.view.camera,
            to,
            start: now(),
            region,
        });
        if !self.frame.pending {
            self.frame.pending = true;
            request_frame();
        }
    }

    fn land(&mut self, to: Camera, region: Option<Region>) {
        match region {
            Some(r) => self.dispatch(Action::Frame(r)),
            None => self.dispatch(Action::SetCamera(to)),
        }
    }

    /// Arranges the places as on the map or as the network: a morph, or at once where the
    /// reader asks for reduced motion.
    pub(super) fn arrange(&mut self, to: Arrangement) {
        self.flight = None;
        self.dispatch(Action::Arrange(to));
        if self.view.morph.is_none() {
            return;
        }
        if reduced_motion() {
            self.dispatch(Action::Morph(1.0));
            return;
        }
        self.morph_start = Some(now());
        if !self.frame.pending {
            self.frame.pending = true;
            request_frame();
        }
    }

    /// The next step of a morph; whether it goes on.
    fn step_morph(&mut self) -> bool {
        let Some(start) = self.morph_start else {
            return false;
        };
        let t = ((now() - start) / MORPH_MS) as f32;
        self.dispatch(Action::Morph(t));
        if self.view.morph.is_none() {
            self.morph_start = None;
        }
        self.morph_start.is_some()
    }

    /// The next step of a flight or a morph; whether it goes on.
    pub(super) fn step_flight(&mut self) -> bool {
        if self.morph_start.is_some() {
            return self.step_morph();
        }
        let Some(f) = self.flight else {
            return false;
        };
        let t = ((now() - f.start) / FLIGHT_MS) as f32;
        if t >= 1.0 {
            self.flight = None;
            self.land(f.to, f.region);
        } else {
            self.dispatch(Action::SetCamera(f.from.toward(f.to, t)));
        }
        self.flight.is_some()
    }

    /// The arrangement buttons say which arrangement shows; the framings of parts of the map
    /// are offered on the map only.
    pub(super) fn show_arrangement(&self) {
        for a in [Arrangement::Map, Arrangement::Network] {
            if let Ok(b) = dom::by_id(&self.ui.doc, &format!("view-{}", a.word())) {
                let on = if self.view.arrangement == a {
                    "true"
                } else {
                    "false"
                };
                let _ = b.set_attribute("aria-pressed", on);
            }
        }
        if let Ok(g) = dom::by_id(&self.ui.doc, "regions") {
            let on_map = self.view.arrangement == Arrangement::Map;
            let _ = g.toggle_attribute_with_force("hidden", !on_map);
        }
    }

    /// The framing buttons say which framing holds.
    pub(super) fn show_region(&self) {
        for r in Region::ALL {
            if let Ok(b) = dom::by_id(&self.ui.doc, &format!("region-{}", r.word())) {
                let on = if self.view.region == Some(r) {
                    "true"
                } else {
                    "false"
                };
                if b.get_attribute("aria-pressed").as_deref() != Some(on) {
                    let _ = b.set_attribute("aria-pressed", on);
                }
            }
        }
    }
}

/// The framing buttons fly to their region.
pub fn install(doc: &web_sys::Document) -> Result<(), JsValue> {
    for r in Region::ALL {
        let t: web_sys::EventTarget = dom::by_id(doc, &format!("region-{}", r.word()))?.into();
        listen::<web_sys::Event>(&t, "click", true, move |a, _| a.fly_to_region(r))?;
    }
    for to in [Arrangement::Map, Arrangement::Network] {
        let t: web_sys::EventTarget = dom::by_id(doc, &format!("view-{}", to.word()))?.into();
        listen::<web_sys::Event>(&t, "click", true, move |a, _| a.arrange(to))?;
    }
    Ok(())
}
