//! A plotters `DrawingBackend` on a canvas: the charts are drawn through it on the page, as
//! their SVG export is drawn through [`crate::render::SvgWriter`], so that both come from the
//! same drawing calls.

use super::canvas::label_font;
use crate::render::css;
use crate::scene::{palette, Rgba};
use plotters_backend::text_anchor::HPos;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle,
};
use std::f64::consts::TAU;
use web_sys::CanvasRenderingContext2d;

/// A call the canvas refused.
#[derive(Debug)]
pub struct CanvasError(String);

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CanvasError {}

type Result = std::result::Result<(), DrawingErrorKind<CanvasError>>;

fn fail(e: wasm_bindgen::JsValue) -> DrawingErrorKind<CanvasError> {
    DrawingErrorKind::DrawingError(CanvasError(
        e.as_string()
            .unwrap_or_else(|| "the canvas refused a drawing call".to_owned()),
    ))
}

fn colour(c: BackendColor) -> String {
    let (r, g, b) = c.rgb;
    css::rgba(Rgba(
        r,
        g,
        b,
        (c.alpha.clamp(0.0, 1.0) * 255.0).round() as u8,
    ))
}

/// A canvas context of `size` device pixels, drawn on with identity transform; `scale` device
/// pixels per CSS pixel (for the labels' halo).
#[derive(Debug)]
pub struct CanvasBackend<'a> {
    ctx: &'a CanvasRenderingContext2d,
    size: (u32, u32),
    scale: f64,
}

impl<'a> CanvasBackend<'a> {
    /// Clears the canvas of `ctx` and draws on it.
    pub fn new(ctx: &'a CanvasRenderingContext2d, size: (u32, u32), scale: f32) -> Self {
        let _ = ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
        ctx.clear_rect(0.0, 0.0, f64::from(size.0), f64::from(size.1));
        ctx.set_line_join("round");
        ctx.set_line_cap("round");
        Self {
            ctx,
            size,
            scale: f64::from(scale),
        }
    }

    fn trace(&self, pts: impl IntoIterator<Item = BackendCoord>) {
        self.ctx.begin_path();
        for (i, (x, y)) in pts.into_iter().enumerate() {
            let (x, y) = (f64::from(x), f64::from(y));
            if i == 0 {
                self.ctx.move_to(x, y);
            } else {
                self.ctx.line_to(x, y);
            }
        }
    }

    fn finish<S: BackendStyle>(&self, style: &S, fill: bool) {
        if fill {
            self.ctx.set_fill_style_str(&colour(style.color()));
            self.ctx.fill();
        } else {
            self.ctx.set_stroke_style_str(&colour(style.color()));
            self.ctx.set_line_width(f64::from(style.stroke_width()));
            self.ctx.stroke();
        }
    }
}

impl DrawingBackend for CanvasBackend<'_> {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result {
        Ok(())
    }

    fn present(&mut self) -> Result {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Result {
        self.ctx.set_fill_style_str(&colour(color));
        self.ctx.fill_rect(f64::from(x), f64::from(y), 1.0, 1.0);
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result {
        self.trace([(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]);
        self.finish(style, fill);
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result {
        self.trace(path);
        self.finish(style, false);
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result {
        self.ctx.begin_path();
        self.ctx
            .arc(f64::from(x), f64::from(y), f64::from(radius), 0.0, TAU)
            .map_err(fail)?;
        self.finish(style, fill);
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result {
        self.trace(vert);
        self.ctx.close_path();
        self.finish(style, true);
        Ok(())
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        (x, y): BackendCoord,
    ) -> Result {
        let bold = matches!(style.style(), FontStyle::Bold);
        self.ctx.set_font(&label_font(style.size() as f32, bold));
        self.ctx.set_text_align(match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Center => "center",
            HPos::Right => "end",
        });
        self.ctx.set_text_baseline("alphabetic");
        let (x, y) = (f64::from(x), f64::from(y));
        // The halo the map's labels have, as in the SVG export.
        self.ctx.set_line_width(3.0 * self.scale);
        self.ctx.set_stroke_style_str(&css::rgba(palette::HALO));
        self.ctx.stroke_text(text, x, y).map_err(fail)?;
        self.ctx.set_fill_style_str(&colour(style.color()));
        self.ctx.fill_text(text, x, y).map_err(fail)?;
        Ok(())
    }
}
