//! Finding events: by what they are (`conference`, `delegation` …), by the organisations
//! involved and the words of their titles, folded as place names are (see [`super`]), and by
//! the places where they were held. Latest first.

use super::fold_words;
use crate::model::Atlas;

/// The words of every event folded for matching, made once: its kind (as the data and the
/// page name it), organisations and title, each apart (a line break never matches a query).
#[derive(Debug, Clone, Default)]
pub struct EventKeys(Vec<String>);

impl EventKeys {
    pub fn new(atlas: &Atlas) -> Self {
        let events = atlas.chronicle().events();
        Self(
            (events.iter())
                .map(|e| {
                    let r = &e.row;
                    let kind = crate::details::event_kind_label(&r.kind);
                    let texts = [r.kind.as_str(), kind, &r.organisations, &r.title];
                    let folded: Vec<String> =
                        texts.iter().map(|t| fold_words(t, false).0).collect();
                    folded.join("\n")
                })
                .collect(),
        )
    }

    /// The events (positions in `atlas.chronicle().events()`) that `query` finds, latest first.
    /// `places` are the places the same query finds, best first: an event at one of the first
    /// few is found too.
    pub fn find(&self, atlas: &Atlas, places: &[usize], query: &str) -> Vec<usize> {
        /// How many of the places found bring their events along.
        const PLACES: usize = 3;
        let (q, _) = fold_words(query, false);
        if q.is_empty() {
            return Vec::new();
        }
        let near = &places[..places.len().min(PLACES)];
        let events = atlas.chronicle().events();
        (0..events.len().min(self.0.len()))
            .rev()
            .filter(|&i| {
                self.0[i].contains(&q) || events[i].places.iter().any(|p| near.contains(p))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(a: &Atlas, found: &[usize]) -> Vec<String> {
        let events = a.chronicle().events();
        found.iter().map(|&i| events[i].row.id.clone()).collect()
    }

    #[test]
    fn events_are_found_by_place_organisation_and_kind() {
        let (a, _) = Atlas::embedded();
        let index = super::super::SearchIndex::new(&a);
        let keys = EventKeys::new(&a);
        let find = |q: &str| ids(&a, &keys.find(&a, &index.search(q), q));
        let wuxi = find("Wuxi");
        assert!(
            wuxi.contains(&"2003-11-06-conference-wuxi".to_owned()),
            "{wuxi:?}"
        );
        // Latest first.
        assert!(wuxi.windows(2).all(|w| w[0] >= w[1]), "{wuxi:?}");
        assert!(find("無錫").contains(&"2003-11-06-conference-wuxi".to_owned()));
        let mayors = find("city mayors");
        assert!(
            mayors.iter().any(|id| id.starts_with("2017-03-05")),
            "{mayors:?}"
        );
        let cpaffc = find("cpaffc");
        assert!(cpaffc.len() >= 5, "{cpaffc:?}");
        let delegations = find("delegation");
        let events = a.chronicle().events();
        assert!(delegations.iter().all(|id| {
            let e = &events[a.chronicle().event(id).unwrap()].row;
            e.kind == "delegation" || e.title.to_lowercase().contains("delegation")
        }));
        assert!(find("").is_empty() && find("zzzzqx").is_empty());
    }
}
