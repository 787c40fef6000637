//! How the atlas looks: colours, marker and line sizes, and how many ties one picture draws.

/// A colour with straight (non-premultiplied) alpha.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgba(pub u8, pub u8, pub u8, pub u8);

impl Rgba {
    pub const fn with_alpha(self, a: u8) -> Self {
        Self(self.0, self.1, self.2, a)
    }
}

/// The atlas's colours.
pub mod palette {
    use super::Rgba;
    use crate::model::Country;

    pub const OCEAN: Rgba = Rgba(0xe1, 0xeb, 0xf3, 255);
    pub const LAND: Rgba = Rgba(0xf8, 0xf6, 0xf1, 255);
    pub const LAND_FOCUS: Rgba = Rgba(0xf2, 0xeb, 0xdd, 255);
    pub const TEXT: Rgba = Rgba(0x1f, 0x23, 0x28, 255);
    pub const HALO: Rgba = Rgba(255, 255, 255, 230);
    pub const NODE_EDGE: Rgba = Rgba(255, 255, 255, 255);
    pub const SELECT: Rgba = Rgba(0x11, 0x11, 0x11, 255);
    pub const HOVER: Rgba = Rgba(0x00, 0x77, 0xa8, 255);

    /// Colour of a country's places and of the ties to it: four colours that stay apart for
    /// readers with a red, green or blue colour-vision deficiency, and that stand out from the
    /// sea and the land by WCAG's 3:1 for graphics (tests check both).
    pub const fn country(c: Country) -> Rgba {
        match c {
            Country::CN => Rgba(0xb2, 0x1b, 0x2f, 255),
            Country::JP => Rgba(0xb2, 0x74, 0x00, 255),
            Country::KR => Rgba(0x1f, 0x43, 0x99, 255),
            Country::US => Rgba(0x15, 0x8c, 0x78, 255),
        }
    }
}

/// How a batch of shapes is painted: filled, stroked, or both (fill first).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub fill: Option<Rgba>,
    pub stroke: Option<Rgba>,
    /// Stroke width in CSS pixels.
    pub stroke_width: f32,
}

impl Style {
    pub const fn fill(c: Rgba) -> Self {
        Self {
            fill: Some(c),
            stroke: None,
            stroke_width: 0.0,
        }
    }
    pub const fn stroke(c: Rgba, width: f32) -> Self {
        Self {
            fill: None,
            stroke: Some(c),
            stroke_width: width,
        }
    }
    pub const fn both(fill: Rgba, stroke: Rgba, width: f32) -> Self {
        Self {
            fill: Some(fill),
            stroke: Some(stroke),
            stroke_width: width,
        }
    }
}

/// Marker radius in CSS pixels of a place with `degree` ties at relative zoom `zoom`.
pub fn node_radius(degree: usize, zoom: f32) -> f32 {
    Sizes::at(zoom).radius(degree)
}

/// Marker sizes at one zoom, its growth factor worked out once (for loops over many places).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sizes {
    grow: f32,
}

impl Sizes {
    pub fn at(zoom: f32) -> Self {
        Self {
            grow: zoom.max(0.5).powf(0.3),
        }
    }

    /// See [`node_radius`].
    pub fn radius(&self, degree: usize) -> f32 {
        ((1.6 + 1.25 * (degree as f32).sqrt()) * self.grow).min(22.0)
    }

    /// The marker of a place with `degree` ties; `ring` for a region. A ring leaves room inside
    /// for a capital's dot.
    pub fn marker(&self, degree: usize, ring: bool) -> Marker {
        let r = self.radius(degree);
        Marker {
            radius: if ring { r + 3.0 } else { r },
            ring,
        }
    }
}

/// How a place is drawn: a dot, or (a province, prefecture or state) a ring around the point of
/// its capital, so that the region and the capital city drawn inside it are two targets.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Marker {
    /// The dot's radius, or the ring's (to the middle of its stroke), in CSS px.
    pub radius: f32,
    pub ring: bool,
}

/// Stroke width of a region's ring (CSS px).
pub const RING_WIDTH: f32 = 1.8;

impl Marker {
    /// The marker of a place with `degree` ties at relative zoom `zoom` (see [`Sizes::marker`]).
    pub fn new(degree: usize, zoom: f32, ring: bool) -> Self {
        Sizes::at(zoom).marker(degree, ring)
    }

    /// How far (CSS px) the point at distance `d` from the marker's centre is from its ink: 0 on
    /// a dot or on the ring's stroke. Inside a ring, the distance to the stroke.
    pub fn gap(&self, d: f32) -> f32 {
        if self.ring {
            ((d - self.radius).abs() - RING_WIDTH / 2.0).max(0.0)
        } else {
            (d - self.radius).max(0.0)
        }
    }

    /// Whether the point at distance `d` from the centre lies inside the marker's outline.
    pub fn holds(&self, d: f32) -> bool {
        d <= self.radius + RING_WIDTH / 2.0
    }

    /// Outer radius, ink included.
    pub fn outer(&self) -> f32 {
        if self.ring {
            self.radius + RING_WIDTH / 2.0
        } else {
            self.radius
        }
    }
}

/// Tie width in CSS pixels: province-level ties are drawn heavier; the others are one device
/// pixel wide at the whole-network view (a hairline rasters about three times faster than a wider
/// line, measured at 2560×1600) and thicken slowly as the user zooms in.
pub fn link_width(heavy: bool, zoom: f32, dpr: f32) -> f32 {
    let grow = zoom.max(1.0).powf(0.25);
    if heavy {
        1.9 * grow
    } else {
        (grow / dpr).min(1.2)
    }
}

/// Most ties drawn in one picture; beyond it a stable sample is drawn (level of detail: zooming
/// in brings back every tie, as fewer are on screen).
pub const LINK_BUDGET: usize = 12_000;

/// Whether item `i` is among the about `keep` of `total` items a sample keeps: the same ones
/// every time (a multiplicative hash).
pub fn in_sample(i: usize, keep: usize, total: usize) -> bool {
    let h = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32;
    h * total as u64 <= (keep as u64) << 32
}

/// Like [`in_sample`] but independent of it: a sample of ties already sampled by
/// [`in_sample`] (the same hash would keep them all).
pub fn in_subsample(i: usize, keep: usize, total: usize) -> bool {
    // The SplitMix64 finaliser.
    let mut z = (i as u64).wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    (z >> 32) * total as u64 <= (keep as u64) << 32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_styles_use_the_palette() {
        // Badges and dots in the panel are coloured by www/style.css: the same colours.
        let css = include_str!("../../www/style.css");
        for c in crate::model::Country::ALL {
            let var = format!(
                "--{}: {};",
                c.code().to_ascii_lowercase(),
                crate::render::css::hex(palette::country(c))
            );
            assert!(css.contains(&var), "www/style.css lacks {var}");
        }
    }

    /// CIE L*a*b* of a colour as a reader with a deficiency sees it: `m` acts on linear RGB
    /// (Machado, Oliveira and Fernandes 2009, full severity).
    fn seen(c: Rgba, m: [[f32; 3]; 3]) -> [f32; 3] {
        let lin = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        let c = [lin(c.0), lin(c.1), lin(c.2)];
        let [r, g, b] =
            m.map(|row| (row[0] * c[0] + row[1] * c[1] + row[2] * c[2]).clamp(0.0, 1.0));
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        let f = |t: f32| {
            if t > 0.008856 {
                t.cbrt()
            } else {
                7.787 * t + 16.0 / 116.0
            }
        };
        [
            116.0 * f(y) - 16.0,
            500.0 * (f(x) - f(y)),
            200.0 * (f(y) - f(z)),
        ]
    }

    #[test]
    fn country_colours_stay_apart_under_colour_vision_deficiencies() {
        use crate::model::Country;
        let vision = [
            (
                "normal",
                [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]],
            ),
            (
                "protanopia",
                [
                    [0.152286, 1.052583, -0.204868],
                    [0.114503, 0.786281, 0.099216],
                    [-0.003882, -0.048116, 1.051998],
                ],
            ),
            (
                "deuteranopia",
                [
                    [0.367322, 0.860646, -0.227968],
                    [0.280085, 0.672501, 0.047413],
                    [-0.011820, 0.042940, 0.968881],
                ],
            ),
            (
                "tritanopia",
                [
                    [1.255528, -0.076749, -0.178779],
                    [-0.078411, 0.930809, 0.147602],
                    [0.004733, 0.691367, 0.303900],
                ],
            ),
        ];
        for (name, m) in vision {
            for (i, &a) in Country::ALL.iter().enumerate() {
                for &b in &Country::ALL[i + 1..] {
                    let (p, q) = (seen(palette::country(a), m), seen(palette::country(b), m));
                    let de = (0..3).map(|k| (p[k] - q[k]).powi(2)).sum::<f32>().sqrt();
                    // ΔE*ab 25: clearly two colours, side by side or apart.
                    assert!(de >= 25.0, "{a:?} and {b:?} under {name}: ΔE {de:.1}");
                }
            }
        }
    }

    #[test]
    fn markers_grow_with_degree_and_are_capped() {
        assert!(node_radius(10, 1.0) > node_radius(1, 1.0));
        assert!(node_radius(10_000, 90.0) <= 22.0);
    }

    #[test]
    fn a_ring_is_hit_on_its_stroke_and_holds_its_inside() {
        let dot = Marker::new(4, 1.0, false);
        let ring = Marker::new(4, 1.0, true);
        assert!(ring.radius > dot.radius + 2.0);
        assert_eq!(dot.gap(0.0), 0.0);
        assert_eq!(dot.gap(dot.radius + 2.0), 2.0);
        assert_eq!(ring.gap(ring.radius), 0.0);
        assert!(ring.gap(0.0) > dot.radius);
        assert!(ring.holds(0.0) && ring.holds(ring.radius) && !ring.holds(ring.outer() + 0.1));
    }

    #[test]
    fn ties_are_hairlines_until_zoomed_and_province_ties_heavier() {
        assert_eq!(link_width(false, 1.0, 2.0), 0.5);
        assert!(link_width(false, 16.0, 2.0) > 0.5);
        assert!(link_width(true, 1.0, 2.0) > link_width(false, 1.0, 1.0));
    }

    #[test]
    fn samples_keep_about_the_asked_share() {
        let kept = (0..100_000)
            .filter(|&i| in_sample(i, 12_000, 100_000))
            .count();
        assert!((kept as f64 - 12_000.0).abs() < 600.0, "{kept}");
        assert!((0..100).all(|i| in_sample(i, 100, 100)));
    }
}
