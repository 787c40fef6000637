//! The view in a URL: the part of the view state a link carries, written as the fragment of the
//! page's address and read back. `region=east-asia` (a framing) or `map=ZOOM/LAT/LON` (zoom
//! relative to the whole network, the centre in degrees; neither for the whole network), `sel=`
//! a place id, a tie's `a~b` or `event-ID`, the filters that are not at their default (see [`filters`]),
//! `table=date` (or `date-desc`, …) while the table of ties is open, `chart=new` (or `total`)
//! while the growth chart is, `events=on` while the events are shown, and `q=` the text in the search box. Reading never fails: what cannot be read is left at its
//! default and said in a sentence for the page to show.

mod filters;

use super::{Filters, Region, Target, ViewState, ZOOM_RANGE};
use crate::dataset::Dataset;
use crate::geo;
use crate::layout::Arrangement;

/// What a URL asks of the view.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Link {
    /// Zoom (relative to the whole network) and centre (latitude, longitude in degrees).
    pub map: Option<(f32, f64, f64)>,
    pub selection: Option<Target>,
    pub filters: Filters,
    /// A framing, which takes the place of `map`.
    pub region: Option<Region>,
    pub query: String,
    /// The table of ties, open with this sort.
    pub table: Option<super::TableSort>,
    /// The growth chart, open in this mode.
    pub chart: Option<super::ChartMode>,
    /// The arrangement of the places.
    pub arrangement: Arrangement,
    /// Zoom and centre (layout units) in the network, which has no latitudes.
    pub net: Option<(f32, f32, f32)>,
    /// The list of hubs is open.
    pub hubs: bool,
    /// The events are shown at their places.
    pub events: bool,
    /// The regions rolled up.
    pub rollup: Option<super::Rollup>,
}

/// The longest search text a link keeps.
const QUERY_MAX: usize = 100;

/// The fragment (without `#`) that holds `view` of `data`.
pub fn encode(view: &ViewState, data: &Dataset) -> String {
    let mut parts = Vec::new();
    let f = crate::num::fixed;
    if view.arrangement == Arrangement::Network {
        parts.push(format!("view={}", view.arrangement.word()));
    }
    match view.region {
        Some(Region::Pacific) => {}
        Some(r) => parts.push(format!("region={}", r.word())),
        None if view.arrangement == Arrangement::Network => {
            let [x, y] = view.camera.center;
            parts.push(format!(
                "net={}/{}/{}",
                f(f64::from(view.zoom()), 2),
                f(f64::from(x), 2),
                f(f64::from(y), 2)
            ));
        }
        None => {
            let (lat, lon) = geo::unproject([
                f64::from(view.camera.center[0]),
                f64::from(view.camera.center[1]),
            ]);
            parts.push(format!(
                "map={}/{}/{}",
                f(f64::from(view.zoom()), 2),
                f(lat, 4),
                f(lon, 4)
            ));
        }
    }
    if let Some(t) = view.selection.as_ref().filter(|t| t.exists(data.atlas())) {
        parts.push(format!("sel={}", escape(&t.key())));
    }
    filters::encode(&view.filters, &mut parts);
    if let Some(t) = view.table {
        parts.push(format!("table={}", t.word()));
    }
    if let Some(c) = view.chart {
        parts.push(format!("chart={}", c.word()));
    }
    if view.hubs {
        parts.push("hubs=open".to_owned());
    }
    if view.layers.events {
        parts.push("events=on".to_owned());
    }
    if let Some(r) = &view.rollup {
        parts.push(format!("regions={}", r.measure.word()));
        if !r.open.is_empty() {
            let keys: Vec<String> = r.open.iter().map(|k| escape(k)).collect();
            parts.push(format!("open={}", keys.join(",")));
        }
    }
    let q = view.query.trim();
    if !q.is_empty() {
        let q: String = q.chars().take(QUERY_MAX).collect();
        parts.push(format!("q={}", escape(&q)));
    }
    parts.join("&")
}

/// What `fragment` (with or without its `#`) asks of the view of `data`, and a sentence for each
/// part that could not be read (and was left at its default).
pub fn decode(fragment: &str, data: &Dataset) -> (Link, Vec<String>) {
    let mut link = Link::default();
    let mut problems = Vec::new();
    let mut opened: Vec<String> = Vec::new();
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    for part in fragment.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        let value = unescape(value);
        let shown = || shorten(&value);
        match key {
            "map" => match read_map(&value) {
                Some(m) => link.map = Some(m),
                None => problems.push(format!(
                    "the map position “{}” is not zoom/latitude/longitude within range",
                    shown()
                )),
            },
            "view" => match Arrangement::from_word(&value) {
                Some(a) => link.arrangement = a,
                None => problems.push(format!("“{}” is not map or network", shown())),
            },
            "net" => match read_net(&value) {
                Some(n) => link.net = Some(n),
                None => problems.push(format!(
                    "the network position “{}” is not zoom/x/y within range",
                    shown()
                )),
            },
            "sel" => match Target::from_key(data.atlas(), &value) {
                Some(t) => link.selection = Some(t),
                None => problems.push(format!("no place, tie or event “{}” in the data", shown())),
            },
            "region" => match Region::parse(&value) {
                Some(r) => link.region = Some(r),
                None => problems.push(format!("“{}” is not a region of the map", shown())),
            },
            "q" => link.query = value.chars().take(QUERY_MAX).collect(),
            "table" => match super::TableSort::parse(&value) {
                Some(t) => link.table = Some(t),
                None => problems.push(format!("“{}” is not a column of the table", shown())),
            },
            "regions" => match super::Measure::parse(&value) {
                Some(m) => link.rollup.get_or_insert_with(Default::default).measure = m,
                None => problems.push(format!("“{}” is not ties, partners or first-year", shown())),
            },
            "open" => {
                let regions = data.atlas().regions();
                for key in value.split(',').filter(|k| !k.is_empty()) {
                    if regions.find(key).is_some() {
                        opened.push(key.to_owned());
                    } else {
                        problems.push(format!("no region “{}” in the data", shorten(key)));
                    }
                }
            }
            "hubs" => match value.as_str() {
                "open" => link.hubs = true,
                _ => problems.push(format!("“{}” is not open", shown())),
            },
            "events" => match value.as_str() {
                "on" => link.events = true,
                "off" => link.events = false,
                _ => problems.push(format!("“{}” is not on or off", shown())),
            },
            "chart" => match super::ChartMode::parse(&value) {
                Some(c) => link.chart = Some(c),
                None => problems.push(format!("“{}” is not a chart", shown())),
            },
            _ if filters::read(key, &value, &mut link.filters, &mut problems) => {}
            _ => problems.push(format!("the link part “{}” is not known", shorten(part))),
        }
    }
    match link.rollup.as_mut() {
        Some(r) => {
            // Kept sorted for lookups, by insertion (no sort of strings in the page).
            for key in opened {
                if let Err(i) = r.open.binary_search(&key) {
                    r.open.insert(i, key);
                }
            }
        }
        None if !opened.is_empty() => {
            problems.push("regions are opened only when the places are rolled up".to_owned());
        }
        None => {}
    }
    (link, problems)
}

/// Three finite numbers separated by `/` (`ZOOM/A/B` of a map or network position).
fn three(v: &str) -> Option<(f64, f64, f64)> {
    let mut it = v
        .split('/')
        .map(|x| x.trim().parse::<f64>().ok().filter(|x| x.is_finite()));
    let t = (it.next()??, it.next()??, it.next()??);
    it.next().is_none().then_some(t)
}

/// Whether `zoom` is within the range a camera may have.
fn zoom_ok(zoom: f64) -> bool {
    (f64::from(ZOOM_RANGE.0)..=f64::from(ZOOM_RANGE.1)).contains(&zoom)
}

fn read_map(v: &str) -> Option<(f32, f64, f64)> {
    let (zoom, lat, lon) = three(v)?;
    let ok = zoom_ok(zoom) && (-90.0..=90.0).contains(&lat) && (-180.0..=360.0).contains(&lon);
    ok.then_some((zoom as f32, lat, lon))
}

/// The network's zoom and centre; the layout spans a few hundred units at most.
fn read_net(v: &str) -> Option<(f32, f32, f32)> {
    let (zoom, x, y) = three(v)?;
    let ok = zoom_ok(zoom) && x.abs() <= 1e5 && y.abs() <= 1e5;
    ok.then_some((zoom as f32, x as f32, y as f32))
}

/// Ids are `[a-z0-9-]` and `~`; anything else is percent-encoded.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'~' | b'_' | b'.') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Percent-decoding; a broken escape is kept as it is.
fn unescape(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| char::from(c).to_digit(16);
        match (
            b[i],
            b.get(i + 1).copied().and_then(hex),
            b.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A value as a notice quotes it: at most 40 characters.
fn shorten(s: &str) -> String {
    let mut t: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        t.push('…');
    }
    t
}

#[cfg(test)]
mod tests;
