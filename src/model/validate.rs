//! Rows into an [`Atlas`]: the rules every dataset must keep, the embedded one and a user's own
//! alike. A row that breaks one is left out and reported with its true line and field.

use super::{Atlas, Country, Date, Kind, Level, Link, Names, Place, Source, SourceRef};
use crate::data::{self, DataIssue, LinkRow, Numbered, PlaceRow, SourceRow};
use std::collections::HashMap;

/// Whether `s` is an http(s) URL without spaces.
pub fn is_http_url(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://")) && !s.contains(char::is_whitespace)
}

impl Atlas {
    /// Parses and validates the three CSV texts. Rows that break a rule are left out and reported.
    pub fn from_csv(places: &str, links: &str, sources: &str) -> (Self, Vec<DataIssue>) {
        let (p, read_p) = data::parse_csv::<PlaceRow>("places.csv", places);
        let (l, read_l) = data::parse_csv::<LinkRow>("links.csv", links);
        let (s, read_s) = data::parse_csv::<SourceRow>("sources.csv", sources);
        let (atlas, checked) = Self::from_rows(p, l, s);
        // One list, file by file, each file's problems in line order: what could not be read
        // and what broke a rule interleave (both lists are already in line order).
        let mut issues = Vec::new();
        for (file, read) in [
            ("places.csv", read_p),
            ("links.csv", read_l),
            ("sources.csv", read_s),
        ] {
            let mut rules = checked.iter().filter(|i| i.file == file).peekable();
            for r in read {
                while let Some(i) = rules.next_if(|i| i.line < r.line) {
                    issues.push(i.clone());
                }
                issues.push(r);
            }
            issues.extend(rules.cloned());
        }
        (atlas, issues)
    }

    /// Validates parsed rows, each with the line it starts on.
    pub fn from_rows(
        place_rows: Vec<Numbered<PlaceRow>>,
        link_rows: Vec<Numbered<LinkRow>>,
        source_rows: Vec<Numbered<SourceRow>>,
    ) -> (Self, Vec<DataIssue>) {
        let mut issues = Vec::new();
        let mut places = Vec::new();
        let mut sources = Vec::new();
        let mut source_ix = HashMap::new();
        for Numbered { line, row: s } in source_rows {
            if s.key.is_empty() || source_ix.contains_key(&s.key) {
                issues.push(DataIssue::new(
                    "sources.csv",
                    line,
                    Some("key"),
                    format!("key “{}” is empty or repeated", s.key),
                ));
                continue;
            }
            source_ix.insert(s.key.clone(), sources.len());
            sources.push(Source {
                key: s.key,
                title: s.title,
                url: s.url,
                licence: s.licence,
            });
        }

        // Place id → position in `places`, whose line is in `lines`.
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut lines = Vec::new();
        for Numbered { line, row } in place_rows {
            match check_place(row, line) {
                Ok(p) => {
                    if let Some(&first) = seen.get(&p.id) {
                        issues.push(DataIssue::new(
                            "places.csv",
                            line,
                            Some("id"),
                            format!("id “{}” is already used on line {}", p.id, lines[first]),
                        ));
                        continue;
                    }
                    seen.insert(p.id.clone(), places.len());
                    lines.push(line);
                    places.push(p);
                }
                Err(issue) => issues.push(issue),
            }
        }
        // The ids seen are the atlas's index of them: built once.
        let mut atlas = Atlas {
            places,
            links: Vec::new(),
            sources,
            by_id: seen,
            ..Atlas::default()
        };

        // The line of each accepted tie, by link index.
        let mut lines = Vec::new();
        for Numbered { line, row } in link_rows {
            match atlas.check_link(row, line, &source_ix) {
                Ok(link) => {
                    let before = atlas.places[link.cn]
                        .links
                        .iter()
                        .find(|&&l| atlas.links[l].partner == link.partner);
                    if let Some(&l) = before {
                        issues.push(DataIssue::new(
                            "links.csv",
                            line,
                            None,
                            format!("the tie is already on line {}", lines[l]),
                        ));
                        continue;
                    }
                    atlas.push_link(link);
                    lines.push(line);
                }
                Err(issue) => issues.push(issue),
            }
        }
        (atlas, issues)
    }

    fn check_link(
        &self,
        r: LinkRow,
        line: u64,
        source_ix: &HashMap<String, usize>,
    ) -> Result<Link, DataIssue> {
        let err = |field: &str, msg: String| DataIssue::new("links.csv", line, Some(field), msg);
        let cn = self
            .index_of(&r.a)
            .ok_or_else(|| err("a", format!("no place has id “{}”", r.a)))?;
        let partner = self
            .index_of(&r.b)
            .ok_or_else(|| err("b", format!("no place has id “{}”", r.b)))?;
        if self.places[cn].country != Country::CN {
            return Err(err("a", format!("“{}” is not a Chinese place", r.a)));
        }
        if self.places[partner].country == Country::CN {
            return Err(err("b", format!("“{}” is not a partner place", r.b)));
        }
        let kind = Kind::parse(&r.kind).ok_or_else(|| {
            err(
                "kind",
                format!("“{}” is not sister, friendship or exchange", r.kind),
            )
        })?;
        let date = if r.date.is_empty() {
            None
        } else {
            Some(Date::parse(&r.date).map_err(|m| err("date", m))?)
        };
        if date.is_some() && !is_http_url(&r.date_source) {
            return Err(err(
                "date_source",
                "a date needs the URL of the page that states it".to_owned(),
            ));
        }
        let mut sources = Vec::new();
        for item in r
            .sources
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            if is_http_url(item) {
                sources.push(SourceRef::Url(item.to_owned()));
            } else if let Some(&k) = source_ix.get(item) {
                sources.push(SourceRef::Key(k));
            } else {
                return Err(err(
                    "sources",
                    format!("“{item}” is neither a URL nor a key of sources.csv"),
                ));
            }
        }
        if sources.is_empty() {
            return Err(err("sources", "every tie needs a source".to_owned()));
        }
        let listed = |u: &str| {
            u == r.date_source
                || sources
                    .iter()
                    .any(|s| matches!(s, SourceRef::Url(x) if x == u))
        };
        let primary_ok = r.primary.is_empty() || (is_http_url(&r.primary) && listed(&r.primary));
        if !primary_ok {
            return Err(err(
                "primary",
                "the primary source must be one of the tie's pages (date_source or sources)"
                    .to_owned(),
            ));
        }
        Ok(Link {
            cn,
            partner,
            kind,
            date,
            date_source: r.date_source,
            sources,
            primary: r.primary,
            note: r.note,
        })
    }
}

fn check_place(r: PlaceRow, line: u64) -> Result<Place, DataIssue> {
    let err = |field: &str, msg: String| DataIssue::new("places.csv", line, Some(field), msg);
    let country = Country::parse(&r.country).ok_or_else(|| {
        err(
            "country",
            format!("“{}” is not CN, JP, KR or US", r.country),
        )
    })?;
    let prefix = format!("{}-", country.code().to_ascii_lowercase());
    let id_ok = r.id.starts_with(&prefix)
        && r.id.len() > prefix.len()
        && r.id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !id_ok {
        return Err(err(
            "id",
            format!(
                "“{}” must be “{prefix}” followed by lower-case letters, digits and dashes",
                r.id
            ),
        ));
    }
    let level = Level::parse(&r.level)
        .ok_or_else(|| err("level", format!("“{}” is not a known level", r.level)))?;
    if r.name_en.trim().is_empty() {
        return Err(err("name_en", "the English name is empty".to_owned()));
    }
    let coord = match (r.lat, r.lon) {
        (None, None) => None,
        (Some(lat), Some(lon)) => {
            let (la0, la1, lo0, lo1) = country.bbox();
            if !(la0..=la1).contains(&lat) || !(lo0..=lo1).contains(&lon) {
                return Err(err(
                    "lat",
                    format!(
                        "{}, {} lies outside {}",
                        crate::num::fixed(lat, 4),
                        crate::num::fixed(lon, 4),
                        country.name()
                    ),
                ));
            }
            Some((lat, lon))
        }
        (Some(_), None) => return Err(err("lon", "latitude without longitude".to_owned())),
        (None, Some(_)) => return Err(err("lat", "longitude without latitude".to_owned())),
    };
    Ok(Place {
        id: r.id,
        country,
        level,
        names: Names {
            en: r.name_en,
            zh: r.name_zh,
            zh_hant: r.name_zh_hant,
            ja: r.name_ja,
            kana: r.name_kana,
            ko: r.name_ko,
        },
        region_en: r.region_en,
        region_local: r.region_local,
        coord,
        coord_source: r.coord_source,
        links: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use crate::model::testing::{fixture, LINKS, PLACES, SOURCES};
    use crate::model::Atlas;

    fn issues_for(places: &str, links: &str, sources: &str) -> Vec<String> {
        Atlas::from_csv(places, links, sources)
            .1
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn bad_rows_are_skipped_and_reported() {
        let places = format!(
            "{PLACES}kr-seoul,KR,city,Seoul,,,,서울,Seoul,,51.5,-0.1,x\nxx-y,XX,city,Y,,,,,,,,,\n"
        );
        let links = format!(
            "{LINKS}cn-tianjin,jp-kobe,,,,wikipedia,\ncn-tianjin,jp-nowhere,,,,wikipedia,\njp-kobe,cn-tianjin,,,,wikipedia,\ncn-shanghai,kr-incheon,,1990,,wikipedia,\ncn-shanghai,us-philadelphia,,,,,\ncn-shanghai,jp-kobe,best,,,wikipedia,\ncn-shanghai,jp-kobe,,1980-02-31,https://x.org,wikipedia,\n"
        );
        assert_eq!(
            issues_for(&places, &links, SOURCES),
            [
                "places.csv line 8, field “lat”: 51.5, -0.1 lies outside South Korea",
                "places.csv line 9, field “country”: “XX” is not CN, JP, KR or US",
                "links.csv line 6: the tie is already on line 2",
                "links.csv line 7, field “b”: no place has id “jp-nowhere”",
                "links.csv line 8, field “a”: “jp-kobe” is not a Chinese place",
                "links.csv line 9, field “date_source”: a date needs the URL of the page that states it",
                "links.csv line 10, field “sources”: every tie needs a source",
                "links.csv line 11, field “kind”: “best” is not sister, friendship or exchange",
                "links.csv line 12, field “date”: “1980-02-31” is not a day of the calendar",
            ]
        );
    }

    #[test]
    fn lines_stay_true_after_rejected_rows_blank_lines_and_quoted_breaks() {
        // Places: a short row (line 8), a blank line (9), a bad country (line 10).
        let places = format!("{PLACES}cn-b,CN,city\n\ncn-c,XX,city,C,,,,,,,38,115,x\n");
        // Links: a note over two lines (lines 6–7), then the same tie again on line 8.
        let links = format!("{LINKS}cn-shanghai,kr-incheon,,,,wikipedia,\"two\nlines\"\ncn-shanghai,kr-incheon,,,,wikipedia,\n");
        // Sources: a title over two lines (lines 3–4), then a repeated key on line 5.
        let sources = format!("{SOURCES}w,\"two\nlines\",https://x.org,x\nw,dup,,\n");
        assert_eq!(
            issues_for(&places, &links, &sources),
            [
                "places.csv line 8: the row has 3 fields, the header 13",
                "places.csv line 10, field “country”: “XX” is not CN, JP, KR or US",
                "links.csv line 8: the tie is already on line 6",
                "sources.csv line 5, field “key”: key “w” is empty or repeated",
            ]
        );
    }

    #[test]
    fn a_repeated_id_names_its_first_line() {
        let places = format!("{PLACES}jp-kobe,JP,city,Kobe,,神戸市,,,Hyogo,,34.69,135.19,t\n");
        assert_eq!(
            issues_for(&places, LINKS, SOURCES),
            ["places.csv line 8, field “id”: id “jp-kobe” is already used on line 4"]
        );
    }

    #[test]
    fn hostile_strings_stay_data() {
        let places = PLACES.replace("Kobe,,神戸市", "<img src=x onerror=alert(1)>,,神戸市");
        let (a, issues) = Atlas::from_csv(&places, LINKS, SOURCES);
        assert!(issues.is_empty());
        let kobe = &a.places[a.index_of("jp-kobe").unwrap()];
        assert_eq!(kobe.names.en, "<img src=x onerror=alert(1)>");
        assert_eq!(fixture().places.len(), a.places.len());
    }
}
