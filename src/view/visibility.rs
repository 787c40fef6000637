//! What the filters let through: derived from the view state and the data, never kept beside
//! them by hand. [`Derived`] remembers the last result with the inputs it came from and computes
//! it again whenever either differs.

use crate::dataset::Dataset;
use crate::model::{Atlas, PerCountry};

/// Which ties are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Filters {
    /// Partner countries shown (China's slot is unused).
    pub countries: PerCountry<bool>,
    /// Tiers shown, indexed like `Tier::ALL`.
    pub tiers: [bool; 3],
    /// Show only ties established in or before this year (undated ties are hidden when set).
    pub until_year: Option<u16>,
}

impl Default for Filters {
    fn default() -> Self {
        Self {
            countries: PerCountry::splat(true),
            tiers: [true; 3],
            until_year: None,
        }
    }
}

impl Filters {
    pub fn shows_link(&self, atlas: &Atlas, link: usize) -> bool {
        let l = &atlas.links[link];
        let country_ok = self.countries[atlas.link_country(link)];
        let tier_ok = self.tiers[atlas.link_tier(link).index()];
        let year_ok = match self.until_year {
            None => true,
            Some(y) => l.date.is_some_and(|d| d.year <= y),
        };
        country_ok && tier_ok && year_ok
    }
}

/// Which places and links the filters leave visible.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Visibility {
    pub links: Vec<bool>,
    pub places: Vec<bool>,
    /// Visible links per place.
    pub degree: Vec<usize>,
    /// The largest of `degree` (sizes the biggest marker, for picking).
    pub max_degree: usize,
}

impl Visibility {
    pub fn compute(atlas: &Atlas, filters: &Filters) -> Self {
        let links: Vec<bool> = (0..atlas.links.len())
            .map(|l| filters.shows_link(atlas, l))
            .collect();
        let mut degree = vec![0usize; atlas.places.len()];
        for (l, shown) in atlas.links.iter().zip(&links) {
            if *shown {
                degree[l.cn] += 1;
                degree[l.partner] += 1;
            }
        }
        let places = degree.iter().map(|&d| d > 0).collect();
        let max_degree = degree.iter().copied().max().unwrap_or(0);
        Self {
            links,
            places,
            degree,
            max_degree,
        }
    }
}

/// The visibility of the last (dataset, filters) asked for, recomputed when either changes.
#[derive(Debug, Default)]
pub struct Derived {
    key: Option<(u64, Filters)>,
    vis: Visibility,
}

impl Derived {
    /// What `filters` let through in `data`.
    pub fn visibility(&mut self, data: &Dataset, filters: &Filters) -> &Visibility {
        let key = (data.id(), *filters);
        if self.key != Some(key) {
            self.vis = Visibility::compute(data.atlas(), filters);
            self.key = Some(key);
        }
        &self.vis
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::fixture;
    use crate::model::{Country, Tier};

    fn shown(a: &Atlas, f: &Filters) -> usize {
        (0..a.links.len()).filter(|&l| f.shows_link(a, l)).count()
    }

    #[test]
    fn filters_hide_by_country_tier_and_year() {
        let a = fixture();
        let mut f = Filters::default();
        assert_eq!(shown(&a, &f), 4);
        f.countries[Country::JP] = false;
        assert_eq!(shown(&a, &f), 2);
        f.countries[Country::JP] = true;
        f.until_year = Some(1973);
        assert_eq!(shown(&a, &f), 1);
        f.until_year = None;
        f.tiers[Tier::Province.index()] = false; // both Chinese ends are municipalities
        assert_eq!(shown(&a, &f), 0);
    }

    #[test]
    fn visibility_counts_shown_partners_and_drops_lonely_places() {
        let a = fixture();
        let mut f = Filters {
            countries: PerCountry::splat(false),
            ..Filters::default()
        };
        f.countries[Country::US] = true;
        let v = Visibility::compute(&a, &f);
        let t = a.index_of("cn-tianjin").unwrap();
        assert_eq!(v.degree[t], 1);
        assert_eq!(v.places.iter().filter(|&&p| p).count(), 2);
        assert_eq!(v.max_degree, 1);
    }

    #[test]
    fn derived_visibility_follows_the_filters_and_the_data() {
        let one = Dataset::new(fixture(), Vec::new()).unwrap();
        let two = Dataset::new(crate::synthetic::network(50, 1), Vec::new()).unwrap();
        let mut d = Derived::default();
        let mut f = Filters::default();
        assert_eq!(d.visibility(&one, &f).links.len(), 4);
        f.until_year = Some(1973);
        assert_eq!(
            d.visibility(&one, &f).links.iter().filter(|&&x| x).count(),
            1
        );
        // Another dataset: never the last one's answer, even with the same filters.
        f.until_year = None;
        assert_eq!(d.visibility(&two, &f).links.len(), 50);
        assert_eq!(d.visibility(&one, &f).links.len(), 4);
    }
}
