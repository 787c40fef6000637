//! The presenter's records as plain JavaScript objects, for `window.atlas`.
//!
//! Written out field by field rather than through serde: the same objects for a fraction of the
//! code (serde and serde-wasm-bindgen cost about 15 KB of wasm before optimisation). Absent
//! values are `undefined`, numbers are numbers, lists are arrays; a partner's place and tie
//! fields sit side by side in one object.

use crate::details::{
    LinkDetails, LinkFacts, PartnerEntry, PlaceDetails, PlaceRef, PlaceSummary, SourceLink,
};
use crate::model::{Country, Names};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

/// A value JavaScript can hold.
pub trait ToJs {
    fn to_js(&self) -> JsValue;
}

/// A plain object under construction.
#[derive(Debug)]
pub struct Obj(Object);

impl Obj {
    pub fn new() -> Self {
        Self(Object::new())
    }
    /// Sets `key` (and returns the object, for chaining).
    pub fn set(self, key: &str, v: impl ToJs) -> Self {
        let _ = Reflect::set(&self.0, &JsValue::from_str(key), &v.to_js());
        self
    }
    pub fn done(self) -> JsValue {
        self.0.into()
    }
}

impl Default for Obj {
    fn default() -> Self {
        Self::new()
    }
}

impl ToJs for JsValue {
    fn to_js(&self) -> JsValue {
        self.clone()
    }
}
impl ToJs for str {
    fn to_js(&self) -> JsValue {
        JsValue::from_str(self)
    }
}
impl ToJs for String {
    fn to_js(&self) -> JsValue {
        JsValue::from_str(self)
    }
}
impl ToJs for bool {
    fn to_js(&self) -> JsValue {
        JsValue::from_bool(*self)
    }
}
impl ToJs for f64 {
    fn to_js(&self) -> JsValue {
        JsValue::from_f64(*self)
    }
}
impl ToJs for f32 {
    fn to_js(&self) -> JsValue {
        JsValue::from_f64(f64::from(*self))
    }
}
impl ToJs for usize {
    fn to_js(&self) -> JsValue {
        JsValue::from_f64(*self as f64)
    }
}
impl ToJs for u16 {
    fn to_js(&self) -> JsValue {
        JsValue::from_f64(f64::from(*self))
    }
}
impl ToJs for Country {
    fn to_js(&self) -> JsValue {
        JsValue::from_str(self.code())
    }
}
impl<T: ToJs + ?Sized> ToJs for &T {
    fn to_js(&self) -> JsValue {
        (**self).to_js()
    }
}
impl<T: ToJs> ToJs for Option<T> {
    fn to_js(&self) -> JsValue {
        self.as_ref().map_or(JsValue::UNDEFINED, ToJs::to_js)
    }
}
impl<T: ToJs> ToJs for [T] {
    fn to_js(&self) -> JsValue {
        self.iter().map(ToJs::to_js).collect::<Array>().into()
    }
}
impl<T: ToJs> ToJs for Vec<T> {
    fn to_js(&self) -> JsValue {
        self.as_slice().to_js()
    }
}
impl<T: ToJs, const N: usize> ToJs for [T; N] {
    fn to_js(&self) -> JsValue {
        self.as_slice().to_js()
    }
}

impl ToJs for SourceLink {
    fn to_js(&self) -> JsValue {
        Obj::new()
            .set("label", &self.label)
            .set("title", &self.title)
            .set("url", &self.url)
            .done()
    }
}

impl ToJs for Names {
    fn to_js(&self) -> JsValue {
        Obj::new()
            .set("en", &self.en)
            .set("zh", &self.zh)
            .set("zh_hant", &self.zh_hant)
            .set("ja", &self.ja)
            .set("kana", &self.kana)
            .set("ko", &self.ko)
            .done()
    }
}

fn place_ref_fields(o: Obj, p: &PlaceRef) -> Obj {
    o.set("id", &p.id)
        .set("name_en", &p.name_en)
        .set("name_local", &p.name_local)
        .set("country", p.country)
        .set("region_en", &p.region_en)
        .set("level", p.level)
}

fn facts_fields(o: Obj, f: &LinkFacts) -> Obj {
    o.set("kind", f.kind)
        .set("date", &f.date)
        .set("year", f.year)
        .set("date_source", &f.date_source)
        .set("sources", &f.sources)
        .set("primary", &f.primary)
        .set("listed_only", &f.listed_only)
        .set("note", &f.note)
}

impl ToJs for PlaceRef {
    fn to_js(&self) -> JsValue {
        place_ref_fields(Obj::new(), self).done()
    }
}

impl ToJs for PartnerEntry {
    fn to_js(&self) -> JsValue {
        facts_fields(place_ref_fields(Obj::new(), &self.place), &self.link).done()
    }
}

impl ToJs for LinkDetails {
    fn to_js(&self) -> JsValue {
        let o = Obj::new()
            .set("a", &self.a)
            .set("b", &self.b)
            .set("tier", self.tier)
            .set(
                "nested",
                self.nest
                    .as_ref()
                    .map_or(JsValue::NULL, |n| JsValue::from_bool(n.inside)),
            )
            .set("nest_text", self.nest.as_ref().map(|n| n.text.as_str()));
        facts_fields(o, &self.facts).done()
    }
}

impl ToJs for PlaceDetails {
    fn to_js(&self) -> JsValue {
        Obj::new()
            .set("id", &self.id)
            .set("country", self.country)
            .set("country_name", self.country_name)
            .set("names", &self.names)
            .set("region_en", &self.region_en)
            .set("region_local", &self.region_local)
            .set("level", self.level)
            .set("tier", self.tier)
            .set("lat", self.lat)
            .set("lon", self.lon)
            .set("coord_source", &self.coord_source)
            .set("partner_count", self.partner_count)
            .set("dated_count", self.dated_count)
            .set("partners_by_country", self.partners_by_country)
            .set("partners", &self.partners)
            .done()
    }
}

impl ToJs for PlaceSummary<'_> {
    fn to_js(&self) -> JsValue {
        Obj::new()
            .set("id", self.id)
            .set("name_en", self.name_en)
            .set("name_local", self.name_local)
            .set("country", self.country)
            .set("level", self.level)
            .set("degree", self.degree)
            .set("lat", self.lat)
            .set("lon", self.lon)
            .done()
    }
}
