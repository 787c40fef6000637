//! Growing the markers layer: when the ties layer grows (the timeline's next year), places
//! appear and others gain ties, and only their markers are drawn again, over the last drawing.
//! A marker that shrinks or goes, a ring that changes or anything else redraws the layer.
//!
//! A grown layer differs from a fresh one only where a grown marker covers a smaller neighbour
//! (a fresh drawing puts the smaller one on top); a shell draws the layer afresh once the view
//! rests.

use super::PlaceMarker;
use crate::scene::{Marker, Picture, SceneInput};

/// What the markers layer shows: each place's marker (`None`: not drawn).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MarkersMemo {
    picture: Option<Picture>,
    dim: bool,
    drawn: Vec<Option<Marker>>,
}

impl MarkersMemo {
    /// The memo of a fresh drawing of `list` in `input`'s picture.
    pub fn of(input: &SceneInput<'_>, list: &[PlaceMarker]) -> Self {
        let mut drawn = vec![None; input.atlas().places.len()];
        for m in list {
            if let Some(d) = drawn.get_mut(m.place) {
                *d = Some(m.marker);
            }
        }
        Self {
            picture: Some(Picture::of(input)),
            dim: input.view.selection.is_some(),
            drawn,
        }
    }

    /// Forgets the drawing: the next one is fresh.
    pub fn clear(&mut self) {
        self.picture = None;
    }

    /// The markers of `list` to draw over the last drawing (new or grown dots, bigger first),
    /// when that brings it to `list`; the memo then describes the grown drawing. `None`: the
    /// layer must be drawn afresh.
    pub fn grow(
        &mut self,
        input: &SceneInput<'_>,
        list: &[PlaceMarker],
    ) -> Option<Vec<PlaceMarker>> {
        let old = self.picture?;
        let new = Picture::of(input);
        if !old.same_frame(&new)
            || self.dim != input.view.selection.is_some()
            || self.drawn.len() != input.atlas().places.len()
        {
            return None;
        }
        let mut now = vec![None; self.drawn.len()];
        for m in list {
            now[m.place] = Some(m.marker);
        }
        let mut added = Vec::new();
        for m in list {
            match self.drawn[m.place] {
                Some(was) if was == m.marker => {}
                // A ring drawn over a smaller one would show both; a dot covers a smaller dot.
                Some(was) if was.ring || m.marker.ring || was.radius > m.marker.radius => {
                    return None
                }
                None if m.marker.ring => return None,
                _ => added.push(*m),
            }
        }
        // A marker that went would stay on the layer.
        if (self.drawn.iter().zip(&now)).any(|(was, is)| was.is_some() && is.is_none()) {
            return None;
        }
        self.picture = Some(new);
        self.drawn = now;
        Some(added)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Dataset;
    use crate::model::Country;
    use crate::scene::place_markers;
    use crate::scene::testing::Setup;
    use crate::view::Viewport;

    fn memo(s: &mut Setup) -> (MarkersMemo, Vec<PlaceMarker>) {
        let input = s.input();
        let list = place_markers(&input);
        (MarkersMemo::of(&input, &list), list)
    }

    #[test]
    fn a_later_year_draws_only_new_and_grown_dots_over_the_last_drawing() {
        let data = Dataset::new(crate::synthetic::network(20_000, 7), Vec::new()).unwrap();
        let mut s = Setup::with(data, Viewport::new(1200.0, 700.0, 1.0));
        s.view.filters.year = Some(1990);
        let (mut m, before) = memo(&mut s);
        s.view.filters.year = Some(1991);
        let input = s.input();
        let after = place_markers(&input);
        let added = m
            .grow(&input, &after)
            .expect("a year later only adds and grows dots");
        assert!(!added.is_empty() && added.len() < after.len());
        // What was drawn and what was added make the new picture: every marker now is either
        // unchanged from before or among the added ones, which come bigger first.
        for pm in &after {
            let unchanged = before.iter().any(|b| b == pm);
            assert!(unchanged || added.contains(pm), "{pm:?}");
        }
        assert!(added
            .windows(2)
            .all(|w| w[0].marker.radius >= w[1].marker.radius));
        // Growing again to the same picture adds nothing.
        assert_eq!(m.grow(&input, &after), Some(Vec::new()));
    }

    #[test]
    fn a_marker_going_a_ring_changing_or_a_move_draws_afresh() {
        let mut s = Setup::new();
        let (mut m, _) = memo(&mut s);
        s.view.filters.countries[Country::US] = false;
        let input = s.input();
        let fewer = place_markers(&input);
        assert_eq!(m.grow(&input, &fewer), None, "places went");

        let mut s = Setup::new();
        let (mut m, list) = memo(&mut s);
        s.view.camera.center[1] += 3.0;
        assert_eq!(m.grow(&s.input(), &list), None, "the camera moved");

        // The real data: a province's ring grows with the year.
        let data = Dataset::embedded().unwrap();
        let mut s = Setup::with(data, Viewport::new(1280.0, 800.0, 1.0));
        let changes = (1980..2020)
            .filter(|&y| {
                s.view.filters.year = Some(y);
                let (mut m, _) = memo(&mut s);
                s.view.filters.year = Some(y + 1);
                let input = s.input();
                let list = place_markers(&input);
                m.grow(&input, &list).is_none()
            })
            .count();
        assert!(changes > 0, "some years change a ring and are drawn afresh");
    }
}
