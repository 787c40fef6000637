//! The life of the ties beside the atlas: the dated changes of each tie (upgraded, renewed,
//! suspended, ended …), the laws that bar ties in a partner province or state, and the events
//! held at each place, read from `status.csv` and `events.csv`. A row that names a tie or place
//! the atlas does not hold is reported, not kept.

use super::{is_http_url, Atlas};
use crate::data::{parse_csv, DataIssue, EventRow, StatusRow, STATUS_EVENTS};
use std::collections::HashMap;

/// One dated change of a tie, or a law of a province or state.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub date: String,
    /// One of [`STATUS_EVENTS`].
    pub event: &'static str,
    pub from_kind: String,
    pub to_kind: String,
    pub source: String,
    pub note: String,
}

/// An event and the places (atlas indices) where it happened.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub row: EventRow,
    pub places: Vec<usize>,
}

/// What a tie is now, from its changes in date order: the latest change that says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Suspended,
    Ended,
    Disputed,
    Barred,
}

#[derive(Debug, Default)]
pub struct Chronicle {
    /// Per tie (atlas index), its changes in date order.
    changes: HashMap<usize, Vec<Change>>,
    /// Per province or state (atlas index), its laws in date order.
    laws: HashMap<usize, Vec<Change>>,
    events: Vec<Event>,
}

impl Chronicle {
    /// Reads `status_csv` and `events_csv` against `atlas`.
    pub fn read(atlas: &Atlas, status_csv: &str, events_csv: &str) -> (Self, Vec<DataIssue>) {
        // The tie from Chinese place `a` to partner `b`, as the atlas holds it.
        let tie = |a: &str, b: &str| {
            let l = atlas.link_between(a, b)?;
            (atlas.places[atlas.links[l].cn].id == a).then_some(l)
        };
        let mut c = Self::default();
        let (rows, mut issues) = parse_csv::<StatusRow>("status.csv", status_csv);
        for n in rows {
            let r = n.row;
            let issue = |field: &str, message: String| DataIssue {
                file: "status.csv".to_owned(),
                line: n.line,
                field: Some(field.to_owned()),
                message,
            };
            let Some(&event) = STATUS_EVENTS.iter().find(|e| **e == r.event) else {
                issues.push(issue(
                    "event",
                    format!("“{}” is not a known change", r.event),
                ));
                continue;
            };
            if !is_http_url(&r.source) {
                issues.push(issue("source", "not an http(s) address".to_owned()));
                continue;
            }
            let change = Change {
                date: r.date,
                event,
                from_kind: r.from_kind,
                to_kind: r.to_kind,
                source: r.source,
                note: r.note,
            };
            let target = if r.a.is_empty() {
                (atlas.index_of(&r.b)).map(|b| c.laws.entry(b).or_default())
            } else {
                tie(&r.a, &r.b).map(|l| c.changes.entry(l).or_default())
            };
            match target {
                Some(list) => list.push(change),
                None => issues.push(issue("b", format!("{} – {} is not in the atlas", r.a, r.b))),
            }
        }
        for list in c.changes.values_mut().chain(c.laws.values_mut()) {
            *list =
                crate::num::sort_by_rank(std::mem::take(list), |x| crate::num::date_key(&x.date));
        }
        let (rows, more) = parse_csv::<EventRow>("events.csv", events_csv);
        issues.extend(more);
        for n in rows {
            let places = (n.row.places.split(';'))
                .filter_map(|id| atlas.index_of(id))
                .collect();
            c.events.push(Event { row: n.row, places });
        }
        (c, issues)
    }

    /// The changes of tie `l`, in date order.
    pub fn changes(&self, l: usize) -> &[Change] {
        self.changes.get(&l).map_or(&[], Vec::as_slice)
    }

    /// The laws of province or state `p` that bar ties, in date order.
    pub fn laws(&self, p: usize) -> &[Change] {
        self.laws.get(&p).map_or(&[], Vec::as_slice)
    }

    /// Every event, in the order of the file (by date).
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// The events held at place `p`, in date order.
    pub fn events_at(&self, p: usize) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(move |e| e.places.contains(&p))
    }

    /// What tie `l` is now and since when, when its changes say it is not simply in force.
    pub fn standing(&self, l: usize) -> Option<(Standing, &Change)> {
        let mut now = None;
        for c in self.changes(l) {
            now = match c.event {
                "suspended" => Some((Standing::Suspended, c)),
                "ended-by-one" | "ended-by-both" => Some((Standing::Ended, c)),
                "disputed" => Some((Standing::Disputed, c)),
                "barred" => Some((Standing::Barred, c)),
                // A resumption, a renewal or a new signing puts it back in force.
                "resumed" | "renewed" | "signed" | "re-signed" => None,
                _ => now,
            };
        }
        now
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::fixture;

    const STATUS: &str = "a,b,date,event,from_kind,to_kind,source,note
cn-tianjin,jp-kobe,1990,suspended,,,https://example.org/1,x
cn-tianjin,jp-kobe,1995,resumed,,,https://example.org/2,x
cn-tianjin,jp-kobe,1980,upgraded,friendship,sister,https://example.org/3,x
cn-tianjin,us-philadelphia,2020,ended-by-one,,,https://example.org/4,x
,kr-incheon,2021,barred,,,https://example.org/5,x
cn-tianjin,jp-nowhere,2021,ended-by-one,,,https://example.org/6,x
cn-tianjin,jp-kobe,2022,frozen,,,https://example.org/7,x
";

    #[test]
    fn changes_are_kept_per_tie_in_date_order_and_the_standing_follows() {
        let a = fixture();
        let events = "date,countries,kind,places,title,source\n2003-11-06,JP,conference,cn-tianjin;jp-kobe,A meeting,https://example.org\n";
        let (c, issues) = Chronicle::read(&a, STATUS, events);
        let id = |s: &str| a.places.iter().position(|p| p.id == s).unwrap();
        let tie = |x: &str, y: &str| {
            (a.links.iter())
                .position(|l| l.cn == id(x) && l.partner == id(y))
                .unwrap()
        };
        let kobe = tie("cn-tianjin", "jp-kobe");
        let dates: Vec<&str> = c.changes(kobe).iter().map(|c| c.date.as_str()).collect();
        assert_eq!(dates, ["1980", "1990", "1995"]);
        assert_eq!(c.standing(kobe), None, "resumed");
        let phl = tie("cn-tianjin", "us-philadelphia");
        assert_eq!(c.standing(phl).map(|s| s.0), Some(Standing::Ended));
        // Two rows left out, each reported with its line and field.
        assert_eq!(issues.len(), 2, "{issues:?}");
        assert!(issues
            .iter()
            .any(|i| i.line == 7 && i.field.as_deref() == Some("b")));
        assert!(issues
            .iter()
            .any(|i| i.line == 8 && i.field.as_deref() == Some("event")));
        let events: Vec<_> = c.events_at(id("jp-kobe")).collect();
        assert_eq!(events.len(), 1);
        assert_eq!(c.events_at(id("us-philadelphia")).count(), 0);
    }

    #[test]
    fn the_embedded_files_read_without_a_row_left_out() {
        let (atlas, _) = Atlas::embedded();
        let (c, issues) = Chronicle::read(
            &atlas,
            crate::data::embedded::STATUS,
            crate::data::embedded::EVENTS,
        );
        assert!(issues.is_empty(), "{issues:?}");
        assert!(c.events.len() >= 90 && c.changes.len() >= 20);
    }
}
