//! Regions rolled up: each closed province, prefecture or state drawn as one marker (area by
//! its ties or partners, or colour by the year of its first tie), the ties that touch it drawn
//! as one curve per pair of ends with their count. Open regions show their places and ties as
//! usual (see [`SceneInput::collapsed`]).

use super::{palette, Batch, Rgba, Scene, SceneInput, Shape, Style};
use crate::geometry::{bent, curve_point};
use crate::labels::{self, Candidate};
use crate::model::Country;
use crate::view::Measure;
use std::collections::HashMap;

/// One end of a rolled-up tie: a closed region or a place of an open one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum End {
    Region(usize),
    Place(usize),
}

/// A closed region on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionNode {
    pub region: usize,
    pub at: [f32; 2],
    pub radius: f32,
    /// Ties shown that touch it, its places' distinct partners, and its first tie's year.
    pub ties: usize,
    pub partners: usize,
    pub first: Option<u16>,
}

/// The ties between two ends, counted.
#[derive(Debug, Clone, PartialEq)]
pub struct RollEdge {
    pub a: End,
    pub b: End,
    pub count: usize,
    pub country: Country,
}

/// The rolled-up picture's parts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RolledUp {
    pub nodes: Vec<RegionNode>,
    pub edges: Vec<RollEdge>,
}

/// The size of a region's name (a tie count's is smaller).
const REGION_LABEL: f32 = 11.5;

/// The first and last years of the colour scale of first ties.
const YEARS: (u16, u16) = (1973, 2025);
/// Its colours: early ties dark, recent ones light.
const EARLY: Rgba = Rgba(0x3b, 0x2a, 0x8c, 235);
const LATE: Rgba = Rgba(0xf0, 0xb4, 0x2a, 235);

/// The colour of a region whose first tie was in `year`.
pub fn year_colour(year: u16) -> Rgba {
    let t = f32::from(year.clamp(YEARS.0, YEARS.1) - YEARS.0) / f32::from(YEARS.1 - YEARS.0);
    let mix = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * t).round() as u8;
    Rgba(
        mix(EARLY.0, LATE.0),
        mix(EARLY.1, LATE.1),
        mix(EARLY.2, LATE.2),
        235,
    )
}

/// The parts of the picture when the view rolls the places up; `None` when it does not.
pub fn rolled_up(input: &SceneInput<'_>) -> Option<RolledUp> {
    let rollup = input.view.rollup.as_ref()?;
    let atlas = input.atlas();
    let regions = atlas.regions();
    let end = |p: usize| {
        if input.collapsed(p) {
            End::Region(regions.of_place(p))
        } else {
            End::Place(p)
        }
    };
    let n = regions.list.len();
    let (mut ties, mut first) = (vec![0usize; n], vec![None::<u16>; n]);
    let mut partners: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut counts: HashMap<(End, End), (usize, Country)> = HashMap::new();
    for (i, l) in atlas.links.iter().enumerate() {
        if !input.vis.links[i] {
            continue;
        }
        let (a, b) = (end(l.cn), end(l.partner));
        if let (End::Place(_), End::Place(_)) = (a, b) {
            continue;
        }
        for (e, other) in [(a, l.partner), (b, l.cn)] {
            if let End::Region(r) = e {
                ties[r] += 1;
                partners[r].push(other);
                if let Some(d) = l.date {
                    first[r] = Some(first[r].map_or(d.year, |y| y.min(d.year)));
                }
            }
        }
        counts.entry((a, b)).or_insert((0, atlas.link_country(i))).0 += 1;
    }
    let zoom = input.view.zoom().max(0.5);
    let grow = zoom.sqrt().min(3.0);
    let mut nodes = Vec::new();
    for (r, region) in regions.list.iter().enumerate() {
        if ties[r] == 0 {
            continue;
        }
        let Some(world) = region_world(input, region) else {
            continue;
        };
        let mut mine = crate::num::sort_by_rank(std::mem::take(&mut partners[r]), |&p| p as u64);
        mine.dedup();
        partners[r] = mine;
        let v = match rollup.measure {
            Measure::Partners => partners[r].len(),
            Measure::Ties | Measure::FirstYear => ties[r],
        };
        nodes.push(RegionNode {
            region: r,
            at: input.view.to_screen(world),
            radius: ((3.0 + 1.8 * (v as f32).sqrt()) * grow).min(40.0),
            ties: ties[r],
            partners: partners[r].len(),
            first: first[r],
        });
    }
    let edges: Vec<RollEdge> = counts
        .into_iter()
        .map(|((a, b), (count, country))| RollEdge {
            a,
            b,
            count,
            country,
        })
        .collect();
    // A fixed order (the map's iteration order is not).
    let end = |e: End| match e {
        End::Region(r) => r as u64,
        End::Place(p) => 1 << 31 | p as u64,
    };
    let edges = crate::num::sort_by_rank(edges, |e| end(e.a) << 32 | end(e.b));
    Some(RolledUp { nodes, edges })
}

/// Where a closed region is drawn (world units): at its seat, or amid its places.
fn region_world(
    input: &SceneInput<'_>,
    region: &crate::model::regions::Region,
) -> Option<[f32; 2]> {
    if let Some(w) = region.seat.and_then(|s| input.view.world(input.data, s)) {
        return Some(w);
    }
    let pts: Vec<[f32; 2]> = region
        .members
        .iter()
        .filter_map(|&p| input.view.world(input.data, p))
        .collect();
    crate::geometry::centroid(&pts)
}

impl RolledUp {
    /// Where end `e` is on screen.
    pub fn screen(&self, input: &SceneInput<'_>, e: End) -> Option<[f32; 2]> {
        match e {
            End::Place(p) => input.screen(p),
            End::Region(r) => self.nodes.iter().find(|n| n.region == r).map(|n| n.at),
        }
    }

    /// The closed region whose marker is under `at` (CSS px), within `reach`; the nearest.
    pub fn region_at(&self, at: [f32; 2], reach: f32) -> Option<usize> {
        self.nodes
            .iter()
            .map(|n| (n, (n.at[0] - at[0]).hypot(n.at[1] - at[1]) - n.radius))
            .filter(|(_, gap)| *gap <= reach)
            .min_by(|x, y| x.1.total_cmp(&y.1))
            .map(|(n, _)| n.region)
    }
}

/// `places` (the places' layer) over the regions' markers and rolled-up ties when the view
/// rolls the places up, the regions' names clear of the places' labels; else `places` alone.
pub fn under_places(input: &SceneInput<'_>, places: Scene) -> Scene {
    match rolled_up(input) {
        Some(r) => {
            let blocked: Vec<[f32; 4]> = places.labels.iter().map(super::Label::rect).collect();
            build_rollup(input, &r, &blocked).stack(places)
        }
        None => places,
    }
}

/// The rolled-up ties and the regions' markers and names, their labels kept off `blocked`.
pub fn build_rollup(input: &SceneInput<'_>, r: &RolledUp, blocked: &[[f32; 4]]) -> Scene {
    let view = input.view;
    let vp = view.vp;
    let mut scene = Scene::new(vp, None);
    let dim = view.selection.is_some();
    let alpha = if dim { 60 } else { 160 };
    let mut by_style: Vec<(Country, u32, Batch)> = Vec::new();
    let mut candidates = Vec::new();
    for e in &r.edges {
        let (Some(a), Some(b)) = (r.screen(input, e.a), r.screen(input, e.b)) else {
            continue;
        };
        let width = 0.8 + 0.9 * (e.count as f32).sqrt();
        // Widths in quarter pixels make the batches.
        let key = (e.country, (width * 4.0) as u32);
        let slot = match by_style.iter().position(|(c, w, _)| (*c, *w) == key) {
            Some(i) => i,
            None => {
                let style = Style::stroke(palette::country(e.country).with_alpha(alpha), width);
                by_style.push((key.0, key.1, Batch::new(style)));
                by_style.len() - 1
            }
        };
        let c = bent(a, b, 1.0 - view.blend);
        by_style[slot].2.shapes.push(Shape::Quad(c[0], c[1], c[2]));
        if e.count >= 2 {
            candidates.push(Candidate {
                text: e.count.to_string(),
                at: curve_point(&c, 0.5),
                gap: 2.0,
                size: 10.5,
                priority: e.count as f32,
                place: None,
            });
        }
    }
    let by_style =
        crate::num::sort_by_rank(by_style, |(c, w, _)| (*c as u64) << 32 | u64::from(*w));
    scene.push_batches(by_style.into_iter().map(|(_, _, b)| b).collect());

    let rollup = view.rollup.as_ref();
    let by_year = rollup.is_some_and(|r| r.measure == Measure::FirstYear);
    let regions = &input.atlas().regions().list;
    // Big ones under small ones.
    let order = crate::num::sort_by_rank(r.nodes.iter().collect(), |n: &&RegionNode| {
        u64::from(u32::MAX) - crate::num::f32_key(n.radius)
    });
    let mut nodes: Vec<Batch> = Vec::new();
    for n in order {
        let region = &regions[n.region];
        let fill = match (by_year, n.first) {
            (true, Some(y)) => year_colour(y),
            (true, None) => Rgba(0x99, 0x99, 0x99, 235),
            (false, _) => palette::country(region.country).with_alpha(if dim { 110 } else { 215 }),
        };
        let mut b = Batch::new(Style::both(fill, palette::NODE_EDGE, 1.5));
        b.shapes.push(Shape::Circle(n.at, n.radius));
        match nodes.last_mut() {
            Some(last) if last.style == b.style => last.shapes.extend(b.shapes),
            _ => nodes.push(b),
        }
        if view.layers.labels {
            candidates.push(Candidate {
                text: region.name_en.clone(),
                at: n.at,
                gap: n.radius,
                size: REGION_LABEL,
                priority: 1000.0 + n.ties as f32,
                place: None,
            });
        }
    }
    scene.push_batches(nodes);
    let blocked = [blocked, &view.covered].concat();
    let max = ((vp.width * vp.height) / 9000.0) as usize;
    scene.labels = labels::layout(candidates, vp.width, vp.height, &blocked, &[], max)
        .into_iter()
        .map(|p| super::Label {
            bold: p.size == REGION_LABEL,
            text: p.text,
            origin: p.origin,
            size: p.size,
            color: palette::TEXT,
            place: None,
        })
        .collect();
    scene
}

/// The highlight of region `region`: a ring round its marker and its rolled-up ties drawn over
/// the others (for the overlay).
pub fn region_highlight(input: &SceneInput<'_>, r: &RolledUp, region: usize, hover: bool) -> Scene {
    let mut scene = Scene::new(input.view.vp, None);
    let colour = if hover {
        palette::HOVER
    } else {
        palette::SELECT
    };
    let mut ties = Batch::new(Style::stroke(colour.with_alpha(200), 2.0));
    for e in r
        .edges
        .iter()
        .filter(|e| e.a == End::Region(region) || e.b == End::Region(region))
    {
        if let (Some(a), Some(b)) = (r.screen(input, e.a), r.screen(input, e.b)) {
            let c = bent(a, b, 1.0 - input.view.blend);
            ties.shapes.push(Shape::Quad(c[0], c[1], c[2]));
        }
    }
    let mut ring = Batch::new(Style::stroke(colour, 2.5));
    if let Some(n) = r.nodes.iter().find(|n| n.region == region) {
        ring.shapes.push(Shape::Circle(n.at, n.radius + 2.5));
    }
    scene.push_batches(vec![ties, ring]);
    scene
}
