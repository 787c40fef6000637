//! The places of the network: their markers (a layer of their own, which a picture that only
//! adds ties can grow, see [`super::MarkersMemo`]), and over them the ties of the timeline's year
//! and the labels.

use super::{kind_slot, tie_kinds, DrawnLinks};
use crate::labels::{self, Candidate, Obstacle};
use crate::model::{Country, Item, Tier};
use crate::scene::style::{in_subsample, link_width};
use crate::scene::{
    build_overlay, palette, Batch, Label, Marker, Rgba, Scene, SceneInput, Shape, Style, RING_WIDTH,
};

/// Most ties of the timeline's year drawn standing out.
const FRESH_BUDGET: usize = 300;

/// A place's marker on screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlaceMarker {
    pub place: usize,
    pub at: [f32; 2],
    pub marker: Marker,
}

/// The markers of the places the filters let through and the screen shows, bigger first (so
/// that small ones stay visible), in the order they are drawn.
pub fn place_markers(input: &SceneInput<'_>) -> Vec<PlaceMarker> {
    let vp = input.view.vp;
    let order: Vec<usize> = (0..input.atlas().places.len())
        .filter(|&p| input.drawn_place(p))
        .collect();
    let order = crate::num::sort_by_rank(order, |&p| crate::num::desc(input.vis.degree[p]));
    let sizes = input.sizes();
    order
        .into_iter()
        .filter_map(|p| {
            let at = input.screen(p)?;
            let marker = input.marker_at(sizes, p);
            let r = marker.outer();
            let off = at[0] < -r || at[1] < -r || at[0] > vp.width + r || at[1] > vp.height + r;
            (!off).then_some(PlaceMarker {
                place: p,
                at,
                marker,
            })
        })
        .collect()
}

/// The markers of `list`: region rings first, then dots, one batch per country and shape;
/// faint when something is selected.
pub fn build_markers(input: &SceneInput<'_>, list: &[PlaceMarker]) -> Scene {
    let mut scene = Scene::new(input.view.vp, None);
    let dim = input.view.selection.is_some();
    let fill_alpha = if dim { 110 } else { 235 };
    let batches = |style: &dyn Fn(Rgba) -> Style| -> Vec<Batch> {
        Country::ALL
            .iter()
            .map(|&c| Batch::new(style(palette::country(c))))
            .collect()
    };
    let mut rings = batches(&|c| {
        Style::both(
            c.with_alpha(if dim { 14 } else { 28 }),
            c.with_alpha(fill_alpha),
            RING_WIDTH,
        )
    });
    let mut dots = batches(&|c| Style::both(c.with_alpha(fill_alpha), palette::NODE_EDGE, 0.8));
    let atlas = input.atlas();
    for pm in list {
        let country = atlas.places[pm.place].country;
        let slot = Country::ALL.iter().position(|&c| c == country).unwrap_or(0);
        let batch = if pm.marker.ring {
            &mut rings
        } else {
            &mut dots
        };
        batch[slot]
            .shapes
            .push(Shape::Circle(pm.at, pm.marker.radius));
    }
    scene.push_batches(rings);
    scene.push_batches(dots);
    scene
}

/// Over the markers of `list`: the ties of the timeline's year standing out (opaque and wider,
/// with the markers of their ends drawn again over them) and the labels, laid out around the
/// markers, the selection's labels and the page's controls.
pub fn build_labels(input: &SceneInput<'_>, drawn: &DrawnLinks, list: &[PlaceMarker]) -> Scene {
    let atlas = input.atlas();
    let view = input.view;
    let vp = view.vp;
    let mut scene = Scene::new(vp, None);
    scene.sampling = drawn.sampling;
    let dim = view.selection.is_some();
    // While the places move between the map and the network, their names would only flicker.
    if view.morph.is_some() {
        return scene;
    }

    if let Some(year) = view.filters.year {
        let kinds = tie_kinds();
        let zoom = view.zoom();
        let mut fresh: Vec<Batch> = kinds
            .iter()
            .map(|&(c, heavy)| {
                Batch::new(Style::stroke(
                    palette::country(c),
                    link_width(heavy, zoom, vp.dpr) * 2.0 + 1.0,
                ))
            })
            .collect();
        let of_year = |i: usize| atlas.links[i].date.map(|d| d.year) == Some(year);
        let count = drawn.links.iter().filter(|l| of_year(l.0)).count();
        let mut ends = vec![false; atlas.places.len()];
        for &(i, curve) in &drawn.links {
            // Beyond a budget a stable sample stands out: a thousand wide strokes say no more
            // than a few hundred, and cost a frame to raster.
            if !of_year(i) || (count > FRESH_BUDGET && !in_subsample(i, FRESH_BUDGET, count)) {
                continue;
            }
            let l = &atlas.links[i];
            if let Some(k) = kind_slot(input, &kinds, i) {
                super::push_tie(&mut fresh[k].shapes, input, i, curve);
            }
            ends[l.cn] = true;
            ends[l.partner] = true;
        }
        scene.push_batches(fresh);
        let ends: Vec<PlaceMarker> = list.iter().filter(|m| ends[m.place]).copied().collect();
        scene.batches.extend(build_markers(input, &ends).batches);
    }

    let overlay_named = overlay_places(input);
    let mut candidates = Vec::new();
    // Where labels must not go: on a province-level place's marker, or a more prominent one's.
    let mut cores = Vec::new();
    for pm in list {
        let p = pm.place;
        // A province-level place's marker keeps every label off; another only lesser labels.
        let keeps_out = if atlas.places[p].level.tier() == Tier::Province {
            f32::INFINITY
        } else {
            input.prominence(p)
        };
        cores.push(Obstacle {
            rect: core_box(pm.at, pm.marker),
            keeps_out,
            place: Some(p),
        });
        if view.layers.labels && !overlay_named[p] {
            candidates.push(Candidate {
                text: input.data.map_name(p).to_owned(),
                at: pm.at,
                gap: pm.marker.outer(),
                size: 11.5,
                priority: input.prominence(p),
                place: Some(p),
            });
        }
    }

    let max_labels = ((vp.width * vp.height) / 9000.0) as usize;
    // The selection's labels (drawn on the overlay) keep their space: base labels avoid them.
    let blocked: Vec<[f32; 4]> = if dim {
        let mut selection_only = view.clone();
        selection_only.hover = None;
        let overlay_input = SceneInput {
            view: &selection_only,
            ..*input
        };
        build_overlay(&overlay_input)
            .labels
            .iter()
            .map(Label::rect)
            .collect()
    } else {
        Vec::new()
    };
    let blocked = [blocked.as_slice(), &view.covered].concat();
    // With a selection, the highlighted partners' labels (overlay) stand out.
    let color = if dim {
        palette::TEXT.with_alpha(120)
    } else {
        palette::TEXT
    };
    scene.labels = labels::layout(
        candidates, vp.width, vp.height, &blocked, &cores, max_labels,
    )
    .into_iter()
    .map(|p| Label {
        text: p.text,
        origin: p.origin,
        size: p.size,
        bold: false,
        color,
        place: p.place,
    })
    .collect();
    scene
}

/// The middle of a marker, which labels keep off: a label on it would seem to name it.
fn core_box(at: [f32; 2], m: Marker) -> [f32; 4] {
    let c = if m.ring {
        1.5
    } else {
        (m.radius * 0.6).clamp(1.5, 4.0)
    };
    [at[0] - c, at[1] - c, at[0] + c, at[1] + c]
}

/// Which places the overlay names (the selected place and its partners, or a selected tie's two
/// ends), by place: the base leaves them unlabelled rather than naming them twice.
fn overlay_places(input: &SceneInput<'_>) -> Vec<bool> {
    let atlas = input.atlas();
    let mut named = vec![false; atlas.places.len()];
    match input.selection() {
        Some(Item::Place(s)) => {
            named[s] = true;
            for &l in &atlas.places[s].links {
                named[atlas.other_end(l, s)] = true;
            }
        }
        Some(Item::Link(l)) => {
            named[atlas.links[l].cn] = true;
            named[atlas.links[l].partner] = true;
        }
        None => {}
    }
    named
}
