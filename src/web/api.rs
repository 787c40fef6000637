//! `window.atlas`: a small JavaScript API for tests and embedders. Reads return plain objects of
//! what the page shows (the presenter's records, see `js`); changes dispatch the same actions as
//! the pointer and the keys.

use super::js::{Obj, ToJs};
use super::{with_app, App};
use crate::details;
use crate::geometry::curve_point;
use crate::model::Item;
use crate::view::{Action, Target};
use wasm_bindgen::prelude::*;

/// Defines a JS method on an object: `method!(obj, "name", || body)` or `|arg| body`.
macro_rules! method {
    ($obj:expr, $name:expr, || $body:expr) => {{
        let c = Closure::<dyn Fn() -> JsValue>::new(move || $body);
        $crate::web::api::set(&$obj, $name, c.as_ref())?;
        c.forget();
    }};
    ($obj:expr, $name:expr, |$a:ident| $body:expr) => {{
        let c = Closure::<dyn Fn(JsValue) -> JsValue>::new(move |$a: JsValue| $body);
        $crate::web::api::set(&$obj, $name, c.as_ref())?;
        c.forget();
    }};
    ($obj:expr, $name:expr, |$a:ident, $b:ident| $body:expr) => {{
        let c =
            Closure::<dyn Fn(JsValue, JsValue) -> JsValue>::new(move |$a: JsValue, $b: JsValue| {
                $body
            });
        $crate::web::api::set(&$obj, $name, c.as_ref())?;
        c.forget();
    }};
}
pub(crate) use method;

pub fn set(obj: &js_sys::Object, name: &str, f: &JsValue) -> Result<(), JsValue> {
    js_sys::Reflect::set(obj, &JsValue::from_str(name), f).map(|_| ())
}

/// `{x, y, visible}`: point `s` of the stage (CSS px) moved by `offset`, visible when `s` is
/// inside the stage.
fn screen_point(app: &App, s: [f32; 2], offset: [f32; 2]) -> JsValue {
    Obj::new()
        .set("x", s[0] + offset[0])
        .set("y", s[1] + offset[1])
        .set("visible", app.view.vp.contains(s))
        .done()
}

/// Where place `id` is drawn on the stage (CSS px), if it is a placed place.
fn place_point(app: &App, id: &JsValue) -> Option<[f32; 2]> {
    let p = app.data.atlas().index_of(&id.as_string()?)?;
    app.view.world(&app.data, p).map(|w| app.view.to_screen(w))
}

/// Where place `id` is drawn, in CSS px of the stage; `null` for an unknown or unplaced id.
fn stage_point(app: &App, id: &JsValue) -> JsValue {
    place_point(app, id).map_or(JsValue::NULL, |s| screen_point(app, s, [0.0, 0.0]))
}

/// Where place `id` is drawn, in CSS px of the browser's viewport (for input events).
pub fn client_point(app: &App, id: &JsValue) -> JsValue {
    let Some(s) = place_point(app, id) else {
        return JsValue::NULL;
    };
    let r = app.ui.stage.get_bounding_client_rect();
    screen_point(app, s, [r.left() as f32, r.top() as f32])
}

/// The target a JS value names (a place id or `"a~b"`), if the data holds it.
fn target(app: &App, key: &JsValue) -> Option<Target> {
    Target::from_key(app.data.atlas(), &key.as_string()?)
}

/// The tie a JS value names (`"a~b"`, either order).
fn link(app: &App, key: &JsValue) -> Option<usize> {
    match target(app, key)?.resolve(app.data.atlas())? {
        Item::Link(l) => Some(l),
        Item::Place(_) => None,
    }
}

fn wasm_memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .ok()
        .and_then(|m| m.buffer().dyn_into::<js_sys::ArrayBuffer>().ok())
        .map_or(0.0, |b| f64::from(b.byte_length()))
}

/// Counts, timings and state: `stats().pending` says a frame or a settle redraw is on its way
/// (the picture is not final yet); `shown` counts the ties the filters let through.
fn stats(app: &mut App) -> JsValue {
    let vis = app.derived.visibility(&app.data, &app.view.filters);
    let (shown, shown_by_country) = (vis.shown(), vis.by_country.partners());
    let a = app.data.atlas();
    let c = a.counts();
    let t = &app.frame.timings;
    let vp = app.view.vp;
    Obj::new()
        .set("places", c.places)
        .set("links", c.links)
        .set("dated", c.dated)
        .set(
            "cited",
            a.links.iter().filter(|l| !l.sources.is_empty()).count(),
        )
        .set("linksByCountry", c.by_country.partners())
        .set("shown", shown)
        .set("shownByCountry", shown_by_country)
        .set("region", app.view.region.map(|r| r.word()))
        .set("issues", app.issues().len())
        .set("landRings", app.land.rings.len())
        .set("firstFrameMs", t.first_frame_ms)
        .set("landFrameMs", t.land_frame_ms)
        .set("baseDrawMs", &t.base_ms)
        .set("overlayDrawMs", &t.overlay_ms)
        .set("wasmMemoryBytes", wasm_memory_bytes())
        .set("viewport", [vp.width, vp.height, vp.dpr])
        .set("zoom", app.view.zoom())
        .set("selection", app.view.selection.as_ref().map(Target::key))
        .set("hover", app.view.hover.as_ref().map(Target::key))
        .set(
            "pending",
            app.frame.pending || app.settle_timer.is_some() || app.inset_pending(),
        )
        .done()
}

/// Installs `window.atlas`.
pub fn install() -> Result<(), JsValue> {
    let api = js_sys::Object::new();
    method!(api, "places", || {
        with_app(|app| details::place_summaries(app.data.atlas()).to_js()).unwrap_or(JsValue::NULL)
    });
    method!(api, "place", |id| {
        with_app(|app| {
            let vis = app.derived.visibility(&app.data, &app.view.filters);
            let atlas = app.data.atlas();
            id.as_string()
                .and_then(|id| atlas.index_of(&id))
                .and_then(|p| details::place_details(atlas, p, Some(&vis.links)))
                .map_or(JsValue::NULL, |d| d.to_js())
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "select", |id| {
        let ok = with_app(|app| match target(app, &id) {
            Some(t) => {
                app.select_and_reveal(t);
                true
            }
            None => false,
        });
        JsValue::from_bool(ok.unwrap_or(false))
    });
    method!(api, "link", |ids| {
        with_app(|app| {
            link(app, &ids)
                .and_then(|l| details::link_details(app.data.atlas(), l))
                .map_or(JsValue::NULL, |d| d.to_js())
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "selectLink", |ids| {
        let ok = with_app(|app| match target(app, &ids) {
            Some(t @ Target::Link { .. }) => {
                app.dispatch(Action::Select(Some(t)));
                true
            }
            _ => false,
        });
        JsValue::from_bool(ok.unwrap_or(false))
    });
    method!(api, "linkPosition", |ids| {
        with_app(|app| {
            let l = link(app, &ids);
            match l.and_then(|l| app.with_input(|input| input.curve(l))) {
                Some(c) => screen_point(app, curve_point(&c, 0.5), [0.0, 0.0]),
                None => JsValue::NULL,
            }
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "clearSelection", || {
        with_app(|app| app.dispatch(Action::Select(None)));
        JsValue::UNDEFINED
    });
    method!(api, "selection", || {
        with_app(|app| {
            app.view
                .selection
                .as_ref()
                .map(|t| JsValue::from_str(&t.key()))
        })
        .flatten()
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "screenPosition", |id| {
        with_app(|app| stage_point(app, &id)).unwrap_or(JsValue::NULL)
    });
    method!(api, "url", || {
        with_app(|app| JsValue::from_str(&app.address())).unwrap_or(JsValue::NULL)
    });
    method!(api, "search", |q| {
        let q = q.as_string().unwrap_or_default();
        with_app(|app| {
            let arr = js_sys::Array::new();
            for id in app.search_ids(&q) {
                arr.push(&JsValue::from_str(&id));
            }
            JsValue::from(arr)
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "exportSvg", || {
        with_app(|app| {
            app.export_svg()
                .map_or(JsValue::NULL, |s| JsValue::from_str(&s))
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "exportPng", |scale| {
        let scale = scale.as_f64().unwrap_or(0.0) as f32;
        with_app(|app| {
            app.export_png(scale)
                .map_or(JsValue::NULL, |s| JsValue::from_str(&s))
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "exportCsv", || {
        with_app(|app| {
            let vis = app.derived.visibility(&app.data, &app.view.filters);
            JsValue::from_str(&crate::export::ties_csv(app.data.atlas(), &vis.links))
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "exportGeoJson", || {
        with_app(|app| {
            let vis = app.derived.visibility(&app.data, &app.view.filters);
            JsValue::from_str(&crate::export::ties_geojson(app.data.atlas(), &vis.links))
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "labels", || {
        with_app(|app| {
            let labels = app.with_picture(|_, _, labels| labels.to_vec());
            let atlas = app.data.atlas();
            let arr = js_sys::Array::new();
            for l in labels {
                let [x0, y0, x1, y1] = l.rect;
                let o = Obj::new()
                    .set("id", atlas.places[l.place].id.as_str())
                    .set("x", x0)
                    .set("y", y0)
                    .set("width", x1 - x0)
                    .set("height", y1 - y0)
                    .done();
                arr.push(&o);
            }
            JsValue::from(arr)
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "zoomBy", |f| {
        if let Some(f) = f.as_f64() {
            let action = Action::Zoom {
                factor: f as f32,
                anchor: None,
            };
            with_app(|app| app.dispatch(action));
        }
        JsValue::UNDEFINED
    });
    method!(api, "resetView", || {
        with_app(|app| app.dispatch(Action::Home));
        JsValue::UNDEFINED
    });
    super::api_structure::install(&api)?;
    super::events::install_api(&api)?;
    method!(api, "setYear", |y| {
        // A year puts the timeline there (brought into the data's years); null takes it away.
        let year = y
            .as_f64()
            .filter(|v| v.is_finite())
            .map(|v| v.clamp(0.0, 9999.0) as u16);
        with_app(|app| {
            app.dispatch(Action::Year(year));
            app.view.filters.year.map_or(JsValue::NULL, JsValue::from)
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "year", || {
        with_app(|app| app.view.filters.year.map_or(JsValue::NULL, JsValue::from))
            .unwrap_or(JsValue::NULL)
    });
    method!(api, "play", |on| {
        let on = on.as_bool().unwrap_or(true);
        with_app(|app| app.dispatch(Action::Play(on)));
        JsValue::UNDEFINED
    });
    method!(api, "visibleLinks", || {
        with_app(|app| {
            let vis = app.derived.visibility(&app.data, &app.view.filters);
            JsValue::from(vis.shown() as u32)
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "stats", || with_app(stats).unwrap_or(JsValue::NULL));
    method!(api, "issues", || {
        with_app(|app| app.issues().to_js()).unwrap_or(JsValue::NULL)
    });
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    set(&window, "atlas", &api)
}
