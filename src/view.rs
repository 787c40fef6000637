//! The one view state from which every picture is derived: camera, filters, selection, hover,
//! year and layers. Changing what the user sees means changing this state; the scene is a pure
//! function of it (see [`crate::scene`]).

use crate::layout::Bounds;
use crate::model::Atlas;

/// Size of the drawing surface in CSS pixels and its device pixel ratio.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    pub width: f32,
    pub height: f32,
    pub dpr: f32,
}

impl Viewport {
    pub fn new(width: f32, height: f32, dpr: f32) -> Self {
        let ok = |v: f32, d: f32| if v.is_finite() && v > 0.0 { v } else { d };
        Self {
            width: ok(width, 1.0),
            height: ok(height, 1.0),
            dpr: ok(dpr, 1.0).clamp(0.5, 4.0),
        }
    }
}

/// Where the camera looks: the world point at the centre of the viewport and the zoom, in CSS
/// pixels per world unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Camera {
    pub center: [f32; 2],
    pub scale: f32,
}

/// How far the user may zoom, relative to the scale that fits the whole network.
pub const ZOOM_RANGE: (f32, f32) = (0.5, 96.0);

impl Camera {
    /// The camera that shows `bounds` whole inside `vp`, with `margin` CSS pixels around.
    pub fn fit(bounds: Bounds, vp: Viewport, margin: f32) -> Self {
        let w = (bounds[2] - bounds[0]).max(1e-3);
        let h = (bounds[3] - bounds[1]).max(1e-3);
        let avail_w = (vp.width - 2.0 * margin).max(vp.width * 0.5);
        let avail_h = (vp.height - 2.0 * margin).max(vp.height * 0.5);
        Self {
            center: [(bounds[0] + bounds[2]) / 2.0, (bounds[1] + bounds[3]) / 2.0],
            scale: (avail_w / w).min(avail_h / h),
        }
    }

    pub fn world_to_screen(&self, p: [f32; 2], vp: Viewport) -> [f32; 2] {
        [
            (p[0] - self.center[0]) * self.scale + vp.width / 2.0,
            (p[1] - self.center[1]) * self.scale + vp.height / 2.0,
        ]
    }

    pub fn screen_to_world(&self, s: [f32; 2], vp: Viewport) -> [f32; 2] {
        [
            (s[0] - vp.width / 2.0) / self.scale + self.center[0],
            (s[1] - vp.height / 2.0) / self.scale + self.center[1],
        ]
    }

    /// Moves the picture by (dx, dy) CSS pixels.
    pub fn pan_by(&mut self, dx: f32, dy: f32) {
        self.center[0] -= dx / self.scale;
        self.center[1] -= dy / self.scale;
    }

    /// Zooms by `factor` keeping the world point under `anchor` (CSS pixels) where it is; the
    /// scale stays within `ZOOM_RANGE` of `home_scale`.
    pub fn zoom_at(&mut self, anchor: [f32; 2], factor: f32, vp: Viewport, home_scale: f32) {
        if !factor.is_finite() || factor <= 0.0 {
            return;
        }
        let before = self.screen_to_world(anchor, vp);
        let lo = home_scale * ZOOM_RANGE.0;
        let hi = home_scale * ZOOM_RANGE.1;
        // max/min rather than clamp: f32::clamp's assertion would pull float printing into
        // the wasm (about 17 KB).
        self.scale = (self.scale * factor).max(lo).min(hi);
        let after = self.screen_to_world(anchor, vp);
        self.center[0] += before[0] - after[0];
        self.center[1] += before[1] - after[1];
    }

    /// The world box the viewport shows.
    pub fn visible_world(&self, vp: Viewport) -> Bounds {
        let a = self.screen_to_world([0.0, 0.0], vp);
        let b = self.screen_to_world([vp.width, vp.height], vp);
        [a[0], a[1], b[0], b[1]]
    }
}

/// Something the user can point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Place(usize),
    Link(usize),
}

/// Which links are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Filters {
    /// Partner countries shown, indexed like `Country::PARTNERS`.
    pub countries: [bool; 3],
    /// Tiers shown, indexed like `Tier::ALL`.
    pub tiers: [bool; 3],
    /// Show only ties established in or before this year (undated ties are hidden when set).
    pub until_year: Option<u16>,
}

impl Default for Filters {
    fn default() -> Self {
        Self {
            countries: [true; 3],
            tiers: [true; 3],
            until_year: None,
        }
    }
}

impl Filters {
    pub fn shows_link(&self, atlas: &Atlas, link: usize) -> bool {
        let l = &atlas.links[link];
        let country_ok = atlas
            .link_country(link)
            .partner_index()
            .is_some_and(|k| self.countries[k]);
        let tier_ok = self.tiers[atlas.link_tier(link).index()];
        let year_ok = match self.until_year {
            None => true,
            Some(y) => l.date.is_some_and(|d| d.year <= y),
        };
        country_ok && tier_ok && year_ok
    }
}

/// Optional layers of the picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layers {
    pub land: bool,
    pub labels: bool,
}

impl Default for Layers {
    fn default() -> Self {
        Self {
            land: true,
            labels: true,
        }
    }
}

/// Everything the picture depends on besides the data and the layout.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewState {
    pub camera: Camera,
    /// The scale at which the whole network fits: the reference for zoom limits and sizes.
    pub home_scale: f32,
    pub filters: Filters,
    pub selection: Option<Target>,
    pub hover: Option<Target>,
    pub layers: Layers,
}

impl ViewState {
    /// The view that shows the whole network.
    pub fn home(bounds: Bounds, vp: Viewport) -> Self {
        let camera = Camera::fit(bounds, vp, home_margin(vp));
        Self {
            camera,
            home_scale: camera.scale,
            filters: Filters::default(),
            selection: None,
            hover: None,
            layers: Layers::default(),
        }
    }

    /// Zoom relative to the home view (1 = whole network).
    pub fn zoom(&self) -> f32 {
        self.camera.scale / self.home_scale
    }

    /// Refit after a resize, keeping the same relative zoom and centre.
    pub fn resize(&mut self, bounds: Bounds, vp: Viewport) {
        let z = self.zoom();
        let home = Camera::fit(bounds, vp, home_margin(vp));
        self.home_scale = home.scale;
        self.camera.scale = home.scale * z;
    }

    pub fn selected_place(&self) -> Option<usize> {
        match self.selection {
            Some(Target::Place(p)) => Some(p),
            _ => None,
        }
    }
}

fn home_margin(vp: Viewport) -> f32 {
    (vp.width.min(vp.height) * 0.06).clamp(12.0, 48.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::tests::fixture;
    use crate::model::Tier;

    const VP: Viewport = Viewport {
        width: 800.0,
        height: 500.0,
        dpr: 2.0,
    };

    #[test]
    fn screen_and_world_round_trip() {
        let c = Camera {
            center: [10.0, -30.0],
            scale: 7.5,
        };
        let w = [12.5, -28.0];
        let s = c.world_to_screen(w, VP);
        let back = c.screen_to_world(s, VP);
        assert!((back[0] - w[0]).abs() < 1e-4 && (back[1] - w[1]).abs() < 1e-4);
    }

    #[test]
    fn fit_shows_the_whole_box() {
        let b = [-60.0, -50.0, 100.0, -20.0];
        let c = Camera::fit(b, VP, 20.0);
        let tl = c.world_to_screen([b[0], b[1]], VP);
        let br = c.world_to_screen([b[2], b[3]], VP);
        assert!(tl[0] >= 19.9 && tl[1] >= 0.0 && br[0] <= 780.1 && br[1] <= 500.0);
        assert!((tl[0] - 20.0).abs() < 0.1 || (tl[1] - 20.0).abs() < 0.1);
    }

    #[test]
    fn zoom_keeps_the_anchor_fixed_and_respects_limits() {
        let mut c = Camera {
            center: [0.0, 0.0],
            scale: 4.0,
        };
        let anchor = [600.0, 100.0];
        let w = c.screen_to_world(anchor, VP);
        c.zoom_at(anchor, 2.0, VP, 4.0);
        assert_eq!(c.scale, 8.0);
        let s = c.world_to_screen(w, VP);
        assert!((s[0] - anchor[0]).abs() < 1e-3 && (s[1] - anchor[1]).abs() < 1e-3);
        c.zoom_at(anchor, 1e9, VP, 4.0);
        assert_eq!(c.scale, 4.0 * ZOOM_RANGE.1);
        c.zoom_at(anchor, f32::NAN, VP, 4.0);
        assert_eq!(c.scale, 4.0 * ZOOM_RANGE.1);
    }

    #[test]
    fn filters_hide_by_country_tier_and_year() {
        let a = fixture();
        let mut f = Filters::default();
        assert!((0..a.links.len()).all(|l| f.shows_link(&a, l)));
        f.countries[0] = false; // Japan
        assert_eq!(
            (0..a.links.len()).filter(|&l| f.shows_link(&a, l)).count(),
            2
        );
        f.countries[0] = true;
        f.until_year = Some(1973);
        assert_eq!(
            (0..a.links.len()).filter(|&l| f.shows_link(&a, l)).count(),
            1
        );
        f.until_year = None;
        f.tiers[Tier::Province.index()] = false; // both Chinese ends are municipalities
        assert_eq!(
            (0..a.links.len()).filter(|&l| f.shows_link(&a, l)).count(),
            0
        );
    }

    #[test]
    fn viewport_rejects_nonsense() {
        let v = Viewport::new(f32::NAN, -3.0, 0.0);
        assert_eq!((v.width, v.height, v.dpr), (1.0, 1.0, 1.0));
    }
}
