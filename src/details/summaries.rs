//! Every place, briefly: the records of `atlas.places()`.

use super::text::level_label;
use crate::model::{Atlas, Country};

/// One entry of `atlas.places()`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceSummary<'a> {
    pub id: &'a str,
    pub name_en: &'a str,
    pub name_local: &'a str,
    pub country: Country,
    pub level: &'static str,
    pub degree: usize,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// Every place, briefly (`atlas.places()`).
pub fn place_summaries(atlas: &Atlas) -> Vec<PlaceSummary<'_>> {
    atlas
        .places
        .iter()
        .map(|p| PlaceSummary {
            id: &p.id,
            name_en: &p.names.en,
            name_local: p.names.local(p.country),
            country: p.country,
            level: level_label(p.level, p.country),
            degree: p.degree(),
            lat: p.coord.map(|c| c.0),
            lon: p.coord.map(|c| c.1),
        })
        .collect()
}
