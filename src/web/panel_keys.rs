//! The details panel without a pointer: ↑/↓ step through its place buttons (from the map too,
//! while a place is open), the focused one is pointed at on the map as the pointer would, and a
//! pressed one is followed with the focus kept in the panel.

use super::input::listen;
use super::{dom, App};
use crate::view::{Action, Target};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Document;

impl App {
    /// Points on the map at the place of the focused panel button, as the pointer would, while
    /// the pointer is off the map (focus changes made here while the app is busy send no event,
    /// so the callers that move the focus call this too).
    fn point_at_focus(&mut self) {
        if self.view.pointer.is_some() {
            return;
        }
        let id = self
            .ui
            .doc
            .active_element()
            .filter(|el| el.closest("#details-body").ok().flatten().is_some())
            .and_then(|el| el.get_attribute("data-id"));
        let target = id.and_then(|id| Target::from_key(self.data.atlas(), &id));
        self.dispatch(Action::Hover {
            target,
            at: None,
            others: 0,
        });
    }

    /// Moves the focus to the next (or previous) place button of the details panel.
    pub(super) fn step_panel_place(&mut self, down: bool) {
        let Ok(list) = self
            .ui
            .doc
            .query_selector_all("#details-body button[data-id]")
        else {
            return;
        };
        let n = list.length();
        if n == 0 {
            return;
        }
        let active = self.ui.doc.active_element();
        let at = (0..n).find(|&i| {
            list.get(i)
                .zip(active.as_ref())
                .is_some_and(|(b, a)| b.is_same_node(Some(a)))
        });
        let next = match (at, down) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(i), true) => (i + 1).min(n - 1),
            (Some(i), false) => i.saturating_sub(1),
        };
        if let Some(b) = list
            .get(next)
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = b.focus();
        }
        self.point_at_focus();
    }

    /// A place button of the panel was pressed: go to that place, keep focus in the panel.
    fn on_panel_click(&mut self, e: &web_sys::MouseEvent) {
        // A region's button opens it to its places, or rolls them up again.
        for (attr, open) in [("data-open", true), ("data-close", false)] {
            if let Some(region) = dom::clicked_attr(e, &format!("button[{attr}]"), attr) {
                self.dispatch(Action::Open { region, open });
                return;
            }
        }
        let id = dom::clicked_attr(e, "button[data-id]", "data-id");
        let Some(t) = id.and_then(|id| Target::from_key(self.data.atlas(), &id)) else {
            return;
        };
        self.select_and_reveal(t);
        if let Ok(title) = dom::by_id(&self.ui.doc, "details-title") {
            let _ = title.set_attribute("tabindex", "-1");
            let _ = title.focus();
        }
        self.point_at_focus();
    }
}

/// Place buttons in the panel: one delegated listener for clicks, and the focus followed.
pub fn install(doc: &Document) -> Result<(), JsValue> {
    let body: web_sys::EventTarget = dom::by_id(doc, "details-body")?.into();
    listen::<web_sys::MouseEvent>(&body, "click", true, |a, e| a.on_panel_click(e))?;
    listen::<web_sys::FocusEvent>(&body, "focusin", true, |a, _| a.point_at_focus())?;
    listen::<web_sys::FocusEvent>(&body, "focusout", true, |a, _| a.point_at_focus())
}
