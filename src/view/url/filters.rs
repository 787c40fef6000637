//! The filters in a link, each written only when it is not at its default:
//! `countries=JP,KR`, `tiers=province,city` (the Chinese side), `partner-tiers=city`,
//! `kinds=sister,friendship,exchange,unstated`, `since=YEAR`, `until=YEAR`, `undated=no`,
//! `min=N` partners, `nests=inside` or `nests=outside` (ties below the province level, inside a
//! province-level tie or not), `status=in-force,suspended,ended,disputed,barred` and the
//! timeline's `year=YEAR`.

use super::shorten;
use crate::model::chronicle::Standing;
use crate::model::{Country, Tier};
use crate::view::filters::{
    kind_index, kind_word, nest_index, nest_word, standing_word, tier_word, KINDS, NESTS,
};
use crate::view::Filters;

/// The years a link may name.
const YEARS: std::ops::RangeInclusive<u16> = 1900..=2100;
/// The largest minimum of partners a link may ask for.
const MIN_PARTNERS_MAX: u16 = 999;

/// Appends the parts that say how `f` differs from the default.
pub(super) fn encode(f: &Filters, parts: &mut Vec<String>) {
    if let Some(shown) = f.countries_shown() {
        let shown: Vec<&str> = shown.iter().map(|c| c.code()).collect();
        parts.push(format!("countries={}", shown.join(",")));
    }
    for (key, flags) in [("tiers", &f.tiers), ("partner-tiers", &f.partner_tiers)] {
        if flags.iter().any(|t| !t) {
            let shown: Vec<&str> = Tier::ALL
                .iter()
                .filter(|t| flags[t.index()])
                .map(|&t| tier_word(t))
                .collect();
            parts.push(format!("{key}={}", shown.join(",")));
        }
    }
    if f.kinds.iter().any(|k| !k) {
        let shown: Vec<&str> = KINDS
            .iter()
            .filter(|&&k| f.kinds[kind_index(k)])
            .map(|&k| kind_word(k))
            .collect();
        parts.push(format!("kinds={}", shown.join(",")));
    }
    if let Some(y) = f.since_year {
        parts.push(format!("since={y}"));
    }
    if let Some(y) = f.until_year {
        parts.push(format!("until={y}"));
    }
    if !f.undated {
        parts.push("undated=no".to_owned());
    }
    if f.min_partners > 1 {
        parts.push(format!("min={}", f.min_partners));
    }
    if f.nests.iter().any(|n| !n) {
        let shown: Vec<&str> = NESTS
            .iter()
            .filter(|&&n| f.nests[nest_index(n)])
            .map(|&n| nest_word(n))
            .collect();
        parts.push(format!("nests={}", shown.join(",")));
    }
    if f.standings.iter().any(|s| !s) {
        let shown: Vec<&str> = (Standing::ALL.iter())
            .filter(|s| f.standings[s.index()])
            .map(|&s| standing_word(s))
            .collect();
        parts.push(format!("status={}", shown.join(",")));
    }
    if let Some(y) = f.year {
        parts.push(format!("year={y}"));
    }
}

/// Reads part `key=value` into `f` if `key` names a filter (a value that cannot be read is
/// left at its default and said in `problems`); whether it did.
pub(super) fn read(key: &str, value: &str, f: &mut Filters, problems: &mut Vec<String>) -> bool {
    let shown = || shorten(value);
    match key {
        "countries" => {
            match read_list(value, |w| Country::parse(w).filter(|c| *c != Country::CN)) {
                Some(cs) => {
                    for c in Country::PARTNERS {
                        f.countries[c] = cs.contains(&c);
                    }
                }
                None => problems.push(format!("“{}” are not partner countries", shown())),
            }
        }
        "tiers" | "partner-tiers" => {
            match read_list(value, |w| {
                Tier::ALL.into_iter().find(|&t| tier_word(t) == w)
            }) {
                Some(ts) => {
                    let flags = if key == "tiers" {
                        &mut f.tiers
                    } else {
                        &mut f.partner_tiers
                    };
                    for t in Tier::ALL {
                        flags[t.index()] = ts.contains(&t);
                    }
                }
                None => problems.push(format!("“{}” are not levels of a place", shown())),
            }
        }
        "kinds" => match read_list(value, |w| KINDS.into_iter().find(|&k| kind_word(k) == w)) {
            Some(ks) => {
                for k in KINDS {
                    f.kinds[kind_index(k)] = ks.contains(&k);
                }
            }
            None => problems.push(format!("“{}” are not kinds of tie", shown())),
        },
        "since" | "until" | "year" => match value.parse::<u16>().ok().filter(|y| YEARS.contains(y))
        {
            Some(y) if key == "since" => f.since_year = Some(y),
            Some(y) if key == "year" => f.year = Some(y),
            Some(y) => f.until_year = Some(y),
            None => problems.push(format!("“{}” is not a year", shown())),
        },
        "nests" => match read_list(value, |w| NESTS.into_iter().find(|&n| nest_word(n) == w)) {
            Some(ns) => {
                for n in NESTS {
                    f.nests[nest_index(n)] = ns.contains(&n);
                }
            }
            None => problems.push(format!("“{}” is not inside or outside", shown())),
        },
        "status" => match read_list(value, |w| {
            Standing::ALL.into_iter().find(|&s| standing_word(s) == w)
        }) {
            Some(ss) => {
                for s in Standing::ALL {
                    f.standings[s.index()] = ss.contains(&s);
                }
            }
            None => problems.push(format!("“{}” are not standings of a tie", shown())),
        },
        "undated" => match value {
            "no" => f.undated = false,
            "yes" => f.undated = true,
            _ => problems.push(format!("“{}” is not yes or no", shown())),
        },
        "min" => match value
            .parse::<u16>()
            .ok()
            .filter(|n| (1..=MIN_PARTNERS_MAX).contains(n))
        {
            Some(n) => f.min_partners = n,
            None => problems.push(format!("“{}” is not a number of partners", shown())),
        },
        _ => return false,
    }
    if let (Some(a), Some(b)) = (f.since_year, f.until_year) {
        if a > b {
            problems.push(format!("the years {a} to {b} run backwards"));
            f.since_year = None;
            f.until_year = None;
        }
    }
    true
}

/// The items of a comma-separated list, each read by `item`; `None` when one cannot be read.
fn read_list<T: PartialEq>(v: &str, item: impl Fn(&str) -> Option<T>) -> Option<Vec<T>> {
    v.split(',')
        .filter(|w| !w.is_empty())
        .map(|w| item(w.trim()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(f: &Filters) -> Filters {
        let mut parts = Vec::new();
        encode(f, &mut parts);
        let mut g = Filters::default();
        let mut problems = Vec::new();
        for p in &parts {
            let (k, v) = p.split_once('=').unwrap();
            assert!(read(k, v, &mut g, &mut problems), "{p}");
        }
        assert!(problems.is_empty(), "{problems:?}");
        g
    }

    #[test]
    fn every_filter_survives_the_round_trip() {
        let mut parts = Vec::new();
        encode(&Filters::default(), &mut parts);
        assert!(parts.is_empty(), "{parts:?}");
        let mut f = Filters::default();
        f.countries[Country::KR] = false;
        f.tiers = [true, false, true];
        f.partner_tiers = [false, true, false];
        f.kinds = [true, false, false, true];
        f.since_year = Some(1980);
        f.until_year = Some(1999);
        f.undated = false;
        f.min_partners = 3;
        f.year = Some(1992);
        f.standings = [false, true, true, false, true];
        assert_eq!(round_trip(&f), f);
        // Nothing shown is a choice too.
        let f = Filters {
            kinds: [false; 4],
            ..Filters::default()
        };
        assert_eq!(round_trip(&f), f);
    }

    #[test]
    fn bad_values_are_said_and_left_at_the_default() {
        for (k, v, says) in [
            ("kinds", "sister,cousin", "kinds of tie"),
            ("partner-tiers", "village", "levels"),
            ("since", "1492", "not a year"),
            ("min", "0", "number of partners"),
            ("min", "-4", "number of partners"),
            ("undated", "maybe", "yes or no"),
            ("year", "soon", "not a year"),
            ("status", "ended,lapsed", "standings"),
        ] {
            let mut f = Filters::default();
            let mut problems = Vec::new();
            assert!(read(k, v, &mut f, &mut problems));
            assert_eq!(f, Filters::default(), "{k}={v}");
            assert!(
                problems.len() == 1 && problems[0].contains(says),
                "{problems:?}"
            );
        }
        let mut f = Filters::default();
        let mut problems = Vec::new();
        read("since", "2000", &mut f, &mut problems);
        read("until", "1990", &mut f, &mut problems);
        assert_eq!(f, Filters::default());
        assert!(problems[0].contains("backwards"), "{problems:?}");
        assert!(!read("zoom", "3", &mut f, &mut problems));
    }
}
