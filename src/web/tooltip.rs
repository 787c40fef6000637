//! The tooltip beside the pointer: what the hovered place, tie or region is, placed on the side
//! with more room; the pointer cursor follows the hover too.

use super::panel::Panel;
use crate::dataset::Dataset;
use crate::details;
use crate::model::Item;
use crate::view::{ViewState, Visibility};
use web_sys::HtmlElement;

impl Panel {
    /// Shows the tooltip of `view.hover` where the pointer is, or hides it; the pointer cursor
    /// follows the hover too.
    pub fn tooltip(&self, data: &Dataset, view: &ViewState, vis: &Visibility, stage: &HtmlElement) {
        let atlas = data.atlas();
        let item = view.hover.as_ref().and_then(|t| t.resolve(atlas));
        let region = view.hover.as_ref().and_then(|t| t.region(atlas));
        let event = view.hover.as_ref().and_then(|t| t.event(atlas));
        let cursor = if item.is_some() || region.is_some() || event.is_some() {
            "pointer"
        } else {
            ""
        };
        let style = stage.style();
        if style.get_property_value("cursor").ok().as_deref() != Some(cursor) {
            let _ = style.set_property("cursor", cursor);
        }
        let text = match (item, region) {
            (Some(item), _) => {
                let degree = match item {
                    Item::Place(p) => vis.degree[p],
                    Item::Link(_) => 0,
                };
                Some(
                    details::tooltip_text(atlas, item, degree)
                        + &details::others_here(view.hover_others),
                )
            }
            (None, Some(r)) => {
                details::region_details(atlas, r, &vis.links).map(|d| details::region_tooltip(&d))
            }
            (None, None) => event.and_then(|e| details::event_tooltip(atlas, e, view.hover_others)),
        };
        let (Some(text), Some(at)) = (text, view.pointer) else {
            if !self.tooltip.hidden() {
                self.tooltip.set_hidden(true);
            }
            return;
        };
        if self.tooltip.text_content().as_deref() != Some(text.as_str()) {
            self.tooltip.set_text_content(Some(&text));
        }
        self.tooltip.set_hidden(false);
        // Beside the pointer, on the side with more room, anchored so that the tooltip grows
        // away from the edge (it wraps rather than cut its text): nothing is measured, so a
        // pointer move costs no layout.
        let px = |v: f32| format!("{}px", crate::num::fixed(f64::from(v), 1));
        let vp = view.vp;
        let style = self.tooltip.style();
        let (x, y) = (at[0], at[1]);
        let (left, right) = if x > vp.width / 2.0 {
            ("auto".to_owned(), px(vp.width - x + 10.0))
        } else {
            (px(x + 14.0), "auto".to_owned())
        };
        let (top, bottom) = if y > vp.height * 0.7 {
            ("auto".to_owned(), px(vp.height - y + 12.0))
        } else {
            (px(y + 16.0), "auto".to_owned())
        };
        for (k, v) in [
            ("left", left),
            ("right", right),
            ("top", top),
            ("bottom", bottom),
        ] {
            let _ = style.set_property(k, &v);
        }
    }
}
