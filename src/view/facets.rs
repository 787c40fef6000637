//! How many ties each choice of each filter would show beside the others as they are: what a
//! filter control says beside each choice.

use super::filters::{degrees, kind_index, nest_index, Filters, Passes};
use crate::model::{Atlas, PerCountry};

/// For each choice of each filter, how many ties it shows together with the other filters as
/// they are: what a filter control can say beside each choice.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    pub countries: PerCountry<usize>,
    pub tiers: [usize; 3],
    pub partner_tiers: [usize; 3],
    pub kinds: [usize; 4],
    /// Dated ties within the year range.
    pub dated: usize,
    /// Undated ties.
    pub undated: usize,
    /// The earliest and latest year of the dated ties the other filters let through.
    pub years: Option<(u16, u16)>,
    /// Ties below the province level, inside a province-level tie or not.
    pub nests: [usize; 2],
    /// Ties by what they are at the timeline's year (or now), indexed like
    /// [`crate::model::chronicle::Standing::ALL`].
    pub standings: [usize; 5],
}

impl Facets {
    pub fn compute(atlas: &Atlas, filters: &Filters) -> Self {
        let mut f = Facets::default();
        let admitted: Vec<Passes> = (0..atlas.links.len())
            .map(|l| filters.passes(atlas, l))
            .collect();
        let m = usize::from(filters.min_partners);
        // Partners per place, for the minimum of partners only.
        let degree = if m > 1 {
            let shown: Vec<bool> = admitted.iter().map(Passes::all).collect();
            degrees(atlas, &shown)
        } else {
            Vec::new()
        };
        for (i, (l, p)) in atlas.links.iter().zip(&admitted).enumerate() {
            // A tie not shown now would add itself to both ends' counts.
            let own = usize::from(!p.all());
            let hub = m <= 1 || degree[l.cn] + own >= m || degree[l.partner] + own >= m;
            if !hub {
                continue;
            }
            let others = |skip: fn(&mut Passes)| {
                let mut q = *p;
                skip(&mut q);
                q.all()
            };
            if others(|q| q.country = true) {
                f.countries[atlas.link_country(i)] += 1;
            }
            if others(|q| q.tier = true) {
                f.tiers[atlas.link_tier(i).index()] += 1;
            }
            if others(|q| q.partner_tier = true) {
                f.partner_tiers[atlas.places[l.partner].level.tier().index()] += 1;
            }
            if others(|q| q.kind = true) {
                f.kinds[kind_index(l.kind)] += 1;
            }
            if let Some(n) = atlas
                .nesting()
                .nest(i)
                .filter(|_| others(|q| q.nest = true))
            {
                f.nests[nest_index(n)] += 1;
            }
            if others(|q| q.standing = true) {
                f.standings[filters.standing(atlas, i).index()] += 1;
            }
            if others(|q| q.year = true) {
                match l.date {
                    Some(d) => {
                        if p.year {
                            f.dated += 1;
                        }
                        f.years = Some(match f.years {
                            None => (d.year, d.year),
                            Some((a, b)) => (a.min(d.year), b.max(d.year)),
                        });
                    }
                    None => f.undated += 1,
                }
            }
        }
        f
    }
}
