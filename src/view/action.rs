//! The one way the view changes: an [`Action`] applied by [`update`], which says in a [`Dirty`]
//! what must follow (which canvas layers, the panel, the tooltip, the URL). Pointer, wheel, keys,
//! buttons, the JS API and timers all dispatch actions; none of them decides redraws itself.

use super::dirty::Dirty;
use super::{Chooser, Filters, Target, ViewState, Viewport};
use crate::dataset::Dataset;
use crate::layout::Arrangement;

/// A change of the view.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The drawing surface changed size or density.
    Resize(Viewport),
    /// Move the picture by (dx, dy) CSS pixels.
    Pan([f32; 2]),
    /// Zoom by a factor about a point of the surface (CSS px), or about its centre.
    Zoom {
        factor: f32,
        anchor: Option<[f32; 2]>,
    },
    /// Two fingers moved from one pair of points to another.
    Pinch {
        from: [[f32; 2]; 2],
        to: [[f32; 2]; 2],
    },
    /// Back to the view of the whole network (the same as framing the Pacific).
    Home,
    /// Frame a region; the framing is kept across resizes until the camera is moved.
    Frame(super::Region),
    /// The text in the search box changed.
    Query(String),
    /// Open the table of ties with this sort, or close it.
    Table(Option<super::TableSort>),
    /// Open or close the list of hubs.
    Hubs(bool),
    /// Show the events at their places, or not.
    Events(bool),
    /// Roll the places up into their regions by a measure, or back (`None`).
    Rollup(Option<super::Measure>),
    /// Show a rolled-up region as its places, or as one marker again.
    Open {
        region: String,
        open: bool,
    },
    /// Look through this camera (a step of a flight); its zoom is kept within the range.
    SetCamera(super::Camera),
    /// Select a place or a tie, or clear the selection. A target the data does not hold is
    /// ignored. The chooser stays while the selection is one of its places.
    Select(Option<Target>),
    /// A click or tap: select what it meant (`target`, or nothing), and offer the places that
    /// were under the pointer (best first, `target` among them) when there were several.
    Pick {
        target: Option<Target>,
        here: Chooser,
    },
    /// Bring a place (or a tie's Chinese end) into the part `free` of the surface (CSS px) that
    /// no panel covers.
    Reveal {
        target: Target,
        free: [f32; 4],
    },
    /// The pointer is over `target` (or nothing) at `at` (CSS px; `None` when it left the map),
    /// with `others` more places under it.
    Hover {
        target: Option<Target>,
        at: Option<[f32; 2]>,
        others: usize,
    },
    SetFilters(Filters),
    /// Show what a link asks for (see [`super::url`]): its camera, selection and filters.
    Restore(super::url::Link),
    /// The timeline shows the network as it stood at the end of this year (`None`: every year).
    Year(Option<u16>),
    /// Start or stop the timeline's player.
    Play(bool),
    /// The player's speed, an index into [`super::SPEEDS`].
    Speed(usize),
    /// The player's next step (from a timer).
    Tick,
    /// Open the growth chart in a mode, or close it.
    Chart(Option<super::ChartMode>),
    /// The page's controls now cover these boxes of the surface (CSS px, `[x0, y0, x1, y1]`).
    Cover(Vec<[f32; 4]>),
    /// Show the places as on the map or as the network: starts a morph to that arrangement.
    Arrange(crate::layout::Arrangement),
    /// The morph between arrangements at this share of its way (0 to 1; 1 ends it).
    Morph(f32),
    /// The dataset was replaced: the view shows the new one whole, and forgets targets the new
    /// data does not hold.
    NewData,
}

/// At most this many boxes of controls are kept (a page has a handful).
const MAX_COVERED: usize = 32;

/// Applies `action` to the view of `data` and says what must follow. Pure: the same state,
/// data and action give the same result.
pub fn update(view: &mut ViewState, data: &Dataset, action: Action) -> Dirty {
    let before = view.camera;
    let framed = view.region;
    // A camera the reader moved keeps no framing.
    let camera_moved = |v: &mut ViewState| {
        if v.camera == before {
            Dirty::NONE
        } else {
            v.region = None;
            Dirty::CAMERA
        }
    };
    match action {
        Action::Resize(vp) => {
            if vp == view.vp {
                return Dirty::NONE;
            }
            view.resize(data, vp);
            Dirty {
                size: true,
                network: true,
                tooltip: true,
                ..Dirty::CAMERA
            }
        }
        Action::Year(_) | Action::Play(_) | Action::Speed(_) | Action::Tick | Action::Chart(_) => {
            super::timeline::apply(view, data, action)
        }
        Action::Arrange(a) => super::morph::switch(view, data, a),
        Action::Morph(t) => super::morph::step(view, t),
        Action::Cover(boxes) => {
            let boxes: Vec<[f32; 4]> = boxes
                .into_iter()
                .filter(|b| b.iter().all(|v| v.is_finite()) && b[2] > b[0] && b[3] > b[1])
                .take(MAX_COVERED)
                .collect();
            if boxes == view.covered {
                return Dirty::NONE;
            }
            view.covered = boxes;
            // The labels of both layers are laid out again round them.
            Dirty {
                network: true,
                overlay: true,
                ..Dirty::NONE
            }
        }
        Action::Pan([dx, dy]) => {
            view.camera.pan_by(dx, dy);
            camera_moved(view)
        }
        Action::Zoom { factor, anchor } => {
            let at = anchor.unwrap_or([view.vp.width / 2.0, view.vp.height / 2.0]);
            view.camera.zoom_at(at, factor, view.vp, view.home_scale);
            camera_moved(view)
        }
        Action::Pinch { from, to } => {
            view.camera.pinch(from, to, view.vp, view.home_scale);
            camera_moved(view)
        }
        Action::Home => update(view, data, Action::Frame(super::Region::Pacific)),
        Action::Frame(r) => {
            view.frame(r, data);
            if view.camera == before && framed == Some(r) {
                Dirty::NONE
            } else {
                Dirty::CAMERA
            }
        }
        Action::Rollup(m) => super::rollup::set(view, m),
        Action::Open { region, open } => super::rollup::open(view, data, &region, open),
        Action::Hubs(open) => {
            if open == view.hubs {
                return Dirty::NONE;
            }
            view.hubs = open;
            Dirty {
                hubs: true,
                url: true,
                ..Dirty::NONE
            }
        }
        Action::Events(on) => {
            if on == view.layers.events {
                return Dirty::NONE;
            }
            view.layers.events = on;
            // A selected event stays: the panel still shows it.
            Dirty {
                network: true,
                tooltip: true,
                legend: true,
                url: true,
                ..Dirty::NONE
            }
        }
        Action::Table(t) => {
            if t == view.table {
                return Dirty::NONE;
            }
            view.table = t;
            Dirty {
                table: true,
                url: true,
                ..Dirty::NONE
            }
        }
        Action::Query(q) => {
            if q == view.query {
                return Dirty::NONE;
            }
            view.query = q;
            Dirty {
                url: true,
                ..Dirty::NONE
            }
        }
        Action::SetCamera(c) => {
            let (lo, hi) = super::ZOOM_RANGE;
            let ok = c.center.iter().all(|v| v.is_finite()) && c.scale.is_finite();
            if ok {
                view.camera = super::Camera {
                    center: c.center,
                    scale: c.scale.max(view.home_scale * lo).min(view.home_scale * hi),
                };
            }
            camera_moved(view)
        }
        Action::Select(target) => {
            let unknown = target.as_ref().is_some_and(|t| !view.can_show(data, t));
            if unknown || target == view.selection {
                return Dirty::NONE;
            }
            let keeps = |c: &Chooser| target.as_ref().is_some_and(|t| c.places.contains(t));
            view.chooser = view.chooser.take().filter(keeps);
            view.selection = target;
            SELECTED
        }
        Action::Pick { target, here } => {
            let atlas = data.atlas();
            let target = target.filter(|t| t.exists(atlas));
            let mut places = here.places;
            places.retain(|t| t.exists(atlas));
            let chooser = (places.len() > 1 && target.as_ref().is_some_and(|t| places.contains(t)))
                .then_some(Chooser {
                    places,
                    more: here.more,
                });
            if target == view.selection && chooser == view.chooser {
                return Dirty::NONE;
            }
            view.selection = target;
            view.chooser = chooser;
            SELECTED
        }
        Action::Reveal { target, free } => {
            let atlas = data.atlas();
            // An event is brought into view at its first place.
            let first_place = |e: usize| atlas.chronicle().events().get(e)?.places.first().copied();
            let place = match target.resolve(atlas) {
                Some(crate::model::Item::Place(p)) => p,
                Some(crate::model::Item::Link(l)) => atlas.links[l].cn,
                None => match target.event(atlas).and_then(first_place) {
                    Some(p) => p,
                    None => return Dirty::NONE,
                },
            };
            if let Some(w) = view.world(data, place) {
                view.camera.reveal(w, free, REVEAL_MARGIN, view.vp);
            }
            camera_moved(view)
        }
        Action::Hover { target, at, others } => {
            let target = target.filter(|t| t.exists(data.atlas()));
            let others = if target.is_some() { others } else { 0 };
            let mut d = Dirty::NONE;
            if target != view.hover {
                view.hover = target;
                d.overlay = true;
                d.tooltip = true;
            }
            if others != view.hover_others {
                view.hover_others = others;
                d.tooltip = true;
            }
            if at != view.pointer {
                view.pointer = at;
                d.tooltip |= view.hover.is_some() || d.overlay;
            }
            d
        }
        Action::SetFilters(f) => {
            if f == view.filters {
                return Dirty::NONE;
            }
            view.filters = f;
            // Everything that shows ties follows; the canvases' size, the camera and the
            // search box stay.
            Dirty {
                size: false,
                camera: false,
                query: false,
                ..Dirty::ALL
            }
        }
        Action::Restore(link) => {
            super::morph::settle(view, data, link.arrangement);
            let net = link
                .net
                .filter(|_| link.arrangement == Arrangement::Network);
            let map = link.map.filter(|_| link.arrangement == Arrangement::Map);
            // A link without a camera shows the whole network.
            if let Some(r) = link
                .region
                .or((map.is_none() && net.is_none()).then_some(super::Region::Pacific))
            {
                view.frame(r, data);
            } else if let Some((zoom, x, y)) = net {
                view.camera.center = [x, y];
                let (lo, hi) = super::ZOOM_RANGE;
                view.camera.scale = view.home_scale * zoom.clamp(lo, hi);
                view.region = None;
            } else if let Some((zoom, lat, lon)) = map {
                let w = crate::geo::project(lat, lon);
                view.camera.center = [w[0] as f32, w[1] as f32];
                let (lo, hi) = super::ZOOM_RANGE;
                view.camera.scale = view.home_scale * zoom.clamp(lo, hi);
                view.region = None;
            }
            view.query = link.query;
            view.table = link.table;
            view.chart = link.chart;
            view.hubs = link.hubs;
            view.layers.events = link.events;
            view.rollup = link.rollup;
            view.selection = link.selection.filter(|t| view.can_show(data, t));
            view.chooser = None;
            view.filters = link.filters;
            // What the page shows now is what the address says: nothing to write back.
            Dirty {
                url: false,
                size: false,
                ..Dirty::ALL
            }
        }
        Action::NewData => {
            view.morph = None;
            view.blend = view.arrangement.blend();
            view.go_home(data.bounds_of(view.arrangement));
            let atlas = data.atlas();
            view.selection = view.selection.take().filter(|t| t.exists(atlas));
            view.hover = view.hover.take().filter(|t| t.exists(atlas));
            let holds_all = |c: &Chooser| c.places.iter().all(|t| t.exists(atlas));
            view.chooser = view.chooser.take().filter(holds_all);
            Dirty::ALL
        }
    }
}

/// What follows a new selection.
const SELECTED: Dirty = Dirty {
    network: true,
    overlay: true,
    panel: true,
    url: true,
    ..Dirty::NONE
};

/// How far (CSS px) inside the free part of the surface a revealed place must lie.
pub const REVEAL_MARGIN: f32 = 40.0;

#[cfg(test)]
mod tests;
