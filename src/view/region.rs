//! The framings a reader can ask for in one step: the whole network across the Pacific, East
//! Asia (where the ties to Japan and Korea are short and dense) and the United States.

use super::{ViewState, Viewport};
use crate::dataset::Dataset;
use crate::geo;
use crate::layout::{Arrangement, Bounds};

/// The size (CSS px) of the inset that shows East Asia beside the whole network; it may be
/// lower, down to [`INSET_MIN_HEIGHT`], where places would lie under it.
const INSET_SIZE: [f32; 2] = [340.0, 240.0];
const INSET_MIN_HEIGHT: f32 = 170.0;
/// The part of East Asia (south, west, north, east in degrees) the inset shows: the coast of
/// China, Korea and Japan, where nearly all ties to Japan and Korea are.
const INSET_BOX: [f64; 4] = [29.0, 115.0, 44.0, 143.0];
/// The inset shows while the zoom (relative to the whole network) is under this…
const INSET_UNTIL_ZOOM: f32 = 1.4;
/// …in the top right corner of the map, this far (CSS px) from its right edge…
pub const INSET_MARGIN: f32 = 12.0;
/// …and this far from its top, under the row of the map's tool buttons…
pub const INSET_TOP: f32 = 56.0;
/// …where no place lies within this distance (CSS px) of it.
const INSET_CLEARANCE: f32 = 8.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Region {
    /// Every shown place: China, Japan and Korea on one side of the Pacific, the US on the other.
    Pacific,
    /// China, Korea and Japan.
    EastAsia,
    /// The contiguous United States.
    UnitedStates,
}

impl Region {
    pub const ALL: [Region; 3] = [Region::Pacific, Region::EastAsia, Region::UnitedStates];

    /// The word a link uses.
    pub fn word(self) -> &'static str {
        match self {
            Self::Pacific => "pacific",
            Self::EastAsia => "east-asia",
            Self::UnitedStates => "united-states",
        }
    }

    pub fn parse(w: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.word() == w)
    }

    /// South, west, north and east edges in degrees; `None` for the whole network.
    pub(super) fn box_degrees(self) -> Option<[f64; 4]> {
        match self {
            Self::Pacific => None,
            Self::EastAsia => Some([18.0, 98.0, 47.0, 146.0]),
            Self::UnitedStates => Some([24.0, -125.0, 49.5, -66.5]),
        }
    }

    /// The part of the world (in layout units) the framing shows in `arrangement`: framings
    /// of a part of the map show the whole network there.
    pub fn bounds(self, data: &Dataset, arrangement: Arrangement) -> Bounds {
        match (self.box_degrees(), arrangement) {
            (Some(b), Arrangement::Map) => world_box(b),
            _ => data.bounds_of(arrangement),
        }
    }
}

/// A box of degrees (south, west, north, east) in layout units.
fn world_box([s, w, n, e]: [f64; 4]) -> Bounds {
    let a = geo::project(s, w);
    let b = geo::project(n, e);
    [
        a[0].min(b[0]) as f32,
        a[1].min(b[1]) as f32,
        a[0].max(b[0]) as f32,
        a[1].max(b[1]) as f32,
    ]
}

impl ViewState {
    /// The view of the inset: East Asia, where the ties to Japan and Korea are short and dense,
    /// with the same filters, selection and layers, while the map shows the whole network
    /// (they are a few hundred pixels there) on a screen with room for it.
    ///
    /// `room` is [`ViewState::inset_room`] of this viewport and data (which a shell may keep
    /// while they stay the same: it looks at every place).
    pub fn inset(&self, room: Option<f32>) -> Option<ViewState> {
        if self.zoom() >= INSET_UNTIL_ZOOM || self.blend > 0.0 {
            return None;
        }
        let vp = Viewport::new(INSET_SIZE[0], room?, self.vp.dpr);
        let mut v = ViewState::home(world_box(INSET_BOX), vp);
        v.region = None;
        // Its own whole: markers and ties as small as on the whole map.
        v.home_scale = v.camera.scale;
        v.filters = self.filters;
        // The ties across the Pacific would cover the short ones it is for.
        v.filters.countries[crate::model::Country::US] = false;
        v.selection = self.selection.clone();
        v.layers = self.layers;
        v.rollup = self.rollup.clone();
        Some(v)
    }
}

impl ViewState {
    /// How high the inset can be in its corner without covering a place of the whole network
    /// as this viewport frames it (and leaving most of the map free); `None` when that is too
    /// low. It depends on the viewport and the data only, so that panning never changes it.
    pub fn inset_room(&self, data: &Dataset) -> Option<f32> {
        let home = ViewState::home(data.bounds(), self.vp);
        let (m, c) = (INSET_MARGIN, INSET_CLEARANCE);
        let x0 = self.vp.width - m - INSET_SIZE[0] - c;
        if x0 < self.vp.width * 0.4 {
            return None;
        }
        let below = (0..data.atlas().places.len())
            .filter_map(|p| data.position(p))
            .map(|w| home.to_screen(w))
            .filter(|&[x, y]| x >= x0 && y >= -c)
            .fold(f32::INFINITY, |top, [_, y]| top.min(y));
        let h = (below - c - INSET_TOP)
            .min(INSET_SIZE[1])
            .min(self.vp.height * 0.6 - INSET_TOP);
        (h >= INSET_MIN_HEIGHT).then_some(h)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Country, Level};

    #[test]
    fn the_inset_shows_east_asia_beside_the_whole_network_only() {
        let d = Dataset::embedded().unwrap();
        let mut v = ViewState::home(d.bounds(), Viewport::new(1280.0, 760.0, 2.0));
        v.selection = crate::view::Target::from_key(d.atlas(), "cn-tianjin");
        let i = v.inset(v.inset_room(&d)).unwrap();
        assert_eq!((i.vp.width, i.vp.height, i.vp.dpr), (340.0, 240.0, 2.0));
        // No place under it.
        let below = |v: &ViewState| {
            let i = v.inset(v.inset_room(&d)).unwrap();
            (0..d.atlas().places.len())
                .filter_map(|p| d.position(p))
                .map(|w| v.to_screen(w))
                .filter(|&[x, y]| x > v.vp.width - 352.0 && y < INSET_TOP + i.vp.height)
                .count()
        };
        assert_eq!(below(&v), 0);
        assert_eq!(i.selection, v.selection);
        assert_eq!(i.zoom(), 1.0);
        assert!(
            i.camera.scale > v.camera.scale * 1.8,
            "{} {}",
            i.camera.scale,
            v.camera.scale
        );
        assert!(!i.filters.countries[Country::US] && i.filters.countries[Country::JP]);
        // Tokyo and Busan are inside it.
        for id in ["jp-tokyo", "kr-busan"] {
            let p = d.atlas().index_of(id).unwrap();
            let [x, y] = i.to_screen(d.position(p).unwrap());
            assert!(
                (0.0..300.0).contains(&x) && (0.0..190.0).contains(&y),
                "{id}"
            );
        }
        // Not once the map is zoomed in, nor on a small screen.
        let mut z = v.clone();
        z.camera.scale *= 2.0;
        assert!(z.inset(z.inset_room(&d)).is_none());
        // Panning never changes its room (nor so its picture).
        let mut p = v.clone();
        p.camera.pan_by(40.0, 25.0);
        assert_eq!(p.inset_room(&d), v.inset_room(&d));
        let small = ViewState::home(d.bounds(), Viewport::new(400.0, 700.0, 2.0));
        assert!(small.inset(small.inset_room(&d)).is_none());
        // Nor where it would cover places: the network fills a wide, low map to the top.
        let low = ViewState::home(d.bounds(), Viewport::new(960.0, 530.0, 2.0));
        assert!(low.inset(low.inset_room(&d)).is_none());
        // A map narrowed by the panel still has room at the top right.
        let narrowed = ViewState::home(d.bounds(), Viewport::new(900.0, 690.0, 1.0));
        let i = narrowed.inset(narrowed.inset_room(&d)).unwrap();
        assert!(i.vp.height < 240.0 && i.vp.height >= INSET_MIN_HEIGHT);
        assert_eq!(below(&narrowed), 0);
    }

    #[test]
    fn each_framing_holds_its_countries_places() {
        let d = Dataset::embedded().unwrap();
        let atlas = d.atlas();
        for (region, countries) in [
            (
                Region::EastAsia,
                &[Country::CN, Country::JP, Country::KR][..],
            ),
            (Region::UnitedStates, &[Country::US][..]),
        ] {
            let [x0, y0, x1, y1] = region.bounds(&d, Arrangement::Map);
            assert!(x0 < x1 && y0 < y1, "{region:?}");
            let places: Vec<_> = atlas
                .places
                .iter()
                .enumerate()
                .filter(|(_, p)| countries.contains(&p.country))
                .filter_map(|(i, p)| Some((p, d.position(i)?)))
                .collect();
            let inside = places
                .iter()
                .filter(|(_, w)| (x0..=x1).contains(&w[0]) && (y0..=y1).contains(&w[1]))
                .count();
            // Alaska, Hawaii and the far west of China lie outside; nearly all else inside.
            assert!(
                inside * 100 >= places.len() * 95,
                "{region:?}: {inside} of {}",
                places.len()
            );
        }
        // Every Chinese province-level place with a tie to Japan or Korea is in East Asia.
        let [x0, _, x1, _] = Region::EastAsia.bounds(&d, Arrangement::Map);
        let far = atlas
            .places
            .iter()
            .enumerate()
            .filter(|(_, p)| p.country != Country::US && p.level != Level::Province)
            .filter_map(|(i, _)| d.position(i))
            .filter(|w| w[0] < x0 || w[0] > x1)
            .count();
        assert!(far <= 10, "{far}");
        for r in Region::ALL {
            assert_eq!(Region::parse(r.word()), Some(r));
        }
        assert_eq!(Region::Pacific.bounds(&d, Arrangement::Map), d.bounds());
    }
}
