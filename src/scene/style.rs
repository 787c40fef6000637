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
    pub const HOVER: Rgba = Rgba(0xff, 0xa6, 0x00, 255);

    /// Colour of a country's places and of the ties to it.
    pub const fn country(c: Country) -> Rgba {
        match c {
            Country::CN => Rgba(0xc8, 0x2e, 0x2e, 255),
            Country::JP => Rgba(0x8e, 0x44, 0xad, 255),
            Country::KR => Rgba(0x1f, 0x6f, 0xc5, 255),
            Country::US => Rgba(0x0f, 0x9d, 0x76, 255),
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
    let base = 1.6 + 1.25 * (degree as f32).sqrt();
    (base * zoom.max(0.5).powf(0.3)).min(22.0)
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

    #[test]
    fn markers_grow_with_degree_and_are_capped() {
        assert!(node_radius(10, 1.0) > node_radius(1, 1.0));
        assert!(node_radius(10_000, 90.0) <= 22.0);
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
