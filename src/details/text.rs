//! The words people read: labels of the vocabularies and the short sentences of the page (status
//! line, tooltip, panel lines, legend), in one place so that the page says one thing one way.

use crate::model::{percent, Atlas, Country, Counts, Item, Kind, Level, PerCountry, Tier};

/// A level in the words each country uses for its own units.
pub fn level_label(level: Level, country: Country) -> &'static str {
    use Country::*;
    match (level, country) {
        (Level::Province, JP) => "prefecture",
        (Level::Province, US) => "state",
        (Level::Province, _) => "province",
        (Level::Municipality, CN) => "municipality (province-level)",
        (Level::Municipality, _) => "metropolitan city (province-level)",
        (Level::City, CN) => "prefecture-level city",
        (Level::City, _) => "city",
        (Level::CountyCity, _) => "county-level city",
        (Level::County, _) => "county",
        (Level::District, JP) => "ward",
        (Level::District, _) => "district",
        (Level::Town, JP) => "town / village",
        (Level::Town, _) => "town",
    }
}

/// What a kind of tie is called; `None` when no source says.
pub fn kind_label(kind: Kind) -> Option<&'static str> {
    match kind {
        Kind::Sister => Some("sister city"),
        Kind::Friendship => Some("friendship city"),
        Kind::Exchange => Some("friendly exchange"),
        Kind::Unknown => None,
    }
}

pub fn tier_label(tier: Tier) -> &'static str {
    match tier {
        Tier::Province => "province-level",
        Tier::City => "city-level",
        Tier::District => "district-level",
    }
}

/// The `lang` attribute of text in a country's own script.
pub fn country_lang(country: Country) -> &'static str {
    match country {
        Country::CN => "zh-Hans",
        Country::JP => "ja",
        Country::KR => "ko",
        Country::US => "en",
    }
}

/// `n thing` or `n things`.
pub fn count(n: usize, thing: &str) -> String {
    let s = if n == 1 { "" } else { "s" };
    format!("{n} {thing}{s}")
}

/// The names of the map's labels, one per place: the English name, and for a province,
/// prefecture or state that shares it with another place a short word that tells the two apart
/// ("Akita Pref." beside the city of Akita).
pub fn map_names(atlas: &Atlas) -> Vec<String> {
    let places = &atlas.places;
    places
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let en = p.names.en.as_str();
            let shared = p.level == Level::Province
                && places
                    .iter()
                    .enumerate()
                    .any(|(j, q)| j != i && q.names.en == en);
            if !shared {
                return en.to_owned();
            }
            let word = match p.country {
                Country::JP => "Pref.",
                Country::US => "State",
                Country::CN | Country::KR => "Prov.",
            };
            format!("{en} {word}")
        })
        .collect()
}

/// The status line's note when filters hide ties: "showing 251 of 741 ties". Empty when none
/// is hidden.
pub fn shown_text(shown: usize, total: usize) -> String {
    if shown == total {
        String::new()
    } else {
        format!(" · showing {shown} of {}", count(total, "tie"))
    }
}

/// What the page says when a link could not be read in full; empty when it could.
pub fn link_notice(problems: &[String]) -> String {
    if problems.is_empty() {
        return String::new();
    }
    format!(
        "This link could not be read in full ({}); the rest of the view is as it was.",
        problems.join("; ")
    )
}

/// The chooser's heading: "3 places here", or "8 of 11 places here: zoom in for the others".
pub fn chooser_heading(listed: usize, more: usize) -> String {
    if more == 0 {
        format!("{listed} places here")
    } else {
        format!(
            "{listed} of {} places here: zoom in for the others",
            listed + more
        )
    }
}

/// What a tooltip adds when more places lie under the pointer than the one it names (a click
/// lists them).
pub fn others_here(others: usize) -> String {
    match others {
        0 => String::new(),
        1 => " · 1 more place here".to_owned(),
        n => format!(" · {n} more places here"),
    }
}

/// "Kobe 神戸市": the English name with the local one where there is one.
pub fn label_text(atlas: &Atlas, p: usize) -> String {
    let place = &atlas.places[p];
    let local = place.names.local(place.country);
    if local.is_empty() || local == place.names.en {
        place.names.en.clone()
    } else {
        format!("{} {}", place.names.en, local)
    }
}

/// The tooltip of a place ("Kobe 神戸市 · 3 partners", counting the partners the filters let
/// through) or of a tie ("Tianjin 天津市 — Kobe 神戸市 · 1973-06-24").
pub fn tooltip_text(atlas: &Atlas, item: Item, shown_degree: usize) -> String {
    match item {
        Item::Place(p) => format!(
            "{} · {}",
            label_text(atlas, p),
            count(shown_degree, "partner")
        ),
        Item::Link(l) => {
            let link = &atlas.links[l];
            let when = link
                .date
                .map_or_else(|| "year unknown".to_owned(), |d| d.to_string());
            format!(
                "{} — {} · {when}",
                label_text(atlas, link.cn),
                label_text(atlas, link.partner)
            )
        }
    }
}

/// The status line: "734 ties between 896 places · 66 % with a cited year".
pub fn status_text(c: &Counts) -> String {
    let mut s = format!(
        "{} between {} · {} % with a cited year",
        count(c.links, "tie"),
        count(c.places, "place"),
        percent(c.dated, c.links)
    );
    if c.places_without_coordinates > 0 {
        s.push_str(&format!(
            " · {} without coordinates (not drawn)",
            count(c.places_without_coordinates, "place")
        ));
    }
    s
}

/// The status line of the seeded synthetic network.
pub fn synthetic_status_text(c: &Counts, seed: u32) -> String {
    format!(
        "Synthetic benchmark network (seed {seed}): {} between {}",
        count(c.links, "tie"),
        count(c.places, "place")
    )
}

/// The note shown while the network draws a sample of the ties on screen.
pub fn sampling_text(drawn: usize, on_screen: usize) -> String {
    format!("Showing {drawn} of the {on_screen} ties on screen: zoom in for all of them")
}

/// The legend, top to bottom.
/// The legend: each partner country with its ties ("Japan (120 of 251 ties)" when the filters
/// hide some), the line widths, the ring and the circle size.
pub fn legend(c: &Counts, shown: &PerCountry<usize>, events: bool) -> Vec<LegendEntry> {
    let mut v = vec![LegendEntry::Place(Country::CN, "Chinese place".to_owned())];
    for k in Country::PARTNERS {
        let all = c.by_country[k];
        let ties = if shown[k] == all {
            count(all, "tie")
        } else {
            format!("{} of {}", shown[k], count(all, "tie"))
        };
        v.push(LegendEntry::Place(k, format!("{} ({ties})", k.name())));
    }
    v.push(LegendEntry::Line {
        heavy: true,
        text: "province-level tie",
    });
    v.push(LegendEntry::Line {
        heavy: false,
        text: "city- or district-level tie",
    });
    for (pattern, text) in [
        ("dashed", "dashes: ended, or barred by law"),
        ("dotted", "dots: suspended"),
        ("long-dashed", "long dashes: disputed"),
    ] {
        v.push(LegendEntry::Stroke { pattern, text });
    }
    v.push(LegendEntry::Ring(
        "ring: province, prefecture or state (at its capital)",
    ));
    if events {
        v.push(LegendEntry::Event(
            "diamond: events held there (a number: how many)",
        ));
    }
    v.push(LegendEntry::Note("Circle size: number of partners"));
    v
}

/// One line of the legend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LegendEntry {
    /// A country's colour.
    Place(Country, String),
    /// A tie's width.
    Line {
        heavy: bool,
        text: &'static str,
    },
    /// A tie no longer simply in force.
    /// The events' diamond.
    Event(&'static str),
    /// A tie drawn in a pattern (the swatch's class) for what it is.
    Stroke {
        pattern: &'static str,
        text: &'static str,
    },
    /// The ring that marks a region.
    Ring(&'static str),
    Note(&'static str),
}

/// The sentence above a list of rows left out of the data.
pub fn issues_summary(n: usize) -> String {
    format!(
        "{} in the data: the rows named below were left out",
        count(n, "problem")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::fixture;

    #[test]
    fn a_region_named_like_a_city_says_what_it_is_on_the_map() {
        let atlas = crate::model::Atlas::embedded().0;
        let names = map_names(&atlas);
        let name = |id: &str| names[atlas.index_of(id).unwrap()].as_str();
        assert_eq!(name("jp-hiroshima-prefecture"), "Hiroshima Pref.");
        assert_eq!(name("jp-hyogo-prefecture"), "Hyōgo");
        assert_eq!(name("cn-jiangsu"), "Jiangsu");
        // Cities keep their own name.
        assert!(names.iter().filter(|n| *n == "Hiroshima").count() == 1);
    }

    #[test]
    fn the_status_says_how_many_ties_the_filters_leave() {
        assert_eq!(shown_text(741, 741), "");
        assert_eq!(shown_text(251, 741), " · showing 251 of 741 ties");
    }

    #[test]
    fn the_chooser_and_tooltip_say_how_many_places_are_here() {
        assert_eq!(chooser_heading(3, 0), "3 places here");
        assert_eq!(
            chooser_heading(8, 3),
            "8 of 11 places here: zoom in for the others"
        );
        assert_eq!(others_here(0), "");
        assert!(others_here(2).starts_with(" · 2 more places"));
    }

    #[test]
    fn labels_speak_each_country_s_words() {
        assert_eq!(level_label(Level::Province, Country::JP), "prefecture");
        assert_eq!(level_label(Level::Province, Country::US), "state");
        assert_eq!(
            level_label(Level::City, Country::CN),
            "prefecture-level city"
        );
        assert_eq!(level_label(Level::District, Country::JP), "ward");
        assert_eq!(kind_label(Kind::Unknown), None);
        assert_eq!(count(1, "tie"), "1 tie");
        assert_eq!(count(0, "tie"), "0 ties");
    }

    #[test]
    fn tooltips_name_places_and_ties() {
        let a = fixture();
        let t = a.index_of("cn-tianjin").unwrap();
        assert_eq!(
            tooltip_text(&a, Item::Place(t), 3),
            "Tianjin 天津市 · 3 partners"
        );
        assert_eq!(
            tooltip_text(&a, Item::Place(t), 1),
            "Tianjin 天津市 · 1 partner"
        );
        let k = a.link_between("cn-tianjin", "jp-kobe").unwrap();
        assert_eq!(
            tooltip_text(&a, Item::Link(k), 0),
            "Tianjin 天津市 — Kobe 神戸市 · 1973-06-24"
        );
        let p = a.link_between("cn-tianjin", "us-philadelphia").unwrap();
        assert_eq!(
            tooltip_text(&a, Item::Link(p), 0),
            "Tianjin 天津市 — Philadelphia · year unknown"
        );
    }

    #[test]
    fn status_and_legend_count_what_the_atlas_holds() {
        let a = fixture();
        let c = a.counts();
        assert_eq!(
            status_text(&c),
            "4 ties between 6 places · 75 % with a cited year"
        );
        let l = legend(&c, &c.by_country, false);
        assert_eq!(
            l[1],
            LegendEntry::Place(Country::JP, "Japan (2 ties)".into())
        );
        let mut shown = c.by_country;
        shown[Country::JP] = 1;
        assert_eq!(
            legend(&c, &shown, false)[1],
            LegendEntry::Place(Country::JP, "Japan (1 of 2 ties)".into())
        );
        assert_eq!(
            l[3],
            LegendEntry::Place(Country::US, "United States (1 tie)".into())
        );
    }
}
