//! Drawing a [`Scene`] on any plotters [`DrawingBackend`]: SVG export, bitmaps, and a recording
//! backend in tests. The browser's canvas has a faster batched path of its own (`web::canvas`)
//! that draws the same scene.

pub mod css;
#[cfg(test)]
mod golden;
#[cfg(test)]
mod mock;
mod svg;

pub use svg::{escape_markup, SvgWriter, FONT_STACK};

use crate::geometry::flatten;
use crate::scene::{Label, Rgba, Scene, Shape};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontFamily, FontStyle, IntoFont, RGBAColor, ShapeStyle, TextStyle};
use plotters_backend::{BackendCoord, DrawingBackend, DrawingErrorKind};

/// Segments used to flatten one link curve.
pub const CURVE_SEGMENTS: usize = 16;

fn colour(c: Rgba) -> RGBAColor {
    RGBAColor(c.0, c.1, c.2, f64::from(c.3) / 255.0)
}

fn coord(p: [f32; 2], scale: f32) -> BackendCoord {
    ((p[0] * scale).round() as i32, (p[1] * scale).round() as i32)
}

/// Draws `scene` scaled by `scale` (device pixels per CSS pixel).
pub fn draw<DB: DrawingBackend>(
    scene: &Scene,
    db: &mut DB,
    scale: f32,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    if let Some(bg) = scene.background {
        let (w, h) = db.get_size();
        db.draw_rect(
            (0, 0),
            (w as i32, h as i32),
            &ShapeStyle::from(&colour(bg)).filled(),
            true,
        )?;
    }
    for batch in &scene.batches {
        let fill = batch
            .style
            .fill
            .map(|c| ShapeStyle::from(&colour(c)).filled());
        let stroke = batch.style.stroke.map(|c| {
            ShapeStyle::from(&colour(c))
                .stroke_width((batch.style.stroke_width * scale).round().max(1.0) as u32)
        });
        for shape in &batch.shapes {
            match shape {
                Shape::Polygon(pts) => {
                    let pts: Vec<BackendCoord> = pts.iter().map(|&p| coord(p, scale)).collect();
                    if let Some(f) = &fill {
                        db.fill_polygon(pts.iter().copied(), f)?;
                    }
                    if let Some(s) = &stroke {
                        let closed = pts.iter().copied().chain(pts.first().copied());
                        db.draw_path(closed, s)?;
                    }
                }
                Shape::Quad(a, c, b) => {
                    if let Some(s) = &stroke {
                        let pts = flatten(&[*a, *c, *b], CURVE_SEGMENTS);
                        db.draw_path(pts.into_iter().map(|p| coord(p, scale)), s)?;
                    }
                }
                Shape::Circle(c, r) => {
                    let r = (r * scale).round().max(1.0) as u32;
                    if let Some(f) = &fill {
                        db.draw_circle(coord(*c, scale), r, f, true)?;
                    }
                    if let Some(s) = &stroke {
                        db.draw_circle(coord(*c, scale), r, s, false)?;
                    }
                }
            }
        }
    }
    for label in &scene.labels {
        draw_label(label, db, scale)?;
    }
    Ok(())
}

fn draw_label<DB: DrawingBackend>(
    label: &Label,
    db: &mut DB,
    scale: f32,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let style = if label.bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    let font = (FontFamily::Name(FONT_STACK), f64::from(label.size * scale))
        .into_font()
        .style(style);
    let fg = colour(label.color);
    let text = TextStyle::from(font)
        .color(&fg)
        .pos(Pos::new(HPos::Left, VPos::Bottom));
    db.draw_text(&label.text, &text, coord(label.origin, scale))
}

/// Renders `scene` as an SVG document of `scene.width × scene.height` CSS pixels.
pub fn to_svg(scene: &Scene) -> Result<String, String> {
    let mut out = String::new();
    {
        let size = (scene.width.round() as u32, scene.height.round() as u32);
        let mut db = SvgWriter::new(&mut out, size);
        draw(scene, &mut db, 1.0).map_err(|e| e.to_string())?;
        db.present().map_err(|e| e.to_string())?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::golden::{golden, rounded};
    use super::mock::{Call, RecordingBackend};
    use super::*;
    use crate::dataset::Dataset;
    use crate::model::testing::fixture;
    use crate::scene::{build_land, build_network, build_overlay, drawn_links, palette};
    use crate::view::{Derived, Target, ViewState, Viewport};

    /// The fixture's land + network scene and its overlay with Tianjin selected.
    fn scenes(with_land: bool) -> (Scene, Scene, [f32; 2]) {
        let data = Dataset::new(fixture(), Vec::new()).unwrap();
        let mut view = ViewState::home(data.bounds(), Viewport::new(640.0, 360.0, 1.0));
        let land = if with_land {
            crate::geo::Land::decode(crate::data::embedded::LAND).unwrap()
        } else {
            crate::geo::Land::default()
        };
        let mut derived = Derived::default();
        let vis = derived.visibility(&data, &view.filters).clone();
        let input = crate::scene::SceneInput {
            data: &data,
            view: &view,
            vis: &vis,
        };
        let base = build_land(&land, &view).stack(build_network(&input, &drawn_links(&input)));
        view.selection = Target::from_key(data.atlas(), "cn-tianjin");
        let input = crate::scene::SceneInput {
            data: &data,
            view: &view,
            vis: &vis,
        };
        let tianjin = input
            .screen(data.atlas().index_of("cn-tianjin").unwrap())
            .unwrap();
        (base, build_overlay(&input), tianjin)
    }

    #[test]
    fn the_backend_is_asked_for_what_the_scene_holds() {
        let (base, over, tianjin) = scenes(true);
        let mut db = RecordingBackend::new(640, 360);
        draw(&base, &mut db, 1.0).unwrap();
        let polygons = base
            .batches
            .iter()
            .flat_map(|b| &b.shapes)
            .filter(|s| matches!(s, Shape::Polygon(_)))
            .count();
        assert!(polygons > 10);
        // The ocean first, filled over the whole picture.
        assert_eq!(
            db.calls[0],
            Call::Rect {
                from: (0, 0),
                to: (640, 360),
                color: palette::OCEAN,
                filled: true
            }
        );
        assert_eq!(db.count(|c| matches!(c, Call::Polygon { .. })), polygons);
        // Land is filled only; the four ties are stroked, each from its Chinese end.
        let paths: Vec<&Call> = db
            .calls
            .iter()
            .filter(|c| matches!(c, Call::Path { .. }))
            .collect();
        assert_eq!(paths.len(), 4);
        let t = coord(tianjin, 1.0);
        assert_eq!(
            paths
                .iter()
                .filter(|c| matches!(c, Call::Path { points, .. } if points[0] == t))
                .count(),
            3
        );
        // Six places: a filled disc and an outline each, Chinese ones in China's colour.
        assert_eq!(db.count(|c| matches!(c, Call::Circle { .. })), 12);
        assert!(db.calls.iter().any(|c| matches!(c, Call::Circle { center, color, filled: true, .. }
            if *center == t && *color == palette::country(crate::model::Country::CN).with_alpha(235))));
        assert_eq!(db.texts().len(), base.labels.len());

        let mut db = RecordingBackend::new(640, 360);
        draw(&over, &mut db, 1.0).unwrap();
        assert_eq!(
            db.count(|c| matches!(c, Call::Rect { .. })),
            0,
            "the overlay is transparent"
        );
        assert_eq!(db.count(|c| matches!(c, Call::Path { .. })), 3);
        assert!(db.texts().contains(&"Kobe 神戸市"));
    }

    #[test]
    fn scale_multiplies_coordinates() {
        let (base, _, tianjin) = scenes(false);
        let mut db = RecordingBackend::new(1280, 720);
        draw(&base, &mut db, 2.0).unwrap();
        let t = coord(tianjin, 2.0);
        assert!(db
            .calls
            .iter()
            .any(|c| matches!(c, Call::Circle { center, .. } if *center == t)));
    }

    #[test]
    fn svg_labels_are_text_with_halos_and_the_page_fonts() {
        let mut s = Scene::new(Viewport::new(100.0, 50.0, 1.0), None);
        s.labels.push(Label {
            text: "<script>&\"天津".into(),
            origin: [5.0, 20.0],
            size: 12.0,
            bold: false,
            color: palette::TEXT,
            place: None,
        });
        let svg = to_svg(&s).unwrap();
        assert!(svg.contains("&lt;script&gt;&amp;"), "{svg}");
        assert!(!svg.contains("<script"), "{svg}");
        assert!(svg.contains("paint-order=\"stroke\"") && svg.contains("Noto Sans CJK SC"));
        assert!(svg.contains("font-size=\"12\""), "{svg}");
    }

    #[test]
    fn rounding_ignores_float_noise_only() {
        assert_eq!(
            rounded(r#"opacity="0.5882352941176471" x="12""#),
            r#"opacity="0.59" x="12""#
        );
        assert_eq!(rounded("d=-3.14159,2.005 id=a-1"), "d=-3.14,2.01 id=a-1");
        assert_ne!(rounded("x=\"1.5\""), rounded("x=\"1.6\""));
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn svg_export_matches_the_golden_file() {
        // Without land: the golden file stays small enough to review by eye.
        let (base, over, _) = scenes(false);
        let svg = to_svg(&base.stack(over)).unwrap();
        assert!(svg.starts_with("<svg"));
        golden("fixture", &svg);
    }

    #[test]
    fn the_growth_charts_match_their_golden_files() {
        use crate::scene::chart::{build_chart, ChartInput, Growth, Mark};
        use crate::view::ChartMode;
        let a = crate::model::testing::fixture();
        let g = Growth::of(&a, &vec![true; a.links.len()], 1973, 1995);
        let marks = [Mark {
            at: 1990.5,
            country: 0,
            count: 2,
        }];
        for mode in ChartMode::ALL {
            let scene = build_chart(&ChartInput {
                growth: &g,
                mode,
                marks: &marks,
                events: &[1979.0, 1992.6],
                year: Some(1985),
                width: 640.0,
                height: 200.0,
            });
            golden(&format!("chart-{}", mode.word()), &to_svg(&scene).unwrap());
        }
    }

    #[test]
    fn the_small_multiples_match_their_golden_file() {
        use crate::scene::chart::{build_multiple, Growth};
        let a = crate::model::testing::fixture();
        let g = Growth::of(&a, &vec![true; a.links.len()], 1973, 1995);
        let scene = build_multiple(&g, 0, Some(1985), 220.0, 90.0);
        golden("chart-multiple", &to_svg(&scene).unwrap());
    }
}
