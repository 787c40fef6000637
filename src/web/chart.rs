//! The growth chart above the timeline bar: ties made each year or by then, per partner country,
//! following the filters, the selected place and the timeline's year; a click on a year puts
//! the timeline there. Under it, the same in words and numbers, and its downloads.

use super::canvas::Surface;
use super::dom::{self, el};
use super::input::listen;
use super::App;
use crate::data::{embedded, parse_csv, EventRow};
use crate::details;
use crate::model::{Item, PerCountry};
use crate::scene::chart::{build_chart, ChartInput, Frame, Growth};
use crate::scene::Scene;
use crate::view::{Action, ChartMode, YearSpan};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

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

/// What the chart and its text are made of, worked out once per drawing.
struct ChartParts {
    growth: Growth,
    /// Ties shown per partner country, dated or not.
    by_country: [usize; 3],
    /// The published totals it compares with: none while a place is selected (national totals
    /// beside one place's ties would say nothing).
    officials: Vec<details::Official>,
    events: Vec<EventRow>,
}

impl ChartParts {
    /// The chart's scene at `width` CSS px, and where its plot sits.
    fn scene(&self, mode: ChartMode, year: Option<u16>, width: f32) -> (Scene, Frame) {
        let marks = details::marks(&self.officials);
        let events: Vec<f32> = self.events.iter().filter_map(event_year).collect();
        let g = &self.growth;
        let scene = build_chart(&ChartInput {
            growth: g,
            mode,
            marks: &marks,
            events: &events,
            year,
            width,
            height: HEIGHT,
        });
        (scene, Frame::new(width, HEIGHT, g.first, g.last))
    }
}

impl App {
    /// The ties the chart counts: what the filters show at every year (the timeline's year is a
    /// rule on the chart, not a cut), only the selected place's when a place is selected.
    fn chart_parts(&self) -> Option<ChartParts> {
        let atlas = self.data.atlas();
        let span = YearSpan::of(atlas)?;
        let mut f = self.view.filters;
        f.year = None;
        let mut shown = f.shown(atlas);
        let place = match self.view.selection.as_ref().and_then(|t| t.resolve(atlas)) {
            Some(Item::Place(p)) => Some(p),
            _ => None,
        };
        if let Some(p) = place {
            for (s, l) in shown.iter_mut().zip(&atlas.links) {
                *s &= l.cn == p || l.partner == p;
            }
        }
        let mut by_country = PerCountry::default();
        for (l, _) in atlas.links.iter().zip(&shown).filter(|(_, &s)| s) {
            by_country[atlas.places[l.partner].country] += 1;
        }
        let officials = match place {
            Some(_) => Vec::new(),
            None => details::officials(embedded::TOTALS),
        };
        let (events, _) = parse_csv::<EventRow>("events.csv", embedded::EVENTS);
        Some(ChartParts {
            growth: Growth::of(atlas, &shown, span.first, span.last),
            by_country: by_country.partners(),
            officials,
            events: events.into_iter().map(|n| n.row).collect(),
        })
    }

    /// The chart's scene at `width` CSS px, when the chart is open.
    fn chart_scene(&self, width: f32) -> Option<(Scene, Frame)> {
        let mode = self.view.chart?;
        let parts = self.chart_parts()?;
        Some(parts.scene(mode, self.view.filters.year, width))
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
        let (Some(mode), true) = (self.view.chart, open) else {
            return;
        };
        let Some(parts) = self.chart_parts() else {
            return;
        };
        let width = (b.canvas.client_width() as f32).max(200.0);
        let dpr = self.view.vp.dpr;
        let (scene, frame) = parts.scene(mode, self.view.filters.year, width);
        let b = &mut self.ui.chart;
        b.surface.resize(width, HEIGHT, dpr);
        if let Err(e) = b.surface.paint(&scene, dpr) {
            web_sys::console::error_1(&e);
        }
        b.frame = Some(frame);
        if let Err(e) = show_chart_text(&self.ui.doc, b, &parts) {
            web_sys::console::error_1(&e);
        }
    }
}

/// The summary, the three countries side by side, the numbers year by year, and the events and
/// official figures with their sources.
fn show_chart_text(doc: &Document, b: &ChartBox, parts: &ChartParts) -> Result<(), JsValue> {
    let g = &parts.growth;
    let rows = details::compare(g, parts.by_country);
    b.summary
        .set_text_content(Some(&details::summary(g, &rows, &parts.officials)));
    b.table.set_text_content(None);
    let countries = rows.iter().map(|r| {
        let share = (r.dated * 100).checked_div(r.ties).unwrap_or(0);
        vec![
            r.country.name().to_owned(),
            r.ties.to_string(),
            format!("{} ({share} %)", r.dated),
            r.first.map(|y| y.to_string()).unwrap_or_default(),
            r.peak.map(|(y, n)| format!("{y}: {n}")).unwrap_or_default(),
        ]
    });
    b.table.append_child(&*table(
        doc,
        "The three countries side by side",
        &["", "ties", "dated", "first tie", "most in a year"],
        countries,
    )?)?;
    let years = details::year_rows(g)
        .into_iter()
        .map(|row| row.iter().map(ToString::to_string).collect());
    b.table.append_child(&*table(
        doc,
        "New ties each year, and all by then",
        &["year", "Japan", "South Korea", "United States", "by then"],
        years,
    )?)?;
    let events = parts.events.iter().map(|e| {
        let prefix = format!("{}: ", e.date);
        (prefix, e.title.as_str(), e.note.as_str(), e.source.as_str())
    });
    b.table
        .append_child(&*el(doc, "p", "", "The events marked under the years:")?)?;
    b.table.append_child(&*source_list(doc, events)?)?;
    if !parts.officials.is_empty() {
        let officials = parts.officials.iter().map(|o| {
            let prefix = format!("{} {}: {} — ", o.country.name(), o.as_of, o.count);
            (prefix, o.what.as_str(), o.url.as_str(), o.url.as_str())
        });
        b.table
            .append_child(&*el(doc, "p", "", "The official figures the rings mark:")?)?;
        b.table.append_child(&*source_list(doc, officials)?)?;
    }
    Ok(())
}

/// A table with a caption, a row of headings and rows of cells.
fn table(
    doc: &Document,
    caption: &str,
    headings: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
) -> Result<Element, JsValue> {
    let t = el(doc, "table", "", "")?;
    t.append_child(&*el(doc, "caption", "", caption)?)?;
    t.append_child(&*table_row(doc, "th", headings)?)?;
    for row in rows {
        t.append_child(&*table_row(doc, "td", &row)?)?;
    }
    Ok(t)
}

/// A row of `cell` elements (`th` or `td`) holding `texts`.
fn table_row(doc: &Document, cell: &str, texts: &[impl AsRef<str>]) -> Result<Element, JsValue> {
    let tr = el(doc, "tr", "", "")?;
    for text in texts {
        tr.append_child(&*el(doc, cell, "", text.as_ref())?)?;
    }
    Ok(tr)
}

/// A list whose items are a text, then a link: (text, link label, link title, URL).
fn source_list<'a>(
    doc: &Document,
    items: impl Iterator<Item = (String, &'a str, &'a str, &'a str)>,
) -> Result<Element, JsValue> {
    let list = el(doc, "ul", "officials", "")?;
    for (prefix, label, title, url) in items {
        let li = el(doc, "li", "", "")?;
        li.append_child(&*el(doc, "span", "", &prefix)?)?;
        li.append_child(&*dom::ext_link(doc, label, title, Some(url))?)?;
        list.append_child(&li)?;
    }
    Ok(list)
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
