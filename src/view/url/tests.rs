use super::*;
use crate::model::testing::fixture;
use crate::model::{Country, Tier};
use crate::view::{update, Action, Viewport};

fn setup() -> (Dataset, ViewState) {
    let d = Dataset::new(fixture(), Vec::new()).unwrap();
    let v = ViewState::home(d.bounds(), Viewport::new(1000.0, 600.0, 1.0));
    (d, v)
}

#[test]
fn a_view_survives_the_round_trip() {
    let (d, mut v) = setup();
    update(
        &mut v,
        &d,
        Action::Zoom {
            factor: 6.5,
            anchor: Some([420.0, 260.0]),
        },
    );
    update(
        &mut v,
        &d,
        Action::Select(Target::from_key(d.atlas(), "jp-kobe~cn-tianjin")),
    );
    let mut f = v.filters;
    f.countries[Country::US] = false;
    f.tiers[Tier::District.index()] = false;
    f.until_year = Some(1995);
    update(&mut v, &d, Action::SetFilters(f));
    let url = encode(&v, &d);
    assert!(
        url.contains("sel=cn-tianjin~jp-kobe") && url.contains("countries=JP,KR"),
        "{url}"
    );
    let (link, problems) = decode(&format!("#{url}"), &d);
    assert!(problems.is_empty(), "{problems:?}");
    let mut w = ViewState::home(d.bounds(), v.vp);
    update(&mut w, &d, Action::Restore(link));
    assert_eq!(w.selection, v.selection);
    assert_eq!(w.filters, v.filters);
    assert!(
        (w.zoom() - v.zoom()).abs() < 0.01,
        "{} {}",
        w.zoom(),
        v.zoom()
    );
    let (a, b) = (w.camera.center, v.camera.center);
    // Four decimals of a degree.
    assert!(
        (a[0] - b[0]).abs() < 1e-3 && (a[1] - b[1]).abs() < 1e-3,
        "{a:?} {b:?}"
    );
    // And the same URL again.
    assert_eq!(encode(&w, &d), url);
}

#[test]
fn a_framing_and_the_search_text_survive_the_round_trip() {
    let (d, mut v) = setup();
    // The whole network needs no camera in the link.
    assert_eq!(encode(&v, &d), "");
    update(&mut v, &d, Action::Frame(Region::EastAsia));
    update(&mut v, &d, Action::Query("Xi'an & 天津".into()));
    let sort = crate::view::TableSort {
        column: crate::view::TableColumn::Kind,
        descending: true,
    };
    update(&mut v, &d, Action::Table(Some(sort)));
    let url = encode(&v, &d);
    assert!(
        url.starts_with("region=east-asia") && !url.contains("map="),
        "{url}"
    );
    let (link, problems) = decode(&url, &d);
    assert!(problems.is_empty(), "{problems:?}");
    let mut w = ViewState::home(d.bounds(), Viewport::new(700.0, 900.0, 1.0));
    update(&mut w, &d, Action::Restore(link));
    assert_eq!(
        (w.region, w.query.as_str()),
        (Some(Region::EastAsia), "Xi'an & 天津")
    );
    // The framing fits the reader's own screen.
    assert_eq!(w.camera, w.region_camera(Region::EastAsia, &d));
    // Moving the camera leaves the framing: the link says where the camera is.
    update(&mut w, &d, Action::Pan([10.0, 0.0]));
    assert!(encode(&w, &d).starts_with("map="));
    // Search text is kept short.
    update(&mut w, &d, Action::Query("x".repeat(500)));
    let (link, _) = decode(&encode(&w, &d), &d);
    assert_eq!(link.query.len(), QUERY_MAX);
}

#[test]
fn garbage_is_left_at_the_default_and_said() {
    let (d, _) = setup();
    for (frag, says) in [
        ("map=999/35/139", "map position"),
        ("map=2/95/139", "map position"),
        ("map=2/35", "map position"),
        ("map=NaN/1/2", "map position"),
        ("sel=xx-nowhere", "no place, tie or event"),
        ("countries=JP,XX", "partner countries"),
        ("countries=CN", "partner countries"),
        ("tiers=galaxy", "levels"),
        ("region=atlantis", "not a region"),
        ("table=colour", "not a column"),
        ("until=year", "not a year"),
        ("until=99999", "not a year"),
        ("zoomzoom", "not known"),
        ("sel=%E0%A4%A", "no place, tie or event"),
    ] {
        let (link, problems) = decode(frag, &d);
        assert_eq!(problems.len(), 1, "{frag}: {problems:?}");
        assert!(problems[0].contains(says), "{frag}: {problems:?}");
        assert_eq!(link.filters, Filters::default(), "{frag}");
        assert!(link.map.is_none() && link.selection.is_none(), "{frag}");
    }
    // A long value is quoted shortly.
    let (_, p) = decode(&format!("sel={}", "x".repeat(500)), &d);
    assert!(p[0].chars().count() < 80, "{p:?}");
    assert_eq!(decode("", &d), (Link::default(), Vec::new()));
    assert_eq!(escape("a b&c"), "a%20b%26c");
    assert_eq!(unescape("a%20b%26c+d"), "a b&c d");
}

#[test]
fn a_selected_event_and_the_events_layer_survive_the_round_trip() {
    let d = Dataset::embedded().unwrap();
    let mut v = ViewState::home(d.bounds(), Viewport::new(1000.0, 600.0, 1.0));
    update(&mut v, &d, Action::Events(true));
    let key = "event-2023-11-03-conference-suzhou";
    let t = Target::from_key(d.atlas(), key).expect("the 2023 conference in Suzhou");
    update(&mut v, &d, Action::Select(Some(t.clone())));
    let url = encode(&v, &d);
    assert!(
        url.contains(&format!("sel={key}")) && url.contains("events=on"),
        "{url}"
    );
    let (link, problems) = decode(&url, &d);
    assert!(problems.is_empty(), "{problems:?}");
    let mut w = ViewState::home(d.bounds(), v.vp);
    update(&mut w, &d, Action::Restore(link));
    assert_eq!(w.selection, Some(t));
    assert!(w.layers.events);
    let (_, problems) = decode("events=maybe&sel=event-1066-battle", &d);
    assert_eq!(problems.len(), 2, "{problems:?}");
}
