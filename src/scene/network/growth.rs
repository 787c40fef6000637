//! Growing the ties layer: when a new picture only adds ties to the one the layer shows (the
//! timeline's next year, a partner country switched back on), the added ties are drawn over
//! the last drawing instead of drawing every tie again.
//!
//! A grown drawing differs from a fresh one only in the order the ties were stroked, where two
//! cross; a shell draws the layer afresh once the view rests.

use super::{DrawnLinks, Sampling};
use crate::geometry::{bbox, boxes_meet};
use crate::scene::style::in_sample;
use crate::scene::{Picture, SceneInput, LINK_BUDGET};

/// What the ties layer shows, enough to tell which ties a new picture adds to it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TiesMemo {
    /// The picture drawn last; `None`: nothing is drawn, or the drawing is out of date.
    picture: Option<Picture>,
    /// The ties were drawn dimmed (something was selected).
    dim: bool,
    /// Which ties the filters let through in that picture.
    shown: Vec<bool>,
    /// The ties on screen when the layer was drawn afresh: a sampled drawing keeps the rate it
    /// was drawn at, so that growing never drops a tie it shows.
    rate_total: usize,
    /// Ties drawn, and ties on screen.
    drawn: usize,
    on_screen: usize,
}

/// A grown drawing may exceed the budget of a fresh one by this part before it is redrawn.
const SLACK: usize = LINK_BUDGET / 4;

impl TiesMemo {
    /// The memo of a fresh drawing of `drawn` in `input`'s picture.
    pub fn of(input: &SceneInput<'_>, drawn: &DrawnLinks) -> Self {
        let on_screen = drawn.sampling.map_or(drawn.links.len(), |s| s.on_screen);
        Self {
            picture: Some(Picture::of(input)),
            dim: input.view.selection.is_some(),
            shown: input.vis.links.clone(),
            rate_total: on_screen,
            drawn: drawn.links.len(),
            on_screen,
        }
    }

    /// Forgets the drawing: the next one is fresh.
    pub fn clear(&mut self) {
        self.picture = None;
    }

    /// The ties `input`'s picture adds to the drawing, when it only adds ties: same data,
    /// camera, viewport and style, and every tie shown still shown. The memo then describes the
    /// grown drawing. `None`: the layer must be drawn afresh.
    pub fn grow(&mut self, input: &SceneInput<'_>) -> Option<DrawnLinks> {
        let old = self.picture?;
        let new = Picture::of(input);
        let vis = &input.vis.links;
        if !old.same_frame(&new)
            || self.dim != input.view.selection.is_some()
            || self.shown.len() != vis.len()
        {
            return None;
        }
        if self.shown.iter().zip(vis).any(|(&was, &is)| was && !is) {
            return None;
        }
        let screen = input.view.vp.rect();
        let sampled = self.on_screen > self.drawn;
        let mut links = Vec::new();
        let mut on_screen = self.on_screen;
        for (i, (&was, &is)) in self.shown.iter().zip(vis).enumerate() {
            if was || !is {
                continue;
            }
            let Some(c) = input.curve(i).filter(|c| boxes_meet(&bbox(c), &screen)) else {
                continue;
            };
            on_screen += 1;
            if !sampled || in_sample(i, LINK_BUDGET, self.rate_total) {
                links.push((i, c));
            }
        }
        let drawn = self.drawn + links.len();
        let budget = if sampled {
            LINK_BUDGET + SLACK
        } else {
            LINK_BUDGET
        };
        if drawn > budget {
            return None;
        }
        self.picture = Some(new);
        self.shown.clone_from(vis);
        self.drawn = drawn;
        self.on_screen = on_screen;
        Some(DrawnLinks {
            links,
            sampling: (on_screen > drawn).then_some(Sampling { drawn, on_screen }),
            picture: Some(new),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Dataset;
    use crate::model::Country;
    use crate::scene::drawn_links;
    use crate::scene::testing::Setup;
    use crate::view::Viewport;

    /// Ties drawn fresh in `s`'s picture, as (index) in order.
    fn fresh(s: &mut Setup) -> Vec<usize> {
        let input = s.input();
        drawn_links(&input).links.iter().map(|l| l.0).collect()
    }

    fn memo(s: &mut Setup) -> TiesMemo {
        let input = s.input();
        TiesMemo::of(&input, &drawn_links(&input))
    }

    #[test]
    fn switching_a_country_back_on_adds_its_ties_only() {
        let mut s = Setup::new();
        let all = fresh(&mut s);
        s.view.filters.countries[Country::US] = false;
        let mut m = memo(&mut s);
        let without_us = fresh(&mut s);
        s.view.filters.countries[Country::US] = true;
        let added = m.grow(&s.input()).expect("only ties are added");
        let mut union: Vec<usize> = without_us;
        union.extend(added.links.iter().map(|l| l.0));
        union.sort_unstable();
        assert_eq!(union, all);
        assert!(!added.links.is_empty());
        assert_eq!(added.sampling, None);
        // Growing again to the same picture adds nothing.
        assert_eq!(m.grow(&s.input()).map(|d| d.links.len()), Some(0));
    }

    #[test]
    fn removing_ties_moving_or_selecting_draws_afresh() {
        let mut s = Setup::new();
        let mut m = memo(&mut s);
        s.view.filters.countries[Country::JP] = false;
        assert_eq!(m.grow(&s.input()), None);

        let mut s = Setup::new();
        let mut m = memo(&mut s);
        s.view.camera.center[0] += 5.0;
        assert_eq!(m.grow(&s.input()), None);

        let mut s = Setup::new();
        let mut m = memo(&mut s);
        s.select("cn-tianjin");
        assert_eq!(m.grow(&s.input()), None);

        let mut s = Setup::new();
        let mut m = memo(&mut s);
        m.clear();
        assert_eq!(m.grow(&s.input()), None);
    }

    #[test]
    fn the_timeline_grows_year_by_year_to_the_fresh_drawing() {
        let data = Dataset::embedded().unwrap();
        let mut s = Setup::with(data, Viewport::new(1280.0, 800.0, 2.0));
        s.view.filters.year = Some(1979);
        let mut m = memo(&mut s);
        let mut shown = fresh(&mut s);
        // Through 1998, when Xicheng – Pasadena was disputed: the ties whose standing changes
        // are drawn with the places, so the ties layer still only grows.
        for y in 1980..=2000 {
            s.view.filters.year = Some(y);
            let added = m.grow(&s.input()).expect("a later year only adds ties");
            shown.extend(added.links.iter().map(|l| l.0));
            shown.sort_unstable();
            assert_eq!(shown, fresh(&mut s), "{y}");
        }
        // A step back is drawn afresh.
        s.view.filters.year = Some(1999);
        assert_eq!(m.grow(&s.input()), None);
    }

    #[test]
    fn a_sampled_drawing_grows_at_its_rate_and_within_its_budget() {
        let data = Dataset::new(crate::synthetic::network(40_000, 42), Vec::new()).unwrap();
        let last = crate::view::YearSpan::of(data.atlas()).unwrap().last;
        let mut s = Setup::with(data, Viewport::new(1200.0, 700.0, 1.0));
        s.view.filters.year = Some(last - 1);
        let mut m = memo(&mut s);
        let before = {
            let input = s.input();
            drawn_links(&input)
        };
        let on_screen = before.sampling.expect("sampled").on_screen;
        s.view.filters.year = Some(last);
        let added = m.grow(&s.input()).expect("one more year fits the budget");
        let sampling = added.sampling.expect("still sampled");
        let new_on_screen = {
            let input = s.input();
            drawn_links(&input).sampling.expect("sampled").on_screen
        };
        // The note counts every tie on screen; the ties drawn are those before and the added
        // ones, at the rate of the fresh drawing, within the budget.
        assert_eq!(sampling.on_screen, new_on_screen);
        assert!(new_on_screen > on_screen);
        assert_eq!(sampling.drawn, before.links.len() + added.links.len());
        assert!(sampling.drawn <= LINK_BUDGET + SLACK);
        let rate = |n: usize| n as f64 / on_screen as f64;
        let share = added.links.len() as f64 / (new_on_screen - on_screen) as f64;
        assert!((share - rate(before.links.len())).abs() < 0.05, "{share}");

        // Adding a whole country back would go far over the budget: drawn afresh.
        s.view.filters.countries[Country::KR] = false;
        let mut m = memo(&mut s);
        s.view.filters.countries[Country::KR] = true;
        assert_eq!(m.grow(&s.input()), None);
    }
}
