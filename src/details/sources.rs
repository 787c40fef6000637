//! Sources as the panel links them: a short label, the full title and the URL.

use super::SourceLink;
use crate::model::{is_http_url, Atlas, SourceRef};

/// A source title up to its first comma or parenthesis: "Wikipedia, \"List of…\"" → "Wikipedia".
pub fn short_title(title: &str) -> &str {
    let end = [title.find(", "), title.find(" (")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(title.len());
    title[..end].trim()
}

/// The host part of an http(s) URL, for a short link label (without a port).
pub fn url_host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.split(':').next().unwrap_or(host)
}

/// A source given by its URL: the host as its label, the URL as its title.
/// A source given by its address: a link only when the address is http(s).
pub(super) fn url_link(url: &str) -> SourceLink {
    SourceLink {
        label: url_host(url).to_owned(),
        title: url.to_owned(),
        url: is_http_url(url).then(|| url.to_owned()),
    }
}

/// What a tie that rests on directories alone is listed by: "listed by Wikipedia only", "listed
/// only by sistercity.info and Wikipedia".
pub(super) fn listed_only(atlas: &Atlas, refs: &[SourceRef]) -> String {
    let names: Vec<&str> = (refs.iter())
        .filter_map(|r| match r {
            SourceRef::Key(k) => atlas.sources.get(*k).map(|s| directory_name(&s.key)),
            SourceRef::Url(_) => None,
        })
        .collect();
    match names.as_slice() {
        [one] => format!("listed by {one} only"),
        many => format!("listed only by {}", many.join(" and ")),
    }
}

/// A directory's short name, by its key in `sources.csv`.
fn directory_name(key: &str) -> &str {
    match key {
        "wikipedia" => "Wikipedia",
        "sistercity-info" => "sistercity.info",
        "clair" => "CLAIR",
        other => other,
    }
}

pub(super) fn source_links(atlas: &Atlas, refs: &[SourceRef]) -> Vec<SourceLink> {
    refs.iter()
        .filter_map(|r| match r {
            SourceRef::Key(k) => atlas.sources.get(*k).map(|s| SourceLink {
                label: short_title(&s.title).to_owned(),
                title: s.title.clone(),
                url: is_http_url(&s.url).then(|| s.url.clone()),
            }),
            SourceRef::Url(u) => Some(url_link(u)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_host_is_the_url_without_scheme_path_or_port() {
        assert_eq!(url_host("https://www.ii.re.kr:443/x?y=1"), "www.ii.re.kr");
        assert_eq!(url_host("http://example.org#top"), "example.org");
        assert_eq!(url_host("example.org/a"), "example.org");
    }
}
