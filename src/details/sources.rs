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

/// The host part of an http(s) URL, for a short link label.
pub fn url_host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

pub(super) fn source_links(atlas: &Atlas, refs: &[SourceRef]) -> Vec<SourceLink> {
    refs.iter()
        .filter_map(|r| match r {
            SourceRef::Key(k) => atlas.sources.get(*k).map(|s| SourceLink {
                label: short_title(&s.title).to_owned(),
                title: s.title.clone(),
                url: is_http_url(&s.url).then(|| s.url.clone()),
            }),
            SourceRef::Url(u) => Some(SourceLink {
                label: url_host(u).to_owned(),
                title: u.clone(),
                url: Some(u.clone()),
            }),
        })
        .collect()
}
