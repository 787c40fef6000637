//! `window.bench`: the interface the page benchmark (`bench/page.mjs`) calls on this page and on
//! the sigma.js peer alike, and the timings the page keeps for it and for `atlas.stats()`.

use super::api::{method, set};
use super::js::ToJs;
use super::{now, with_app, App};
use crate::pick::{self, Pointer};
use crate::synthetic::Mulberry32;
use crate::view::{Action, Target};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How long drawing took, most recent last (at most [`Timings::KEEP`] of each).
#[derive(Debug, Default)]
pub struct Timings {
    pub first_frame_ms: Option<f64>,
    pub land_frame_ms: Option<f64>,
    /// Land and network layers together.
    pub base_ms: Vec<f64>,
    pub overlay_ms: Vec<f64>,
}

impl Timings {
    const KEEP: usize = 240;

    fn push(v: &mut Vec<f64>, ms: f64) {
        if v.len() >= Self::KEEP {
            v.remove(0);
        }
        v.push(ms);
    }
    pub fn push_base(&mut self, ms: f64) {
        Self::push(&mut self.base_ms, ms);
    }
    pub fn push_overlay(&mut self, ms: f64) {
        Self::push(&mut self.overlay_ms, ms);
    }
}

fn bench_object() -> Option<js_sys::Object> {
    let w = web_sys::window()?;
    js_sys::Reflect::get(&w, &JsValue::from_str("bench"))
        .ok()?
        .dyn_into()
        .ok()
}

/// Records the first complete frame on `window.bench.firstFrameMs`.
pub fn first_frame(ms: f64) {
    if let Some(b) = bench_object() {
        let _ = set(&b, "firstFrameMs", &JsValue::from_f64(ms));
    }
}

/// One full redraw of the land and network layers, pixels included.
fn redraw(app: &mut App) -> f64 {
    let t0 = now();
    app.frame.force_full();
    let overlay = app.frame.overlay_pending();
    app.frame.set_overlay_pending(false);
    app.draw();
    app.frame.land.flush();
    app.frame.flush_network();
    app.frame.set_overlay_pending(overlay);
    now() - t0
}

/// A timeline step to `year` (`None`: the timeline off) as the page takes it: the update and
/// what follows it on the page, then the frame's drawing, pixels included (the wait for the
/// next animation frame left out).
fn year_step(app: &mut App, year: Option<u16>) -> f64 {
    let t0 = now();
    app.dispatch(Action::Year(year));
    app.draw();
    app.frame.flush_network();
    now() - t0
}

/// Hover feedback for a place (overlay only), pixels included.
fn hover(app: &mut App, target: Option<Target>) -> f64 {
    let t0 = now();
    app.dispatch(Action::Hover {
        target,
        at: None,
        others: 0,
    });
    app.frame.force_overlay();
    app.draw();
    app.frame.overlay.flush();
    now() - t0
}

/// `n` pointer moves at seeded random points of the map, as the pointer handler picks them:
/// milliseconds per move.
fn picks(app: &mut App, n: usize) -> f64 {
    let mut rng = Mulberry32::new(7);
    let vp = app.view.vp;
    let points: Vec<[f32; 2]> = (0..n)
        .map(|_| {
            let x = rng.next_f64() as f32 * vp.width;
            [x, rng.next_f64() as f32 * vp.height]
        })
        .collect();
    // The index is built first, as after any frame (the page does it off the frame's path).
    let (hits, ms) = app.with_picture(|input, grid, labels| {
        let t0 = now();
        let hits = points
            .iter()
            .filter(|&&at| pick::item_at(input, Some(grid), labels, at, Pointer::Mouse).is_some())
            .count();
        (hits, (now() - t0) / n.max(1) as f64)
    });
    // Keep the hits alive so the loop is not optimised away.
    if hits > n {
        web_sys::console::log_1(&JsValue::from_f64(hits as f64));
    }
    ms
}

/// Installs `window.bench`.
pub fn install() -> Result<(), JsValue> {
    let bench = js_sys::Object::new();
    set(&bench, "firstFrameMs", &JsValue::NULL)?;
    method!(bench, "redraw", |n| {
        let n = n.as_f64().unwrap_or(1.0).clamp(1.0, 1000.0) as usize;
        let times: Vec<f64> = (0..n).filter_map(|_| with_app(redraw)).collect();
        times.to_js()
    });
    method!(bench, "hover", |id| {
        with_app(|app| {
            let t = id
                .as_string()
                .and_then(|id| Target::from_key(app.data.atlas(), &id));
            JsValue::from_f64(hover(app, t))
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(bench, "yearStep", |y| {
        // A year far outside any span is clamped by the update, like the slider's.
        let year = y.as_f64().map(|y| y.clamp(0.0, 9999.0) as u16);
        with_app(|app| JsValue::from_f64(year_step(app, year))).unwrap_or(JsValue::NULL)
    });
    method!(bench, "pick", |n| {
        let n = n.as_f64().unwrap_or(1000.0).clamp(1.0, 100_000.0) as usize;
        with_app(|app| JsValue::from_f64(picks(app, n))).unwrap_or(JsValue::NULL)
    });
    method!(bench, "size", || {
        with_app(|app| {
            let o = js_sys::Object::new();
            let a = app.data.atlas();
            let _ = set(&o, "nodes", &JsValue::from_f64(a.places.len() as f64));
            // "edges": the peer's word, shared by both pages' benchmark interface.
            let _ = set(&o, "edges", &JsValue::from_f64(a.links.len() as f64));
            JsValue::from(o)
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(bench, "screenPosition", |id| {
        with_app(|app| super::api::client_point(app, &id)).unwrap_or(JsValue::NULL)
    });
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    set(&window, "bench", &bench)
}
