//! The browser shell: canvas sizing, events → view-state changes, the DOM panels, the JS API.
//! Everything it draws comes from the pure core (`scene::build_*` of the one `ViewState`).

mod api;
pub mod canvas;
pub mod dom;

use crate::data::embedded;
use crate::geo::Land;
use crate::layout::{Bounds, Layout};
use crate::model::Atlas;
use crate::pick::PlaceIndex;
use crate::scene::{self, Visibility};
use crate::view::{Camera, Target, ViewState, Viewport};
use canvas::Surface;
use std::cell::RefCell;
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement, KeyboardEvent, PointerEvent, WheelEvent};

type Slot<T> = RefCell<Option<T>>;

thread_local! {
    static APP: Slot<App> = const { RefCell::new(None) };
    static FRAME: Slot<Closure<dyn FnMut(f64)>> = const { RefCell::new(None) };
    static SETTLE: Slot<Closure<dyn FnMut()>> = const { RefCell::new(None) };
}

/// Runs `f` on the app if it is up and not already borrowed (a re-entrant event is dropped).
fn with_app<R>(f: impl FnOnce(&mut App) -> R) -> Option<R> {
    APP.with(|a| a.try_borrow_mut().ok().and_then(|mut a| a.as_mut().map(f)))
}

/// How far (CSS px) a press may drift and still count as a click; fingers drift more.
fn click_slop(pointer_type: &str) -> f32 {
    if pointer_type == "mouse" {
        4.0
    } else {
        10.0
    }
}

#[derive(Default)]
struct Gesture {
    /// Active pointers: id → last position (CSS px in the stage).
    pointers: BTreeMap<i32, [f32; 2]>,
    start: [f32; 2],
    moved: bool,
    pointer_type: String,
}

struct Timings {
    first_frame_ms: Option<f64>,
    land_frame_ms: Option<f64>,
    base_ms: Vec<f64>,
    overlay_ms: Vec<f64>,
}

pub(crate) struct App {
    atlas: Atlas,
    layout: Layout,
    land: Land,
    index: PlaceIndex,
    bounds: Bounds,
    view: ViewState,
    vis: Visibility,
    vp: Viewport,
    land_layer: Surface,
    network: Surface,
    overlay: Surface,
    /// What the overlay canvas shows now (CSS px): the next hover clears only this box.
    overlay_bounds: Option<[f32; 4]>,
    stage: HtmlElement,
    doc: Document,
    panel: HtmlElement,
    panel_body: HtmlElement,
    tooltip: HtmlElement,
    gesture: Gesture,
    /// The camera of the last crisp drawing of the land and network layers; while a gesture
    /// runs, those canvases are moved with a CSS transform instead of being redrawn, when a redraw
    /// costs more than a frame.
    drawn_camera: Option<Camera>,
    land_dirty: bool,
    network_dirty: bool,
    overlay_dirty: bool,
    frame_pending: bool,
    settle_timer: Option<i32>,
    timings: Timings,
    issues: Vec<String>,
}

#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let msg = format!("The atlas stopped because of an internal error: {info}");
        web_sys::console::error_1(&JsValue::from_str(&msg));
        dom::show_error(&msg);
    }));
    mark("atlas-wasm-start");
    if let Err(e) = boot() {
        let msg = e
            .as_string()
            .or_else(|| {
                e.dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
            })
            .unwrap_or_else(|| format!("{e:?}"));
        web_sys::console::error_1(&JsValue::from_str(&msg));
        dom::show_error(&format!("The atlas could not start: {msg}"));
    }
}

fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

fn boot() -> Result<(), JsValue> {
    let doc = dom::document()?;
    if doc.get_element_by_id("stage").is_none() {
        // Loaded into a page without the atlas (the in-browser tests, an embedder's own page).
        return Ok(());
    }
    let synthetic = synthetic_size();
    let (atlas, issues) = match synthetic {
        Some(n) => (crate::synthetic::network(n, 42), Vec::new()),
        None => Atlas::embedded(),
    };
    mark("atlas-data-parsed");
    let mut issues: Vec<String> = issues.iter().map(ToString::to_string).collect();
    let land = Land::decode(embedded::LAND).unwrap_or_else(|e| {
        issues.push(e);
        Land::default()
    });
    if atlas.links.is_empty() {
        return Err(JsValue::from_str(&format!(
            "the embedded data has no usable ties. {}",
            issues.join("; ")
        )));
    }
    let layout = Layout::geographic(&atlas);
    let bounds = layout
        .bounds()
        .ok_or_else(|| JsValue::from_str("no place in the data has coordinates"))?;
    let index = PlaceIndex::new(&layout);
    let stage = dom::by_id(&doc, "stage")?;
    let land_layer = Surface::new(dom::by_id(&doc, "land")?.dyn_into()?)?;
    let network = Surface::new(dom::by_id(&doc, "network")?.dyn_into()?)?;
    let overlay = Surface::new(dom::by_id(&doc, "overlay")?.dyn_into()?)?;
    let vp = stage_viewport(&stage);
    let view = ViewState::home(bounds, vp);
    let vis = Visibility::compute(&atlas, &view);

    let cov = atlas.coverage();
    let status = match synthetic {
        Some(n) => format!(
            "Synthetic benchmark network (seed 42): {n} ties between {} places",
            cov.places
        ),
        None => dom::coverage_text(&cov),
    };
    dom::by_id(&doc, "coverage")?.set_text_content(Some(&status));
    dom::render_legend(&doc, &dom::by_id(&doc, "legend")?, &cov)?;
    dom::show_issues(&doc, &issues)?;

    let mut app = App {
        panel: dom::by_id(&doc, "details")?,
        panel_body: dom::by_id(&doc, "details-body")?,
        tooltip: dom::by_id(&doc, "tooltip")?,
        atlas,
        layout,
        land,
        index,
        bounds,
        view,
        vis,
        vp,
        land_layer,
        network,
        overlay,
        overlay_bounds: None,
        stage,
        doc,
        gesture: Gesture::default(),
        drawn_camera: None,
        land_dirty: true,
        network_dirty: true,
        overlay_dirty: true,
        frame_pending: false,
        settle_timer: None,
        timings: Timings {
            first_frame_ms: None,
            land_frame_ms: None,
            base_ms: Vec::new(),
            overlay_ms: Vec::new(),
        },
        issues,
    };
    app.resize_surfaces();
    APP.with(|a| *a.borrow_mut() = Some(app));
    install_frame_loop();
    install_events()?;
    api::install()?;
    mark("atlas-ready");
    // Draw the first frame now rather than a frame later: the page shows the network sooner
    // (the land follows on the next frame, which draw() schedules).
    with_app(|app| app.draw());
    Ok(())
}

/// `?synthetic=N`: the seeded synthetic network with N ties instead of the data (benchmarks).
fn synthetic_size() -> Option<usize> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    let n: usize = params.get("synthetic")?.parse().ok()?;
    Some(n.clamp(10, 1_000_000))
}

fn stage_viewport(stage: &HtmlElement) -> Viewport {
    let r = stage.get_bounding_client_rect();
    let dpr = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
    Viewport::new(r.width() as f32, r.height() as f32, dpr as f32)
}

impl App {
    fn resize_surfaces(&mut self) {
        for s in [&self.land_layer, &self.network, &self.overlay] {
            s.resize(self.vp.width, self.vp.height, self.vp.dpr);
        }
        // Resizing cleared the overlay.
        self.overlay_bounds = None;
    }

    fn on_resize(&mut self) {
        let vp = stage_viewport(&self.stage);
        if vp == self.vp {
            return;
        }
        self.vp = vp;
        self.view.resize(self.bounds, vp);
        self.resize_surfaces();
        self.invalidate_all();
    }

    /// The camera or the size changed: every layer is redrawn.
    fn invalidate_all(&mut self) {
        self.land_dirty = true;
        self.invalidate(true);
    }

    /// Redraw the overlay, and the network layer too when `network` (selection, filters).
    fn invalidate(&mut self, network: bool) {
        self.network_dirty |= network;
        self.overlay_dirty = true;
        if !self.frame_pending {
            self.frame_pending = true;
            schedule_frame();
        }
    }

    /// The camera moved: redraw now if that is cheap, else slide the last drawings with a CSS
    /// transform and redraw crisply once the gesture settles.
    fn camera_changed(&mut self) {
        let cheap = self.timings.base_ms.last().is_some_and(|&ms| ms < 10.0);
        if cheap || self.drawn_camera.is_none() {
            self.invalidate_all();
            return;
        }
        self.apply_layer_transform();
        self.invalidate(false);
        self.schedule_settle();
    }

    fn apply_layer_transform(&self) {
        let Some(drawn) = self.drawn_camera else {
            return;
        };
        let cam = self.view.camera;
        let s = cam.scale / drawn.scale;
        // Screen point of the old drawing's origin under the new camera.
        let o = cam.world_to_screen(drawn.screen_to_world([0.0, 0.0], self.vp), self.vp);
        let f = |v: f32, d| crate::num::fixed(f64::from(v), d);
        let t = format!(
            "translate({}px,{}px) scale({})",
            f(o[0], 2),
            f(o[1], 2),
            f(s, 5)
        );
        for layer in [&self.land_layer, &self.network] {
            let _ = layer.canvas.style().set_property("transform", &t);
        }
    }

    fn schedule_settle(&mut self) {
        let Some(w) = web_sys::window() else { return };
        if let Some(t) = self.settle_timer.take() {
            w.clear_timeout_with_handle(t);
        }
        SETTLE.with(|s| {
            if let Some(cb) = s.borrow().as_ref() {
                self.settle_timer = w
                    .set_timeout_with_callback_and_timeout_and_arguments_0(
                        cb.as_ref().unchecked_ref(),
                        140,
                    )
                    .ok();
            }
        });
    }

    fn draw(&mut self) {
        self.frame_pending = false;
        let first = self.timings.first_frame_ms.is_none();
        if self.land_dirty || self.network_dirty {
            let t0 = now();
            // The very first frame shows the network alone and the land one frame later: the
            // content appears sooner (both moments are marked, see bench/page.mjs).
            if self.land_dirty && !first {
                let s = scene::build_land(&self.land, &self.view, self.vp);
                if let Err(e) = self.land_layer.paint(&s, self.vp.dpr) {
                    web_sys::console::error_1(&e);
                }
                let _ = self.land_layer.canvas.style().remove_property("transform");
                self.land_dirty = false;
                if self.timings.land_frame_ms.is_none() {
                    self.land_layer.flush();
                    self.timings.land_frame_ms = Some(now());
                    mark("atlas-land-frame");
                }
            }
            if self.network_dirty || self.drawn_camera != Some(self.view.camera) {
                let s =
                    scene::build_network(&self.atlas, &self.layout, &self.view, &self.vis, self.vp);
                if let Err(e) = self.network.paint(&s, self.vp.dpr) {
                    web_sys::console::error_1(&e);
                }
                let _ = self.network.canvas.style().remove_property("transform");
                self.show_sampling(s.sampled);
                self.network_dirty = false;
            }
            self.drawn_camera = Some(self.view.camera);
            if first {
                // The first frame counts once its pixels exist.
                self.network.flush();
                let t = now();
                self.timings.first_frame_ms = Some(t);
                mark("atlas-first-frame");
                api::first_frame(t);
                // The land follows on the next frame.
                self.invalidate(false);
            }
            push_sample(&mut self.timings.base_ms, now() - t0);
        }
        if self.overlay_dirty {
            let t0 = now();
            let s = scene::build_overlay(&self.atlas, &self.layout, &self.view, &self.vis, self.vp);
            if let Err(e) = self.overlay.repaint(&s, self.vp.dpr, self.overlay_bounds) {
                web_sys::console::error_1(&e);
            }
            self.overlay_bounds = s.bounds();
            self.overlay_dirty = false;
            push_sample(&mut self.timings.overlay_ms, now() - t0);
        }
    }

    fn show_sampling(&self, sampled: Option<(usize, usize)>) {
        let Ok(el) = dom::by_id(&self.doc, "lod") else {
            return;
        };
        match sampled {
            Some((drawn, total)) => {
                el.set_text_content(Some(&format!(
                    "Showing {drawn} of the {total} ties on screen: zoom in for all of them"
                )));
                el.set_hidden(false);
            }
            None => el.set_hidden(true),
        }
    }

    /// One full redraw of the land and network layers, pixels included (for the benchmark).
    fn bench_redraw(&mut self) -> f64 {
        let t0 = now();
        self.land_dirty = true;
        self.network_dirty = true;
        let overlay = std::mem::replace(&mut self.overlay_dirty, false);
        self.draw();
        self.land_layer.flush();
        self.network.flush();
        self.overlay_dirty = overlay;
        now() - t0
    }

    /// Hover feedback for `place` (overlay only), pixels included (for the benchmark).
    fn bench_hover(&mut self, place: Option<usize>) -> f64 {
        let t0 = now();
        self.view.hover = place.map(Target::Place);
        self.overlay_dirty = true;
        self.draw();
        self.overlay.flush();
        now() - t0
    }

    /// The place under a point (CSS px in the stage), if any.
    fn pick(&self, at: [f32; 2]) -> Option<usize> {
        let cam = self.view.camera;
        let w = cam.screen_to_world(at, self.vp);
        let zoom = self.view.zoom();
        let slop = click_slop(&self.gesture.pointer_type);
        let max = (scene::node_radius(400, zoom) + slop) / cam.scale;
        let vis = &self.vis;
        self.index.nearest(w, max, |p, d| {
            vis.places[p] && d * cam.scale <= scene::node_radius(vis.degree[p], zoom) + slop
        })
    }

    /// The place under a point, or else the tie under it.
    fn pick_target(&self, at: [f32; 2]) -> Option<Target> {
        if let Some(p) = self.pick(at) {
            return Some(Target::Place(p));
        }
        let curves = (0..self.atlas.links.len()).filter_map(|i| {
            if !self.vis.links[i] {
                return None;
            }
            let [a, c, b] =
                scene::link_curve(&self.atlas, &self.layout, &self.view.camera, self.vp, i)?;
            Some((i, a, c, b))
        });
        let radius = click_slop(&self.gesture.pointer_type).min(6.0);
        crate::pick::nearest_curve(curves, at, radius, 16).map(Target::Link)
    }

    fn set_hover(&mut self, target: Option<Target>, at: [f32; 2]) {
        if target != self.view.hover {
            self.view.hover = target;
            let _ = self
                .stage
                .style()
                .set_property("cursor", if target.is_some() { "pointer" } else { "" });
            self.invalidate(false);
        }
        let text = match target {
            Some(Target::Place(p)) => {
                let n = self.vis.degree[p];
                format!(
                    "{} · {} partner{}",
                    scene::label_text(&self.atlas, p),
                    n,
                    if n == 1 { "" } else { "s" }
                )
            }
            Some(Target::Link(l)) => {
                let link = &self.atlas.links[l];
                let mut t = format!(
                    "{} — {}",
                    scene::label_text(&self.atlas, link.a),
                    scene::label_text(&self.atlas, link.b)
                );
                t.push_str(" · ");
                match link.date {
                    Some(d) => t.push_str(&d.to_string()),
                    None => t.push_str("year unknown"),
                }
                t
            }
            None => {
                self.tooltip.set_hidden(true);
                return;
            }
        };
        self.tooltip.set_text_content(Some(&text));
        let style = self.tooltip.style();
        let x = (at[0] + 14.0).min(self.vp.width - 260.0).max(4.0);
        let px = |v: f32| format!("{}px", crate::num::fixed(f64::from(v), 1));
        let _ = style.set_property("left", &px(x));
        let _ = style.set_property("top", &px(at[1] + 16.0));
        self.tooltip.set_hidden(false);
    }

    /// Selects a place (or clears the selection) and shows it in the details panel.
    fn select(&mut self, place: Option<usize>) {
        self.select_target(place.map(Target::Place));
    }

    /// Selects a place or a tie (or clears the selection) and shows it in the details panel.
    fn select_target(&mut self, target: Option<Target>) {
        if target == self.view.selection {
            return;
        }
        self.view.selection = target;
        let shown = match target {
            Some(Target::Place(p)) => self
                .atlas
                .place_details(p)
                .map(|d| dom::render_details(&self.doc, &self.panel_body, &d)),
            Some(Target::Link(l)) => self
                .atlas
                .link_details(l)
                .map(|d| dom::render_link_details(&self.doc, &self.panel_body, &d)),
            None => None,
        };
        match shown {
            Some(result) => {
                if let Err(e) = result {
                    web_sys::console::error_1(&e);
                }
                self.panel.set_hidden(false);
                self.panel_body.set_scroll_top(0);
            }
            None => self.panel.set_hidden(true),
        }
        self.invalidate(true);
    }

    /// Brings a place into view if it is off screen or under the details panel.
    fn reveal(&mut self, place: usize) {
        let Some(w) = self.layout.pos[place] else {
            return;
        };
        let s = self.view.camera.world_to_screen(w, self.vp);
        let right = self.vp.width - self.panel_width();
        let margin = 40.0;
        if s[0] < margin || s[1] < margin || s[0] > right - margin || s[1] > self.vp.height - margin
        {
            let target = [(right) / 2.0, self.vp.height / 2.0];
            self.view.camera.pan_by(target[0] - s[0], target[1] - s[1]);
            self.invalidate_all();
        }
    }

    fn panel_width(&self) -> f32 {
        if self.panel.hidden() {
            return 0.0;
        }
        let stage = self.stage.get_bounding_client_rect();
        let panel = self.panel.get_bounding_client_rect();
        // The panel covers the stage only where the two overlap (on narrow screens it sits below).
        ((stage.right() - panel.left()).max(0.0) as f32).min(self.vp.width * 0.6)
    }

    fn zoom_by(&mut self, factor: f32, anchor: Option<[f32; 2]>) {
        let at = anchor.unwrap_or([self.vp.width / 2.0, self.vp.height / 2.0]);
        self.view
            .camera
            .zoom_at(at, factor, self.vp, self.view.home_scale);
        self.camera_changed();
    }

    fn reset_view(&mut self) {
        let home = ViewState::home(self.bounds, self.vp);
        self.view.camera = home.camera;
        self.view.home_scale = home.home_scale;
        self.invalidate_all();
    }

    fn local_point(&self, client_x: i32, client_y: i32) -> [f32; 2] {
        let r = self.stage.get_bounding_client_rect();
        [
            (f64::from(client_x) - r.left()) as f32,
            (f64::from(client_y) - r.top()) as f32,
        ]
    }

    fn on_pointer_down(&mut self, e: &PointerEvent) {
        if e.button() != 0 && e.pointer_type() == "mouse" {
            return;
        }
        let p = self.local_point(e.client_x(), e.client_y());
        if let Some(t) = e.target() {
            if let Ok(el) = t.dyn_into::<web_sys::Element>() {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
        }
        if self.gesture.pointers.is_empty() {
            self.gesture.start = p;
            self.gesture.moved = false;
            self.gesture.pointer_type = e.pointer_type();
        } else {
            // A second finger: a pinch, never a click.
            self.gesture.moved = true;
        }
        self.gesture.pointers.insert(e.pointer_id(), p);
    }

    fn on_pointer_move(&mut self, e: &PointerEvent) {
        let p = self.local_point(e.client_x(), e.client_y());
        let id = e.pointer_id();
        let Some(&last) = self.gesture.pointers.get(&id) else {
            // Not pressed: hover.
            self.gesture.pointer_type = e.pointer_type();
            let hit = self.pick_target(p);
            self.set_hover(hit, p);
            return;
        };
        if self.gesture.pointers.len() >= 2 {
            let others: Vec<[f32; 2]> = self
                .gesture
                .pointers
                .iter()
                .filter(|(k, _)| **k != id)
                .map(|(_, v)| *v)
                .collect();
            let o = others[0];
            let d0 = dist(last, o);
            let d1 = dist(p, o);
            let mid0 = [(last[0] + o[0]) / 2.0, (last[1] + o[1]) / 2.0];
            let mid1 = [(p[0] + o[0]) / 2.0, (p[1] + o[1]) / 2.0];
            if d0 > 1.0 {
                self.view
                    .camera
                    .zoom_at(mid1, d1 / d0, self.vp, self.view.home_scale);
            }
            self.view
                .camera
                .pan_by(mid1[0] - mid0[0], mid1[1] - mid0[1]);
        } else {
            if !self.gesture.moved
                && dist(p, self.gesture.start) <= click_slop(&self.gesture.pointer_type)
            {
                return;
            }
            self.gesture.moved = true;
            self.view.camera.pan_by(p[0] - last[0], p[1] - last[1]);
            self.set_hover(None, p);
        }
        self.gesture.pointers.insert(id, p);
        self.camera_changed();
    }

    fn on_pointer_up(&mut self, e: &PointerEvent, cancelled: bool) {
        let was = self.gesture.pointers.remove(&e.pointer_id()).is_some();
        if !was {
            return;
        }
        if self.gesture.pointers.is_empty() && !self.gesture.moved && !cancelled {
            let hit = self.pick_target(self.gesture.start);
            self.select_target(hit);
            let _ = self.overlay.canvas.focus();
        }
    }

    fn on_wheel(&mut self, e: &WheelEvent) {
        e.prevent_default();
        let unit = match e.delta_mode() {
            1 => 16.0,
            2 => 400.0,
            _ => 1.0,
        };
        let dy = (e.delta_y() * unit).clamp(-600.0, 600.0) as f32;
        let factor = (-dy * 0.0016).exp();
        let p = self.local_point(e.client_x(), e.client_y());
        self.zoom_by(factor, Some(p));
    }

    fn on_key(&mut self, e: &KeyboardEvent) {
        if e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        let step = 60.0;
        let handled = match e.key().as_str() {
            "Escape" => {
                self.select(None);
                true
            }
            "+" | "=" => {
                self.zoom_by(1.5, None);
                true
            }
            "-" | "_" => {
                self.zoom_by(1.0 / 1.5, None);
                true
            }
            "0" => {
                self.reset_view();
                true
            }
            "ArrowLeft" => self.pan_key(step, 0.0),
            "ArrowRight" => self.pan_key(-step, 0.0),
            "ArrowUp" => self.pan_key(0.0, step),
            "ArrowDown" => self.pan_key(0.0, -step),
            _ => false,
        };
        if handled {
            e.prevent_default();
        }
    }

    fn pan_key(&mut self, dx: f32, dy: f32) -> bool {
        self.view.camera.pan_by(dx, dy);
        self.camera_changed();
        self.schedule_settle();
        true
    }
}

fn dist(a: [f32; 2], b: [f32; 2]) -> f32 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
}

fn push_sample(v: &mut Vec<f64>, ms: f64) {
    if v.len() >= 240 {
        v.remove(0);
    }
    v.push(ms);
}

fn install_frame_loop() {
    FRAME.with(|f| {
        *f.borrow_mut() = Some(Closure::new(|_t: f64| {
            with_app(App::draw);
        }));
    });
    SETTLE.with(|s| {
        *s.borrow_mut() = Some(Closure::new(|| {
            with_app(|app| {
                app.settle_timer = None;
                if app.gesture.pointers.is_empty() {
                    app.invalidate_all();
                } else {
                    app.schedule_settle();
                }
            });
        }));
    });
}

fn schedule_frame() {
    let Some(w) = web_sys::window() else { return };
    FRAME.with(|f| {
        if let Some(cb) = f.borrow().as_ref() {
            let _ = w.request_animation_frame(cb.as_ref().unchecked_ref());
        }
    });
}

/// Adds a listener that lives as long as the page.
fn listen<E: JsCast + 'static>(
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

fn install_events() -> Result<(), JsValue> {
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
    listen::<PointerEvent>(&overlay, "pointerleave", true, |a, e| {
        if a.gesture.pointers.is_empty() {
            let p = a.local_point(e.client_x(), e.client_y());
            a.set_hover(None, p);
        }
    })?;
    listen::<WheelEvent>(&overlay, "wheel", false, |a, e| a.on_wheel(e))?;
    listen::<KeyboardEvent>(&window, "keydown", false, |a, e| {
        let in_field = a
            .doc
            .active_element()
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if !in_field {
            a.on_key(e);
        }
    })?;
    listen::<web_sys::Event>(&window, "resize", true, |a, _| a.on_resize())?;
    // The stage can change size without the window doing so (the panel opening on a narrow screen).
    let ro_cb = Closure::<dyn FnMut()>::new(|| {
        with_app(App::on_resize);
    });
    let ro = web_sys::ResizeObserver::new(ro_cb.as_ref().unchecked_ref())?;
    ro.observe(&*dom::by_id(&doc, "stage")?);
    ro_cb.forget();
    std::mem::forget(ro);

    let button = |id: &str, f: fn(&mut App)| -> Result<(), JsValue> {
        let t: web_sys::EventTarget = dom::by_id(&doc, id)?.into();
        listen::<web_sys::Event>(&t, "click", true, move |a, _| f(a))
    };
    button("zoom-in", |a| a.zoom_by(1.6, None))?;
    button("zoom-out", |a| a.zoom_by(1.0 / 1.6, None))?;
    button("zoom-reset", App::reset_view)?;
    button("details-close", |a| {
        a.select(None);
        let _ = a.overlay.canvas.focus();
    })?;
    // Partner buttons in the panel: one delegated listener.
    let body: web_sys::EventTarget = dom::by_id(&doc, "details-body")?.into();
    listen::<web_sys::MouseEvent>(&body, "click", true, |a, e| {
        let id = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("button[data-id]").ok().flatten())
            .and_then(|b| b.get_attribute("data-id"));
        if let Some(p) = id.and_then(|id| a.atlas.index_of(&id)) {
            a.select(Some(p));
            a.reveal(p);
            // Keep keyboard focus in the panel, on its title.
            if let Ok(t) = dom::by_id(&a.doc, "details-title") {
                let _ = t.set_attribute("tabindex", "-1");
                let _ = t.focus();
            }
        }
    })?;
    Ok(())
}
