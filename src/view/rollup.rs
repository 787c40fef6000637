//! Regions rolled up: places grouped by province, prefecture or state, each region drawn as one
//! marker sized (or coloured) by a measure, with the ties between regions counted. A reader
//! opens a region to see its places again, and closes it.

use super::{Dirty, ViewState};
use crate::dataset::Dataset;

/// What a region's marker shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Measure {
    /// Its ties shown (the marker's area).
    #[default]
    Ties,
    /// Its places' distinct partners (the marker's area).
    Partners,
    /// The year of its first tie shown (the marker's colour).
    FirstYear,
}

impl Measure {
    pub const ALL: [Measure; 3] = [Measure::Ties, Measure::Partners, Measure::FirstYear];

    /// The word a link, the JS API and the control use.
    pub fn word(self) -> &'static str {
        match self {
            Measure::Ties => "ties",
            Measure::Partners => "partners",
            Measure::FirstYear => "first-year",
        }
    }
    pub fn parse(w: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.word() == w)
    }
}

/// The regions rolled up, by a measure, with the regions opened to their places.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Rollup {
    pub measure: Measure,
    /// Keys of the regions shown as their places, sorted.
    pub open: Vec<String>,
}

impl Rollup {
    /// Whether region `key` shows its places.
    pub fn is_open(&self, key: &str) -> bool {
        self.open.binary_search_by(|k| k.as_str().cmp(key)).is_ok()
    }
}

impl ViewState {
    /// Whether `t` can be selected or hovered in this view: a place or tie of the data, or a
    /// region while the places are rolled up.
    pub fn can_show(&self, data: &Dataset, t: &super::Target) -> bool {
        match t {
            super::Target::Region(_) => self.rollup.is_some() && t.exists(data.atlas()),
            _ => t.exists(data.atlas()),
        }
    }
}

/// At most this many regions open at once (a link may name them all).
const MAX_OPEN: usize = 400;

/// What follows a change of the roll-up: the picture, the panel and the address.
const ROLLED: Dirty = Dirty {
    network: true,
    overlay: true,
    panel: true,
    legend: true,
    url: true,
    tooltip: true,
    ..Dirty::NONE
};

/// Rolls the places up into regions by `measure`, or back (`None`), keeping the regions open.
pub(super) fn set(view: &mut ViewState, measure: Option<Measure>) -> Dirty {
    let next = measure.map(|m| Rollup {
        measure: m,
        open: view.rollup.take().map(|r| r.open).unwrap_or_default(),
    });
    let changed = next != view.rollup;
    view.rollup = next;
    if view.rollup.is_none() {
        // A region is not a thing to select on the places.
        if matches!(view.selection, Some(super::Target::Region(_))) {
            view.selection = None;
        }
        view.hover = None;
    }
    if changed {
        ROLLED
    } else {
        Dirty::NONE
    }
}

/// Opens region `key` to its places, or closes it; unknown keys are ignored.
pub(super) fn open(view: &mut ViewState, data: &Dataset, key: &str, open: bool) -> Dirty {
    let Some(r) = view.rollup.as_mut() else {
        return Dirty::NONE;
    };
    if data.atlas().regions().find(key).is_none() {
        return Dirty::NONE;
    }
    let at = r.open.binary_search_by(|k| k.as_str().cmp(key));
    match (at, open) {
        (Err(i), true) if r.open.len() < MAX_OPEN => r.open.insert(i, key.to_owned()),
        (Ok(i), false) => {
            r.open.remove(i);
        }
        _ => return Dirty::NONE,
    }
    view.hover = None;
    ROLLED
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::{update, Action, Target, Viewport};

    #[test]
    fn regions_roll_up_open_close_and_roll_back() {
        let d = Dataset::embedded().unwrap();
        let mut v = ViewState::home(d.bounds(), Viewport::new(1000.0, 600.0, 1.0));
        assert!(update(&mut v, &d, Action::Rollup(Some(Measure::Partners))).network);
        let open = |k: &str, o: bool| Action::Open {
            region: k.to_owned(),
            open: o,
        };
        assert!(update(&mut v, &d, open("region-cn-jilin", true)).network);
        assert!(update(&mut v, &d, open("region-cn-hebei", true)).network);
        assert_eq!(
            update(&mut v, &d, open("region-cn-jilin", true)),
            Dirty::NONE
        );
        assert_eq!(
            update(&mut v, &d, open("region-xx-nowhere", true)),
            Dirty::NONE
        );
        let r = v.rollup.clone().unwrap();
        assert_eq!(r.open, ["region-cn-hebei", "region-cn-jilin"]);
        assert!(r.is_open("region-cn-jilin") && !r.is_open("region-cn-sichuan"));
        update(&mut v, &d, open("region-cn-hebei", false));
        // Another measure keeps the regions open; a region can be selected.
        update(&mut v, &d, Action::Rollup(Some(Measure::FirstYear)));
        assert_eq!(v.rollup.as_ref().unwrap().open, ["region-cn-jilin"]);
        let jilin = Target::Region("region-cn-jilin".into());
        assert!(update(&mut v, &d, Action::Select(Some(jilin.clone()))).panel);
        assert_eq!(v.selection, Some(jilin.clone()));
        // Rolling back drops the region's selection; without the roll-up a region cannot be
        // selected.
        update(&mut v, &d, Action::Rollup(None));
        assert_eq!((v.rollup.clone(), v.selection.clone()), (None, None));
        assert_eq!(update(&mut v, &d, Action::Select(Some(jilin))), Dirty::NONE);
    }
}
