//! The network layer: ties, places and their labels, on a transparent background.

use super::style::{in_sample, link_width};
use super::LINK_BUDGET;
use super::{
    build_overlay, palette, Batch, Label, Marker, Picture, Rgba, Sampling, Scene, SceneInput,
    Shape, Style, RING_WIDTH,
};
use crate::geometry::{bbox, boxes_meet, Curve};
use crate::labels::{self, Candidate, Obstacle};
use crate::model::{Country, Item, Tier};

mod growth;
pub use growth::TiesMemo;

/// The ties one picture draws, with their curves on screen: those the filters let through and
/// the screen shows, or a stable sample of them beyond [`LINK_BUDGET`]. The picker finds ties
/// among these and no others.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DrawnLinks {
    pub links: Vec<(usize, Curve)>,
    pub sampling: Option<Sampling>,
    /// The picture they were drawn in.
    pub picture: Option<Picture>,
}

/// The ties drawn at the current view.
pub fn drawn_links(input: &SceneInput<'_>) -> DrawnLinks {
    let screen = input.view.vp.rect();
    let mut links = Vec::new();
    for i in 0..input.atlas().links.len() {
        if !input.vis.links[i] {
            continue;
        }
        if let Some(c) = input.curve(i).filter(|c| boxes_meet(&bbox(c), &screen)) {
            links.push((i, c));
        }
    }
    let on_screen = links.len();
    let mut sampling = None;
    if on_screen > LINK_BUDGET {
        links.retain(|(i, _)| in_sample(*i, LINK_BUDGET, on_screen));
        // The drawn ties are kept (for picking) while the picture lasts: no room for the rest.
        links.shrink_to_fit();
        sampling = Some(Sampling {
            drawn: links.len(),
            on_screen,
        });
    }
    DrawnLinks {
        links,
        sampling,
        picture: Some(Picture::of(input)),
    }
}

/// The network scene of the ties `drawn` (see [`drawn_links`]) and the places the filters let
/// through: the ties layer under the places layer.
pub fn build_network(input: &SceneInput<'_>, drawn: &DrawnLinks) -> Scene {
    build_ties(input, &drawn.links).stack(build_places(input, drawn))
}

/// The light and heavy batches of each partner country in turn, as the legend lists them.
fn tie_kinds() -> Vec<(Country, bool)> {
    Country::PARTNERS
        .iter()
        .flat_map(|&c| [(c, false), (c, true)])
        .collect()
}

/// The batch `links` tie `i` goes into: its partner country and whether it joins provinces.
fn kind_slot(input: &SceneInput<'_>, kinds: &[(Country, bool)], i: usize) -> Option<usize> {
    let atlas = input.atlas();
    let kind = (atlas.link_country(i), atlas.link_tier(i) == Tier::Province);
    kinds.iter().position(|&x| x == kind)
}

/// The ties layer: `links` in the view's plain style, one batch per (partner country, light or
/// heavy), dimmed when something is selected. It depends on nothing else, so that a picture
/// which only adds ties can draw the added ones over the last drawing (see [`TiesMemo`]).
pub fn build_ties(input: &SceneInput<'_>, links: &[(usize, Curve)]) -> Scene {
    let view = input.view;
    let vp = view.vp;
    let zoom = view.zoom();
    let mut scene = Scene::new(vp, None);
    let alpha = if view.selection.is_some() { 45 } else { 150 };
    let kinds = tie_kinds();
    let mut batches: Vec<Batch> = kinds
        .iter()
        .map(|&(c, heavy)| {
            Batch::new(Style::stroke(
                palette::country(c).with_alpha(alpha),
                link_width(heavy, zoom, vp.dpr),
            ))
        })
        .collect();
    for &(i, [a, c, b]) in links {
        if let Some(k) = kind_slot(input, &kinds, i) {
            batches[k].shapes.push(Shape::Quad(a, c, b));
        }
    }
    scene.push_batches(batches);
    scene
}

/// The places layer, over the ties layer: the ties of the timeline's year standing out (opaque
/// and wider), the places' markers and their labels.
pub fn build_places(input: &SceneInput<'_>, drawn: &DrawnLinks) -> Scene {
    let atlas = input.atlas();
    let view = input.view;
    let vp = view.vp;
    let zoom = view.zoom();
    let mut scene = Scene::new(vp, None);
    scene.sampling = drawn.sampling;
    let dim = view.selection.is_some();

    if let Some(year) = view.filters.year {
        let kinds = tie_kinds();
        let mut fresh: Vec<Batch> = kinds
            .iter()
            .map(|&(c, heavy)| {
                Batch::new(Style::stroke(
                    palette::country(c),
                    link_width(heavy, zoom, vp.dpr) * 2.0 + 1.0,
                ))
            })
            .collect();
        for &(i, [a, c, b]) in &drawn.links {
            if atlas.links[i].date.map(|d| d.year) != Some(year) {
                continue;
            }
            if let Some(k) = kind_slot(input, &kinds, i) {
                fresh[k].shapes.push(Shape::Quad(a, c, b));
            }
        }
        scene.push_batches(fresh);
    }

    // Places: region rings first, then dots, bigger first so that small ones stay visible;
    // one batch per country and shape.
    let mut order: Vec<usize> = (0..atlas.places.len())
        .filter(|&p| input.vis.places[p])
        .collect();
    order.sort_by(|&x, &y| {
        input.vis.degree[y]
            .cmp(&input.vis.degree[x])
            .then(x.cmp(&y))
    });
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
    let overlay_named = overlay_places(input);
    let mut candidates = Vec::new();
    // Where labels must not go: on a province-level place's marker, or a more prominent one's.
    let mut cores = Vec::new();
    let sizes = input.sizes();
    for &p in &order {
        let Some(s) = input.screen(p) else { continue };
        let m = input.marker_at(sizes, p);
        let r = m.outer();
        if s[0] < -r || s[1] < -r || s[0] > vp.width + r || s[1] > vp.height + r {
            continue;
        }
        let place = &atlas.places[p];
        let slot = Country::ALL
            .iter()
            .position(|&c| c == place.country)
            .unwrap_or(0);
        let batch = if m.ring { &mut rings } else { &mut dots };
        batch[slot].shapes.push(Shape::Circle(s, m.radius));
        // A province-level place's marker keeps every label off; another only lesser labels.
        let keeps_out = if place.level.tier() == Tier::Province {
            f32::INFINITY
        } else {
            input.prominence(p)
        };
        cores.push(Obstacle {
            rect: core_box(s, m),
            keeps_out,
            place: Some(p),
        });
        if view.layers.labels && !overlay_named[p] {
            candidates.push(Candidate {
                text: input.data.map_name(p).to_owned(),
                at: s,
                gap: r,
                size: 11.5,
                priority: input.prominence(p),
                place: Some(p),
            });
        }
    }
    scene.push_batches(rings);
    scene.push_batches(dots);

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

#[cfg(test)]
mod tests;
