//! The switch between the map and the network: which arrangement the view shows, and the morph
//! that carries the places (and the camera) from one to the other. A shell animates the morph
//! by dispatching its steps; under reduced motion it dispatches the last step at once.

use super::{home_margin, Camera, Dirty, ViewState, ZOOM_RANGE};
use crate::dataset::Dataset;
use crate::layout::Arrangement;
use crate::model::Item;

/// A morph under way: where the places and the camera come from and go to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Morph {
    from_blend: f32,
    from: Camera,
    to: Camera,
    from_home: f32,
    to_home: f32,
}

/// What follows a step of the morph: everything drawn moves.
const MOVED: Dirty = Dirty {
    camera: true,
    network: true,
    overlay: true,
    tooltip: true,
    ..Dirty::NONE
};

/// Zoom (relative to the whole) at which a selected place is shown after a switch, at least.
const FOCUS_ZOOM: f32 = 1.5;

impl ViewState {
    /// The place the selection stands for: the place, or a tie's Chinese end.
    fn selected_place(&self, data: &Dataset) -> Option<usize> {
        match self.selection.as_ref()?.resolve(data.atlas())? {
            Item::Place(p) => Some(p),
            Item::Link(l) => Some(data.atlas().links[l].cn),
        }
    }

    /// The camera a switch to `to` ends with, and that arrangement's home scale: the selected
    /// place in the middle (at the zoom the reader had, at least [`FOCUS_ZOOM`]), or else the
    /// whole of it.
    fn camera_after(&self, data: &Dataset, to: Arrangement) -> (Camera, f32) {
        let home = Camera::fit(data.bounds_of(to), self.vp, home_margin(self.vp));
        let focus = self
            .selected_place(data)
            .and_then(|p| data.position_at(p, to.blend()));
        let camera = match focus {
            Some(w) => Camera {
                center: w,
                scale: home.scale * self.zoom().clamp(FOCUS_ZOOM, ZOOM_RANGE.1),
            },
            None => home,
        };
        (camera, home.scale)
    }
}

/// Starts the switch to `to` (a morph the shell then steps), or says nothing changed.
pub(super) fn switch(view: &mut ViewState, data: &Dataset, to: Arrangement) -> Dirty {
    if view.arrangement == to {
        return Dirty::NONE;
    }
    let (camera, home) = view.camera_after(data, to);
    view.morph = Some(Morph {
        from_blend: view.blend,
        from: view.camera,
        to: camera,
        from_home: view.home_scale,
        to_home: home,
    });
    view.arrangement = to;
    view.hover = None;
    view.chooser = None;
    Dirty {
        url: true,
        legend: true,
        ..MOVED
    }
}

/// The morph at `t` of its way (0 to 1, eased); at 1 it ends in the new arrangement.
pub(super) fn step(view: &mut ViewState, t: f32) -> Dirty {
    let Some(m) = view.morph else {
        return Dirty::NONE;
    };
    let t = if t.is_finite() {
        t.clamp(0.0, 1.0)
    } else {
        1.0
    };
    let target = view.arrangement.blend();
    if t >= 1.0 {
        view.morph = None;
        view.blend = target;
        view.camera = m.to;
        view.home_scale = m.to_home;
        view.region = (m.to.scale == m.to_home).then_some(super::Region::Pacific);
        // The address holds the camera where it comes to rest.
        return Dirty { url: true, ..MOVED };
    }
    // Slow in, slow out.
    let e = t * t * (3.0 - 2.0 * t);
    let mix = |a: f32, b: f32| a + (b - a) * e;
    view.blend = mix(m.from_blend, target);
    view.camera = Camera {
        center: [
            mix(m.from.center[0], m.to.center[0]),
            mix(m.from.center[1], m.to.center[1]),
        ],
        // Zoom changes evenly on a log scale, as a reader's zoom does.
        scale: m.from.scale * (m.to.scale / m.from.scale).powf(e),
    };
    view.home_scale = m.from_home * (m.to_home / m.from_home).powf(e);
    view.region = None;
    MOVED
}

/// Shows `arrangement` at once (a link that asks for it): no morph.
pub(super) fn settle(view: &mut ViewState, data: &Dataset, arrangement: Arrangement) {
    view.arrangement = arrangement;
    view.blend = arrangement.blend();
    view.morph = None;
    view.home_scale = Camera::fit(data.bounds_of(arrangement), view.vp, home_margin(view.vp)).scale;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::fixture;
    use crate::view::url::{decode, encode};
    use crate::view::{update, Action, Target, Viewport};

    fn setup() -> (Dataset, ViewState) {
        let d = Dataset::new(fixture(), Vec::new()).unwrap();
        let v = ViewState::home(d.bounds(), Viewport::new(1000.0, 600.0, 2.0));
        (d, v)
    }

    #[test]
    fn a_switch_morphs_the_places_and_keeps_the_selection_in_view() {
        let (d, mut v) = setup();
        let kobe = d.atlas().index_of("jp-kobe").unwrap();
        update(
            &mut v,
            &d,
            Action::Select(Some(Target::Place("jp-kobe".into()))),
        );
        let on_map = v.world(&d, kobe).unwrap();
        let dirty = update(&mut v, &d, Action::Arrange(Arrangement::Network));
        assert!(dirty.network && dirty.url && v.morph.is_some());
        // Nothing moves until the morph steps.
        assert_eq!(v.world(&d, kobe), Some(on_map));
        update(&mut v, &d, Action::Morph(0.5));
        let half = v.world(&d, kobe).unwrap();
        let in_net = d.layout_of(Arrangement::Network).pos[kobe].unwrap();
        assert!(half != on_map && half != in_net);
        assert!(v.blend > 0.0 && v.blend < 1.0);
        let last = update(&mut v, &d, Action::Morph(1.0));
        assert!(last.url && v.morph.is_none());
        assert_eq!((v.blend, v.world(&d, kobe)), (1.0, Some(in_net)));
        assert_eq!(v.selection, Some(Target::Place("jp-kobe".into())));
        // The selected place is in the middle of the screen.
        let s = v.to_screen(in_net);
        assert!((s[0] - 500.0).abs() < 0.5 && (s[1] - 300.0).abs() < 0.5);
        // The same arrangement again changes nothing; back to the map ends where it began.
        assert_eq!(
            update(&mut v, &d, Action::Arrange(Arrangement::Network)),
            Dirty::NONE
        );
        update(&mut v, &d, Action::Arrange(Arrangement::Map));
        update(&mut v, &d, Action::Morph(1.0));
        assert_eq!((v.blend, v.world(&d, kobe)), (0.0, Some(on_map)));
    }

    #[test]
    fn without_a_selection_the_switch_shows_the_whole_network_and_nonsense_steps_end_it() {
        let (d, mut v) = setup();
        update(&mut v, &d, Action::Arrange(Arrangement::Network));
        update(&mut v, &d, Action::Morph(f32::NAN));
        assert!(v.morph.is_none() && v.blend == 1.0);
        assert_eq!(v.zoom(), 1.0);
        assert_eq!(v.region, Some(crate::view::Region::Pacific));
        let b = d.bounds_of(Arrangement::Network);
        let (lo, hi) = (v.to_screen([b[0], b[1]]), v.to_screen([b[2], b[3]]));
        assert!(lo[0] >= 0.0 && lo[1] >= 0.0 && hi[0] <= 1000.0 && hi[1] <= 600.0);
        // A stray step after the end does nothing.
        assert_eq!(update(&mut v, &d, Action::Morph(0.3)), Dirty::NONE);
    }

    #[test]
    fn a_link_holds_the_arrangement_and_the_network_camera() {
        let (d, mut v) = setup();
        update(&mut v, &d, Action::Arrange(Arrangement::Network));
        update(&mut v, &d, Action::Morph(1.0));
        update(
            &mut v,
            &d,
            Action::Zoom {
                factor: 2.0,
                anchor: Some([300.0, 200.0]),
            },
        );
        let link = encode(&v, &d);
        assert!(link.starts_with("view=network&net=2/"), "{link}");
        let (read, problems) = decode(&link, &d);
        assert!(problems.is_empty(), "{problems:?}");
        let (_, mut w) = setup();
        update(&mut w, &d, Action::Restore(read));
        assert_eq!(
            (w.arrangement, w.blend, w.morph),
            (Arrangement::Network, 1.0, None)
        );
        assert!((w.zoom() - 2.0).abs() < 0.01);
        assert!((w.camera.center[0] - v.camera.center[0]).abs() < 0.01);
        // A link without `view` shows the map.
        update(&mut w, &d, Action::Restore(decode("", &d).0));
        assert_eq!((w.arrangement, w.blend), (Arrangement::Map, 0.0));
        let (_, bad) = decode("view=globe&net=1/nan/3", &d);
        assert_eq!(bad.len(), 2);
    }
}
