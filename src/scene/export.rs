//! The picture an export holds: the map as the screen shows it (land, network, the selection's
//! highlight, no hover), with a title naming the filters, the legend and the credits drawn on it,
//! so that the file stands on its own in an article.

use super::{build_picture, palette, Batch, Label};
use super::{Rgba, Scene, SceneInput, Shape, Style};
use crate::geo::Land;
use crate::labels::text_width;
use crate::model::Country;

/// The words of an export (from the presenter).
#[derive(Debug, Clone, PartialEq)]
pub struct ExportTexts {
    pub title: String,
    /// A line under the title: the filters, the selection.
    pub subtitle: String,
    /// Each partner country with its count, in [`Country::PARTNERS`] order.
    pub countries: [String; 3],
    pub credit: String,
}

const TITLE_SIZE: f32 = 16.0;
const TEXT_SIZE: f32 = 11.5;
const PAD: f32 = 10.0;

/// A white box behind text.
fn panel(scene: &mut Scene, r: [f32; 4]) {
    let mut b = Batch::new(Style::both(
        Rgba(255, 255, 255, 235),
        Rgba(0xd5, 0xda, 0xe0, 255),
        1.0,
    ));
    b.shapes.push(Shape::Polygon(vec![
        [r[0], r[1]],
        [r[2], r[1]],
        [r[2], r[3]],
        [r[0], r[3]],
    ]));
    scene.batches.push(b);
}

fn text(scene: &mut Scene, s: &str, at: [f32; 2], size: f32, bold: bool) {
    scene.labels.push(Label {
        text: s.to_owned(),
        origin: at,
        size,
        bold,
        color: palette::TEXT,
        place: None,
    });
}

/// The map of `input`'s view with the title, legend and credits of `texts`.
pub fn build_export(land: &Land, input: &SceneInput<'_>, texts: &ExportTexts) -> Scene {
    let mut scene = build_picture(land, input);
    let (w, h) = (scene.width, scene.height);

    // Title and subtitle, top left.
    let tw = text_width(&texts.title, TITLE_SIZE).max(text_width(&texts.subtitle, TEXT_SIZE));
    let title_box = [
        PAD,
        PAD,
        PAD * 3.0 + tw,
        PAD * 2.0 + TITLE_SIZE + TEXT_SIZE + 6.0,
    ];
    panel(&mut scene, title_box);
    text(
        &mut scene,
        &texts.title,
        [PAD * 2.0, PAD * 1.5 + TITLE_SIZE],
        TITLE_SIZE,
        true,
    );
    text(
        &mut scene,
        &texts.subtitle,
        [PAD * 2.0, PAD * 1.5 + TITLE_SIZE + TEXT_SIZE + 5.0],
        TEXT_SIZE,
        false,
    );

    // Legend, bottom left: a swatch and a line per partner country.
    let line = TEXT_SIZE + 6.0;
    let lw = texts
        .countries
        .iter()
        .map(|t| text_width(t, TEXT_SIZE))
        .fold(0.0, f32::max);
    let top = h - PAD * 3.0 - line * 3.0 - 12.0;
    panel(
        &mut scene,
        [PAD, top, PAD * 4.0 + 20.0 + lw, h - PAD - 12.0],
    );
    for (i, (c, t)) in Country::PARTNERS.iter().zip(&texts.countries).enumerate() {
        let y = top + PAD + line * (i as f32 + 0.5);
        let mut b = Batch::new(Style::stroke(palette::country(*c), 3.0));
        b.shapes.push(Shape::Quad(
            [PAD * 2.0, y],
            [PAD * 2.0 + 10.0, y],
            [PAD * 2.0 + 20.0, y],
        ));
        scene.batches.push(b);
        text(
            &mut scene,
            t,
            [PAD * 3.0 + 20.0, y + TEXT_SIZE * 0.4],
            TEXT_SIZE,
            false,
        );
    }

    // Credits, bottom right.
    let cw = text_width(&texts.credit, 9.5);
    text(
        &mut scene,
        &texts.credit,
        [w - cw - PAD, h - 5.0],
        9.5,
        false,
    );
    scene
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Dataset;
    use crate::view::{Derived, ViewState, Viewport};

    #[test]
    fn the_export_is_the_map_with_its_title_legend_and_credits() {
        let d = Dataset::embedded().unwrap();
        let land = Land::decode(crate::data::embedded::LAND).unwrap();
        let mut v = ViewState::home(d.bounds(), Viewport::new(960.0, 600.0, 1.0));
        v.selection = crate::view::Target::from_key(d.atlas(), "cn-tianjin");
        let mut derived = Derived::default();
        let input = SceneInput {
            data: &d,
            view: &v,
            vis: derived.visibility(&d, &v.filters),
        };
        let texts = ExportTexts {
            title: "China's sister cities".into(),
            subtitle: "Japan, United States · Tianjin selected".into(),
            countries: [
                "Japan (3)".into(),
                "South Korea (0)".into(),
                "US (8)".into(),
            ],
            credit: "Data: Wikipedia contributors (CC BY-SA 4.0)".into(),
        };
        let s = build_export(&land, &input, &texts);
        let names: Vec<&str> = s.labels.iter().map(|l| l.text.as_str()).collect();
        for t in [
            "China's sister cities",
            "Japan (3)",
            "US (8)",
            "Data: Wikipedia contributors (CC BY-SA 4.0)",
        ] {
            assert!(names.contains(&t), "{t}");
        }
        assert!(
            names.iter().any(|n| n.starts_with("Tianjin")),
            "the selection is named"
        );
        // Everything stays inside the picture.
        for l in &s.labels {
            let r = l.rect();
            assert!(
                r[0] >= -1.0 && r[2] <= 961.0 && r[3] <= 601.0,
                "{} {r:?}",
                l.text
            );
        }
        // Land and network underneath: more batches than the overlay alone.
        assert!(s.batches.len() > 10);
    }
}
