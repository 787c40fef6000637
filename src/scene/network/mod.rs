//! The network: ties, places and their labels, each layer on a transparent background.

use super::style::{in_sample, link_width};
use super::LINK_BUDGET;
use super::{palette, Batch, Picture, Sampling, Scene, SceneInput, Shape, Style};
use crate::geometry::{bbox, boxes_meet, Curve};
use crate::model::chronicle::Standing;
use crate::model::{Country, Tier};

mod growth;
mod marker_growth;
mod places;
pub use growth::TiesMemo;
pub use marker_growth::MarkersMemo;
pub use places::{build_labels, build_markers, place_markers, PlaceMarker};

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
        if !input.drawn_link(i) {
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
    let places = super::rollup::under_places(input, build_places(input, drawn));
    let events = super::build_events(input, &super::event_marks(input));
    build_ties(input, &drawn.links).stack(places).stack(events)
}

/// The dashes and gaps (CSS px) a tie is drawn in by what it is, `None` for a whole stroke:
/// ended or barred ties in dashes, suspended ones in dots, disputed ones in long dashes. The
/// shape, not only the colour, tells them apart (and prints in grey).
pub fn dash_pattern(s: Standing) -> Option<(f32, f32)> {
    match s {
        Standing::InForce => None,
        Standing::Ended | Standing::Barred => Some((6.0, 4.0)),
        Standing::Suspended => Some((1.5, 3.0)),
        Standing::Disputed => Some((12.0, 3.0)),
    }
}

/// Adds tie `l`'s `curve` to `shapes`: whole, or broken up in the pattern of what the tie is at
/// the timeline's year (or now) when it is not simply in force.
pub fn push_tie(shapes: &mut Vec<Shape>, input: &SceneInput<'_>, l: usize, curve: Curve) {
    let chronicle = input.data.chronicle();
    match dash_pattern(chronicle.standing_of(l, input.view.filters.year)) {
        Some((on, off)) => {
            let pieces = crate::geometry::dashes(&curve, on, off);
            shapes.extend(pieces.into_iter().map(|[a, c, b]| Shape::Quad(a, c, b)));
        }
        None => {
            let [a, c, b] = curve;
            shapes.push(Shape::Quad(a, c, b));
        }
    }
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
/// which only adds ties can draw the added ones over the last drawing (see [`TiesMemo`]). The
/// ties whose standing changes over time are left to [`build_changing_ties`].
pub fn build_ties(input: &SceneInput<'_>, links: &[(usize, Curve)]) -> Scene {
    ties_scene(input, links, false)
}

/// The ties among `links` whose standing changes over time (a suspension, an end, a dispute, a
/// law), each in the pattern of what it is at the timeline's year (or now): drawn with the
/// places, which every step of the timeline draws again, so that the ties layer can grow.
pub fn build_changing_ties(input: &SceneInput<'_>, links: &[(usize, Curve)]) -> Scene {
    ties_scene(input, links, true)
}

/// The ties of `links` whose standing changes (`changing`) or the others, in their style.
fn ties_scene(input: &SceneInput<'_>, links: &[(usize, Curve)], changing: bool) -> Scene {
    let view = input.view;
    let vp = view.vp;
    let zoom = view.zoom();
    let mut scene = Scene::new(vp, None);
    let chronicle = input.data.chronicle();
    // Without a tie whose standing changes (most data), no tie needs looking up.
    let any = chronicle.has_standings();
    if changing && !any {
        return scene;
    }
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
    for &(i, curve) in links {
        if any && chronicle.changes_standing(i) != changing {
            continue;
        }
        let Some(k) = kind_slot(input, &kinds, i) else {
            continue;
        };
        // A tie not simply in force at the timeline's year (or now) is broken up.
        if changing {
            push_tie(&mut batches[k].shapes, input, i, curve);
        } else {
            let [a, c, b] = curve;
            batches[k].shapes.push(Shape::Quad(a, c, b));
        }
    }
    scene.push_batches(batches);
    scene
}

/// The places layer, over the ties layer: the ties whose standing changes, the places'
/// markers, then the ties of the timeline's year standing out and the labels (see
/// [`build_changing_ties`], [`build_markers`] and [`build_labels`]).
pub fn build_places(input: &SceneInput<'_>, drawn: &DrawnLinks) -> Scene {
    let list = place_markers(input);
    let markers = build_markers(input, &list).stack(build_labels(input, drawn, &list));
    build_changing_ties(input, &drawn.links).stack(markers)
}

#[cfg(test)]
mod tests;
