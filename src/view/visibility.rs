//! What the filters let through: derived from the view state and the data, never kept beside
//! them by hand. [`Derived`] remembers the last result with the inputs it came from and computes
//! it again whenever either differs.

use super::filters::Filters;
use crate::dataset::Dataset;
use crate::model::{Atlas, PerCountry};

/// Which places and links the filters leave visible.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Visibility {
    pub links: Vec<bool>,
    pub places: Vec<bool>,
    /// Visible links per place.
    pub degree: Vec<usize>,
    /// The largest of `degree` (sizes the biggest marker, for picking).
    pub max_degree: usize,
    /// Visible links per partner country.
    pub by_country: PerCountry<usize>,
}

impl Visibility {
    pub fn compute(atlas: &Atlas, filters: &Filters) -> Self {
        let links = filters.shown(atlas);
        // Partners per place and ties per country in one pass.
        let mut degree = vec![0usize; atlas.places.len()];
        let mut by_country = PerCountry::default();
        for (l, _) in atlas.links.iter().zip(&links).filter(|(_, &s)| s) {
            degree[l.cn] += 1;
            degree[l.partner] += 1;
            by_country[atlas.places[l.partner].country] += 1;
        }
        let places = degree.iter().map(|&d| d > 0).collect();
        let max_degree = degree.iter().copied().max().unwrap_or(0);
        Self {
            links,
            places,
            degree,
            max_degree,
            by_country,
        }
    }

    /// How many ties are shown.
    pub fn shown(&self) -> usize {
        self.by_country.partners().iter().sum()
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
    use crate::model::Country;

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
        assert_eq!((v.by_country.partners(), v.shown()), ([0, 0, 1], 1));
    }

    #[test]
    fn derived_visibility_follows_the_filters_and_the_data() {
        let one = Dataset::new(fixture(), Vec::new()).unwrap();
        let two = Dataset::new(crate::synthetic::network(50, 1), Vec::new()).unwrap();
        let mut d = Derived::default();
        let mut f = Filters::default();
        assert_eq!(d.visibility(&one, &f).links.len(), 4);
        f.until_year = Some(1973);
        f.undated = false;
        assert_eq!(
            d.visibility(&one, &f).links.iter().filter(|&&x| x).count(),
            1
        );
        // Another dataset: never the last one's answer, even with the same filters.
        f = Filters::default();
        assert_eq!(d.visibility(&two, &f).links.len(), 50);
        assert_eq!(d.visibility(&one, &f).links.len(), 4);
    }
}
