//! The growth chart above the timeline bar: ties made each year or by then, per partner country,
//! following the filters, the selected place and the timeline's year; a click on a year puts
//! the timeline there. Under it, the same in words and numbers, and its downloads. The charts are
//! drawn through plotters' drawing calls (`web::plot`), as their SVG export is.

use super::canvas::Surface;
use super::chart_text::show_chart_text;
use super::dom;
use super::input::listen;
use super::App;
use crate::data::{embedded, EventRow};
use crate::details;
use crate::model::{Item, PerCountry};
use crate::scene::chart::{build_chart, build_multiple, hit, ChartInput, Frame, Growth, Mark};
use crate::scene::Scene;
use crate::view::{Action, ChartMode, Filters, YearSpan};
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, HtmlElement};

/// The chart's height (CSS px).
const HEIGHT: f32 = 190.0;
/// The height of each country's small chart (CSS px).
const MULTIPLE_HEIGHT: f32 = 86.0;

/// One country's small chart: its caption and its canvas.
#[derive(Debug)]
struct Multiple {
    caption: HtmlElement,
    canvas: HtmlElement,
    surface: Surface,
}

/// What the chart counts (the data, the filters but the year, the selected place), to know
/// when its figures must be worked out again.
type PartsKey = (u64, Filters, Option<usize>);

/// The chart's elements.
#[derive(Debug)]
pub struct ChartBox {
    root: HtmlElement,
    toggle: HtmlElement,
    canvas: HtmlElement,
    surface: Surface,
    pub(super) summary: HtmlElement,
    pub(super) table: HtmlElement,
    tip: HtmlElement,
    multiples: Vec<Multiple>,
    /// Where the plot sat when last drawn (for clicks).
    frame: Option<Frame>,
    /// The figures last worked out, and for what.
    parts: Option<(PartsKey, Rc<ChartParts>)>,
}

impl ChartBox {
    pub fn new(doc: &Document) -> Result<Self, JsValue> {
        let canvas: HtmlElement = dom::by_id(doc, "chart-canvas")?;
        let multiples = (0..3)
            .map(|c| {
                let canvas: HtmlElement = dom::by_id(doc, &format!("chart-m{c}"))?;
                Ok(Multiple {
                    caption: dom::by_id(doc, &format!("chart-m{c}-caption"))?,
                    surface: Surface::new(canvas.clone().dyn_into()?)?,
                    canvas,
                })
            })
            .collect::<Result<_, JsValue>>()?;
        Ok(Self {
            root: dom::by_id(doc, "chart")?,
            toggle: dom::by_id(doc, "tl-chart")?,
            surface: Surface::new(canvas.clone().dyn_into()?)?,
            canvas,
            summary: dom::by_id(doc, "chart-summary")?,
            table: dom::by_id(doc, "chart-table")?,
            tip: dom::by_id(doc, "chart-tip")?,
            multiples,
            frame: None,
            parts: None,
        })
    }

    fn width(&self) -> f32 {
        (self.canvas.client_width() as f32).max(200.0)
    }
}

/// What the chart and its text are made of, worked out once per change of what it counts.
#[derive(Debug)]
pub(super) struct ChartParts {
    pub growth: Growth,
    /// Ties shown per partner country, dated or not.
    pub by_country: [usize; 3],
    /// The published totals it compares with (those with a date), and their rings: none while
    /// a place is selected (national totals beside one place's ties would say nothing).
    pub officials: Vec<details::Official>,
    marks: Vec<Mark>,
    /// The dated political events, and where each sits on the years.
    pub events: Vec<EventRow>,
    event_years: Vec<f32>,
}

impl ChartParts {
    fn input(&self, mode: ChartMode, year: Option<u16>, width: f32) -> ChartInput<'_> {
        ChartInput {
            growth: &self.growth,
            mode,
            marks: &self.marks,
            events: &self.event_years,
            year,
            width,
            height: HEIGHT,
        }
    }

    /// The chart's scene at `width` CSS px, and where its plot sits.
    fn scene(&self, mode: ChartMode, year: Option<u16>, width: f32) -> (Scene, Frame) {
        let g = &self.growth;
        let scene = build_chart(&self.input(mode, year, width));
        (scene, Frame::new(width, HEIGHT, g.first, g.last))
    }

    /// The tooltip for a pointer at `at` over the chart, if a ring or an event is there.
    fn tip(&self, mode: ChartMode, width: f32, at: [f32; 2]) -> Option<String> {
        let h = hit(&self.input(mode, None, width), at);
        let officials: Vec<&details::Official> = h
            .marks
            .iter()
            .filter_map(|&i| self.officials.get(i))
            .collect();
        let events: Vec<&EventRow> = h
            .events
            .iter()
            .filter_map(|&i| self.events.get(i))
            .collect();
        let parts: Vec<String> = [
            (!officials.is_empty()).then(|| details::marks_tip(&officials)),
            (!events.is_empty()).then(|| details::events_tip(&events)),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!parts.is_empty()).then(|| parts.join("\n"))
    }
}

impl App {
    /// The ties the chart counts: what the filters show at every year (the timeline's year is a
    /// rule on the chart, not a cut), only the selected place's when a place is selected. Kept
    /// while what it counts stays the same; `true` when worked out anew.
    fn chart_parts(&mut self) -> Option<(Rc<ChartParts>, bool)> {
        let atlas = self.data.atlas();
        let span = YearSpan::of(atlas)?;
        let mut f = self.view.filters;
        f.year = None;
        let place = match self.view.selection.as_ref().and_then(|t| t.resolve(atlas)) {
            Some(Item::Place(p)) => Some(p),
            _ => None,
        };
        let key = (self.data.id(), f, place);
        if let Some((k, parts)) = &self.ui.chart.parts {
            if *k == key {
                return Some((Rc::clone(parts), false));
            }
        }
        let mut shown = f.shown(atlas);
        if let Some(p) = place {
            for (s, l) in shown.iter_mut().zip(&atlas.links) {
                *s &= l.cn == p || l.partner == p;
            }
        }
        let mut by_country = PerCountry::default();
        for (l, _) in atlas.links.iter().zip(&shown).filter(|(_, &s)| s) {
            by_country[atlas.places[l.partner].country] += 1;
        }
        let mut officials = match place {
            Some(_) => Vec::new(),
            None => details::officials(embedded::TOTALS),
        };
        officials.retain(|o| !details::marks(std::slice::from_ref(o)).is_empty());
        // The political events explain the curve; the exchanges are not marked on it.
        let (event_years, events) = (self.data.chronicle().events().iter())
            .map(|e| &e.row)
            .filter(|e| e.is_political())
            .filter_map(|e| Some((event_year(e)?, e.clone())))
            .unzip();
        let parts = Rc::new(ChartParts {
            growth: Growth::of(atlas, &shown, span.first, span.last),
            by_country: by_country.partners(),
            marks: details::marks(&officials),
            officials,
            events,
            event_years,
        });
        self.ui.chart.parts = Some((key, Rc::clone(&parts)));
        Some((parts, true))
    }

    /// The chart's scene at `width` CSS px, when the chart is open.
    fn chart_scene(&mut self, width: f32) -> Option<(Scene, Frame)> {
        let mode = self.view.chart?;
        let (parts, _) = self.chart_parts()?;
        Some(parts.scene(mode, self.view.filters.year, width))
    }

    /// The chart follows the view: open or closed, its mode, the ties, the year. Its text and
    /// captions are written again only when what it counts changed.
    pub(super) fn show_chart(&mut self) {
        let open = self.view.chart.is_some() && self.view.filters.year.is_some();
        let b = &self.ui.chart;
        b.root.set_hidden(!open);
        let _ = b.toggle.set_attribute("aria-pressed", &open.to_string());
        for mode in ChartMode::ALL {
            if let Ok(button) = dom::by_id(&self.ui.doc, &format!("chart-{}", mode.word())) {
                let on = self.view.chart == Some(mode);
                let _ = button.set_attribute("aria-pressed", &on.to_string());
            }
        }
        let (Some(mode), true) = (self.view.chart, open) else {
            return;
        };
        let Some((parts, fresh)) = self.chart_parts() else {
            return;
        };
        let year = self.view.filters.year;
        let dpr = self.view.vp.dpr;
        let b = &mut self.ui.chart;
        let width = b.width();
        let (scene, frame) = parts.scene(mode, year, width);
        b.surface.resize(width, HEIGHT, dpr);
        report(plot(&b.surface, &scene, dpr));
        b.frame = Some(frame);
        let rows = details::compare(&parts.growth, parts.by_country);
        for (c, m) in b.multiples.iter().enumerate() {
            let w = (m.canvas.client_width() as f32).max(120.0);
            let scene = build_multiple(&parts.growth, c, year, w, MULTIPLE_HEIGHT);
            m.surface.resize(w, MULTIPLE_HEIGHT, dpr);
            report(plot(&m.surface, &scene, dpr));
            if fresh {
                if let Some(r) = rows.get(c) {
                    let caption = details::multiple_caption(r);
                    m.caption.set_text_content(Some(&caption));
                    let _ = m.canvas.set_attribute("aria-label", &caption);
                }
            }
        }
        if fresh {
            b.tip.set_hidden(true);
            report(show_chart_text(&self.ui.doc, b, &parts));
        }
    }

    /// Shows what the rings and event marks under a pointer at `at` (CSS px in the chart) are.
    fn chart_tip(&mut self, at: [f32; 2]) {
        let Some(mode) = self.view.chart else { return };
        let width = self.ui.chart.width();
        let text = self
            .chart_parts()
            .and_then(|(parts, _)| parts.tip(mode, width, at));
        let tip = &self.ui.chart.tip;
        match text {
            Some(t) => {
                tip.set_text_content(Some(&t));
                let style = tip.style();
                // Beside the pointer, kept inside the chart (whole pixels: no float formatting).
                let left = (at[0] + 12.0).min(width - 260.0).max(0.0).round() as i32;
                let _ = style.set_property("left", &format!("{left}px"));
                let top = (self.ui.chart.canvas.offset_top() as f32 + at[1] + 14.0).round() as i32;
                let _ = style.set_property("top", &format!("{top}px"));
                tip.set_hidden(false);
            }
            None => tip.set_hidden(true),
        }
    }
}

/// Draws `scene` on `surface` through plotters' drawing calls, as its SVG export is drawn.
fn plot(surface: &Surface, scene: &Scene, dpr: f32) -> Result<(), JsValue> {
    let size = (surface.canvas.width(), surface.canvas.height());
    let mut backend = super::plot::CanvasBackend::new(&surface.ctx, size, dpr);
    crate::render::draw(scene, &mut backend, dpr).map_err(|e| JsValue::from_str(&e.to_string()))
}

fn report(r: Result<(), JsValue>) {
    if let Err(e) = r {
        web_sys::console::error_1(&e);
    }
}

/// An event's date as a year, with the month as a fraction (mid-year when no month is given).
fn event_year(e: &EventRow) -> Option<f32> {
    let y: u16 = e.date.get(..4)?.parse().ok()?;
    let m: u8 = e.date.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(7);
    Some(f32::from(y) + (f32::from(m) - 1.0) / 12.0)
}

/// Listens to the chart's buttons and clicks on its years.
pub fn install(doc: &Document) -> Result<(), JsValue> {
    let target =
        |id: &str| -> Result<web_sys::EventTarget, JsValue> { Ok(dom::by_id(doc, id)?.into()) };
    listen::<web_sys::Event>(&target("tl-chart")?, "click", true, |a, _| {
        let mode = match a.view.chart {
            Some(_) => None,
            None => Some(ChartMode::New),
        };
        a.dispatch(Action::Chart(mode));
    })?;
    for mode in ChartMode::ALL {
        listen::<web_sys::Event>(
            &target(&format!("chart-{}", mode.word()))?,
            "click",
            true,
            move |a, _| {
                a.dispatch(Action::Chart(Some(mode)));
            },
        )?;
    }
    listen::<web_sys::MouseEvent>(&target("chart-canvas")?, "click", true, |a, e| {
        let Some(f) = a.ui.chart.frame else { return };
        let r = a.ui.chart.canvas.get_bounding_client_rect();
        if let Some(y) = f.year_at((f64::from(e.client_x()) - r.left()) as f32) {
            a.dispatch(Action::Year(Some(y)));
        }
    })?;
    listen::<web_sys::PointerEvent>(&target("chart-canvas")?, "pointermove", true, |a, e| {
        let r = a.ui.chart.canvas.get_bounding_client_rect();
        let at = [
            (f64::from(e.client_x()) - r.left()) as f32,
            (f64::from(e.client_y()) - r.top()) as f32,
        ];
        a.chart_tip(at);
    })?;
    listen::<web_sys::PointerEvent>(&target("chart-canvas")?, "pointerleave", true, |a, _| {
        a.ui.chart.tip.set_hidden(true);
    })?;
    listen::<web_sys::Event>(&target("chart-svg")?, "click", true, |a, _| {
        let width = a.ui.chart.width();
        let Some((scene, _)) = a.chart_scene(width) else {
            return;
        };
        let doc = a.ui.doc.clone();
        let r = crate::render::to_svg(&scene)
            .map_err(|e| JsValue::from_str(&e))
            .and_then(|svg| dom::download(&doc, "sister-city-growth.svg", "image/svg+xml", &svg));
        if let Err(e) = r {
            web_sys::console::error_1(&e);
        }
    })?;
    listen::<web_sys::Event>(&target("chart-png")?, "click", true, |a, _| {
        let doc = a.ui.doc.clone();
        let r =
            a.ui.chart
                .canvas
                .clone()
                .dyn_into::<web_sys::HtmlCanvasElement>()
                .map_err(JsValue::from)
                .and_then(|c| c.to_data_url_with_type("image/png"))
                .and_then(|url| dom::save(&doc, "sister-city-growth.png", &url));
        if let Err(e) = r {
            web_sys::console::error_1(&e);
        }
    })
}
