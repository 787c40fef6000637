//! What the timeline bar says: the year, the ties made by then and in that year, and the choice
//! for ties whose year no source gives.

use crate::model::Atlas;

/// The ties the filters show at a timeline year, counted for the bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct YearCounts {
    /// Dated ties shown (made in or before the year).
    pub dated: usize,
    /// Of those, the ties made in the year itself.
    pub new: usize,
    /// Undated ties shown (by their own choice).
    pub undated: usize,
}

/// Counts the ties `shown` at timeline `year`.
pub fn year_counts(atlas: &Atlas, shown: &[bool], year: u16) -> YearCounts {
    let mut c = YearCounts::default();
    for (l, _) in atlas.links.iter().zip(shown).filter(|(_, &s)| s) {
        match l.date {
            Some(d) => {
                c.dated += 1;
                c.new += usize::from(d.year == year);
            }
            None => c.undated += 1,
        }
    }
    c
}

/// "1992: 312 ties made by then, 45 of them that year" (the slider's words too).
pub fn year_text(year: u16, c: &YearCounts) -> String {
    let ties = if c.dated == 1 { "tie" } else { "ties" };
    format!(
        "{year}: {} {ties} made by then, {} that year",
        c.dated, c.new
    )
}

/// The undated choice's label: "+ 207 ties with no known year".
pub fn undated_choice(n: usize) -> String {
    let ties = if n == 1 { "tie" } else { "ties" };
    format!("+ {n} {ties} with no known year")
}

/// Why a partner's tie is hidden: not yet made in the timeline's year, or the filters.
pub fn hidden_mark(timeline: Option<u16>, tie_year: Option<u16>) -> String {
    match (timeline, tie_year) {
        (Some(y), Some(t)) if t > y => format!("made in {t}, after {y}"),
        _ => super::HIDDEN_BY_FILTERS.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::fixture;

    #[test]
    fn counts_split_dated_new_and_undated() {
        let a = fixture();
        let shown = vec![true; a.links.len()];
        let c = year_counts(&a, &shown, 1973);
        assert_eq!(c.new, 1);
        assert!(c.undated >= 1 && c.dated >= 2, "{c:?}");
        assert_eq!(
            year_text(
                1973,
                &YearCounts {
                    dated: 1,
                    new: 1,
                    undated: 0
                }
            ),
            "1973: 1 tie made by then, 1 that year"
        );
        assert_eq!(undated_choice(207), "+ 207 ties with no known year");
        assert_eq!(
            hidden_mark(Some(1992), Some(1993)),
            "made in 1993, after 1992"
        );
        assert_eq!(hidden_mark(Some(1992), Some(1990)), "hidden by the filters");
        assert_eq!(hidden_mark(None, Some(1993)), "hidden by the filters");
    }
}
