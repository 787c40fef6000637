//! In-browser tests (wasm-bindgen-test in headless Chromium): the parts where the browser
//! matters — canvas pixels at a device pixel ratio, and untrusted text reaching the DOM as text.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test

use sister_atlas::model::Atlas;
use sister_atlas::scene::{Batch, Rgba, Scene, Shape, Style};
use sister_atlas::view::Visibility;
use sister_atlas::web::{canvas::Surface, dom, panel};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn canvas() -> web_sys::HtmlCanvasElement {
    let doc = dom::document().unwrap();
    let c = doc.create_element("canvas").unwrap();
    doc.body().unwrap().append_child(&c).unwrap();
    c.dyn_into().unwrap()
}

fn pixel(s: &Surface, x: f64, y: f64) -> [u8; 4] {
    let d = s.ctx.get_image_data(x, y, 1.0, 1.0).unwrap().data();
    [d[0], d[1], d[2], d[3]]
}

#[wasm_bindgen_test]
fn painter_draws_batches_at_the_device_pixel_ratio() {
    let s = Surface::new(canvas()).unwrap();
    s.resize(100.0, 60.0, 2.0);
    assert_eq!((s.canvas.width(), s.canvas.height()), (200, 120));
    let scene = Scene {
        width: 100.0,
        height: 60.0,
        background: Some(Rgba(10, 20, 30, 255)),
        batches: vec![Batch {
            style: Style::fill(Rgba(200, 0, 0, 255)),
            shapes: vec![Shape::Circle([75.0, 30.0], 10.0)],
        }],
        labels: vec![],
        sampling: None,
    };
    s.paint(&scene, 2.0).unwrap();
    // Circle centre (75, 30) CSS px = (150, 60) device px; a CSS point at 19 px from the centre
    // (outside the radius) is background.
    assert_eq!(pixel(&s, 150.0, 60.0), [200, 0, 0, 255]);
    assert_eq!(pixel(&s, 150.0 + 19.0 * 2.0, 60.0), [10, 20, 30, 255]);
    assert_eq!(pixel(&s, 1.0, 1.0), [10, 20, 30, 255]);
    // Repainting an empty transparent scene clears everything.
    let empty = Scene {
        background: None,
        batches: vec![],
        ..scene
    };
    s.paint(&empty, 2.0).unwrap();
    assert_eq!(pixel(&s, 150.0, 60.0), [0, 0, 0, 0]);
}

#[wasm_bindgen_test]
fn hostile_strings_reach_the_dom_as_text() {
    let places = "id,country,level,name_en,name_zh,name_ja,name_kana,name_ko,region_en,region_local,lat,lon,coord_source
cn-a,CN,city,<img src=x onerror=alert(1)>,<b>甲</b>,,,,Hebei,,38.0,115.0,x
jp-b,JP,city,B,,<script>alert(2)</script>,,,Hyogo,,34.7,135.2,x
";
    let links = "a,b,kind,date,date_source,sources,note
cn-a,jp-b,,,,evil,<i>note</i>
";
    let sources = "key,title,url,licence
evil,<a href=x>t</a>,javascript:alert(3),x
";
    let (atlas, issues) = Atlas::from_csv(places, links, sources);
    assert!(issues.is_empty(), "{issues:?}");
    let doc = dom::document().unwrap();
    let host: web_sys::HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    for id in ["cn-a", "jp-b"] {
        let d = sister_atlas::details::place_details(&atlas, atlas.index_of(id).unwrap(), None)
            .unwrap();
        let life = sister_atlas::web::panel_life::PlaceLife::default();
        panel::render_place(&doc, &host, &d, None, &life).unwrap();
        for tag in ["img", "script", "b", "i"] {
            assert!(host.query_selector(tag).unwrap().is_none(), "{tag} in {id}");
        }
        let anchors = host.query_selector_all("a").unwrap();
        for i in 0..anchors.length() {
            let a: web_sys::Element = anchors.item(i).unwrap().dyn_into().unwrap();
            let href = a.get_attribute("href").unwrap_or_default();
            assert!(href.starts_with("http"), "{href}");
        }
    }
    let text = host.text_content().unwrap();
    assert!(text.contains("<img src=x onerror=alert(1)>"), "{text}");
    assert!(text.contains("<i>note</i>"));
}

#[wasm_bindgen_test]
fn errors_and_data_problems_are_shown_on_the_page() {
    let doc = dom::document().unwrap();
    let body = doc.body().unwrap();
    for id in ["error", "warnings"] {
        let e = doc.create_element("div").unwrap();
        e.set_id(id);
        e.set_attribute("hidden", "").unwrap();
        body.append_child(&e).unwrap();
    }
    dom::show_error("The atlas could not start: <b>bad</b> data");
    let e: web_sys::HtmlElement = doc.get_element_by_id("error").unwrap().dyn_into().unwrap();
    assert!(!e.hidden());
    assert_eq!(
        e.text_content().unwrap(),
        "The atlas could not start: <b>bad</b> data"
    );
    assert!(e.query_selector("b").unwrap().is_none());

    // Rows left out of the data are listed, line and field included.
    let (_, issues) = Atlas::from_csv(
        "id,country,level,name_en,name_zh,name_ja,name_kana,name_ko,region_en,region_local,lat,lon,coord_source\ncn-a,CN,city,A,甲,,,,,,north,1,x\n",
        "a,b,kind,date,date_source,sources,note\n",
        "key,title,url,licence\n",
    );
    let lines: Vec<String> = issues.iter().map(ToString::to_string).collect();
    dom::show_issues(&doc, &lines).unwrap();
    let w: web_sys::HtmlElement = doc
        .get_element_by_id("warnings")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(!w.hidden());
    let text = w.text_content().unwrap();
    assert!(text.contains("1 problem in the data"), "{text}");
    assert!(
        text.contains("places.csv line 2, field “lat”: not a number"),
        "{text}"
    );
}

fn div(doc: &web_sys::Document) -> web_sys::HtmlElement {
    let e: web_sys::HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    doc.body().unwrap().append_child(&e).unwrap();
    e
}

#[wasm_bindgen_test]
fn the_panel_and_tooltip_follow_the_view_state() {
    use sister_atlas::dataset::Dataset;
    use sister_atlas::view::{update, Action, Derived, Target, ViewState, Viewport};
    let (atlas, _) = Atlas::embedded();
    let data = Dataset::new(atlas, Vec::new()).unwrap();
    let mut view = ViewState::home(data.bounds(), Viewport::new(800.0, 500.0, 1.0));
    let doc = dom::document().unwrap();
    let p = panel::Panel {
        doc: doc.clone(),
        aside: div(&doc),
        body: div(&doc),
        tooltip: div(&doc),
        announce: div(&doc),
    };
    let stage = div(&doc);
    p.show(
        &data,
        &view,
        &Visibility::compute(data.atlas(), &view.filters),
    )
    .unwrap();
    assert!(p.aside.hidden(), "nothing selected: no panel");
    let kobe = Target::from_key(data.atlas(), "jp-kobe");
    let d = update(&mut view, &data, Action::Select(kobe.clone()));
    assert!(d.panel);
    p.show(
        &data,
        &view,
        &Visibility::compute(data.atlas(), &view.filters),
    )
    .unwrap();
    assert!(!p.aside.hidden());
    let text = p.body.text_content().unwrap();
    assert!(
        text.contains("Kobe") && text.contains("神戸市") && text.contains("Tianjin"),
        "{text}"
    );
    // The live region says what opened, once: a redraw of the same selection is not said again.
    let said = p.announce.text_content().unwrap();
    assert!(said.starts_with("Details: Kobe 神戸市"), "{said}");
    p.announce.set_text_content(Some(""));
    p.show(
        &data,
        &view,
        &Visibility::compute(data.atlas(), &view.filters),
    )
    .unwrap();
    assert_eq!(p.announce.text_content().unwrap(), "");
    // Partner rows name their country in words for screen readers, not by colour alone.
    let rows = p.body.query_selector_all(".partners button").unwrap();
    let first = rows.get(0).unwrap().text_content().unwrap();
    assert!(first.starts_with("CNChina, Tianjin"), "{first}");
    // A click where several places lie: the first is selected, the panel lists them all.
    let (hyogo, kobe_t) = (
        Target::from_key(data.atlas(), "jp-hyogo-prefecture").unwrap(),
        kobe.clone().unwrap(),
    );
    let here = sister_atlas::view::Chooser {
        places: vec![kobe_t.clone(), hyogo.clone()],
        more: 0,
    };
    update(
        &mut view,
        &data,
        Action::Pick {
            target: Some(kobe_t),
            here,
        },
    );
    p.show(
        &data,
        &view,
        &Visibility::compute(data.atlas(), &view.filters),
    )
    .unwrap();
    let chooser = p.body.query_selector(".here").unwrap().unwrap();
    let text = chooser.text_content().unwrap();
    assert!(
        text.starts_with("2 places here:") && text.contains("Hyōgo"),
        "{text}"
    );
    let current = chooser
        .query_selector("[aria-current]")
        .unwrap()
        .unwrap()
        .get_attribute("data-id");
    assert_eq!(current.as_deref(), Some("jp-kobe"));

    // A tie: both places named in the title.
    let tie = Target::from_key(data.atlas(), "jp-kobe~cn-tianjin");
    update(&mut view, &data, Action::Select(tie));
    p.show(
        &data,
        &view,
        &Visibility::compute(data.atlas(), &view.filters),
    )
    .unwrap();
    let title = doc
        .get_element_by_id("details-title")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        title.contains("Tianjin") && title.contains("Kobe"),
        "{title}"
    );

    // The tooltip says what is hovered, where the pointer is, and goes with the hover.
    let mut derived = Derived::default();
    update(
        &mut view,
        &data,
        Action::Hover {
            target: kobe,
            at: Some([100.0, 100.0]),
            others: 1,
        },
    );
    let vis = derived.visibility(&data, &view.filters);
    p.tooltip(&data, &view, vis, &stage);
    assert!(!p.tooltip.hidden());
    let tip = p.tooltip.text_content().unwrap();
    assert!(tip.starts_with("Kobe 神戸市 · "), "{tip}");
    assert!(tip.ends_with(" · 1 more place here"), "{tip}");
    assert_eq!(
        stage.style().get_property_value("cursor").unwrap(),
        "pointer"
    );
    update(
        &mut view,
        &data,
        Action::Hover {
            target: None,
            at: None,
            others: 0,
        },
    );
    p.tooltip(&data, &view, vis, &stage);
    assert!(p.tooltip.hidden());
}

/// `o[k1][k2]…` of a JS value.
fn get(o: &wasm_bindgen::JsValue, path: &[&str]) -> wasm_bindgen::JsValue {
    path.iter().fold(o.clone(), |v, k| {
        let key = match k.parse::<u32>() {
            Ok(i) => wasm_bindgen::JsValue::from_f64(f64::from(i)),
            Err(_) => wasm_bindgen::JsValue::from_str(k),
        };
        js_sys::Reflect::get(&v, &key).unwrap()
    })
}

#[wasm_bindgen_test]
fn js_records_keep_their_shape() {
    use sister_atlas::details;
    use sister_atlas::web::js::ToJs;
    let (atlas, _) = Atlas::embedded();
    let kobe = details::place_details(&atlas, atlas.index_of("jp-kobe").unwrap(), None).unwrap();
    let v = kobe.to_js();
    assert_eq!(get(&v, &["country"]).as_string().unwrap(), "JP");
    assert_eq!(get(&v, &["names", "ja"]).as_string().unwrap(), "神戸市");
    assert!(js_sys::Array::is_array(&get(&v, &["partners_by_country"])));
    // A partner's place and tie fields sit side by side.
    let first = get(&v, &["partners", "0"]);
    assert_eq!(get(&first, &["id"]).as_string().unwrap(), "cn-tianjin");
    assert_eq!(get(&first, &["country"]).as_string().unwrap(), "CN");
    assert_eq!(get(&first, &["date"]).as_string().unwrap(), "1973-06-24");
    assert_eq!(get(&first, &["year"]).as_f64(), Some(1973.0));
    assert!(get(&first, &["sources", "0", "url"])
        .as_string()
        .unwrap()
        .starts_with("http"));
    let l = atlas.link_between("cn-tianjin", "jp-kobe").unwrap();
    let v = details::link_details(&atlas, l).unwrap().to_js();
    assert_eq!(get(&v, &["a", "id"]).as_string().unwrap(), "cn-tianjin");
    assert_eq!(get(&v, &["b", "name_local"]).as_string().unwrap(), "神戸市");
    assert_eq!(get(&v, &["tier"]).as_string().unwrap(), "province-level");
    // An absent value is undefined, as JavaScript code expects of a missing field.
    let undated = atlas.links.iter().position(|l| l.date.is_none()).unwrap();
    let v = details::link_details(&atlas, undated).unwrap().to_js();
    assert!(get(&v, &["date"]).is_undefined() && get(&v, &["year"]).is_undefined());
    let all = details::place_summaries(&atlas).to_js();
    assert_eq!(
        js_sys::Array::from(&all).length() as usize,
        atlas.places.len()
    );
}
