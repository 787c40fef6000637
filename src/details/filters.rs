//! The words of the filter controls: each group of choices with its count of ties, and a short
//! description of the filters that are on (for the status line and titles).

use super::text::kind_label;
use crate::model::chronicle::Standing;
use crate::model::nesting::Nest;
use crate::model::{Country, Tier};
use crate::view::{
    kind_index, kind_word, nest_index, nest_word, standing_word, tier_word, tiers_on, Facets,
    Filters, KINDS, NESTS,
};

/// What a tie is, in words (the filter's choices and the legend).
pub fn standing_label(s: Standing) -> &'static str {
    match s {
        Standing::InForce => "in force",
        Standing::Suspended => "suspended",
        Standing::Ended => "ended",
        Standing::Disputed => "disputed",
        Standing::Barred => "barred by law",
    }
}

/// What the panel says of a partner whose tie the filters hide.
pub const HIDDEN_BY_FILTERS: &str = "hidden by the filters";

/// One choice of a filter: a checkbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterOption {
    /// The value the shell hands back when the choice is toggled.
    pub value: &'static str,
    pub label: &'static str,
    pub on: bool,
    /// Ties it shows beside the other filters.
    pub count: usize,
}

/// A group of choices: which facet it filters (`key`) and its heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterGroup {
    pub key: &'static str,
    pub title: &'static str,
    pub options: Vec<FilterOption>,
}

/// What the Chinese side of a tie is at each tier.
fn cn_tier_label(t: Tier) -> &'static str {
    match t {
        Tier::Province => "province or municipality",
        Tier::City => "city or county",
        Tier::District => "district",
    }
}

/// What the partner side is at each tier.
fn partner_tier_label(t: Tier) -> &'static str {
    match t {
        Tier::Province => "prefecture, province, state or metropolitan city",
        Tier::City => "city, county or town",
        Tier::District => "ward or district",
    }
}

/// The checkbox groups of the filter panel.
pub fn filter_groups(f: &Filters, c: &Facets) -> Vec<FilterGroup> {
    let countries = Country::PARTNERS
        .iter()
        .map(|&k| FilterOption {
            value: k.code(),
            label: k.name(),
            on: f.countries[k],
            count: c.countries[k],
        })
        .collect();
    let tiers = |flags: &[bool; 3], counts: &[usize; 3], label: fn(Tier) -> &'static str| {
        Tier::ALL
            .iter()
            .map(|&t| FilterOption {
                value: tier_word(t),
                label: label(t),
                on: flags[t.index()],
                count: counts[t.index()],
            })
            .collect()
    };
    let kinds = KINDS
        .iter()
        .map(|&k| FilterOption {
            value: kind_word(k),
            label: kind_label(k).unwrap_or("not stated"),
            on: f.kinds[kind_index(k)],
            count: c.kinds[kind_index(k)],
        })
        .collect();
    vec![
        FilterGroup {
            key: "countries",
            title: "Partner country",
            options: countries,
        },
        FilterGroup {
            key: "tiers",
            title: "Chinese side",
            options: tiers(&f.tiers, &c.tiers, cn_tier_label),
        },
        FilterGroup {
            key: "partner-tiers",
            title: "Partner side",
            options: tiers(&f.partner_tiers, &c.partner_tiers, partner_tier_label),
        },
        FilterGroup {
            key: "kinds",
            title: "Kind of tie",
            options: kinds,
        },
        FilterGroup {
            key: "nests",
            title: "City ties and their provinces",
            options: NESTS
                .iter()
                .map(|&n| FilterOption {
                    value: nest_word(n),
                    label: match n {
                        Nest::Inside => "inside a tie of their provinces",
                        Nest::Outside => "not inside one",
                    },
                    on: f.nests[nest_index(n)],
                    count: c.nests[nest_index(n)],
                })
                .collect(),
        },
        FilterGroup {
            key: "status",
            title: "Status",
            options: (Standing::ALL.iter())
                .map(|&s| FilterOption {
                    value: standing_word(s),
                    label: standing_label(s),
                    on: f.standings[s.index()],
                    count: c.standings[s.index()],
                })
                .collect(),
        },
    ]
}

/// Toggles the choice `value` of group `key` in `f`; whether there was such a choice.
pub fn toggle(f: &mut Filters, key: &str, value: &str) -> bool {
    let flag = match key {
        "countries" => Country::parse(value)
            .filter(|&c| c != Country::CN)
            .map(|c| &mut f.countries[c]),
        "tiers" | "partner-tiers" => {
            let flags = if key == "tiers" {
                &mut f.tiers
            } else {
                &mut f.partner_tiers
            };
            Tier::ALL
                .iter()
                .position(|&t| tier_word(t) == value)
                .map(|i| &mut flags[i])
        }
        "kinds" => KINDS
            .iter()
            .position(|&k| kind_word(k) == value)
            .map(|i| &mut f.kinds[i]),
        "nests" => NESTS
            .iter()
            .position(|&n| nest_word(n) == value)
            .map(|i| &mut f.nests[i]),
        "status" => (Standing::ALL.iter())
            .find(|&&s| standing_word(s) == value)
            .map(|s| &mut f.standings[s.index()]),
        _ => None,
    };
    flag.map(|b| *b = !*b).is_some()
}

/// The checkbox of undated ties: "ties with no known year (214)".
pub fn undated_label(c: &Facets) -> String {
    format!("ties with no known year ({})", c.undated)
}

/// What the year fields show when empty: the first and the last year of the dated ties.
pub fn years_hint(c: &Facets) -> (String, String) {
    match c.years {
        Some((a, b)) => (a.to_string(), b.to_string()),
        None => (String::new(), String::new()),
    }
}

/// The filters that are on, each in a few words: "Japan, South Korea", "sister city",
/// "established 1980–1999", "places with at least 3 partners". Empty when none is on.
pub fn filters_text(f: &Filters) -> Vec<String> {
    let mut v = Vec::new();
    let on = |flags: &[bool]| flags.iter().filter(|&&b| b).count();
    if let Some(shown) = f.countries_shown() {
        let names: Vec<&str> = shown.iter().map(|c| c.name()).collect();
        v.push(if names.is_empty() {
            "no partner country".to_owned()
        } else {
            names.join(", ")
        });
    }
    for (flags, side, label) in [
        (
            &f.tiers,
            "Chinese side",
            cn_tier_label as fn(Tier) -> &'static str,
        ),
        (&f.partner_tiers, "partner side", partner_tier_label),
    ] {
        if on(flags) < 3 {
            let names: Vec<&str> = tiers_on(flags).map(label).collect();
            v.push(format!("{side}: {}", or_none(&names)));
        }
    }
    if on(&f.kinds) < 4 {
        let names: Vec<&str> = KINDS
            .iter()
            .filter(|&&k| f.kinds[kind_index(k)])
            .map(|&k| kind_label(k).unwrap_or("kind not stated"))
            .collect();
        v.push(or_none(&names));
    }
    match (f.since_year, f.until_year) {
        (Some(a), Some(b)) => v.push(format!("established {a}–{b}")),
        (Some(a), None) => v.push(format!("established in {a} or later")),
        (None, Some(b)) => v.push(format!("established by {b}")),
        (None, None) => {}
    }
    if !f.undated {
        v.push("dated ties only".to_owned());
    }
    if f.min_partners > 1 {
        v.push(format!("places with at least {} partners", f.min_partners));
    }
    match f.nests {
        [true, false] => v.push("city ties inside a tie of their provinces".to_owned()),
        [false, true] => v.push("city ties not inside a tie of their provinces".to_owned()),
        [false, false] => v.push("no city ties".to_owned()),
        [true, true] => {}
    }
    if f.standings.iter().any(|s| !s) {
        let names: Vec<&str> = (Standing::ALL.iter())
            .filter(|s| f.standings[s.index()])
            .map(|&s| standing_label(s))
            .collect();
        v.push(format!("ties {}", or_none(&names)));
    }
    v
}

fn or_none(names: &[&str]) -> String {
    if names.is_empty() {
        "none".to_owned()
    } else {
        names.join(" or ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::details::{partner_summary, place_details};
    use crate::model::testing::fixture;

    #[test]
    fn groups_count_every_tie_and_toggle_by_value() {
        let a = fixture();
        let mut f = Filters::default();
        let groups = filter_groups(&f, &Facets::compute(&a, &f));
        let keys: Vec<_> = groups.iter().map(|g| g.key).collect();
        assert_eq!(
            keys,
            [
                "countries",
                "tiers",
                "partner-tiers",
                "kinds",
                "nests",
                "status"
            ]
        );
        // Ties below the province level count under nesting: those of the fixture.
        let below = (0..a.links.len())
            .filter(|&l| a.nesting().nest(l).is_some())
            .count();
        for g in &groups {
            let sum: usize = g.options.iter().map(|o| o.count).sum();
            assert_eq!(sum, if g.key == "nests" { below } else { 4 }, "{}", g.key);
            for o in &g.options {
                let mut h = f;
                assert!(toggle(&mut h, g.key, o.value), "{} {}", g.key, o.value);
                assert_ne!(h, f);
                assert!(toggle(&mut h, g.key, o.value));
                assert_eq!(h, f);
            }
        }
        assert!(!toggle(&mut f, "kinds", "cousin") && !toggle(&mut f, "countries", "CN"));
        assert!(filters_text(&f).is_empty());
    }

    #[test]
    fn the_filters_on_are_named() {
        let mut f = Filters::default();
        f.countries[Country::KR] = false;
        f.partner_tiers = [false, true, false];
        f.kinds = [true, false, false, false];
        f.since_year = Some(1980);
        f.undated = false;
        f.min_partners = 3;
        f.standings = [false, true, true, false, false];
        assert_eq!(
            filters_text(&f),
            [
                "Japan, United States",
                "partner side: city, county or town",
                "sister city",
                "established in 1980 or later",
                "dated ties only",
                "places with at least 3 partners",
                "ties suspended or ended",
            ]
        );
    }

    #[test]
    fn the_panel_marks_partners_the_filters_hide() {
        let a = fixture();
        let mut f = Filters::default();
        f.countries[Country::US] = false;
        let shown = f.shown(&a);
        let d = place_details(&a, a.index_of("cn-tianjin").unwrap(), Some(&shown)).unwrap();
        let hidden: Vec<_> = d
            .partners
            .iter()
            .filter(|p| p.hidden)
            .map(|p| p.place.id.as_str())
            .collect();
        assert_eq!(hidden, ["us-philadelphia"]);
        assert!(
            partner_summary(&d).ends_with(" · 1 hidden by the filters"),
            "{}",
            partner_summary(&d)
        );
    }
}
