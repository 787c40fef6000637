//! The growth chart above the timeline bar: ties made each year or by then, per partner country,
//! following the filters, the selected place and the timeline's year; a click on a year puts
//! the timeline there. Under it, the same in words and numbers, and its downloads.

use super::canvas::Surface;
use super::dom::{self, el};
use super::input::listen;
use super::App;
use crate::data::embedded;
use crate::details;
use crate::model::Item;
use crate::scene::chart::{build_chart, ChartInput, Frame, Growth};
use crate::scene::Scene;
use crate::view::{Action, ChartMode, YearSpan};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, HtmlElement};

/// The chart's height (CSS px).
const HEIGHT: f32 = 190.0;

/// The chart's elements.
#[derive(Debug)]
pub struct ChartBox {
    root: HtmlElement,
    toggle: HtmlElement,
    canvas: HtmlElement,
    surface: Surface,
    summary: HtmlElement,
    table: HtmlElement,
    /// Where the plot sat when last drawn (for clicks).
    frame: Option<Frame>,
}

impl ChartBox {
    pub fn new(doc: &Document) -> Result<Self, JsValue> {
        let canvas: HtmlElement = dom::by_id(doc, "chart-canvas")?;
        Ok(Self {
            root: dom::by_id(doc, "chart")?,
            toggle: dom::by_id(doc, "tl-chart")?,
            surface: Surface::new(canvas.clone().dyn_into()?)?,
            canvas,
            summary: dom::by_id(doc, "chart-summary")?,
            table: dom::by_id(doc, "chart-table")?,
            frame: None,
        })
    }
}

impl App {
    /// The ties the chart counts: what the filters show at every year (the timeline's year is a
    /// rule on the chart, not a cut), only the selected place's when a place is selected.
    fn chart_growth(&mut self) -> Option<(Growth, [usize; 3])> {
        let span = YearSpan::of(self.data.atlas())?;
        let mut f = self.view.filters;
        f.year = None;
        let atlas = self.data.atlas();
        let mut shown = f.shown(atlas);
        if let Some(Item::Place(p)) = self.view.selection.as_ref().and_then(|t| t.resolve(atlas)) {
            for (s, l) in shown.iter_mut().zip(&atlas.links) {
                *s &= l.cn == p || l.partner == p;
            }
        }
        let mut by_country = [0; 3];
        for (l, _) in atlas.links.iter().zip(&shown).filter(|(_, &s)| s) {
            let c = atlas.places[l.partner].country;
            if let Some(i) = crate::model::Country::PARTNERS.iter().position(|&x| x == c) {
                by_country[i] += 1;
            }
        }
        Some((Growth::of(atlas, &shown, span.first, span.last), by_country))
    }

    /// The published totals the chart compares with: none while a place is selected.
    fn chart_officials(&self) -> Vec<details::Official> {
        let place = matches!(
            self.view
                .selection
                .as_ref()
                .and_then(|t| t.resolve(self.data.atlas())),
            Some(Item::Place(_))
        );
        if place {
            Vec::new()
        } else {
            details::officials(embedded::TOTALS)
        }
    }

    /// The chart's scene at `width` CSS px, when the chart is open.
    pub(super) fn chart_scene(&mut self, width: f32) -> Option<(Scene, Frame)> {
        let mode = self.view.chart?;
        let (g, _) = self.chart_growth()?;
        // National totals beside national counts only, not beside one place's.
        let officials = self.chart_officials();
        let marks = details::marks(&officials);
        let events = event_years();
        let scene = build_chart(&ChartInput {
            growth: &g,
            mode,
            marks: &marks,
            events: &events,
            year: self.view.filters.year,
            width,
            height: HEIGHT,
        });
        Some((scene, Frame::new(width, HEIGHT, g.first, g.last)))
    }

    /// The chart follows the view: open or closed, its mode, the ties, the year.
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
        if !open {
            return;
        }
        let width = (b.canvas.client_width() as f32).max(200.0);
        let dpr = self.view.vp.dpr;
        let Some((scene, frame)) = self.chart_scene(width) else {
            return;
        };
        let b = &mut self.ui.chart;
        b.surface.resize(width, HEIGHT, dpr);
        if let Err(e) = b.surface.paint(&scene, dpr) {
            web_sys::console::error_1(&e);
        }
        b.frame = Some(frame);
        if let Err(e) = self.show_chart_text() {
            web_sys::console::error_1(&e);
        }
    }

    /// The summary, the three countries side by side and the numbers year by year.
    fn show_chart_text(&mut self) -> Result<(), JsValue> {
        let Some((g, by_country)) = self.chart_growth() else {
            return Ok(());
        };
        let rows = details::compare(&g, by_country);
        let officials = self.chart_officials();
        let doc = &self.ui.doc;
        let b = &self.ui.chart;
        b.summary
            .set_text_content(Some(&details::summary(&g, &rows, &officials)));
        b.table.set_text_content(None);
        let cmp = el(doc, "table", "", "")?;
        cmp.append_child(&*el(
            doc,
            "caption",
            "",
            "The three countries side by side",
        )?)?;
        let head = el(doc, "tr", "", "")?;
        for h in ["", "ties", "dated", "first tie", "most in a year"] {
            head.append_child(&*el(doc, "th", "", h)?)?;
        }
        cmp.append_child(&head)?;
        for r in &rows {
            let tr = el(doc, "tr", "", "")?;
            let share = (r.dated * 100).checked_div(r.ties).unwrap_or(0);
            let cells = [
                r.country.name().to_owned(),
                r.ties.to_string(),
                format!("{} ({share} %)", r.dated),
                r.first.map(|y| y.to_string()).unwrap_or_default(),
                r.peak.map(|(y, n)| format!("{y}: {n}")).unwrap_or_default(),
            ];
            for c in cells {
                tr.append_child(&*el(doc, "td", "", &c)?)?;
            }
            cmp.append_child(&tr)?;
        }
        b.table.append_child(&cmp)?;
        let years = el(doc, "table", "", "")?;
        years.append_child(&*el(
            doc,
            "caption",
            "",
            "New ties each year, and all by then",
        )?)?;
        let head = el(doc, "tr", "", "")?;
        for h in ["year", "Japan", "South Korea", "United States", "by then"] {
            head.append_child(&*el(doc, "th", "", h)?)?;
        }
        years.append_child(&head)?;
        for row in details::year_rows(&g) {
            let tr = el(doc, "tr", "", "")?;
            for v in row {
                tr.append_child(&*el(doc, "td", "", &v.to_string())?)?;
            }
            years.append_child(&tr)?;
        }
        b.table.append_child(&years)?;
        let list = el(doc, "ul", "officials", "")?;
        for o in &officials {
            let li = el(doc, "li", "", "")?;
            li.append_child(&*el(
                doc,
                "span",
                "",
                &format!("{} {}: {} — ", o.country.name(), o.as_of, o.count),
            )?)?;
            li.append_child(&*dom::ext_link(doc, &o.what, &o.url, Some(&o.url))?)?;
            list.append_child(&li)?;
        }
        let (events, _) =
            crate::data::parse_csv::<crate::data::EventRow>("events.csv", embedded::EVENTS);
        let list_events = el(doc, "ul", "officials", "")?;
        for e in &events {
            let li = el(doc, "li", "", "")?;
            li.append_child(&*el(doc, "span", "", &format!("{}: ", e.row.date))?)?;
            li.append_child(&*dom::ext_link(
                doc,
                &e.row.title,
                &e.row.note,
                Some(&e.row.source),
            )?)?;
            list_events.append_child(&li)?;
        }
        b.table
            .append_child(&*el(doc, "p", "", "The events marked under the years:")?)?;
        b.table.append_child(&list_events)?;
        if !officials.is_empty() {
            b.table
                .append_child(&*el(doc, "p", "", "The official figures the rings mark:")?)?;
            b.table.append_child(&list)?;
        }
        Ok(())
    }
}

/// The years (with the month as a fraction) of the dated events.
fn event_years() -> Vec<f32> {
    let (rows, _) = crate::data::parse_csv::<crate::data::EventRow>("events.csv", embedded::EVENTS);
    rows.iter()
        .filter_map(|r| {
            let y: u16 = r.row.date.get(..4)?.parse().ok()?;
            let m: u8 = r
                .row
                .date
                .get(5..7)
                .and_then(|m| m.parse().ok())
                .unwrap_or(7);
            Some(f32::from(y) + (f32::from(m) - 1.0) / 12.0)
        })
        .collect()
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
    listen::<web_sys::Event>(&target("chart-svg")?, "click", true, |a, _| {
        let width = (a.ui.chart.canvas.client_width() as f32).max(200.0);
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
