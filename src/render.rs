//! Drawing a [`Scene`] on any plotters [`DrawingBackend`]: SVG export, bitmaps, and a counting
//! backend in tests. The browser's canvas has a faster batched path of its own (`web::canvas`)
//! that draws the same scene.

use crate::scene::{Label, Rgba, Scene, Shape};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontFamily, FontStyle, IntoFont, RGBAColor, ShapeStyle, TextStyle};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

/// Segments used to flatten one link curve.
pub const CURVE_SEGMENTS: usize = 16;

fn colour(c: Rgba) -> RGBAColor {
    RGBAColor(c.0, c.1, c.2, f64::from(c.3) / 255.0)
}

fn coord(p: [f32; 2], k: f32) -> BackendCoord {
    ((p[0] * k).round() as i32, (p[1] * k).round() as i32)
}

/// Draws `scene` scaled by `k` (device pixels per CSS pixel).
pub fn draw<DB: DrawingBackend>(
    scene: &Scene,
    db: &mut DB,
    k: f32,
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
                .stroke_width((batch.style.width * k).round().max(1.0) as u32)
        });
        for shape in &batch.shapes {
            match shape {
                Shape::Polygon(pts) => {
                    let pts: Vec<BackendCoord> = pts.iter().map(|&p| coord(p, k)).collect();
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
                        let pts = Shape::quad_points(*a, *c, *b, CURVE_SEGMENTS);
                        db.draw_path(pts.into_iter().map(|p| coord(p, k)), s)?;
                    }
                }
                Shape::Circle(c, r) => {
                    let r = (r * k).round().max(1.0) as u32;
                    if let Some(f) = &fill {
                        db.draw_circle(coord(*c, k), r, f, true)?;
                    }
                    if let Some(s) = &stroke {
                        db.draw_circle(coord(*c, k), r, s, false)?;
                    }
                }
            }
        }
    }
    for label in &scene.labels {
        draw_label(label, db, k)?;
    }
    Ok(())
}

fn draw_label<DB: DrawingBackend>(
    label: &Label,
    db: &mut DB,
    k: f32,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let style = if label.bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    let font = (FontFamily::SansSerif, f64::from(label.size * k))
        .into_font()
        .style(style);
    let fg = colour(label.color);
    let text = TextStyle::from(font)
        .color(&fg)
        .pos(Pos::new(HPos::Left, VPos::Bottom));
    db.draw_text(&label.text, &text, coord(label.origin, k))
}

/// Renders `scene` as an SVG document of `scene.width × scene.height` CSS pixels.
pub fn to_svg(scene: &Scene) -> Result<String, String> {
    let mut out = String::new();
    {
        let size = (scene.width.round() as u32, scene.height.round() as u32);
        let mut db = plotters::backend::SVGBackend::with_string(&mut out, size);
        draw(scene, &mut db, 1.0).map_err(|e| e.to_string())?;
        db.present().map_err(|e| e.to_string())?;
    }
    Ok(out)
}

/// A backend that draws nothing and counts what it was asked to draw.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CountingBackend {
    pub size: (u32, u32),
    pub rects: usize,
    pub paths: usize,
    pub polygons: usize,
    pub circles: usize,
    pub texts: Vec<String>,
}

impl DrawingBackend for CountingBackend {
    type ErrorType = std::convert::Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }
    fn draw_pixel(
        &mut self,
        _: BackendCoord,
        _: BackendColor,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        _: BackendCoord,
        _: BackendCoord,
        _: &S,
        _: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.rects += 1;
        Ok(())
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        _: I,
        _: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.paths += 1;
        Ok(())
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        _: I,
        _: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.polygons += 1;
        Ok(())
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        _: BackendCoord,
        _: u32,
        _: &S,
        _: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.circles += 1;
        Ok(())
    }
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        _: &S,
        _: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.texts.push(text.to_owned());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Layout;
    use crate::model::tests::fixture;
    use crate::scene::{build_land, build_network, build_overlay, Visibility};
    use crate::view::{Target, ViewState, Viewport};

    fn scenes(with_land: bool) -> (Scene, Scene) {
        let a = fixture();
        let l = Layout::geographic(&a);
        let vp = Viewport::new(640.0, 360.0, 1.0);
        let mut v = ViewState::home(l.bounds().unwrap(), vp);
        let vis = Visibility::compute(&a, &v);
        let land = if with_land {
            crate::geo::Land::decode(crate::data::embedded::LAND).unwrap()
        } else {
            crate::geo::Land::default()
        };
        let base = build_land(&land, &v, vp).stack(build_network(&a, &l, &v, &vis, vp));
        v.selection = Some(Target::Place(a.index_of("cn-tianjin").unwrap()));
        let over = build_overlay(&a, &l, &v, &vis, vp);
        (base, over)
    }

    #[test]
    fn counting_backend_sees_every_primitive() {
        let (base, over) = scenes(true);
        let mut db = CountingBackend {
            size: (640, 360),
            ..Default::default()
        };
        draw(&base, &mut db, 1.0).unwrap();
        let polygons = base
            .batches
            .iter()
            .flat_map(|b| &b.shapes)
            .filter(|s| matches!(s, Shape::Polygon(_)))
            .count();
        assert!(polygons > 10);
        assert_eq!(db.rects, 1);
        assert_eq!(db.polygons, polygons);
        // Land is filled only; the four links are stroked.
        assert_eq!(db.paths, 4);
        // Six places: fill + outline each.
        assert_eq!(db.circles, 12);
        assert_eq!(db.texts.len(), base.labels.len());

        let mut db = CountingBackend::default();
        draw(&over, &mut db, 1.0).unwrap();
        assert_eq!(db.rects, 0, "the overlay is transparent");
        assert_eq!(db.paths, 3);
        assert!(db.texts.contains(&"Kobe 神戸市".to_owned()));
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn svg_export_matches_the_golden_file() {
        // Without land: the golden file stays small enough to review by eye.
        let (base, over) = scenes(false);
        let svg = to_svg(&base.stack(over)).unwrap();
        assert!(svg.starts_with("<svg"));
        let golden =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/fixture.svg");
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::create_dir_all(golden.parent().unwrap()).unwrap();
            std::fs::write(&golden, &svg).unwrap();
        }
        let expected = std::fs::read_to_string(&golden).expect(
            "tests/golden/fixture.svg missing: run with UPDATE_GOLDEN=1 once and review it",
        );
        assert!(
            svg == expected,
            "SVG differs from tests/golden/fixture.svg (UPDATE_GOLDEN=1 to accept after review)"
        );
    }
}
