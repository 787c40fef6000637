//! What a screen reader hears when the details panel opens or changes: one sentence naming what
//! is shown and how to go on, so that a reader on the map learns of the panel without moving there.

use super::{partner_summary, place_subtitle, LinkDetails, PlaceDetails};

/// "Details: Tianjin 天津, municipality (province-level), China. 3 partners (…). Arrow down
/// goes through the partners, Enter opens one."
pub fn place_announcement(d: &PlaceDetails) -> String {
    let local = d.names.local(d.country);
    let name = if local.is_empty() || local == d.names.en {
        d.names.en.clone()
    } else {
        format!("{} {local}", d.names.en)
    };
    let go_on = if d.partners.is_empty() {
        ""
    } else {
        " Arrow down goes through the partners, Enter opens one."
    };
    format!(
        "Details: {name}, {}, {}. {}.{go_on}",
        place_subtitle(d),
        d.country_name,
        partner_summary(d)
    )
}

/// "Details of the tie Tianjin – Kobe: sister city, established 1973-06-24."
pub fn link_announcement(d: &LinkDetails) -> String {
    let kind = d.facts.kind.unwrap_or("kind unknown");
    let when = match &d.facts.date {
        Some(x) => format!("established {x}"),
        None => "year unknown".to_owned(),
    };
    format!(
        "Details of the tie {} – {}: {kind}, {} tie, {when}.",
        d.a.name_en, d.b.name_en, d.tier
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::details::{link_details, place_details};
    use crate::model::testing::fixture;

    #[test]
    fn announcements_name_the_place_its_partners_and_the_keys() {
        let a = fixture();
        let tianjin = a.index_of("cn-tianjin").unwrap();
        let d = place_details(&a, tianjin, None).unwrap();
        let s = place_announcement(&d);
        assert!(
            s.starts_with("Details: Tianjin 天津市, municipality (province-level), China. 3"),
            "{s}"
        );
        assert!(
            s.contains("3 partners (1 Japan, 1 South Korea, 1 United States)"),
            "{s}"
        );
        assert!(s.ends_with("Enter opens one."), "{s}");
        let kobe = a.index_of("jp-kobe").unwrap();
        let link = (0..a.links.len())
            .find(|&l| a.links[l].cn == tianjin && a.links[l].partner == kobe)
            .unwrap();
        let s = link_announcement(&link_details(&a, link).unwrap());
        assert!(s.starts_with("Details of the tie Tianjin – Kobe: "), "{s}");
        assert!(s.ends_with("established 1973-06-24."), "{s}");
    }
}
