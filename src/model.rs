//! The atlas model: places, links and sources, validated and indexed.
//!
//! Built from the rows of [`crate::data`]. A row that breaks a rule (unknown id, bad level, a date
//! without a source, a duplicate pair…) is left out and reported as a [`DataIssue`], so the page can
//! say what it skipped and why.

use crate::data::{self, DataIssue, LinkRow, PlaceRow, SourceRow};
use serde::Serialize;
use std::collections::HashMap;

/// The four countries of the atlas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Country {
    CN,
    JP,
    KR,
    US,
}

impl Country {
    pub const ALL: [Country; 4] = [Country::CN, Country::JP, Country::KR, Country::US];
    /// The partner countries, in display order.
    pub const PARTNERS: [Country; 3] = [Country::JP, Country::KR, Country::US];

    pub fn parse(code: &str) -> Option<Self> {
        match code {
            "CN" => Some(Self::CN),
            "JP" => Some(Self::JP),
            "KR" => Some(Self::KR),
            "US" => Some(Self::US),
            _ => None,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Self::CN => "CN",
            Self::JP => "JP",
            Self::KR => "KR",
            Self::US => "US",
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Self::CN => "China",
            Self::JP => "Japan",
            Self::KR => "South Korea",
            Self::US => "United States",
        }
    }
    /// Index among [`Country::PARTNERS`], `None` for China.
    pub fn partner_index(self) -> Option<usize> {
        match self {
            Self::CN => None,
            Self::JP => Some(0),
            Self::KR => Some(1),
            Self::US => Some(2),
        }
    }
    /// Rough bounding box (lat min, lat max, lon min, lon max) used to catch wrong geocodes.
    pub fn bbox(self) -> (f64, f64, f64, f64) {
        match self {
            Self::CN => (18.0, 54.0, 73.0, 135.5),
            Self::JP => (24.0, 46.0, 122.0, 146.0),
            Self::KR => (33.0, 39.0, 124.0, 132.0),
            Self::US => (18.0, 72.0, -180.0, -66.0),
        }
    }
}

/// Administrative level of a place (the data's controlled vocabulary).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Level {
    Province,
    Municipality,
    City,
    CountyCity,
    County,
    District,
    Town,
}

/// The three tiers the legend and filters speak of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Tier {
    Province,
    City,
    District,
}

impl Tier {
    pub const ALL: [Tier; 3] = [Tier::Province, Tier::City, Tier::District];
    pub fn index(self) -> usize {
        self as usize
    }
    pub fn name(self) -> &'static str {
        match self {
            Self::Province => "province-level",
            Self::City => "city-level",
            Self::District => "district-level",
        }
    }
}

impl Level {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "province" => Self::Province,
            "municipality" => Self::Municipality,
            "city" => Self::City,
            "county-city" => Self::CountyCity,
            "county" => Self::County,
            "district" => Self::District,
            "town" => Self::Town,
            _ => return None,
        })
    }
    pub fn tier(self) -> Tier {
        match self {
            Self::Province | Self::Municipality => Tier::Province,
            Self::City | Self::CountyCity | Self::County | Self::Town => Tier::City,
            Self::District => Tier::District,
        }
    }
    /// A label in the words each country uses for its own units.
    pub fn label(self, country: Country) -> &'static str {
        use Country::*;
        match (self, country) {
            (Self::Province, CN) => "province",
            (Self::Province, JP) => "prefecture",
            (Self::Province, KR) => "province",
            (Self::Province, US) => "state",
            (Self::Municipality, CN) => "municipality (province-level)",
            (Self::Municipality, _) => "metropolitan city (province-level)",
            (Self::City, CN) => "prefecture-level city",
            (Self::City, _) => "city",
            (Self::CountyCity, _) => "county-level city",
            (Self::County, _) => "county",
            (Self::District, JP) => "ward",
            (Self::District, _) => "district",
            (Self::Town, JP) => "town / village",
            (Self::Town, _) => "town",
        }
    }
}

/// What the two sides call their tie.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Kind {
    Sister,
    Friendship,
    Exchange,
    Unknown,
}

impl Kind {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "sister" => Self::Sister,
            "friendship" => Self::Friendship,
            "exchange" => Self::Exchange,
            "" => Self::Unknown,
            _ => return None,
        })
    }
    pub fn label(self) -> &'static str {
        match self {
            Self::Sister => "sister city",
            Self::Friendship => "friendship city",
            Self::Exchange => "friendly exchange",
            Self::Unknown => "tie of unknown kind",
        }
    }
}

/// A date of establishment: a year, with month and day where the source gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// The first year a tie can have (Tianjin–Kobe, 1973) and the last the data may name.
pub const YEAR_RANGE: (u16, u16) = (1973, 2026);

impl Date {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Result<Self, String> {
        let bad = || format!("“{s}” is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        let mut parts = s.split('-');
        let year_s = parts.next().ok_or_else(bad)?;
        if year_s.len() != 4 {
            return Err(bad());
        }
        let year: u16 = year_s.parse().map_err(|_| bad())?;
        let mut two = |max: u8| -> Result<Option<u8>, String> {
            match parts.next() {
                None => Ok(None),
                Some(p) if p.len() == 2 => match p.parse::<u8>() {
                    Ok(v) if (1..=max).contains(&v) => Ok(Some(v)),
                    _ => Err(bad()),
                },
                Some(_) => Err(bad()),
            }
        };
        let month = two(12)?;
        let day = if month.is_some() { two(31)? } else { None };
        if parts.next().is_some() {
            return Err(bad());
        }
        if !(YEAR_RANGE.0..=YEAR_RANGE.1).contains(&year) {
            return Err(format!(
                "year {year} is outside {}–{}",
                YEAR_RANGE.0, YEAR_RANGE.1
            ));
        }
        Ok(Self { year, month, day })
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

/// A place's names in every script the data has (empty strings where unknown).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Names {
    pub en: String,
    pub zh: String,
    pub ja: String,
    pub kana: String,
    pub ko: String,
}

impl Names {
    /// The name in the place's own script (汉字 for China, 日本語 for Japan, 한글 for Korea).
    pub fn local(&self, country: Country) -> &str {
        match country {
            Country::CN => &self.zh,
            Country::JP => &self.ja,
            Country::KR => &self.ko,
            Country::US => "",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub id: String,
    pub country: Country,
    pub level: Level,
    pub names: Names,
    pub region_en: String,
    pub region_local: String,
    /// (latitude, longitude) in degrees; `None` where the data has no coordinates yet.
    pub coord: Option<(f64, f64)>,
    pub coord_source: String,
    /// Indexes of this place's links, in data order.
    pub links: Vec<usize>,
}

impl Place {
    pub fn degree(&self) -> usize {
        self.links.len()
    }
}

/// Where a link's facts come from: a key of `sources.csv` or a URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceRef {
    Key(usize),
    Url(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// The Chinese place.
    pub a: usize,
    /// The partner (Japanese, Korean or American) place.
    pub b: usize,
    pub kind: Kind,
    pub date: Option<Date>,
    pub date_source: String,
    pub sources: Vec<SourceRef>,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub key: String,
    pub title: String,
    pub url: String,
    pub licence: String,
}

/// Counts for the coverage line and the legend.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub links: usize,
    pub dated: usize,
    pub cited: usize,
    /// Links per partner country (JP, KR, US).
    pub by_country: [usize; 3],
    /// Dated links per partner country (JP, KR, US).
    pub dated_by_country: [usize; 3],
    pub places: usize,
    pub places_without_coordinates: usize,
}

/// The validated dataset.
#[derive(Debug, Clone, Default)]
pub struct Atlas {
    pub places: Vec<Place>,
    pub links: Vec<Link>,
    pub sources: Vec<Source>,
    by_id: HashMap<String, usize>,
}

fn is_http_url(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://")) && !s.contains(char::is_whitespace)
}

impl Coverage {
    /// `n` as a whole percentage of all links (rounded half up; 0 when there are none).
    pub fn percent(&self, n: usize) -> usize {
        (n * 100 + self.links / 2)
            .checked_div(self.links)
            .unwrap_or(0)
    }
}

impl Atlas {
    /// Parses and validates the three CSV texts. Rows that break a rule are left out and reported.
    pub fn from_csv(places: &str, links: &str, sources: &str) -> (Self, Vec<DataIssue>) {
        let (p, mut issues) = data::parse_csv::<PlaceRow>("places.csv", places);
        let (l, i2) = data::parse_csv::<LinkRow>("links.csv", links);
        let (s, i3) = data::parse_csv::<SourceRow>("sources.csv", sources);
        issues.extend(i2);
        issues.extend(i3);
        let (atlas, i4) = Self::from_rows(p, l, s);
        issues.extend(i4);
        (atlas, issues)
    }

    /// An atlas from already valid parts (generated data); builds the indexes.
    pub fn from_parts(mut places: Vec<Place>, links: Vec<Link>, sources: Vec<Source>) -> Self {
        for p in &mut places {
            p.links.clear();
        }
        for (i, l) in links.iter().enumerate() {
            places[l.a].links.push(i);
            places[l.b].links.push(i);
        }
        let by_id = places
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        Self {
            places,
            links,
            sources,
            by_id,
        }
    }

    /// The dataset compiled into the binary.
    pub fn embedded() -> (Self, Vec<DataIssue>) {
        use data::embedded as e;
        Self::from_csv(e::PLACES, e::LINKS, e::SOURCES)
    }

    /// Validates parsed rows. Line numbers assume one physical line per row (as the data is kept).
    pub fn from_rows(
        place_rows: Vec<PlaceRow>,
        link_rows: Vec<LinkRow>,
        source_rows: Vec<SourceRow>,
    ) -> (Self, Vec<DataIssue>) {
        let mut issues = Vec::new();
        let mut atlas = Atlas::default();
        let mut source_ix = HashMap::new();
        for (i, s) in source_rows.into_iter().enumerate() {
            let line = i as u64 + 2;
            if s.key.is_empty() || source_ix.contains_key(&s.key) {
                issues.push(DataIssue::new(
                    "sources.csv",
                    line,
                    Some("key"),
                    format!("key “{}” is empty or repeated", s.key),
                ));
                continue;
            }
            source_ix.insert(s.key.clone(), atlas.sources.len());
            atlas.sources.push(Source {
                key: s.key,
                title: s.title,
                url: s.url,
                licence: s.licence,
            });
        }

        for (i, r) in place_rows.into_iter().enumerate() {
            let line = i as u64 + 2;
            match Self::check_place(r, line) {
                Ok(p) => {
                    if atlas.by_id.contains_key(&p.id) {
                        issues.push(DataIssue::new(
                            "places.csv",
                            line,
                            Some("id"),
                            format!("id “{}” is used twice", p.id),
                        ));
                        continue;
                    }
                    atlas.by_id.insert(p.id.clone(), atlas.places.len());
                    atlas.places.push(p);
                }
                Err(issue) => issues.push(issue),
            }
        }

        let mut pairs = HashMap::new();
        for (i, r) in link_rows.into_iter().enumerate() {
            let line = i as u64 + 2;
            match atlas.check_link(r, line, &source_ix) {
                Ok(link) => {
                    if let Some(first) = pairs.insert((link.a, link.b), line) {
                        issues.push(DataIssue::new(
                            "links.csv",
                            line,
                            None,
                            format!("the pair is already on line {first}"),
                        ));
                        continue;
                    }
                    let ix = atlas.links.len();
                    atlas.places[link.a].links.push(ix);
                    atlas.places[link.b].links.push(ix);
                    atlas.links.push(link);
                }
                Err(issue) => issues.push(issue),
            }
        }
        (atlas, issues)
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

    fn check_link(
        &self,
        r: LinkRow,
        line: u64,
        source_ix: &HashMap<String, usize>,
    ) -> Result<Link, DataIssue> {
        let err = |field: &str, msg: String| DataIssue::new("links.csv", line, Some(field), msg);
        let a = self
            .index_of(&r.a)
            .ok_or_else(|| err("a", format!("no place has id “{}”", r.a)))?;
        let b = self
            .index_of(&r.b)
            .ok_or_else(|| err("b", format!("no place has id “{}”", r.b)))?;
        if self.places[a].country != Country::CN {
            return Err(err("a", format!("“{}” is not a Chinese place", r.a)));
        }
        if self.places[b].country == Country::CN {
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
        Ok(Link {
            a,
            b,
            kind,
            date,
            date_source: r.date_source,
            sources,
            note: r.note,
        })
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The place at the other end of `link` from `place`.
    pub fn other_end(&self, link: usize, place: usize) -> usize {
        let l = &self.links[link];
        if l.a == place {
            l.b
        } else {
            l.a
        }
    }

    /// The partner country of a link (the non-Chinese end).
    pub fn link_country(&self, link: usize) -> Country {
        self.places[self.links[link].b].country
    }

    /// The tier of a tie: the higher of its two ends' tiers (a province–city tie is province-level
    /// on one side; the legend classes it by its Chinese side).
    pub fn link_tier(&self, link: usize) -> Tier {
        self.places[self.links[link].a].level.tier()
    }

    pub fn coverage(&self) -> Coverage {
        let mut c = Coverage {
            links: self.links.len(),
            places: self.places.len(),
            places_without_coordinates: self.places.iter().filter(|p| p.coord.is_none()).count(),
            ..Coverage::default()
        };
        for (i, l) in self.links.iter().enumerate() {
            let k = self.link_country(i).partner_index().unwrap_or(0);
            c.by_country[k] += 1;
            if l.date.is_some() {
                c.dated += 1;
                c.dated_by_country[k] += 1;
            }
            if !l.sources.is_empty() {
                c.cited += 1;
            }
        }
        c
    }

    /// What the details panel and the JS API show about one place.
    pub fn place_details(&self, ix: usize) -> Option<PlaceDetails> {
        let p = self.places.get(ix)?;
        let mut partners: Vec<PartnerEntry> = p
            .links
            .iter()
            .map(|&li| PartnerEntry {
                place: self.place_ref(self.other_end(li, ix)),
                tie: self.tie_facts(li),
            })
            .collect();
        partners.sort_by(|x, y| {
            (
                x.tie.year.is_none(),
                x.tie.date.as_deref(),
                &x.place.name_en,
            )
                .cmp(&(
                    y.tie.year.is_none(),
                    y.tie.date.as_deref(),
                    &y.place.name_en,
                ))
        });
        let mut by_country = [0usize; 3];
        for e in &partners {
            if let Some(k) = Country::parse(e.place.country).and_then(Country::partner_index) {
                by_country[k] += 1;
            }
        }
        Some(PlaceDetails {
            id: p.id.clone(),
            country: p.country.code(),
            country_name: p.country.name(),
            names: p.names.clone(),
            region_en: p.region_en.clone(),
            region_local: p.region_local.clone(),
            level: p.level.label(p.country),
            tier: p.level.tier().name(),
            lat: p.coord.map(|c| c.0),
            lon: p.coord.map(|c| c.1),
            coord_source: p.coord_source.clone(),
            partner_count: partners.len(),
            dated_count: partners.iter().filter(|e| e.tie.year.is_some()).count(),
            partners_by_country: by_country,
            partners,
        })
    }

    fn tie_facts(&self, li: usize) -> TieFacts {
        let l = &self.links[li];
        TieFacts {
            kind: (l.kind != Kind::Unknown).then(|| l.kind.label()),
            date: l.date.map(|d| d.to_string()),
            year: l.date.map(|d| d.year),
            date_source: (!l.date_source.is_empty()).then(|| l.date_source.clone()),
            sources: self.source_links(&l.sources),
            note: l.note.clone(),
        }
    }

    fn place_ref(&self, p: usize) -> PlaceRef {
        let o = &self.places[p];
        PlaceRef {
            id: o.id.clone(),
            name_en: o.names.en.clone(),
            name_local: o.names.local(o.country).to_owned(),
            country: o.country.code(),
            region_en: o.region_en.clone(),
            level: o.level.label(o.country),
        }
    }

    /// What the details panel and the JS API show about one tie.
    pub fn link_details(&self, ix: usize) -> Option<LinkDetails> {
        let l = self.links.get(ix)?;
        Some(LinkDetails {
            a: self.place_ref(l.a),
            b: self.place_ref(l.b),
            tier: self.link_tier(ix).name(),
            tie: self.tie_facts(ix),
        })
    }

    /// The tie between two places given by id, if there is one.
    pub fn link_between(&self, a: &str, b: &str) -> Option<usize> {
        let (a, b) = (self.index_of(a)?, self.index_of(b)?);
        self.places[a]
            .links
            .iter()
            .copied()
            .find(|&l| self.other_end(l, a) == b)
    }

    fn source_links(&self, refs: &[SourceRef]) -> Vec<SourceLink> {
        refs.iter()
            .map(|r| match r {
                SourceRef::Key(k) => {
                    let s = &self.sources[*k];
                    SourceLink {
                        label: short_title(&s.title).to_owned(),
                        title: s.title.clone(),
                        url: is_http_url(&s.url).then(|| s.url.clone()),
                    }
                }
                SourceRef::Url(u) => SourceLink {
                    label: url_host(u).to_owned(),
                    title: u.clone(),
                    url: Some(u.clone()),
                },
            })
            .collect()
    }
}

/// A source title up to its first comma or parenthesis: "Wikipedia, \"List of…\"" → "Wikipedia".
pub fn short_title(title: &str) -> &str {
    let end = [title.find(", "), title.find(" (")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(title.len());
    title[..end].trim()
}

/// The host part of an http(s) URL, for a short link label.
pub fn url_host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceLink {
    /// Short text for the link.
    pub label: String,
    /// The full title (or URL), for a tooltip.
    pub title: String,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartnerEntry {
    /// The partner (its fields appear at the top level of the JS object).
    #[serde(flatten)]
    pub place: PlaceRef,
    #[serde(flatten)]
    pub tie: TieFacts,
}

/// What is known of one tie: its kind, date and where both come from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TieFacts {
    pub kind: Option<&'static str>,
    pub date: Option<String>,
    pub year: Option<u16>,
    pub date_source: Option<String>,
    pub sources: Vec<SourceLink>,
    pub note: String,
}

/// A place as a partner list or a tie's details name it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceRef {
    pub id: String,
    pub name_en: String,
    pub name_local: String,
    pub country: &'static str,
    pub region_en: String,
    pub level: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinkDetails {
    /// The Chinese place.
    pub a: PlaceRef,
    /// The partner.
    pub b: PlaceRef,
    pub tier: &'static str,
    #[serde(flatten)]
    pub tie: TieFacts,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceDetails {
    pub id: String,
    pub country: &'static str,
    pub country_name: &'static str,
    pub names: Names,
    pub region_en: String,
    pub region_local: String,
    pub level: &'static str,
    pub tier: &'static str,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub coord_source: String,
    pub partner_count: usize,
    pub dated_count: usize,
    pub partners_by_country: [usize; 3],
    pub partners: Vec<PartnerEntry>,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const PLACES: &str = "id,country,level,name_en,name_zh,name_ja,name_kana,name_ko,region_en,region_local,lat,lon,coord_source
cn-tianjin,CN,municipality,Tianjin,天津市,,,,Tianjin,天津市,39.13,117.2,t
cn-shanghai,CN,municipality,Shanghai,上海市,,,,Shanghai,上海市,31.23,121.47,t
jp-kobe,JP,city,Kobe,,神戸市,こうべし,,Hyogo,兵庫県,34.69,135.19,t
jp-osaka,JP,city,Osaka,,大阪市,おおさかし,,Osaka,大阪府,34.69,135.5,t
kr-incheon,KR,municipality,Incheon,,,,인천광역시,Incheon,인천광역시,37.45,126.7,t
us-philadelphia,US,city,Philadelphia,,,,,Pennsylvania,,39.95,-75.16,t
";
    pub(crate) const LINKS: &str = "a,b,kind,date,date_source,sources,note
cn-tianjin,jp-kobe,friendship,1973-06-24,https://example.org/kobe,wikipedia,
cn-shanghai,jp-osaka,friendship,1974-04-18,https://example.org/osaka,wikipedia,
cn-tianjin,kr-incheon,sister,1993-12-07,https://example.org/incheon,https://example.org/list,
cn-tianjin,us-philadelphia,,,,wikipedia,
";
    pub(crate) const SOURCES: &str = "key,title,url,licence
wikipedia,Wikipedia lists,https://en.wikipedia.org/,CC BY-SA 4.0
";

    pub(crate) fn fixture() -> Atlas {
        let (a, issues) = Atlas::from_csv(PLACES, LINKS, SOURCES);
        assert!(issues.is_empty(), "{issues:?}");
        a
    }

    #[test]
    fn fixture_builds_indexes() {
        let a = fixture();
        assert_eq!(a.places.len(), 6);
        assert_eq!(a.links.len(), 4);
        let t = a.index_of("cn-tianjin").unwrap();
        assert_eq!(a.places[t].degree(), 3);
        let c = a.coverage();
        assert_eq!(c.by_country, [2, 1, 1]);
        assert_eq!(c.dated, 3);
        assert_eq!(c.dated_by_country, [2, 1, 0]);
        assert_eq!(c.cited, 4);
        assert_eq!(c.percent(c.dated), 75);
        assert_eq!(Coverage::default().percent(0), 0);
    }

    #[test]
    fn details_list_partners_dated_first_with_sources() {
        let a = fixture();
        let d = a.place_details(a.index_of("cn-tianjin").unwrap()).unwrap();
        assert_eq!(d.partner_count, 3);
        assert_eq!(d.dated_count, 2);
        let names: Vec<_> = d
            .partners
            .iter()
            .map(|p| p.place.name_en.as_str())
            .collect();
        assert_eq!(names, ["Kobe", "Incheon", "Philadelphia"]);
        assert_eq!(d.partners[0].tie.date.as_deref(), Some("1973-06-24"));
        assert_eq!(d.partners[0].place.name_local, "神戸市");
        assert_eq!(d.partners[1].tie.sources[0].label, "example.org");
        assert_eq!(d.partners[2].tie.year, None);
        assert_eq!(d.partners_by_country, [1, 1, 1]);
    }

    #[test]
    fn link_details_name_both_ends_with_date_and_sources() {
        let a = fixture();
        let l = a.link_between("cn-tianjin", "jp-kobe").unwrap();
        assert_eq!(a.link_between("jp-kobe", "cn-tianjin"), Some(l));
        assert_eq!(a.link_between("cn-shanghai", "jp-kobe"), None);
        let d = a.link_details(l).unwrap();
        assert_eq!(
            (d.a.name_en.as_str(), d.b.name_local.as_str()),
            ("Tianjin", "神戸市")
        );
        assert_eq!(d.tie.date.as_deref(), Some("1973-06-24"));
        assert_eq!(d.tie.kind, Some("friendship city"));
        assert_eq!(d.tier, "province-level");
        assert_eq!(d.tie.sources[0].label, "Wikipedia lists");
        assert!(a.link_details(99).is_none());
    }

    #[test]
    fn dates_parse_and_reject() {
        assert_eq!(
            Date::parse("1973-06-24").unwrap(),
            Date {
                year: 1973,
                month: Some(6),
                day: Some(24)
            }
        );
        assert_eq!(Date::parse("1980").unwrap().to_string(), "1980");
        assert_eq!(Date::parse("1980-07").unwrap().to_string(), "1980-07");
        for bad in [
            "80",
            "1980-7",
            "1980-13",
            "1980-01-32",
            "1972",
            "2031",
            "1980-01-01-01",
            "x",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
    }

    fn issues_for(places: &str, links: &str) -> Vec<String> {
        Atlas::from_csv(places, links, SOURCES)
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
            "{LINKS}cn-tianjin,jp-kobe,,,,wikipedia,\ncn-tianjin,jp-nowhere,,,,wikipedia,\njp-kobe,cn-tianjin,,,,wikipedia,\ncn-shanghai,kr-incheon,,1990,,wikipedia,\ncn-shanghai,us-philadelphia,,,,,\ncn-shanghai,jp-kobe,best,,,wikipedia,\n"
        );
        let issues = issues_for(&places, &links);
        assert_eq!(
            issues,
            [
                "places.csv line 8, field “lat”: 51.5, -0.1 lies outside South Korea",
                "places.csv line 9, field “country”: “XX” is not CN, JP, KR or US",
                "links.csv line 6: the pair is already on line 2",
                "links.csv line 7, field “b”: no place has id “jp-nowhere”",
                "links.csv line 8, field “a”: “jp-kobe” is not a Chinese place",
                "links.csv line 9, field “date_source”: a date needs the URL of the page that states it",
                "links.csv line 10, field “sources”: every tie needs a source",
                "links.csv line 11, field “kind”: “best” is not sister, friendship or exchange",
            ]
        );
    }

    #[test]
    fn hostile_strings_stay_data() {
        let places = PLACES.replace("Kobe,,神戸市", "<img src=x onerror=alert(1)>,,神戸市");
        let (a, issues) = Atlas::from_csv(&places, LINKS, SOURCES);
        assert!(issues.is_empty());
        let d = a.place_details(a.index_of("jp-kobe").unwrap()).unwrap();
        assert_eq!(d.names.en, "<img src=x onerror=alert(1)>");
    }

    #[test]
    fn source_titles_shorten() {
        assert_eq!(
            short_title("Wikipedia, \"List of twin towns\" (via x)"),
            "Wikipedia"
        );
        assert_eq!(
            short_title("sistercity.info city lists (via y)"),
            "sistercity.info city lists"
        );
        assert_eq!(short_title("Plain"), "Plain");
    }

    #[test]
    fn url_host_is_short() {
        assert_eq!(
            url_host("https://www.city.kobe.lg.jp/a/b?c"),
            "www.city.kobe.lg.jp"
        );
        assert_eq!(url_host("http://x.org"), "x.org");
    }
}
