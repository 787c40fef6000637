//! Export of the view as a picture: SVG through plotters' SVG backend, PNG through the page's
//! own painter on a canvas of its own at the density asked for. Both hold the map as the
//! screen shows it with a title naming the filters, the legend and the credits.

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
    listen::<web_sys::MouseEvent>(&menu, "click", true, |a, e| a.on_export_click(e))
}
