//! The viewport and the camera: where the world is on screen, and the gestures that move it
//! (pan, zoom about a point, pinch, bringing a point into view).

use crate::geometry::distance;
use crate::layout::Bounds;

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

    /// The whole surface as a box, `[x0, y0, x1, y1]` in CSS pixels.
    pub fn rect(&self) -> [f32; 4] {
        [0.0, 0.0, self.width, self.height]
    }

    /// Whether a point (CSS px) lies on the surface.
    pub fn contains(&self, p: [f32; 2]) -> bool {
        p[0] >= 0.0 && p[1] >= 0.0 && p[0] <= self.width && p[1] <= self.height
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

fn mid(a: [f32; 2], b: [f32; 2]) -> [f32; 2] {
    [(a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0]
}

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
        if dx.is_finite() && dy.is_finite() {
            self.center[0] -= dx / self.scale;
            self.center[1] -= dy / self.scale;
        }
    }

    /// Zooms by `factor` keeping the world point under `anchor` (CSS pixels) where it is; the
    /// scale stays within `ZOOM_RANGE` of `home_scale`.
    pub fn zoom_at(&mut self, anchor: [f32; 2], factor: f32, vp: Viewport, home_scale: f32) {
        if !factor.is_finite() || factor <= 0.0 || !anchor[0].is_finite() || !anchor[1].is_finite()
        {
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

    /// Two fingers moved from `from` to `to` (CSS px): the picture zooms by the change of their
    /// distance about their midpoint and follows the midpoint.
    pub fn pinch(&mut self, from: [[f32; 2]; 2], to: [[f32; 2]; 2], vp: Viewport, home_scale: f32) {
        let (d0, d1) = (distance(from[0], from[1]), distance(to[0], to[1]));
        let (m0, m1) = (mid(from[0], from[1]), mid(to[0], to[1]));
        if d0 > 1.0 {
            self.zoom_at(m0, d1 / d0, vp, home_scale);
        }
        self.pan_by(m1[0] - m0[0], m1[1] - m0[1]);
    }

    /// The camera a share `t` (0…1) of the way from `self` to `to`, eased in and out: the
    /// centre moves evenly on screen and the scale changes by equal factors, so that a flight
    /// neither rushes nor crawls at either end.
    pub fn toward(&self, to: Camera, t: f32) -> Camera {
        let t = t.clamp(0.0, 1.0);
        let e = t * t * (3.0 - 2.0 * t);
        let scale = self.scale * (to.scale / self.scale).powf(e);
        // Where the centre is, measured in the start's and the end's pixels alike.
        let k = if (to.scale - self.scale).abs() < 1e-6 {
            e
        } else {
            (1.0 / scale - 1.0 / self.scale) / (1.0 / to.scale - 1.0 / self.scale)
        };
        let lerp = |a: f32, b: f32| a + (b - a) * k;
        Camera {
            center: [
                lerp(self.center[0], to.center[0]),
                lerp(self.center[1], to.center[1]),
            ],
            scale,
        }
    }

    /// Pans so that world point `w` lies inside `free` (a box of the viewport, CSS px, that no
    /// panel covers) at least `margin` from its edges; a point already there stays put. When it
    /// has to move, the point goes to the middle of `free`.
    pub fn reveal(&mut self, w: [f32; 2], free: [f32; 4], margin: f32, vp: Viewport) {
        let s = self.world_to_screen(w, vp);
        let m = margin
            .min((free[2] - free[0]) / 2.0)
            .min((free[3] - free[1]) / 2.0)
            .max(0.0);
        let inside = s[0] >= free[0] + m
            && s[1] >= free[1] + m
            && s[0] <= free[2] - m
            && s[1] <= free[3] - m;
        if !inside {
            let target = mid([free[0], free[1]], [free[2], free[3]]);
            self.pan_by(target[0] - s[0], target[1] - s[1]);
        }
    }

    /// The world box the viewport shows.
    pub fn visible_world(&self, vp: Viewport) -> Bounds {
        let a = self.screen_to_world([0.0, 0.0], vp);
        let b = self.screen_to_world([vp.width, vp.height], vp);
        [a[0], a[1], b[0], b[1]]
    }
}

#[cfg(test)]
mod flight_tests {
    use super::*;

    #[test]
    fn a_flight_starts_and_ends_where_it_should_and_zooms_steadily() {
        let a = Camera {
            center: [0.0, 0.0],
            scale: 1.0,
        };
        let b = Camera {
            center: [100.0, -40.0],
            scale: 16.0,
        };
        assert_eq!(a.toward(b, 0.0), a);
        let end = a.toward(b, 1.0);
        assert!((end.scale - 16.0).abs() < 1e-3);
        assert!((end.center[0] - 100.0).abs() < 1e-3 && (end.center[1] + 40.0).abs() < 1e-3);
        let mut last = a.scale;
        for i in 1..=20 {
            let c = a.toward(b, i as f32 / 20.0);
            assert!(c.scale >= last, "{i}");
            last = c.scale;
        }
        // Out-of-range shares stay at the ends.
        assert_eq!(a.toward(b, -1.0), a);
        assert_eq!(a.toward(b, 2.0), end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VP: Viewport = Viewport {
        width: 800.0,
        height: 500.0,
        dpr: 2.0,
    };

    fn close(a: [f32; 2], b: [f32; 2]) -> bool {
        distance(a, b) < 1e-3
    }

    #[test]
    fn screen_and_world_round_trip() {
        let c = Camera {
            center: [10.0, -30.0],
            scale: 7.5,
        };
        let w = [12.5, -28.0];
        assert!(close(c.screen_to_world(c.world_to_screen(w, VP), VP), w));
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
        assert!(close(c.world_to_screen(w, VP), anchor));
        c.zoom_at(anchor, 1e9, VP, 4.0);
        assert_eq!(c.scale, 4.0 * ZOOM_RANGE.1);
        let before = c;
        c.zoom_at(anchor, f32::NAN, VP, 4.0);
        c.zoom_at([f32::NAN, 0.0], 2.0, VP, 4.0);
        c.pan_by(f32::INFINITY, 0.0);
        assert_eq!(c, before);
    }

    #[test]
    fn pinch_zooms_about_the_fingers_and_follows_them() {
        let mut c = Camera {
            center: [0.0, 0.0],
            scale: 4.0,
        };
        // Fingers 100 px apart move apart to 200 px, their midpoint moves 30 px right.
        let from = [[350.0, 250.0], [450.0, 250.0]];
        let to = [[330.0, 250.0], [530.0, 250.0]];
        let w = c.screen_to_world([400.0, 250.0], VP);
        c.pinch(from, to, VP, 4.0);
        assert!((c.scale - 8.0).abs() < 1e-4);
        // The world point under the old midpoint is now under the new one.
        assert!(close(c.world_to_screen(w, VP), [430.0, 250.0]));
        // Fingers on one spot do not divide by zero.
        let same = [[10.0, 10.0], [10.0, 10.0]];
        c.pinch(same, same, VP, 4.0);
        assert!(c.scale.is_finite() && c.center[0].is_finite());
    }

    #[test]
    fn reveal_moves_only_what_is_hidden() {
        let mut c = Camera {
            center: [0.0, 0.0],
            scale: 1.0,
        };
        let free = [0.0, 0.0, 500.0, 500.0]; // a panel covers x > 500
                                             // At screen x 450: inside the free part, margin 40: stays.
        let seen = c.screen_to_world([450.0, 250.0], VP);
        c.reveal(seen, free, 40.0, VP);
        assert_eq!(c.center, [0.0, 0.0]);
        // Under the panel: moves to the middle of the free part.
        let hidden = c.screen_to_world([700.0, 100.0], VP);
        c.reveal(hidden, free, 40.0, VP);
        assert!(close(c.world_to_screen(hidden, VP), [250.0, 250.0]));
    }
}
