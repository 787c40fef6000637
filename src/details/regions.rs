//! What the panel and the tooltip say of a region rolled up: its places, the regions its ties
//! reach, and its figures.

use super::{count, place_ref, PlaceRef};
use crate::model::{Atlas, Country};

/// A region a tie reaches, with how many ties.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionRef {
    pub key: String,
    pub name_en: String,
    pub country: Country,
    pub ties: usize,
}

/// The details of one region.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionDetails {
    pub key: String,
    pub name_en: String,
    pub name_local: String,
    pub country: Country,
    /// Its places with ties shown, most ties first (then in data order), with their counts.
    pub places: Vec<(PlaceRef, usize)>,
    /// The regions its shown ties reach, most ties first.
    pub partners: Vec<RegionRef>,
    pub ties: usize,
    pub first: Option<u16>,
}

/// The details of region `r` over the ties `shown`.
pub fn region_details(atlas: &Atlas, r: usize, shown: &[bool]) -> Option<RegionDetails> {
    let regions = atlas.regions();
    let region = regions.list.get(r)?;
    let mut places: Vec<(usize, usize)> = Vec::new();
    let mut reached: Vec<usize> = vec![0; regions.list.len()];
    let (mut ties, mut first) = (0, None::<u16>);
    for &p in &region.members {
        let mine: Vec<usize> = atlas.places[p]
            .links
            .iter()
            .copied()
            .filter(|&l| shown.get(l).copied().unwrap_or(false))
            .collect();
        if mine.is_empty() {
            continue;
        }
        places.push((p, mine.len()));
        for l in mine {
            ties += 1;
            reached[regions.of_place(atlas.other_end(l, p))] += 1;
            if let Some(d) = atlas.links[l].date {
                first = Some(first.map_or(d.year, |y| y.min(d.year)));
            }
        }
    }
    // Places come in data order, regions in the order of the data's first place in each: kept
    // between equal counts.
    let places = crate::num::sort_by_rank(places, |&(_, n)| crate::num::desc(n));
    let partners: Vec<RegionRef> = reached
        .iter()
        .enumerate()
        .filter(|(_, &n)| n > 0)
        .map(|(i, &n)| RegionRef {
            key: regions.list[i].key.clone(),
            name_en: regions.list[i].name_en.clone(),
            country: regions.list[i].country,
            ties: n,
        })
        .collect();
    let partners = crate::num::sort_by_rank(partners, |r| crate::num::desc(r.ties));
    Some(RegionDetails {
        key: region.key.clone(),
        name_en: region.name_en.clone(),
        name_local: region.name_local.clone(),
        country: region.country,
        places: places
            .into_iter()
            .map(|(p, n)| (place_ref(atlas, p), n))
            .collect(),
        partners,
        ties,
        first,
    })
}

/// "27 ties shown from 9 places · first in 1979".
pub fn region_summary(d: &RegionDetails) -> String {
    let mut s = format!(
        "{} shown from {}",
        count(d.ties, "tie"),
        count(d.places.len(), "place")
    );
    if let Some(y) = d.first {
        s.push_str(&format!(" · first in {y}"));
    }
    s
}

/// The tooltip of a region: "Jilin (China): 27 ties from 9 places".
pub fn region_tooltip(d: &RegionDetails) -> String {
    format!(
        "{} ({}): {} from {}",
        d.name_en,
        d.country.name(),
        count(d.ties, "tie"),
        count(d.places.len(), "place")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_region_lists_its_places_and_the_regions_it_reaches() {
        let a = Atlas::embedded().0;
        let all = vec![true; a.links.len()];
        let r = a.regions().find("region-cn-jilin").unwrap();
        let d = region_details(&a, r, &all).unwrap();
        assert!(d.places.iter().any(|(p, _)| p.id == "cn-changchun"));
        assert!(d.partners.iter().any(|x| x.key == "region-jp-miyagi"));
        let sum: usize = d.places.iter().map(|(_, n)| n).sum();
        assert_eq!(sum, d.ties);
        let reached: usize = d.partners.iter().map(|x| x.ties).sum();
        assert_eq!(reached, d.ties);
        assert!(region_tooltip(&d).starts_with("Jilin (China): "));
        // Nothing shown: no places, no partners.
        let none = region_details(&a, r, &vec![false; a.links.len()]).unwrap();
        assert_eq!(
            (none.ties, none.places.len(), none.partners.len()),
            (0, 0, 0)
        );
    }
}
