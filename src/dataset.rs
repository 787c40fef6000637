//! A dataset ready to draw: the atlas with its layout, bounds and place index, built together
//! and replaced together. The parts are private and made in one constructor, so a layout of
//! another length or an index of other data cannot exist beside an atlas.

use crate::data::DataIssue;
use crate::layout::{Arrangement, Bounds, Layout};
use crate::model::chronicle::Chronicle;
use crate::model::{Atlas, Level, Tier};
use crate::pick::PlaceIndex;
use crate::search::SearchIndex;
use std::sync::atomic::{AtomicU64, Ordering};

/// Distinguishes datasets, so that anything derived from one is never taken for another's.
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

#[derive(Debug)]
pub struct Dataset {
    id: u64,
    atlas: Atlas,
    layout: Layout,
    bounds: Bounds,
    index: PlaceIndex,
    /// The map label of each place.
    map_names: Vec<String>,
    /// The names of every place folded for search, made at the first search.
    search: std::cell::OnceCell<SearchIndex>,
    /// The words of every event folded for search, likewise.
    event_keys: std::cell::OnceCell<crate::search::EventKeys>,
    /// Whether each place is a region's seat: the city at the point where its province,
    /// prefecture or state is drawn.
    seats: Vec<bool>,
    issues: Vec<DataIssue>,
    /// The network layout, with its bounds and index, made when first asked for.
    network: std::cell::OnceCell<Placed>,
}

/// A layout with its bounds and its index.
#[derive(Debug)]
struct Placed {
    layout: Layout,
    bounds: Bounds,
    index: PlaceIndex,
}

impl Dataset {
    /// Lays out `atlas` and indexes it; `issues` are the rows left out while reading it. Fails,
    /// with a sentence for people, when there is nothing to draw.
    pub fn new(atlas: Atlas, issues: Vec<DataIssue>) -> Result<Self, String> {
        if atlas.links.is_empty() {
            return Err(match issues.first() {
                Some(first) => format!("the data has no usable ties (first problem: {first})"),
                None => "the data has no ties".to_owned(),
            });
        }
        let layout = Layout::geographic(&atlas);
        let bounds = layout
            .bounds()
            .ok_or_else(|| "no place in the data has coordinates".to_owned())?;
        let index = PlaceIndex::new(&layout);
        let map_names = crate::details::map_names(&atlas);
        let seats = seats(&atlas, &layout, &index);
        Ok(Self {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            atlas,
            layout,
            bounds,
            index,
            map_names,
            search: std::cell::OnceCell::new(),
            event_keys: std::cell::OnceCell::new(),
            seats,
            issues,
            network: std::cell::OnceCell::new(),
        })
    }

    /// The embedded dataset.
    pub fn embedded() -> Result<Self, String> {
        let (atlas, issues) = Atlas::embedded();
        Self::new(atlas, issues)
    }

    /// A number no other dataset of this run has.
    pub fn id(&self) -> u64 {
        self.id
    }
    pub fn atlas(&self) -> &Atlas {
        &self.atlas
    }
    /// World positions, one per place of [`Self::atlas`].
    pub fn layout(&self) -> &Layout {
        &self.layout
    }
    /// The box around every placed place.
    pub fn bounds(&self) -> Bounds {
        self.bounds
    }
    pub fn index(&self) -> &PlaceIndex {
        &self.index
    }
    /// The name place `p`'s map label shows.
    pub fn map_name(&self, p: usize) -> &str {
        self.map_names.get(p).map_or("", String::as_str)
    }
    /// The places whose names match `query` in any script or romanisation, best first.
    pub fn search(&self, query: &str) -> Vec<usize> {
        self.search
            .get_or_init(|| SearchIndex::new(&self.atlas))
            .search(query)
    }
    /// The events `query` finds by kind, organisation, title or place, latest first (see
    /// [`crate::search::EventKeys`]).
    pub fn search_events(&self, query: &str) -> Vec<usize> {
        self.search_events_near(&self.search(query), query)
    }

    /// The same, given the places the query finds (best first).
    pub fn search_events_near(&self, places: &[usize], query: &str) -> Vec<usize> {
        let keys = (self.event_keys).get_or_init(|| crate::search::EventKeys::new(&self.atlas));
        keys.find(&self.atlas, places, query)
    }

    /// Whether place `p` is the city at the point where its region is drawn.
    pub fn is_seat(&self, p: usize) -> bool {
        self.seats.get(p).copied().unwrap_or(false)
    }
    /// The changes of the ties and the events at the places.
    pub fn chronicle(&self) -> &Chronicle {
        self.atlas.chronicle()
    }

    /// Rows of the input that were left out, with their line and field.
    pub fn issues(&self) -> &[DataIssue] {
        &self.issues
    }
    /// The world position of place `p` on the map, if it has one.
    pub fn position(&self, p: usize) -> Option<[f32; 2]> {
        self.layout.pos.get(p).copied().flatten()
    }

    /// The network layout (made at the first call), its bounds and index.
    fn network(&self) -> &Placed {
        self.network.get_or_init(|| {
            let layout = Layout::network(&self.atlas, crate::layout::SEED);
            // Every place has a network position, and there is at least one tie.
            let bounds = layout.bounds().unwrap_or(self.bounds);
            let index = PlaceIndex::new(&layout);
            Placed {
                layout,
                bounds,
                index,
            }
        })
    }

    /// The positions of `arrangement`.
    pub fn layout_of(&self, arrangement: Arrangement) -> &Layout {
        match arrangement {
            Arrangement::Map => &self.layout,
            Arrangement::Network => &self.network().layout,
        }
    }

    /// The box around every placed place in `arrangement`.
    pub fn bounds_of(&self, arrangement: Arrangement) -> Bounds {
        match arrangement {
            Arrangement::Map => self.bounds,
            Arrangement::Network => self.network().bounds,
        }
    }

    /// The place index of `arrangement`.
    pub fn place_index(&self, arrangement: Arrangement) -> &PlaceIndex {
        match arrangement {
            Arrangement::Map => &self.index,
            Arrangement::Network => &self.network().index,
        }
    }

    /// Where place `p` is at `blend` of the way from the map (0) to the network (1): the two
    /// positions mixed; a place the map cannot show appears once the network is nearer.
    pub fn position_at(&self, p: usize, blend: f32) -> Option<[f32; 2]> {
        if blend <= 0.0 {
            return self.position(p);
        }
        let net = self.network().layout.pos.get(p).copied().flatten();
        if blend >= 1.0 {
            return net;
        }
        match (self.position(p), net) {
            (Some(a), Some(b)) => {
                Some([a[0] + (b[0] - a[0]) * blend, a[1] + (b[1] - a[1]) * blend])
            }
            (None, b) if blend >= 0.5 => b,
            _ => None,
        }
    }
}

/// How close (world units: degrees of latitude, about 3 km) a city must be to a region's point to
/// be its seat.
pub const SEAT_WITHIN: f32 = 0.03;

/// The cities (not districts) that lie at a province-level region's point.
fn seats(atlas: &Atlas, layout: &Layout, index: &PlaceIndex) -> Vec<bool> {
    let mut seats = vec![false; atlas.places.len()];
    for (r, place) in atlas.places.iter().enumerate() {
        let Some(w) = layout.pos[r].filter(|_| place.level == Level::Province) else {
            continue;
        };
        index.within(w, SEAT_WITHIN, |p, _| {
            let level = atlas.places[p].level;
            if level != Level::Province && level.tier() != Tier::District {
                seats[p] = true;
            }
        });
    }
    seats
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::fixture;

    #[test]
    fn parts_belong_to_one_atlas() {
        let d = Dataset::new(fixture(), Vec::new()).unwrap();
        assert_eq!(d.layout().pos.len(), d.atlas().places.len());
        let philly = d.atlas().index_of("us-philadelphia").unwrap();
        assert_eq!(d.bounds()[2], d.position(philly).unwrap()[0]);
        assert_eq!(
            d.index()
                .nearest(d.position(philly).unwrap(), 0.1, |_, _| true),
            Some(philly)
        );
        let e = Dataset::new(fixture(), Vec::new()).unwrap();
        assert_ne!(d.id(), e.id());
    }

    #[test]
    fn the_network_places_every_place_and_the_blend_runs_between_the_layouts() {
        let d = Dataset::new(fixture(), Vec::new()).unwrap();
        let net = d.layout_of(Arrangement::Network);
        assert!(net.pos.iter().all(Option::is_some));
        let p = d.atlas().index_of("jp-kobe").unwrap();
        let (a, b) = (d.position(p).unwrap(), net.pos[p].unwrap());
        assert_eq!(d.position_at(p, 0.0), Some(a));
        assert_eq!(d.position_at(p, 1.0), Some(b));
        let half = d.position_at(p, 0.5).unwrap();
        assert!((half[0] - (a[0] + b[0]) / 2.0).abs() < 1e-4);
        let bn = d.bounds_of(Arrangement::Network);
        assert!(bn[0] <= b[0] && b[0] <= bn[2]);
        assert_eq!(
            d.place_index(Arrangement::Network)
                .nearest(b, 0.01, |_, _| true),
            Some(p)
        );
    }

    #[test]
    fn seats_are_the_cities_where_their_region_is_drawn() {
        let d = Dataset::embedded().unwrap();
        let seat = |id: &str| d.is_seat(d.atlas().index_of(id).unwrap());
        assert!(seat("jp-kobe") && seat("cn-nanjing") && seat("us-honolulu"));
        assert!(!seat("jp-akashi") && !seat("cn-jiangsu") && !seat("jp-shinjuku"));
    }

    #[test]
    fn nothing_to_draw_is_an_error_that_says_why() {
        let (empty, issues) = Atlas::from_csv(
            "id,country,level,name_en,lat,lon\ncn-a,XX,city,A,1,2\n",
            "a,b\n",
            "key,title\n",
        );
        let e = Dataset::new(empty, issues).unwrap_err();
        assert_eq!(
            e,
            "the data has no usable ties (first problem: places.csv line 2, field “country”: “XX” is not CN, JP, KR or US)"
        );
        let unplaced = fixture_without_coordinates();
        assert_eq!(
            Dataset::new(unplaced, Vec::new()).unwrap_err(),
            "no place in the data has coordinates"
        );
    }

    fn fixture_without_coordinates() -> Atlas {
        let mut a = fixture();
        for p in &mut a.places {
            p.coord = None;
        }
        a
    }
}
