//! The presenter: what the details panel, the tooltip, the legend and the JS API show, derived from
//! the atlas. Display records and the words people read are made here; the model stays free of
//! them, and the web shell only lays them out (or hands them to JavaScript as plain objects).

mod chart;
mod events;
mod export;
mod filters;
mod life;
mod regions;
mod sources;
mod speech;
mod structure;
mod summaries;
mod table;
mod text;
mod timeline;

pub use chart::{
    compare, events_tip, marks, marks_tip, multiple_caption, officials, summary, year_rows,
    CountryRow, Official,
};
pub use events::{
    event_announcement, event_details, event_tooltip, event_when, events_heading, figures_of,
    EventDetails,
};
pub use export::{embed_snippet, export_texts, CREDIT};
pub use filters::{
    filter_groups, filters_text, toggle, undated_label, years_hint, FilterGroup, FilterOption,
    HIDDEN_BY_FILTERS,
};
pub use life::{
    event_kind_label, place_events, standing_mark, tie_events, tie_history, EventEntry,
    HistoryEntry,
};
pub use regions::{region_details, region_summary, region_tooltip, RegionDetails, RegionRef};
use sources::source_links;
pub use sources::{short_title, url_host};
pub use speech::{link_announcement, place_announcement};
pub use structure::{hubs, nest_line, nest_summary, Hub, NestLine, BRIDGING_MEANS};
pub use summaries::{place_summaries, PlaceSummary};
pub use table::{table_rows, TableRow, TABLE_HEADINGS};
pub use text::{
    chooser_heading, count, country_lang, issues_summary, kind_label, label_text, legend,
    level_label, link_notice, map_names, others_here, sampling_text, shown_text, status_text,
    synthetic_status_text, tier_label, tooltip_text, LegendEntry,
};
pub use timeline::{hidden_mark, undated_choice, year_counts, year_text, YearCounts};

use crate::model::{Atlas, Country, Names};

/// A source as a link: a short label, the full title and the URL when it is http(s).
#[derive(Debug, Clone, PartialEq)]
pub struct SourceLink {
    /// Short text for the link.
    pub label: String,
    /// The full title (or URL), for a tooltip.
    pub title: String,
    pub url: Option<String>,
}

/// A place as a partner list or a tie's details name it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceRef {
    pub id: String,
    pub name_en: String,
    pub name_local: String,
    pub country: Country,
    pub region_en: String,
    pub level: &'static str,
}

/// What is known of one tie: its kind, date and where both come from.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkFacts {
    pub kind: Option<&'static str>,
    pub date: Option<String>,
    pub year: Option<u16>,
    pub date_source: Option<String>,
    pub sources: Vec<SourceLink>,
    /// The primary source among them (a government page, a registry or a government news
    /// report), where there is one.
    pub primary: Option<SourceLink>,
    /// "listed by Wikipedia only", for a tie that rests on directories alone.
    pub listed_only: Option<String>,
    pub note: String,
}

/// One partner of a place, with the tie to it.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerEntry {
    /// The partner (its fields and the tie's sit side by side in the JS object).
    pub place: PlaceRef,
    pub link: LinkFacts,
    /// The filters hide this tie.
    pub hidden: bool,
}

/// What the panel and `atlas.place(id)` show of a place.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceDetails {
    pub id: String,
    pub country: Country,
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
    /// Partners whose ties the filters hide.
    pub hidden_count: usize,
    /// Partners per partner country, in [`Country::PARTNERS`] order.
    pub partners_by_country: [usize; 3],
    pub partners: Vec<PartnerEntry>,
}

/// What the panel and `atlas.link("a~b")` show of a tie.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkDetails {
    /// The Chinese place.
    pub a: PlaceRef,
    /// The partner.
    pub b: PlaceRef,
    pub tier: &'static str,
    pub facts: LinkFacts,
    /// Whether it sits inside a tie of its provinces (ties below the province level only).
    pub nest: Option<NestLine>,
}

fn link_facts(atlas: &Atlas, li: usize) -> LinkFacts {
    let l = &atlas.links[li];
    LinkFacts {
        kind: kind_label(l.kind),
        date: l.date.map(|d| d.to_string()),
        year: l.date.map(|d| d.year),
        date_source: (!l.date_source.is_empty()).then(|| l.date_source.clone()),
        sources: source_links(atlas, &l.sources),
        primary: (!l.primary.is_empty()).then(|| sources::url_link(&l.primary)),
        listed_only: l
            .directories_only()
            .then(|| sources::listed_only(atlas, &l.sources)),
        note: l.note.clone(),
    }
}

/// Place `p` as a partner list, a tie or the chooser names it.
pub fn place_ref(atlas: &Atlas, p: usize) -> PlaceRef {
    let o = &atlas.places[p];
    PlaceRef {
        id: o.id.clone(),
        name_en: o.names.en.clone(),
        name_local: o.names.local(o.country).to_owned(),
        country: o.country,
        region_en: o.region_en.clone(),
        level: level_label(o.level, o.country),
    }
}

/// The details of place `ix`: names, region, level and every partner, dated ones first, each
/// marked when the filters hide its tie (`shown`: one flag per tie; `None`: all shown).
pub fn place_details(atlas: &Atlas, ix: usize, shown: Option<&[bool]>) -> Option<PlaceDetails> {
    let p = atlas.places.get(ix)?;
    let mut partners: Vec<PartnerEntry> = p
        .links
        .iter()
        .map(|&li| PartnerEntry {
            place: place_ref(atlas, atlas.other_end(li, ix)),
            link: link_facts(atlas, li),
            hidden: shown.is_some_and(|s| !s.get(li).copied().unwrap_or(true)),
        })
        .collect();
    fn order(e: &PartnerEntry) -> (bool, Option<&str>, &str) {
        (
            e.link.year.is_none(),
            e.link.date.as_deref(),
            &e.place.name_en,
        )
    }
    partners.sort_by(|x, y| order(x).cmp(&order(y)));
    let by_country =
        Country::PARTNERS.map(|c| partners.iter().filter(|e| e.place.country == c).count());
    Some(PlaceDetails {
        id: p.id.clone(),
        country: p.country,
        country_name: p.country.name(),
        names: p.names.clone(),
        region_en: p.region_en.clone(),
        region_local: p.region_local.clone(),
        level: level_label(p.level, p.country),
        tier: tier_label(p.level.tier()),
        lat: p.coord.map(|c| c.0),
        lon: p.coord.map(|c| c.1),
        coord_source: p.coord_source.clone(),
        partner_count: partners.len(),
        dated_count: partners.iter().filter(|e| e.link.year.is_some()).count(),
        hidden_count: partners.iter().filter(|e| e.hidden).count(),
        partners_by_country: by_country,
        partners,
    })
}

/// The details of tie `ix`: both places, kind, date and sources.
pub fn link_details(atlas: &Atlas, ix: usize) -> Option<LinkDetails> {
    let l = atlas.links.get(ix)?;
    Some(LinkDetails {
        a: place_ref(atlas, l.cn),
        b: place_ref(atlas, l.partner),
        tier: tier_label(atlas.link_tier(ix)),
        facts: link_facts(atlas, ix),
        nest: nest_line(atlas, ix),
    })
}

/// "3 partners (1 Japan, 1 South Korea, 1 United States) · 2 with a known year".
pub fn partner_summary(d: &PlaceDetails) -> String {
    let parts: Vec<String> = Country::PARTNERS
        .iter()
        .zip(d.partners_by_country)
        .filter(|(_, n)| *n > 0)
        .map(|(c, n)| format!("{n} {}", c.name()))
        .collect();
    let by = if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    };
    let hidden = match d.hidden_count {
        0 => String::new(),
        n => format!(" · {n} {HIDDEN_BY_FILTERS}"),
    };
    format!(
        "{}{by} · {} with a known year{hidden}",
        count(d.partner_count, "partner"),
        d.dated_count
    )
}

/// "prefecture-level city in Hebei": a place's level and region.
pub fn place_subtitle(d: &PlaceDetails) -> String {
    let mut s = d.level.to_owned();
    if !d.region_en.is_empty() && d.region_en != d.names.en {
        s.push_str(" in ");
        s.push_str(&d.region_en);
    }
    s
}

/// "city in Hyogo": what a search suggestion says of a place besides its names.
pub fn search_hint(r: &PlaceRef) -> String {
    if r.region_en.is_empty() || r.region_en == r.name_en {
        r.level.to_owned()
    } else {
        format!("{} in {}", r.level, r.region_en)
    }
}

/// " · friendship city · Hyogo (city)": what a partner entry says after its year.
pub fn partner_meta(e: &PartnerEntry) -> String {
    let mut s = String::new();
    if let Some(kind) = e.link.kind {
        s.push_str(&format!(" · {kind}"));
    }
    if e.place.region_en.is_empty() {
        s.push_str(&format!(" · {}", e.place.level));
    } else {
        s.push_str(&format!(" · {} ({})", e.place.region_en, e.place.level));
    }
    s
}

/// "friendship city · province-level tie", or "province-level tie of unknown kind".
pub fn link_subtitle(d: &LinkDetails) -> String {
    match d.facts.kind {
        Some(k) => format!("{k} · {} tie", d.tier),
        None => format!("{} tie of unknown kind", d.tier),
    }
}

/// "Established 1973-06-24", or why there is no date.
pub fn established_text(f: &LinkFacts) -> String {
    match &f.date {
        Some(x) => format!("Established {x}"),
        None => "Year unknown: no source found yet".to_owned(),
    }
}

/// The panel's footer: coordinates and where they come from.
pub fn coordinates_text(d: &PlaceDetails) -> String {
    match (d.lat, d.lon) {
        (Some(lat), Some(lon)) => format!(
            "{}°, {}° · coordinates: {}",
            crate::num::fixed(lat, 3),
            crate::num::fixed(lon, 3),
            d.coord_source
        ),
        _ => "No coordinates yet: not on the map.".to_owned(),
    }
}

/// The rows of the names list: label, name, language; empty names left out.
pub fn name_rows(n: &Names) -> Vec<(&'static str, &str, &'static str)> {
    [
        ("English / romanised", n.en.as_str(), "en"),
        ("汉字 (Chinese)", n.zh.as_str(), "zh-Hans"),
        ("繁體 (traditional Chinese)", n.zh_hant.as_str(), "zh-Hant"),
        ("日本語 (Japanese)", n.ja.as_str(), "ja"),
        ("かな (reading)", n.kana.as_str(), "ja"),
        ("한국어 (Korean)", n.ko.as_str(), "ko"),
    ]
    .into_iter()
    .filter(|(_, v, _)| !v.is_empty())
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::fixture;

    #[test]
    fn details_list_partners_dated_first_with_sources() {
        let a = fixture();
        let d = place_details(&a, a.index_of("cn-tianjin").unwrap(), None).unwrap();
        assert_eq!(d.partner_count, 3);
        assert_eq!(d.dated_count, 2);
        let names: Vec<_> = d
            .partners
            .iter()
            .map(|p| p.place.name_en.as_str())
            .collect();
        assert_eq!(names, ["Kobe", "Incheon", "Philadelphia"]);
        assert_eq!(d.partners[0].link.date.as_deref(), Some("1973-06-24"));
        assert_eq!(d.partners[0].place.name_local, "神戸市");
        assert_eq!(d.partners[1].link.sources[0].label, "example.org");
        assert_eq!(d.partners[2].link.year, None);
        assert_eq!(d.partners_by_country, [1, 1, 1]);
        assert_eq!(
            partner_summary(&d),
            "3 partners (1 Japan, 1 South Korea, 1 United States) · 2 with a known year"
        );
        assert_eq!(place_subtitle(&d), "municipality (province-level)");
        assert_eq!(coordinates_text(&d), "39.13°, 117.2° · coordinates: t");
        assert!(place_details(&a, 99, None).is_none());
    }

    #[test]
    fn link_details_name_both_ends_with_date_and_sources() {
        let a = fixture();
        let l = a.link_between("cn-tianjin", "jp-kobe").unwrap();
        let d = link_details(&a, l).unwrap();
        assert_eq!(
            (d.a.name_en.as_str(), d.b.name_local.as_str()),
            ("Tianjin", "神戸市")
        );
        assert_eq!(d.facts.date.as_deref(), Some("1973-06-24"));
        assert_eq!(d.facts.kind, Some("friendship city"));
        assert_eq!(d.tier, "province-level");
        assert_eq!(d.facts.sources[0].label, "Wikipedia lists");
        assert_eq!(link_subtitle(&d), "friendship city · province-level tie");
        assert_eq!(established_text(&d.facts), "Established 1973-06-24");
        assert!(link_details(&a, 99).is_none());
    }

    #[test]
    fn source_titles_and_hosts_shorten() {
        assert_eq!(
            short_title("Wikipedia, \"List of twin towns\" (via x)"),
            "Wikipedia"
        );
        assert_eq!(
            short_title("sistercity.info city lists (via y)"),
            "sistercity.info city lists"
        );
        assert_eq!(short_title("Plain"), "Plain");
        assert_eq!(
            url_host("https://www.city.kobe.lg.jp/a/b?c"),
            "www.city.kobe.lg.jp"
        );
        assert_eq!(url_host("http://x.org"), "x.org");
    }

    #[test]
    fn names_list_only_the_scripts_a_place_has() {
        let a = fixture();
        let d = place_details(&a, a.index_of("jp-kobe").unwrap(), None).unwrap();
        let rows: Vec<_> = name_rows(&d.names).into_iter().map(|r| r.1).collect();
        assert_eq!(rows, ["Kobe", "神戸市", "こうべし"]);
    }
}
