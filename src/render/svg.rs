//! An SVG writer behind plotters' [`DrawingBackend`] trait: the export's vector backend. It
//! writes coordinates as integers and other numbers with fixed decimals (no float printing in
//! the wasm), labels with the page's font stack and a white halo as on the canvas, and every
//! string as escaped text.

use crate::num::fixed;
use plotters_backend::text_anchor::HPos;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle,
};

/// The fonts labels ask for, as the page does: CJK names in the Noto CJK faces where there are.
pub const FONT_STACK: &str =
    "system-ui, Segoe UI, Noto Sans, Noto Sans CJK SC, Noto Sans CJK JP, Noto Sans CJK KR, sans-serif";

/// Appends `s` to `out` as text of an XML or HTML element or of a quoted attribute: `&`, `<`,
/// `>` and both quotes escaped.
pub fn escape_markup(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// Writes SVG elements into a string.
#[derive(Debug)]
pub struct SvgWriter<'a> {
    out: &'a mut String,
    size: (u32, u32),
}

type Result<E = std::fmt::Error> = std::result::Result<(), DrawingErrorKind<E>>;

impl<'a> SvgWriter<'a> {
    /// A document of `size` CSS pixels written into `out`.
    pub fn new(out: &'a mut String, size: (u32, u32)) -> Self {
        out.push_str(&format!(
            "<svg width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" xmlns=\"http://www.w3.org/2000/svg\">\n",
            size.0, size.1, size.0, size.1
        ));
        Self { out, size }
    }

    fn paint(&mut self, attr: &str, c: BackendColor) {
        let (r, g, b) = c.rgb;
        self.out
            .push_str(&format!(" {attr}=\"#{r:02X}{g:02X}{b:02X}\""));
        if c.alpha < 1.0 {
            self.out.push_str(&format!(
                " {attr}-opacity=\"{}\"",
                fixed(c.alpha.max(0.0), 3)
            ));
        }
    }

    fn stroke<S: BackendStyle>(&mut self, style: &S) {
        self.paint("stroke", style.color());
        self.out
            .push_str(&format!(" stroke-width=\"{}\"", style.stroke_width()));
    }

    fn points<I: IntoIterator<Item = BackendCoord>>(&mut self, pts: I) {
        self.out.push_str(" points=\"");
        for (i, (x, y)) in pts.into_iter().enumerate() {
            if i > 0 {
                self.out.push(' ');
            }
            self.out.push_str(&format!("{x},{y}"));
        }
        self.out.push('"');
    }

    /// Ends a rectangle or circle: filled, or outlined.
    fn close_shape<S: BackendStyle>(&mut self, style: &S, fill: bool) {
        if fill {
            self.paint("fill", style.color());
        } else {
            self.out.push_str(" fill=\"none\"");
            self.stroke(style);
        }
        self.out.push_str("/>\n");
    }

    /// `s` as the text of an element.
    fn text(&mut self, s: &str) {
        escape_markup(self.out, s);
    }
}

impl DrawingBackend for SvgWriter<'_> {
    type ErrorType = std::fmt::Error;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result {
        Ok(())
    }

    fn present(&mut self) -> Result {
        if !self.out.ends_with("</svg>\n") {
            self.out.push_str("</svg>\n");
        }
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Result {
        self.out.push_str(&format!(
            "<rect x=\"{x}\" y=\"{y}\" width=\"1\" height=\"1\""
        ));
        self.paint("fill", color);
        self.out.push_str("/>\n");
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
        self.out.push_str(&format!(
            "<rect x=\"{x0}\" y=\"{y0}\" width=\"{}\" height=\"{}\"",
            x1 - x0,
            y1 - y0
        ));
        self.close_shape(style, fill);
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result {
        self.out.push_str("<polyline fill=\"none\"");
        self.stroke(style);
        self.out
            .push_str(" stroke-linejoin=\"round\" stroke-linecap=\"round\"");
        self.points(path);
        self.out.push_str("/>\n");
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result {
        self.out
            .push_str(&format!("<circle cx=\"{x}\" cy=\"{y}\" r=\"{radius}\""));
        self.close_shape(style, fill);
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result {
        self.out.push_str("<polygon");
        self.paint("fill", style.color());
        self.points(vert);
        self.out.push_str("/>\n");
        Ok(())
    }

    /// A label: its origin on the alphabetic baseline, as the canvas draws it.
    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        (x, y): BackendCoord,
    ) -> Result {
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Center => "middle",
            HPos::Right => "end",
        };
        self.out.push_str(&format!(
            "<text x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\" font-family=\"{FONT_STACK}\" font-size=\"{}\"",
            fixed(style.size(), 2)
        ));
        if matches!(style.style(), FontStyle::Bold) {
            self.out.push_str(" font-weight=\"bold\"");
        }
        self.out.push_str(
            " paint-order=\"stroke\" stroke=\"#FFFFFF\" stroke-opacity=\"0.9\" stroke-width=\"3\" stroke-linejoin=\"round\"",
        );
        self.paint("fill", style.color());
        self.out.push('>');
        self.text(text);
        self.out.push_str("</text>\n");
        Ok(())
    }
}
