//! The scene: what to draw, in screen space, batched by style. Each builder is a pure function of
//! a [`SceneInput`] (the dataset, the view state and what the filters let through).
//!
//! Three scenes are built, one per canvas layer: the *land* ([`land`], camera only), the
//! *network* ([`network`]: ties, places, labels; camera, filters and selection) and the
//! *overlay* ([`overlay`]: hover and selection highlights), which is cheap and redrawn on every
//! pointer move without touching the others.

pub mod chart;
#[cfg(test)]
mod contrast;
pub mod events;
pub mod export;
mod input;
pub mod land;
pub mod network;
pub mod overlay;
pub mod picture;
pub mod rollup;
pub mod style;

pub use events::{build_events, event_marks, EventMark};
pub use export::{build_export, ExportTexts};
pub use input::SceneInput;
pub use land::build_land;
pub use network::{
    build_changing_ties, build_labels, build_markers, build_network, build_places, build_ties,
    drawn_links, place_markers, DrawnLinks, MarkersMemo, PlaceMarker, TiesMemo,
};
pub use overlay::build_overlay;
pub use picture::build_picture;
pub use style::{
    in_subsample, node_radius, palette, Marker, Rgba, Sizes, Style, LINK_BUDGET, RING_WIDTH,
};

use crate::geometry;
use crate::labels;
use crate::view::{Camera, Filters, Viewport};

/// A shape in CSS pixels.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A closed ring.
    Polygon(Vec<[f32; 2]>),
    /// A quadratic Bézier curve: start, control, end.
    Quad([f32; 2], [f32; 2], [f32; 2]),
    Circle([f32; 2], f32),
}

/// Shapes drawn with one style, in one call where the backend allows.
#[derive(Debug, Clone, PartialEq)]
pub struct Batch {
    pub style: Style,
    pub shapes: Vec<Shape>,
}

impl Batch {
    pub fn new(style: Style) -> Self {
        Self {
            style,
            shapes: Vec::new(),
        }
    }
}

/// A label: text drawn with a halo; `origin` is the left end of the baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub text: String,
    pub origin: [f32; 2],
    pub size: f32,
    pub bold: bool,
    pub color: Rgba,
    /// The place the label names: pointing at the label points at the place.
    pub place: Option<usize>,
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

/// How many of the ties on screen a picture draws, when it draws a sample of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sampling {
    pub drawn: usize,
    pub on_screen: usize,
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
    /// Set when the ties on screen exceed [`LINK_BUDGET`] and a stable sample of them is drawn.
    pub sampling: Option<Sampling>,
}

/// Room a label's halo takes around its text (CSS px).
pub const HALO_WIDTH: f32 = 3.0;

impl Scene {
    /// An empty scene the size of `vp`.
    pub fn new(vp: Viewport, background: Option<Rgba>) -> Self {
        Self {
            width: vp.width,
            height: vp.height,
            background,
            batches: Vec::new(),
            labels: Vec::new(),
            sampling: None,
        }
    }

    pub fn shape_count(&self) -> usize {
        self.batches.iter().map(|b| b.shapes.len()).sum()
    }

    /// Adds the batches that hold shapes, in order.
    fn push_batches(&mut self, batches: Vec<Batch>) {
        for b in batches {
            if !b.shapes.is_empty() {
                self.batches.push(b);
            }
        }
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
            let pad = batch.style.stroke_width / 2.0 + 1.0;
            for shape in &batch.shapes {
                let [x0, y0, x1, y1] = match shape {
                    Shape::Polygon(pts) => geometry::bbox(pts),
                    // A quadratic curve stays inside the triangle of its three points.
                    Shape::Quad(a, c, e) => geometry::bbox(&[*a, *c, *e]),
                    Shape::Circle(c, r) => [c[0] - r, c[1] - r, c[0] + r, c[1] + r],
                };
                add(x0 - pad, y0 - pad, x1 + pad, y1 + pad);
            }
        }
        for l in &self.labels {
            // The halo, and an allowance for a real font wider than the estimate.
            let w = labels::text_width(&l.text, l.size) * 1.25;
            add(
                l.origin[0] - HALO_WIDTH,
                l.origin[1] - l.size * 1.2 - HALO_WIDTH,
                l.origin[0] + w + HALO_WIDTH,
                l.origin[1] + l.size * 0.4 + HALO_WIDTH,
            );
        }
        b
    }

    /// `self` with `top` drawn over it (for export: land, network and overlay in one picture).
    pub fn stack(mut self, top: Scene) -> Scene {
        self.batches.extend(top.batches);
        self.labels.extend(top.labels);
        self.sampling = self.sampling.or(top.sampling);
        self
    }
}

/// What a picture of the network depends on: the dataset, the camera, the viewport and the
/// filters. Whatever is derived from one picture (the ties it drew, their index) answers only
/// while the page shows that picture.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Picture {
    data: u64,
    camera: Camera,
    vp: Viewport,
    filters: Filters,
    /// Between the map and the network (see [`ViewState::blend`]).
    blend: f32,
    /// A digest of the roll-up into regions (none: 0).
    rollup: u64,
}

impl Picture {
    /// The picture `input` describes.
    pub fn of(input: &SceneInput<'_>) -> Self {
        let v = input.view;
        Self {
            data: input.data.id(),
            camera: v.camera,
            vp: v.vp,
            filters: v.filters,
            blend: v.blend,
            rollup: v.rollup.as_ref().map_or(0, |r| {
                use std::hash::{Hash, Hasher};
                let mut h = std::collections::hash_map::DefaultHasher::new();
                r.hash(&mut h);
                h.finish() | 1
            }),
        }
    }

    /// Whether `other` shows the same data from the same camera on the same surface (its
    /// filters may differ).
    pub fn same_frame(&self, other: &Picture) -> bool {
        self.data == other.data
            && self.camera == other.camera
            && self.vp == other.vp
            && self.blend == other.blend
            && self.rollup == other.rollup
    }

    /// The surface the picture was drawn on.
    pub fn viewport(&self) -> Viewport {
        self.vp
    }
}

#[cfg(test)]
pub(crate) mod testing {
    use super::*;
    use crate::dataset::Dataset;
    use crate::model::testing::fixture;
    use crate::view::{Derived, Target, ViewState};

    /// The fixture at a 1000 × 600 view, with what the filters let through.
    pub(crate) struct Setup {
        pub data: Dataset,
        pub view: ViewState,
        derived: Derived,
    }

    impl Setup {
        pub(crate) fn new() -> Self {
            Self::with(
                Dataset::new(fixture(), Vec::new()).unwrap(),
                Viewport::new(1000.0, 600.0, 2.0),
            )
        }
        pub(crate) fn with(data: Dataset, vp: Viewport) -> Self {
            let view = ViewState::home(data.bounds(), vp);
            Self {
                data,
                view,
                derived: Derived::default(),
            }
        }
        pub(crate) fn input(&mut self) -> SceneInput<'_> {
            let vis = self.derived.visibility(&self.data, &self.view.filters);
            SceneInput {
                data: &self.data,
                view: &self.view,
                vis,
            }
        }
        pub(crate) fn select(&mut self, key: &str) {
            self.view.selection = Target::from_key(self.data.atlas(), key);
            assert!(self.view.selection.is_some(), "{key}");
        }
        pub(crate) fn hover(&mut self, key: &str) {
            self.view.hover = Target::from_key(self.data.atlas(), key);
            assert!(self.view.hover.is_some(), "{key}");
        }
    }

    pub(crate) fn count(s: &Scene, f: impl Fn(&Shape) -> bool) -> usize {
        s.batches
            .iter()
            .flat_map(|b| &b.shapes)
            .filter(|x| f(x))
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::testing::Setup;
    use super::*;

    #[test]
    fn bounds_hold_every_shape_and_label() {
        let mut s = Setup::new();
        assert_eq!(build_overlay(&s.input()).bounds(), None);
        s.hover("jp-kobe");
        let scene = build_overlay(&s.input());
        let b = scene.bounds().unwrap();
        for batch in &scene.batches {
            for shape in &batch.shapes {
                let pts: Vec<[f32; 2]> = match shape {
                    Shape::Polygon(p) => p.clone(),
                    Shape::Quad(x, c, y) => geometry::flatten(&[*x, *c, *y], 8),
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
        for lab in &scene.labels {
            let r = lab.rect();
            assert!(
                r[0] >= b[0] && r[1] >= b[1] && r[2] <= b[2] && r[3] <= b[3],
                "{r:?} {b:?}"
            );
        }
        // A small highlight clears a small box, not the whole canvas.
        assert!((b[2] - b[0]) * (b[3] - b[1]) < s.view.vp.width * s.view.vp.height);
    }

    #[test]
    fn stacking_keeps_the_order_of_layers() {
        let mut s = Setup::new();
        s.select("cn-tianjin");
        let land = build_land(&crate::geo::Land::default(), &s.view);
        let input = s.input();
        let net = build_network(&input, &drawn_links(&input));
        let over = build_overlay(&input);
        let (n, o) = (net.batches.len(), over.batches.len());
        let all = land.stack(net.clone()).stack(over.clone());
        assert_eq!(all.background, Some(palette::OCEAN));
        assert_eq!(all.batches.len(), 2 + n + o);
        assert_eq!(all.batches[2 + n..], over.batches[..]);
        assert_eq!(all.labels.len(), net.labels.len() + over.labels.len());
    }
}
