//! Picking: the place or tie under the pointer, among what is drawn, in microseconds. Places are
//! found through a world-space grid of the layout ([`PlaceIndex`]), ties through a screen grid of
//! the curves the last picture drew ([`LinkGrid`]).

mod links;
mod places;

pub use links::{nearest_curve, LinkGrid, REACH, SEGMENTS};
pub use places::PlaceIndex;

use crate::model::Item;
use crate::scene::{node_radius, SceneInput};

/// What kind of pointer points: fingers drift more than a mouse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pointer {
    #[default]
    Mouse,
    Touch,
    Pen,
}

impl Pointer {
    /// The pointer type of a DOM pointer event (`"mouse"`, `"touch"`, `"pen"`).
    pub fn parse(s: &str) -> Self {
        match s {
            "touch" => Self::Touch,
            "pen" => Self::Pen,
            _ => Self::Mouse,
        }
    }

    /// How far (CSS px) a press may drift and still count as a click, and how far beyond a
    /// marker a press still hits it.
    pub fn slop(self) -> f32 {
        match self {
            Self::Mouse => 4.0,
            Self::Touch | Self::Pen => 10.0,
        }
    }

    /// How far (CSS px) from a curve a press still hits the tie.
    pub fn link_slop(self) -> f32 {
        self.slop().min(6.0)
    }
}

/// The shown place whose marker (grown by `slop`) holds `at` (CSS px), the nearest if several.
pub fn place_at(input: &SceneInput<'_>, at: [f32; 2], slop: f32) -> Option<usize> {
    let view = input.view;
    let scale = view.camera.scale;
    let w = view.camera.screen_to_world(at, view.vp);
    let biggest = node_radius(input.vis.max_degree, view.zoom()) + slop;
    input.data.index().nearest(w, biggest / scale, |p, d| {
        input.vis.places[p] && d * scale <= input.radius(p) + slop
    })
}

/// What is under `at`: a place first, else a tie among those drawn (`drawn`, the grid of the
/// last picture, when it shows the current view) or those the overlay highlights for the
/// selection.
pub fn item_at(
    input: &SceneInput<'_>,
    drawn: Option<&LinkGrid>,
    at: [f32; 2],
    pointer: Pointer,
) -> Option<Item> {
    if let Some(p) = place_at(input, at, pointer.slop()) {
        return Some(Item::Place(p));
    }
    let radius = pointer.link_slop();
    let atlas = input.atlas();
    let from_grid = drawn
        .filter(|g| g.fits(input))
        .and_then(|g| g.nearest(at, radius));
    // The overlay draws a selected tie whatever the filters, a selected place's shown ties.
    let selected_link;
    let (highlighted, all): (&[usize], bool) = match input.selection() {
        Some(Item::Place(p)) => (&atlas.places[p].links, false),
        Some(Item::Link(l)) => {
            selected_link = [l];
            (&selected_link, true)
        }
        None => (&[], false),
    };
    let shown = highlighted
        .iter()
        .filter(|&&l| all || input.vis.links[l])
        .filter_map(|&l| Some((l, input.curve(l)?)));
    let from_overlay = nearest_curve(shown, at, radius);
    // The nearer of the two answers (the same tie can be in both).
    let best = match (from_grid, from_overlay) {
        (Some(g), Some(o)) => Some(if o < g { o } else { g }),
        (g, o) => g.or(o),
    };
    best.map(|(_, l)| Item::Link(l))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Dataset;
    use crate::geometry::curve_point;
    use crate::scene::drawn_links;
    use crate::scene::testing::Setup;
    use crate::view::Viewport;

    fn grid(s: &mut Setup) -> LinkGrid {
        let input = s.input();
        LinkGrid::new(drawn_links(&input))
    }

    #[test]
    fn a_click_on_a_marker_picks_the_place_even_over_a_tie() {
        let mut s = Setup::new();
        let g = grid(&mut s);
        let input = s.input();
        let kobe = input.atlas().index_of("jp-kobe").unwrap();
        let at = input.screen(kobe).unwrap();
        assert_eq!(
            item_at(&input, Some(&g), at, Pointer::Mouse),
            Some(Item::Place(kobe))
        );
        // Just outside the marker (on the side away from Osaka): a mouse misses, a finger
        // still hits.
        let off = [at[0] - input.radius(kobe) - 7.0, at[1]];
        assert_ne!(place_at(&input, off, Pointer::Mouse.slop()), Some(kobe));
        assert_eq!(place_at(&input, off, Pointer::Touch.slop()), Some(kobe));
    }

    #[test]
    fn a_click_on_a_curve_picks_the_tie() {
        let mut s = Setup::new();
        let g = grid(&mut s);
        let input = s.input();
        let l = input
            .atlas()
            .link_between("cn-tianjin", "us-philadelphia")
            .unwrap();
        let mid = curve_point(&input.curve(l).unwrap(), 0.5);
        assert_eq!(
            item_at(&input, Some(&g), mid, Pointer::Mouse),
            Some(Item::Link(l))
        );
        // A grid of another view is not used: the picture on screen is not the one it holds.
        let stale = g.clone();
        s.view.camera.pan_by(200.0, 0.0);
        let input = s.input();
        assert_eq!(item_at(&input, Some(&stale), mid, Pointer::Mouse), None);
    }

    #[test]
    fn hidden_places_and_ties_are_not_picked() {
        let mut s = Setup::new();
        s.view.filters.countries[crate::model::Country::US] = false;
        let g = grid(&mut s);
        let input = s.input();
        let atlas = input.atlas();
        let philly = atlas.index_of("us-philadelphia").unwrap();
        let l = atlas.link_between("cn-tianjin", "us-philadelphia").unwrap();
        let at = input.screen(philly).unwrap();
        assert_eq!(item_at(&input, Some(&g), at, Pointer::Mouse), None);
        let mid = curve_point(&input.curve(l).unwrap(), 0.5);
        assert_eq!(item_at(&input, Some(&g), mid, Pointer::Mouse), None);
    }

    #[test]
    fn only_drawn_ties_are_picked_beyond_the_budget() {
        let data = Dataset::new(crate::synthetic::network(30_000, 42), Vec::new()).unwrap();
        let mut s = Setup::with(data, Viewport::new(1000.0, 600.0, 1.0));
        let input = s.input();
        let drawn = drawn_links(&input);
        assert!(drawn.sampling.is_some());
        let g = LinkGrid::new(drawn.clone());
        let is_drawn: std::collections::HashSet<usize> = drawn.links.iter().map(|d| d.0).collect();
        // Points along ties that were left out of the sample: whatever is picked there was drawn.
        let mut picked = 0;
        for l in (0..input.atlas().links.len())
            .filter(|l| !is_drawn.contains(l))
            .take(300)
        {
            let Some(c) = input.curve(l) else { continue };
            let at = curve_point(&c, 0.37);
            match item_at(&input, Some(&g), at, Pointer::Mouse) {
                Some(Item::Link(k)) => {
                    assert!(is_drawn.contains(&k), "tie {k} was not drawn");
                    picked += 1;
                }
                Some(Item::Place(_)) | None => {}
            }
        }
        assert!(picked > 0);
    }

    #[test]
    fn the_selection_s_ties_are_picked_where_the_overlay_draws_them() {
        // Without a grid (mid-gesture), the highlighted ties of the selection still answer.
        let mut s = Setup::new();
        s.select("cn-tianjin");
        let input = s.input();
        let l = input
            .atlas()
            .link_between("cn-tianjin", "us-philadelphia")
            .unwrap();
        let at = curve_point(&input.curve(l).unwrap(), 0.5);
        assert_eq!(
            item_at(&input, None, at, Pointer::Mouse),
            Some(Item::Link(l))
        );
        // Ties of other places are not on the overlay.
        let other = input
            .atlas()
            .link_between("cn-shanghai", "jp-osaka")
            .unwrap();
        let at = curve_point(&input.curve(other).unwrap(), 0.5);
        assert_eq!(item_at(&input, None, at, Pointer::Mouse), None);
    }

    #[test]
    fn pointer_types_read_from_dom_words() {
        assert_eq!(Pointer::parse("touch"), Pointer::Touch);
        assert_eq!(Pointer::parse("mouse"), Pointer::Mouse);
        assert_eq!(Pointer::parse(""), Pointer::Mouse);
        assert!(Pointer::Touch.slop() > Pointer::Mouse.slop());
    }
}
