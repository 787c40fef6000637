//! `window.atlas`: a small JavaScript API for tests and embedders, returning plain objects
//! (serde-wasm-bindgen) of what the page shows.

use super::{with_app, App};
use crate::view::Target;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[derive(Serialize)]
struct PlaceSummary<'a> {
    id: &'a str,
    name_en: &'a str,
    name_local: &'a str,
    country: &'static str,
    level: &'static str,
    degree: usize,
    lat: Option<f64>,
    lon: Option<f64>,
}

#[derive(Serialize)]
struct ScreenPoint {
    x: f32,
    y: f32,
    visible: bool,
}

impl ScreenPoint {
    /// Point `s` of the stage (CSS px) moved by `offset`, visible when `s` is inside the stage.
    fn js(s: [f32; 2], offset: [f32; 2], app: &App) -> JsValue {
        to_js(&ScreenPoint {
            x: s[0] + offset[0],
            y: s[1] + offset[1],
            visible: s[0] >= 0.0 && s[1] >= 0.0 && s[0] <= app.vp.width && s[1] <= app.vp.height,
        })
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Stats {
    places: usize,
    links: usize,
    dated: usize,
    cited: usize,
    links_by_country: [usize; 3],
    issues: usize,
    land_rings: usize,
    first_frame_ms: Option<f64>,
    land_frame_ms: Option<f64>,
    base_draw_ms: Vec<f64>,
    overlay_draw_ms: Vec<f64>,
    wasm_memory_bytes: f64,
    viewport: [f32; 3],
    zoom: f32,
    selection: Option<String>,
    hover: Option<String>,
}

/// Plain JS objects (maps too: a partner's flattened place fields arrive as object keys).
fn to_js<T: Serialize>(v: &T) -> JsValue {
    v.serialize(&serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true))
        .unwrap_or(JsValue::NULL)
}

fn wasm_memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .ok()
        .and_then(|m| m.buffer().dyn_into::<js_sys::ArrayBuffer>().ok())
        .map_or(0.0, |b| f64::from(b.byte_length()))
}

/// A place's id, or "a~b" (the two places' ids) for a tie.
fn place_id(app: &App, t: Option<Target>) -> Option<String> {
    match t {
        Some(Target::Place(p)) => Some(app.atlas.places[p].id.clone()),
        Some(Target::Link(l)) => {
            let l = &app.atlas.links[l];
            Some(format!(
                "{}~{}",
                app.atlas.places[l.a].id, app.atlas.places[l.b].id
            ))
        }
        None => None,
    }
}

/// Where place `id` is drawn, in CSS px of the stage, or of the viewport when `client`;
/// `null` for an unknown or unplaced id.
fn screen_point(app: &App, id: &JsValue, client: bool) -> JsValue {
    let Some(w) = id
        .as_string()
        .and_then(|id| app.atlas.index_of(&id))
        .and_then(|p| app.layout.pos[p])
    else {
        return JsValue::NULL;
    };
    let s = app.view.camera.world_to_screen(w, app.vp);
    let offset = if client {
        let r = app.stage.get_bounding_client_rect();
        [r.left() as f32, r.top() as f32]
    } else {
        [0.0, 0.0]
    };
    ScreenPoint::js(s, offset, app)
}

/// The tie named by "a~b" (two place ids, either order).
fn link_of(app: &App, ids: &JsValue) -> Option<usize> {
    let s = ids.as_string()?;
    let (a, b) = s.split_once('~')?;
    app.atlas.link_between(a, b)
}

fn set(obj: &js_sys::Object, name: &str, f: &JsValue) -> Result<(), JsValue> {
    js_sys::Reflect::set(obj, &JsValue::from_str(name), f).map(|_| ())
}

macro_rules! method {
    ($obj:expr, $name:expr, || $body:expr) => {{
        let c = Closure::<dyn Fn() -> JsValue>::new(move || $body);
        set(&$obj, $name, c.as_ref())?;
        c.forget();
    }};
    ($obj:expr, $name:expr, |$a:ident| $body:expr) => {{
        let c = Closure::<dyn Fn(JsValue) -> JsValue>::new(move |$a: JsValue| $body);
        set(&$obj, $name, c.as_ref())?;
        c.forget();
    }};
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

/// Installs `window.bench`: the interface the page benchmark (`bench/page.mjs`) calls on this
/// page and on the sigma.js peer alike.
fn install_bench() -> Result<(), JsValue> {
    let bench = js_sys::Object::new();
    set(&bench, "firstFrameMs", &JsValue::NULL)?;
    method!(bench, "redraw", |n| {
        let n = n.as_f64().unwrap_or(1.0).clamp(1.0, 1000.0) as usize;
        let times: Vec<f64> = (0..n).filter_map(|_| with_app(App::bench_redraw)).collect();
        to_js(&times)
    });
    method!(bench, "hover", |id| {
        with_app(|app| {
            let p = id.as_string().and_then(|id| app.atlas.index_of(&id));
            JsValue::from_f64(app.bench_hover(p))
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(bench, "size", || {
        with_app(|app| {
            let o = js_sys::Object::new();
            let _ = set(
                &o,
                "nodes",
                &JsValue::from_f64(app.atlas.places.len() as f64),
            );
            let _ = set(
                &o,
                "edges",
                &JsValue::from_f64(app.atlas.links.len() as f64),
            );
            JsValue::from(o)
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(bench, "screenPosition", |id| {
        with_app(|app| screen_point(app, &id, true)).unwrap_or(JsValue::NULL)
    });
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    set(&window, "bench", &bench)
}

/// Installs `window.atlas`.
pub fn install() -> Result<(), JsValue> {
    install_bench()?;
    let api = js_sys::Object::new();
    method!(api, "places", || {
        with_app(|app| {
            let list: Vec<PlaceSummary> = app
                .atlas
                .places
                .iter()
                .map(|p| PlaceSummary {
                    id: &p.id,
                    name_en: &p.names.en,
                    name_local: p.names.local(p.country),
                    country: p.country.code(),
                    level: p.level.label(p.country),
                    degree: p.degree(),
                    lat: p.coord.map(|c| c.0),
                    lon: p.coord.map(|c| c.1),
                })
                .collect();
            to_js(&list)
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "place", |id| {
        with_app(|app| {
            id.as_string()
                .and_then(|id| app.atlas.index_of(&id))
                .and_then(|p| app.atlas.place_details(p))
                .map_or(JsValue::NULL, |d| to_js(&d))
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "select", |id| {
        let ok = with_app(
            |app| match id.as_string().and_then(|id| app.atlas.index_of(&id)) {
                Some(p) => {
                    app.select(Some(p));
                    app.reveal(p);
                    true
                }
                None => false,
            },
        );
        JsValue::from_bool(ok.unwrap_or(false))
    });
    method!(api, "link", |ids| {
        with_app(|app| {
            link_of(app, &ids)
                .and_then(|l| app.atlas.link_details(l))
                .map_or(JsValue::NULL, |d| to_js(&d))
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "selectLink", |ids| {
        let ok = with_app(|app| match link_of(app, &ids) {
            Some(l) => {
                app.select_target(Some(Target::Link(l)));
                true
            }
            None => false,
        });
        JsValue::from_bool(ok.unwrap_or(false))
    });
    method!(api, "linkPosition", |ids| {
        with_app(|app| {
            let curve = link_of(app, &ids).and_then(|l| {
                crate::scene::link_curve(&app.atlas, &app.layout, &app.view.camera, app.vp, l)
            });
            let Some([a, c, b]) = curve else {
                return JsValue::NULL;
            };
            let m = crate::scene::Shape::quad_points(a, c, b, 2)[1];
            ScreenPoint::js(m, [0.0, 0.0], app)
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "clearSelection", || {
        with_app(|app| app.select(None));
        JsValue::UNDEFINED
    });
    method!(api, "selection", || {
        with_app(|app| {
            place_id(app, app.view.selection).map_or(JsValue::NULL, |s| JsValue::from_str(&s))
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "screenPosition", |id| {
        with_app(|app| screen_point(app, &id, false)).unwrap_or(JsValue::NULL)
    });
    method!(api, "zoomBy", |f| {
        if let Some(f) = f.as_f64() {
            with_app(|app| app.zoom_by(f as f32, None));
        }
        JsValue::UNDEFINED
    });
    method!(api, "resetView", || {
        with_app(App::reset_view);
        JsValue::UNDEFINED
    });
    method!(api, "stats", || {
        with_app(|app| {
            let c = app.atlas.coverage();
            to_js(&Stats {
                places: c.places,
                links: c.links,
                dated: c.dated,
                cited: c.cited,
                links_by_country: c.by_country,
                issues: app.issues.len(),
                land_rings: app.land.rings.len(),
                first_frame_ms: app.timings.first_frame_ms,
                land_frame_ms: app.timings.land_frame_ms,
                base_draw_ms: app.timings.base_ms.clone(),
                overlay_draw_ms: app.timings.overlay_ms.clone(),
                wasm_memory_bytes: wasm_memory_bytes(),
                viewport: [app.vp.width, app.vp.height, app.vp.dpr],
                zoom: app.view.zoom(),
                selection: place_id(app, app.view.selection),
                hover: place_id(app, app.view.hover),
            })
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "issues", || {
        with_app(|app| to_js(&app.issues)).unwrap_or(JsValue::NULL)
    });
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    set(&window, "atlas", &api)?;
    Ok(())
}
