//! DOM helpers and the page's fixed parts: the legend, the status line, the palette's CSS
//! variables and visible error messages.
//!
//! Every string from the data reaches the DOM through `textContent` or an attribute, never as
//! HTML; links get an `href` only when they are http(s) URLs.

use crate::details::{self, LegendEntry};
use crate::model::{Country, Counts, PerCountry};
use crate::render::css;
use crate::scene::palette;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

pub fn document() -> Result<Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))
}

pub fn by_id(doc: &Document, id: &str) -> Result<HtmlElement, JsValue> {
    doc.get_element_by_id(id)
        .ok_or_else(|| JsValue::from_str(&format!("the page has no #{id} element")))?
        .dyn_into::<HtmlElement>()
        .map_err(|_| JsValue::from_str(&format!("#{id} is not an HTML element")))
}

/// Attribute `attr` of the nearest element matching `selector` at or above an event's target
/// (the item a delegated click landed in).
pub fn clicked_attr(e: &web_sys::Event, selector: &str, attr: &str) -> Option<String> {
    e.target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()??
        .get_attribute(attr)
}

/// `<tag class=…>text</tag>`, text set as text.
pub fn el(doc: &Document, tag: &str, class: &str, text: &str) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if !text.is_empty() {
        e.set_text_content(Some(text));
    }
    Ok(e)
}

/// Text in a language of its own (`lang` attribute), so that CJK text gets its own glyphs.
pub fn lang_span(doc: &Document, text: &str, lang: &str) -> Result<Element, JsValue> {
    let s = el(doc, "span", "", text)?;
    s.set_attribute("lang", lang)?;
    Ok(s)
}

/// An external link that opens in a new tab, or plain text when `url` is not http(s).
pub fn ext_link(
    doc: &Document,
    label: &str,
    title: &str,
    url: Option<&str>,
) -> Result<Element, JsValue> {
    match url.filter(|u| crate::model::is_http_url(u)) {
        Some(u) => {
            let a = el(doc, "a", "", label)?;
            if !title.is_empty() && title != label {
                a.set_attribute("title", title)?;
            }
            a.set_attribute("href", u)?;
            a.set_attribute("target", "_blank")?;
            a.set_attribute("rel", "noopener noreferrer")?;
            Ok(a)
        }
        None => el(doc, "span", "", label),
    }
}

/// The legend: the countries' colours with their counts, the tie widths, the circle sizes.
/// The partner countries are buttons that show or hide their ties (`aria-pressed` when shown).
pub fn render_legend(
    doc: &Document,
    host: &HtmlElement,
    counts: &Counts,
    shown: &PerCountry<bool>,
    ties_shown: &PerCountry<usize>,
    events: bool,
) -> Result<(), JsValue> {
    host.set_text_content(None);
    let ul = el(doc, "ul", "", "")?;
    for entry in details::legend(counts, ties_shown, events) {
        let li = el(doc, "li", "", "")?;
        let text = match &entry {
            LegendEntry::Place(c, text) => {
                let class = if *c == Country::CN {
                    "swatch node"
                } else {
                    "swatch"
                };
                let sw = el(doc, "span", class, "")?;
                sw.set_attribute(
                    "style",
                    &format!("background:{}", css::hex(palette::country(*c))),
                )?;
                if *c != Country::CN {
                    let b = el(doc, "button", "toggle", "")?;
                    b.set_attribute("type", "button")?;
                    b.set_attribute("data-country", c.code())?;
                    b.set_attribute("aria-pressed", if shown[*c] { "true" } else { "false" })?;
                    b.set_attribute("title", &format!("Show or hide the ties to {}", c.name()))?;
                    b.append_child(&sw)?;
                    b.append_child(&doc.create_text_node(text))?;
                    li.append_child(&b)?;
                    ul.append_child(&li)?;
                    continue;
                }
                li.append_child(&sw)?;
                text.as_str()
            }
            LegendEntry::Line { heavy, text } => {
                let class = if *heavy {
                    "swatch line heavy"
                } else {
                    "swatch line"
                };
                li.append_child(&*el(doc, "span", class, "")?)?;
                text
            }
            LegendEntry::Stroke { pattern, text } => {
                let class = format!("swatch line {pattern}");
                li.append_child(&*el(doc, "span", &class, "")?)?;
                text
            }
            LegendEntry::Ring(text) => {
                li.append_child(&*el(doc, "span", "swatch ring", "")?)?;
                text
            }
            LegendEntry::Event(text) => {
                li.append_child(&*el(doc, "span", "swatch diamond", "")?)?;
                text
            }
            LegendEntry::Note(text) => {
                li.set_class_name("muted");
                text
            }
        };
        li.append_child(&doc.create_text_node(text))?;
        ul.append_child(&li)?;
    }
    host.append_child(&ul)?;
    Ok(())
}

/// Shows a blocking error over the map.
pub fn show_error(message: &str) {
    let Ok(doc) = document() else { return };
    if let Ok(e) = by_id(&doc, "error") {
        e.set_text_content(Some(message));
        e.set_hidden(false);
    }
}

/// Shows non-fatal data problems (rows left out), one line each.
pub fn show_issues(doc: &Document, issues: &[String]) -> Result<(), JsValue> {
    let host = by_id(doc, "warnings")?;
    host.set_text_content(None);
    host.set_hidden(issues.is_empty());
    if issues.is_empty() {
        return Ok(());
    }
    let det = el(doc, "details", "", "")?;
    det.append_child(&*el(
        doc,
        "summary",
        "",
        &details::issues_summary(issues.len()),
    )?)?;
    let ul = el(doc, "ul", "", "")?;
    const SHOWN: usize = 200;
    for i in issues.iter().take(SHOWN) {
        ul.append_child(&*el(doc, "li", "", i)?)?;
    }
    if issues.len() > SHOWN {
        let more = format!("… and {} more", issues.len() - SHOWN);
        ul.append_child(&*el(doc, "li", "", &more)?)?;
    }
    det.append_child(&ul)?;
    host.append_child(&det)?;
    Ok(())
}

/// Offers `text` as a file called `name` to save.
pub fn download(doc: &Document, name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    save(doc, name, &url)?;
    web_sys::Url::revoke_object_url(&url)
}

/// Offers what `url` (a blob or data URL) holds as a file called `name` to save.
pub fn save(doc: &Document, name: &str, url: &str) -> Result<(), JsValue> {
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(url);
    a.set_download(name);
    a.click();
    Ok(())
}

/// The map's own controls, which labels keep off: the zoom buttons, the framing and tool
/// buttons, the legend, the credits and the link out of an embedded page (menus and panels that
/// open over the map for a moment are left out).
const CONTROLS: &str =
    ".zoom, .regions, .tools > button, #export > summary, #legend-box, #chart, #timeline, .credit, #open-full, #hubs, .rollup-pick";

/// Where the row of tools over the map ends (CSS px from the stage's top).
pub fn tools_bottom(doc: &Document, stage: &HtmlElement) -> Option<f32> {
    let tools = doc.query_selector(".tools").ok().flatten()?;
    let bottom = tools.get_bounding_client_rect().bottom() - stage.get_bounding_client_rect().top();
    (bottom.is_finite() && bottom > 0.0).then_some(bottom as f32)
}

/// The boxes (CSS px of the stage, `[x0, y0, x1, y1]`) the visible controls cover.
pub fn covered_boxes(doc: &Document, stage: &HtmlElement) -> Vec<[f32; 4]> {
    let Ok(list) = doc.query_selector_all(CONTROLS) else {
        return Vec::new();
    };
    let s = stage.get_bounding_client_rect();
    (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into::<Element>().ok())
        .map(|el| el.get_bounding_client_rect())
        .filter(|r| r.width() > 0.0 && r.height() > 0.0)
        .map(|r| {
            [
                (r.left() - s.left()) as f32,
                (r.top() - s.top()) as f32,
                (r.right() - s.left()) as f32,
                (r.bottom() - s.top()) as f32,
            ]
        })
        .collect()
}
