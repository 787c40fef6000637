//! The network layer's scene: ties, places, labels, sampling and the timeline's year.

use super::*;
use crate::dataset::Dataset;
use crate::scene::testing::{count, Setup};
use crate::scene::{build_overlay, Label};
use crate::view::Viewport;

fn network(s: &mut Setup) -> Scene {
    let input = s.input();
    build_network(&input, &drawn_links(&input))
}

#[test]
fn every_tie_and_place_once_with_labels() {
    let mut s = Setup::new();
    let n = network(&mut s);
    assert_eq!(count(&n, |x| matches!(x, Shape::Quad(..))), 4);
    assert_eq!(count(&n, |x| matches!(x, Shape::Circle(..))), 6);
    assert!(n.labels.iter().any(|l| l.text == "Tianjin"));
    assert_eq!(n.sampling, None);
}

#[test]
fn off_screen_ties_and_places_are_culled() {
    let mut s = Setup::new();
    s.view.camera.center = [-1000.0, 500.0];
    let input = s.input();
    assert!(drawn_links(&input).links.is_empty());
    assert_eq!(network(&mut s).shape_count(), 0);
}

#[test]
fn filters_remove_ties_and_lonely_places() {
    let mut s = Setup::new();
    s.view.filters.countries[Country::JP] = false;
    s.view.filters.countries[Country::KR] = false;
    let n = network(&mut s);
    assert_eq!(count(&n, |x| matches!(x, Shape::Circle(..))), 2);
    assert_eq!(count(&n, |x| matches!(x, Shape::Quad(..))), 1);
}

#[test]
fn a_selection_dims_the_ties() {
    let mut s = Setup::new();
    let plain = network(&mut s);
    s.select("cn-tianjin");
    let dimmed = network(&mut s);
    let alpha = |sc: &Scene| sc.batches[0].style.stroke.map(|c| c.3);
    assert_eq!((alpha(&plain), alpha(&dimmed)), (Some(150), Some(45)));
}

#[test]
fn large_networks_are_sampled_deterministically() {
    let data = Dataset::new(crate::synthetic::network(40_000, 42), Vec::new()).unwrap();
    let mut s = Setup::with(data, Viewport::new(1200.0, 700.0, 1.0));
    let input = s.input();
    let drawn = drawn_links(&input);
    let Sampling {
        drawn: n,
        on_screen,
    } = drawn.sampling.unwrap();
    assert_eq!(on_screen, 40_000);
    assert!(
        (n as f64 - LINK_BUDGET as f64).abs() < LINK_BUDGET as f64 * 0.05,
        "{n}"
    );
    assert_eq!(drawn.links.len(), n);
    let scene = build_network(&input, &drawn);
    assert_eq!(count(&scene, |x| matches!(x, Shape::Quad(..))), n);
    assert_eq!(scene.sampling, drawn.sampling);
    // Zoomed in, fewer ties are on screen and every one of them is drawn.
    s.view.camera.scale *= 40.0;
    let input = s.input();
    let near = drawn_links(&input);
    assert_eq!(near.sampling, None);
    assert!(!near.links.is_empty());
}

#[test]
fn base_labels_keep_clear_of_the_selection_labels() {
    let mut s = Setup::new();
    s.select("cn-tianjin");
    let over = build_overlay(&s.input());
    let base = network(&mut s);
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
fn labels_keep_off_the_boxes_the_controls_cover() {
    let overlaps =
        |r: [f32; 4], q: [f32; 4]| r[0] < q[2] && q[0] < r[2] && r[1] < q[3] && q[1] < r[3];
    let mut s = Setup::new();
    s.select("cn-tianjin");
    let before: Vec<[f32; 4]> = network(&mut s)
        .labels
        .iter()
        .chain(&build_overlay(&s.input()).labels)
        .map(Label::rect)
        .collect();
    // A box over some of the labels the map drew without it.
    let hit = before[0];
    let cover = [hit[0] - 4.0, hit[1] - 4.0, hit[2] + 4.0, hit[3] + 4.0];
    s.view.covered = vec![cover];
    let base = network(&mut s);
    let over = build_overlay(&s.input());
    assert!(base.labels.len() + over.labels.len() >= before.len() / 2);
    for l in base.labels.iter().chain(&over.labels) {
        assert!(!overlaps(l.rect(), cover), "{} under a control", l.text);
    }
}

#[test]
fn on_the_timeline_the_ties_of_its_year_stand_out() {
    let mut s = Setup::new();
    let quads = |sc: &Scene| {
        sc.batches
            .iter()
            .map(|b| {
                (
                    b.style.stroke_width,
                    b.shapes
                        .iter()
                        .filter(|x| matches!(x, Shape::Quad(..)))
                        .count(),
                )
            })
            .filter(|&(_, n)| n > 0)
            .collect::<Vec<_>>()
    };
    let before = quads(&network(&mut s));
    s.view.filters.year = Some(1973);
    let input = s.input();
    let drawn = drawn_links(&input);
    let ties = quads(&build_ties(&input, &drawn.links));
    let places = quads(&build_places(&input, &drawn));
    // The ties layer draws Tianjin – Kobe (1973) and the undated Tianjin – Philadelphia alike
    // (the later ties are not yet made); the places layer draws Tianjin – Kobe again, wider,
    // under the markers.
    assert_eq!(ties.iter().map(|t| t.1).sum::<usize>(), 2, "{ties:?}");
    assert!(ties.iter().all(|&(w, _)| w == ties[0].0));
    assert_eq!(places.len(), 1, "{places:?}");
    assert_eq!(places[0].1, 1);
    assert!(places[0].0 > ties[0].0);
    assert!(before.len() >= 2 && ties.len() == 2, "{before:?} {ties:?}");
}

#[test]
fn a_selected_tie_leaves_its_two_ends_to_the_overlay() {
    let mut s = Setup::new();
    s.select("cn-tianjin~us-philadelphia");
    let base = network(&mut s);
    assert!(base
        .labels
        .iter()
        .all(|b| b.text != "Tianjin" && b.text != "Philadelphia"));
    assert!(base.labels.iter().any(|b| b.text == "Shanghai"));
}

#[test]
fn a_year_of_thousands_of_ties_stands_out_by_a_stable_sample() {
    let data = Dataset::new(crate::synthetic::network(40_000, 42), Vec::new()).unwrap();
    let mut s = Setup::with(data, Viewport::new(1200.0, 700.0, 1.0));
    s.view.filters.year = Some(2000);
    let input = s.input();
    let drawn = drawn_links(&input);
    let of_year = (drawn.links.iter())
        .filter(|l| input.atlas().links[l.0].date.map(|d| d.year) == Some(2000))
        .count();
    // More than the 300 that stand out at most.
    assert!(of_year > 300, "{of_year}");
    let list = place_markers(&input);
    let fresh = count(&build_labels(&input, &drawn, &list), |x| {
        matches!(x, Shape::Quad(..))
    });
    assert!((250..=350).contains(&fresh), "{fresh} of {of_year}");
    // The same sample every time.
    assert_eq!(
        count(&build_labels(&input, &drawn, &list), |x| matches!(
            x,
            Shape::Quad(..)
        )),
        fresh
    );
}

#[test]
fn a_tie_no_longer_in_force_is_dashed() {
    let data = Dataset::embedded().unwrap();
    let mut s = Setup::with(data, Viewport::new(1280.0, 800.0, 1.0));
    let input = s.input();
    let atlas = input.atlas();
    let id = |x: &str| atlas.places.iter().position(|p| p.id == x).unwrap();
    let tie = |a: &str, b: &str| {
        (atlas.links.iter())
            .position(|l| l.cn == id(a) && l.partner == id(b))
            .unwrap()
    };
    let drawn = drawn_links(&input);
    let pieces = |l: usize| {
        let one: Vec<_> = drawn.links.iter().filter(|d| d.0 == l).copied().collect();
        let quads = |s: &Scene| count(s, |x| matches!(x, Shape::Quad(..)));
        // Each tie is drawn once: with the places if its standing ever changes, else on the
        // ties layer.
        let (layer, places) = (build_ties(&input, &one), build_changing_ties(&input, &one));
        assert!(quads(&layer) == 0 || quads(&places) == 0);
        quads(&layer) + quads(&places)
    };
    // Carmel ended its tie with Xiangyang: a long curve in many dashes.
    assert!(pieces(tie("cn-xiangyang", "us-carmel-indiana")) > 20);
    // Tianjin – Kobe is in force: one stroke.
    assert_eq!(pieces(tie("cn-tianjin", "jp-kobe")), 1);
    // Suspended ties are dotted, disputed ones in long dashes: each its own pattern.
    let daegu = tie("cn-qingdao", "kr-daegu");
    let carmel = tie("cn-xiangyang", "us-carmel-indiana");
    assert_eq!(pieces(daegu), 1, "resumed since");
    s.view.filters.year = Some(2020);
    let input = s.input();
    let drawn = drawn_links(&input);
    let at_2020 = |l: usize| {
        let one: Vec<_> = drawn.links.iter().filter(|d| d.0 == l).copied().collect();
        count(&build_changing_ties(&input, &one), |x| {
            matches!(x, Shape::Quad(..))
        })
    };
    // Suspended in 2016 and not yet resumed in 2020; Carmel's tie still in force then.
    assert!(at_2020(daegu) > 3, "{}", at_2020(daegu));
    assert_eq!(at_2020(carmel), 1);
    let patterns: Vec<_> = Standing::ALL.iter().map(|&s| dash_pattern(s)).collect();
    assert_eq!(patterns[0], None);
    assert_ne!(patterns[1], patterns[2]);
    assert_ne!(patterns[2], patterns[3]);
    assert_ne!(patterns[1], patterns[3]);
}
