//! The browser shell: it boots the atlas, turns events into actions for the one update of the
//! view ([`crate::view::update`]), and makes the canvases, the panel, the tooltip and the legend
//! follow what each update says changed.
//!
//! Rooms: `frame` (canvas layers and when they redraw), `input` (pointer, wheel, keys), `panel`
//! (details and tooltip), `panel_keys` (the panel by keyboard), `sheet` (the details sheet and
//! the folded legend on narrow screens), `search` (the search box), `filters` (the filter panel
//! and the legend), `flight` (camera flights and the framing buttons), `inset` (the East Asia
//! inset), `timeline` (the year slider and its player), `chart` (the growth chart), `table` (the
//! table of ties and its downloads), `export` (the view as SVG or PNG), `address` (the view in
//! the page's address), `timers`, `dom` (the page's fixed parts), `canvas` (the batched
//! painter), `api` (`window.atlas`, whose records `js` writes as plain objects) and `bench`
//! (`window.bench`).

mod address;
mod api;
mod api_structure;
mod bench;
pub mod canvas;
mod chart;
mod chart_text;
pub mod dom;
mod events;
mod export;
mod filters;
mod flight;
mod frame;
mod hubs;
mod input;
mod inset;
pub mod js;
pub mod panel;
mod panel_event;
mod panel_keys;
pub mod panel_life;
mod panel_region;
mod plot;
mod reveal;
mod rollup;
mod search;
mod sheet;
mod table;
mod timeline;
mod timers;
mod tooltip;

use crate::data::embedded;
use crate::dataset::Dataset;
use crate::details;
use crate::geo::Land;
use crate::pick::{LabelBox, LinkGrid};
use crate::scene::SceneInput;
use crate::view::{self, Action, Derived, Dirty, ViewState, Viewport};
use canvas::Surface;
use frame::Frame;
use panel::Panel;
use std::cell::RefCell;
use timers::{install_timers, on_timer, request_frame};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement};

type Slot<T> = RefCell<Option<T>>;

thread_local! {
    static APP: Slot<App> = const { RefCell::new(None) };
    static FRAME: Slot<Closure<dyn FnMut(f64)>> = const { RefCell::new(None) };
    static SETTLE: Slot<Closure<dyn FnMut()>> = const { RefCell::new(None) };
    static INDEX: Slot<Closure<dyn FnMut()>> = const { RefCell::new(None) };
    static ADDRESS: Slot<Closure<dyn FnMut()>> = const { RefCell::new(None) };
    static INSET: Slot<Closure<dyn FnMut()>> = const { RefCell::new(None) };
    static MEASURE: Slot<Closure<dyn FnMut(f64)>> = const { RefCell::new(None) };
    static PLAY: Slot<Closure<dyn FnMut()>> = const { RefCell::new(None) };
}

/// Runs `f` on the app if it is up and not already borrowed (a re-entrant event is dropped).
fn with_app<R>(f: impl FnOnce(&mut App) -> R) -> Option<R> {
    APP.with(|a| a.try_borrow_mut().ok().and_then(|mut a| a.as_mut().map(f)))
}

/// The seed of `?synthetic=N` networks (the sigma.js peer uses the same).
const SYNTHETIC_SEED: u32 = 42;

/// The page's elements the shell writes to.
#[derive(Debug)]
struct Ui {
    doc: Document,
    stage: HtmlElement,
    status: HtmlElement,
    legend: HtmlElement,
    lod: HtmlElement,
    panel: Panel,
    search: search::SearchBox,
    filters: filters::FilterPanel,
    inset: inset::Inset,
    table: table::TablePanel,
    hubs: hubs::HubsPanel,
    timeline: timeline::TimelineBar,
    chart: chart::ChartBox,
}

pub(crate) struct App {
    data: Dataset,
    view: ViewState,
    derived: Derived,
    land: Land,
    /// Why the land outlines could not be read, if they could not.
    land_issue: Option<String>,
    /// `?synthetic=N`: the benchmark network of N ties instead of the data.
    synthetic: Option<usize>,
    ui: Ui,
    frame: Frame,
    gesture: input::Gesture,
    settle_timer: Option<i32>,
    /// The fragment of the address as last written, and the selection it holds.
    written: String,
    written_selection: Option<view::Target>,
    /// The timer that writes the address once the view is still.
    address_timer: Option<i32>,
    /// The next write of the address is a new history entry (the selection changed).
    address_push: bool,
    /// A camera flight in progress.
    flight: Option<flight::Flight>,
    /// When the morph between the map and the network under way started (ms).
    morph_start: Option<f64>,
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
    let data = match synthetic {
        Some(n) => Dataset::new(crate::synthetic::network(n, SYNTHETIC_SEED), Vec::new()),
        None => Dataset::embedded(),
    }
    .map_err(|e| JsValue::from_str(&e))?;
    mark("atlas-data-parsed");
    let (land, land_issue) = match Land::decode(embedded::LAND) {
        Ok(l) => (l, None),
        Err(e) => (Land::default(), Some(e)),
    };
    let surface =
        |id: &str| -> Result<Surface, JsValue> { Surface::new(dom::by_id(&doc, id)?.dyn_into()?) };
    let frame = Frame::new([
        surface("land")?,
        surface("ties")?,
        surface("places")?,
        surface("network")?,
        surface("overlay")?,
    ]);
    let ui = Ui {
        stage: dom::by_id(&doc, "stage")?,
        status: dom::by_id(&doc, "coverage")?,
        legend: dom::by_id(&doc, "legend")?,
        lod: dom::by_id(&doc, "lod")?,
        panel: Panel {
            aside: dom::by_id(&doc, "details")?,
            body: dom::by_id(&doc, "details-body")?,
            tooltip: dom::by_id(&doc, "tooltip")?,
            announce: dom::by_id(&doc, "announce")?,
            doc: doc.clone(),
        },
        search: search::SearchBox::new(&doc)?,
        filters: filters::FilterPanel::new(&doc)?,
        inset: inset::Inset::new(&doc)?,
        table: table::TablePanel::new(&doc)?,
        hubs: hubs::HubsPanel::new(&doc)?,
        timeline: timeline::TimelineBar::new(&doc)?,
        chart: chart::ChartBox::new(&doc)?,
        doc,
    };
    let vp = stage_viewport(&ui.stage);
    let mut app = App {
        view: ViewState::home(data.bounds(), vp),
        data,
        derived: Derived::default(),
        land,
        land_issue,
        synthetic,
        ui,
        frame,
        gesture: input::Gesture::default(),
        settle_timer: None,
        written: String::new(),
        written_selection: None,
        address_timer: None,
        address_push: false,
        flight: None,
        morph_start: None,
    };
    dom::show_issues(&app.ui.doc, &app.issues())?;
    app.follow(Dirty::ALL);
    APP.with(|a| *a.borrow_mut() = Some(app));
    install_timers();
    with_app(App::read_address);
    address::install()?;
    input::install()?;
    sheet::install()?;
    search::install(&dom::document()?)?;
    filters::install(&dom::document()?)?;
    flight::install(&dom::document()?)?;
    inset::install(&dom::document()?)?;
    table::install(&dom::document()?)?;
    hubs::install(&dom::document()?)?;
    events::install(&dom::document()?)?;
    rollup::install(&dom::document()?)?;
    timeline::install(&dom::document()?)?;
    chart::install(&dom::document()?)?;
    export::install(&dom::document()?)?;
    bench::install()?;
    api::install()?;
    mark("atlas-ready");
    // The legend is drawn (and folded on a small screen): the labels of the first frame keep
    // off it and the other controls.
    with_app(App::sync_viewport);
    // Draw the first frame now rather than a frame later: the page shows the network sooner
    // (the land follows on the next frame).
    with_app(App::draw);
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
    /// Applies an action to the view and makes the page follow.
    fn dispatch(&mut self, action: Action) {
        let d = view::update(&mut self.view, &self.data, action);
        self.follow(d);
    }

    /// Makes the page follow a change of the view: canvases, panel, tooltip, legend.
    fn follow(&mut self, d: Dirty) {
        if !d.any() {
            return;
        }
        if d.size {
            self.frame.resize(self.view.vp);
        }
        if d.panel {
            let vis = self.derived.visibility(&self.data, &self.view.filters);
            if let Err(e) = self.ui.panel.show(&self.data, &self.view, vis) {
                web_sys::console::error_1(&e);
            }
        }
        if d.tooltip {
            let vis = self.derived.visibility(&self.data, &self.view.filters);
            self.ui
                .panel
                .tooltip(&self.data, &self.view, vis, &self.ui.stage);
        }
        if d.legend {
            self.show_legend();
            self.show_arrangement();
            self.show_rollup();
        }
        if d.camera {
            self.show_region();
        }
        if d.camera || d.network || d.size || d.timeline {
            self.follow_inset();
        }
        if d.query {
            self.show_query();
        }
        if d.table {
            self.show_table();
        }
        if d.hubs {
            self.show_hubs();
        }
        if d.network {
            self.show_events_toggle();
        }
        if d.timeline {
            self.show_timeline();
        }
        if d.timeline || d.legend || d.panel || d.size {
            self.show_chart();
        }
        self.follow_address(d);
        let next = self.frame.follow(d, &self.view);
        if next.settle {
            self.schedule_settle();
        }
        if next.frame {
            request_frame();
        }
    }

    /// Draws what is dirty, and says on the page when ties are sampled.
    fn draw(&mut self) {
        if self.step_flight() {
            // The next step, on the next frame (this one draws the step just taken).
            self.frame.pending = false;
            self.frame
                .draw(&self.data, &self.view, &mut self.derived, &self.land);
            self.frame.pending = true;
            request_frame();
            return;
        }
        let waiting = self.frame.unindexed();
        let drawn = self
            .frame
            .draw(&self.data, &self.view, &mut self.derived, &self.land);
        if self.frame.redrawn_at.is_some() {
            // The next animation frame sees what this one cost, raster included.
            timers::measure_next_frame();
        }
        if self.frame.wants_settle(&self.view) {
            self.schedule_settle();
        }
        if !drawn {
            return;
        }
        if !waiting && !self.view.player.playing {
            // Index the drawn ties once this frame is out (a timeout runs after it); while the
            // player walks the years, only when a pointer needs it.
            on_timer(&INDEX, 0);
        }
        self.follow_inset();
        // A new network drawing: say whether it shows a sample of the ties on screen.
        match self.frame.sampling {
            Some(s) => {
                self.ui
                    .lod
                    .set_text_content(Some(&details::sampling_text(s.drawn, s.on_screen)));
                self.ui.lod.set_hidden(false);
            }
            None => self.ui.lod.set_hidden(true),
        }
    }

    /// Runs `f` on what the page's picture is built from: the data, the view and what the
    /// filters let through.
    pub(super) fn with_input<R>(&mut self, f: impl FnOnce(&SceneInput<'_>) -> R) -> R {
        let vis = self.derived.visibility(&self.data, &self.view.filters);
        f(&SceneInput {
            data: &self.data,
            view: &self.view,
            vis,
        })
    }

    /// Runs `f` on the picture the page shows, the index of the ties it drew (built now if it
    /// is not yet) and the labels on screen: what picking works on.
    fn with_picture<R>(
        &mut self,
        f: impl FnOnce(&SceneInput<'_>, &LinkGrid, &[LabelBox]) -> R,
    ) -> R {
        let vis = self.derived.visibility(&self.data, &self.view.filters);
        let input = SceneInput {
            data: &self.data,
            view: &self.view,
            vis,
        };
        let labels = self.frame.label_boxes(&input);
        let grid = self.frame.link_grid();
        f(&input, grid, &labels)
    }

    /// Every problem met while loading: rows left out of the data, unreadable land outlines.
    fn issues(&self) -> Vec<String> {
        let mut v: Vec<String> = self.data.issues().iter().map(ToString::to_string).collect();
        v.extend(self.land_issue.clone());
        v
    }
}
