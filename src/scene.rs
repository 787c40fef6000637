//! The scene: what to draw, in screen space, batched by style — a pure function of the atlas, a
//! layout, the land outlines, the view state and the viewport.
//!
//! Three scenes are built, one per canvas layer: the *land* (camera only), the *network* (ties,
//! places, labels; camera, filters and selection) and the *overlay* (hover and selection
//! highlights), which is cheap and redrawn on every pointer move without touching the others.

use crate::geo::{Land, LandKind};
use crate::labels::{self, Candidate};
use crate::layout::Layout;
use crate::model::{Atlas, Country, Tier};
use crate::view::{Camera, Target, ViewState, Viewport};

/// A colour with straight (non-premultiplied) alpha.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgba(pub u8, pub u8, pub u8, pub u8);

impl Rgba {
    pub const fn with_alpha(self, a: u8) -> Self {
        Self(self.0, self.1, self.2, a)
    }
    /// CSS `rgba()` text (alpha to three decimals).
    pub fn css(self) -> String {
        let alpha = crate::num::fixed(f64::from(self.3) / 255.0, 3);
        format!("rgba({},{},{},{alpha})", self.0, self.1, self.2)
    }
    /// `#rrggbb` (alpha dropped).
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// The atlas's colours.
pub mod palette {
    use super::Rgba;
    use crate::model::Country;

    pub const OCEAN: Rgba = Rgba(0xe1, 0xeb, 0xf3, 255);
    pub const LAND: Rgba = Rgba(0xf8, 0xf6, 0xf1, 255);
    pub const LAND_FOCUS: Rgba = Rgba(0xf2, 0xeb, 0xdd, 255);
    pub const TEXT: Rgba = Rgba(0x1f, 0x23, 0x28, 255);
    pub const HALO: Rgba = Rgba(255, 255, 255, 230);
    pub const NODE_EDGE: Rgba = Rgba(255, 255, 255, 255);
    pub const SELECT: Rgba = Rgba(0x11, 0x11, 0x11, 255);
    pub const HOVER: Rgba = Rgba(0xff, 0xa6, 0x00, 255);

    /// Colour of a country's places and of the links to it.
    pub const fn country(c: Country) -> Rgba {
        match c {
            Country::CN => Rgba(0xc8, 0x2e, 0x2e, 255),
            Country::JP => Rgba(0x8e, 0x44, 0xad, 255),
            Country::KR => Rgba(0x1f, 0x6f, 0xc5, 255),
            Country::US => Rgba(0x0f, 0x9d, 0x76, 255),
        }
    }
}

/// How a batch of shapes is painted: filled, stroked, or both (fill first).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub fill: Option<Rgba>,
    pub stroke: Option<Rgba>,
    pub width: f32,
}

/// A shape in CSS pixels.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A closed ring.
    Polygon(Vec<[f32; 2]>),
    /// A quadratic Bézier curve: start, control, end.
    Quad([f32; 2], [f32; 2], [f32; 2]),
    Circle([f32; 2], f32),
}

impl Shape {
    /// The curve flattened to `n` segments (for backends without curves).
    pub fn quad_points(from: [f32; 2], ctrl: [f32; 2], to: [f32; 2], n: usize) -> Vec<[f32; 2]> {
        (0..=n)
            .map(|i| {
                let t = i as f32 / n as f32;
                let u = 1.0 - t;
                [
                    u * u * from[0] + 2.0 * u * t * ctrl[0] + t * t * to[0],
                    u * u * from[1] + 2.0 * u * t * ctrl[1] + t * t * to[1],
                ]
            })
            .collect()
    }
}

/// Shapes drawn with one style, in one call where the backend allows.
#[derive(Debug, Clone, PartialEq)]
pub struct Batch {
    pub style: Style,
    pub shapes: Vec<Shape>,
}

/// A label: text drawn with a halo; `origin` is the left end of the baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub text: String,
    pub origin: [f32; 2],
    pub size: f32,
    pub bold: bool,
    pub color: Rgba,
}

impl Label {
    /// The box the label occupies, as label placement reckons it.
    pub fn rect(&self) -> [f32; 4] {
        labels::rect_of(
            self.origin,
            labels::text_width(&self.text, self.size),
            self.size,
        )
    }
}

/// Everything to draw, in order: background, batches, labels.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    pub width: f32,
    pub height: f32,
    /// `None` for a transparent scene (the overlay).
    pub background: Option<Rgba>,
    pub batches: Vec<Batch>,
    pub labels: Vec<Label>,
    /// When the ties on screen exceed [`LINK_BUDGET`], a deterministic sample of them is drawn:
    /// (drawn, on screen).
    pub sampled: Option<(usize, usize)>,
}

/// Most ties drawn in one picture; beyond it a stable sample is drawn (level of detail: zooming
/// in brings back every tie, as fewer are on screen).
pub const LINK_BUDGET: usize = 12_000;

/// Keeps about `keep` of `total` items, the same ones every time (a multiplicative hash).
fn in_sample(i: usize, keep: usize, total: usize) -> bool {
    let h = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32;
    h * total as u64 <= (keep as u64) << 32
}

impl Scene {
    pub fn shape_count(&self) -> usize {
        self.batches.iter().map(|b| b.shapes.len()).sum()
    }

    /// The box (CSS px) that holds everything the scene draws, strokes and labels included, or
    /// `None` for an empty scene. A layer that is redrawn often clears only this box.
    pub fn bounds(&self) -> Option<[f32; 4]> {
        let mut b: Option<[f32; 4]> = None;
        let mut add = |x0: f32, y0: f32, x1: f32, y1: f32| {
            let c = b.get_or_insert([x0, y0, x1, y1]);
            *c = [c[0].min(x0), c[1].min(y0), c[2].max(x1), c[3].max(y1)];
        };
        for batch in &self.batches {
            let pad = batch.style.width / 2.0 + 1.0;
            for shape in &batch.shapes {
                match shape {
                    Shape::Polygon(pts) => {
                        for p in pts {
                            add(p[0] - pad, p[1] - pad, p[0] + pad, p[1] + pad);
                        }
                    }
                    // A quadratic curve stays inside the triangle of its three points.
                    Shape::Quad(a, c, e) => {
                        for p in [a, c, e] {
                            add(p[0] - pad, p[1] - pad, p[0] + pad, p[1] + pad);
                        }
                    }
                    Shape::Circle(c, r) => add(
                        c[0] - r - pad,
                        c[1] - r - pad,
                        c[0] + r + pad,
                        c[1] + r + pad,
                    ),
                }
            }
        }
        for l in &self.labels {
            // Halo (3 px) and a generous allowance for the real font's width.
            let w = labels::text_width(&l.text, l.size) * 1.25;
            add(
                l.origin[0] - 3.0,
                l.origin[1] - l.size * 1.2 - 3.0,
                l.origin[0] + w + 3.0,
                l.origin[1] + l.size * 0.4 + 3.0,
            );
        }
        b
    }

    /// `self` with `top` drawn over it (for export: land, network and overlay in one picture).
    pub fn stack(mut self, top: Scene) -> Scene {
        self.batches.extend(top.batches);
        self.labels.extend(top.labels);
        self.sampled = self.sampled.or(top.sampled);
        self
    }
}

/// Marker radius in CSS pixels of a place with `degree` links at relative zoom `zoom`.
pub fn node_radius(degree: usize, zoom: f32) -> f32 {
    let base = 1.6 + 1.25 * (degree as f32).sqrt();
    (base * zoom.max(0.5).powf(0.3)).min(22.0)
}

/// Link width in CSS pixels: province-level ties are drawn heavier; the others are one device
/// pixel wide at the whole-network view (a hairline rasters about three times faster than a wider
/// line, measured at 2560×1600) and thicken slowly as the user zooms in.
fn link_width(tier: Tier, zoom: f32, dpr: f32) -> f32 {
    let grow = zoom.max(1.0).powf(0.25);
    if tier == Tier::Province {
        1.9 * grow
    } else {
        (grow / dpr).min(1.2)
    }
}

/// Control point of a link's curve: the chord's midpoint pushed sideways by a fifth of its
/// length, always towards the north (up), like a great circle on this map.
pub fn curve_control(a: [f32; 2], b: [f32; 2]) -> [f32; 2] {
    let m = [(a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0];
    let d = [b[0] - a[0], b[1] - a[1]];
    let mut n = [d[1], -d[0]];
    if n[1] > 0.0 {
        n = [-n[0], -n[1]];
    }
    let k = 0.2;
    [m[0] + n[0] * k, m[1] + n[1] * k]
}

/// A tie's curve on screen: its Chinese end, the control point and its partner end; `None`
/// while either end has no position. Every place that draws or picks a tie goes through here.
pub fn link_curve(
    atlas: &Atlas,
    layout: &Layout,
    camera: &Camera,
    vp: Viewport,
    link: usize,
) -> Option<[[f32; 2]; 3]> {
    let l = atlas.links.get(link)?;
    let a = camera.world_to_screen(layout.pos[l.a]?, vp);
    let b = camera.world_to_screen(layout.pos[l.b]?, vp);
    Some([a, curve_control(a, b), b])
}

/// Which places and links the filters leave visible.
#[derive(Debug, Clone, PartialEq)]
pub struct Visibility {
    pub links: Vec<bool>,
    pub places: Vec<bool>,
    /// Visible links per place.
    pub degree: Vec<usize>,
}

impl Visibility {
    pub fn compute(atlas: &Atlas, view: &ViewState) -> Self {
        let links: Vec<bool> = (0..atlas.links.len())
            .map(|l| view.filters.shows_link(atlas, l))
            .collect();
        let mut degree = vec![0usize; atlas.places.len()];
        for (i, l) in atlas.links.iter().enumerate() {
            if links[i] {
                degree[l.a] += 1;
                degree[l.b] += 1;
            }
        }
        let places = degree.iter().map(|&d| d > 0).collect();
        Self {
            links,
            places,
            degree,
        }
    }
}

/// The land layer: ocean and land, filled only. It depends on the camera alone, so the web shell
/// keeps it on a canvas of its own that selection and filter changes never redraw.
pub fn build_land(land: &Land, view: &ViewState, vp: Viewport) -> Scene {
    let cam = view.camera;
    let to_screen = |p: [f32; 2]| cam.world_to_screen(p, vp);
    let mut batches = Vec::new();
    if view.layers.land {
        let world = cam.visible_world(vp);
        let mut other = Vec::new();
        let mut focus = Vec::new();
        for ring in &land.rings {
            let b = ring.bbox;
            if b[2] < world[0] || b[0] > world[2] || b[3] < world[1] || b[1] > world[3] {
                continue;
            }
            let pts = ring.points.iter().map(|&p| to_screen(p)).collect();
            if ring.kind == LandKind::Other {
                other.push(Shape::Polygon(pts));
            } else {
                focus.push(Shape::Polygon(pts));
            }
        }
        // Filled, not outlined: the rings are clipped to the atlas's window (an outline would show
        // the cuts), and thin outlines cost more to raster than all the fills together.
        for (colour, shapes) in [(palette::LAND, other), (palette::LAND_FOCUS, focus)] {
            batches.push(Batch {
                style: Style {
                    fill: Some(colour),
                    stroke: None,
                    width: 0.0,
                },
                shapes,
            });
        }
    }
    Scene {
        width: vp.width,
        height: vp.height,
        background: Some(palette::OCEAN),
        batches,
        labels: Vec::new(),
        sampled: None,
    }
}

/// The network layer: ties, places and labels, on a transparent background.
pub fn build_network(
    atlas: &Atlas,
    layout: &Layout,
    view: &ViewState,
    vis: &Visibility,
    vp: Viewport,
) -> Scene {
    let cam = view.camera;
    let zoom = view.zoom();
    let to_screen = |p: [f32; 2]| cam.world_to_screen(p, vp);
    let screen = [0.0, 0.0, vp.width, vp.height];
    let mut batches = Vec::new();

    // Links: one batch per (partner country, tier class); dimmed when something is selected.
    let dim = view.selection.is_some();
    let alpha = if dim { 45 } else { 150 };
    let mut link_batches: Vec<Batch> = Vec::new();
    for country in Country::PARTNERS {
        for heavy in [false, true] {
            let tier = if heavy { Tier::Province } else { Tier::City };
            link_batches.push(Batch {
                style: Style {
                    fill: None,
                    stroke: Some(palette::country(country).with_alpha(alpha)),
                    width: link_width(tier, zoom, vp.dpr),
                },
                shapes: Vec::new(),
            });
        }
    }
    let mut on_screen = Vec::new();
    for i in 0..atlas.links.len() {
        if !vis.links[i] {
            continue;
        }
        let Some([a, c, b]) = link_curve(atlas, layout, &cam, vp, i) else {
            continue;
        };
        if bbox_hits(&[a, b, c], &screen) {
            on_screen.push((i, Shape::Quad(a, c, b)));
        }
    }
    let total = on_screen.len();
    let mut sampled = None;
    if total > LINK_BUDGET {
        on_screen.retain(|(i, _)| in_sample(*i, LINK_BUDGET, total));
        sampled = Some((on_screen.len(), total));
    }
    for (i, shape) in on_screen {
        let k = atlas.link_country(i).partner_index().unwrap_or(0);
        let heavy = atlas.link_tier(i) == Tier::Province;
        link_batches[k * 2 + usize::from(heavy)].shapes.push(shape);
    }
    batches.extend(link_batches.into_iter().filter(|b| !b.shapes.is_empty()));

    // Places: bigger markers first so small ones stay visible; one batch per country.
    let mut order: Vec<usize> = (0..atlas.places.len()).filter(|&p| vis.places[p]).collect();
    order.sort_by(|&x, &y| vis.degree[y].cmp(&vis.degree[x]).then(x.cmp(&y)));
    let mut node_batches: Vec<Batch> = Country::ALL
        .iter()
        .map(|&c| Batch {
            style: Style {
                fill: Some(palette::country(c).with_alpha(if dim { 110 } else { 235 })),
                stroke: Some(palette::NODE_EDGE),
                width: 0.8,
            },
            shapes: Vec::new(),
        })
        .collect();
    let mut candidates = Vec::new();
    for &p in &order {
        let Some(w) = layout.pos[p] else { continue };
        let s = to_screen(w);
        let r = node_radius(vis.degree[p], zoom);
        if s[0] < -r || s[1] < -r || s[0] > vp.width + r || s[1] > vp.height + r {
            continue;
        }
        let place = &atlas.places[p];
        node_batches[place.country as usize]
            .shapes
            .push(Shape::Circle(s, r));
        if view.layers.labels && !labelled_on_overlay(atlas, view, p) {
            candidates.push(Candidate {
                text: place.names.en.clone(),
                at: s,
                gap: r,
                size: 11.5,
                priority: vis.degree[p] as f32
                    + if place.level.tier() == Tier::Province {
                        2.0
                    } else {
                        0.0
                    },
            });
        }
    }
    batches.extend(node_batches.into_iter().filter(|b| !b.shapes.is_empty()));

    let max_labels = ((vp.width * vp.height) / 9000.0) as usize;
    // The selection's labels (drawn on the overlay) keep their space: base labels avoid them.
    let blocked: Vec<[f32; 4]> = if dim {
        let selection_only = ViewState {
            hover: None,
            ..view.clone()
        };
        build_overlay(atlas, layout, &selection_only, vis, vp)
            .labels
            .iter()
            .map(Label::rect)
            .collect()
    } else {
        Vec::new()
    };
    let labels = labels::place(candidates, vp.width, vp.height, &blocked, max_labels)
        .into_iter()
        .map(|p| Label {
            text: p.text,
            origin: p.origin,
            size: p.size,
            bold: false,
            // With a selection, the highlighted partners' labels (overlay) stand out.
            color: if dim {
                palette::TEXT.with_alpha(120)
            } else {
                palette::TEXT
            },
        })
        .collect();

    Scene {
        width: vp.width,
        height: vp.height,
        background: None,
        batches,
        labels,
        sampled,
    }
}

/// Whether the overlay labels `place` (the selected place and its partners): the base then leaves
/// it unlabelled rather than naming it twice.
fn labelled_on_overlay(atlas: &Atlas, view: &ViewState, place: usize) -> bool {
    match view.selection {
        Some(Target::Place(s)) => {
            s == place
                || atlas.places[s]
                    .links
                    .iter()
                    .any(|&l| atlas.other_end(l, s) == place)
        }
        Some(Target::Link(l)) => atlas.links[l].a == place || atlas.links[l].b == place,
        None => false,
    }
}

fn bbox_hits(pts: &[[f32; 2]], r: &[f32; 4]) -> bool {
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for p in pts {
        x0 = x0.min(p[0]);
        y0 = y0.min(p[1]);
        x1 = x1.max(p[0]);
        y1 = y1.max(p[1]);
    }
    x1 >= r[0] && x0 <= r[2] && y1 >= r[1] && y0 <= r[3]
}

/// Highlights: the selected place (dark) and the hovered place (amber) with their links, partners
/// and partner labels.
pub fn build_overlay(
    atlas: &Atlas,
    layout: &Layout,
    view: &ViewState,
    vis: &Visibility,
    vp: Viewport,
) -> Scene {
    let mut batches = Vec::new();
    let mut candidates = Vec::new();
    let zoom = view.zoom();
    let to_screen = |p: [f32; 2]| view.camera.world_to_screen(p, vp);
    // The selection labels its partners; a hover only its own place (the tooltip says the rest):
    // hover feedback stays cheap and the picture calm while the pointer moves.
    let targets = [
        (view.selection, palette::SELECT, 2.0f32, true),
        (view.hover, palette::HOVER, 1.0, false),
    ];
    for (target, ring_colour, priority, label_partners) in targets {
        if view.hover == view.selection && ring_colour == palette::HOVER {
            continue;
        }
        let p = match target {
            Some(Target::Place(p)) => p,
            Some(Target::Link(l)) => {
                link_highlight(
                    atlas,
                    layout,
                    view,
                    vis,
                    vp,
                    l,
                    ring_colour,
                    priority,
                    &mut batches,
                    &mut candidates,
                );
                continue;
            }
            None => continue,
        };
        let Some(pw) = layout.pos.get(p).copied().flatten() else {
            continue;
        };
        let ps = to_screen(pw);
        let mut links: Vec<Batch> = Country::PARTNERS
            .iter()
            .map(|&c| Batch {
                style: Style {
                    fill: None,
                    stroke: Some(palette::country(c)),
                    width: 1.6,
                },
                shapes: Vec::new(),
            })
            .collect();
        let mut rings = Vec::new();
        for &li in &atlas.places[p].links {
            if !vis.links[li] {
                continue;
            }
            let o = atlas.other_end(li, p);
            let Some([a, c, b]) = link_curve(atlas, layout, &view.camera, vp, li) else {
                continue;
            };
            let os = if atlas.links[li].a == o { a } else { b };
            let k = atlas.link_country(li).partner_index().unwrap_or(0);
            links[k].shapes.push(Shape::Quad(a, c, b));
            let r = node_radius(vis.degree[o], zoom);
            rings.push(Shape::Circle(os, r + 1.5));
            if label_partners {
                candidates.push(Candidate {
                    text: label_text(atlas, o),
                    at: os,
                    gap: r + 1.5,
                    size: 12.0,
                    priority: priority + vis.degree[o] as f32 / 1000.0,
                });
            }
        }
        batches.extend(links.into_iter().filter(|b| !b.shapes.is_empty()));
        batches.push(Batch {
            style: Style {
                fill: None,
                stroke: Some(ring_colour.with_alpha(200)),
                width: 1.5,
            },
            shapes: rings,
        });
        let r = node_radius(vis.degree[p], zoom) + 3.0;
        batches.push(Batch {
            style: Style {
                fill: Some(palette::HALO.with_alpha(90)),
                stroke: Some(ring_colour),
                width: 2.5,
            },
            shapes: vec![Shape::Circle(ps, r)],
        });
        candidates.push(Candidate {
            text: label_text(atlas, p),
            at: ps,
            gap: r,
            size: 14.0,
            priority: priority + 10.0,
        });
    }
    let labels = labels::place(candidates, vp.width, vp.height, &[], 400)
        .into_iter()
        .map(|p| Label {
            bold: p.size > 13.0,
            text: p.text,
            origin: p.origin,
            size: p.size,
            color: palette::TEXT,
        })
        .collect();
    Scene {
        width: vp.width,
        height: vp.height,
        background: None,
        batches,
        labels,
        sampled: None,
    }
}

/// One tie highlighted: its curve, both ends ringed and named.
#[allow(clippy::too_many_arguments)]
fn link_highlight(
    atlas: &Atlas,
    layout: &Layout,
    view: &ViewState,
    vis: &Visibility,
    vp: Viewport,
    link: usize,
    ring_colour: Rgba,
    priority: f32,
    batches: &mut Vec<Batch>,
    candidates: &mut Vec<Candidate>,
) {
    let Some([a, c, b]) = link_curve(atlas, layout, &view.camera, vp, link) else {
        return;
    };
    let l = &atlas.links[link];
    let zoom = view.zoom();
    let colour = palette::country(atlas.link_country(link));
    batches.push(Batch {
        style: Style {
            fill: None,
            stroke: Some(colour),
            width: 3.0,
        },
        shapes: vec![Shape::Quad(a, c, b)],
    });
    let mut rings = Vec::new();
    for (p, s) in [(l.a, a), (l.b, b)] {
        let r = node_radius(vis.degree[p], zoom) + 2.0;
        rings.push(Shape::Circle(s, r));
        candidates.push(Candidate {
            text: label_text(atlas, p),
            at: s,
            gap: r,
            size: 13.0,
            priority: priority + 10.0,
        });
    }
    batches.push(Batch {
        style: Style {
            fill: Some(palette::HALO.with_alpha(90)),
            stroke: Some(ring_colour),
            width: 2.5,
        },
        shapes: rings,
    });
}

/// "Kobe 神戸市": the English name with the local one where there is one.
pub fn label_text(atlas: &Atlas, p: usize) -> String {
    let place = &atlas.places[p];
    let local = place.names.local(place.country);
    if local.is_empty() || local == place.names.en {
        place.names.en.clone()
    } else {
        format!("{} {}", place.names.en, local)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tests::fixture;

    fn count(s: &Scene, f: impl Fn(&Shape) -> bool) -> usize {
        s.batches
            .iter()
            .flat_map(|b| &b.shapes)
            .filter(|x| f(x))
            .count()
    }

    fn setup() -> (Atlas, Layout, ViewState, Viewport) {
        let a = fixture();
        let l = Layout::geographic(&a);
        let vp = Viewport::new(1000.0, 600.0, 2.0);
        let v = ViewState::home(l.bounds().unwrap(), vp);
        (a, l, v, vp)
    }

    #[test]
    fn base_scene_has_every_link_and_place_once() {
        let (a, l, v, vp) = setup();
        let vis = Visibility::compute(&a, &v);
        let s = build_network(&a, &l, &v, &vis, vp);
        let quads = count(&s, |x| matches!(x, Shape::Quad(..)));
        let circles = count(&s, |x| matches!(x, Shape::Circle(..)));
        assert_eq!(quads, 4);
        assert_eq!(circles, 6);
        assert!(s.labels.iter().any(|l| l.text == "Tianjin"));
    }

    #[test]
    fn base_scene_is_deterministic_and_culls() {
        let (a, l, mut v, vp) = setup();
        let vis = Visibility::compute(&a, &v);
        let s1 = build_network(&a, &l, &v, &vis, vp);
        let s2 = build_network(&a, &l, &v, &vis, vp);
        assert_eq!(s1, s2);
        // Far away from everything: nothing but the background.
        v.camera.center = [-1000.0, 500.0];
        let s3 = build_network(&a, &l, &v, &vis, vp);
        assert_eq!(s3.shape_count(), 0);
    }

    #[test]
    fn filters_remove_links_and_lonely_places() {
        let (a, l, mut v, vp) = setup();
        v.filters.countries = [false, false, true]; // US only
        let vis = Visibility::compute(&a, &v);
        let s = build_network(&a, &l, &v, &vis, vp);
        let circles = count(&s, |x| matches!(x, Shape::Circle(..)));
        assert_eq!(circles, 2);
    }

    #[test]
    fn overlay_highlights_the_selection_and_its_partners() {
        let (a, l, mut v, vp) = setup();
        let vis = Visibility::compute(&a, &v);
        assert_eq!(build_overlay(&a, &l, &v, &vis, vp).shape_count(), 0);
        v.selection = Some(Target::Place(a.index_of("cn-tianjin").unwrap()));
        let s = build_overlay(&a, &l, &v, &vis, vp);
        let quads = count(&s, |x| matches!(x, Shape::Quad(..)));
        assert_eq!(quads, 3);
        let texts: Vec<_> = s.labels.iter().map(|l| l.text.as_str()).collect();
        assert!(
            texts.contains(&"Tianjin 天津市") && texts.contains(&"Kobe 神戸市"),
            "{texts:?}"
        );
    }

    #[test]
    fn large_networks_are_sampled_deterministically() {
        let a = crate::synthetic::network(40_000, 42);
        let l = Layout::geographic(&a);
        let vp = Viewport::new(1200.0, 700.0, 1.0);
        let v = ViewState::home(l.bounds().unwrap(), vp);
        let vis = Visibility::compute(&a, &v);
        let s = build_network(&a, &l, &v, &vis, vp);
        let (drawn, total) = s.sampled.unwrap();
        assert_eq!(total, 40_000);
        assert!(
            (drawn as f64 - LINK_BUDGET as f64).abs() < LINK_BUDGET as f64 * 0.05,
            "{drawn}"
        );
        let quads = count(&s, |x| matches!(x, Shape::Quad(..)));
        assert_eq!(quads, drawn);
        assert_eq!(build_network(&a, &l, &v, &vis, vp), s);
    }

    #[test]
    fn base_labels_keep_clear_of_the_selection_labels() {
        let (a, l, mut v, vp) = setup();
        v.selection = Some(Target::Place(a.index_of("cn-tianjin").unwrap()));
        let vis = Visibility::compute(&a, &v);
        let over = build_overlay(&a, &l, &v, &vis, vp);
        let base = build_network(&a, &l, &v, &vis, vp);
        assert!(!over.labels.is_empty());
        // Tianjin and its partners are named on the overlay only.
        for name in ["Tianjin", "Kobe", "Incheon", "Philadelphia"] {
            assert!(base.labels.iter().all(|b| b.text != name), "{name} twice");
        }
        for b in &base.labels {
            for o in &over.labels {
                let (r, q) = (b.rect(), o.rect());
                let overlap = r[0] < q[2] && q[0] < r[2] && r[1] < q[3] && q[1] < r[3];
                assert!(!overlap, "{} under {}", b.text, o.text);
            }
        }
    }

    #[test]
    fn a_tie_highlights_its_curve_and_names_both_ends() {
        let (a, l, mut v, vp) = setup();
        let vis = Visibility::compute(&a, &v);
        let k = a.link_between("cn-tianjin", "us-philadelphia").unwrap();
        v.selection = Some(Target::Link(k));
        let s = build_overlay(&a, &l, &v, &vis, vp);
        assert_eq!(count(&s, |x| matches!(x, Shape::Quad(..))), 1);
        assert_eq!(count(&s, |x| matches!(x, Shape::Circle(..))), 2);
        let texts: Vec<_> = s.labels.iter().map(|l| l.text.as_str()).collect();
        assert!(
            texts.contains(&"Tianjin 天津市") && texts.contains(&"Philadelphia"),
            "{texts:?}"
        );
        let base = build_network(&a, &l, &v, &vis, vp);
        assert!(base
            .labels
            .iter()
            .all(|b| b.text != "Tianjin" && b.text != "Philadelphia"));
    }

    #[test]
    fn hover_labels_only_the_hovered_place() {
        let (a, l, mut v, vp) = setup();
        let vis = Visibility::compute(&a, &v);
        v.hover = Some(Target::Place(a.index_of("cn-tianjin").unwrap()));
        let s = build_overlay(&a, &l, &v, &vis, vp);
        let texts: Vec<_> = s.labels.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["Tianjin 天津市"]);
        let quads = count(&s, |x| matches!(x, Shape::Quad(..)));
        assert_eq!(quads, 3);
    }

    #[test]
    fn bounds_hold_every_shape_and_label() {
        let (a, l, mut v, vp) = setup();
        let vis = Visibility::compute(&a, &v);
        assert_eq!(build_overlay(&a, &l, &v, &vis, vp).bounds(), None);
        v.hover = Some(Target::Place(a.index_of("jp-kobe").unwrap()));
        let s = build_overlay(&a, &l, &v, &vis, vp);
        let b = s.bounds().unwrap();
        for batch in &s.batches {
            for shape in &batch.shapes {
                let pts: Vec<[f32; 2]> = match shape {
                    Shape::Polygon(p) => p.clone(),
                    Shape::Quad(x, _, y) => Shape::quad_points(*x, curve_control(*x, *y), *y, 8),
                    Shape::Circle(c, r) => vec![[c[0] - r, c[1] - r], [c[0] + r, c[1] + r]],
                };
                for p in pts {
                    assert!(
                        p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3],
                        "{p:?} outside {b:?}"
                    );
                }
            }
        }
        for lab in &s.labels {
            assert!(lab.origin[0] >= b[0] && lab.origin[1] <= b[3]);
        }
        // A small highlight clears a small box, not the whole canvas.
        assert!((b[2] - b[0]) * (b[3] - b[1]) < vp.width * vp.height);
    }

    #[test]
    fn curves_bulge_north() {
        for (a, b) in [
            ([0.0, 0.0], [100.0, 0.0]),
            ([100.0, 0.0], [0.0, 0.0]),
            ([0.0, 0.0], [80.0, 30.0]),
        ] {
            let c = curve_control(a, b);
            assert!(c[1] < a[1].min(b[1]), "{c:?}");
        }
        // A north–south chord bows sideways.
        assert_ne!(curve_control([0.0, 0.0], [0.0, 50.0])[0], 0.0);
    }

    #[test]
    fn markers_grow_with_degree_and_are_capped() {
        assert!(node_radius(10, 1.0) > node_radius(1, 1.0));
        assert!(node_radius(10_000, 90.0) <= 22.0);
    }

    #[test]
    fn colours_format_for_css() {
        assert_eq!(Rgba(255, 0, 16, 255).hex(), "#ff0010");
        assert_eq!(Rgba(1, 2, 3, 0).css(), "rgba(1,2,3,0)");
        assert_eq!(Rgba(1, 2, 3, 255).css(), "rgba(1,2,3,1)");
        assert_eq!(Rgba(1, 2, 3, 128).css(), "rgba(1,2,3,0.502)");
    }
}
