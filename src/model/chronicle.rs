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
    /// The year of `date` (`None` when it does not start with one).
    pub year: Option<u16>,
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
    /// The year of its date.
    pub year: Option<u16>,
    pub places: Vec<usize>,
}

/// The year a date of the data starts with.
fn year_of(date: &str) -> Option<u16> {
    date.get(..4)?.parse().ok()
}

/// What a tie is at a time, from its changes in date order: the latest change that says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Standing {
    InForce,
    Suspended,
    Ended,
    Disputed,
    Barred,
}

impl Standing {
    /// Every standing, in the order filters and legends list them.
    pub const ALL: [Standing; 5] = [
        Standing::InForce,
        Standing::Suspended,
        Standing::Ended,
        Standing::Disputed,
        Standing::Barred,
    ];

    /// Position in [`Standing::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

#[derive(Debug, Default, Clone)]
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
                year: year_of(&r.date),
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
            let known = c.events.iter().any(|e| e.row.id == n.row.id);
            if known || !is_event_id(&n.row.id) {
                issues.push(DataIssue {
                    file: "events.csv".to_owned(),
                    line: n.line,
                    field: Some("id".to_owned()),
                    message: format!(
                        "“{}” is {}",
                        n.row.id,
                        if known {
                            "the id of an event above"
                        } else {
                            "not an id of lower-case letters, digits and hyphens"
                        }
                    ),
                });
                continue;
            }
            let places = (n.row.places.split(';'))
                .filter_map(|id| atlas.index_of(id))
                .collect();
            let year = year_of(&n.row.date);
            c.events.push(Event {
                row: n.row,
                year,
                places,
            });
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

    /// The position in [`Self::events`] of the event with id `id`.
    pub fn event(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.row.id == id)
    }

    /// The events held at place `p`, in date order.
    pub fn events_at(&self, p: usize) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(move |e| e.places.contains(&p))
    }

    /// What tie `l` is now and since when, when its changes say it is not simply in force.
    pub fn standing(&self, l: usize) -> Option<(Standing, &Change)> {
        self.standing_at(l, None)
    }

    /// What tie `l` was at the end of `year` (`None`: now) and since when, when its changes up
    /// to then say it was not simply in force. A change dated without a year counts only now.
    pub fn standing_at(&self, l: usize, year: Option<u16>) -> Option<(Standing, &Change)> {
        if self.changes.is_empty() {
            return None;
        }
        let mut now = None;
        let by = |c: &&Change| year.is_none_or(|y| c.year.is_some_and(|cy| cy <= y));
        for c in self.changes(l).iter().take_while(by) {
            now = match leaves_in(c.event) {
                Some(Standing::InForce) => None,
                Some(s) => Some((s, c)),
                None => now,
            };
        }
        now
    }

    /// The standing of tie `l` at the end of `year` (`None`: now), in force when no change
    /// says otherwise.
    pub fn standing_of(&self, l: usize, year: Option<u16>) -> Standing {
        self.standing_at(l, year).map_or(Standing::InForce, |s| s.0)
    }

    /// Whether tie `l` is ever other than in force: suspended, ended, disputed or barred at some
    /// time.
    pub fn changes_standing(&self, l: usize) -> bool {
        (self.changes(l).iter()).any(|c| leaves_in(c.event).is_some_and(|s| s != Standing::InForce))
    }

    /// Whether any tie is ever other than in force.
    pub fn has_standings(&self) -> bool {
        self.changes.keys().any(|&l| self.changes_standing(l))
    }
}

/// What a change leaves a tie in: a suspension, an end, a dispute or a law takes it out of
/// force; a resumption, a renewal or a new signing puts it back; `None` for a change that leaves
/// it as it was (an upgrade).
fn leaves_in(event: &str) -> Option<Standing> {
    match event {
        "suspended" => Some(Standing::Suspended),
        "ended-by-one" | "ended-by-both" => Some(Standing::Ended),
        "disputed" => Some(Standing::Disputed),
        "barred" => Some(Standing::Barred),
        "resumed" | "renewed" | "signed" | "re-signed" => Some(Standing::InForce),
        _ => None,
    }
}

/// Whether `id` is a well-formed event id: lower-case ASCII letters, digits and single hyphens.
pub fn is_event_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
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
        let events = "id,date,countries,kind,places,title,source\n2003-11-06-conference-tianjin,2003-11-06,JP,conference,cn-tianjin;jp-kobe,A meeting,https://example.org\n2003-11-06-conference-tianjin,2003-11-07,JP,conference,cn-tianjin,Again,https://example.org\nBad Id,2004,JP,conference,cn-tianjin,Badly named,https://example.org\n";
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
        // As the years go by: suspended from 1990 until it resumed in 1995; ended in 2020.
        assert_eq!(c.standing_of(kobe, Some(1989)), Standing::InForce);
        assert_eq!(c.standing_of(kobe, Some(1990)), Standing::Suspended);
        assert_eq!(c.standing_of(kobe, Some(1995)), Standing::InForce);
        assert_eq!(c.standing_of(phl, Some(2019)), Standing::InForce);
        assert_eq!(c.standing_of(phl, None), Standing::Ended);
        assert!(c.changes_standing(kobe) && c.changes_standing(phl) && c.has_standings());
        let osaka = tie("cn-shanghai", "jp-osaka");
        assert!(!c.changes_standing(osaka));
        // Two rows of changes left out, each reported with its line and field.
        assert_eq!(issues.iter().filter(|i| i.file == "status.csv").count(), 2);
        assert!(issues
            .iter()
            .any(|i| i.line == 7 && i.field.as_deref() == Some("b")));
        assert!(issues
            .iter()
            .any(|i| i.line == 8 && i.field.as_deref() == Some("event")));
        let events: Vec<_> = c.events_at(id("jp-kobe")).collect();
        assert_eq!(events.len(), 1);
        assert_eq!(c.event("2003-11-06-conference-tianjin"), Some(0));
        // A second event of the same id and an id that is not one are left out, and said.
        assert_eq!(c.events().len(), 1);
        assert_eq!(issues.len(), 4);
        assert!(issues.iter().any(|i| i.line == 3 && i.file == "events.csv"));
        assert!(issues.iter().any(|i| i.line == 4 && i.file == "events.csv"));
        assert_eq!(c.events_at(id("us-philadelphia")).count(), 0);
    }

    #[test]
    fn event_ids_are_lower_case_words_joined_by_single_hyphens() {
        assert!(is_event_id("2003-11-06-conference-wuxi"));
        for bad in ["", "-a", "a-", "a--b", "A", "a b", "事件"] {
            assert!(!is_event_id(bad), "{bad}");
        }
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
