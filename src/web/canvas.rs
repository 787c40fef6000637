//! The batched Canvas 2D painter: one path, one fill and one stroke per batch of the scene.

use crate::scene::{Label, Scene, Shape};
use std::f64::consts::TAU;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// A canvas and its 2D context, sized in device pixels.
#[derive(Debug)]
pub struct Surface {
    pub canvas: HtmlCanvasElement,
    pub ctx: CanvasRenderingContext2d,
}

impl Surface {
    pub fn new(canvas: HtmlCanvasElement) -> Result<Self, JsValue> {
        let ctx = canvas
            .get_context("2d")?
            .ok_or_else(|| JsValue::from_str("this browser gives no 2D canvas context"))?
            .dyn_into::<CanvasRenderingContext2d>()?;
        Ok(Self { canvas, ctx })
    }

    /// Sizes the backing store to `css × dpr` device pixels (only when it changes: resizing
    /// clears the canvas).
    pub fn resize(&self, css_w: f32, css_h: f32, dpr: f32) {
        let w = (css_w * dpr).round().max(1.0) as u32;
        let h = (css_h * dpr).round().max(1.0) as u32;
        if self.canvas.width() != w {
            self.canvas.set_width(w);
        }
        if self.canvas.height() != h {
            self.canvas.set_height(h);
        }
    }

    /// Paints `scene` (in CSS pixels) at `dpr` device pixels per CSS pixel.
    pub fn paint(&self, scene: &Scene, dpr: f32) -> Result<(), JsValue> {
        let ctx = &self.ctx;
        let d = f64::from(dpr);
        ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0)?;
        ctx.clear_rect(
            0.0,
            0.0,
            f64::from(self.canvas.width()),
            f64::from(self.canvas.height()),
        );
        ctx.set_transform(d, 0.0, 0.0, d, 0.0, 0.0)?;
        if let Some(bg) = scene.background {
            ctx.set_fill_style_str(&bg.css());
            ctx.fill_rect(0.0, 0.0, f64::from(scene.width), f64::from(scene.height));
        }
        ctx.set_line_join("round");
        ctx.set_line_cap("round");
        for batch in &scene.batches {
            if batch.shapes.is_empty() {
                continue;
            }
            ctx.begin_path();
            for shape in &batch.shapes {
                match shape {
                    Shape::Polygon(pts) => {
                        let mut it = pts.iter();
                        if let Some(p) = it.next() {
                            ctx.move_to(f64::from(p[0]), f64::from(p[1]));
                            for p in it {
                                ctx.line_to(f64::from(p[0]), f64::from(p[1]));
                            }
                            ctx.close_path();
                        }
                    }
                    Shape::Quad(a, c, b) => {
                        ctx.move_to(f64::from(a[0]), f64::from(a[1]));
                        ctx.quadratic_curve_to(
                            f64::from(c[0]),
                            f64::from(c[1]),
                            f64::from(b[0]),
                            f64::from(b[1]),
                        );
                    }
                    Shape::Circle(c, r) => {
                        let (x, y, r) = (f64::from(c[0]), f64::from(c[1]), f64::from(*r));
                        ctx.move_to(x + r, y);
                        ctx.arc(x, y, r, 0.0, TAU)?;
                    }
                }
            }
            if let Some(f) = batch.style.fill {
                ctx.set_fill_style_str(&f.css());
                ctx.fill();
            }
            if let Some(s) = batch.style.stroke {
                ctx.set_stroke_style_str(&s.css());
                ctx.set_line_width(f64::from(batch.style.width));
                ctx.stroke();
            }
        }
        self.paint_labels(&scene.labels)
    }

    fn paint_labels(&self, labels: &[Label]) -> Result<(), JsValue> {
        let ctx = &self.ctx;
        ctx.set_text_baseline("alphabetic");
        ctx.set_line_width(3.0);
        ctx.set_stroke_style_str(&crate::scene::palette::HALO.css());
        let mut font = String::new();
        for l in labels {
            let f = label_font(l.size, l.bold);
            if f != font {
                ctx.set_font(&f);
                font = f;
            }
            let (x, y) = (f64::from(l.origin[0]), f64::from(l.origin[1]));
            ctx.stroke_text(&l.text, x, y)?;
            ctx.set_fill_style_str(&l.color.css());
            ctx.fill_text(&l.text, x, y)?;
        }
        Ok(())
    }
}

/// The CSS font of a label (the page loads no web font: system UI fonts, Noto CJK for 汉字/かな/한글).
pub fn label_font(size: f32, bold: bool) -> String {
    format!(
        "{} {size}px system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', 'Noto Sans CJK JP', 'Noto Sans CJK KR', sans-serif",
        if bold { 600 } else { 400 }
    )
}
