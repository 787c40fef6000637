//! The frame: five canvas layers drawn from the scene builders when the view says so: the land,
//! the ties, the places' markers, the labels (with the ties of the timeline's year) and the
//! overlay.
//!
//! What to redraw comes from the [`Dirty`] of each action. The land and the network are redrawn
//! when the camera moves, unless a redraw costs more than a frame: then the last drawings slide
//! with a CSS transform while the gesture lasts and are redrawn crisply once it settles. When a
//! change only adds ties (the timeline's next year), the ties layer draws the added ones over its
//! last drawing and the markers layer the new and grown markers, and both are drawn afresh once
//! the view rests. The overlay clears only the box it drew last.

use super::bench::Timings;
use super::canvas::Surface;
use crate::dataset::Dataset;
use crate::geo::Land;
use crate::pick::{LabelBox, LinkGrid};
use crate::scene::{self, DrawnLinks, MarkersMemo, Picture, Sampling, Scene, SceneInput, TiesMemo};
use crate::view::{Camera, Derived, Dirty, ViewState, Viewport};

mod layers;

/// Beyond this many markers on screen they have a layer of their own, which a later year grows;
/// below it they go with the labels: each canvas that changes costs the browser a few
/// milliseconds a frame, more than drawing a few hundred markers again.
const OWN_LAYER_MARKERS: usize = 2000;

/// Most ties drawn in a frame of the morph between the map and the network.
const MORPH_TIES: usize = 300;

/// A redraw of land and network under this many milliseconds happens in the gesture itself…
const CHEAP_REDRAW_MS: f64 = 10.0;
/// …when its frame, raster included, also took under this many (two frames at 60 Hz).
const CHEAP_FRAME_MS: f64 = 34.0;

#[derive(Debug)]
pub struct Frame {
    pub land: Surface,
    pub ties: Surface,
    pub places: Surface,
    /// The ties of the timeline's year and the labels.
    pub network: Surface,
    pub overlay: Surface,
    /// What the ties and markers layers show, to grow them.
    ties_memo: TiesMemo,
    markers_memo: MarkersMemo,
    /// The ties layer, and the markers layer, was grown since it was last drawn afresh.
    ties_grown: bool,
    markers_grown: bool,
    /// The land and ties layers slide by CSS since they were last drawn.
    slid: bool,
    /// What the overlay canvas shows now (CSS px): the next hover clears only this box.
    overlay_bounds: Option<[f32; 4]>,
    /// The camera of the last crisp drawing of the land and network layers.
    drawn_camera: Option<Camera>,
    land_dirty: bool,
    network_dirty: bool,
    overlay_dirty: bool,
    /// A requestAnimationFrame is on its way.
    pub pending: bool,
    /// The size the canvases take at the next drawing.
    size: Option<Viewport>,
    /// The ties the network layer drew, not indexed yet (the index is built after the frame,
    /// off the drawing's critical path, or at the first pointer move that needs it).
    drawn: Option<DrawnLinks>,
    /// The index of the ties the network layer drew, for the picker.
    grid: LinkGrid,
    /// The labels the network layer drew, and the picture they belong to (targets too).
    labels: Vec<LabelBox>,
    labels_picture: Option<Picture>,
    /// The labels the overlay drew.
    overlay_labels: Vec<LabelBox>,
    /// The sampling of the last network drawing (for the note above the map).
    pub sampling: Option<Sampling>,
    /// When the last redraw of land and network started, until the next animation frame
    /// measures its whole cost (the browser rasters the canvases after the calls are made).
    pub redrawn_at: Option<f64>,
    /// The whole cost of the last measured frame with a redraw of land and network (ms).
    pub frame_ms: Option<f64>,
    pub timings: Timings,
}

/// What a caller of [`Frame::follow`] has to do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Next {
    /// Request an animation frame.
    pub frame: bool,
    /// (Re)start the timer that redraws crisply once a gesture settles.
    pub settle: bool,
}

impl Frame {
    pub fn new(layers: [Surface; 5]) -> Self {
        let [land, ties, places, network, overlay] = layers;
        Self {
            land,
            ties,
            places,
            network,
            overlay,
            ties_memo: TiesMemo::default(),
            markers_memo: MarkersMemo::default(),
            ties_grown: false,
            markers_grown: false,
            slid: false,
            overlay_bounds: None,
            drawn_camera: None,
            land_dirty: true,
            network_dirty: true,
            overlay_dirty: true,
            pending: false,
            size: None,
            drawn: None,
            grid: LinkGrid::default(),
            labels: Vec::new(),
            labels_picture: None,
            overlay_labels: Vec::new(),
            sampling: None,
            redrawn_at: None,
            frame_ms: None,
            timings: Timings::default(),
        }
    }

    /// Sizes the canvases to the viewport, at the next drawing: resizing clears a
    /// canvas, so it happens right before the canvases are drawn again.
    pub fn resize(&mut self, vp: Viewport) {
        self.size = Some(vp);
        self.land_dirty = true;
        self.network_dirty = true;
        self.overlay_dirty = true;
    }

    /// Marks the layers `d` concerns. A camera move redraws now when that is cheap, else slides
    /// the last drawings to `view`'s camera (and asks for a settle timer).
    pub fn follow(&mut self, d: Dirty, view: &ViewState) -> Next {
        let mut next = Next::default();
        if d.camera {
            let cheap = self
                .timings
                .base_ms
                .last()
                .is_some_and(|&ms| ms < CHEAP_REDRAW_MS)
                && self.frame_ms.is_none_or(|ms| ms < CHEAP_FRAME_MS);
            if cheap || self.drawn_camera.is_none() || d.network {
                self.land_dirty = true;
                self.network_dirty = true;
            } else {
                self.slide(view);
                self.slid = true;
                next.settle = true;
            }
        }
        self.network_dirty |= d.network;
        self.overlay_dirty |= d.overlay || d.camera;
        next.settle |= self.wants_settle(view);
        next.frame = self.request();
        next
    }

    /// Whether a grown ties layer waits to be drawn afresh, now that the view rests (not while
    /// the player walks the years).
    pub fn wants_settle(&self, view: &ViewState) -> bool {
        (self.ties_grown || self.markers_grown) && !view.player.playing
    }

    /// The view rests: redraw crisply what slid or grew. Whether to request a frame.
    pub fn settle(&mut self) -> bool {
        if self.slid {
            self.land_dirty = true;
            self.network_dirty = true;
        }
        if self.ties_grown || self.markers_grown {
            self.ties_memo.clear();
            self.markers_memo.clear();
            self.network_dirty = true;
        }
        self.request()
    }

    /// Whether a frame must be requested: something is dirty and none is on its way.
    fn request(&mut self) -> bool {
        let dirty = self.land_dirty || self.network_dirty || self.overlay_dirty;
        if dirty && !self.pending {
            self.pending = true;
            return true;
        }
        false
    }

    /// Draws every layer that is dirty. The very first frame shows the network alone and the
    /// land one frame later: the content appears sooner (both moments are marked).
    /// Whether the network layer was drawn anew.
    pub fn draw(
        &mut self,
        data: &Dataset,
        view: &ViewState,
        derived: &mut Derived,
        land: &Land,
    ) -> bool {
        self.pending = false;
        let mut network_drawn = false;
        if let Some(vp) = self.size.take() {
            for s in [
                &self.land,
                &self.ties,
                &self.places,
                &self.network,
                &self.overlay,
            ] {
                s.resize(vp.width, vp.height, vp.dpr);
            }
            self.overlay_bounds = None;
            self.ties_memo.clear();
            self.markers_memo.clear();
        }
        let first = self.timings.first_frame_ms.is_none();
        let vp = view.vp;
        let vis = derived.visibility(data, &view.filters);
        let input = SceneInput { data, view, vis };
        if self.land_dirty || self.network_dirty {
            let t0 = super::now();
            if self.land_dirty && !first && view.blend > 0.0 {
                // Off the map there is no land: the stage's own colour is the sea, and a hidden
                // canvas costs nothing to composite.
                if !self.land.canvas.hidden() {
                    self.land.canvas.set_hidden(true);
                }
                self.land_dirty = false;
            }
            if self.land_dirty && !first {
                if self.land.canvas.hidden() {
                    self.land.canvas.set_hidden(false);
                }
                let s = scene::build_land(land, view);
                report(self.land.paint(&s, vp.dpr));
                let _ = self.land.canvas.style().remove_property("transform");
                self.land_dirty = false;
                self.slid = false;
                if self.timings.land_frame_ms.is_none() {
                    self.land.flush();
                    self.timings.land_frame_ms = Some(super::now());
                    super::mark("atlas-land-frame");
                }
            }
            if self.network_dirty || self.drawn_camera != Some(view.camera) {
                // While the places move between the map and the network every frame is new:
                // one canvas takes it all, the others are left out of the page's compositing.
                let moving = view.morph.is_some();
                let drawn = if moving {
                    self.clear_ties();
                    let mut d = scene::drawn_links(&input);
                    // A stable sample of the ties while they move (all of them once at rest):
                    // the raster of every tie in every frame would halve the frame rate.
                    let n = d.links.len();
                    if n > MORPH_TIES {
                        d.links
                            .retain(|(i, _)| scene::in_subsample(*i, MORPH_TIES, n));
                    }
                    d
                } else {
                    self.draw_ties(&input)
                };
                let list = scene::place_markers(&input);
                let labels = scene::build_labels(&input, &drawn, &list);
                let s = if list.len() > OWN_LAYER_MARKERS && !moving {
                    self.draw_markers(&input, &list);
                    labels
                } else {
                    self.clear_markers();
                    scene::build_markers(&input, &list).stack(labels)
                };
                // The ties whose standing changes over time are drawn here, under the places:
                // the ties layer can then grow from one year to the next.
                let s = scene::build_changing_ties(&input, &drawn.links).stack(s);
                // Rolled up, the regions' markers and ties go under the places of open regions,
                // their names clear of the places' labels.
                let s = scene::rollup::under_places(&input, s);
                // The events' diamonds over the places and their names.
                let s = s.stack(scene::build_events(&input, &scene::event_marks(&input)));
                let s = if moving {
                    scene::build_ties(&input, &drawn.links).stack(s)
                } else {
                    s
                };
                // The moving picture is drawn at one device pixel per CSS pixel (the browser
                // scales it up): a quarter of the pixels to raster and upload at density 2, for
                // less than a second; the crisp picture returns when the places rest.
                let dpr = if moving { vp.dpr.min(1.0) } else { vp.dpr };
                self.network.resize(vp.width, vp.height, dpr);
                report(self.network.paint(&s, dpr));
                self.labels = label_boxes(&s);
                self.labels_picture = drawn.picture;
                for layer in [&self.ties, &self.places, &self.network] {
                    let _ = layer.canvas.style().remove_property("transform");
                }
                self.sampling = drawn.sampling;
                self.drawn = Some(drawn);
                self.network_dirty = false;
                network_drawn = true;
            }
            self.drawn_camera = Some(view.camera);
            if first {
                // The first frame counts once its pixels exist.
                self.flush_network();
                let t = super::now();
                self.timings.first_frame_ms = Some(t);
                super::mark("atlas-first-frame");
                super::bench::first_frame(t);
                // The land follows on the next frame.
                self.pending = true;
                super::request_frame();
            }
            self.timings.push_base(super::now() - t0);
            self.redrawn_at = Some(t0);
        }
        if self.overlay_dirty {
            let t0 = super::now();
            let s = scene::build_overlay(&input);
            report(self.overlay.repaint(&s, vp.dpr, self.overlay_bounds));
            self.overlay_bounds = s.bounds();
            self.overlay_labels = label_boxes(&s);
            self.overlay_dirty = false;
            self.timings.push_overlay(super::now() - t0);
        }
        network_drawn
    }

    /// Waits until the pixels of the network's layers (ties, markers, labels) exist.
    pub fn flush_network(&self) {
        for layer in [&self.ties, &self.places, &self.network] {
            layer.flush();
        }
    }

    /// Whether the ties of the last picture wait to be indexed.
    pub fn unindexed(&self) -> bool {
        self.drawn.is_some()
    }

    /// The index of the ties the network layer shows, built now if it is not yet.
    pub fn link_grid(&mut self) -> &LinkGrid {
        if let Some(drawn) = self.drawn.take() {
            self.grid = LinkGrid::new(drawn);
        }
        &self.grid
    }

    /// The labels on screen in the picture `input` describes, as targets: the overlay's, and the
    /// network layer's while it shows that picture.
    pub fn label_boxes(&self, input: &SceneInput<'_>) -> Vec<LabelBox> {
        let mut v = self.overlay_labels.clone();
        if self.labels_picture == Some(Picture::of(input)) {
            v.extend_from_slice(&self.labels);
        }
        v
    }

    /// Marks the land and network layers for a full redraw (the benchmark's).
    pub fn force_full(&mut self) {
        self.land_dirty = true;
        self.network_dirty = true;
        self.ties_memo.clear();
        self.markers_memo.clear();
    }

    /// Marks the overlay (the benchmark's hover).
    pub fn force_overlay(&mut self) {
        self.overlay_dirty = true;
    }

    /// Whether the overlay waits to be drawn (so that a benchmark leaves it as it found it).
    pub fn overlay_pending(&self) -> bool {
        self.overlay_dirty
    }

    pub fn set_overlay_pending(&mut self, v: bool) {
        self.overlay_dirty = v;
    }
}

/// The labels of a scene that name a place, as targets.
fn label_boxes(s: &Scene) -> Vec<LabelBox> {
    s.labels
        .iter()
        .filter_map(|l| {
            Some(LabelBox {
                rect: l.rect(),
                place: l.place?,
            })
        })
        .collect()
}

fn report(r: Result<(), wasm_bindgen::JsValue>) {
    if let Err(e) = r {
        web_sys::console::error_1(&e);
    }
}
