//! Golden pictures: a scene's SVG compared with a file under `tests/golden/`, numbers rounded
//! so that float noise is no difference; and the pictures of the network view and the regions
//! rolled up, pinned that way.

/// Numbers with more than two decimals rounded to two: float noise is not a difference.
pub fn rounded(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut num = String::new();
    let flush = |num: &mut String, out: &mut String| {
        match num.parse::<f64>() {
            Ok(v) if num.contains('.') => out.push_str(&crate::num::fixed(v, 2)),
            _ => out.push_str(num),
        }
        num.clear();
    };
    for ch in svg.chars() {
        if ch.is_ascii_digit() || (ch == '.' && !num.is_empty()) || (ch == '-' && num.is_empty()) {
            num.push(ch);
        } else {
            flush(&mut num, &mut out);
            out.push(ch);
        }
    }
    flush(&mut num, &mut out);
    out
}

/// Compares `svg` with `tests/golden/NAME.svg` (coordinates rounded); `UPDATE_GOLDEN=1`
/// accepts it. A difference leaves the actual picture beside the golden one.
pub fn golden(name: &str, svg: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let golden = dir.join(format!("{name}.svg"));
    let actual = dir.join(format!("{name}.actual.svg"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, svg).unwrap();
    }
    let expected = std::fs::read_to_string(&golden).unwrap_or_default();
    let (want, got) = (rounded(&expected), rounded(svg));
    if want == got {
        let _ = std::fs::remove_file(&actual);
        return;
    }
    std::fs::write(&actual, svg).unwrap();
    let line = want.lines().zip(got.lines()).position(|(a, b)| a != b);
    let first = line.unwrap_or_else(|| want.lines().count().min(got.lines().count()));
    panic!(
        "the SVG differs from tests/golden/{name}.svg from line {} on\n  golden: {}\n  actual: {}\n\
         the actual picture is in tests/golden/{name}.actual.svg; after review, accept it with \
         UPDATE_GOLDEN=1 cargo test",
        first + 1,
        want.lines().nth(first).unwrap_or("(end of file)"),
        got.lines().nth(first).unwrap_or("(end of file)"),
    );
}

#[cfg(test)]
mod tests {
    use super::golden;
    use crate::dataset::Dataset;
    use crate::layout::Arrangement;
    use crate::model::testing::fixture;
    use crate::render::to_svg;
    use crate::scene::{build_network, drawn_links, SceneInput};
    use crate::view::{update, Action, Derived, Measure, ViewState, Viewport};

    /// The fixture's network scene after `actions`.
    fn picture(actions: Vec<Action>) -> String {
        let data = Dataset::new(fixture(), Vec::new()).unwrap();
        let mut view = ViewState::home(data.bounds(), Viewport::new(640.0, 360.0, 1.0));
        for a in actions {
            update(&mut view, &data, a);
        }
        let mut derived = Derived::default();
        let vis = derived.visibility(&data, &view.filters).clone();
        let input = SceneInput {
            data: &data,
            view: &view,
            vis: &vis,
        };
        to_svg(&build_network(&input, &drawn_links(&input))).unwrap()
    }

    #[test]
    fn the_network_view_matches_its_golden_file() {
        let svg = picture(vec![
            Action::Arrange(Arrangement::Network),
            Action::Morph(1.0),
        ]);
        golden("network", &svg);
    }

    #[test]
    fn the_regions_rolled_up_match_their_golden_file() {
        let svg = picture(vec![Action::Rollup(Some(Measure::Ties))]);
        golden("rollup", &svg);
    }
}
