//! The one view state from which every picture, panel and tooltip is derived: viewport, camera,
//! filters (with the timeline's year), selection, hover and layers. It changes only through [`update`] of an [`Action`];
//! what the filters let through is derived from it ([`Derived`]).

mod action;
mod camera;
mod dirty;
mod facets;
mod filters;
mod morph;
mod region;
mod rollup;
mod table;
mod target;
mod timeline;
pub mod url;
mod visibility;

pub use action::{update, Action, REVEAL_MARGIN};
pub use camera::{Camera, Viewport, ZOOM_RANGE};
pub use dirty::Dirty;
pub use facets::Facets;
pub use filters::{
    kind_index, kind_word, nest_index, nest_word, standing_word, tier_word, tiers_on, Filters,
    KINDS, NESTS,
};
pub use morph::Morph;
pub use region::{Region, INSET_MARGIN, INSET_TOP};
pub use rollup::{Measure, Rollup};
pub use table::{TableColumn, TableSort};
pub use target::{Target, KEY_SEPARATOR};
pub use timeline::{ChartMode, Player, YearSpan, SPEEDS};
pub use visibility::{Derived, Visibility};

use crate::layout::{Arrangement, Bounds};

/// Optional layers of the picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layers {
    pub land: bool,
    pub labels: bool,
    /// The events at their places (off unless asked for).
    pub events: bool,
}

impl Default for Layers {
    fn default() -> Self {
        Self {
            land: true,
            labels: true,
            events: false,
        }
    }
}

/// The places that were under the pointer at the last click, when there were several: the panel
/// offers them so that each can be chosen. The selection is one of them while the list stands.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Chooser {
    /// Best first.
    pub places: Vec<Target>,
    /// How many more were under the pointer than the list holds.
    pub more: usize,
}

/// Everything the picture depends on besides the data.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewState {
    pub vp: Viewport,
    pub camera: Camera,
    /// The scale at which the whole network fits: the reference for zoom limits and sizes.
    pub home_scale: f32,
    pub filters: Filters,
    pub selection: Option<Target>,
    pub hover: Option<Target>,
    /// How many places are under the pointer besides the hovered one.
    pub hover_others: usize,
    /// The places of the last click, when several were under the pointer.
    pub chooser: Option<Chooser>,
    /// Where the pointer is on the surface (CSS px), while it is over the map.
    pub pointer: Option<[f32; 2]>,
    pub layers: Layers,
    /// The framing the camera keeps (across resizes) until the reader moves it.
    pub region: Option<Region>,
    /// The text in the search box.
    pub query: String,
    /// The table of ties, when it is open, and its sort.
    pub table: Option<TableSort>,
    /// Parts of the surface the page's controls cover (CSS px, `[x0, y0, x1, y1]`): labels keep
    /// off them.
    pub covered: Vec<[f32; 4]>,
    /// The timeline's player (its year is [`Filters::year`]).
    pub player: Player,
    /// The growth chart, when it is open.
    pub chart: Option<ChartMode>,
    /// The arrangement the view shows, or moves to while [`Self::morph`] lasts.
    pub arrangement: Arrangement,
    /// How far the places are from the map (0) towards the network (1).
    pub blend: f32,
    /// The switch between arrangements under way.
    pub morph: Option<Morph>,
    /// Whether the list of hubs (and the summary of nested ties) is open.
    pub hubs: bool,
    /// The places rolled up into their regions, when they are.
    pub rollup: Option<Rollup>,
}

impl ViewState {
    /// The view that shows the whole of `bounds` in `vp`.
    pub fn home(bounds: Bounds, vp: Viewport) -> Self {
        let camera = Camera::fit(bounds, vp, home_margin(vp));
        Self {
            vp,
            camera,
            home_scale: camera.scale,
            filters: Filters::default(),
            selection: None,
            hover: None,
            hover_others: 0,
            chooser: None,
            pointer: None,
            layers: Layers::default(),
            region: Some(Region::Pacific),
            query: String::new(),
            table: None,
            covered: Vec::new(),
            player: Player::default(),
            chart: None,
            arrangement: Arrangement::Map,
            blend: 0.0,
            morph: None,
            hubs: false,
            rollup: None,
        }
    }

    /// Zoom relative to the home view (1 = whole network).
    pub fn zoom(&self) -> f32 {
        self.camera.scale / self.home_scale
    }

    /// The camera that shows the whole of `bounds` (filters, selection and hover stay).
    fn go_home(&mut self, bounds: Bounds) {
        let home = Camera::fit(bounds, self.vp, home_margin(self.vp));
        self.camera = home;
        self.home_scale = home.scale;
        self.region = Some(Region::Pacific);
    }

    /// Frames `region` of `data`.
    fn frame(&mut self, region: Region, data: &crate::dataset::Dataset) {
        self.go_home(data.bounds_of(self.arrangement));
        let c = self.region_camera(region, data);
        self.camera = c;
        self.region = Some(region);
    }

    /// The camera that frames `region` of `data` in this viewport (zoom kept within range).
    pub fn region_camera(&self, region: Region, data: &crate::dataset::Dataset) -> Camera {
        let mut c = Camera::fit(
            region.bounds(data, self.arrangement),
            self.vp,
            home_margin(self.vp),
        );
        c.scale = c
            .scale
            .max(self.home_scale * ZOOM_RANGE.0)
            .min(self.home_scale * ZOOM_RANGE.1);
        c
    }

    /// Refit to a new viewport: a framing is kept; otherwise the relative zoom and centre.
    fn resize(&mut self, data: &crate::dataset::Dataset, vp: Viewport) {
        let z = self.zoom();
        let home = Camera::fit(data.bounds_of(self.arrangement), vp, home_margin(vp));
        self.vp = vp;
        self.home_scale = home.scale;
        self.camera.scale = home.scale * z;
        if let Some(r) = self.region {
            self.frame(r, data);
        }
    }

    /// The camera centred on world point `w`, zoomed in to at least `zoom` (relative to the
    /// whole network): where a flight to a place ends.
    pub fn focus(&self, w: [f32; 2], zoom: f32) -> Camera {
        let scale = (self.home_scale * zoom.min(ZOOM_RANGE.1)).max(self.camera.scale);
        Camera { center: w, scale }
    }

    /// A point of the world on the surface (CSS px).
    pub fn to_screen(&self, w: [f32; 2]) -> [f32; 2] {
        self.camera.world_to_screen(w, self.vp)
    }

    /// Where place `p` is in the world as the view arranges the places now.
    pub fn world(&self, data: &crate::dataset::Dataset, p: usize) -> Option<[f32; 2]> {
        data.position_at(p, self.blend)
    }
}

fn home_margin(vp: Viewport) -> f32 {
    (vp.width.min(vp.height) * 0.06).clamp(12.0, 48.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn home_fits_and_zoom_is_relative() {
        let vp = Viewport::new(800.0, 500.0, 2.0);
        let v = ViewState::home([0.0, 0.0, 100.0, 50.0], vp);
        assert_eq!(v.zoom(), 1.0);
        let c = v.to_screen([50.0, 25.0]);
        assert!((c[0] - 400.0).abs() < 1e-3 && (c[1] - 250.0).abs() < 1e-3);
    }

    #[test]
    fn viewport_rejects_nonsense() {
        let v = Viewport::new(f32::NAN, -3.0, 0.0);
        assert_eq!((v.width, v.height, v.dpr), (1.0, 1.0, 1.0));
    }
}
