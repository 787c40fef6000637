//! The tie index: a screen grid over the curves a picture drew, so that the tie under the
//! pointer is found among the drawn ties (never one the picture left out of its sample) in
//! microseconds, however many ties the data has.
//!
//! Each curve is cut into [`SEGMENTS`] straight pieces, and each piece is entered in every grid
//! cell it passes through. A query measures only the pieces in the cells around the pointer.

use crate::geometry::{curve_point, segment_distance, Curve};
use crate::scene::{DrawnLinks, Picture, SceneInput};
use crate::view::Viewport;

/// Straight pieces per curve: enough that the distance to the pieces is within a fraction of a
/// pixel of the distance to the curve at the sizes ties are drawn.
pub const SEGMENTS: usize = 16;
/// Side of a grid cell, CSS px.
const CELL: f32 = 24.0;
/// The grid reaches this far (CSS px) beyond the surface, and no query looks farther.
pub const REACH: f32 = 12.0;

#[derive(Debug, Clone, Default)]
pub struct LinkGrid {
    /// The picture the curves were drawn in.
    picture: Option<Picture>,
    origin: [f32; 2],
    cols: usize,
    rows: usize,
    /// Start of each cell's run in `items` (prefix sums; `cols * rows + 1` entries).
    starts: Vec<u32>,
    /// Pieces sorted by cell: `curve * SEGMENTS + piece`.
    items: Vec<u32>,
    curves: Vec<(usize, Curve)>,
}

impl LinkGrid {
    /// Indexes the ties `drawn` (and keeps their curves) over the surface of their picture.
    /// The ties the index was made of, in the order they were drawn.
    pub fn into_links(self) -> Vec<(usize, Curve)> {
        self.curves
    }

    pub fn new(drawn: DrawnLinks) -> Self {
        let vp = drawn
            .picture
            .map_or(Viewport::new(1.0, 1.0, 1.0), |p| p.viewport());
        let (width, height) = (vp.width, vp.height);
        let cols = ((width + 2.0 * REACH) / CELL).ceil().max(1.0) as usize;
        let rows = ((height + 2.0 * REACH) / CELL).ceil().max(1.0) as usize;
        let mut grid = Self {
            picture: drawn.picture,
            origin: [-REACH, -REACH],
            cols,
            rows,
            starts: vec![0; cols * rows + 1],
            items: Vec::new(),
            curves: drawn.links,
        };
        // Two passes over the pieces, count per cell then fill (a counting sort): no list of
        // all (cell, piece) pairs is ever held.
        let mut counts = vec![0u32; cols * rows];
        grid.each_piece(|cell, _| counts[cell] += 1);
        for (i, c) in counts.iter().enumerate() {
            grid.starts[i + 1] = grid.starts[i] + c;
        }
        let mut fill = counts;
        fill.copy_from_slice(&grid.starts[..cols * rows]);
        let mut items = vec![0u32; grid.starts[cols * rows] as usize];
        grid.each_piece(|cell, item| {
            items[fill[cell] as usize] = item;
            fill[cell] += 1;
        });
        grid.items = items;
        grid
    }

    /// Whether the grid was built from the picture `input` shows (else the ties on screen are
    /// not the ones it holds: another dataset, camera, size or filters).
    pub fn fits(&self, input: &SceneInput<'_>) -> bool {
        self.picture.is_some() && self.picture == Some(Picture::of(input))
    }

    /// How many ties it holds.
    pub fn len(&self) -> usize {
        self.curves.len()
    }

    pub fn is_empty(&self) -> bool {
        self.curves.is_empty()
    }

    /// Calls `f(cell, item)` for every cell every piece of every curve passes through. The
    /// points along a curve come by forward differences (two additions a point).
    fn each_piece(&self, mut f: impl FnMut(usize, u32)) {
        let h = 1.0 / SEGMENTS as f32;
        for (ci, (_, [a, c, b])) in self.curves.iter().enumerate() {
            // B(t) = a + 2t(c − a) + t²(a − 2c + b), stepped by h.
            let mut p = self.to_grid(*a);
            let mut d1 = [0.0f32; 2];
            let mut d2 = [0.0f32; 2];
            for k in 0..2 {
                let (e, f2) = ((c[k] - a[k]) / CELL, (a[k] - 2.0 * c[k] + b[k]) / CELL);
                d1[k] = 2.0 * h * e + h * h * f2;
                d2[k] = 2.0 * h * h * f2;
            }
            for s in 0..SEGMENTS {
                let q = [p[0] + d1[0], p[1] + d1[1]];
                let item = (ci * SEGMENTS + s) as u32;
                self.cells_on_segment(p, q, |cell| f(cell, item));
                p = q;
                d1 = [d1[0] + d2[0], d1[1] + d2[1]];
            }
        }
    }

    /// A point in grid units (one unit per cell).
    fn to_grid(&self, p: [f32; 2]) -> [f32; 2] {
        [
            (p[0] - self.origin[0]) / CELL,
            (p[1] - self.origin[1]) / CELL,
        ]
    }

    /// Every cell the segment `a`–`b` (grid units) passes through, column by column.
    fn cells_on_segment(&self, a: [f32; 2], b: [f32; 2], mut f: impl FnMut(usize)) {
        let (lo, hi) = if a[0] <= b[0] { (a, b) } else { (b, a) };
        let (cols, rows) = (self.cols as i32, self.rows as i32);
        let c0 = cell(lo[0]).max(0);
        let c1 = cell(hi[0]).min(cols - 1);
        if c0 > c1 || cell(lo[1].max(hi[1])) < 0 || cell(lo[1].min(hi[1])) >= rows {
            return;
        }
        let dx = hi[0] - lo[0];
        let slope = if dx > 0.0 { (hi[1] - lo[1]) / dx } else { 0.0 };
        for cx in c0..=c1 {
            // The part of the segment inside this column.
            let (ya, yb) = if dx > 0.0 {
                let xa = lo[0].max(cx as f32);
                let xb = hi[0].min((cx + 1) as f32);
                (lo[1] + (xa - lo[0]) * slope, lo[1] + (xb - lo[0]) * slope)
            } else {
                (lo[1], hi[1])
            };
            let r0 = cell(ya.min(yb)).max(0);
            let r1 = cell(ya.max(yb)).min(rows - 1);
            for cy in r0..=r1 {
                f((cy * cols + cx) as usize);
            }
        }
    }

    /// The drawn tie nearest to `at` (CSS px) within `radius` (at most [`REACH`]), with its
    /// distance; ties at the same distance go to the lower link number.
    pub fn nearest(&self, at: [f32; 2], radius: f32) -> Option<(f32, usize)> {
        if self.items.is_empty() || !at[0].is_finite() || !at[1].is_finite() {
            return None;
        }
        let radius = radius.clamp(0.0, REACH);
        let lo = self.to_grid([at[0] - radius, at[1] - radius]);
        let hi = self.to_grid([at[0] + radius, at[1] + radius]);
        let (cols, rows) = (self.cols as i32, self.rows as i32);
        let clamp = |v: f32, n: i32| cell(v).clamp(0, n - 1);
        let (c0, c1) = (clamp(lo[0], cols), clamp(hi[0], cols));
        let (r0, r1) = (clamp(lo[1], rows), clamp(hi[1], rows));
        let mut best: Option<(f32, usize)> = None;
        for cy in r0..=r1 {
            for cx in c0..=c1 {
                let cell = (cy * cols + cx) as usize;
                let run = self.starts[cell] as usize..self.starts[cell + 1] as usize;
                for &item in &self.items[run] {
                    let (ci, s) = (item as usize / SEGMENTS, item as usize % SEGMENTS);
                    let (link, curve) = &self.curves[ci];
                    let a = curve_point(curve, s as f32 / SEGMENTS as f32);
                    let b = curve_point(curve, (s + 1) as f32 / SEGMENTS as f32);
                    let d = segment_distance(at, a, b);
                    if d <= radius && best.is_none_or(|b| (d, *link) < b) {
                        best = Some((d, *link));
                    }
                }
            }
        }
        best
    }
}

/// The whole number of cells below `v` (grid units): a floor without a call into libm,
/// saturating far off the grid.
fn cell(v: f32) -> i32 {
    let t = v as i32;
    if (t as f32) > v {
        t - 1
    } else {
        t
    }
}

/// The tie nearest to `at` within `radius` among `curves`, with its distance, measured like
/// [`LinkGrid::nearest`] but by looking at each one (for a handful of curves, such as the
/// selection's ties).
pub fn nearest_curve(
    curves: impl IntoIterator<Item = (usize, Curve)>,
    at: [f32; 2],
    radius: f32,
) -> Option<(f32, usize)> {
    let mut best: Option<(f32, usize)> = None;
    for (link, curve) in curves {
        let mut a = curve_point(&curve, 0.0);
        for s in 0..SEGMENTS {
            let b = curve_point(&curve, (s + 1) as f32 / SEGMENTS as f32);
            let d = segment_distance(at, a, b);
            if d <= radius && best.is_none_or(|b| (d, link) < b) {
                best = Some((d, link));
            }
            a = b;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Dataset;
    use crate::geometry::curve;
    use crate::scene::testing::Setup;
    use crate::synthetic::Mulberry32;

    /// A view of `w` × `h` CSS px (the fixture's data; the curves below are given directly).
    fn setup(w: f32, h: f32) -> Setup {
        let data = Dataset::new(crate::model::testing::fixture(), Vec::new()).unwrap();
        Setup::with(data, Viewport::new(w, h, 1.0))
    }

    /// `curves` as the ties drawn in the picture of `s`.
    fn drawn(curves: Vec<(usize, Curve)>, s: &mut Setup) -> DrawnLinks {
        DrawnLinks {
            links: curves,
            sampling: None,
            picture: Some(Picture::of(&s.input())),
        }
    }

    #[test]
    fn follows_the_bend_not_the_chord() {
        // A curve bowing up to y = 50 at its middle (control at y = 0), and a straight one.
        let curves = vec![
            (7, [[0.0, 100.0], [50.0, 0.0], [100.0, 100.0]]),
            (9, [[0.0, 110.0], [50.0, 110.0], [100.0, 110.0]]),
        ];
        let g = LinkGrid::new(drawn(curves.clone(), &mut setup(200.0, 200.0)));
        for (at, want) in [
            ([50.0, 51.0], Some(7)),
            ([50.0, 108.0], Some(9)), // on curve 7's chord, far from the curve itself
            ([50.0, 80.0], None),
        ] {
            assert_eq!(g.nearest(at, 3.0).map(|h| h.1), want, "{at:?}");
            let brute = nearest_curve(curves.clone(), at, 3.0);
            assert_eq!(brute.map(|h| h.1), want, "{at:?}");
        }
        assert_eq!(LinkGrid::default().nearest([0.0, 0.0], 3.0), None);
        assert_eq!(g.nearest([f32::NAN, 0.0], 3.0), None);
    }

    #[test]
    fn agrees_with_looking_at_every_curve() {
        let mut r = Mulberry32::new(11);
        let mut f = |s: f64| (r.next_f64() * s) as f32;
        // Curves with ends anywhere, also far off the surface (as when zoomed in).
        let curves: Vec<(usize, Curve)> = (0..400)
            .map(|i| {
                let a = [f(2400.0) - 700.0, f(1600.0) - 500.0];
                let b = [f(2400.0) - 700.0, f(1600.0) - 500.0];
                (i * 3, curve(a, b))
            })
            .collect();
        let mut s = setup(1000.0, 600.0);
        let g = LinkGrid::new(drawn(curves.clone(), &mut s));
        assert!(g.fits(&s.input()) && g.len() == 400);
        for _ in 0..2000 {
            let at = [f(1020.0) - 10.0, f(620.0) - 10.0];
            let radius = f(REACH as f64);
            let (grid, brute) = (
                g.nearest(at, radius),
                nearest_curve(curves.clone(), at, radius),
            );
            assert_eq!(grid.map(|h| h.1), brute.map(|h| h.1), "{at:?} {radius}");
        }
    }

    #[test]
    fn a_grid_knows_the_picture_it_was_built_from() {
        let mut s = setup(300.0, 200.0);
        let g = LinkGrid::new(drawn(Vec::new(), &mut s));
        assert!(g.fits(&s.input()) && g.is_empty());
        assert!(!LinkGrid::default().fits(&s.input()));
        s.view.camera.pan_by(1.0, 0.0);
        assert!(!g.fits(&s.input()));
        s.view.camera.pan_by(-1.0, 0.0);
        s.view.filters.until_year = Some(1990);
        assert!(!g.fits(&s.input()));
        s.view.filters.until_year = None;
        assert!(g.fits(&s.input()));
        // The same view of other data.
        let mut other = setup(300.0, 200.0);
        assert!(!g.fits(&other.input()));
    }
}
