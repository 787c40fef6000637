//! The groups of places tied together (connected components), and their packing: the biggest
//! in the middle, the others round it on a widening spiral, each at the first spot where it
//! overlaps none placed before.

use crate::model::Atlas;

/// The connected components of the ties, biggest first (ties between sizes: the one holding the
/// earlier place first); each lists its places in data order.
pub fn components(atlas: &Atlas) -> Vec<Vec<usize>> {
    let n = atlas.places.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for l in &atlas.links {
        let (a, b) = (root(&mut parent, l.cn), root(&mut parent, l.partner));
        if a != b {
            parent[a.max(b)] = a.min(b);
        }
    }
    let mut slot = vec![usize::MAX; n];
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for p in 0..n {
        let r = root(&mut parent, p);
        if slot[r] == usize::MAX {
            slot[r] = groups.len();
            groups.push(Vec::new());
        }
        groups[slot[r]].push(p);
    }
    // Groups of one size stay in the order of their first places.
    crate::num::sort_by_rank(groups, |g| crate::num::desc(g.len()))
}

/// How much wider than tall the packing is (screens are wide).
const ASPECT: f32 = 1.6;

/// Moves each laid-out group (biggest first) to its spot: the first at the origin, the others
/// round it, `gap` apart at least. Returns the groups' new positions.
pub fn pack(groups: Vec<Vec<[f32; 2]>>, gap: f32) -> Vec<Vec<[f32; 2]>> {
    let mut placed: Vec<([f32; 2], f32)> = Vec::with_capacity(groups.len());
    // The spiral's turns lie this far apart.
    let turn = gap * 2.0;
    let a = turn / std::f32::consts::TAU;
    let mut out = Vec::with_capacity(groups.len());
    for pos in groups {
        let (centre, radius) = disc(&pos, gap / 2.0);
        let at = if placed.is_empty() {
            [0.0, 0.0]
        } else {
            let mut theta = 0.0f32;
            loop {
                let rho = a * theta;
                let (sin, cos) = sin_cos(theta);
                let p = [rho * cos * ASPECT, rho * sin];
                let free = placed.iter().all(|&(c, r)| {
                    let (dx, dy) = (c[0] - p[0], c[1] - p[1]);
                    dx * dx + dy * dy >= (r + radius) * (r + radius)
                });
                if free {
                    break p;
                }
                theta += (radius / rho.max(radius)).clamp(0.01, 0.5);
            }
        };
        placed.push((at, radius));
        out.push(
            pos.iter()
                .map(|p| [p[0] - centre[0] + at[0], p[1] - centre[1] + at[1]])
                .collect(),
        );
    }
    out
}

/// Sine and cosine of `x` from a Taylor series (error under 1e-6 after range reduction): plain
/// arithmetic, so every machine packs alike (the library's `sin` and `cos` may differ in the
/// last bits).
fn sin_cos(x: f32) -> (f32, f32) {
    use std::f32::consts::{PI, TAU};
    let r = x - (x / TAU).floor() * TAU - PI;
    // sin(x) = -sin(r), cos(x) = -cos(r) for r = x - π (mod 2π), r in [-π, π).
    let r2 = r * r;
    let mut sin = 0.0f32;
    let mut cos = 0.0f32;
    let (mut ts, mut tc) = (r, 1.0f32);
    for k in 0..10 {
        sin += ts;
        cos += tc;
        let k = k as f32;
        ts *= -r2 / ((2.0 * k + 2.0) * (2.0 * k + 3.0));
        tc *= -r2 / ((2.0 * k + 1.0) * (2.0 * k + 2.0));
    }
    (-sin, -cos)
}

/// The middle of `pos` and the radius round it that holds every point, plus `pad`.
fn disc(pos: &[[f32; 2]], pad: f32) -> ([f32; 2], f32) {
    let c = crate::geometry::centroid(pos).unwrap_or([0.0; 2]);
    let r = pos
        .iter()
        .map(|p| ((p[0] - c[0]) * (p[0] - c[0]) + (p[1] - c[1]) * (p[1] - c[1])).sqrt())
        .fold(0.0f32, f32::max);
    (c, r + pad)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::fixture;

    #[test]
    fn components_cover_every_place_once_biggest_first() {
        let a = fixture();
        let groups = components(&a);
        let mut all: Vec<usize> = groups.iter().flatten().copied().collect();
        all.sort_unstable();
        assert_eq!(all, (0..a.places.len()).collect::<Vec<_>>());
        assert!(groups.windows(2).all(|w| w[0].len() >= w[1].len()));
        // Every tie stays inside one group.
        for l in &a.links {
            assert!(groups
                .iter()
                .any(|g| g.contains(&l.cn) && g.contains(&l.partner)));
        }
    }

    #[test]
    fn sine_and_cosine_are_close_to_the_library() {
        for i in 0..400 {
            let x = i as f32 * 0.173;
            let (s, c) = sin_cos(x);
            assert!(
                (s - x.sin()).abs() < 1e-5 && (c - x.cos()).abs() < 1e-5,
                "{x}"
            );
        }
    }

    #[test]
    fn packed_groups_do_not_overlap() {
        let square = |s: f32| vec![[0.0, 0.0], [s, 0.0], [0.0, s], [s, s]];
        let groups: Vec<_> = [10.0, 4.0, 4.0, 2.0, 1.0, 1.0, 1.0].map(square).into();
        let packed = pack(groups, 1.0);
        let discs: Vec<_> = packed.iter().map(|g| disc(g, 0.5)).collect();
        assert_eq!(discs[0].0, [0.0, 0.0]);
        for (i, a) in discs.iter().enumerate() {
            for b in &discs[i + 1..] {
                let d = ((a.0[0] - b.0[0]).powi(2) + (a.0[1] - b.0[1]).powi(2)).sqrt();
                assert!(d + 1e-3 >= a.1 + b.1, "{a:?} {b:?}");
            }
        }
        // Shapes are moved, not changed.
        assert_eq!(packed[1][1][0] - packed[1][0][0], 4.0);
    }
}
