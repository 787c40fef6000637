//! DOM pieces: the details panel, the legend, the status line and visible error messages.
//!
//! Every string from the data reaches the DOM through `textContent` or an attribute, never as
//! HTML; links get an `href` only when they are http(s) URLs.

use crate::model::{Country, Coverage, LinkDetails, PlaceDetails, SourceLink};
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

fn lang_span(doc: &Document, text: &str, lang: &str) -> Result<Element, JsValue> {
    let s = el(doc, "span", "", text)?;
    s.set_attribute("lang", lang)?;
    Ok(s)
}

/// An external link that opens in a new tab, or plain text when `url` is not http(s).
fn ext_link(
    doc: &Document,
    label: &str,
    title: &str,
    url: Option<&str>,
) -> Result<Element, JsValue> {
    match url.filter(|u| u.starts_with("https://") || u.starts_with("http://")) {
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

/// The English name in a span of class `class`, then the local name, in its language, where it
/// differs.
fn append_names(
    doc: &Document,
    parent: &Element,
    class: &str,
    en: &str,
    local: &str,
    country: &str,
) -> Result<(), JsValue> {
    parent.append_child(&*el(doc, "span", class, en)?)?;
    if !local.is_empty() && local != en {
        let s = lang_span(doc, local, country_lang(country))?;
        s.set_class_name("local");
        parent.append_child(&s)?;
    }
    Ok(())
}

/// "date: host · sources: A; B": where a tie's date and the tie itself come from, as links.
fn sources_line(
    doc: &Document,
    date_source: Option<&str>,
    sources: &[SourceLink],
) -> Result<Element, JsValue> {
    let src = el(doc, "div", "sources", "")?;
    if let Some(ds) = date_source {
        src.append_child(&doc.create_text_node("date: "))?;
        src.append_child(&*ext_link(doc, crate::model::url_host(ds), ds, Some(ds))?)?;
        src.append_child(&doc.create_text_node(" · "))?;
    }
    let label = if sources.len() > 1 {
        "sources: "
    } else {
        "source: "
    };
    src.append_child(&doc.create_text_node(label))?;
    for (i, s) in sources.iter().enumerate() {
        if i > 0 {
            src.append_child(&doc.create_text_node("; "))?;
        }
        src.append_child(&*ext_link(doc, &s.label, &s.title, s.url.as_deref())?)?;
    }
    Ok(src)
}

fn country_lang(code: &str) -> &'static str {
    match code {
        "CN" => "zh-Hans",
        "JP" => "ja",
        "KR" => "ko",
        _ => "en",
    }
}

/// Fills the details panel with one place.
pub fn render_details(doc: &Document, body: &HtmlElement, d: &PlaceDetails) -> Result<(), JsValue> {
    body.set_text_content(None);
    let h = el(doc, "h2", "", "")?;
    h.set_id("details-title");
    let local = Country::parse(d.country).map_or("", |c| d.names.local(c));
    append_names(doc, &h, "", &d.names.en, local, d.country)?;
    body.append_child(&h)?;

    let sub = el(doc, "p", "subtitle", "")?;
    let badge = el(
        doc,
        "span",
        &format!("badge c-{}", d.country),
        d.country_name,
    )?;
    sub.append_child(&badge)?;
    let mut region = d.level.to_owned();
    if !d.region_en.is_empty() && d.region_en != d.names.en {
        region.push_str(" in ");
        region.push_str(&d.region_en);
    }
    sub.append_child(&doc.create_text_node(&format!(" {region}")))?;
    if !d.region_local.is_empty() && d.region_local != local {
        sub.append_child(&doc.create_text_node(" · "))?;
        sub.append_child(&*lang_span(doc, &d.region_local, country_lang(d.country))?)?;
    }
    body.append_child(&sub)?;

    let names = el(doc, "dl", "names", "")?;
    let rows = [
        ("English / romanised", d.names.en.as_str(), "en"),
        ("汉字 (Chinese)", d.names.zh.as_str(), "zh-Hans"),
        ("日本語 (Japanese)", d.names.ja.as_str(), "ja"),
        ("かな (reading)", d.names.kana.as_str(), "ja"),
        ("한국어 (Korean)", d.names.ko.as_str(), "ko"),
    ];
    for (label, value, lang) in rows {
        if value.is_empty() {
            continue;
        }
        names.append_child(&*el(doc, "dt", "", label)?)?;
        let dd = el(doc, "dd", "", "")?;
        dd.append_child(&*lang_span(doc, value, lang)?)?;
        names.append_child(&dd)?;
    }
    body.append_child(&names)?;

    let counts = el(doc, "p", "counts", "")?;
    let mut parts = Vec::new();
    for (k, c) in Country::PARTNERS.iter().enumerate() {
        if d.partners_by_country[k] > 0 {
            parts.push(format!("{} {}", d.partners_by_country[k], c.name()));
        }
    }
    let plural = if d.partner_count == 1 { "" } else { "s" };
    let by = if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    };
    counts.set_text_content(Some(&format!(
        "{} partner{plural}{by} · {} with a known year",
        d.partner_count, d.dated_count
    )));
    body.append_child(&counts)?;

    let list = el(doc, "ol", "partners", "")?;
    list.set_attribute("aria-label", "Partners")?;
    for e in &d.partners {
        let p = &e.place;
        let li = el(doc, "li", "", "")?;
        let b = el(doc, "button", "partner", "")?;
        b.set_attribute("type", "button")?;
        b.set_attribute("data-id", &p.id)?;
        let dot = el(doc, "span", &format!("dot c-{}", p.country), "")?;
        dot.set_attribute("aria-hidden", "true")?;
        b.append_child(&dot)?;
        append_names(doc, &b, "pname", &p.name_en, &p.name_local, p.country)?;
        li.append_child(&b)?;
        let meta = el(doc, "div", "meta", "")?;
        let year = match &e.tie.date {
            Some(date) => el(doc, "span", "year", date)?,
            None => el(doc, "span", "year unknown", "year unknown")?,
        };
        meta.append_child(&year)?;
        let mut what = String::new();
        if let Some(kind) = e.tie.kind {
            what.push_str(&format!(" · {kind}"));
        }
        if p.region_en.is_empty() {
            what.push_str(&format!(" · {}", p.level));
        } else {
            what.push_str(&format!(" · {} ({})", p.region_en, p.level));
        }
        meta.append_child(&doc.create_text_node(&what))?;
        li.append_child(&meta)?;
        let src = sources_line(doc, e.tie.date_source.as_deref(), &e.tie.sources)?;
        li.append_child(&src)?;
        if !e.tie.note.is_empty() {
            li.append_child(&*el(doc, "div", "note", &e.tie.note)?)?;
        }
        list.append_child(&li)?;
    }
    body.append_child(&list)?;

    if let (Some(lat), Some(lon)) = (d.lat, d.lon) {
        let foot = el(
            doc,
            "p",
            "coords",
            &format!(
                "{}°, {}° · coordinates: {}",
                crate::num::fixed(lat, 3),
                crate::num::fixed(lon, 3),
                d.coord_source
            ),
        )?;
        body.append_child(&foot)?;
    } else {
        body.append_child(&*el(
            doc,
            "p",
            "coords",
            "No coordinates yet: not on the map.",
        )?)?;
    }
    Ok(())
}

/// Fills the details panel with one tie: both places (buttons that go to them), kind, date and
/// sources.
pub fn render_link_details(
    doc: &Document,
    body: &HtmlElement,
    d: &LinkDetails,
) -> Result<(), JsValue> {
    body.set_text_content(None);
    let h = el(doc, "h2", "", "")?;
    h.set_id("details-title");
    for (i, end) in [&d.a, &d.b].into_iter().enumerate() {
        if i == 1 {
            h.append_child(&doc.create_text_node(" — "))?;
        }
        append_names(doc, &h, "", &end.name_en, &end.name_local, end.country)?;
    }
    body.append_child(&h)?;
    let sub = el(doc, "p", "subtitle", "")?;
    let what = match d.tie.kind {
        Some(k) => format!("{k} · {} tie", d.tier),
        None => format!("{} tie of unknown kind", d.tier),
    };
    sub.append_child(&doc.create_text_node(&what))?;
    body.append_child(&sub)?;
    let date = el(doc, "p", "counts", "")?;
    match &d.tie.date {
        Some(x) => date.set_text_content(Some(&format!("Established {x}"))),
        None => date.set_text_content(Some("Year unknown: no source found yet")),
    }
    body.append_child(&date)?;
    let src = sources_line(doc, d.tie.date_source.as_deref(), &d.tie.sources)?;
    body.append_child(&src)?;
    if !d.tie.note.is_empty() {
        body.append_child(&*el(doc, "p", "note", &d.tie.note)?)?;
    }
    let list = el(doc, "ol", "partners", "")?;
    list.set_attribute("aria-label", "The two places")?;
    for end in [&d.a, &d.b] {
        let li = el(doc, "li", "", "")?;
        let b = el(doc, "button", "partner", "")?;
        b.set_attribute("type", "button")?;
        b.set_attribute("data-id", &end.id)?;
        let dot = el(doc, "span", &format!("dot c-{}", end.country), "")?;
        dot.set_attribute("aria-hidden", "true")?;
        b.append_child(&dot)?;
        b.append_child(&*el(doc, "span", "pname", &end.name_en)?)?;
        li.append_child(&b)?;
        let meta = el(
            doc,
            "div",
            "meta",
            &format!("{} ({})", end.region_en, end.level),
        )?;
        li.append_child(&meta)?;
        list.append_child(&li)?;
    }
    body.append_child(&list)?;
    Ok(())
}

/// The legend: colours of the three partner countries with their counts, and the tie widths.
pub fn render_legend(doc: &Document, host: &HtmlElement, cov: &Coverage) -> Result<(), JsValue> {
    host.set_text_content(None);
    let ul = el(doc, "ul", "", "")?;
    let cn = el(doc, "li", "", "")?;
    let sw = el(doc, "span", "swatch node", "")?;
    sw.set_attribute(
        "style",
        &format!("background:{}", palette::country(Country::CN).hex()),
    )?;
    cn.append_child(&sw)?;
    cn.append_child(&doc.create_text_node("Chinese place"))?;
    ul.append_child(&cn)?;
    for (k, c) in Country::PARTNERS.iter().enumerate() {
        let li = el(doc, "li", "", "")?;
        let sw = el(doc, "span", "swatch", "")?;
        sw.set_attribute(
            "style",
            &format!("background:{}", palette::country(*c).hex()),
        )?;
        li.append_child(&sw)?;
        li.append_child(&doc.create_text_node(&format!(
            "{} ({} ties)",
            c.name(),
            cov.by_country[k]
        )))?;
        ul.append_child(&li)?;
    }
    let heavy = el(doc, "li", "", "")?;
    heavy.append_child(&*el(doc, "span", "swatch line heavy", "")?)?;
    heavy.append_child(&doc.create_text_node("province-level tie"))?;
    ul.append_child(&heavy)?;
    let thin = el(doc, "li", "", "")?;
    thin.append_child(&*el(doc, "span", "swatch line", "")?)?;
    thin.append_child(&doc.create_text_node("city- or district-level tie"))?;
    ul.append_child(&thin)?;
    let size = el(doc, "li", "muted", "Circle size: number of partners")?;
    ul.append_child(&size)?;
    host.append_child(&ul)?;
    Ok(())
}

/// "612 ties · 788 places · 23 % dated".
pub fn coverage_text(cov: &Coverage) -> String {
    let mut s = format!(
        "{} ties between {} places · {} % with a cited year",
        cov.links,
        cov.places,
        cov.percent(cov.dated)
    );
    if cov.places_without_coordinates > 0 {
        s.push_str(&format!(
            " · {} places without coordinates (not drawn)",
            cov.places_without_coordinates
        ));
    }
    s
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
    if issues.is_empty() {
        return Ok(());
    }
    let host = by_id(doc, "warnings")?;
    host.set_text_content(None);
    let det = el(doc, "details", "", "")?;
    let plural = if issues.len() == 1 { "" } else { "s" };
    det.append_child(&*el(
        doc,
        "summary",
        "",
        &format!(
            "{} problem{plural} in the data: the rows named below were left out",
            issues.len()
        ),
    )?)?;
    let ul = el(doc, "ul", "", "")?;
    for i in issues.iter().take(200) {
        ul.append_child(&*el(doc, "li", "", i)?)?;
    }
    if issues.len() > 200 {
        ul.append_child(&*el(
            doc,
            "li",
            "",
            &format!("… and {} more", issues.len() - 200),
        )?)?;
    }
    det.append_child(&ul)?;
    host.append_child(&det)?;
    host.set_hidden(false);
    Ok(())
}
