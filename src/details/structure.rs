//! The words of the network's structure: whether a tie sits inside a tie of its provinces, the
//! summary of such ties per country, and the hubs (places ranked by partners, with how much
//! they bridge).

use super::{place_ref, PlaceRef};
use crate::model::centrality::betweenness;
use crate::model::nesting::Nest;
use crate::model::{Atlas, Country};
use crate::view::{Visibility, KEY_SEPARATOR};

/// Where a tie below the province level stands, for the details panel.
#[derive(Debug, Clone, PartialEq)]
pub struct NestLine {
    pub inside: bool,
    pub text: String,
    /// The key (see [`crate::view::Target::key`]) of the province-level tie it sits inside.
    pub outer: Option<String>,
}

/// The line of tie `link` about its provinces' tie; `None` for a tie with a province-level end.
pub fn nest_line(atlas: &Atlas, link: usize) -> Option<NestLine> {
    let nesting = atlas.nesting();
    let n = nesting.nest(link)?;
    let l = &atlas.links[link];
    let name = |p: Option<usize>, end: usize| match p {
        Some(p) => atlas.places[p].names.en.clone(),
        None => atlas.places[end].region_en.clone(),
    };
    let (pa, pb) = (nesting.parent(l.cn), nesting.parent(l.partner));
    let (a, b) = (name(pa, l.cn), name(pb, l.partner));
    Some(match n {
        Nest::Inside => {
            let outer = nesting.outer(link)?;
            let o = &atlas.links[outer];
            let year = o.date.map(|d| format!(" ({})", d.year)).unwrap_or_default();
            NestLine {
                inside: true,
                text: format!("Inside the tie of their provinces: {a} – {b}{year}"),
                outer: Some(format!(
                    "{}{KEY_SEPARATOR}{}",
                    atlas.places[o.cn].id, atlas.places[o.partner].id
                )),
            }
        }
        Nest::Outside => {
            let why = match (pa, pb) {
                (Some(_), Some(_)) => format!("{a} and {b} are not tied"),
                (None, Some(_)) => format!("{a} has no ties in the data"),
                (Some(_), None) => format!("{b} has no ties in the data"),
                (None, None) => format!("neither {a} nor {b} has ties in the data"),
            };
            NestLine {
                inside: false,
                text: format!("Not inside a tie of their provinces: {why}"),
                outer: None,
            }
        }
    })
}

/// Per partner country, a sentence on the ties `shown` below the province level: "Japan: 76 of
/// 205 city ties (37 %) sit inside a tie of their provinces".
pub fn nest_summary(atlas: &Atlas, shown: &[bool]) -> Vec<String> {
    let s = atlas.nesting().summary(atlas, shown);
    Country::PARTNERS
        .iter()
        .filter(|&&c| s[c].1 > 0)
        .map(|&c| {
            let (inside, all) = s[c];
            format!(
                "{}: {inside} of {all} city ties ({} %) sit inside a tie of their provinces",
                c.name(),
                (inside * 100 + all / 2) / all
            )
        })
        .collect()
}

/// One row of the hub list.
#[derive(Debug, Clone, PartialEq)]
pub struct Hub {
    pub place: PlaceRef,
    /// Partners among the ties shown.
    pub partners: usize,
    /// Betweenness in per cent of the pairs of other places, rounded to a hundredth.
    pub bridging: f64,
}

/// What the bridging figure means, in one sentence.
pub const BRIDGING_MEANS: &str = "Bridging: the share of shortest paths between two other \
    places that pass through this one; high for places that join groups of ties.";

/// The `limit` places with the most partners among the ties `vis` shows (ties between counts:
/// the more bridging first, then in data order).
pub fn hubs(atlas: &Atlas, vis: &Visibility, limit: usize) -> Vec<Hub> {
    let degree = &vis.degree;
    let between = betweenness(atlas, &vis.links);
    let order: Vec<usize> = (0..atlas.places.len()).filter(|&p| degree[p] > 0).collect();
    // Betweenness is at most 1: a billionth is fine enough to rank by.
    let bridging = |p: usize| u64::from(u32::MAX - (between[p] * 1e9) as u32);
    crate::num::sort_by_rank(order, |&p| crate::num::desc(degree[p]) << 32 | bridging(p))
        .into_iter()
        .take(limit)
        .map(|p| Hub {
            place: place_ref(atlas, p),
            partners: degree[p],
            bridging: (between[p] * 10_000.0).round() / 100.0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_city_tie_says_which_provinces_tie_holds_it() {
        let a = Atlas::embedded().0;
        let l = a.link_between("cn-changchun", "jp-sendai").unwrap();
        let line = nest_line(&a, l).unwrap();
        assert!(line.inside);
        assert_eq!(line.outer.as_deref(), Some("cn-jilin~jp-miyagi-prefecture"));
        assert!(line
            .text
            .starts_with("Inside the tie of their provinces: Jilin – Miyagi"));
        let outer = a.link_between("cn-jilin", "jp-miyagi-prefecture").unwrap();
        assert_eq!(nest_line(&a, outer), None);
        let summary = nest_summary(&a, &vec![true; a.links.len()]);
        assert_eq!(summary.len(), 3);
        assert!(summary[0].starts_with("Japan: "), "{summary:?}");
    }

    #[test]
    fn hubs_are_ranked_by_partners_and_follow_the_ties_shown() {
        use crate::view::Filters;
        let a = Atlas::embedded().0;
        let only = |keep: &[Country]| {
            let mut f = Filters::default();
            for c in Country::PARTNERS {
                f.countries[c] = keep.contains(&c);
            }
            Visibility::compute(&a, &f)
        };
        let h = hubs(&a, &only(&Country::PARTNERS), 10);
        assert_eq!(h.len(), 10);
        assert!(h.windows(2).all(|w| w[0].partners >= w[1].partners));
        let top = a.index_of(&h[0].place.id).unwrap();
        assert_eq!(h[0].partners, a.places[top].degree());
        assert!(h.iter().any(|x| x.bridging > 0.0));
        // Only the ties to Korea: every hub's partners are Korean or it is Korean.
        for x in hubs(&a, &only(&[Country::KR]), 5) {
            let p = a.index_of(&x.place.id).unwrap();
            let n = a.places[p]
                .links
                .iter()
                .filter(|&&l| a.link_country(l) == Country::KR)
                .count();
            assert_eq!(x.partners, n);
        }
        assert!(hubs(&a, &only(&[]), 5).is_empty());
    }
}
