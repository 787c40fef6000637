//! The words of an exported picture: a title, a line naming the filters and the selection, the
//! legend's countries with what is shown of them, and the credits.

use super::{count, filters_text, legend, LegendEntry};
use crate::model::{Atlas, Counts, Item, PerCountry};
use crate::render::escape_markup;
use crate::scene::ExportTexts;
use crate::view::{Target, ViewState};

/// The credits an exported picture carries, as the page's footer says them.
pub const CREDIT: &str = "Land: Natural Earth · Data: Wikipedia contributors (CC BY-SA 4.0), \
GeoNames (CC BY 4.0) and the sources named per tie · Sister-city atlas";

/// The texts of an export of `view`: `shown` ties of `counts`, `by_country` shown per country.
pub fn export_texts(
    atlas: &Atlas,
    counts: &Counts,
    view: &ViewState,
    shown: usize,
    by_country: &PerCountry<usize>,
) -> ExportTexts {
    let mut parts = filters_text(&view.filters);
    if parts.is_empty() {
        parts.push(format!("all {}", count(counts.links, "tie")));
    } else {
        parts.insert(0, format!("{shown} of {}", count(counts.links, "tie")));
    }
    if let Some(name) = view
        .selection
        .as_ref()
        .and_then(|t| selected_name(atlas, t))
    {
        parts.push(format!("{name} selected"));
    }
    let countries = legend(counts, by_country, false)
        .into_iter()
        .filter_map(|e| match e {
            LegendEntry::Place(c, text) if c != crate::model::Country::CN => Some(text),
            _ => None,
        })
        .collect::<Vec<_>>();
    let [jp, kr, us] = <[String; 3]>::try_from(countries).unwrap_or_default();
    ExportTexts {
        title: "China's sister-city ties with Japan, South Korea and the United States".to_owned(),
        subtitle: parts.join(" · "),
        countries: [jp, kr, us],
        credit: CREDIT.to_owned(),
    }
}

fn selected_name(atlas: &Atlas, t: &Target) -> Option<String> {
    Some(match t.resolve(atlas)? {
        Item::Place(p) => atlas.places[p].names.en.clone(),
        Item::Link(l) => {
            let l = &atlas.links[l];
            format!(
                "{} – {}",
                atlas.places[l.cn].names.en, atlas.places[l.partner].names.en
            )
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::fixture;
    use crate::model::Country;
    use crate::view::{Filters, Viewport};

    #[test]
    fn the_title_names_the_filters_and_the_selection() {
        let a = fixture();
        let c = a.counts();
        let mut v = ViewState::home([0.0, 0.0, 1.0, 1.0], Viewport::new(100.0, 100.0, 1.0));
        let t = export_texts(&a, &c, &v, 4, &c.by_country);
        assert_eq!(t.subtitle, "all 4 ties");
        assert_eq!(t.countries[0], "Japan (2 ties)");
        v.filters = Filters {
            undated: false,
            ..Filters::default()
        };
        v.filters.countries[Country::US] = false;
        v.selection = Target::from_key(&a, "cn-tianjin");
        let mut shown = c.by_country;
        shown[Country::US] = 0;
        let t = export_texts(&a, &c, &v, 3, &shown);
        assert_eq!(
            t.subtitle,
            "3 of 4 ties · Japan, South Korea · dated ties only · Tianjin selected"
        );
        assert_eq!(t.countries[2], "United States (0 of 1 tie)");
    }
}

/// The HTML that embeds the view at `page` (the address without its fragment) and `fragment`
/// in another site: an iframe of the compact page (`?embed=1`), attributes escaped.
pub fn embed_snippet(page: &str, fragment: &str) -> String {
    let sep = if page.contains('?') { '&' } else { '?' };
    let hash = if fragment.is_empty() {
        String::new()
    } else {
        format!("#{fragment}")
    };
    let mut src = String::new();
    escape_markup(&mut src, &format!("{page}{sep}embed=1{hash}"));
    format!(
        "<iframe src=\"{}\" width=\"960\" height=\"600\" style=\"border:0;max-width:100%\" \
         title=\"Sister-city atlas: China's ties with Japan, South Korea and the United States\" \
         loading=\"lazy\"></iframe>",
        src
    )
}

#[cfg(test)]
mod embed_tests {
    use super::*;

    #[test]
    fn the_snippet_embeds_the_compact_view_with_its_fragment() {
        let s = embed_snippet(
            "https://example.org/atlas/",
            "region=east-asia&sel=cn-tianjin",
        );
        assert!(
            s.starts_with("<iframe src=\"https://example.org/atlas/?embed=1#region=east-asia&amp;sel=cn-tianjin\""),
            "{s}"
        );
        assert!(s.ends_with("</iframe>") && s.contains("title=\""));
        let s = embed_snippet("https://x.org/?synthetic=10", "");
        assert!(
            s.contains("src=\"https://x.org/?synthetic=10&amp;embed=1\""),
            "{s}"
        );
        // Nothing from the address can leave the attribute.
        let s = embed_snippet("https://x.org/", "q=\"><script>");
        assert!(
            !s.contains("<script") && s.contains("&quot;&gt;&lt;script&gt;"),
            "{s}"
        );
    }
}
