//! The events at their places, when the reader turns them on: one diamond per place where events
//! were held, with their number beside it when there are several. A diamond, never a circle, so
//! that an event is not taken for a place. Which events: those that concern a partner country
//! the filters show, held by the end of the timeline's year and within the filters' years.

use super::{palette, Batch, Label, Rgba, Scene, SceneInput, Shape, Style};
use crate::model::chronicle::Event;
use crate::model::Country;
use crate::view::{Filters, Target};

/// Half the diagonal of an event's diamond (CSS px).
pub const EVENT_HALF: f32 = 6.0;
/// The diamonds' colour: dark, apart from the four countries' colours and the land.
const EVENT_FILL: Rgba = Rgba(0x3b, 0x3f, 0x46, 235);

/// The events at one place, where their diamond is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct EventMark {
    pub place: usize,
    /// The diamond's centre (CSS px).
    pub at: [f32; 2],
    /// Positions in the chronicle's events, in date order.
    pub events: Vec<usize>,
}

/// Whether `filters` let event `e` through: one of its countries is shown and its year is
/// within the years asked for (an event without a year only when no year is asked for).
pub fn event_shown(filters: &Filters, e: &Event) -> bool {
    let year_ok = match e.year {
        Some(y) => {
            filters.year.is_none_or(|t| y <= t)
                && filters.since_year.is_none_or(|s| y >= s)
                && filters.until_year.is_none_or(|u| y <= u)
        }
        None => filters.year.is_none() && !filters.has_years(),
    };
    let country_ok = (e.row.countries.split(';'))
        .filter_map(Country::parse)
        .any(|c| c != Country::CN && filters.countries[c]);
    year_ok && country_ok
}

/// The diamonds of the events shown, one per place on screen, when the events layer is on.
pub fn event_marks(input: &SceneInput<'_>) -> Vec<EventMark> {
    let view = input.view;
    if !view.layers.events {
        return Vec::new();
    }
    let chronicle = input.atlas().chronicle();
    // The events of each place, by place (in the places' order: the drawing is the same for
    // the same view).
    let mut by_place: Vec<Vec<usize>> = vec![Vec::new(); input.atlas().places.len()];
    for (i, e) in chronicle.events().iter().enumerate() {
        if event_shown(&view.filters, e) {
            for &p in &e.places {
                if let Some(list) = by_place.get_mut(p) {
                    list.push(i);
                }
            }
        }
    }
    let vp = view.vp;
    by_place
        .into_iter()
        .enumerate()
        .filter(|(_, events)| !events.is_empty())
        .filter_map(|(place, events)| {
            let p = input.screen(place)?;
            // Up and to the right of the place's marker, clear of it.
            let r = if input.drawn_place(place) {
                input.radius(place) * 0.75
            } else {
                0.0
            };
            let at = [p[0] + r + EVENT_HALF * 0.7, p[1] - r - EVENT_HALF * 0.7];
            let m = EVENT_HALF * 2.0;
            let on = at[0] > -m && at[1] > -m && at[0] < vp.width + m && at[1] < vp.height + m;
            on.then_some(EventMark { place, at, events })
        })
        .collect()
}

/// The diamond of `half` half-diagonal at `c`.
fn diamond(c: [f32; 2], half: f32) -> Shape {
    Shape::Polygon(vec![
        [c[0], c[1] - half],
        [c[0] + half, c[1]],
        [c[0], c[1] + half],
        [c[0] - half, c[1]],
    ])
}

/// The diamonds of `marks`, the selected event's larger and ringed, with the number of events
/// beside a diamond that stands for several.
pub fn build_events(input: &SceneInput<'_>, marks: &[EventMark]) -> Scene {
    let mut scene = Scene::new(input.view.vp, None);
    if marks.is_empty() {
        return scene;
    }
    let selected = (input.view.selection.as_ref()).and_then(|t| t.event(input.atlas()));
    let mut plain = Batch::new(Style::both(EVENT_FILL, palette::NODE_EDGE, 1.2));
    let mut chosen = Batch::new(Style::both(palette::HOVER, palette::SELECT, 1.6));
    for m in marks {
        if selected.is_some_and(|e| m.events.contains(&e)) {
            chosen.shapes.push(diamond(m.at, EVENT_HALF * 1.4));
        } else {
            plain.shapes.push(diamond(m.at, EVENT_HALF));
        }
        if m.events.len() > 1 {
            scene.labels.push(Label {
                text: m.events.len().to_string(),
                origin: [m.at[0] + EVENT_HALF + 2.0, m.at[1] + 4.0],
                size: 11.0,
                bold: true,
                color: palette::TEXT,
                place: None,
            });
        }
    }
    scene.push_batches(vec![plain, chosen]);
    scene
}

/// The diamond under `at` (CSS px), within `reach` of its edge: the nearest.
pub fn event_at(marks: &[EventMark], at: [f32; 2], reach: f32) -> Option<&EventMark> {
    let d = |m: &EventMark| (m.at[0] - at[0]).abs() + (m.at[1] - at[1]).abs();
    marks
        .iter()
        .filter(|m| d(m) <= EVENT_HALF + reach)
        .min_by(|a, b| d(a).total_cmp(&d(b)))
}

/// What a press on `mark` selects: its latest event, with the others of the place offered.
pub fn mark_targets(input: &SceneInput<'_>, mark: &EventMark) -> Vec<Target> {
    let events = input.atlas().chronicle().events();
    (mark.events.iter().rev())
        .filter_map(|&e| Some(Target::Event(events.get(e)?.row.id.clone())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Dataset;
    use crate::scene::testing::{count, Setup};
    use crate::view::Viewport;

    fn setup() -> Setup {
        let mut s = Setup::with(
            Dataset::embedded().unwrap(),
            Viewport::new(1280.0, 800.0, 1.0),
        );
        s.view.layers.events = true;
        s
    }

    #[test]
    fn the_events_are_diamonds_one_per_place_with_their_number() {
        let mut s = setup();
        let input = s.input();
        let marks = event_marks(&input);
        let wuxi = input.atlas().index_of("cn-wuxi").unwrap();
        let at_wuxi = marks.iter().find(|m| m.place == wuxi).expect("Wuxi");
        assert!(at_wuxi.events.len() >= 3, "{}", at_wuxi.events.len());
        // One mark per place, each event at each of its places.
        let places: std::collections::HashSet<_> = marks.iter().map(|m| m.place).collect();
        assert_eq!(places.len(), marks.len());
        let scene = build_events(&input, &marks);
        let diamonds = count(&scene, |x| matches!(x, Shape::Polygon(p) if p.len() == 4));
        assert_eq!(diamonds, marks.len());
        assert!(scene
            .labels
            .iter()
            .any(|l| l.text == at_wuxi.events.len().to_string()));
        // Pointing at the diamond finds it; its latest event comes first.
        let hit = event_at(&marks, at_wuxi.at, 2.0).unwrap();
        assert_eq!(hit.place, wuxi);
        let targets = mark_targets(&input, hit);
        let events = input.atlas().chronicle().events();
        let first = targets[0].event(input.atlas()).unwrap();
        assert_eq!(first, *at_wuxi.events.last().unwrap());
        assert!(events[first].places.contains(&wuxi));
        // Off: nothing.
        s.view.layers.events = false;
        assert!(event_marks(&s.input()).is_empty());
    }

    #[test]
    fn the_timeline_and_the_countries_choose_the_events() {
        let mut s = setup();
        let all: usize = event_marks(&s.input()).iter().map(|m| m.events.len()).sum();
        s.view.filters.year = Some(2003);
        let by_2003: usize = event_marks(&s.input()).iter().map(|m| m.events.len()).sum();
        assert!(0 < by_2003 && by_2003 < all, "{by_2003} of {all}");
        let years: Vec<Option<u16>> = {
            let input = s.input();
            let events = input.atlas().chronicle().events();
            (event_marks(&input).iter())
                .flat_map(|m| m.events.iter().map(|&e| events[e].year))
                .collect()
        };
        assert!(years.iter().all(|y| y.is_some_and(|y| y <= 2003)));
        s.view.filters.year = None;
        s.view.filters.countries[Country::US] = false;
        let input = s.input();
        let events = input.atlas().chronicle().events();
        // With the United States hidden, every event shown concerns Japan or Korea.
        assert!(event_marks(&input)
            .iter()
            .flat_map(|m| &m.events)
            .all(|&e| {
                let c = &events[e].row.countries;
                c.contains("JP") || c.contains("KR")
            }));
    }

    #[test]
    fn the_selected_event_stands_out() {
        let mut s = setup();
        s.view.selection = Some(Target::Event("2023-11-03-conference-suzhou".into()));
        let input = s.input();
        let marks = event_marks(&input);
        let scene = build_events(&input, &marks);
        let big = scene
            .batches
            .iter()
            .find(|b| b.style.fill == Some(palette::HOVER));
        assert_eq!(big.map(|b| b.shapes.len()), Some(1));
    }
}
