//! Layouts: a world position for every place.
//!
//! The geographic layout projects each place's coordinates; the network layout ([`force`]) gives
//! every place a position from the ties alone. Both are plain arrays indexed like
//! `Atlas::places`, so the scene can morph from one to the other.

mod force;
mod pack;
mod quadtree;

pub use force::SEED;

use crate::geo;
use crate::model::Atlas;

/// The two arrangements of the places a reader can switch between.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Arrangement {
    /// Where the places are on the map.
    #[default]
    Map,
    /// Where the ties put them (see [`force`]).
    Network,
}

impl Arrangement {
    /// How far towards the network this arrangement is: 0 for the map, 1 for the network.
    pub fn blend(self) -> f32 {
        match self {
            Arrangement::Map => 0.0,
            Arrangement::Network => 1.0,
        }
    }
    /// The word a link and the JS API use for it.
    pub fn word(self) -> &'static str {
        match self {
            Arrangement::Map => "map",
            Arrangement::Network => "network",
        }
    }
    pub fn from_word(w: &str) -> Option<Self> {
        [Arrangement::Map, Arrangement::Network]
            .into_iter()
            .find(|a| a.word() == w)
    }
}

/// World positions indexed like `Atlas::places`; `None` for a place that cannot be placed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    pub pos: Vec<Option<[f32; 2]>>,
}

/// An axis-aligned box in world coordinates: `[min_x, min_y, max_x, max_y]`.
pub type Bounds = [f32; 4];

impl Layout {
    /// Every place at its projected coordinates.
    pub fn geographic(atlas: &Atlas) -> Self {
        Self {
            pos: atlas
                .places
                .iter()
                .map(|p| {
                    p.coord.map(|(lat, lon)| {
                        let w = geo::project(lat, lon);
                        [w[0] as f32, w[1] as f32]
                    })
                })
                .collect(),
        }
    }

    /// Every place at its position in the network of ties (seeded, see [`force`]).
    pub fn network(atlas: &Atlas, seed: u32) -> Self {
        force::network(atlas, seed)
    }

    /// The box around every placed place, or `None` when nothing is placed.
    pub fn bounds(&self) -> Option<Bounds> {
        self.pos.iter().flatten().fold(None, |acc, p| {
            let [x0, y0, x1, y1] = acc.unwrap_or([p[0], p[1], p[0], p[1]]);
            Some([x0.min(p[0]), y0.min(p[1]), x1.max(p[0]), y1.max(p[1])])
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::fixture;

    #[test]
    fn geographic_layout_places_everything_with_coordinates() {
        let a = fixture();
        let l = Layout::geographic(&a);
        assert_eq!(l.pos.len(), a.places.len());
        assert!(l.pos.iter().all(Option::is_some));
        let b = l.bounds().unwrap();
        let philly = l.pos[a.index_of("us-philadelphia").unwrap()].unwrap();
        assert_eq!(b[2], philly[0]);
    }

    #[test]
    fn empty_layout_has_no_bounds() {
        assert_eq!(Layout::default().bounds(), None);
    }
}
