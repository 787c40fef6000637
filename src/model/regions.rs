//! Places grouped by the province, prefecture or state they lie in (`region_en` of the data):
//! the regions a reader can roll the network up into. A region's seat is its own province-level
//! place, when the data has one.

use super::{Atlas, Country, Level, Tier};
use std::collections::HashMap;

/// One province, prefecture or state.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// `region-` and the country and name in lower case with dashes: `region-cn-jilin`. No place
    /// id starts with `region-`.
    pub key: String,
    pub country: Country,
    pub name_en: String,
    pub name_local: String,
    /// The province-level place of the region (a province before a municipality).
    pub seat: Option<usize>,
    /// Its places, in data order (the seat among them).
    pub members: Vec<usize>,
}

/// Every region of an atlas, and the region of each place.
#[derive(Debug, Clone, Default)]
pub struct Regions {
    pub list: Vec<Region>,
    of_place: Vec<usize>,
    by_key: HashMap<String, usize>,
}

/// The prefix of every region's key.
pub const REGION_PREFIX: &str = "region-";

impl Regions {
    pub fn of(atlas: &Atlas) -> Self {
        let mut list: Vec<Region> = Vec::new();
        let mut by_name: HashMap<(Country, &str), usize> = HashMap::new();
        let mut of_place = Vec::with_capacity(atlas.places.len());
        for (i, p) in atlas.places.iter().enumerate() {
            // A place without a region is a region of its own.
            let name = if p.region_en.is_empty() {
                p.names.en.as_str()
            } else {
                p.region_en.as_str()
            };
            let r = *by_name.entry((p.country, name)).or_insert_with(|| {
                list.push(Region {
                    key: region_key(p.country, name),
                    country: p.country,
                    name_en: name.to_owned(),
                    name_local: p.region_local.clone(),
                    seat: None,
                    members: Vec::new(),
                });
                list.len() - 1
            });
            let region = &mut list[r];
            region.members.push(i);
            if p.level.tier() == Tier::Province {
                let better = match region.seat {
                    None => true,
                    Some(s) => {
                        atlas.places[s].level != Level::Province && p.level == Level::Province
                    }
                };
                if better {
                    region.seat = Some(i);
                }
            }
            of_place.push(r);
        }
        let by_key = list
            .iter()
            .enumerate()
            .map(|(i, r)| (r.key.clone(), i))
            .collect();
        Self {
            list,
            of_place,
            by_key,
        }
    }

    /// The region of place `p`.
    pub fn of_place(&self, p: usize) -> usize {
        self.of_place.get(p).copied().unwrap_or(0)
    }

    /// The region of `key`.
    pub fn find(&self, key: &str) -> Option<usize> {
        self.by_key.get(key).copied()
    }
}

/// `region-us-new-york` for New York, US.
fn region_key(country: Country, name: &str) -> String {
    let mut k = format!("{REGION_PREFIX}{}-", country.code().to_ascii_lowercase());
    let mut dash = false;
    // ASCII case folding only (no Unicode tables in the page); other letters are kept as they are.
    for c in name.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_alphanumeric() || !c.is_ascii() {
            k.push(c);
            dash = false;
        } else if !dash {
            k.push('-');
            dash = true;
        }
    }
    k.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_fall_into_their_provinces_with_the_province_as_seat() {
        let a = Atlas::embedded().0;
        let r = Regions::of(&a);
        let jilin = r.find("region-cn-jilin").unwrap();
        let reg = &r.list[jilin];
        assert_eq!(reg.seat, a.index_of("cn-jilin"));
        assert!(reg.members.contains(&a.index_of("cn-changchun").unwrap()));
        assert_eq!(r.of_place(a.index_of("cn-changchun").unwrap()), jilin);
        // Shanghai's districts are in the municipality's region, with it as seat.
        let sh = &r.list[r.find("region-cn-shanghai").unwrap()];
        assert_eq!(sh.seat, a.index_of("cn-shanghai"));
        // Every place is in exactly one region; keys are unique and never a place id.
        let total: usize = r.list.iter().map(|x| x.members.len()).sum();
        assert_eq!(total, a.places.len());
        assert_eq!(r.by_key.len(), r.list.len());
        assert!(r.list.iter().all(|x| a.index_of(&x.key).is_none()));
        assert_eq!(region_key(Country::US, "New York"), "region-us-new-york");
        assert_eq!(region_key(Country::JP, "Hyōgo"), "region-jp-hyōgo");
    }
}
