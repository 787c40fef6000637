//! The place index: a uniform grid over the layout's world positions (a few dozen lines, no
//! dependency). A query looks only at the cells within the search radius, so finding the place
//! under the pointer takes microseconds whatever the size of the network.

use crate::layout::Layout;

#[derive(Debug, Clone, Default)]
pub struct PlaceIndex {
    origin: [f32; 2],
    cell: f32,
    cols: usize,
    rows: usize,
    /// Start of each cell's run in `items` (prefix sums; `cols * rows + 1` entries).
    starts: Vec<u32>,
    /// Place indexes sorted by cell.
    items: Vec<u32>,
    pos: Vec<[f32; 2]>,
}

impl PlaceIndex {
    /// Builds the grid so that a cell holds about two places on average.
    pub fn new(layout: &Layout) -> Self {
        let Some(b) = layout.bounds() else {
            return Self::default();
        };
        let n = layout.pos.iter().flatten().count().max(1);
        let w = (b[2] - b[0]).max(1e-3);
        let h = (b[3] - b[1]).max(1e-3);
        let cell = ((w * h) / (n as f32 / 2.0)).sqrt().max(1e-3);
        let cols = ((w / cell) as usize + 1).min(4096);
        let rows = ((h / cell) as usize + 1).min(4096);
        let mut idx = Self {
            origin: [b[0], b[1]],
            cell,
            cols,
            rows,
            starts: vec![0; cols * rows + 1],
            items: Vec::with_capacity(n),
            pos: layout
                .pos
                .iter()
                .map(|p| p.unwrap_or([f32::NAN; 2]))
                .collect(),
        };
        let cells: Vec<Option<usize>> = layout
            .pos
            .iter()
            .map(|p| p.map(|p| idx.cell_of(p)))
            .collect();
        for c in cells.iter().flatten() {
            idx.starts[c + 1] += 1;
        }
        for i in 0..cols * rows {
            idx.starts[i + 1] += idx.starts[i];
        }
        let mut fill = idx.starts.clone();
        idx.items = vec![0; idx.starts[cols * rows] as usize];
        for (i, c) in cells.iter().enumerate() {
            if let Some(c) = c {
                idx.items[fill[*c] as usize] = i as u32;
                fill[*c] += 1;
            }
        }
        idx
    }

    fn cell_xy(&self, p: [f32; 2]) -> (usize, usize) {
        let cx = ((p[0] - self.origin[0]) / self.cell).floor();
        let cy = ((p[1] - self.origin[1]) / self.cell).floor();
        (
            (cx.max(0.0) as usize).min(self.cols - 1),
            (cy.max(0.0) as usize).min(self.rows - 1),
        )
    }

    fn cell_of(&self, p: [f32; 2]) -> usize {
        let (x, y) = self.cell_xy(p);
        y * self.cols + x
    }

    /// Calls `visit(place, distance)` for every place within `max_radius` of `at` (world units).
    pub fn within(&self, at: [f32; 2], max_radius: f32, mut visit: impl FnMut(usize, f32)) {
        if self.items.is_empty() || !at[0].is_finite() || !at[1].is_finite() {
            return;
        }
        let (x0, y0) = self.cell_xy([at[0] - max_radius, at[1] - max_radius]);
        let (x1, y1) = self.cell_xy([at[0] + max_radius, at[1] + max_radius]);
        for cy in y0..=y1 {
            for cx in x0..=x1 {
                let c = cy * self.cols + cx;
                for &i in &self.items[self.starts[c] as usize..self.starts[c + 1] as usize] {
                    let i = i as usize;
                    let p = self.pos[i];
                    let d = ((p[0] - at[0]).powi(2) + (p[1] - at[1]).powi(2)).sqrt();
                    if d <= max_radius {
                        visit(i, d);
                    }
                }
            }
        }
    }

    /// The place nearest to `at` among those for which `hit(place, distance)` is true, looking no
    /// farther than `max_radius` (world units). `hit` decides with the place's own marker size.
    pub fn nearest(
        &self,
        at: [f32; 2],
        max_radius: f32,
        mut hit: impl FnMut(usize, f32) -> bool,
    ) -> Option<usize> {
        let mut best: Option<(f32, usize)> = None;
        self.within(at, max_radius, |i, d| {
            if best.is_none_or(|(bd, bi)| (d, i) < (bd, bi)) && hit(i, d) {
                best = Some((d, i));
            }
        });
        best.map(|(_, i)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(points: &[[f32; 2]]) -> Layout {
        Layout {
            pos: points.iter().map(|&p| Some(p)).collect(),
        }
    }

    #[test]
    fn finds_the_nearest_within_radius() {
        let l = layout(&[[0.0, 0.0], [10.0, 0.0], [10.5, 0.0], [50.0, 50.0]]);
        let idx = PlaceIndex::new(&l);
        assert_eq!(idx.nearest([10.2, 0.1], 1.0, |_, _| true), Some(1));
        assert_eq!(idx.nearest([10.4, 0.0], 1.0, |_, _| true), Some(2));
        assert_eq!(idx.nearest([30.0, 30.0], 1.0, |_, _| true), None);
        assert_eq!(idx.nearest([49.0, 49.0], 2.0, |_, _| true), Some(3));
        // The predicate can refuse (a hidden place, or outside its own marker).
        assert_eq!(idx.nearest([10.4, 0.0], 1.0, |i, _| i != 2), Some(1));
    }

    #[test]
    fn agrees_with_brute_force() {
        // Deterministic pseudo-random points (LCG).
        let mut s = 12345u64;
        let mut r = || {
            s = s
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((s >> 33) as f32) / (1u64 << 31) as f32
        };
        let pts: Vec<[f32; 2]> = (0..2000)
            .map(|_| [r() * 300.0 - 150.0, r() * 80.0 - 60.0])
            .collect();
        let idx = PlaceIndex::new(&layout(&pts));
        for _ in 0..500 {
            let q = [r() * 320.0 - 160.0, r() * 90.0 - 65.0];
            let rad = r() * 5.0;
            let brute = pts
                .iter()
                .enumerate()
                .map(|(i, p)| (((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2)).sqrt(), i))
                .filter(|(d, _)| *d <= rad)
                .min_by(|a, b| a.partial_cmp(b).unwrap())
                .map(|(_, i)| i);
            assert_eq!(idx.nearest(q, rad, |_, _| true), brute, "{q:?} {rad}");
        }
    }

    #[test]
    fn empty_and_unplaced_are_harmless() {
        let idx = PlaceIndex::new(&Layout::default());
        assert_eq!(idx.nearest([0.0, 0.0], 10.0, |_, _| true), None);
        let l = Layout {
            pos: vec![None, Some([1.0, 1.0])],
        };
        let idx = PlaceIndex::new(&l);
        assert_eq!(idx.nearest([0.0, 0.0], 10.0, |_, _| true), Some(1));
        assert_eq!(idx.nearest([f32::NAN, 0.0], 10.0, |_, _| true), None);
    }
}
