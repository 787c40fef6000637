//! WCAG 2 contrast of the map's colours: the countries' markers and ties against the sea and the
//! land (3:1 for graphics, success criterion 1.4.11), and the labels' text on their halo over
//! whatever lies under it (4.5:1 for text, 1.4.3).

use super::palette;
use super::Rgba;
use crate::model::Country;

/// Relative luminance of an opaque colour (WCAG 2).
fn luminance(c: Rgba) -> f64 {
    let lin = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.040_45 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
}

/// Contrast ratio of two opaque colours, 1 to 21.
fn ratio(a: Rgba, b: Rgba) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `top` (with its alpha) painted over the opaque `under`.
fn over(top: Rgba, under: Rgba) -> Rgba {
    let a = f64::from(top.3) / 255.0;
    let mix = |t: u8, u: u8| (f64::from(t) * a + f64::from(u) * (1.0 - a)).round() as u8;
    Rgba(
        mix(top.0, under.0),
        mix(top.1, under.1),
        mix(top.2, under.2),
        255,
    )
}

const GROUNDS: [(&str, Rgba); 3] = [
    ("sea", palette::OCEAN),
    ("land", palette::LAND),
    ("highlighted land", palette::LAND_FOCUS),
];

#[test]
fn the_formula_matches_wcag_reference_values() {
    let (black, white) = (Rgba(0, 0, 0, 255), Rgba(255, 255, 255, 255));
    assert!((ratio(black, white) - 21.0).abs() < 1e-9);
    assert!((ratio(Rgba(0x76, 0x76, 0x76, 255), white) - 4.54).abs() < 0.01);
    assert_eq!(over(Rgba(0, 0, 0, 0), white), white);
}

#[test]
fn markers_and_ties_stand_out_from_sea_and_land() {
    let marks = Country::ALL
        .map(|c| (c.name(), palette::country(c)))
        .into_iter()
        .chain([("selection", palette::SELECT), ("hover", palette::HOVER)]);
    for (what, c) in marks {
        for (ground, g) in GROUNDS {
            let r = ratio(c, g);
            assert!(r >= 3.0, "{what} on {ground}: {r:.2}");
        }
        // The white edge that parts a dot from the dots under it.
        let r = ratio(c, palette::NODE_EDGE);
        assert!(r >= 3.0, "{what} against its edge: {r:.2}");
    }
}

#[test]
fn labels_are_legible_on_their_halo_over_anything() {
    let unders = GROUNDS
        .into_iter()
        .chain(Country::ALL.map(|c| (c.name(), palette::country(c))))
        .chain([("selection", palette::SELECT)]);
    for (what, u) in unders {
        let r = ratio(palette::TEXT, over(palette::HALO, u));
        assert!(r >= 4.5, "a label over {what}: {r:.2}");
    }
}
