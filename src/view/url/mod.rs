//! The view in a URL: the part of the view state a link carries, written as the fragment of the
//! page's address and read back. `map=ZOOM/LAT/LON` (zoom relative to the whole network, the
//! centre in degrees), `sel=` a place id or a tie's `a~b`, `countries=JP,KR` and `tiers=…` when
//! not all are shown, `until=YEAR`. Reading never fails: what cannot be read is left at its
//! default and said in a sentence for the page to show.

use super::{Filters, Target, ViewState, ZOOM_RANGE};
use crate::dataset::Dataset;
use crate::geo;
use crate::model::{Country, Tier};

/// What a URL asks of the view.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Link {
    /// Zoom (relative to the whole network) and centre (latitude, longitude in degrees).
    pub map: Option<(f32, f64, f64)>,
    pub selection: Option<Target>,
    pub filters: Filters,
}

/// The fragment (without `#`) that holds `view` of `data`.
pub fn encode(view: &ViewState, data: &Dataset) -> String {
    let mut parts = Vec::new();
    let (lat, lon) = geo::unproject([
        f64::from(view.camera.center[0]),
        f64::from(view.camera.center[1]),
    ]);
    let f = crate::num::fixed;
    parts.push(format!(
        "map={}/{}/{}",
        f(f64::from(view.zoom()), 2),
        f(lat, 4),
        f(lon, 4)
    ));
    if let Some(t) = view
        .selection
        .as_ref()
        .filter(|t| t.resolve(data.atlas()).is_some())
    {
        parts.push(format!("sel={}", escape(&t.key())));
    }
    let filters = &view.filters;
    if Country::PARTNERS.iter().any(|&c| !filters.countries[c]) {
        let shown: Vec<&str> = Country::PARTNERS
            .iter()
            .filter(|&&c| filters.countries[c])
            .map(|c| c.code())
            .collect();
        parts.push(format!("countries={}", shown.join(",")));
    }
    if filters.tiers.iter().any(|t| !t) {
        let shown: Vec<&str> = Tier::ALL
            .iter()
            .filter(|t| filters.tiers[t.index()])
            .map(|&t| tier_word(t))
            .collect();
        parts.push(format!("tiers={}", shown.join(",")));
    }
    if let Some(y) = filters.until_year {
        parts.push(format!("until={y}"));
    }
    parts.join("&")
}

/// What `fragment` (with or without its `#`) asks of the view of `data`, and a sentence for each
/// part that could not be read (and was left at its default).
pub fn decode(fragment: &str, data: &Dataset) -> (Link, Vec<String>) {
    let mut link = Link::default();
    let mut problems = Vec::new();
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
            "sel" => match Target::from_key(data.atlas(), &value) {
                Some(t) => link.selection = Some(t),
                None => problems.push(format!("no place or tie “{}” in the data", shown())),
            },
            "countries" => {
                match read_list(&value, |w| Country::parse(w).filter(|c| *c != Country::CN)) {
                    Some(cs) => {
                        for c in Country::PARTNERS {
                            link.filters.countries[c] = cs.contains(&c);
                        }
                    }
                    None => problems.push(format!("“{}” are not partner countries", shown())),
                }
            }
            "tiers" => match read_list(&value, |w| {
                Tier::ALL.into_iter().find(|&t| tier_word(t) == w)
            }) {
                Some(ts) => {
                    for t in Tier::ALL {
                        link.filters.tiers[t.index()] = ts.contains(&t);
                    }
                }
                None => problems.push(format!("“{}” are not tie levels", shown())),
            },
            "until" => match value
                .parse::<u16>()
                .ok()
                .filter(|y| (1900..=2100).contains(y))
            {
                Some(y) => link.filters.until_year = Some(y),
                None => problems.push(format!("“{}” is not a year", shown())),
            },
            _ => problems.push(format!("the link part “{}” is not known", shorten(part))),
        }
    }
    (link, problems)
}

fn read_map(v: &str) -> Option<(f32, f64, f64)> {
    let mut it = v
        .split('/')
        .map(|x| x.trim().parse::<f64>().ok().filter(|x| x.is_finite()));
    let (zoom, lat, lon) = (it.next()??, it.next()??, it.next()??);
    let ok = it.next().is_none()
        && (f64::from(ZOOM_RANGE.0)..=f64::from(ZOOM_RANGE.1)).contains(&zoom)
        && (-90.0..=90.0).contains(&lat)
        && (-180.0..=360.0).contains(&lon);
    ok.then_some((zoom as f32, lat, lon))
}

/// The items of a comma-separated list, each read by `item`; `None` when one cannot be read.
fn read_list<T: PartialEq>(v: &str, item: impl Fn(&str) -> Option<T>) -> Option<Vec<T>> {
    v.split(',')
        .filter(|w| !w.is_empty())
        .map(|w| item(w.trim()))
        .collect()
}

fn tier_word(t: Tier) -> &'static str {
    match t {
        Tier::Province => "province",
        Tier::City => "city",
        Tier::District => "district",
    }
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
mod tests {
    use super::*;
    use crate::model::testing::fixture;
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
    fn garbage_is_left_at_the_default_and_said() {
        let (d, _) = setup();
        for (frag, says) in [
            ("map=999/35/139", "map position"),
            ("map=2/95/139", "map position"),
            ("map=2/35", "map position"),
            ("map=NaN/1/2", "map position"),
            ("sel=xx-nowhere", "no place or tie"),
            ("countries=JP,XX", "partner countries"),
            ("countries=CN", "partner countries"),
            ("tiers=galaxy", "tie levels"),
            ("until=year", "not a year"),
            ("until=99999", "not a year"),
            ("zoomzoom", "not known"),
            ("sel=%E0%A4%A", "no place or tie"),
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
}
