//! Export of the view: as a picture (SVG through the SVG writer behind plotters' backend trait,
//! PNG through the page's own painter on a canvas of its own at the density asked for), both
//! holding the map as the screen shows it with a title naming the filters, the legend and the
//! credits; and as code that embeds the view in another page (an iframe of the compact page).

use super::address::{full_page_address, page_address};
use super::canvas::Surface;
use super::dom;
use super::input::listen;
use super::App;
use crate::details;
use crate::scene::{build_export, Scene, SceneInput};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

impl App {
    /// The picture of the view as an export holds it (the selection, no hover).
    fn export_scene(&mut self) -> Scene {
        let counts = self.data.atlas().counts();
        let mut view = self.view.clone();
        view.hover = None;
        let vis = self.derived.visibility(&self.data, &view.filters);
        let texts = details::export_texts(
            self.data.atlas(),
            &counts,
            &view,
            vis.shown(),
            &vis.by_country,
        );
        let input = SceneInput {
            data: &self.data,
            view: &view,
            vis,
        };
        build_export(&self.land, &input, &texts)
    }

    /// The view as an SVG document.
    pub(super) fn export_svg(&mut self) -> Result<String, String> {
        crate::render::to_svg(&self.export_scene())
    }

    /// The view as a PNG (a data URL) at `scale` device pixels per CSS pixel (0: the screen's).
    pub(super) fn export_png(&mut self, scale: f32) -> Result<String, JsValue> {
        let scale = if scale > 0.0 {
            scale.min(4.0)
        } else {
            self.view.vp.dpr
        };
        let scene = self.export_scene();
        let canvas: web_sys::HtmlCanvasElement =
            self.ui.doc.create_element("canvas")?.dyn_into()?;
        let surface = Surface::new(canvas.clone())?;
        surface.resize(scene.width, scene.height, scale);
        surface.paint(&scene, scale)?;
        canvas.to_data_url_with_type("image/png")
    }

    /// A button of the export menu was clicked.
    fn on_export_click(&mut self, e: &web_sys::MouseEvent) {
        if dom::clicked_attr(e, "[data-embed]", "data-embed").is_some() {
            if let Err(e) = self.show_embed() {
                web_sys::console::error_1(&e);
            }
            return;
        }
        let Some(kind) = dom::clicked_attr(e, "[data-export]", "data-export") else {
            return;
        };
        let doc = self.ui.doc.clone();
        let r = if kind == "svg" {
            self.export_svg()
                .map_err(|e| JsValue::from_str(&e))
                .and_then(|svg| dom::download(&doc, "sister-city-atlas.svg", "image/svg+xml", &svg))
        } else {
            let scale = dom::clicked_attr(e, "[data-scale]", "data-scale")
                .and_then(|s| s.parse::<f32>().ok())
                .unwrap_or(0.0);
            self.export_png(scale)
                .and_then(|url| dom::save(&doc, "sister-city-atlas.png", &url))
        };
        if let Err(e) = r {
            web_sys::console::error_1(&e);
        }
    }
}

/// Listens to the export menu.
pub fn install(doc: &web_sys::Document) -> Result<(), JsValue> {
    let menu: web_sys::EventTarget = dom::by_id(doc, "export")?.into();
    listen::<web_sys::MouseEvent>(&menu, "click", true, |a, e| a.on_export_click(e))?;
    install_embed(doc)
}

impl App {
    /// Shows the embed code of the view now.
    fn show_embed(&mut self) -> Result<(), JsValue> {
        let page = full_page_address();
        let snippet =
            details::embed_snippet(&page, &crate::view::url::encode(&self.view, &self.data));
        let doc = &self.ui.doc;
        let code: web_sys::HtmlTextAreaElement = dom::by_id(doc, "embed-code")?.dyn_into()?;
        code.set_value(&snippet);
        dom::by_id(doc, "embed-said")?.set_text_content(None);
        dom::by_id(doc, "embed")?.set_hidden(false);
        if let Ok(menu) = dom::by_id(doc, "export") {
            let _ = menu.remove_attribute("open");
        }
        let _ = code.focus();
        code.select();
        Ok(())
    }
}

/// Copies `text` to the clipboard (where the page may), through the asynchronous clipboard API.
fn copy(text: &str) -> bool {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    let clip =
        js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard")).unwrap_or(JsValue::UNDEFINED);
    let write = js_sys::Reflect::get(&clip, &JsValue::from_str("writeText"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    write.is_some_and(|f| f.call1(&clip, &JsValue::from_str(text)).is_ok())
}

/// The embed box: open from the export menu, copy, close; and, in an embedded page, the link
/// to the full atlas.
pub fn install_embed(doc: &web_sys::Document) -> Result<(), JsValue> {
    let copy_button: web_sys::EventTarget = dom::by_id(doc, "embed-copy")?.into();
    listen::<web_sys::Event>(&copy_button, "click", true, |a, _| {
        let doc = &a.ui.doc;
        let text = dom::by_id(doc, "embed-code")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            .map(|c| c.value())
            .unwrap_or_default();
        let said = if copy(&text) {
            "Copied."
        } else {
            "Select the code and copy it."
        };
        if let Ok(s) = dom::by_id(doc, "embed-said") {
            s.set_text_content(Some(said));
        }
    })?;
    let close: web_sys::EventTarget = dom::by_id(doc, "embed-close")?.into();
    listen::<web_sys::Event>(&close, "click", true, |a, _| {
        if let Ok(b) = dom::by_id(&a.ui.doc, "embed") {
            b.set_hidden(true);
        }
    })?;
    // Embedded: no page header; a link opens the same view in the full atlas.
    let embedded = page_address().contains("embed=1");
    if embedded {
        if let Some(root) = doc.document_element() {
            root.set_attribute("data-embed", "")?;
        }
        let link = dom::by_id(doc, "open-full")?;
        link.set_hidden(false);
        let target: web_sys::EventTarget = link.into();
        listen::<web_sys::Event>(&target, "click", true, |a, _| {
            let page = full_page_address();
            let fragment = crate::view::url::encode(&a.view, &a.data);
            if let Ok(l) = dom::by_id(&a.ui.doc, "open-full") {
                let _ = l.set_attribute("href", &format!("{page}#{fragment}"));
            }
        })?;
    }
    Ok(())
}
