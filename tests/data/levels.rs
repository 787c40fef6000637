//! One tie recorded at two levels: the same partner tied to a Chinese city and to a district of
//! that city, on the same day or with one of the two undated (a directory listing the city for
//! what the partner's own page says is the district, or the other way round).

use sister_atlas::model::{Atlas, Country, Level};

/// The Chinese place district `d` belongs to: the city its English name gives in brackets
/// ("Acheng (Harbin)"), else the municipality of its region (Shanghai's districts).
fn city_of(a: &Atlas, d: usize) -> Option<usize> {
    let p = &a.places[d];
    if p.country != Country::CN || p.level != Level::District {
        return None;
    }
    let named = p
        .names
        .en
        .rsplit_once('(')
        .and_then(|(_, rest)| rest.strip_suffix(')'))
        .and_then(|city| {
            a.places.iter().position(|q| {
                q.country == Country::CN && q.level != Level::District && q.names.en == city
            })
        });
    named.or_else(|| {
        a.places.iter().position(|q| {
            q.country == Country::CN && q.level == Level::Municipality && q.region_en == p.region_en
        })
    })
}

/// The pairs of ties (district's, city's) to one partner that look like one tie twice.
pub fn twice(a: &Atlas) -> Vec<String> {
    let mut found = Vec::new();
    for l in &a.links {
        let Some(city) = city_of(a, l.cn) else {
            continue;
        };
        let Some(other) = a.places[l.partner]
            .links
            .iter()
            .map(|&k| &a.links[k])
            .find(|k| k.cn == city)
        else {
            continue;
        };
        if l.date == other.date || l.date.is_none() || other.date.is_none() {
            found.push(format!(
                "{} and {} both tied to {} ({:?} / {:?})",
                a.places[l.cn].id, a.places[city].id, a.places[l.partner].id, l.date, other.date
            ));
        }
    }
    found
}

#[test]
fn no_tie_is_recorded_at_two_levels() {
    let a = super::atlas();
    assert_eq!(twice(&a), Vec::<String>::new());
    // The district of a city and of a municipality are both found.
    let id = |s: &str| a.index_of(s).unwrap();
    assert_eq!(city_of(&a, id("cn-acheng-harbin")), Some(id("cn-harbin")));
    assert_eq!(
        city_of(&a, id("cn-yangpu-district")),
        Some(id("cn-shanghai"))
    );
}
