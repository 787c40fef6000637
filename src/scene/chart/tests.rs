//! The growth chart's scene: counts, frame, bars, lines, rings, events and hits.

use super::*;
use crate::model::testing::fixture;

fn growth() -> Growth {
    let a = fixture();
    Growth::of(&a, &vec![true; a.links.len()], 1973, 1993)
}

#[test]
fn growth_counts_dated_ties_per_year_and_country() {
    let g = growth();
    assert_eq!(g.new[0][0], 1, "Tianjin – Kobe in 1973");
    let total: u32 = g.new.iter().flatten().sum();
    let dated = fixture().links.iter().filter(|l| l.date.is_some()).count();
    assert_eq!(total as usize, dated);
    assert_eq!(g.running(0).last().copied(), Some(g.new[0].iter().sum()));
}

#[test]
fn the_frame_finds_the_year_under_the_pointer() {
    let f = Frame::new(600.0, 200.0, 1973, 2025);
    assert_eq!(f.year_at(f.x(1992.0)), Some(1992));
    assert_eq!(f.year_at(f.left - 1.0), None);
    assert_eq!(f.year_at(f.right + 1.0), None);
    assert_eq!(step_for(7), 2);
    assert_eq!(step_for(263), 50);
}

#[test]
fn bars_lines_rings_events_and_the_year_rule() {
    let g = growth();
    let marks = [Mark {
        at: 1990.5,
        country: 0,
        count: 2,
    }];
    let input = ChartInput {
        growth: &g,
        mode: ChartMode::New,
        marks: &marks,
        events: &[1979.0, 1992.6],
        year: Some(1980),
        width: 600.0,
        height: 200.0,
    };
    let bars = build_chart(&input);
    let polygons = |s: &Scene, c: Rgba| {
        s.batches
            .iter()
            .filter(|b| b.style.fill == Some(c))
            .map(|b| b.shapes.len())
            .sum::<usize>()
    };
    assert!(polygons(&bars, palette::country(Country::JP)) >= 1);
    assert_eq!(polygons(&bars, EVENT), 2);
    assert_eq!(polygons(&bars, palette::SELECT), 1);
    let totals = build_chart(&ChartInput {
        mode: ChartMode::Total,
        ..input
    });
    let rings: usize = totals
        .batches
        .iter()
        .flat_map(|b| &b.shapes)
        .filter(|s| matches!(s, Shape::Circle(..)))
        .count();
    assert_eq!(rings, 1);
    assert!(totals
        .labels
        .iter()
        .any(|l| l.text.starts_with("Ties made by then")));
}

#[test]
fn a_pointer_finds_the_rings_and_event_marks_under_it() {
    let g = growth();
    // Two published figures for the same year: both are found, neither is picked alone.
    let marks = [
        Mark {
            at: 1990.5,
            country: 0,
            count: 2,
        },
        Mark {
            at: 1990.5,
            country: 0,
            count: 2,
        },
    ];
    let input = ChartInput {
        growth: &g,
        mode: ChartMode::Total,
        marks: &marks,
        events: &[1979.0, 1992.6, 2050.0],
        year: None,
        width: 600.0,
        height: 200.0,
    };
    let rings = mark_points(&input);
    assert_eq!(hit(&input, rings[0]).marks, vec![0, 1]);
    let events = event_points(&input);
    assert_eq!(events[2], None, "outside the chart's years");
    let e = events[1].unwrap();
    assert_eq!(
        hit(&input, [e[0] + 3.0, e[1] - 2.0]),
        ChartHit {
            marks: vec![],
            events: vec![1]
        }
    );
    assert!(hit(&input, [e[0] + 20.0, e[1]]).is_empty());
    // The chart of each year's ties has no rings to find.
    let each = ChartInput {
        mode: ChartMode::New,
        ..input
    };
    assert!(hit(&each, rings[0]).marks.is_empty());
}

#[test]
fn a_small_multiple_draws_one_country_with_its_first_and_peak_year() {
    let g = growth();
    let s = build_multiple(&g, 0, Some(1980), 220.0, 90.0);
    let jp = palette::country(Country::JP);
    let bars: usize = s
        .batches
        .iter()
        .filter(|b| b.style.fill == Some(jp) && b.style.stroke.is_none())
        .map(|b| b.shapes.len())
        .sum();
    let years_with_ties = g.new[0].iter().filter(|&&n| n > 0).count();
    assert_eq!(bars, years_with_ties);
    let rings: usize = s
        .batches
        .iter()
        .flat_map(|b| &b.shapes)
        .filter(|x| matches!(x, Shape::Circle(..)))
        .count();
    assert!((1..=2).contains(&rings), "{rings}");
    let other = palette::country(Country::US);
    assert!(s.batches.iter().all(|b| b.style.fill != Some(other)));
    // No country of that index: an empty chart, not a panic.
    assert!(build_multiple(&g, 7, None, 220.0, 90.0).batches.is_empty());
}
