//! Label placement: as many labels as fit, most important first, none overlapping.
//!
//! Pure and deterministic: candidates are tried in priority order (ties broken by their order in
//! the input), each at four positions around its point; a label that fits nowhere is left out.

/// A label that would like to be drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub text: String,
    /// The point the label belongs to (CSS pixels).
    pub at: [f32; 2],
    /// Clearance around the point (its marker radius).
    pub gap: f32,
    pub size: f32,
    /// Higher goes first.
    pub priority: f32,
}

/// A placed label: `origin` is the left end of the text's baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub text: String,
    pub origin: [f32; 2],
    pub size: f32,
    /// The box the label occupies: `[x0, y0, x1, y1]`.
    pub rect: [f32; 4],
}

/// Estimated advance of `text` at `size` px: CJK and kana/hangul are square, Latin narrower.
/// The canvas measures the real width when it draws; this estimate only has to be conservative.
pub fn text_width(text: &str, size: f32) -> f32 {
    text.chars()
        .map(|c| {
            if is_wide(c) {
                1.0
            } else if c.is_ascii_uppercase() || c == 'm' || c == 'w' {
                0.68
            } else if c == ' ' || c == 'i' || c == 'l' || c == '.' || c == ',' || c == '\'' {
                0.3
            } else {
                0.56
            }
        })
        .sum::<f32>()
        * size
}

/// CJK ideographs, kana, hangul and full-width forms.
pub fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFF60 | 0x20000..=0x2FFFF)
}

/// The box a label of width `w` at `size` px occupies with its baseline starting at `origin`,
/// padding included.
pub fn rect_of(origin: [f32; 2], w: f32, size: f32) -> [f32; 4] {
    const PAD: f32 = 2.0;
    let top = origin[1] - size * 0.9;
    [
        origin[0] - PAD,
        top - PAD,
        origin[0] + w + PAD,
        top + size * 1.2 + PAD,
    ]
}

fn overlaps(a: &[f32; 4], b: &[f32; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// Places labels inside `[0, 0, width, height]` without overlap, avoiding `blocked` boxes too.
/// At most `max` labels are placed.
pub fn layout(
    mut candidates: Vec<Candidate>,
    width: f32,
    height: f32,
    blocked: &[[f32; 4]],
    max: usize,
) -> Vec<Placed> {
    // Stable sort keeps input order among equal priorities: deterministic output.
    candidates.sort_by(|a, b| b.priority.total_cmp(&a.priority));
    let mut taken: Vec<[f32; 4]> = blocked.to_vec();
    let mut out = Vec::new();
    for c in candidates {
        if out.len() >= max {
            break;
        }
        let w = text_width(&c.text, c.size);
        let g = c.gap + 3.0;
        let [x, y] = c.at;
        // Right, left, above, below (origin = left end of baseline).
        let tries = [
            [x + g, y + c.size * 0.35],
            [x - g - w, y + c.size * 0.35],
            [x - w / 2.0, y - g - c.size * 0.25],
            [x - w / 2.0, y + g + c.size * 0.85],
        ];
        for o in tries {
            let rect = rect_of(o, w, c.size);
            let inside = rect[0] >= 0.0 && rect[1] >= 0.0 && rect[2] <= width && rect[3] <= height;
            if inside && !taken.iter().any(|t| overlaps(t, &rect)) {
                taken.push(rect);
                out.push(Placed {
                    text: c.text,
                    origin: o,
                    size: c.size,
                    rect,
                });
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(text: &str, at: [f32; 2], priority: f32) -> Candidate {
        Candidate {
            text: text.to_owned(),
            at,
            gap: 3.0,
            size: 12.0,
            priority,
        }
    }

    #[test]
    fn wide_scripts_are_wider() {
        assert!(text_width("天津市", 12.0) > text_width("abc", 12.0));
        assert!(is_wide('한') && is_wide('か') && is_wide('津') && !is_wide('K'));
    }

    #[test]
    fn no_two_labels_overlap_and_priority_wins() {
        let cands: Vec<_> = (0..200)
            .map(|i| {
                cand(
                    &format!("Place {i}"),
                    [50.0 + (i % 20) as f32 * 9.0, 50.0 + (i / 20) as f32 * 7.0],
                    i as f32,
                )
            })
            .collect();
        let placed = layout(cands, 400.0, 300.0, &[], 1000);
        assert!(!placed.is_empty() && placed.len() < 200);
        for (i, a) in placed.iter().enumerate() {
            for b in &placed[i + 1..] {
                assert!(!overlaps(&a.rect, &b.rect), "{} / {}", a.text, b.text);
            }
            assert!(a.rect[0] >= 0.0 && a.rect[2] <= 400.0);
        }
        assert_eq!(placed[0].text, "Place 199");
    }

    #[test]
    fn blocked_areas_and_limit_are_respected() {
        let c = vec![
            cand("A", [100.0, 100.0], 1.0),
            cand("B", [300.0, 100.0], 0.5),
        ];
        let all = layout(c.clone(), 400.0, 200.0, &[[0.0, 0.0, 200.0, 200.0]], 10);
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].text, "B");
        assert_eq!(layout(c, 400.0, 200.0, &[], 1).len(), 1);
    }

    #[test]
    fn equal_priorities_go_in_input_order() {
        // Two labels that cannot both fit: with equal priority the first given wins, whatever
        // else is in the list.
        let a = cand("First", [150.0, 50.0], 1.0);
        let b = cand("Second", [150.0, 50.0], 1.0);
        let placed = layout(vec![a.clone(), b.clone()], 300.0, 100.0, &[], 1);
        assert_eq!(placed[0].text, "First");
        let placed = layout(vec![b, a], 300.0, 100.0, &[], 1);
        assert_eq!(placed[0].text, "Second");
    }
}
