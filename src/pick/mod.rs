//! Picking: the place or tie under the pointer, among what is drawn, in microseconds. Places are
//! found through a world-space grid of the layout ([`PlaceIndex`]), ties through a screen grid of
//! the curves the last picture drew ([`LinkGrid`]).

mod links;
mod places;
mod stack;

pub use links::{nearest_curve, LinkGrid, REACH, SEGMENTS};
pub use places::PlaceIndex;
pub use stack::{stack_at, LabelBox, Stack, CHOOSER_MAX};

use crate::model::Item;
use crate::scene::SceneInput;

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

    /// How far (CSS px) a press may drift and still count as a click.
    pub fn slop(self) -> f32 {
        match self {
            Self::Mouse => 4.0,
            Self::Touch | Self::Pen => 10.0,
        }
    }

    /// How far (CSS px) from a marker a press may land and still be counted on it: a
    /// fingertip covers a few pixels, a mouse one.
    pub fn precision(self) -> f32 {
        match self {
            Self::Mouse => 1.0,
            Self::Pen => 3.0,
            Self::Touch => 8.0,
        }
    }

    /// How far (CSS px) from a marker a press still picks it when no place is under it: a
    /// finger's radius for touch.
    pub fn reach(self) -> f32 {
        match self {
            Self::Mouse => 4.0,
            Self::Pen => 10.0,
            Self::Touch => 24.0,
        }
    }

    /// How far apart (CSS px) two markers may be and still be taken as drawn on one spot, so
    /// that the more prominent is the one meant.
    pub fn stack_width(self) -> f32 {
        match self {
            Self::Mouse => 3.0,
            Self::Pen => 4.0,
            Self::Touch => 8.0,
        }
    }

    /// What each pixel between the pointer and a marker's centre takes off the marker's
    /// prominence in a stack: a finger lands less exactly than a mouse.
    pub fn aim_weight(self) -> f32 {
        match self {
            Self::Mouse => 2.0,
            Self::Pen => 1.0,
            Self::Touch => 0.5,
        }
    }

    /// How far (CSS px) from a curve a press still hits the tie.
    pub fn link_slop(self) -> f32 {
        self.slop().min(6.0)
    }
}

/// What a press at a point means: the item to select, and the places under it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Hit {
    pub item: Option<Item>,
    pub stack: Stack,
}

/// What is under `at`: the best of the places under or near it (see [`stack_at`]), else a tie
/// among those drawn (`drawn`, the grid of the last picture, when it shows the current view) or
/// those the overlay highlights for the selection. `labels` are the labels on screen.
pub fn hit_at(
    input: &SceneInput<'_>,
    drawn: Option<&LinkGrid>,
    labels: &[LabelBox],
    at: [f32; 2],
    pointer: Pointer,
) -> Hit {
    let stack = stack_at(input, labels, at, pointer);
    if let Some(&p) = stack.places.first() {
        return Hit {
            item: Some(Item::Place(p)),
            stack,
        };
    }
    Hit {
        item: link_at(input, drawn, at, pointer),
        stack,
    }
}

/// The item [`hit_at`] selects.
pub fn item_at(
    input: &SceneInput<'_>,
    drawn: Option<&LinkGrid>,
    labels: &[LabelBox],
    at: [f32; 2],
    pointer: Pointer,
) -> Option<Item> {
    hit_at(input, drawn, labels, at, pointer).item
}

/// The tie under `at`, among those drawn or highlighted.
fn link_at(
    input: &SceneInput<'_>,
    drawn: Option<&LinkGrid>,
    at: [f32; 2],
    pointer: Pointer,
) -> Option<Item> {
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
        .filter(|&&l| all || input.drawn_link(l))
        .filter_map(|&l| Some((l, input.curve(l)?)));
    let from_overlay = nearest_curve(shown, at, radius);
    // The highlighted ties are drawn on top of the others: they answer first.
    from_overlay.or(from_grid).map(|(_, l)| Item::Link(l))
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
            item_at(&input, Some(&g), &[], at, Pointer::Mouse),
            Some(Item::Place(kobe))
        );
        // Outside the marker (on the side away from Osaka): a mouse misses, a finger still hits.
        let off = [at[0] - input.radius(kobe) - 7.0, at[1]];
        let first = |p| stack_at(&input, &[], off, p).places.first().copied();
        assert_ne!(first(Pointer::Mouse), Some(kobe));
        assert_eq!(first(Pointer::Touch), Some(kobe));
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
            item_at(&input, Some(&g), &[], mid, Pointer::Mouse),
            Some(Item::Link(l))
        );
        // A grid of another view is not used: the picture on screen is not the one it holds.
        let stale = g.clone();
        s.view.camera.pan_by(200.0, 0.0);
        let input = s.input();
        assert_eq!(
            item_at(&input, Some(&stale), &[], mid, Pointer::Mouse),
            None
        );
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
        assert_eq!(item_at(&input, Some(&g), &[], at, Pointer::Mouse), None);
        let mid = curve_point(&input.curve(l).unwrap(), 0.5);
        assert_eq!(item_at(&input, Some(&g), &[], mid, Pointer::Mouse), None);
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
            match item_at(&input, Some(&g), &[], at, Pointer::Mouse) {
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
            item_at(&input, None, &[], at, Pointer::Mouse),
            Some(Item::Link(l))
        );
        // Ties of other places are not on the overlay.
        let other = input
            .atlas()
            .link_between("cn-shanghai", "jp-osaka")
            .unwrap();
        let at = curve_point(&input.curve(other).unwrap(), 0.5);
        assert_eq!(item_at(&input, None, &[], at, Pointer::Mouse), None);
    }

    #[test]
    fn pointer_types_read_from_dom_words() {
        assert_eq!(Pointer::parse("touch"), Pointer::Touch);
        assert_eq!(Pointer::parse("mouse"), Pointer::Mouse);
        assert_eq!(Pointer::parse(""), Pointer::Mouse);
        assert!(Pointer::Touch.slop() > Pointer::Mouse.slop());
    }
}
