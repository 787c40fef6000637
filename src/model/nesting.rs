//! Ties nested in ties: whether a tie between two cities (or districts, counties, towns) sits
//! inside a tie between the provinces, prefectures or states above them. Studies of Chinese
//! sister cities find that it often does not; the atlas says so tie by tie.

use super::{Atlas, PerCountry, Tier};

/// Where a tie below the province level stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Nest {
    /// The provinces (prefectures, states) above both ends are tied too.
    Inside,
    /// They are not (or one of them is not in the data).
    Outside,
}

/// The province-level place above each place, and where each tie stands.
#[derive(Debug, Clone, Default)]
pub struct Nesting {
    parent: Vec<Option<usize>>,
    nest: Vec<Option<Nest>>,
    /// For a tie inside another, that tie.
    outer: Vec<Option<usize>>,
}

impl Nesting {
    pub fn of(atlas: &Atlas) -> Self {
        let regions = atlas.regions();
        let parent: Vec<Option<usize>> = (0..atlas.places.len())
            .map(|i| {
                if atlas.places[i].level.tier() == Tier::Province {
                    return None;
                }
                regions.list[regions.of_place(i)].seat.filter(|&s| s != i)
            })
            .collect();
        let tie_of = |a: usize, b: usize| {
            atlas.places[a]
                .links
                .iter()
                .copied()
                .find(|&l| atlas.other_end(l, a) == b)
        };
        let mut nest = Vec::with_capacity(atlas.links.len());
        let mut outer = Vec::with_capacity(atlas.links.len());
        for l in &atlas.links {
            let below = |p: usize| atlas.places[p].level.tier() != Tier::Province;
            if !(below(l.cn) && below(l.partner)) {
                nest.push(None);
                outer.push(None);
                continue;
            }
            let o = match (parent[l.cn], parent[l.partner]) {
                (Some(a), Some(b)) => tie_of(a, b),
                _ => None,
            };
            nest.push(Some(if o.is_some() {
                Nest::Inside
            } else {
                Nest::Outside
            }));
            outer.push(o);
        }
        Self {
            parent,
            nest,
            outer,
        }
    }

    /// The province, prefecture or state above place `p`, when the data has it.
    pub fn parent(&self, p: usize) -> Option<usize> {
        self.parent.get(p).copied().flatten()
    }

    /// Where tie `link` stands; `None` for a tie with a province-level end.
    pub fn nest(&self, link: usize) -> Option<Nest> {
        self.nest.get(link).copied().flatten()
    }

    /// The province-level tie that tie `link` sits inside.
    pub fn outer(&self, link: usize) -> Option<usize> {
        self.outer.get(link).copied().flatten()
    }

    /// Per partner country, among the ties `shown` below the province level: how many sit
    /// inside a province-level tie, and how many there are.
    pub fn summary(&self, atlas: &Atlas, shown: &[bool]) -> PerCountry<(usize, usize)> {
        let mut s = PerCountry::splat((0, 0));
        for (i, n) in self.nest.iter().enumerate() {
            let Some(n) = n.filter(|_| shown.get(i).copied().unwrap_or(false)) else {
                continue;
            };
            let c = &mut s[atlas.link_country(i)];
            c.1 += 1;
            c.0 += usize::from(n == Nest::Inside);
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Country;

    fn embedded() -> Atlas {
        Atlas::embedded().0
    }

    #[test]
    fn city_ties_inside_their_provinces_ties_are_found() {
        let a = embedded();
        let n = Nesting::of(&a);
        let tie = |x: &str, y: &str| a.link_between(x, y).unwrap();
        let id = |p: usize| a.places[p].id.as_str();
        for (city, outer) in [
            (
                ("cn-changchun", "jp-sendai"),
                ("cn-jilin", "jp-miyagi-prefecture"),
            ),
            (
                ("cn-chengdu", "jp-kofu"),
                ("cn-sichuan", "jp-yamanashi-yamanashi"),
            ),
        ] {
            let l = tie(city.0, city.1);
            assert_eq!(n.nest(l), Some(Nest::Inside), "{city:?}");
            assert_eq!(n.outer(l), Some(tie(outer.0, outer.1)));
            let cn = a.index_of(city.0).unwrap();
            assert_eq!(n.parent(cn).map(id), Some(outer.0));
        }
        // A province-level tie has no place in this.
        assert_eq!(n.nest(tie("cn-jilin", "jp-miyagi-prefecture")), None);
        assert_eq!(n.parent(a.index_of("cn-jilin").unwrap()), None);
    }

    #[test]
    fn the_summary_counts_the_city_ties_of_each_country() {
        let a = embedded();
        let n = Nesting::of(&a);
        let all = vec![true; a.links.len()];
        let s = n.summary(&a, &all);
        let below = |l: &crate::model::Link| {
            a.places[l.cn].level.tier() != Tier::Province
                && a.places[l.partner].level.tier() != Tier::Province
        };
        let total: usize = Country::PARTNERS.iter().map(|&c| s[c].1).sum();
        assert_eq!(total, a.links.iter().filter(|l| below(l)).count());
        for c in Country::PARTNERS {
            assert!(s[c].0 > 0 && s[c].0 < s[c].1, "{c:?}: {:?}", s[c]);
        }
        assert_eq!(
            n.summary(&a, &vec![false; a.links.len()])[Country::JP],
            (0, 0)
        );
    }
}
