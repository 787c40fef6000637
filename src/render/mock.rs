//! A test backend that draws nothing and records every call with its coordinates and colour, so
//! that tests can say what was drawn where (after plotters' own mocked backend).

use crate::scene::Rgba;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

/// One drawing call.
#[derive(Debug, Clone, PartialEq)]
pub enum Call {
    Rect {
        from: BackendCoord,
        to: BackendCoord,
        color: Rgba,
        filled: bool,
    },
    Path {
        points: Vec<BackendCoord>,
        color: Rgba,
        width: u32,
    },
    Polygon {
        points: Vec<BackendCoord>,
        color: Rgba,
    },
    Circle {
        center: BackendCoord,
        radius: u32,
        color: Rgba,
        filled: bool,
    },
    Text {
        text: String,
        at: BackendCoord,
    },
}

#[derive(Debug, Default)]
pub struct RecordingBackend {
    size: (u32, u32),
    pub calls: Vec<Call>,
}

fn rgba(c: BackendColor) -> Rgba {
    let (r, g, b) = c.rgb;
    Rgba(r, g, b, (c.alpha * 255.0).round() as u8)
}

impl RecordingBackend {
    pub fn new(w: u32, h: u32) -> Self {
        Self {
            size: (w, h),
            calls: Vec::new(),
        }
    }
    pub fn count(&self, f: impl Fn(&Call) -> bool) -> usize {
        self.calls.iter().filter(|c| f(c)).count()
    }
    pub fn texts(&self) -> Vec<&str> {
        self.calls
            .iter()
            .filter_map(|c| match c {
                Call::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }
}

type Done = Result<(), DrawingErrorKind<std::convert::Infallible>>;

impl DrawingBackend for RecordingBackend {
    type ErrorType = std::convert::Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> Done {
        Ok(())
    }
    fn present(&mut self) -> Done {
        Ok(())
    }
    fn draw_pixel(&mut self, _: BackendCoord, _: BackendColor) -> Done {
        Ok(())
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        s: &S,
        filled: bool,
    ) -> Done {
        self.calls.push(Call::Rect {
            from,
            to,
            color: rgba(s.color()),
            filled,
        });
        Ok(())
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Done {
        self.calls.push(Call::Path {
            points: path.into_iter().collect(),
            color: rgba(s.color()),
            width: s.stroke_width(),
        });
        Ok(())
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        s: &S,
    ) -> Done {
        self.calls.push(Call::Polygon {
            points: vert.into_iter().collect(),
            color: rgba(s.color()),
        });
        Ok(())
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        s: &S,
        filled: bool,
    ) -> Done {
        self.calls.push(Call::Circle {
            center,
            radius,
            color: rgba(s.color()),
            filled,
        });
        Ok(())
    }
    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, _: &S, at: BackendCoord) -> Done {
        self.calls.push(Call::Text {
            text: text.to_owned(),
            at,
        });
        Ok(())
    }
}
