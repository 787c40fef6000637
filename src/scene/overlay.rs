//! The overlay layer: the selected place or tie (dark) and the hovered one (amber), with their
//! ties, partners and labels. Cheap enough to redraw on every pointer move.

use super::network::push_tie;
use super::{palette, Batch, Label, Rgba, Scene, SceneInput, Shape, Style};
use crate::details::label_text;
use crate::labels::{self, Candidate};
use crate::model::{Country, Item};

/// One highlight: its ring colour, label priority and whether partners are named too.
struct Highlight {
    item: Item,
    ring: Rgba,
    priority: f32,
    name_partners: bool,
}

pub fn build_overlay(input: &SceneInput<'_>) -> Scene {
    let mut scene = Scene::new(input.view.vp, None);
    let mut candidates = Vec::new();
    let selection = input.selection();
    // The selection names its partners; a hover only its own place (the tooltip says the rest):
    // hover feedback stays cheap and the picture calm while the pointer moves.
    let mut highlights = Vec::new();
    if let Some(item) = selection {
        highlights.push(Highlight {
            item,
            ring: palette::SELECT,
            priority: 2.0,
            name_partners: true,
        });
    }
    if let Some(item) = input.hover().filter(|h| Some(*h) != selection) {
        highlights.push(Highlight {
            item,
            ring: palette::HOVER,
            priority: 1.0,
            name_partners: false,
        });
    }
    for h in &highlights {
        match h.item {
            Item::Place(p) => place_highlight(input, p, h, &mut scene, &mut candidates),
            Item::Link(l) => link_highlight(input, l, h, &mut scene, &mut candidates),
        }
    }
    // A region rolled up, hovered or selected.
    let atlas = input.atlas();
    let regions = [(&input.view.selection, false), (&input.view.hover, true)]
        .map(|(t, hover)| t.as_ref().and_then(|t| t.region(atlas)).map(|r| (r, hover)));
    if regions.iter().any(Option::is_some) {
        if let Some(r) = super::rollup::rolled_up(input) {
            for (region, hover) in regions.into_iter().flatten() {
                scene = scene.stack(super::rollup::region_highlight(input, &r, region, hover));
            }
        }
    }
    let vp = input.view.vp;
    let covered = &input.view.covered;
    scene.labels = labels::layout(candidates, vp.width, vp.height, covered, &[], 400)
        .into_iter()
        .map(|p| Label {
            bold: p.size > 13.0,
            text: p.text,
            origin: p.origin,
            size: p.size,
            color: palette::TEXT,
            place: p.place,
        })
        .collect();
    scene
}

/// A place ringed, its shown ties drawn in full colour and its partners ringed (and named).
fn place_highlight(
    input: &SceneInput<'_>,
    p: usize,
    h: &Highlight,
    scene: &mut Scene,
    candidates: &mut Vec<Candidate>,
) {
    let Some(ps) = input.screen(p) else { return };
    let atlas = input.atlas();
    let mut links: Vec<Batch> = Country::PARTNERS
        .iter()
        .map(|&c| Batch::new(Style::stroke(palette::country(c), 1.6)))
        .collect();
    let mut rings = Batch::new(Style::stroke(h.ring.with_alpha(200), 1.5));
    for &li in &atlas.places[p].links {
        if !input.drawn_link(li) {
            continue;
        }
        let Some(curve) = input.curve(li) else {
            continue;
        };
        let [a, _, b] = curve;
        let o = atlas.other_end(li, p);
        let os = if atlas.links[li].cn == o { a } else { b };
        let k = Country::PARTNERS
            .iter()
            .position(|&c| c == atlas.link_country(li))
            .unwrap_or(0);
        push_tie(&mut links[k].shapes, input, li, curve);
        let r = input.radius(o) + 1.5;
        rings.shapes.push(Shape::Circle(os, r));
        if h.name_partners {
            candidates.push(Candidate {
                text: label_text(atlas, o),
                at: os,
                gap: r,
                size: 12.0,
                priority: h.priority + input.prominence(o) / 1000.0,
                place: Some(o),
            });
        }
    }
    scene.push_batches(links);
    scene.batches.push(rings);
    let r = input.radius(p) + 3.0;
    let mut own = Batch::new(Style::both(palette::HALO.with_alpha(90), h.ring, 2.5));
    own.shapes.push(Shape::Circle(ps, r));
    scene.batches.push(own);
    candidates.push(Candidate {
        text: label_text(atlas, p),
        at: ps,
        gap: r,
        size: 14.0,
        priority: h.priority + 10.0,
        place: Some(p),
    });
}

/// One tie: its curve, both ends ringed and named.
fn link_highlight(
    input: &SceneInput<'_>,
    link: usize,
    h: &Highlight,
    scene: &mut Scene,
    candidates: &mut Vec<Candidate>,
) {
    let Some(shape) = input.curve(link) else {
        return;
    };
    let [a, _, b] = shape;
    let atlas = input.atlas();
    let l = &atlas.links[link];
    let mut curve = Batch::new(Style::stroke(
        palette::country(atlas.link_country(link)),
        3.0,
    ));
    push_tie(&mut curve.shapes, input, link, shape);
    scene.batches.push(curve);
    let mut rings = Batch::new(Style::both(palette::HALO.with_alpha(90), h.ring, 2.5));
    for (p, s) in [(l.cn, a), (l.partner, b)] {
        let r = input.radius(p) + 2.0;
        rings.shapes.push(Shape::Circle(s, r));
        candidates.push(Candidate {
            text: label_text(atlas, p),
            at: s,
            gap: r,
            size: 13.0,
            priority: h.priority + 10.0,
            place: Some(p),
        });
    }
    scene.batches.push(rings);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::testing::{count, Setup};

    fn texts(s: &Scene) -> Vec<&str> {
        s.labels.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn nothing_selected_nothing_drawn() {
        let mut s = Setup::new();
        let o = build_overlay(&s.input());
        assert_eq!(o.shape_count(), 0);
        assert!(o.labels.is_empty());
    }

    #[test]
    fn the_selection_shows_its_ties_and_names_its_partners() {
        let mut s = Setup::new();
        s.select("cn-tianjin");
        let o = build_overlay(&s.input());
        assert_eq!(count(&o, |x| matches!(x, Shape::Quad(..))), 3);
        let t = texts(&o);
        assert!(
            t.contains(&"Tianjin 天津市") && t.contains(&"Kobe 神戸市"),
            "{t:?}"
        );
        // The selected place's own ring is dark.
        assert_eq!(
            o.batches.last().unwrap().style.stroke,
            Some(palette::SELECT)
        );
    }

    #[test]
    fn filters_hide_ties_from_the_highlight_too() {
        let mut s = Setup::new();
        s.select("cn-tianjin");
        s.view.filters.countries[Country::US] = false;
        let o = build_overlay(&s.input());
        assert_eq!(count(&o, |x| matches!(x, Shape::Quad(..))), 2);
        assert!(!texts(&o).contains(&"Philadelphia"));
    }

    #[test]
    fn a_selected_tie_that_ended_is_highlighted_in_its_dashes() {
        let d = crate::dataset::Dataset::embedded().unwrap();
        let mut s = Setup::with(d, crate::view::Viewport::new(1280.0, 800.0, 1.0));
        s.select("cn-xiangyang~us-carmel-indiana");
        let o = build_overlay(&s.input());
        assert!(count(&o, |x| matches!(x, Shape::Quad(..))) > 20);
        // In 2023 it was still in force: one stroke.
        s.view.filters.year = Some(2023);
        let o = build_overlay(&s.input());
        assert_eq!(count(&o, |x| matches!(x, Shape::Quad(..))), 1);
    }

    #[test]
    fn a_tie_highlights_its_curve_and_names_both_ends() {
        let mut s = Setup::new();
        s.select("cn-tianjin~us-philadelphia");
        let o = build_overlay(&s.input());
        assert_eq!(count(&o, |x| matches!(x, Shape::Quad(..))), 1);
        assert_eq!(count(&o, |x| matches!(x, Shape::Circle(..))), 2);
        let t = texts(&o);
        assert!(
            t.contains(&"Tianjin 天津市") && t.contains(&"Philadelphia"),
            "{t:?}"
        );
    }

    #[test]
    fn hover_names_only_the_hovered_place_in_amber() {
        let mut s = Setup::new();
        s.hover("cn-tianjin");
        let o = build_overlay(&s.input());
        assert_eq!(texts(&o), ["Tianjin 天津市"]);
        assert_eq!(count(&o, |x| matches!(x, Shape::Quad(..))), 3);
        assert_eq!(o.batches.last().unwrap().style.stroke, Some(palette::HOVER));
    }

    #[test]
    fn hovering_the_selection_draws_it_once() {
        let mut s = Setup::new();
        s.select("jp-kobe");
        let once = build_overlay(&s.input());
        s.hover("jp-kobe");
        assert_eq!(build_overlay(&s.input()), once);
    }
}
