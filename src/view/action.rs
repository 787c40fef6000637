//! The one way the view changes: an [`Action`] applied by [`update`], which says in a [`Dirty`]
//! what must follow (which canvas layers, the panel, the tooltip, the URL). Pointer, wheel, keys,
//! buttons, the JS API and timers all dispatch actions; none of them decides redraws itself.

use super::{Filters, Target, ViewState, Viewport};
use crate::dataset::Dataset;

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
    /// Back to the view of the whole network.
    Home,
    /// Select a place or a tie, or clear the selection. A target the data does not hold is
    /// ignored.
    Select(Option<Target>),
    /// Bring a place (or a tie's Chinese end) into the part `free` of the surface (CSS px) that
    /// no panel covers.
    Reveal {
        target: Target,
        free: [f32; 4],
    },
    /// The pointer is over `target` (or nothing) at `at` (CSS px; `None` when it left the map).
    Hover {
        target: Option<Target>,
        at: Option<[f32; 2]>,
    },
    SetFilters(Filters),
    /// The dataset was replaced: the view shows the new one whole, and forgets targets the new
    /// data does not hold.
    NewData,
}

/// What has to follow a change of the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Dirty {
    /// The canvases must take the viewport's size.
    pub size: bool,
    /// The camera moved: the land and network layers follow (a shell may slide the last
    /// drawing while a gesture lasts and redraw when it settles).
    pub camera: bool,
    /// What the network layer shows changed (selection, filters, data): redraw it now.
    pub network: bool,
    pub overlay: bool,
    /// The details panel shows the selection.
    pub panel: bool,
    /// The tooltip shows the hover, where the pointer is.
    pub tooltip: bool,
    /// The legend and status line describe the data and filters.
    pub legend: bool,
    /// The part of the view a URL can hold changed.
    pub url: bool,
}

impl Dirty {
    pub const NONE: Dirty = Dirty {
        size: false,
        camera: false,
        network: false,
        overlay: false,
        panel: false,
        tooltip: false,
        legend: false,
        url: false,
    };
    pub const ALL: Dirty = Dirty {
        size: true,
        camera: true,
        network: true,
        overlay: true,
        panel: true,
        tooltip: true,
        legend: true,
        url: true,
    };
    const CAMERA: Dirty = Dirty {
        camera: true,
        overlay: true,
        url: true,
        ..Dirty::NONE
    };

    pub fn any(&self) -> bool {
        *self != Dirty::NONE
    }
}

/// Applies `action` to the view of `data` and says what must follow. Pure: the same state,
/// data and action give the same result.
pub fn update(view: &mut ViewState, data: &Dataset, action: Action) -> Dirty {
    let before = view.camera;
    let camera_moved = |v: &ViewState| {
        if v.camera == before {
            Dirty::NONE
        } else {
            Dirty::CAMERA
        }
    };
    match action {
        Action::Resize(vp) => {
            if vp == view.vp {
                return Dirty::NONE;
            }
            view.resize(data.bounds(), vp);
            Dirty {
                size: true,
                network: true,
                tooltip: true,
                ..Dirty::CAMERA
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
        Action::Home => {
            view.go_home(data.bounds());
            camera_moved(view)
        }
        Action::Select(target) => {
            let unknown = target
                .as_ref()
                .is_some_and(|t| t.resolve(data.atlas()).is_none());
            if unknown || target == view.selection {
                return Dirty::NONE;
            }
            view.selection = target;
            Dirty {
                network: true,
                overlay: true,
                panel: true,
                url: true,
                ..Dirty::NONE
            }
        }
        Action::Reveal { target, free } => {
            let atlas = data.atlas();
            let place = match target.resolve(atlas) {
                Some(crate::model::Item::Place(p)) => p,
                Some(crate::model::Item::Link(l)) => atlas.links[l].cn,
                None => return Dirty::NONE,
            };
            if let Some(w) = data.position(place) {
                view.camera.reveal(w, free, REVEAL_MARGIN, view.vp);
            }
            camera_moved(view)
        }
        Action::Hover { target, at } => {
            let target = target.filter(|t| t.resolve(data.atlas()).is_some());
            let mut d = Dirty::NONE;
            if target != view.hover {
                view.hover = target;
                d.overlay = true;
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
            Dirty {
                network: true,
                overlay: true,
                panel: true,
                tooltip: true,
                legend: true,
                url: true,
                ..Dirty::NONE
            }
        }
        Action::NewData => {
            view.go_home(data.bounds());
            let atlas = data.atlas();
            view.selection = view.selection.take().filter(|t| t.resolve(atlas).is_some());
            view.hover = view.hover.take().filter(|t| t.resolve(atlas).is_some());
            Dirty::ALL
        }
    }
}

/// How far (CSS px) inside the free part of the surface a revealed place must lie.
pub const REVEAL_MARGIN: f32 = 40.0;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::fixture;
    use crate::model::Country;

    fn setup() -> (Dataset, ViewState) {
        let d = Dataset::new(fixture(), Vec::new()).unwrap();
        let v = ViewState::home(d.bounds(), Viewport::new(1000.0, 600.0, 2.0));
        (d, v)
    }

    fn place(id: &str) -> Target {
        Target::Place(id.to_owned())
    }

    #[test]
    fn selecting_redraws_network_overlay_and_panel_once() {
        let (d, mut v) = setup();
        let dirty = update(&mut v, &d, Action::Select(Some(place("cn-tianjin"))));
        assert!(dirty.network && dirty.overlay && dirty.panel && dirty.url);
        assert!(!dirty.camera && !dirty.size);
        assert_eq!(v.selection, Some(place("cn-tianjin")));
        // The same selection again changes nothing.
        assert_eq!(
            update(&mut v, &d, Action::Select(Some(place("cn-tianjin")))),
            Dirty::NONE
        );
        // An id the data does not hold is ignored.
        assert_eq!(
            update(&mut v, &d, Action::Select(Some(place("nope")))),
            Dirty::NONE
        );
        assert_eq!(v.selection, Some(place("cn-tianjin")));
        assert!(update(&mut v, &d, Action::Select(None)).panel);
        assert_eq!(v.selection, None);
    }

    #[test]
    fn camera_actions_move_the_camera_and_say_so() {
        let (d, mut v) = setup();
        let dirty = update(&mut v, &d, Action::Pan([10.0, 0.0]));
        assert!(dirty.camera && dirty.overlay && dirty.url && !dirty.network && !dirty.panel);
        let dirty = update(
            &mut v,
            &d,
            Action::Zoom {
                factor: 2.0,
                anchor: None,
            },
        );
        assert!(dirty.camera);
        assert!((v.zoom() - 2.0).abs() < 1e-5);
        // At the zoom limit a further zoom changes nothing and redraws nothing.
        update(
            &mut v,
            &d,
            Action::Zoom {
                factor: 1e9,
                anchor: None,
            },
        );
        assert_eq!(
            update(
                &mut v,
                &d,
                Action::Zoom {
                    factor: 2.0,
                    anchor: None
                }
            ),
            Dirty::NONE
        );
        assert!(update(&mut v, &d, Action::Home).camera);
        assert!((v.zoom() - 1.0).abs() < 1e-5);
        assert_eq!(update(&mut v, &d, Action::Home), Dirty::NONE);
    }

    #[test]
    fn hover_redraws_the_overlay_only_when_the_target_changes() {
        let (d, mut v) = setup();
        let kobe = Some(place("jp-kobe"));
        let dirty = update(
            &mut v,
            &d,
            Action::Hover {
                target: kobe.clone(),
                at: Some([5.0, 5.0]),
            },
        );
        assert!(dirty.overlay && dirty.tooltip && !dirty.network);
        // The pointer moves over the same place: only the tooltip follows.
        let dirty = update(
            &mut v,
            &d,
            Action::Hover {
                target: kobe,
                at: Some([6.0, 5.0]),
            },
        );
        assert_eq!(
            dirty,
            Dirty {
                tooltip: true,
                ..Dirty::NONE
            }
        );
        // Moving over nothing after nothing: no work at all.
        update(
            &mut v,
            &d,
            Action::Hover {
                target: None,
                at: Some([7.0, 5.0]),
            },
        );
        assert_eq!(
            update(
                &mut v,
                &d,
                Action::Hover {
                    target: None,
                    at: Some([8.0, 5.0])
                }
            ),
            Dirty::NONE
        );
    }

    #[test]
    fn filters_change_the_network_panel_and_legend() {
        let (d, mut v) = setup();
        let mut f = v.filters;
        f.countries[Country::US] = false;
        let dirty = update(&mut v, &d, Action::SetFilters(f));
        assert!(dirty.network && dirty.panel && dirty.legend && dirty.url && !dirty.camera);
        assert_eq!(update(&mut v, &d, Action::SetFilters(f)), Dirty::NONE);
    }

    #[test]
    fn resize_keeps_zoom_and_asks_for_new_canvases() {
        let (d, mut v) = setup();
        update(
            &mut v,
            &d,
            Action::Zoom {
                factor: 3.0,
                anchor: Some([100.0, 100.0]),
            },
        );
        let dirty = update(&mut v, &d, Action::Resize(Viewport::new(500.0, 300.0, 1.0)));
        assert!(dirty.size && dirty.camera && dirty.network);
        assert!((v.zoom() - 3.0).abs() < 1e-4);
        assert_eq!(
            update(&mut v, &d, Action::Resize(Viewport::new(500.0, 300.0, 1.0))),
            Dirty::NONE
        );
    }

    #[test]
    fn reveal_brings_a_hidden_place_into_the_free_part() {
        let (d, mut v) = setup();
        let free = [0.0, 0.0, 600.0, 600.0];
        let tianjin = d
            .position(d.atlas().index_of("cn-tianjin").unwrap())
            .unwrap();
        // Far to the east: Tianjin is off screen on the left.
        update(
            &mut v,
            &d,
            Action::Zoom {
                factor: 8.0,
                anchor: Some([990.0, 300.0]),
            },
        );
        assert!(!v.vp.contains(v.camera.world_to_screen(tianjin, v.vp)));
        let dirty = update(
            &mut v,
            &d,
            Action::Reveal {
                target: place("cn-tianjin"),
                free,
            },
        );
        assert!(dirty.camera);
        let s = v.camera.world_to_screen(tianjin, v.vp);
        assert!(
            (s[0] - 300.0).abs() < 0.01 && (s[1] - 300.0).abs() < 0.01,
            "{s:?}"
        );
        // Already in view: nothing moves.
        assert_eq!(
            update(
                &mut v,
                &d,
                Action::Reveal {
                    target: place("cn-tianjin"),
                    free
                }
            ),
            Dirty::NONE
        );
        assert_eq!(
            update(
                &mut v,
                &d,
                Action::Reveal {
                    target: place("nope"),
                    free
                }
            ),
            Dirty::NONE
        );
    }

    #[test]
    fn new_data_keeps_only_targets_it_holds() {
        let (d, mut v) = setup();
        update(&mut v, &d, Action::Select(Some(place("jp-kobe"))));
        update(
            &mut v,
            &d,
            Action::Hover {
                target: Some(place("cn-tianjin")),
                at: None,
            },
        );
        let other = Dataset::new(crate::synthetic::network(20, 3), Vec::new()).unwrap();
        assert_eq!(update(&mut v, &other, Action::NewData), Dirty::ALL);
        assert_eq!((v.selection.clone(), v.hover.clone()), (None, None));
        // The same data again keeps them.
        update(&mut v, &d, Action::Select(Some(place("jp-kobe"))));
        update(&mut v, &d, Action::NewData);
        assert_eq!(v.selection, Some(place("jp-kobe")));
    }
}
