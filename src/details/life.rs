//! What the panel says of the life of a tie and of the events at a place: each change with its
//! date and source, a short mark of what a tie is now ("ended 2024-03"), the laws of the
//! partner's state, and the conferences, delegations and anniversaries held at a place.

use super::sources::url_link;
use super::SourceLink;
use crate::dataset::Dataset;
use crate::model::chronicle::{Change, Standing};

/// One line of a tie's history.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryEntry {
    pub date: String,
    /// What changed, in words.
    pub text: String,
    pub note: String,
    pub source: SourceLink,
}

/// One event at a place.
#[derive(Debug, Clone, PartialEq)]
pub struct EventEntry {
    /// The key that selects it (`event-…`).
    pub key: String,
    /// "2003-11-06" or "2009-08-05 to 2009-08-09".
    pub when: String,
    pub kind: &'static str,
    pub title: String,
    pub organisations: String,
    pub note: String,
    pub source: SourceLink,
}

fn kind_word(k: &str) -> &str {
    match k {
        "exchange" => "friendly-exchange agreement",
        "friendship" => "friendship tie",
        "sister" => "sister tie",
        other => other,
    }
}

/// A change in words.
fn change_text(c: &Change) -> String {
    match c.event {
        "upgraded" => format!(
            "raised from a {} to a {}",
            kind_word(&c.from_kind),
            kind_word(&c.to_kind)
        ),
        "signed" if !c.to_kind.is_empty() => format!("signed as a {}", kind_word(&c.to_kind)),
        "re-signed" => "signed again (after a merger or a renaming)".to_owned(),
        "ended-by-one" => "ended by one side".to_owned(),
        "ended-by-both" => "ended by both sides".to_owned(),
        "disputed" => "disputed".to_owned(),
        "barred" => "barred by law".to_owned(),
        other => other.to_owned(),
    }
}

fn entry(c: &Change, text: String) -> HistoryEntry {
    HistoryEntry {
        date: c.date.clone(),
        text,
        note: c.note.clone(),
        source: url_link(&c.source),
    }
}

/// The history of tie `l`: its changes and the laws of the partner's province or state, in
/// date order.
pub fn tie_history(data: &Dataset, l: usize) -> Vec<HistoryEntry> {
    let atlas = data.atlas();
    let Some(link) = atlas.links.get(l) else {
        return Vec::new();
    };
    let c = data.chronicle();
    let mut v: Vec<HistoryEntry> = (c.changes(l).iter())
        .map(|ch| entry(ch, change_text(ch)))
        .collect();
    for (p, law) in laws_over(data, link.partner) {
        let text = format!("{} law bars such ties", atlas.places[p].names.en);
        v.push(entry(law, text));
    }
    crate::num::sort_by_rank(v, |x| crate::num::date_key(&x.date))
}

/// The laws that concern place `p`: its own, or its province's or state's.
fn laws_over(data: &Dataset, p: usize) -> Vec<(usize, &Change)> {
    let atlas = data.atlas();
    let Some(place) = atlas.places.get(p) else {
        return Vec::new();
    };
    (atlas.places.iter().enumerate())
        .filter(|(i, q)| *i == p || (q.country == place.country && q.names.en == place.region_en))
        .flat_map(|(i, _)| data.chronicle().laws(i).iter().map(move |c| (i, c)))
        .collect()
}

/// What tie `l` is now, when it is not simply in force: "ended 2024-03", "suspended since
/// 2012-02-21", "disputed 2025-08", "barred by law 2025".
pub fn standing_mark(data: &Dataset, l: usize) -> Option<String> {
    let (s, c) = data.chronicle().standing(l)?;
    Some(match s {
        Standing::InForce => return None,
        Standing::Suspended => format!("suspended since {}", c.date),
        Standing::Ended => format!("ended {}", c.date),
        Standing::Disputed => format!("disputed {}", c.date),
        Standing::Barred => format!("barred by law {}", c.date),
    })
}

/// The events held at place `p`, in date order.
pub fn place_events(data: &Dataset, p: usize) -> Vec<EventEntry> {
    let events = data.chronicle().events_at(p);
    events.map(event_entry).collect()
}

/// The events of tie `l`: those held at either end that concern the partner's country, in
/// date order.
pub fn tie_events(data: &Dataset, l: usize) -> Vec<EventEntry> {
    let atlas = data.atlas();
    let Some(t) = atlas.links.get(l) else {
        return Vec::new();
    };
    let country = atlas.places[t.partner].country.code();
    (data.chronicle().events().iter())
        .filter(|e| e.places.contains(&t.cn) || e.places.contains(&t.partner))
        .filter(|e| e.row.countries.split(';').any(|c| c == country))
        .map(event_entry)
        .collect()
}

fn event_entry(e: &crate::model::chronicle::Event) -> EventEntry {
    let r = &e.row;
    EventEntry {
        key: crate::view::Target::Event(r.id.clone()).key(),
        when: super::event_when(&r.date, &r.end_date),
        kind: event_kind_label(&r.kind),
        title: r.title.clone(),
        organisations: r.organisations.replace(';', ", "),
        note: r.note.clone(),
        source: url_link(&r.source),
    }
}

/// An event kind in words.
pub fn event_kind_label(kind: &str) -> &'static str {
    match kind {
        "conference" => "conference",
        "delegation" => "delegation visit",
        "mechanism" => "exchange-mechanism meeting",
        "signing" => "signing ceremony",
        "anniversary" => "anniversary",
        "diplomacy" => "diplomacy",
        "tie" => "a landmark tie",
        "crisis" => "crisis",
        "law" => "law",
        "ending" => "ending",
        _ => "event",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Dataset {
        Dataset::embedded().unwrap()
    }

    fn tie(d: &Dataset, a: &str, b: &str) -> usize {
        let at = d.atlas();
        let id = |s: &str| at.places.iter().position(|p| p.id == s).unwrap();
        (at.links.iter())
            .position(|l| l.cn == id(a) && l.partner == id(b))
            .unwrap()
    }

    #[test]
    fn a_tie_tells_its_changes_and_the_laws_of_its_state() {
        let d = data();
        assert!(d.issues().is_empty(), "{:?}", d.issues());
        let carmel = tie(&d, "cn-xiangyang", "us-carmel-indiana");
        let h = tie_history(&d, carmel);
        let texts: Vec<&str> = h.iter().map(|e| e.text.as_str()).collect();
        assert!(texts.contains(&"ended by one side"), "{texts:?}");
        assert!(texts.contains(&"Indiana law bars such ties"), "{texts:?}");
        assert!(h.windows(2).all(|w| w[0].date <= w[1].date));
        assert!(h.iter().all(|e| e.source.url.is_some()));
        assert_eq!(standing_mark(&d, carmel).as_deref(), Some("ended 2024-03"));
        let up = tie(&d, "cn-nantong", "kr-changwon");
        let h = tie_history(&d, up);
        assert_eq!(h[0].text, "signed as a friendship tie");
        assert_eq!(h[1].text, "raised from a friendship tie to a sister tie");
        assert_eq!(standing_mark(&d, up), None, "an upgrade leaves it in force");
        let daegu = tie(&d, "cn-qingdao", "kr-daegu");
        assert_eq!(standing_mark(&d, daegu), None, "resumed in 2025");
    }

    #[test]
    fn a_place_lists_the_events_held_there() {
        let d = data();
        let wuxi = d
            .atlas()
            .places
            .iter()
            .position(|p| p.id == "cn-wuxi")
            .unwrap();
        let e = place_events(&d, wuxi);
        let meeting = e
            .iter()
            .find(|e| e.when == "2003-11-06")
            .expect("the 2003 meeting");
        assert_eq!(meeting.kind, "conference");
        assert!(meeting
            .source
            .url
            .as_deref()
            .is_some_and(|u| u.starts_with("http")));
        assert!(e.windows(2).all(|w| w[0].when <= w[1].when));
        assert_eq!(meeting.key, "event-2003-11-06-conference-wuxi");
    }

    #[test]
    fn a_tie_lists_the_events_at_its_ends_that_concern_its_partner_country() {
        let d = data();
        let kobe = tie(&d, "cn-tianjin", "jp-kobe");
        let e = tie_events(&d, kobe);
        assert!(!e.is_empty());
        let events = d.chronicle().events();
        for x in &e {
            let ev = &events[d.chronicle().event(&x.key["event-".len()..]).unwrap()];
            assert!(ev.row.countries.contains("JP"), "{}", x.title);
        }
    }
}
