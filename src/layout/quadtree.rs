//! A Barnes–Hut quadtree for the network layout's repulsion: each cell keeps the count and mean
//! position of the points under it, so a far group of points pushes like one heavy point.

/// Cells are split until they hold one point or are this small (coincident points share one).
const MIN_CELL: f32 = 1e-3;

#[derive(Debug, Clone, Copy)]
struct Cell {
    /// Centre and half-width of the square.
    centre: [f32; 2],
    half: f32,
    /// How many points lie under the cell, and their mean position.
    count: u32,
    mass: [f32; 2],
    /// The first of four children (in `cells`), or 0 for a leaf.
    child: u32,
    /// A leaf's point, if it holds exactly one.
    point: Option<u32>,
}

/// The tree over a set of points (rebuilt on each step of the layout).
#[derive(Debug, Default)]
pub struct QuadTree {
    cells: Vec<Cell>,
}

impl QuadTree {
    /// The tree over `pos`.
    pub fn new(pos: &[[f32; 2]]) -> Self {
        let mut t = Self {
            cells: Vec::with_capacity(pos.len() * 2 + 1),
        };
        let (mut lo, mut hi) = ([f32::MAX; 2], [f32::MIN; 2]);
        for p in pos {
            for k in 0..2 {
                lo[k] = lo[k].min(p[k]);
                hi[k] = hi[k].max(p[k]);
            }
        }
        if pos.is_empty() {
            return t;
        }
        let half = ((hi[0] - lo[0]).max(hi[1] - lo[1]) / 2.0).max(MIN_CELL) * 1.0001;
        let centre = [(lo[0] + hi[0]) / 2.0, (lo[1] + hi[1]) / 2.0];
        t.cells.push(Cell::empty(centre, half));
        for (i, p) in pos.iter().enumerate() {
            t.insert(i as u32, *p, pos);
        }
        t
    }

    fn insert(&mut self, i: u32, p: [f32; 2], pos: &[[f32; 2]]) {
        let mut c = 0usize;
        loop {
            let cell = &mut self.cells[c];
            let n = cell.count as f32;
            cell.mass = [
                (cell.mass[0] * n + p[0]) / (n + 1.0),
                (cell.mass[1] * n + p[1]) / (n + 1.0),
            ];
            cell.count += 1;
            if cell.child != 0 {
                c = cell.child as usize + quadrant(cell.centre, p);
                continue;
            }
            match cell.point {
                None if cell.count == 1 => {
                    cell.point = Some(i);
                    return;
                }
                // A leaf too small to split keeps its points as one mass.
                _ if cell.half <= MIN_CELL => {
                    cell.point = None;
                    return;
                }
                Some(j) => {
                    let (centre, half) = (cell.centre, cell.half / 2.0);
                    let first = self.cells.len() as u32;
                    self.cells[c].child = first;
                    self.cells[c].point = None;
                    for q in 0..4 {
                        let dx = if q & 1 == 0 { -half } else { half };
                        let dy = if q & 2 == 0 { -half } else { half };
                        self.cells
                            .push(Cell::empty([centre[0] + dx, centre[1] + dy], half));
                    }
                    // The point the leaf held moves down; the new one follows in the loop.
                    let pj = pos[j as usize];
                    let k = first as usize + quadrant(centre, pj);
                    let moved = &mut self.cells[k];
                    moved.count = 1;
                    moved.mass = pj;
                    moved.point = Some(j);
                    c = first as usize + quadrant(centre, p);
                }
                None => return,
            }
        }
    }

    /// Calls `f(mass, count)` for each group of points that acts on `p` as one: cells seen from
    /// `p` at an angle under `theta` (width over distance), and single points. The point `i`
    /// itself is skipped. `stack` is scratch space, kept by the caller across visits.
    pub fn visit(
        &self,
        i: u32,
        p: [f32; 2],
        theta: f32,
        stack: &mut Vec<usize>,
        mut f: impl FnMut([f32; 2], f32),
    ) {
        if self.cells.is_empty() {
            return;
        }
        stack.clear();
        stack.push(0);
        while let Some(c) = stack.pop() {
            let cell = &self.cells[c];
            if cell.count == 0 {
                continue;
            }
            let d = [cell.mass[0] - p[0], cell.mass[1] - p[1]];
            let dist2 = d[0] * d[0] + d[1] * d[1];
            let width = cell.half * 2.0;
            if cell.child == 0 {
                if cell.point != Some(i) {
                    // A leaf holds one point, or several coincident ones (counted as a mass
                    // that includes `i` when it is among them).
                    let own = u32::from(cell.point.is_none() && dist2 == 0.0);
                    let n = cell.count.saturating_sub(own);
                    if n > 0 {
                        f(cell.mass, n as f32);
                    }
                }
            } else if width * width < theta * theta * dist2 {
                f(cell.mass, cell.count as f32);
            } else {
                stack.extend((0..4).map(|q| cell.child as usize + q));
            }
        }
    }
}

impl Cell {
    fn empty(centre: [f32; 2], half: f32) -> Self {
        Self {
            centre,
            half,
            count: 0,
            mass: [0.0; 2],
            child: 0,
            point: None,
        }
    }
}

/// Which child of a cell centred at `c` holds `p`: bit 0 east, bit 1 south.
fn quadrant(c: [f32; 2], p: [f32; 2]) -> usize {
    usize::from(p[0] >= c[0]) | (usize::from(p[1] >= c[1]) << 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sum of what acts on each point, with the tree and without it.
    fn pull(pos: &[[f32; 2]], theta: f32) -> Vec<f32> {
        let t = QuadTree::new(pos);
        (0..pos.len())
            .map(|i| {
                let mut s = 0.0;
                t.visit(i as u32, pos[i], theta, &mut Vec::new(), |m, n| {
                    let d = [m[0] - pos[i][0], m[1] - pos[i][1]];
                    s += n / (d[0] * d[0] + d[1] * d[1]).sqrt().max(1e-3);
                });
                s
            })
            .collect()
    }

    #[test]
    fn an_exact_visit_sees_every_other_point_once() {
        let pos: Vec<[f32; 2]> = (0..50)
            .map(|i| [(i * 37 % 11) as f32, (i * 17 % 13) as f32 * 0.7])
            .collect();
        let t = QuadTree::new(&pos);
        for (i, p) in pos.iter().enumerate() {
            let mut n = 0.0;
            t.visit(i as u32, *p, 0.0, &mut Vec::new(), |_, c| n += c);
            assert_eq!(n, 49.0, "point {i}");
        }
    }

    #[test]
    fn coincident_points_do_not_split_forever_and_count_each_other() {
        let pos = vec![[1.0, 1.0]; 5];
        let t = QuadTree::new(&pos);
        let mut n = 0.0;
        t.visit(0, pos[0], 0.5, &mut Vec::new(), |_, c| n += c);
        assert_eq!(n, 4.0);
    }

    #[test]
    fn the_approximation_stays_close_to_the_exact_sum() {
        let pos: Vec<[f32; 2]> = (0..300)
            .map(|i| {
                let a = i as f32 * 2.399_963;
                let r = (i as f32).sqrt() * 3.0;
                [r * a.cos(), r * a.sin()]
            })
            .collect();
        let (exact, near) = (pull(&pos, 0.0), pull(&pos, 0.9));
        for (e, a) in exact.iter().zip(&near) {
            assert!((e - a).abs() / e < 0.05, "{e} vs {a}");
        }
    }
}
