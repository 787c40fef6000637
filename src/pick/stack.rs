//! The places under the pointer, best first: what a click selects, and the others a chooser
//! offers where several are drawn on one spot (a district on its city, a city on the ring of its
//! province, two places at one point).

use super::Pointer;
use crate::dataset::SEAT_WITHIN;
use crate::scene::{node_radius, SceneInput};

/// A label on screen as a target: its box (CSS px) and the place it names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelBox {
    pub rect: [f32; 4],
    pub place: usize,
}

/// Most places a chooser lists; beyond them, the reader zooms in.
pub const CHOOSER_MAX: usize = 8;

/// The places a press at `at` (CSS px) means, best first, and how many more were under it
/// than the list holds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Stack {
    /// The places under the pointer (at most [`CHOOSER_MAX`]): on their marker or label, or
    /// inside a region's ring. When none is, the one place nearest within reach.
    pub places: Vec<usize>,
    /// Places under the pointer beyond the list.
    pub more: usize,
}

/// One place under or near the pointer.
#[derive(Debug, Clone, Copy)]
struct Found {
    place: usize,
    /// Distance (CSS px) from the pointer to the marker's ink (0 on it or on its label).
    gap: f32,
    /// How far (CSS px) the pointer is from where a reader aims at the marker: its centre, or
    /// for a ring its centre or (a little farther, as a stroke passing by is less often meant
    /// than a dot) its stroke; 0 on its label.
    aim: f32,
    /// For a ring with its capital's dot at its centre, the capital: the dot is what a press
    /// there means.
    capital: Option<usize>,
    /// Rank within a stack (see [`stack_at`]).
    score: f32,
    by_label: bool,
    ring: bool,
}

/// What a label on screen adds to a place's prominence in a stack: the reader sees its name.
const LABELLED: f32 = 1.0;

/// The shown seat at region `r`'s point, drawn inside its ring.
fn capital_of(input: &SceneInput<'_>, r: usize) -> Option<usize> {
    // Seats sit inside their region's ring on the map only.
    if input.view.blend > 0.0 {
        return None;
    }
    let w = input.data.position(r)?;
    let mut found = None;
    input.places_near(w, SEAT_WITHIN, |p, _| {
        if found.is_none() && input.data.is_seat(p) && input.drawn_place(p) {
            found = Some(p);
        }
    });
    found
}

/// The places under `at`: those whose marker or label the pointer is on (within the pointer's
/// precision) or whose ring holds it. Those the pointer aims at about equally (a few pixels
/// apart: drawn on one spot) form a stack, ordered by label, then by prominence (more for a
/// labelled place, less the farther its centre); a region gives way to the capital drawn at
/// its centre. The others under the pointer follow, nearer first. When no place is under the
/// pointer, the nearest within reach alone.
pub fn stack_at(
    input: &SceneInput<'_>,
    labels: &[LabelBox],
    at: [f32; 2],
    pointer: Pointer,
) -> Stack {
    let view = input.view;
    let scale = view.camera.scale;
    let w = view.camera.screen_to_world(at, view.vp);
    let reach = pointer.reach();
    // The biggest marker: a ring round the best-connected place.
    let biggest = node_radius(input.vis.max_degree, view.zoom()) + 4.0 + reach;
    let stroke_penalty = pointer.stack_width() + 0.5;
    let sizes = input.sizes();
    let mut found: Vec<Found> = Vec::new();
    input.places_near(w, biggest / scale, |p, d| {
        if !input.drawn_place(p) {
            return;
        }
        let d = d * scale;
        let m = input.marker_at(sizes, p);
        let gap = m.gap(d);
        if gap <= reach || m.holds(d) {
            found.push(Found {
                place: p,
                gap: if m.holds(d) { 0.0 } else { gap },
                aim: if m.ring {
                    // A stroke passing by counts less than a centre aimed at.
                    ((d - m.radius).abs() + stroke_penalty).min(d)
                } else {
                    d
                },
                capital: None,
                score: 0.0,
                by_label: false,
                ring: m.ring,
            });
        }
    });
    for l in labels {
        let [x0, y0, x1, y1] = l.rect;
        let on = at[0] >= x0 && at[0] <= x1 && at[1] >= y0 && at[1] <= y1;
        if !on || !input.vis.places.get(l.place).copied().unwrap_or(false) {
            continue;
        }
        match found.iter_mut().find(|f| f.place == l.place) {
            Some(f) => {
                f.gap = 0.0;
                f.aim = 0.0;
                f.by_label = true;
            }
            None => found.push(Found {
                place: l.place,
                gap: 0.0,
                aim: 0.0,
                capital: None,
                score: 0.0,
                by_label: true,
                ring: input.marker(l.place).ring,
            }),
        }
    }
    let precision = pointer.precision();
    // A press on a dot's very centre means that dot, even where a label runs over it.
    let on_centre = found
        .iter()
        .any(|f| !f.by_label && f.aim <= precision + 1.0 && !f.ring);
    if on_centre {
        for f in found.iter_mut().filter(|f| f.by_label) {
            f.by_label = false;
            f.aim = f.aim.max(precision + 1.0);
        }
    }
    let is_under = |f: &Found| f.gap <= precision;
    let (mut here, near): (Vec<Found>, Vec<Found>) = found.into_iter().partition(is_under);
    if here.is_empty() {
        // Nothing under the pointer: the nearest place within reach.
        let best = near
            .into_iter()
            .min_by(|a, b| a.gap.total_cmp(&b.gap).then(a.place.cmp(&b.place)));
        return Stack {
            places: best.map(|f| f.place).into_iter().collect(),
            more: 0,
        };
    }
    let mut labelled = vec![false; input.atlas().places.len()];
    for l in labels {
        if let Some(v) = labelled.get_mut(l.place) {
            *v = true;
        }
    }
    for f in &mut here {
        let labelled = labelled[f.place];
        f.score = input.prominence(f.place) + if labelled { LABELLED } else { 0.0 }
            - pointer.aim_weight() * f.aim;
        if f.ring {
            f.capital = capital_of(input, f.place);
        }
    }
    // A region ranks just after its capital.
    for i in 0..here.len() {
        let capital = here[i]
            .capital
            .and_then(|c| here.iter().find(|g| g.place == c).map(|g| g.score));
        if let Some(c) = capital {
            here[i].score = here[i].score.min(c - 0.01);
        }
    }
    let closest = here.iter().map(|f| f.aim).fold(f32::INFINITY, f32::min);
    let stacked = |f: &Found| f.aim <= closest + pointer.stack_width();
    // Within the stack: a label pointed at first, then by score.
    let order = |a: &Found, b: &Found| {
        stacked(b)
            .cmp(&stacked(a))
            .then_with(|| {
                if stacked(a) {
                    b.by_label
                        .cmp(&a.by_label)
                        .then(b.score.total_cmp(&a.score))
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .then(a.aim.total_cmp(&b.aim))
            .then(a.place.cmp(&b.place))
    };
    // The best few, best first (a handful of passes: the list is short).
    let more = here.len().saturating_sub(CHOOSER_MAX);
    let mut places = Vec::with_capacity(here.len().min(CHOOSER_MAX));
    while places.len() < CHOOSER_MAX {
        let Some(best) = (0..here.len()).min_by(|&a, &b| order(&here[a], &here[b])) else {
            break;
        };
        places.push(here.swap_remove(best).place);
    }
    Stack { places, more }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Dataset;
    use crate::scene::testing::Setup;
    use crate::view::{Viewport, ZOOM_RANGE};

    fn embedded(vp: Viewport) -> Setup {
        Setup::with(Dataset::embedded().unwrap(), vp)
    }

    /// Centres the view on place `p` at relative zoom `z`.
    fn look_at(s: &mut Setup, p: usize, z: f32) {
        let w = s.data.position(p).unwrap();
        s.view.camera.scale = s.view.home_scale * z;
        s.view.camera.center = w;
    }

    #[test]
    fn every_place_can_be_reached_by_a_click_and_by_the_keyboard_at_some_zoom() {
        let mut s = embedded(Viewport::new(1280.0, 800.0, 1.0));
        let n = s.data.atlas().places.len();
        let mut zooms = vec![1.0];
        while zooms[zooms.len() - 1] * 2.0 < ZOOM_RANGE.1 {
            zooms.push(zooms[zooms.len() - 1] * 2.0);
        }
        zooms.push(ZOOM_RANGE.1);
        let mut unreachable = Vec::new();
        let mut first_at = vec![0usize; zooms.len()];
        for p in 0..n {
            if s.data.position(p).is_none() {
                continue;
            }
            // A click at its marker; the keyboard's Enter at the crosshair, with the place
            // brought under it (Enter picks as a finger does).
            let reached = zooms.iter().position(|&z| {
                look_at(&mut s, p, z);
                let input = s.input();
                let at = input.screen(p).unwrap();
                let by = |pointer| stack_at(&input, &[], at, pointer).places.contains(&p);
                by(Pointer::Mouse) && by(Pointer::Touch)
            });
            match reached {
                Some(k) => first_at[k] += 1,
                None => unreachable.push(s.data.atlas().places[p].id.clone()),
            }
        }
        assert!(
            unreachable.is_empty(),
            "never under a click: {unreachable:?}"
        );
        // Most places are reached in the whole view already.
        assert!(first_at[0] * 10 > n * 8, "{first_at:?}");
    }

    /// What a mouse click at place `id`'s centre selects first, and lists.
    fn click(s: &mut Setup, id: &str, pointer: Pointer, drift: [f32; 2]) -> (String, Vec<String>) {
        let input = s.input();
        let atlas = input.atlas();
        let p = atlas.index_of(id).unwrap();
        let at = input.screen(p).unwrap();
        let st = stack_at(&input, &[], [at[0] + drift[0], at[1] + drift[1]], pointer);
        let ids: Vec<String> = st
            .places
            .iter()
            .map(|&q| atlas.places[q].id.clone())
            .collect();
        (ids.first().cloned().unwrap_or_default(), ids)
    }

    const FAMOUS: [&str; 15] = [
        "kr-busan",
        "cn-shanghai",
        "cn-beijing",
        "jp-tokyo",
        "cn-nanjing",
        "jp-kobe",
        "us-new-york-city",
        "us-honolulu",
        "us-boston",
        "us-los-angeles",
        "jp-sapporo",
        "kr-daegu",
        "kr-daejeon",
        "kr-seoul",
        "cn-tianjin",
    ];

    #[test]
    fn a_click_on_a_well_known_place_gets_that_place_not_a_neighbour() {
        // The whole view, where each of these shares its spot with districts, its province's
        // ring or neighbouring towns; then zoomed in on each.
        let mut s = embedded(Viewport::new(1280.0, 800.0, 1.0));
        for id in FAMOUS {
            assert_eq!(click(&mut s, id, Pointer::Mouse, [0.0, 0.0]).0, id);
        }
        for id in FAMOUS {
            let p = s.data.atlas().index_of(id).unwrap();
            look_at(&mut s, p, 8.0);
            assert_eq!(click(&mut s, id, Pointer::Mouse, [0.0, 0.0]).0, id, "at 8×");
        }
    }

    #[test]
    fn a_region_is_its_ring_and_its_capital_the_dot_inside() {
        let mut s = embedded(Viewport::new(1280.0, 800.0, 1.0));
        for (region, capital) in [
            ("cn-jiangsu", "cn-nanjing"),
            ("jp-hyogo-prefecture", "jp-kobe"),
            ("us-hawaii", "us-honolulu"),
            ("jp-hokkaido", "jp-sapporo"),
        ] {
            let r = s.data.atlas().index_of(region).unwrap();
            look_at(&mut s, r, 8.0);
            let (first, listed) = click(&mut s, region, Pointer::Mouse, [0.0, 0.0]);
            assert_eq!(first, capital);
            assert!(listed.iter().any(|l| l == region), "{listed:?}");
            // On the ring's stroke, on a side where no other town is drawn.
            let ring = s.input().marker(r).radius;
            let sides = [[0.0, -ring], [ring, 0.0], [0.0, ring], [-ring, 0.0]];
            let hits = sides
                .iter()
                .filter(|&&d| click(&mut s, region, Pointer::Mouse, d).0 == region)
                .count();
            assert!(hits >= 2, "{region}: {hits} of 4 sides");
        }
    }

    #[test]
    fn a_finger_with_drift_still_lists_the_place_it_meant() {
        // A phone (360 × 640) zoomed in on the place: in the whole view 10 px is the distance
        // from Korea to Japan, at 16× from Kobe to Osaka, so a finger 10 px off means another
        // place until the map is zoomed in that far. A tap 10 px off in three directions.
        let mut s = embedded(Viewport::new(360.0, 640.0, 3.0));
        let mut missed = Vec::new();
        for id in FAMOUS {
            let p = s.data.atlas().index_of(id).unwrap();
            look_at(&mut s, p, 64.0);
            for drift in [[10.0, 0.0], [0.0, 10.0], [-7.0, -7.0]] {
                let (_, listed) = click(&mut s, id, Pointer::Touch, drift);
                if !listed.iter().any(|l| l == id) {
                    missed.push(format!("{id} {drift:?}: {listed:?}"));
                }
            }
        }
        assert!(missed.is_empty(), "{missed:#?}");
    }

    #[test]
    fn a_label_pointed_at_picks_its_place_over_the_dot_beneath() {
        let mut s = embedded(Viewport::new(1280.0, 800.0, 1.0));
        let input = s.input();
        let atlas = input.atlas();
        let (tianjin, busan) = (
            atlas.index_of("cn-tianjin").unwrap(),
            atlas.index_of("kr-busan").unwrap(),
        );
        // A label of Tianjin drawn over Busan's marker (as if it had been placed there).
        let at = input.screen(busan).unwrap();
        let label = LabelBox {
            rect: [at[0] - 20.0, at[1] - 6.0, at[0] + 20.0, at[1] + 6.0],
            place: tianjin,
        };
        let st = stack_at(&input, &[label], at, Pointer::Mouse);
        assert_eq!(st.places[0], tianjin);
        assert!(st.places.contains(&busan));
        // Away from every marker, the label alone answers.
        let far = [5.0, 5.0];
        let label = LabelBox {
            rect: [0.0, 0.0, 40.0, 12.0],
            place: tianjin,
        };
        assert_eq!(
            stack_at(&input, &[label], far, Pointer::Mouse).places,
            [tianjin]
        );
        assert!(stack_at(&input, &[], far, Pointer::Mouse).places.is_empty());
    }
}
