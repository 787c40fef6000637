//! The atlas model: places, ties and sources, validated and indexed, with the queries the rest of
//! the core asks of them.
//!
//! Built from the rows of [`crate::data`] by [`validate`]: a row that breaks a rule is left out and
//! reported as a [`crate::data::DataIssue`], so the page can say what it skipped and why. In the
//! code a tie is a [`Link`]; the words people read ("tie") live in [`crate::details`].

pub mod centrality;
pub mod chronicle;
pub mod nesting;
pub mod regions;
mod validate;
mod vocab;

pub use validate::is_http_url;
pub use vocab::{Country, Date, Kind, Level, Names, PerCountry, Tier, YEAR_RANGE};

use std::collections::HashMap;

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

/// A tie between a Chinese place and a partner place.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// The Chinese place (column `a` of the data).
    pub cn: usize,
    /// The Japanese, Korean or US place (column `b`).
    pub partner: usize,
    pub kind: Kind,
    pub date: Option<Date>,
    pub date_source: String,
    pub sources: Vec<SourceRef>,
    /// The primary source among the pages above (empty: none).
    pub primary: String,
    pub note: String,
}

impl Link {
    /// Whether the tie rests only on directories and wikis (keys of `sources.csv`): no page of
    /// its own, not even for its date.
    pub fn directories_only(&self) -> bool {
        self.date_source.is_empty() && self.sources.iter().all(|s| matches!(s, SourceRef::Key(_)))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub key: String,
    pub title: String,
    pub url: String,
    pub licence: String,
}

/// How many links, dates and places the atlas holds, overall and per partner country.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub links: usize,
    pub dated: usize,
    /// Links per partner country (China's slot stays 0).
    pub by_country: PerCountry<usize>,
    /// Dated links per partner country.
    pub dated_by_country: PerCountry<usize>,
    pub places: usize,
    pub places_without_coordinates: usize,
}

/// `n` as a whole percentage of `of` (rounded half up; 0 when `of` is 0).
pub fn percent(n: usize, of: usize) -> usize {
    (n * 100 + of / 2).checked_div(of).unwrap_or(0)
}

/// A place or a link of one atlas, by position: what the scene and the picker work with. The view
/// state names things by id instead ([`crate::view::Target`]), which survives a change of data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Item {
    Place(usize),
    Link(usize),
}

/// The validated dataset.
#[derive(Debug, Clone, Default)]
pub struct Atlas {
    pub places: Vec<Place>,
    pub links: Vec<Link>,
    pub sources: Vec<Source>,
    by_id: HashMap<String, usize>,
    /// Which ties sit inside province-level ties, worked out at the first question.
    nesting: std::cell::OnceCell<nesting::Nesting>,
    /// The places grouped by province, prefecture or state, likewise.
    regions: std::cell::OnceCell<regions::Regions>,
    /// The changes of the ties and the events at the places, read at the first question from
    /// `chronicle_csv` (`status.csv`, `events.csv`; none for data without them).
    chronicle: std::cell::OnceCell<chronicle::Chronicle>,
    chronicle_csv: Option<(&'static str, &'static str)>,
}

impl Atlas {
    /// An atlas from valid parts (validated rows or generated data); builds the indexes.
    pub fn from_parts(places: Vec<Place>, links: Vec<Link>, sources: Vec<Source>) -> Self {
        let by_id = places
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        let mut atlas = Self {
            places,
            links: Vec::new(),
            sources,
            by_id,
            nesting: std::cell::OnceCell::new(),
            regions: std::cell::OnceCell::new(),
            chronicle: std::cell::OnceCell::new(),
            chronicle_csv: None,
        };
        atlas.set_links(links);
        atlas
    }

    fn set_links(&mut self, links: Vec<Link>) {
        for p in &mut self.places {
            p.links.clear();
        }
        self.links = Vec::with_capacity(links.len());
        for l in links {
            self.push_link(l);
        }
    }

    /// Adds a link between two of the atlas's places.
    fn push_link(&mut self, l: Link) {
        let ix = self.links.len();
        self.nesting = std::cell::OnceCell::new();
        self.chronicle = std::cell::OnceCell::new();
        self.places[l.cn].links.push(ix);
        self.places[l.partner].links.push(ix);
        self.links.push(l);
    }

    /// The dataset compiled into the binary.
    pub fn embedded() -> (Self, Vec<crate::data::DataIssue>) {
        use crate::data::embedded as e;
        let (atlas, issues) = Self::from_csv(e::PLACES, e::LINKS, e::SOURCES);
        (atlas.with_chronicle(e::STATUS, e::EVENTS), issues)
    }

    /// The atlas with the changes of its ties and its events, to be read from `status` and
    /// `events` (the CSV texts of `status.csv` and `events.csv`) at the first question. Rows
    /// that name ties or places the atlas does not hold are left out (the data tests see that
    /// the embedded files have none).
    pub fn with_chronicle(mut self, status: &'static str, events: &'static str) -> Self {
        self.chronicle_csv = Some((status, events));
        self.chronicle = std::cell::OnceCell::new();
        self
    }

    /// The changes of the ties and the events at the places (see [`chronicle`]).
    pub fn chronicle(&self) -> &chronicle::Chronicle {
        self.chronicle.get_or_init(|| match self.chronicle_csv {
            Some((status, events)) => chronicle::Chronicle::read(self, status, events).0,
            None => chronicle::Chronicle::default(),
        })
    }

    /// Which ties sit inside province-level ties (see [`nesting`]).
    pub fn nesting(&self) -> &nesting::Nesting {
        self.nesting.get_or_init(|| nesting::Nesting::of(self))
    }

    /// The places grouped by province, prefecture or state (see [`regions`]).
    pub fn regions(&self) -> &regions::Regions {
        self.regions.get_or_init(|| regions::Regions::of(self))
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The place at the other end of `link` from `place`.
    pub fn other_end(&self, link: usize, place: usize) -> usize {
        let l = &self.links[link];
        if l.cn == place {
            l.partner
        } else {
            l.cn
        }
    }

    /// The partner country of a link.
    pub fn link_country(&self, link: usize) -> Country {
        self.places[self.links[link].partner].country
    }

    /// The tier of a link, which the legend and filters class by its Chinese side: a province
    /// tied to a city is a province-level tie.
    pub fn link_tier(&self, link: usize) -> Tier {
        self.places[self.links[link].cn].level.tier()
    }

    /// The link between two places given by id (either order), if there is one.
    pub fn link_between(&self, a: &str, b: &str) -> Option<usize> {
        let (a, b) = (self.index_of(a)?, self.index_of(b)?);
        self.places[a]
            .links
            .iter()
            .copied()
            .find(|&l| self.other_end(l, a) == b)
    }

    pub fn counts(&self) -> Counts {
        let mut c = Counts {
            links: self.links.len(),
            places: self.places.len(),
            places_without_coordinates: self.places.iter().filter(|p| p.coord.is_none()).count(),
            ..Counts::default()
        };
        for (i, l) in self.links.iter().enumerate() {
            let k = self.link_country(i);
            c.by_country[k] += 1;
            if l.date.is_some() {
                c.dated += 1;
                c.dated_by_country[k] += 1;
            }
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::fixture;

    #[test]
    fn fixture_builds_indexes_and_counts() {
        let a = fixture();
        assert_eq!(a.places.len(), 6);
        assert_eq!(a.links.len(), 4);
        let t = a.index_of("cn-tianjin").unwrap();
        assert_eq!(a.places[t].degree(), 3);
        let c = a.counts();
        assert_eq!(c.by_country.partners(), [2, 1, 1]);
        assert_eq!(c.dated, 3);
        assert_eq!(c.dated_by_country.partners(), [2, 1, 0]);
        assert_eq!(percent(c.dated, c.links), 75);
        assert_eq!(percent(0, 0), 0);
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(1, 2), 50);
    }

    #[test]
    fn links_are_found_from_either_end() {
        let a = fixture();
        let l = a.link_between("cn-tianjin", "jp-kobe").unwrap();
        assert_eq!(a.link_between("jp-kobe", "cn-tianjin"), Some(l));
        assert_eq!(a.link_between("cn-shanghai", "jp-kobe"), None);
        assert_eq!(a.link_between("cn-tianjin", "nowhere"), None);
        let (t, k) = (a.links[l].cn, a.links[l].partner);
        assert_eq!(a.other_end(l, t), k);
        assert_eq!(a.other_end(l, k), t);
        assert_eq!(a.link_country(l), Country::JP);
        assert_eq!(a.link_tier(l), Tier::Province);
    }
}

/// The small atlas the core's tests share.
#[cfg(test)]
pub(crate) mod testing {
    use super::Atlas;

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
}
