//! The tables of `data/README.md`, made from the data by the same counting code the page uses
//! (`Atlas::counts`), and written back into the README between their markers.

use sister_atlas::data::{Numbered, TotalRow};
use sister_atlas::model::{percent, Atlas, Country, Kind};

/// Ties, dated ties and the dated share, ties with a primary source and ties that rest on
/// directories alone, per partner country and overall.
pub fn coverage(atlas: &Atlas) -> String {
    let c = atlas.counts();
    let mut t = String::from(
        "| country | ties | dated | dated % | primary source | primary % | directories only |\n|---|---|---|---|---|---|---|\n",
    );
    let (mut all_primary, mut all_directories) = (0, 0);
    for k in Country::PARTNERS {
        let (n, d) = (c.by_country[k], c.dated_by_country[k]);
        let ties = || (0..atlas.links.len()).filter(|&l| atlas.link_country(l) == k);
        let primary = ties()
            .filter(|&l| !atlas.links[l].primary.is_empty())
            .count();
        let directories = ties()
            .filter(|&l| atlas.links[l].directories_only())
            .count();
        all_primary += primary;
        all_directories += directories;
        t.push_str(&format!(
            "| {} | {n} | {d} | {} % | {primary} | {} % | {directories} |\n",
            k.code(),
            percent(d, n),
            percent(primary, n)
        ));
    }
    t.push_str(&format!(
        "| all | {} | {} | {} % | {all_primary} | {} % | {all_directories} |\n",
        c.links,
        c.dated,
        percent(c.dated, c.links),
        percent(all_primary, c.links)
    ));
    t
}

/// The latest published count of all of a country's ties with China: the latest row of
/// `totals.csv` for the country whose `what` does not start with `[` (those count a part or a
/// year only). Rows of one date that disagree are an error: neither is picked silently.
pub fn latest_official(
    totals: &[Numbered<TotalRow>],
    country: Country,
) -> Result<&TotalRow, String> {
    let whole: Vec<&TotalRow> = totals
        .iter()
        .map(|t| &t.row)
        .filter(|t| t.country == country.code() && !t.what.starts_with('['))
        .collect();
    let last = whole
        .iter()
        .map(|t| t.as_of.as_str())
        .max()
        .ok_or_else(|| format!("totals.csv has no count of all {} ties", country.code()))?;
    let latest: Vec<&TotalRow> = whole.into_iter().filter(|t| t.as_of == last).collect();
    if latest.iter().any(|t| t.count != latest[0].count) {
        return Err(format!(
            "totals.csv: {} counts of {} disagree as of {last}",
            latest.len(),
            country.code()
        ));
    }
    Ok(latest[0])
}

/// Ties here per country beside the latest official count; the gap is (comparable − official)
/// / official, where the comparable count leaves out the exchange agreements. Returns the table
/// and each country's gap.
pub fn official(
    atlas: &Atlas,
    totals: &[Numbered<TotalRow>],
) -> Result<(String, Vec<(Country, f64)>), String> {
    let c = atlas.counts();
    let mut t = String::from(
        "| country | ties here | without exchange agreements | latest official count | as of | gap |\n|---|---|---|---|---|---|\n",
    );
    let mut gaps = Vec::new();
    for k in Country::PARTNERS {
        let comparable = (0..atlas.links.len())
            .filter(|&l| atlas.link_country(l) == k && atlas.links[l].kind != Kind::Exchange)
            .count();
        let o = latest_official(totals, k)?;
        let count: f64 = o
            .count
            .parse()
            .map_err(|_| format!("totals.csv: count “{}”", o.count))?;
        let gap = (comparable as f64 - count) / count;
        let sign = if gap < 0.0 { "−" } else { "+" };
        t.push_str(&format!(
            "| {} | {} | {comparable} | {} | {} | {sign}{} % |\n",
            k.code(),
            c.by_country[k],
            o.count,
            o.as_of,
            (gap.abs() * 100.0).round()
        ));
        gaps.push((k, gap));
    }
    Ok((t, gaps))
}

/// `readme` with the block between `<!-- name:begin -->` and `<!-- name:end -->` replaced.
pub fn with_block(readme: &str, name: &str, table: &str) -> Result<String, String> {
    let (begin, end) = (
        format!("<!-- {name}:begin -->\n"),
        format!("<!-- {name}:end -->"),
    );
    let i = readme
        .find(&begin)
        .ok_or_else(|| format!("data/README.md has no {begin}"))?;
    let j = readme
        .find(&end)
        .ok_or_else(|| format!("data/README.md has no {end}"))?;
    Ok(format!(
        "{}{table}{}",
        &readme[..i + begin.len()],
        &readme[j..]
    ))
}
