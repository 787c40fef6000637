//! Bringing things into view: the stage and the controls over it measured for the view, and a
//! selection brought clear of the details panel.

use super::{dom, stage_viewport, App};
use crate::view::{Action, Target};

impl App {
    /// Measures the stage and the controls on it, and tells the view what changed.
    pub(super) fn sync_viewport(&mut self) {
        let vp = stage_viewport(&self.ui.stage);
        self.dispatch(Action::Resize(vp));
        let covered = dom::covered_boxes(&self.ui.doc, &self.ui.stage);
        self.dispatch(Action::Cover(covered));
        // The panels over the map (table, hubs) start under the tools, however many rows
        // they wrap into.
        if let Some(b) = dom::tools_bottom(&self.ui.doc, &self.ui.stage) {
            let v = format!("{}px", crate::num::fixed(f64::from(b), 0));
            let style = self.ui.stage.style();
            // Only a change restyles the page.
            if style.get_property_value("--tools-bottom").ok().as_deref() != Some(v.as_str()) {
                let _ = style.set_property("--tools-bottom", &v);
            }
        }
    }

    /// Selects `target` and brings it into the part of the map the panel leaves free.
    pub(super) fn select_and_reveal(&mut self, target: Target) {
        self.dispatch(Action::Select(Some(target.clone())));
        // The panel may have opened beside the stage and narrowed it.
        self.sync_viewport();
        let vp = self.view.vp;
        let cover = self.ui.panel.cover(&self.ui.stage, vp.width * 0.6);
        let free = [0.0, 0.0, vp.width - cover, vp.height];
        self.dispatch(Action::Reveal { target, free });
    }
}
