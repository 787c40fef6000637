//! The growth chart: ties made each year by partner country (stacked bars) or the running total
//! per country (lines), with the published official totals as rings, the timeline's year as a
//! rule and the dated events as marks on a track under the years. A pure scene: the page paints
//! it with its canvas painter; exports and tests draw it through plotters' `DrawingBackend`.

use super::{palette, Batch, Label, Rgba, Scene, Shape, Style};
use crate::model::{Atlas, Country};
use crate::view::{ChartMode, Viewport};

/// Ties made each year per partner country ([`Country::PARTNERS`] order), dated ties only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Growth {
    pub first: u16,
    pub last: u16,
    /// `new[c][i]`: ties to partner country `c` made in year `first + i`.
    pub new: [Vec<u32>; 3],
}

impl Growth {
    /// The ties `shown` of `atlas`, over the years `first..=last`.
    pub fn of(atlas: &Atlas, shown: &[bool], first: u16, last: u16) -> Self {
        let n = usize::from(last.saturating_sub(first)) + 1;
        let mut new = [vec![0; n], vec![0; n], vec![0; n]];
        for (l, _) in atlas.links.iter().zip(shown).filter(|(_, &s)| s) {
            let Some(d) = l.date else { continue };
            let c = Country::PARTNERS
                .iter()
                .position(|&c| c == atlas.places[l.partner].country);
            if let (Some(c), Some(i)) = (c, d.year.checked_sub(first).map(usize::from)) {
                if let Some(v) = new[c].get_mut(i) {
                    *v += 1;
                }
            }
        }
        Self { first, last, new }
    }

    /// The running total of partner country `c`, year by year.
    pub fn running(&self, c: usize) -> Vec<u32> {
        self.new[c]
            .iter()
            .scan(0, |sum, n| {
                *sum += n;
                Some(*sum)
            })
            .collect()
    }

    fn years(&self) -> usize {
        self.new[0].len()
    }
}

/// A published official total: where it sits on the running-total chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    /// The year, with the month as a fraction.
    pub at: f32,
    /// Partner country, an index into [`Country::PARTNERS`].
    pub country: usize,
    pub count: u32,
}

/// What the chart shows besides the ties: official totals, event years, the timeline's year.
#[derive(Debug, Clone, Copy)]
pub struct ChartInput<'a> {
    pub growth: &'a Growth,
    pub mode: ChartMode,
    pub marks: &'a [Mark],
    /// Event dates (years with the month as a fraction).
    pub events: &'a [f32],
    pub year: Option<u16>,
    pub width: f32,
    pub height: f32,
}

/// Where the plot sits in the chart (CSS px), for drawing and for finding the year under a
/// pointer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub left: f32,
    pub top: f32,
    pub right: f32,
    pub bottom: f32,
    pub first: u16,
    pub last: u16,
}

impl Frame {
    pub fn new(width: f32, height: f32, first: u16, last: u16) -> Self {
        Self {
            left: 44.0,
            top: 22.0,
            right: (width - 12.0).max(60.0),
            bottom: (height - 34.0).max(40.0),
            first,
            last,
        }
    }

    fn span(&self) -> f32 {
        f32::from(self.last - self.first) + 1.0
    }

    /// The x of the middle of year `at` (fractions move within the year).
    pub fn x(&self, at: f32) -> f32 {
        let w = (self.right - self.left) / self.span();
        self.left + (at - f32::from(self.first) + 0.5) * w
    }

    /// The year whose column holds `x`, if any.
    pub fn year_at(&self, x: f32) -> Option<u16> {
        let w = (self.right - self.left) / self.span();
        let i = ((x - self.left) / w).floor();
        (i >= 0.0 && i < self.span()).then(|| self.first + i as u16)
    }
}

/// A round step for about five ticks up to `max`.
fn step_for(max: u32) -> u32 {
    let mut step = 1;
    loop {
        for m in [1, 2, 5] {
            if max / (step * m) <= 5 {
                return step * m;
            }
        }
        step *= 10;
    }
}

const GRID: Rgba = Rgba(0xd5, 0xda, 0xe0, 255);
const EVENT: Rgba = Rgba(0x5b, 0x63, 0x6d, 255);

fn rect(x0: f32, y0: f32, x1: f32, y1: f32) -> Shape {
    Shape::Polygon(vec![[x0, y0], [x1, y0], [x1, y1], [x0, y1]])
}

fn label(text: String, origin: [f32; 2], size: f32, bold: bool) -> Label {
    Label {
        text,
        origin,
        size,
        bold,
        color: palette::TEXT,
        place: None,
    }
}

/// The chart's plot and its count scale: a count `v` sits at `y(v)`.
#[derive(Debug, Clone, Copy)]
struct Scale {
    f: Frame,
    /// The count at the top of the plot.
    top: u32,
    step: u32,
}

impl Scale {
    fn of(input: &ChartInput<'_>) -> Self {
        let g = input.growth;
        let f = Frame::new(input.width, input.height, g.first, g.last);
        let max = match input.mode {
            ChartMode::New => (0..g.years())
                .map(|i| g.new.iter().map(|v| v[i]).sum::<u32>())
                .max()
                .unwrap_or(0),
            ChartMode::Total => (0..3)
                .filter_map(|c| g.running(c).last().copied())
                .chain(input.marks.iter().map(|m| m.count))
                .max()
                .unwrap_or(0),
        }
        .max(1);
        let step = step_for(max);
        Self {
            f,
            top: max.div_ceil(step) * step,
            step,
        }
    }

    fn y(&self, v: f32) -> f32 {
        self.f.bottom - v / self.top as f32 * (self.f.bottom - self.f.top)
    }
}

/// Where the official totals' rings sit (CSS px), in the order of `input.marks`; none on the
/// chart of ties made each year.
pub fn mark_points(input: &ChartInput<'_>) -> Vec<[f32; 2]> {
    if input.mode != ChartMode::Total {
        return Vec::new();
    }
    let s = Scale::of(input);
    input
        .marks
        .iter()
        .map(|m| [s.f.x(m.at), s.y(m.count as f32)])
        .collect()
}

/// Where the events' marks sit on the track under the years, in the order of `input.events`
/// (`None`: outside the chart's years).
pub fn event_points(input: &ChartInput<'_>) -> Vec<Option<[f32; 2]>> {
    let g = input.growth;
    let f = Frame::new(input.width, input.height, g.first, g.last);
    input
        .events
        .iter()
        .map(|&at| {
            (at >= f32::from(g.first) - 1.0 && at <= f32::from(g.last) + 1.0).then(|| {
                // max/min rather than f32::clamp, whose panic message would bring float
                // formatting into the module.
                let x = f.x(at.max(f32::from(g.first)).min(f32::from(g.last)));
                [x, f.bottom + 26.0]
            })
        })
        .collect()
}

/// What lies under a pointer at `at` (CSS px): official totals and events, by index.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChartHit {
    pub marks: Vec<usize>,
    pub events: Vec<usize>,
}

impl ChartHit {
    pub fn is_empty(&self) -> bool {
        self.marks.is_empty() && self.events.is_empty()
    }
}

/// The rings and event marks within reach of `at` (a few pixels, for a finger too).
pub fn hit(input: &ChartInput<'_>, at: [f32; 2]) -> ChartHit {
    const REACH: f32 = 7.0;
    let near = |p: [f32; 2]| (p[0] - at[0]).abs() <= REACH && (p[1] - at[1]).abs() <= REACH;
    ChartHit {
        marks: (mark_points(input).into_iter().enumerate())
            .filter(|&(_, p)| near(p))
            .map(|(i, _)| i)
            .collect(),
        events: (event_points(input).into_iter().enumerate())
            .filter(|&(_, p)| p.is_some_and(near))
            .map(|(i, _)| i)
            .collect(),
    }
}

/// The chart's scene.
pub fn build_chart(input: &ChartInput<'_>) -> Scene {
    let g = input.growth;
    let mut scene = Scene::new(
        Viewport::new(input.width, input.height, 1.0),
        Some(Rgba(255, 255, 255, 255)),
    );
    let sc = Scale::of(input);
    let f = sc.f;
    let (top, step) = (sc.top, sc.step);
    let y = |v: f32| sc.y(v);
    let running: Vec<Vec<u32>> = (0..3).map(|c| g.running(c)).collect();

    // Grid and count labels.
    let mut grid = Batch::new(Style::fill(GRID));
    let mut v = 0;
    while v <= top {
        let yy = y(v as f32);
        grid.shapes.push(rect(f.left, yy - 0.5, f.right, yy + 0.5));
        scene
            .labels
            .push(label(v.to_string(), [4.0, yy + 4.0], 10.5, false));
        v += step;
    }
    // Years: a label every five (ten when narrow).
    let every = if f.right - f.left < 420.0 { 10 } else { 5 };
    for yr in g.first..=g.last {
        if yr % every == 0 {
            let x = f.x(f32::from(yr));
            grid.shapes
                .push(rect(x - 0.5, f.bottom, x + 0.5, f.bottom + 4.0));
            scene.labels.push(label(
                yr.to_string(),
                [x - 13.0, f.bottom + 16.0],
                10.5,
                false,
            ));
        }
    }
    scene.batches.push(grid);
    let title = match input.mode {
        ChartMode::New => "Ties made each year",
        ChartMode::Total => "Ties made by then (official totals as rings)",
    };
    scene
        .labels
        .push(label(title.to_owned(), [f.left, 14.0], 12.0, true));

    let colour = |c: usize| palette::country(Country::PARTNERS[c]);
    match input.mode {
        ChartMode::New => {
            let w = (f.right - f.left) / f.span();
            let pad = (w * 0.15).min(2.0);
            let mut bars: Vec<Batch> = (0..3).map(|c| Batch::new(Style::fill(colour(c)))).collect();
            for i in 0..g.years() {
                let x = f.x(f32::from(g.first) + i as f32);
                let mut base = 0;
                for (c, bar) in bars.iter_mut().enumerate() {
                    let n = g.new[c][i];
                    if n > 0 {
                        let (y0, y1) = (y((base + n) as f32), y(base as f32));
                        bar.shapes
                            .push(rect(x - w / 2.0 + pad, y0, x + w / 2.0 - pad, y1));
                    }
                    base += n;
                }
            }
            scene.batches.extend(bars);
        }
        ChartMode::Total => {
            for (c, r) in running.iter().enumerate() {
                let mut line = Batch::new(Style::stroke(colour(c), 2.0));
                let points: Vec<[f32; 2]> = r
                    .iter()
                    .enumerate()
                    .map(|(i, &v)| [f.x(f32::from(g.first) + i as f32), y(v as f32)])
                    .collect();
                for p in points.windows(2) {
                    let mid = [(p[0][0] + p[1][0]) / 2.0, (p[0][1] + p[1][1]) / 2.0];
                    line.shapes.push(Shape::Quad(p[0], mid, p[1]));
                }
                scene.batches.push(line);
            }
            let points = mark_points(input);
            for c in 0..3 {
                let mut rings = Batch::new(Style::both(Rgba(255, 255, 255, 255), colour(c), 1.8));
                for (m, &p) in input.marks.iter().zip(&points) {
                    if m.country == c {
                        rings.shapes.push(Shape::Circle(p, 4.0));
                    }
                }
                scene.batches.push(rings);
            }
        }
    }
    // Events on a track under the years, the timeline's year as a rule.
    let mut events = Batch::new(Style::fill(EVENT));
    for [x, yy] in event_points(input).into_iter().flatten() {
        events.shapes.push(Shape::Polygon(vec![
            [x, yy - 4.0],
            [x + 3.5, yy + 2.5],
            [x - 3.5, yy + 2.5],
        ]));
    }
    scene.batches.push(events);
    if let Some(yr) = input.year {
        let x = f.x(f32::from(yr));
        let mut rule = Batch::new(Style::fill(palette::SELECT));
        rule.shapes.push(rect(x - 1.0, f.top, x + 1.0, f.bottom));
        scene.batches.push(rule);
    }
    scene.batches.retain(|b| !b.shapes.is_empty());
    scene
}

mod multiples;
pub use multiples::build_multiple;

#[cfg(test)]
mod tests;
