//! Which ties the reader asks to see: partner country, the level of each side, the kind of tie,
//! a range of years (with undated ties as a choice of their own) and a minimum number of
//! partners. [`Facets`] counts, for every choice, the ties it would show beside the others.

use crate::model::chronicle::Standing;
use crate::model::nesting::Nest;
use crate::model::{Atlas, Country, Kind, PerCountry, Tier};

/// The word a link and the filter controls use for a standing.
pub fn standing_word(s: Standing) -> &'static str {
    match s {
        Standing::InForce => "in-force",
        Standing::Suspended => "suspended",
        Standing::Ended => "ended",
        Standing::Disputed => "disputed",
        Standing::Barred => "barred",
    }
}

/// Where a tie below the province level stands, in the order the filters index it.
pub const NESTS: [Nest; 2] = [Nest::Inside, Nest::Outside];

/// The word a link and the filter controls use for it.
pub fn nest_word(n: Nest) -> &'static str {
    match n {
        Nest::Inside => "inside",
        Nest::Outside => "outside",
    }
}

/// Position of `n` in [`NESTS`].
pub fn nest_index(n: Nest) -> usize {
    match n {
        Nest::Inside => 0,
        Nest::Outside => 1,
    }
}

/// The kinds of tie in the order the filters index them.
pub const KINDS: [Kind; 4] = [
    Kind::Sister,
    Kind::Friendship,
    Kind::Exchange,
    Kind::Unknown,
];

/// Position of `k` in [`KINDS`].
pub fn kind_index(k: Kind) -> usize {
    match k {
        Kind::Sister => 0,
        Kind::Friendship => 1,
        Kind::Exchange => 2,
        Kind::Unknown => 3,
    }
}

/// The word a link and the filter controls use for a kind of tie.
pub fn kind_word(k: Kind) -> &'static str {
    match k {
        Kind::Sister => "sister",
        Kind::Friendship => "friendship",
        Kind::Exchange => "exchange",
        Kind::Unknown => "unstated",
    }
}

/// The word a link and the filter controls use for a tier.
pub fn tier_word(t: Tier) -> &'static str {
    match t {
        Tier::Province => "province",
        Tier::City => "city",
        Tier::District => "district",
    }
}

/// Which ties are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Filters {
    /// Partner countries shown (China's slot is unused).
    pub countries: PerCountry<bool>,
    /// Levels of the Chinese side shown, indexed like `Tier::ALL`.
    pub tiers: [bool; 3],
    /// Levels of the partner side shown, indexed like `Tier::ALL`.
    pub partner_tiers: [bool; 3],
    /// Kinds shown, indexed like [`KINDS`] (the last: no source says).
    pub kinds: [bool; 4],
    /// Dated ties shown: established in or after this year.
    pub since_year: Option<u16>,
    /// Dated ties shown: established in or before this year.
    pub until_year: Option<u16>,
    /// Whether ties without a known date are shown (they never get a made-up year).
    pub undated: bool,
    /// The timeline's year: dated ties established after it are not yet shown (see
    /// [`super::timeline`]); `None` shows every year.
    pub year: Option<u16>,
    /// Only places with at least this many partners among the ties the other filters let
    /// through, with their ties (0 and 1: every place).
    pub min_partners: u16,
    /// Ties below the province level shown, by whether they sit inside a province-level tie
    /// (indexed like [`NESTS`]); ties with a province-level end always pass.
    pub nests: [bool; 2],
    /// Ties shown by what they are at the timeline's year (or now), indexed like
    /// [`Standing::ALL`].
    pub standings: [bool; 5],
}

impl Default for Filters {
    fn default() -> Self {
        Self {
            countries: PerCountry::splat(true),
            tiers: [true; 3],
            partner_tiers: [true; 3],
            kinds: [true; 4],
            since_year: None,
            until_year: None,
            undated: true,
            year: None,
            min_partners: 0,
            nests: [true; 2],
            standings: [true; 5],
        }
    }
}

/// Which of the filters a tie passes, one flag per facet.
#[derive(Debug, Clone, Copy)]
pub(super) struct Passes {
    pub country: bool,
    pub tier: bool,
    pub partner_tier: bool,
    pub kind: bool,
    pub year: bool,
    pub nest: bool,
    pub standing: bool,
}

impl Passes {
    pub fn all(&self) -> bool {
        self.country
            && self.tier
            && self.partner_tier
            && self.kind
            && self.year
            && self.nest
            && self.standing
    }
}

impl Filters {
    /// Whether every filter is at its default.
    pub fn is_default(&self) -> bool {
        *self == Filters::default()
    }

    /// The partner countries shown, when the filters hide some; `None` when all are shown.
    pub fn countries_shown(&self) -> Option<Vec<Country>> {
        let shown: Vec<Country> = Country::PARTNERS
            .into_iter()
            .filter(|&c| self.countries[c])
            .collect();
        (shown.len() < Country::PARTNERS.len()).then_some(shown)
    }

    /// Whether a year range is set.
    pub fn has_years(&self) -> bool {
        self.since_year.is_some() || self.until_year.is_some()
    }

    /// Whether a tie of `date` passes the years (an undated one by the choice for undated ties).
    fn year_ok(&self, date: Option<crate::model::Date>) -> bool {
        match date {
            Some(d) => {
                self.since_year.is_none_or(|y| d.year >= y)
                    && self.until_year.is_none_or(|y| d.year <= y)
                    && self.year.is_none_or(|y| d.year <= y)
            }
            None => self.undated,
        }
    }

    /// Which of the filters tie `link` passes, each on its own (for the facets).
    pub(super) fn passes(&self, atlas: &Atlas, link: usize) -> Passes {
        let l = &atlas.links[link];
        let partner = &atlas.places[l.partner];
        Passes {
            country: self.countries[partner.country],
            tier: self.tiers[atlas.places[l.cn].level.tier().index()],
            partner_tier: self.partner_tiers[partner.level.tier().index()],
            kind: self.kinds[kind_index(l.kind)],
            year: self.year_ok(l.date),
            nest: self.nest_ok(atlas, link),
            standing: self.standing_ok(atlas, link),
        }
    }

    /// What tie `link` is at the timeline's year (or now).
    pub fn standing(&self, atlas: &Atlas, link: usize) -> Standing {
        atlas.chronicle().standing_of(link, self.year)
    }

    /// Whether tie `link` passes the choice of standings.
    fn standing_ok(&self, atlas: &Atlas, link: usize) -> bool {
        self.standings == [true; 5] || self.standings[self.standing(atlas, link).index()]
    }

    /// Whether tie `link` passes the choice of nested ties.
    fn nest_ok(&self, atlas: &Atlas, link: usize) -> bool {
        self.nests == [true; 2]
            || atlas
                .nesting()
                .nest(link)
                .is_none_or(|n| self.nests[nest_index(n)])
    }

    /// Whether tie `link` passes every filter but the minimum number of partners (which
    /// depends on the other ties: see [`Filters::shown`]). The same as every flag of
    /// [`Filters::passes`], but stops at the first that fails.
    pub fn admits(&self, atlas: &Atlas, link: usize) -> bool {
        let l = &atlas.links[link];
        let partner = &atlas.places[l.partner];
        self.countries[partner.country]
            && self.kinds[kind_index(l.kind)]
            && self.year_ok(l.date)
            && self.partner_tiers[partner.level.tier().index()]
            && self.tiers[atlas.places[l.cn].level.tier().index()]
            && self.nest_ok(atlas, link)
            && self.standing_ok(atlas, link)
    }

    /// Which ties are shown, one flag per tie.
    pub fn shown(&self, atlas: &Atlas) -> Vec<bool> {
        let admitted: Vec<bool> = (0..atlas.links.len())
            .map(|l| self.admits(atlas, l))
            .collect();
        if self.min_partners <= 1 {
            return admitted;
        }
        let degree = degrees(atlas, &admitted);
        let m = usize::from(self.min_partners);
        atlas
            .links
            .iter()
            .zip(&admitted)
            .map(|(l, &ok)| ok && (degree[l.cn] >= m || degree[l.partner] >= m))
            .collect()
    }
}

/// Shown ties per place.
pub(super) fn degrees(atlas: &Atlas, shown: &[bool]) -> Vec<usize> {
    let mut degree = vec![0usize; atlas.places.len()];
    for (l, _) in atlas.links.iter().zip(shown).filter(|(_, &s)| s) {
        degree[l.cn] += 1;
        degree[l.partner] += 1;
    }
    degree
}

/// The tiers of `Tier::ALL` a flag array leaves on.
pub fn tiers_on(flags: &[bool; 3]) -> impl Iterator<Item = Tier> + '_ {
    Tier::ALL.into_iter().filter(|t| flags[t.index()])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::fixture;
    use crate::view::Facets;

    #[test]
    fn ties_outside_their_provinces_ties_can_be_shown_alone() {
        let a = Atlas::embedded().0;
        let f = Filters {
            nests: [false, true],
            ..Filters::default()
        };
        let shown = f.shown(&a);
        let tie = |x: &str, y: &str| a.link_between(x, y).unwrap();
        assert!(!shown[tie("cn-changchun", "jp-sendai")]);
        // A province-level tie is not a city tie: the choice leaves it be.
        assert!(shown[tie("cn-jilin", "jp-miyagi-prefecture")]);
        let facets = Facets::compute(&a, &f);
        let s = a.nesting().summary(&a, &vec![true; a.links.len()]);
        let inside: usize = Country::PARTNERS.iter().map(|&c| s[c].0).sum();
        let all: usize = Country::PARTNERS.iter().map(|&c| s[c].1).sum();
        assert_eq!(facets.nests, [inside, all - inside]);
        assert_eq!(shown.iter().filter(|&&x| x).count(), a.links.len() - inside);
    }

    #[test]
    fn ties_are_shown_by_their_standing_at_the_timeline_year() {
        let a = Atlas::embedded().0;
        let carmel = a.link_between("cn-xiangyang", "us-carmel-indiana").unwrap();
        let kobe = a.link_between("cn-tianjin", "jp-kobe").unwrap();
        let mut f = Filters {
            standings: [false; 5],
            ..Filters::default()
        };
        f.standings[Standing::Ended.index()] = true;
        let shown = f.shown(&a);
        assert!(shown[carmel] && !shown[kobe]);
        // Before it ended, the tie was in force.
        f.year = Some(2023);
        assert!(!f.shown(&a)[carmel]);
        f.standings[Standing::InForce.index()] = true;
        assert!(f.shown(&a)[carmel]);
        let facets = Facets::compute(&a, &Filters::default());
        assert_eq!(facets.standings.iter().sum::<usize>(), a.links.len());
        assert!(facets.standings[Standing::Ended.index()] >= 1);
    }

    fn count(a: &Atlas, f: &Filters) -> usize {
        f.shown(a).iter().filter(|&&s| s).count()
    }

    #[test]
    fn each_filter_hides_what_it_names() {
        let a = fixture();
        let mut f = Filters::default();
        assert_eq!(count(&a, &f), 4);
        f.countries[Country::JP] = false;
        assert_eq!(count(&a, &f), 2);
        f = Filters::default();
        f.tiers[Tier::Province.index()] = false; // both Chinese ends are municipalities
        assert_eq!(count(&a, &f), 0);
        f = Filters::default();
        f.partner_tiers[Tier::City.index()] = false; // Kobe, Osaka, Philadelphia
        assert_eq!(count(&a, &f), 1);
        f = Filters::default();
        f.kinds[kind_index(Kind::Friendship)] = false;
        assert_eq!(count(&a, &f), 2);
        f.kinds[kind_index(Kind::Unknown)] = false;
        assert_eq!(count(&a, &f), 1);
    }

    #[test]
    fn admitting_is_passing_every_filter() {
        let a = crate::model::testing::fixture();
        let mut f = Filters::default();
        for bits in 0u32..1 << 9 {
            f.countries[Country::JP] = bits & 1 == 0;
            f.countries[Country::US] = bits & 2 == 0;
            f.tiers[0] = bits & 4 == 0;
            f.partner_tiers[1] = bits & 8 == 0;
            f.kinds[kind_index(Kind::Friendship)] = bits & 16 == 0;
            f.kinds[kind_index(Kind::Unknown)] = bits & 32 == 0;
            f.since_year = (bits & 64 != 0).then_some(1974);
            f.until_year = (bits & 128 != 0).then_some(1990);
            f.undated = bits & 256 == 0;
            for l in 0..a.links.len() {
                assert_eq!(f.admits(&a, l), f.passes(&a, l).all(), "{bits:b} {l}");
            }
        }
    }

    #[test]
    fn years_never_give_undated_ties_a_year() {
        let a = fixture();
        let mut f = Filters {
            since_year: Some(1974),
            ..Filters::default()
        };
        // Osaka 1974, Incheon 1993, and Philadelphia (undated, shown by choice).
        assert_eq!(count(&a, &f), 3);
        f.undated = false;
        assert_eq!(count(&a, &f), 2);
        f.until_year = Some(1980);
        assert_eq!(count(&a, &f), 1);
        f = Filters {
            undated: false,
            ..Filters::default()
        };
        assert_eq!(count(&a, &f), 3);
    }

    #[test]
    fn a_minimum_of_partners_keeps_the_hubs_and_their_ties() {
        let a = fixture();
        let f = Filters {
            min_partners: 2,
            ..Filters::default()
        };
        // Tianjin has three partners; Shanghai–Osaka goes.
        assert_eq!(count(&a, &f), 3);
        let f = Filters {
            min_partners: 4,
            ..Filters::default()
        };
        assert_eq!(count(&a, &f), 0);
        // Counted among the ties the other filters let through.
        let mut f = Filters {
            min_partners: 3,
            ..Filters::default()
        };
        assert_eq!(count(&a, &f), 3);
        f.countries[Country::US] = false;
        assert_eq!(count(&a, &f), 0);
    }

    #[test]
    fn facets_count_each_choice_beside_the_other_filters() {
        let a = fixture();
        let mut f = Filters::default();
        f.countries[Country::JP] = false;
        let c = Facets::compute(&a, &f);
        // Country choices ignore the country filter itself.
        assert_eq!(c.countries.partners(), [2, 1, 1]);
        // Other facets count only what the countries let through.
        assert_eq!(c.kinds, [1, 0, 0, 1]);
        assert_eq!((c.dated, c.undated), (1, 1));
        assert_eq!(c.years, Some((1993, 1993)));
        // With nothing hidden, each facet adds up to every tie.
        let c = Facets::compute(&a, &Filters::default());
        assert_eq!(c.tiers.iter().sum::<usize>(), 4);
        assert_eq!(c.partner_tiers.iter().sum::<usize>(), 4);
        assert_eq!(c.kinds.iter().sum::<usize>(), 4);
        assert_eq!(c.dated + c.undated, 4);
        assert_eq!(c.years, Some((1973, 1993)));
        // A choice that is off still says what it would bring back.
        let f = Filters {
            kinds: [true, false, true, true],
            ..Filters::default()
        };
        assert_eq!(Facets::compute(&a, &f).kinds, [1, 2, 0, 1]);
    }
}
