//! The timeline: the network as it stood at the end of a year, and the player that walks it
//! year by year. The year is a filter ([`Filters::year`]), so the map, the counts, the table,
//! the exports and the address follow it like any other; undated ties follow their own choice
//! ([`Filters::undated`]) and never get a year.

use super::action::{update, Action};
use super::Dirty;
use super::ViewState;
use crate::dataset::Dataset;
use crate::model::Atlas;

/// Playing speeds, in years per second.
pub const SPEEDS: [f32; 4] = [0.5, 1.0, 2.0, 4.0];
/// The speed a player starts at (an index into [`SPEEDS`]).
pub const DEFAULT_SPEED: usize = 1;

/// What the growth chart under the timeline shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartMode {
    /// Ties made each year, stacked by partner country.
    New,
    /// Ties made by then, a line per partner country, with the official totals.
    Total,
}

impl ChartMode {
    pub const ALL: [ChartMode; 2] = [ChartMode::New, ChartMode::Total];

    /// The word of a link (`chart=new`).
    pub fn word(self) -> &'static str {
        match self {
            ChartMode::New => "new",
            ChartMode::Total => "total",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.word() == s)
    }
}

/// The first and last years of the data's dated ties.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearSpan {
    pub first: u16,
    pub last: u16,
}

impl YearSpan {
    /// The span of `atlas`'s dated ties; `None` when no tie has a date.
    pub fn of(atlas: &Atlas) -> Option<Self> {
        let mut years = atlas.links.iter().filter_map(|l| l.date.map(|d| d.year));
        let first = years.next()?;
        let (first, last) = years.fold((first, first), |(a, b), y| (a.min(y), b.max(y)));
        Some(Self { first, last })
    }

    pub fn clamp(&self, year: u16) -> u16 {
        year.clamp(self.first, self.last)
    }

    /// The year after `year` (a timeline that is off starts at the first); `None` after the last.
    pub fn next(&self, year: Option<u16>) -> Option<u16> {
        match year {
            None => Some(self.first),
            Some(y) if y >= self.last => None,
            Some(y) => Some(self.clamp(y + 1)),
        }
    }

    /// The year before `year` (a timeline that is off steps back from the last).
    pub fn previous(&self, year: Option<u16>) -> u16 {
        match year {
            None => self.last,
            Some(y) => self.clamp(y.saturating_sub(1)),
        }
    }
}

/// The player: whether it walks the years, and how fast (an index into [`SPEEDS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Player {
    pub playing: bool,
    pub speed: usize,
}

impl Default for Player {
    fn default() -> Self {
        Self {
            playing: false,
            speed: DEFAULT_SPEED,
        }
    }
}

impl Player {
    /// How long (ms) each year shows while playing.
    pub fn step_ms(&self) -> f64 {
        1000.0 / f64::from(SPEEDS[self.speed.min(SPEEDS.len() - 1)])
    }
}

/// The timeline's actions: [`Action::Year`], [`Action::Play`], [`Action::Speed`],
/// [`Action::Tick`] (a player's step) and [`Action::Chart`].
pub(super) fn apply(view: &mut ViewState, data: &Dataset, action: Action) -> Dirty {
    let span = YearSpan::of(data.atlas());
    let set_year = |view: &mut ViewState, year: Option<u16>| {
        let mut f = view.filters;
        f.year = year.and_then(|y| Some(span?.clamp(y)));
        update(view, data, Action::SetFilters(f))
    };
    let player = view.player;
    let mut d = match action {
        Action::Year(year) => {
            // A reader's own step stops the player; closing the timeline closes its chart.
            view.player.playing = false;
            let closed = year.is_none() && view.chart.take().is_some();
            let mut d = set_year(view, year);
            d.url |= closed;
            d.timeline |= closed;
            d
        }
        Action::Play(true) => {
            let Some(span) = span else {
                return Dirty::NONE;
            };
            view.player.playing = true;
            // From the start again when the last year (or every year) is shown.
            match view.filters.year {
                Some(y) if y < span.last => Dirty::NONE,
                _ => set_year(view, Some(span.first)),
            }
        }
        Action::Play(false) => {
            view.player.playing = false;
            Dirty::NONE
        }
        Action::Chart(mode) => {
            if view.chart == mode {
                return Dirty::NONE;
            }
            view.chart = mode;
            return Dirty {
                timeline: true,
                url: true,
                ..Dirty::NONE
            };
        }
        Action::Speed(s) => {
            view.player.speed = s.min(SPEEDS.len() - 1);
            Dirty::NONE
        }
        Action::Tick => {
            if !view.player.playing {
                return Dirty::NONE;
            }
            match span.and_then(|s| s.next(view.filters.year)) {
                Some(y) => set_year(view, Some(y)),
                None => {
                    view.player.playing = false;
                    Dirty::NONE
                }
            }
        }
        _ => Dirty::NONE,
    };
    d.timeline |= view.player != player;
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::fixture;
    use crate::view::Viewport;

    fn setup() -> (Dataset, ViewState) {
        let d = Dataset::new(fixture(), Vec::new()).unwrap();
        let v = ViewState::home(d.bounds(), Viewport::new(800.0, 500.0, 1.0));
        (d, v)
    }

    #[test]
    fn the_span_runs_from_the_first_to_the_last_dated_tie() {
        let (d, _) = setup();
        let s = YearSpan::of(d.atlas()).unwrap();
        assert_eq!((s.first, s.last), (1973, 1993));
        assert_eq!(s.next(None), Some(1973));
        assert_eq!(s.next(Some(1980)), Some(1981));
        assert_eq!(s.next(Some(1993)), None);
        assert_eq!(s.previous(None), 1993);
        assert_eq!(s.previous(Some(1973)), 1973);
        assert_eq!(s.clamp(2050), 1993);
    }

    #[test]
    fn a_year_shows_the_ties_made_by_then_and_undated_ties_by_their_own_choice() {
        let (d, mut v) = setup();
        let shown = |v: &ViewState| v.filters.shown(d.atlas()).iter().filter(|&&s| s).count();
        let all = shown(&v);
        let dirty = update(&mut v, &d, Action::Year(Some(1973)));
        assert!(dirty.network && dirty.url && dirty.timeline);
        // Tianjin – Kobe (1973) and the undated Tianjin – Philadelphia.
        assert_eq!(shown(&v), 2);
        v.filters.undated = false;
        assert_eq!(shown(&v), 1);
        // A year outside the data is brought into it; none shows every year again.
        update(&mut v, &d, Action::Year(Some(1850)));
        assert_eq!(v.filters.year, Some(1973));
        v.filters.undated = true;
        update(&mut v, &d, Action::Year(None));
        assert_eq!(shown(&v), all);
    }

    #[test]
    fn the_player_walks_the_years_and_stops_at_the_last() {
        let (d, mut v) = setup();
        let dirty = update(&mut v, &d, Action::Play(true));
        assert!(v.player.playing && dirty.timeline);
        assert_eq!(v.filters.year, Some(1973));
        update(&mut v, &d, Action::Tick);
        assert_eq!(v.filters.year, Some(1974));
        let mut ticks = 0;
        while v.player.playing && ticks < 100 {
            update(&mut v, &d, Action::Tick);
            ticks += 1;
        }
        assert_eq!((v.filters.year, ticks), (Some(1993), 20));
        // Play again from the last year: from the start.
        update(&mut v, &d, Action::Play(true));
        assert_eq!(v.filters.year, Some(1973));
        // A reader's step stops it; a tick then does nothing.
        update(&mut v, &d, Action::Year(Some(1980)));
        assert!(!v.player.playing);
        assert_eq!(update(&mut v, &d, Action::Tick), Dirty::NONE);
        let dirty = update(&mut v, &d, Action::Chart(Some(ChartMode::Total)));
        assert!(dirty.timeline && dirty.url && v.chart == Some(ChartMode::Total));
        // Closing the timeline closes its chart too.
        let dirty = update(&mut v, &d, Action::Year(None));
        assert!(dirty.url && v.chart.is_none() && v.filters.year.is_none());
        assert_eq!(ChartMode::parse("new"), Some(ChartMode::New));
        update(&mut v, &d, Action::Speed(9));
        assert_eq!(v.player.speed, SPEEDS.len() - 1);
        assert!((v.player.step_ms() - 250.0).abs() < 1e-9);
    }
}
