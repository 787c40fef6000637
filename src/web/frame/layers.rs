//! The layers' drawings: slid by CSS while a gesture lasts; the ties and markers grown when a
//! picture only adds to them, else drawn afresh; the markers go with the labels when they are
//! few.

use super::{report, Frame};
use crate::pick::LinkGrid;
use crate::scene::{self, DrawnLinks, MarkersMemo, PlaceMarker, Scene, SceneInput, TiesMemo};
use crate::view::{ViewState, Viewport};
use crate::web::canvas::Surface;

impl Frame {
    /// Moves the land and network canvases by CSS so that the last drawing sits where `view`'s
    /// camera puts it.
    pub(super) fn slide(&self, view: &ViewState) {
        let Some(drawn) = self.drawn_camera else {
            return;
        };
        let cam = view.camera;
        let s = cam.scale / drawn.scale;
        // Screen point of the old drawing's origin under the new camera.
        let o = cam.world_to_screen(drawn.screen_to_world([0.0, 0.0], view.vp), view.vp);
        let f = |v: f32, d| crate::num::fixed(f64::from(v), d);
        let t = format!(
            "translate({}px,{}px) scale({})",
            f(o[0], 2),
            f(o[1], 2),
            f(s, 5)
        );
        for layer in [&self.land, &self.ties, &self.places, &self.network] {
            let _ = layer.canvas.style().set_property("transform", &t);
        }
    }

    /// Draws the ties layer for `input`'s picture: the added ties over the last drawing when
    /// the picture only adds ties, else every tie afresh. The ties the layer now shows.
    pub(super) fn draw_ties(&mut self, input: &SceneInput<'_>) -> DrawnLinks {
        let dpr = input.view.vp.dpr;
        if let Some(added) = self.ties_memo.grow(input) {
            report(
                self.ties
                    .repaint(&scene::build_ties(input, &added.links), dpr, None),
            );
            self.ties_grown |= !added.links.is_empty();
            // The shown ties are the last ones (indexed or not) and the added ones.
            let mut links = match self.drawn.take() {
                Some(d) => d.links,
                None => std::mem::take(&mut self.grid).into_links(),
            };
            links.extend(added.links);
            return DrawnLinks { links, ..added };
        }
        // The last picture's index goes first: its memory serves the new one.
        self.grid = LinkGrid::default();
        self.drawn = None;
        if self.ties.canvas.hidden() {
            self.ties.canvas.set_hidden(false);
        }
        let drawn = scene::drawn_links(input);
        report(
            self.ties
                .paint(&scene::build_ties(input, &drawn.links), dpr),
        );
        self.ties_memo = TiesMemo::of(input, &drawn);
        self.ties_grown = false;
        drawn
    }

    /// Draws the markers of `list` on the markers layer: the new and grown ones over the last
    /// drawing when the picture only adds and grows dots, else all of them afresh.
    pub(super) fn draw_markers(&mut self, input: &SceneInput<'_>, list: &[PlaceMarker]) {
        let dpr = input.view.vp.dpr;
        if let Some(added) = self.markers_memo.grow(input, list) {
            report(
                self.places
                    .repaint(&scene::build_markers(input, &added), dpr, None),
            );
            self.markers_grown |= !added.is_empty();
            return;
        }
        self.places.canvas.set_hidden(false);
        report(self.places.paint(&scene::build_markers(input, list), dpr));
        self.markers_memo = MarkersMemo::of(input, list);
        self.markers_grown = false;
    }

    /// Leaves the ties layer empty and hidden (the ties go with the rest of a moving picture).
    pub(super) fn clear_ties(&mut self) {
        if !self.ties.canvas.hidden() {
            blank(&self.ties);
        }
        self.ties_memo = TiesMemo::default();
        self.ties_grown = false;
        self.grid = LinkGrid::default();
        self.drawn = None;
    }

    /// Leaves the markers layer empty and hidden (the markers go with the labels).
    pub(super) fn clear_markers(&mut self) {
        if self.markers_memo != MarkersMemo::default() {
            blank(&self.places);
            self.markers_memo = MarkersMemo::default();
            self.markers_grown = false;
        }
        self.places.canvas.set_hidden(true);
    }
}

/// Clears `layer` and leaves it out of the page's compositing: an empty layer then costs
/// nothing a frame.
fn blank(layer: &Surface) {
    report(layer.paint(&Scene::new(Viewport::new(1.0, 1.0, 1.0), None), 1.0));
    layer.canvas.set_hidden(true);
}
