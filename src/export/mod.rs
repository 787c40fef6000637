//! Downloads of the ties the filters let through: a CSV table for spreadsheets and a GeoJSON
//! collection for GIS tools. Both carry each tie's sources and the licence notice, and both
//! are made from the data alone (pure functions, tested natively).

mod csv;
mod geojson;

pub use csv::ties_csv;
pub use geojson::ties_geojson;

use crate::model::{Atlas, SourceRef};

/// The licence notice every download carries.
pub const LICENCE: &str = "Sister-city atlas data: ties and dates from the pages cited per row \
(facts only); names and ties derived from Wikipedia are CC BY-SA 4.0 (Wikipedia contributors); \
coordinates from GeoNames are CC BY 4.0; see data/ATTRIBUTION.md of the atlas for every source.";

/// The ties `shown` lets through, in the data's order (Chinese place, then partner).
fn shown_ties<'a>(atlas: &'a Atlas, shown: &'a [bool]) -> impl Iterator<Item = usize> + 'a {
    (0..atlas.links.len()).filter(move |&l| shown.get(l).copied().unwrap_or(false))
}

/// A tie's sources, each as its title and address ("Wikipedia lists <https://…>") or address.
fn sources_text(atlas: &Atlas, refs: &[SourceRef]) -> String {
    refs.iter()
        .map(|r| match r {
            SourceRef::Key(k) => atlas.sources.get(*k).map_or(String::new(), |s| {
                if s.url.is_empty() {
                    s.title.clone()
                } else {
                    format!("{} <{}>", s.title, s.url)
                }
            }),
            SourceRef::Url(u) => u.clone(),
        })
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ; ")
}
