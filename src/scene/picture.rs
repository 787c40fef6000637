//! A whole picture of a view in one scene: land, network and the selection's highlight. The
//! inset draws one (see [`crate::view::ViewState::inset`]), and so does an export.

use super::{build_land, build_network, build_overlay, drawn_links, Scene, SceneInput};
use crate::geo::Land;

/// The land, the network and the selection's highlight of `input`'s view, as one scene.
pub fn build_picture(land: &Land, input: &SceneInput<'_>) -> Scene {
    let mut scene = build_land(land, input.view);
    let network = build_network(input, &drawn_links(input));
    let highlight = build_overlay(input);
    scene.batches.extend(network.batches);
    scene.batches.extend(highlight.batches);
    // The network's labels already keep clear of the highlight's.
    scene.labels = network.labels;
    scene.labels.extend(highlight.labels);
    scene
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Dataset;
    use crate::view::{Derived, ViewState, Viewport};

    #[test]
    fn the_inset_draws_land_then_the_ties_of_east_asia() {
        let d = Dataset::embedded().unwrap();
        let land = Land::decode(crate::data::embedded::LAND).unwrap();
        let v = ViewState::home(d.bounds(), Viewport::new(1280.0, 760.0, 1.0));
        let iv = v.inset(v.inset_room(&d)).unwrap();
        let mut derived = Derived::default();
        let input = SceneInput {
            data: &d,
            view: &iv,
            vis: derived.visibility(&d, &iv.filters),
        };
        let s = build_picture(&land, &input);
        assert_eq!((s.width, s.height), (340.0, 240.0));
        let land_only = build_land(&land, &iv);
        assert!(s.batches.len() > land_only.batches.len());
        assert_eq!(s.batches[..land_only.batches.len()], land_only.batches[..]);
        // A few labels, no more than the room allows.
        assert!((1..=10).contains(&s.labels.len()), "{}", s.labels.len());
        // A selection is highlighted with its name.
        let mut iv = iv;
        iv.selection = crate::view::Target::from_key(d.atlas(), "cn-tianjin");
        let input = SceneInput {
            data: &d,
            view: &iv,
            vis: derived.visibility(&d, &iv.filters),
        };
        let t = build_picture(&land, &input);
        assert!(t.batches.len() > s.batches.len());
        assert!(t.labels.iter().any(|l| l.text.starts_with("Tianjin")));
    }
}
