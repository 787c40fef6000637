//! The GeoJSON download (RFC 7946): a FeatureCollection with one feature per tie, a line from
//! the Chinese place to its partner with the tie's properties. A line across the Pacific is
//! split at the 180th meridian into a MultiLineString, as the RFC asks, so that GIS tools do
//! not draw it the long way round the world.

use super::{shown_ties, sources_text, LICENCE};
use crate::details::kind_label;
use crate::model::Atlas;
use crate::num::fixed;

/// The ties `shown` lets through (one flag per tie) as GeoJSON.
pub fn ties_geojson(atlas: &Atlas, shown: &[bool]) -> String {
    let mut out = String::from("{\"type\":\"FeatureCollection\",\"licence\":");
    string(&mut out, LICENCE);
    out.push_str(",\"features\":[");
    for (i, l) in shown_ties(atlas, shown).enumerate() {
        if i > 0 {
            out.push(',');
        }
        let t = &atlas.links[l];
        let (a, b) = (&atlas.places[t.cn], &atlas.places[t.partner]);
        out.push_str("{\"type\":\"Feature\",\"geometry\":");
        match (a.coord, b.coord) {
            (Some(p), Some(q)) => geometry(&mut out, p, q),
            _ => out.push_str("null"),
        }
        out.push_str(",\"properties\":{");
        let props = [
            ("a", a.id.as_str()),
            ("a_name_en", &a.names.en),
            ("a_name_local", a.names.local(a.country)),
            ("b", &b.id),
            ("b_name_en", &b.names.en),
            ("b_name_local", b.names.local(b.country)),
            ("b_country", b.country.code()),
            ("kind", kind_label(t.kind).unwrap_or("")),
            ("date_source", &t.date_source),
            ("note", &t.note),
        ];
        for (k, v) in props {
            string(&mut out, k);
            out.push(':');
            string(&mut out, v);
            out.push(',');
        }
        out.push_str("\"date\":");
        match t.date {
            Some(d) => string(&mut out, &d.to_string()),
            None => out.push_str("null"),
        }
        out.push_str(",\"sources\":");
        string(&mut out, &sources_text(atlas, &t.sources));
        out.push_str("}}");
    }
    out.push_str("]}\n");
    out
}

/// The line from `p` to `q` (latitude, longitude), split where it crosses the 180th meridian
/// (a tie between East Asia and America always goes across the Pacific).
fn geometry(out: &mut String, p: (f64, f64), q: (f64, f64)) {
    let pos = |out: &mut String, lon: f64, lat: f64| {
        out.push('[');
        out.push_str(&fixed(lon, 5));
        out.push(',');
        out.push_str(&fixed(lat, 5));
        out.push(']');
    };
    let (lat0, lon0) = p;
    let (lat1, lon1) = q;
    // Across the Pacific: the shorter way in longitude crosses 180°.
    if (lon1 - lon0).abs() > 180.0 {
        let east = if lon0 > lon1 {
            lon1 + 360.0
        } else {
            lon1 - 360.0
        };
        let edge = if east > lon0 { 180.0 } else { -180.0 };
        let f = (edge - lon0) / (east - lon0);
        let lat = lat0 + (lat1 - lat0) * f;
        out.push_str("{\"type\":\"MultiLineString\",\"coordinates\":[[");
        pos(out, lon0, lat0);
        out.push(',');
        pos(out, edge, lat);
        out.push_str("],[");
        pos(out, -edge, lat);
        out.push(',');
        pos(out, lon1, lat1);
        out.push_str("]]}");
    } else {
        out.push_str("{\"type\":\"LineString\",\"coordinates\":[");
        pos(out, lon0, lat0);
        out.push(',');
        pos(out, lon1, lat1);
        out.push_str("]}");
    }
}

/// A JSON string: quotes, backslashes and control characters escaped.
fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[(c as usize) >> 4]));
                out.push(char::from(HEX[(c as usize) & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::fixture;

    #[test]
    fn one_feature_per_shown_tie_and_pacific_lines_split_at_180() {
        let a = fixture();
        let g = ties_geojson(&a, &[true, false, true, true]);
        assert!(g.starts_with("{\"type\":\"FeatureCollection\""));
        assert_eq!(g.matches("\"type\":\"Feature\",").count(), 3);
        // Tianjin–Kobe: a plain line, longitude first.
        assert!(
            g.contains("{\"type\":\"LineString\",\"coordinates\":[[117.2,39.13],[135.19,34.69]]}"),
            "{g}"
        );
        // Tianjin–Philadelphia crosses the Pacific: two parts meeting at ±180°.
        let m = g.find("MultiLineString").unwrap();
        let part = &g[m..m + 120];
        assert!(part.contains(",[180,") && part.contains("[-180,"), "{part}");
        assert!(g.contains("\"date\":\"1973-06-24\"") && g.contains("\"date\":null"));
        assert!(!g.contains("cn-shanghai"));
    }

    #[test]
    fn strings_are_escaped() {
        let mut out = String::new();
        string(&mut out, "a\"b\\c\nd\u{1}天");
        assert_eq!(out, "\"a\\\"b\\\\c\\nd\\u0001天\"");
    }
}
