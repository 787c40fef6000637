//! Colours as CSS text, for the canvas painter and the page's own styles.

use crate::scene::Rgba;

/// CSS `rgba()` text (alpha to three decimals).
pub fn rgba(c: Rgba) -> String {
    let alpha = crate::num::fixed(f64::from(c.3) / 255.0, 3);
    format!("rgba({},{},{},{alpha})", c.0, c.1, c.2)
}

/// `#rrggbb` (alpha dropped).
pub fn hex(c: Rgba) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_format_for_css() {
        assert_eq!(hex(Rgba(255, 0, 16, 255)), "#ff0010");
        assert_eq!(rgba(Rgba(1, 2, 3, 0)), "rgba(1,2,3,0)");
        assert_eq!(rgba(Rgba(1, 2, 3, 255)), "rgba(1,2,3,1)");
        assert_eq!(rgba(Rgba(1, 2, 3, 128)), "rgba(1,2,3,0.502)");
    }
}
