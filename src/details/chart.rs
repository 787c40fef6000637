//! What the growth chart says in words: the official totals it marks (with what each counts),
//! a summary sentence, the three countries side by side and the numbers year by year, the text
//! a screen reader reads in place of the picture.

use crate::data::{parse_csv, EventRow, TotalRow};
use crate::model::{Country, Date};
use crate::scene::chart::{Growth, Mark};

/// Starts the `what` of a figure a report quotes that is not a count of ties so far (members of
/// an association, pairs signed at one conference …).
pub const FIGURE_TAG: &str = "[figure]";

/// A published total of ties with one partner country.
#[derive(Debug, Clone, PartialEq)]
pub struct Official {
    pub country: Country,
    pub as_of: String,
    pub count: u32,
    /// What exactly it counts and who published it.
    pub what: String,
    pub url: String,
}

/// The published totals of `totals_csv` that count ties with one partner country so far (not
/// the ties of a single year, nor a `[figure]` that counts something else), in their order.
pub fn officials(totals_csv: &str) -> Vec<Official> {
    let (rows, _) = parse_csv::<TotalRow>("totals.csv", totals_csv);
    rows.into_iter()
        .filter_map(|n| {
            let r = n.row;
            let country = Country::parse(&r.country).filter(|c| *c != Country::CN)?;
            if r.what.contains("new in year") || r.what.starts_with(FIGURE_TAG) {
                return None;
            }
            Some(Official {
                country,
                as_of: r.as_of,
                count: r.count.parse().ok()?,
                what: r.what,
                url: r.url,
            })
        })
        .collect()
}

/// Where the totals sit on the chart: the year, with the month as a fraction.
pub fn marks(officials: &[Official]) -> Vec<Mark> {
    officials
        .iter()
        .filter_map(|o| {
            let d = Date::parse(&o.as_of).ok()?;
            let month = f32::from(d.month.unwrap_or(7)) - 1.0;
            Some(Mark {
                at: f32::from(d.year) + month / 12.0,
                country: Country::PARTNERS.iter().position(|&c| c == o.country)?,
                count: o.count,
            })
        })
        .collect()
}

/// One partner country's line of the side-by-side comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryRow {
    pub country: Country,
    /// The year of the first dated tie.
    pub first: Option<u16>,
    /// The year with most new ties, and how many (the earliest of equals).
    pub peak: Option<(u16, u32)>,
    /// Ties shown, dated or not, and how many of them are dated.
    pub ties: usize,
    pub dated: usize,
}

/// The three partner countries side by side; `shown_by_country` counts every tie shown.
pub fn compare(g: &Growth, shown_by_country: [usize; 3]) -> Vec<CountryRow> {
    (0..3)
        .map(|c| {
            let years = || (g.first..).zip(g.new[c].iter().copied());
            let first = years().find(|&(_, n)| n > 0).map(|(y, _)| y);
            let peak =
                years()
                    .filter(|&(_, n)| n > 0)
                    .fold(None, |best: Option<(u16, u32)>, (y, n)| match best {
                        Some((_, m)) if m >= n => best,
                        _ => Some((y, n)),
                    });
            CountryRow {
                country: Country::PARTNERS[c],
                first,
                peak,
                ties: shown_by_country[c],
                dated: g.new[c].iter().sum::<u32>() as usize,
            }
        })
        .collect()
}

/// "1973–2025: 557 dated ties shown; most in a year: South Korea 20 (1994) …" and how the
/// counts compare with the latest official figure of each country.
pub fn summary(g: &Growth, rows: &[CountryRow], officials: &[Official]) -> String {
    let dated: usize = rows.iter().map(|r| r.dated).sum();
    let mut s = format!(
        "{}–{}: {} shown.",
        g.first,
        g.last,
        super::count(dated, "dated tie")
    );
    for r in rows {
        s.push_str(&format!(
            " {}: {}",
            r.country.name(),
            super::count(r.ties, "tie")
        ));
        if let Some(f) = r.first {
            s.push_str(&format!(", the first in {f}"));
        }
        if let Some((y, n)) = r.peak {
            s.push_str(&format!(", most in {y} ({n})"));
        }
        s.push('.');
    }
    let latest: Vec<String> = rows
        .iter()
        .filter_map(|r| {
            let o = officials
                .iter()
                .filter(|o| o.country == r.country)
                .max_by(|a, b| a.as_of.cmp(&b.as_of))?;
            Some(format!(
                "{} {} ({}; {} here)",
                r.country.name(),
                o.count,
                o.as_of,
                r.ties
            ))
        })
        .collect();
    if !latest.is_empty() {
        s.push_str(&format!(
            " Latest official figures: {}. They count the pairs approved at national level and \
             differ in what they include (see each ring).",
            latest.join(", ")
        ));
    }
    s
}

/// The tooltip of the rings under a pointer: every published figure there, each with what it
/// counts and where it was published (two figures for the same year are both shown).
pub fn marks_tip(officials: &[&Official]) -> String {
    officials
        .iter()
        .map(|o| {
            format!(
                "{} {}: {}. {} (source: {})",
                o.country.name(),
                o.as_of,
                o.count,
                o.what,
                super::sources::url_host(&o.url)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The tooltip of the event marks under a pointer: date, what happened and its source.
pub fn events_tip(events: &[&EventRow]) -> String {
    events
        .iter()
        .map(|e| {
            format!(
                "{}: {} (source: {})",
                e.date,
                e.title,
                super::sources::url_host(&e.source)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The line above a country's small chart, which its picture shows.
pub fn multiple_caption(r: &CountryRow) -> String {
    let share = (r.dated * 100).checked_div(r.ties).unwrap_or(0);
    let mut s = format!(
        "{}: {}, {share} % dated",
        r.country.name(),
        super::count(r.ties, "tie")
    );
    if let Some(f) = r.first {
        s.push_str(&format!("; first {f}"));
    }
    if let Some((y, n)) = r.peak {
        s.push_str(&format!("; most in {y} ({n})"));
    }
    s
}

/// The numbers year by year: year, new ties per partner country, and all ties by then.
pub fn year_rows(g: &Growth) -> Vec<[u32; 5]> {
    let mut total = 0;
    (0..g.new[0].len())
        .map(|i| {
            let n = [g.new[0][i], g.new[1][i], g.new[2][i]];
            total += n.iter().sum::<u32>();
            [u32::from(g.first) + i as u32, n[0], n[1], n[2], total]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::embedded;
    use crate::model::testing::fixture;

    #[test]
    fn official_totals_are_marked_without_the_yearly_counts() {
        let o = officials(embedded::TOTALS);
        assert!(o.iter().any(|o| o.country == Country::JP && o.count == 263));
        assert!(o.iter().all(|o| !o.what.contains("new in year")));
        let m = marks(&o);
        assert_eq!(m.len(), o.len());
        let jp = m.iter().find(|m| m.count == 263).unwrap();
        assert!((jp.at - (2023.0 + 5.0 / 12.0)).abs() < 1e-3 && jp.country == 0);
    }

    #[test]
    fn the_summary_and_the_tables_say_what_the_chart_shows() {
        let a = fixture();
        let g = Growth::of(&a, &vec![true; a.links.len()], 1973, 1995);
        let rows = compare(&g, [1, 1, 1]);
        assert_eq!(rows[0].first, Some(1973));
        assert_eq!(rows[0].peak, Some((1973, 1)));
        let s = summary(&g, &rows, &officials(embedded::TOTALS));
        assert!(s.starts_with("1973–1995: "), "{s}");
        let one = Growth {
            first: 1973,
            last: 1973,
            new: [vec![1], vec![0], vec![0]],
        };
        let one_s = summary(&one, &compare(&one, [1, 0, 0]), &[]);
        assert!(
            one_s.starts_with("1973–1973: 1 dated tie shown."),
            "{one_s}"
        );
        assert!(
            s.contains("Japan: 1 tie, the first in 1973, most in 1973 (1)."),
            "{s}"
        );
        assert!(
            s.contains("Latest official figures: Japan 263 (2023-06; 1 here)"),
            "{s}"
        );
        let t = year_rows(&g);
        assert_eq!(t[0][0], 1973);
        assert_eq!(
            t.last().unwrap()[4] as usize,
            a.links.iter().filter(|l| l.date.is_some()).count()
        );
    }

    #[test]
    fn tooltips_and_captions_say_what_the_marks_and_small_charts_show() {
        let o = officials(embedded::TOTALS);
        let jp: Vec<&Official> = o.iter().filter(|o| o.count == 263).collect();
        let tip = marks_tip(&jp);
        assert!(tip.starts_with("Japan 2023-06: 263. "), "{tip}");
        assert!(tip.contains("(source: "), "{tip}");
        let two = marks_tip(&[&o[0], &o[1]]);
        assert_eq!(two.lines().count(), 2, "both figures, neither picked alone");
        let (events, _) = parse_csv::<EventRow>("events.csv", embedded::EVENTS);
        let first = &events[0].row;
        let e = events_tip(&[first]);
        assert!(
            e.starts_with(&format!("{}: {}", first.date, first.title)),
            "{e}"
        );
        let a = fixture();
        let g = Growth::of(&a, &vec![true; a.links.len()], 1973, 1995);
        let rows = compare(&g, [4, 1, 1]);
        assert_eq!(
            multiple_caption(&rows[0]),
            "Japan: 4 ties, 50 % dated; first 1973; most in 1973 (1)"
        );
        let none = CountryRow {
            country: Country::KR,
            first: None,
            peak: None,
            ties: 0,
            dated: 0,
        };
        assert_eq!(multiple_caption(&none), "South Korea: 0 ties, 0 % dated");
    }
}
