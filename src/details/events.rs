//! What the panel, the tooltip and the API say of an event: its date, kind, places,
//! organisations, title and source, the figures its report quotes, and the other events held at
//! its places.

use super::life::event_kind_label;
use super::{place_ref, PlaceRef, SourceLink};
use crate::data::{parse_csv, TotalRow};
use crate::model::{Atlas, Country};
use crate::view::Target;

/// An event, as the panel shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDetails {
    /// The key that selects it (`event-…`).
    pub key: String,
    pub title: String,
    /// "2003-11-06" or "2009-08-05 to 2009-08-09".
    pub when: String,
    pub kind: &'static str,
    pub places: Vec<PlaceRef>,
    /// The partner countries it concerns, by name.
    pub countries: Vec<&'static str>,
    pub organisations: Vec<String>,
    pub source: SourceLink,
    /// The figures its report quotes: "814: member cities … (CPAFFC English news)".
    pub figures: Vec<String>,
    /// Other events at its places: key, date and title, in date order.
    pub nearby: Vec<(String, String, String)>,
}

/// "2003-11-06", or "2009-08-05 to 2009-08-09" for an event over several days.
pub fn event_when(date: &str, end: &str) -> String {
    if end.is_empty() {
        date.to_owned()
    } else {
        format!("{date} to {end}")
    }
}

/// The figures of `totals_csv` tagged `[figure]` whose page is `url`, as "count: what".
pub fn figures_of(totals_csv: &str, url: &str) -> Vec<String> {
    let tag = super::chart::FIGURE_TAG;
    let (rows, _) = parse_csv::<TotalRow>("totals.csv", totals_csv);
    (rows.into_iter())
        .filter(|n| n.row.url == url && n.row.what.starts_with(tag))
        .map(|n| format!("{}: {}", n.row.count, n.row.what[tag.len()..].trim()))
        .collect()
}

/// The details of event `e` of `atlas`'s chronicle; figures from `totals_csv`.
pub fn event_details(atlas: &Atlas, e: usize, totals_csv: &str) -> Option<EventDetails> {
    let events = atlas.chronicle().events();
    let ev = events.get(e)?;
    let r = &ev.row;
    let nearby = (events.iter().enumerate())
        .filter(|(i, o)| *i != e && o.places.iter().any(|p| ev.places.contains(p)))
        .map(|(_, o)| {
            let key = Target::Event(o.row.id.clone()).key();
            (
                key,
                event_when(&o.row.date, &o.row.end_date),
                o.row.title.clone(),
            )
        })
        .collect();
    Some(EventDetails {
        key: Target::Event(r.id.clone()).key(),
        title: r.title.clone(),
        when: event_when(&r.date, &r.end_date),
        kind: event_kind_label(&r.kind),
        places: ev.places.iter().map(|&p| place_ref(atlas, p)).collect(),
        countries: (r.countries.split(';'))
            .filter_map(Country::parse)
            .map(Country::name)
            .collect(),
        organisations: (r.organisations.split(';'))
            .map(str::trim)
            .filter(|o| !o.is_empty())
            .map(str::to_owned)
            .collect(),
        source: super::sources::url_link(&r.source),
        figures: figures_of(totals_csv, &r.source),
        nearby,
    })
}

/// What the tooltip says of an event: "2003-11-06 · conference: China–Japan–Korea …", and how
/// many more events the diamond stands for.
pub fn event_tooltip(atlas: &Atlas, e: usize, others: usize) -> Option<String> {
    let ev = atlas.chronicle().events().get(e)?;
    let r = &ev.row;
    let mut s = format!(
        "{} · {}: {}",
        event_when(&r.date, &r.end_date),
        event_kind_label(&r.kind),
        r.title
    );
    match others {
        0 => {}
        1 => s.push_str(" (and 1 more event here: click for both)"),
        n => s.push_str(&format!(" (and {n} more events here: click for the list)")),
    }
    Some(s)
}

/// What the panel announces when an event is selected.
pub fn event_announcement(d: &EventDetails) -> String {
    format!("{}, {}: {}", d.when, d.kind, d.title)
}

/// The chooser's heading for the events of a diamond: "3 events here".
pub fn events_heading(n: usize) -> String {
    format!("{n} events here")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::embedded::TOTALS;

    #[test]
    fn an_event_tells_its_date_kind_places_source_and_figures() {
        let (a, _) = Atlas::embedded();
        let c = a.chronicle();
        let suzhou = c
            .event("2023-11-03-conference-suzhou")
            .expect("Suzhou 2023");
        let d = event_details(&a, suzhou, TOTALS).unwrap();
        assert_eq!(d.when, "2023-11-03");
        assert_eq!(d.kind, "conference");
        assert_eq!(d.key, "event-2023-11-03-conference-suzhou");
        assert!(d.places.iter().any(|p| p.id == "cn-suzhou"));
        assert!(d.countries.contains(&"United States"));
        assert!(d
            .source
            .url
            .as_deref()
            .is_some_and(|u| u.starts_with("http")));
        // The mayors' delegation of 2017: the figures its report quotes.
        let mayors = (c.events().iter())
            .position(|e| e.row.date == "2017-03-05" && e.row.kind == "delegation")
            .expect("the mayors' delegation");
        let d = event_details(&a, mayors, TOTALS).unwrap();
        assert!(
            d.figures.iter().any(|f| f.starts_with("814: ")),
            "{:?}",
            d.figures
        );
        assert!(
            d.figures.iter().any(|f| f.starts_with("270: ")),
            "{:?}",
            d.figures
        );
        // Wuxi's 2003 meeting lists the other events held in Wuxi.
        let wuxi = c.event("2003-11-06-conference-wuxi").unwrap();
        let d = event_details(&a, wuxi, TOTALS).unwrap();
        assert!(!d.nearby.is_empty());
        assert!(d.nearby.iter().all(|n| n.0 != d.key));
        let tip = event_tooltip(&a, wuxi, 2).unwrap();
        assert!(tip.starts_with("2003-11-06 · conference: "), "{tip}");
        assert!(tip.ends_with("(and 2 more events here: click for the list)"));
        assert_eq!(event_details(&a, 9999, TOTALS), None);
    }

    #[test]
    fn only_http_sources_are_links() {
        let link = super::super::sources::url_link;
        assert_eq!(link("javascript:alert(1)").url, None);
        assert!(link("https://example.org/a").url.is_some());
        let csv = "country,as_of,count,what,url\nJP,2017,5,[figure] five things (X),https://a.org/p\nJP,2017,6,six ties (Y),https://a.org/p\n";
        assert_eq!(figures_of(csv, "https://a.org/p"), ["5: five things (X)"]);
    }
}
