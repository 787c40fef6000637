//! A seeded synthetic network for benchmarks (`?synthetic=N` in the page, `cargo bench`).
//!
//! The generator is specified exactly (mulberry32, seed 42, draw order below) so that the sigma.js
//! peer page in `bench/peer/` builds the identical network:
//! `P = max(N / 10, 10)` places; place `i` is Chinese when `i` is even, else Japanese, Korean or
//! American by `(i / 2) % 3`, at a uniform latitude then longitude inside its country's box; link
//! `j` joins the even place `2·⌊r·⌈P/2⌉⌋` to the odd place `2·⌊r·⌊P/2⌋⌋ + 1`.

use crate::model::{Atlas, Country, Date, Kind, Level, Link, Names, Place};

/// The mulberry32 generator: 32-bit state, floats in [0, 1).
#[derive(Debug, Clone)]
pub struct Mulberry32(u32);

impl Mulberry32 {
    pub fn new(seed: u32) -> Self {
        Self(seed)
    }
    pub fn next_f64(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x6D2B_79F5);
        let mut t = self.0;
        t = (t ^ (t >> 15)).wrapping_mul(t | 1);
        t ^= t.wrapping_add((t ^ (t >> 7)).wrapping_mul(t | 61));
        f64::from(t ^ (t >> 14)) / 4_294_967_296.0
    }
}

/// Latitude and longitude ranges the synthetic places are drawn from.
fn boxes(c: Country) -> ((f64, f64), (f64, f64)) {
    match c {
        Country::CN => ((22.0, 45.0), (100.0, 125.0)),
        Country::JP => ((31.0, 43.0), (130.0, 142.0)),
        Country::KR => ((34.0, 38.0), (126.0, 129.5)),
        Country::US => ((26.0, 48.0), (-123.0, -70.0)),
    }
}

/// The synthetic network with `links` links, from generator seed `seed` (the page and the
/// benchmarks use 42).
pub fn network(links: usize, seed: u32) -> Atlas {
    let mut rng = Mulberry32::new(seed);
    let n_places = (links / 10).max(10);
    let mut places = Vec::with_capacity(n_places);
    for i in 0..n_places {
        let country = if i % 2 == 0 {
            Country::CN
        } else {
            Country::PARTNERS[(i / 2) % 3]
        };
        let ((la0, la1), (lo0, lo1)) = boxes(country);
        let lat = la0 + rng.next_f64() * (la1 - la0);
        let lon = lo0 + rng.next_f64() * (lo1 - lo0);
        places.push(Place {
            id: format!("s{i}"),
            country,
            level: Level::City,
            names: Names {
                en: format!("S{i}"),
                ..Names::default()
            },
            region_en: String::new(),
            region_local: String::new(),
            coord: Some((lat, lon)),
            coord_source: "synthetic".to_owned(),
            links: Vec::new(),
        });
    }
    let evens = n_places.div_ceil(2);
    let odds = n_places / 2;
    let last_even = (n_places - 1) & !1;
    let mut out = Vec::with_capacity(links);
    for _ in 0..links {
        let a = (2 * (rng.next_f64() * evens as f64) as usize).min(last_even);
        let b = 2 * (rng.next_f64() * odds as f64) as usize + 1;
        out.push(Link {
            cn: a,
            partner: b,
            kind: Kind::Unknown,
            date: None,
            date_source: String::new(),
            sources: Vec::new(),
            primary: String::new(),
            note: String::new(),
        });
    }
    // Years for the timeline from a stream of their own, so that places and ties stay the
    // draws the peer page makes.
    let mut years = Mulberry32::new(seed ^ 0x9e37_79b9);
    let span = f64::from(SYNTHETIC_YEARS.1 - SYNTHETIC_YEARS.0 + 1);
    for l in &mut out {
        l.date = Some(Date {
            year: SYNTHETIC_YEARS.0 + (years.next_f64() * span) as u16,
            month: None,
            day: None,
        });
    }
    Atlas::from_parts(places, out, Vec::new())
}

/// The years synthetic ties are spread over (the real data's span).
const SYNTHETIC_YEARS: (u16, u16) = (1973, 2025);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mulberry32_matches_the_reference_sequence() {
        // First outputs of the JavaScript reference implementation with seed 42.
        let mut r = Mulberry32::new(42);
        let got: Vec<u64> = (0..3)
            .map(|_| (r.next_f64() * 4_294_967_296.0) as u64)
            .collect();
        assert_eq!(got, [2_581_720_956, 1_925_393_290, 3_661_312_704]);
    }

    #[test]
    fn network_has_the_asked_size_and_valid_ends() {
        let a = network(1000, 42);
        assert_eq!(a.links.len(), 1000);
        assert_eq!(a.places.len(), 100);
        for l in &a.links {
            assert_eq!(a.places[l.cn].country, Country::CN);
            assert_ne!(a.places[l.partner].country, Country::CN);
        }
        let degree: usize = a.places.iter().map(Place::degree).sum();
        assert_eq!(degree, 2000);
        for p in &a.places {
            let (lat, lon) = p.coord.unwrap();
            let ((la0, la1), (lo0, lo1)) = boxes(p.country);
            assert!((la0..la1).contains(&lat) && (lo0..lo1).contains(&lon));
        }
    }

    #[test]
    fn same_seed_same_network() {
        let x = network(500, 42);
        let y = network(500, 42);
        assert_eq!(x.links, y.links);
        assert_ne!(network(500, 7).links, x.links);
    }
}
