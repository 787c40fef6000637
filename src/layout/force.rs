//! The network layout: a seeded force simulation in the manner of d3-force. Ties pull their two
//! places to a set distance, every place pushes every other away (Barnes–Hut, see
//! [`QuadTree`]), and a weak pull to the middle keeps the many small groups of places near the
//! big one. Hubs end up in the middle of their partners, clusters apart, and places tied to
//! several hubs between them.
//!
//! It starts from the map (places keep roughly their side of the Pacific, which also makes the
//! morph between the two views easy to follow); places without coordinates start at seeded
//! random points. Only `+ - * /` and square roots are used, so a seed gives the same positions on
//! every machine.

use super::quadtree::QuadTree;
use super::Layout;
use crate::model::Atlas;
use crate::synthetic::Mulberry32;

/// The seed of the network view.
pub const SEED: u32 = 7;

/// Rest length of a tie and the push between two places (layout units).
const LINK_DISTANCE: f32 = 4.0;
const CHARGE: f32 = -8.0;
/// Pushes from nearer than this count as from this far (no explosion of close pairs)…
const MIN_DISTANCE: f32 = 0.5;
/// …and places farther apart than this do not push each other: separate groups of places are
/// packed together by the pull to the middle instead of drifting far apart.
const MAX_DISTANCE: f32 = 24.0;
/// Cells seen under this angle act as one mass.
const THETA: f32 = 0.9;
/// The pull to the middle, stronger up and down than across, so the picture is wider than tall
/// like a screen.
const GRAVITY: [f32; 2] = [0.03, 0.06];
/// How much speed a place keeps from one step to the next.
const VELOCITY_KEEP: f32 = 0.6;
/// Steps for a small network; a large one takes fewer (see [`steps_for`]).
const STEPS: usize = 160;

/// The number of steps for `n` places: all of them up to a few thousand places, then fewer so
/// that large synthetic networks are laid out in about a second.
fn steps_for(n: usize) -> usize {
    (STEPS * 4000 / n.max(1)).clamp(40, STEPS)
}

/// Every place at its position in the network of `atlas`'s ties; the same atlas and seed give
/// the same layout. Each group of places tied together (a connected component) is laid out on
/// its own, and the groups are then packed round the biggest (see [`super::pack`]).
pub fn network(atlas: &Atlas, seed: u32) -> Layout {
    let n = atlas.places.len();
    let mut rng = Mulberry32::new(seed);
    let start = start(atlas, &mut rng);
    let groups = super::pack::components(atlas);
    let degree: Vec<f32> = atlas.places.iter().map(|p| p.degree() as f32).collect();
    let mut local = vec![0usize; n];
    let mut laid = Vec::with_capacity(groups.len());
    for group in &groups {
        for (k, &p) in group.iter().enumerate() {
            local[p] = k;
        }
        // Each tie once: from its Chinese end.
        let edges: Vec<(usize, usize)> = group
            .iter()
            .flat_map(|&p| atlas.places[p].links.iter().map(move |&l| (p, l)))
            .map(|(p, l)| (p, &atlas.links[l]))
            .filter(|(p, l)| l.cn == *p)
            .map(|(_, l)| (local[l.cn], local[l.partner]))
            .collect();
        let pos: Vec<[f32; 2]> = group.iter().map(|&p| start[p]).collect();
        let deg: Vec<f32> = group.iter().map(|&p| degree[p]).collect();
        laid.push(simulate(pos, &edges, &deg));
    }
    let mut out = vec![None; n];
    for (group, pos) in groups.iter().zip(super::pack::pack(laid, LINK_DISTANCE)) {
        for (&p, w) in group.iter().zip(pos) {
            out[p] = Some(w);
        }
    }
    Layout { pos: out }
}

/// Runs the simulation of one group of places from `pos`; `edges` join indexes into it.
fn simulate(mut pos: Vec<[f32; 2]>, edges: &[(usize, usize)], degree: &[f32]) -> Vec<[f32; 2]> {
    let n = pos.len();
    if n < 3 {
        // One place, or two at the rest length of their tie (across, as screens are wide).
        let c = pos[0];
        return match n {
            2 => vec![c, [c[0] + LINK_DISTANCE, c[1]]],
            _ => pos,
        };
    }
    let mut vel = vec![[0.0f32; 2]; n];
    // The group's own middle is where it is pulled.
    let mid = crate::geometry::centroid(&pos).unwrap_or([0.0; 2]);
    let steps = steps_for(n);
    let decay = cooling(steps);
    let mut alpha = 1.0f32;
    let mut stack = Vec::new();
    for _ in 0..steps {
        alpha -= alpha * decay;
        pull_ties(edges, degree, &pos, &mut vel, alpha);
        push_apart(&pos, &mut vel, alpha, &mut stack);
        for (p, v) in pos.iter_mut().zip(vel.iter_mut()) {
            for k in 0..2 {
                v[k] -= (p[k] - mid[k]) * GRAVITY[k] * alpha;
                v[k] *= VELOCITY_KEEP;
                p[k] += v[k];
            }
        }
    }
    pos
}

/// The share of its heat the simulation loses at each of `steps` steps, so that it cools from 1
/// to 0.001 over them (as d3-force does); found by halving rather than with `powf`, whose last
/// bits may differ between machines.
fn cooling(steps: usize) -> f32 {
    let (mut lo, mut hi) = (0.0f32, 1.0f32);
    for _ in 0..40 {
        let d = (lo + hi) / 2.0;
        let left = (0..steps).fold(1.0f32, |a, _| a * (1.0 - d));
        if left > 0.001 {
            lo = d;
        } else {
            hi = d;
        }
    }
    (lo + hi) / 2.0
}

/// Where each place starts: its map position brought to the layout's scale (a place tied to
/// others is about [`LINK_DISTANCE`] from them), with a little seeded jitter so that places at
/// one point part; places without coordinates at seeded random points.
fn start(atlas: &Atlas, rng: &mut Mulberry32) -> Vec<[f32; 2]> {
    // Degrees east of the 180th meridian and south: the map without its projection's cosine
    // (plain arithmetic, the same on every machine).
    let geo = Layout {
        pos: atlas
            .places
            .iter()
            .map(|p| {
                p.coord
                    .map(|(lat, lon)| [(lon.rem_euclid(360.0) - 180.0) as f32, -lat as f32])
            })
            .collect(),
    };
    let b = geo.bounds().unwrap_or([-1.0, -1.0, 1.0, 1.0]);
    let centre = [(b[0] + b[2]) / 2.0, (b[1] + b[3]) / 2.0];
    let span = (b[2] - b[0]).max(b[3] - b[1]).max(1e-3);
    // The network's width grows like the square root of its size.
    let width = LINK_DISTANCE * 3.0 * (atlas.places.len() as f32).sqrt();
    let k = width / span;
    geo.pos
        .iter()
        .map(|p| {
            let (jx, jy) = (rng.next_f64() as f32 - 0.5, rng.next_f64() as f32 - 0.5);
            match p {
                Some(w) => [
                    (w[0] - centre[0]) * k + jx * 0.1,
                    (w[1] - centre[1]) * k + jy * 0.1,
                ],
                None => [jx * width, jy * width * 0.5],
            }
        })
        .collect()
}

/// Each tie pulls its ends towards [`LINK_DISTANCE`]; the end with fewer ties moves more, and
/// ties of busy places pull more gently (as d3's link force).
fn pull_ties(
    edges: &[(usize, usize)],
    degree: &[f32],
    pos: &[[f32; 2]],
    vel: &mut [[f32; 2]],
    alpha: f32,
) {
    for &(s, t) in edges {
        if s == t {
            continue;
        }
        let d = [
            pos[t][0] + vel[t][0] - pos[s][0] - vel[s][0],
            pos[t][1] + vel[t][1] - pos[s][1] - vel[s][1],
        ];
        let len = (d[0] * d[0] + d[1] * d[1]).sqrt().max(1e-3);
        let strength = 1.0 / degree[s].min(degree[t]).max(1.0);
        let l = (len - LINK_DISTANCE) / len * alpha * strength;
        let bias = degree[s] / (degree[s] + degree[t]).max(1.0);
        for k in 0..2 {
            vel[t][k] -= d[k] * l * bias;
            vel[s][k] += d[k] * l * (1.0 - bias);
        }
    }
}

/// Every place pushes every other away, with a strength falling with distance.
fn push_apart(pos: &[[f32; 2]], vel: &mut [[f32; 2]], alpha: f32, stack: &mut Vec<usize>) {
    let tree = QuadTree::new(pos);
    let min2 = MIN_DISTANCE * MIN_DISTANCE;
    let max2 = MAX_DISTANCE * MAX_DISTANCE;
    for (i, p) in pos.iter().enumerate() {
        let mut f = [0.0f32; 2];
        tree.visit(i as u32, *p, THETA, stack, |m, count| {
            let d = [m[0] - p[0], m[1] - p[1]];
            let l2 = d[0] * d[0] + d[1] * d[1];
            if l2 > max2 {
                return;
            }
            let w = CHARGE * count * alpha / l2.max(min2);
            f[0] += d[0] * w;
            f[1] += d[1] * w;
        });
        vel[i][0] += f[0];
        vel[i][1] += f[1];
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::distance;
    use crate::model::testing::fixture;

    #[test]
    fn the_same_seed_gives_the_same_layout_and_another_seed_another() {
        let a = fixture();
        assert_eq!(network(&a, SEED), network(&a, SEED));
        assert_ne!(network(&a, SEED), network(&a, SEED + 1));
    }

    #[test]
    fn cooling_ends_at_a_thousandth() {
        for steps in [40, 160] {
            let left = (0..steps).fold(1.0f32, |a, _| a * (1.0 - cooling(steps)));
            assert!((left - 0.001).abs() < 1e-5, "{steps}: {left}");
        }
    }

    #[test]
    fn every_place_gets_a_position_even_without_coordinates() {
        let mut a = fixture();
        a.places[0].coord = None;
        let l = network(&a, SEED);
        assert_eq!(l.pos.len(), a.places.len());
        assert!(l
            .pos
            .iter()
            .flatten()
            .all(|p| p[0].is_finite() && p[1].is_finite()));
        assert!(l.pos.iter().all(Option::is_some));
    }

    /// The layout pinned: `tests/golden/network-layout.csv` holds every place's position
    /// (rounded to a hundredth) in the seeded synthetic network of 400 ties, which does not
    /// change with the data; `UPDATE_GOLDEN=1` accepts a new one.
    #[test]
    fn the_layout_matches_its_snapshot() {
        let a = crate::synthetic::network(400, 42);
        let l = network(&a, SEED);
        let mut text = String::from("id,x,y\n");
        for (p, w) in a.places.iter().zip(&l.pos) {
            let w = w.unwrap();
            text += &format!("{},{:.2},{:.2}\n", p.id, w[0], w[1]);
        }
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/golden/network-layout.csv");
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&path, &text).unwrap();
        }
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        let diff = want.lines().zip(text.lines()).find(|(a, b)| a != b);
        assert!(
            want == text,
            "the network layout moved (first difference {diff:?}); after review accept it with \
             UPDATE_GOLDEN=1 cargo test --lib layout"
        );
    }

    #[test]
    fn partners_sit_closer_than_strangers() {
        let d = crate::dataset::Dataset::embedded().unwrap();
        let a = d.atlas();
        let l = network(a, SEED);
        let at = |p: usize| l.pos[p].unwrap();
        let tied: f32 = a
            .links
            .iter()
            .map(|t| distance(at(t.cn), at(t.partner)))
            .sum::<f32>()
            / a.links.len() as f32;
        let n = a.places.len();
        let any: f32 = (0..n)
            .map(|i| distance(at(i), at((i * 7 + 13) % n)))
            .sum::<f32>()
            / n as f32;
        assert!(tied * 4.0 < any, "tied {tied} any {any}");
        // No two places on top of each other.
        let mut pts: Vec<[f32; 2]> = (0..n).map(at).collect();
        pts.sort_by(|p, q| p[0].total_cmp(&q[0]).then(p[1].total_cmp(&q[1])));
        assert!(pts.windows(2).all(|w| w[0] != w[1]));
    }
}
