//! The JS API of the network's shape: the arrangement (`setView`, `view`) and the regions
//! rolled up (`setRegions`, `openRegion`, `regions`).

use super::api::method;
use super::js::Obj;
use super::with_app;
use crate::view::Action;
use wasm_bindgen::prelude::*;

/// Adds the methods to `api` (`window.atlas`).
pub fn install(api: &js_sys::Object) -> Result<(), JsValue> {
    method!(api, "setView", |v| {
        // 'map' or 'network'; anything else is refused with the words that would do.
        match v
            .as_string()
            .and_then(|w| crate::layout::Arrangement::from_word(&w))
        {
            Some(a) => {
                with_app(|app| app.arrange(a));
                JsValue::TRUE
            }
            None => js_sys::Error::new("setView takes 'map' or 'network'").into(),
        }
    });
    method!(api, "view", || {
        with_app(|app| {
            Obj::new()
                .set("view", app.view.arrangement.word())
                .set("blend", app.view.blend)
                .set("moving", app.view.morph.is_some())
                .done()
        })
        .unwrap_or(JsValue::NULL)
    });
    method!(api, "setRegions", |m| {
        // 'ties', 'partners' or 'first-year' rolls the places up; null rolls them back.
        let measure = m.as_string().map(|w| crate::view::Measure::parse(&w));
        match measure {
            Some(None) => {
                js_sys::Error::new("setRegions takes 'ties', 'partners', 'first-year' or null")
                    .into()
            }
            m => {
                with_app(|app| app.dispatch(Action::Rollup(m.flatten())));
                JsValue::TRUE
            }
        }
    });
    method!(api, "openRegion", |key, open| {
        // Shows a closed region's places; `false` as the second argument rolls them up again.
        let Some(region) = key.as_string() else {
            return js_sys::Error::new("openRegion takes a region key").into();
        };
        let open = open.as_bool().unwrap_or(true);
        let ok = with_app(|app| {
            let known = app.data.atlas().regions().find(&region).is_some();
            app.dispatch(Action::Open { region, open });
            known
        });
        JsValue::from_bool(ok.unwrap_or(false))
    });
    method!(api, "regions", || {
        with_app(|app| {
            let arr = js_sys::Array::new();
            if let Some(r) = app.with_input(crate::scene::rollup::rolled_up) {
                let list = &app.data.atlas().regions().list;
                let rect = app.ui.stage.get_bounding_client_rect();
                for n in &r.nodes {
                    let o = Obj::new()
                        .set("key", list[n.region].key.as_str())
                        .set("name", list[n.region].name_en.as_str())
                        .set("x", n.at[0] + rect.left() as f32)
                        .set("y", n.at[1] + rect.top() as f32)
                        .set("radius", n.radius)
                        .set("ties", n.ties)
                        .set("partners", n.partners)
                        .set("first", n.first)
                        .done();
                    arr.push(&o);
                }
            }
            JsValue::from(arr)
        })
        .unwrap_or(JsValue::NULL)
    });
    Ok(())
}
