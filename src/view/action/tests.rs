//! The update of the view, action by action.

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
fn a_pick_offers_the_places_under_the_pointer_while_one_of_them_is_selected() {
    let (d, mut v) = setup();
    let here = Chooser {
        places: vec![place("cn-tianjin"), place("jp-kobe"), place("nope")],
        more: 2,
    };
    let dirty = update(
        &mut v,
        &d,
        Action::Pick {
            target: Some(place("cn-tianjin")),
            here,
        },
    );
    assert!(dirty.panel && dirty.network);
    assert_eq!(v.selection, Some(place("cn-tianjin")));
    // Ids the data does not hold are dropped from the list.
    let listed = Chooser {
        places: vec![place("cn-tianjin"), place("jp-kobe")],
        more: 2,
    };
    assert_eq!(v.chooser, Some(listed.clone()));
    // Choosing another place of the list keeps it; a place elsewhere closes it.
    update(&mut v, &d, Action::Select(Some(place("jp-kobe"))));
    assert_eq!(v.chooser, Some(listed));
    update(&mut v, &d, Action::Select(Some(place("us-philadelphia"))));
    assert_eq!(v.chooser, None);
    // A single place under the pointer offers no list; nothing under it selects nothing.
    let one = Chooser {
        places: vec![place("jp-kobe")],
        more: 0,
    };
    update(
        &mut v,
        &d,
        Action::Pick {
            target: Some(place("jp-kobe")),
            here: one,
        },
    );
    assert_eq!(
        (v.selection.clone(), v.chooser.clone()),
        (Some(place("jp-kobe")), None)
    );
    update(
        &mut v,
        &d,
        Action::Pick {
            target: None,
            here: Chooser::default(),
        },
    );
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
            others: 0,
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
            others: 0,
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
            others: 0,
        },
    );
    assert_eq!(
        update(
            &mut v,
            &d,
            Action::Hover {
                target: None,
                at: Some([8.0, 5.0]),
                others: 0,
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
fn covered_boxes_relayout_the_labels_once_and_drop_nonsense() {
    let (d, mut v) = setup();
    let legend = [10.0, 400.0, 200.0, 590.0];
    let dirty = update(
        &mut v,
        &d,
        Action::Cover(vec![legend, [f32::NAN, 0.0, 1.0, 1.0]]),
    );
    assert!(dirty.network && dirty.overlay && !dirty.camera && !dirty.url);
    assert_eq!(v.covered, vec![legend]);
    assert_eq!(update(&mut v, &d, Action::Cover(vec![legend])), Dirty::NONE);
    // An empty or inverted box is no box.
    update(
        &mut v,
        &d,
        Action::Cover(vec![[5.0, 5.0, 5.0, 9.0], [9.0, 9.0, 1.0, 1.0]]),
    );
    assert!(v.covered.is_empty());
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
            others: 0,
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

#[test]
fn a_camera_step_is_kept_within_the_zoom_range() {
    let (d, mut v) = setup();
    let w = v.camera.center;
    let to = v.focus([w[0] + 10.0, w[1]], 6.0);
    assert!((to.scale / v.home_scale - 6.0).abs() < 1e-3);
    let dirty = update(&mut v, &d, Action::SetCamera(to));
    assert!(dirty.camera && dirty.url);
    assert_eq!(v.camera, to);
    let wild = crate::view::Camera {
        center: w,
        scale: v.home_scale * 1e6,
    };
    update(&mut v, &d, Action::SetCamera(wild));
    assert!((v.zoom() - crate::view::ZOOM_RANGE.1).abs() < 1e-3);
    let nan = crate::view::Camera {
        center: [f32::NAN, 0.0],
        scale: 1.0,
    };
    assert_eq!(update(&mut v, &d, Action::SetCamera(nan)), Dirty::NONE);
}

#[test]
fn a_framing_holds_across_resizes_until_the_reader_moves_the_camera() {
    let (d, mut v) = setup();
    let home = v.camera;
    assert_eq!(v.region, Some(crate::view::Region::Pacific));
    let dirty = update(&mut v, &d, Action::Frame(crate::view::Region::EastAsia));
    assert!(dirty.camera && dirty.url);
    assert!(v.zoom() > 1.5, "{}", v.zoom());
    // The same framing again is no change.
    assert_eq!(
        update(&mut v, &d, Action::Frame(crate::view::Region::EastAsia)),
        Dirty::NONE
    );
    // A narrower screen still frames East Asia.
    update(&mut v, &d, Action::Resize(Viewport::new(500.0, 600.0, 2.0)));
    assert_eq!(v.camera, v.region_camera(crate::view::Region::EastAsia, &d));
    update(&mut v, &d, Action::Pan([5.0, 5.0]));
    assert_eq!(v.region, None);
    update(
        &mut v,
        &d,
        Action::Resize(Viewport::new(1000.0, 600.0, 2.0)),
    );
    assert_eq!(v.region, None);
    update(&mut v, &d, Action::Home);
    assert_eq!(
        (v.camera, v.region),
        (home, Some(crate::view::Region::Pacific))
    );
    // The search text is part of the view: only the address follows it.
    let dirty = update(&mut v, &d, Action::Query("kobe".into()));
    assert_eq!(
        dirty,
        Dirty {
            url: true,
            ..Dirty::NONE
        }
    );
    assert_eq!(
        update(&mut v, &d, Action::Query("kobe".into())),
        Dirty::NONE
    );
}
