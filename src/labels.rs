//! Label placement: as many labels as fit, most important first, none overlapping.
//!
//! Pure and deterministic: candidates are tried in priority order (ties broken by their order in
//! the input), each at four positions around its point; a label that fits nowhere is left out.
//! Boxes already taken are kept in a coarse screen grid, so a try looks only at its neighbours.

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
    /// The place the label names.
    pub place: Option<usize>,
}

/// A placed label: `origin` is the left end of the text's baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub text: String,
    pub origin: [f32; 2],
    pub size: f32,
    /// The box the label occupies: `[x0, y0, x1, y1]`.
    pub rect: [f32; 4],
    pub place: Option<usize>,
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

/// A marker a label should keep off: its box, the highest label priority it keeps out, and the
/// place it marks (whose own label may sit beside it).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Obstacle {
    pub rect: [f32; 4],
    pub keeps_out: f32,
    pub place: Option<usize>,
}

/// Boxes taken so far, labels and markers, each filed in the cells of a grid over the surface
/// that it touches. Markers are small and many, and known at the start: their cells are fine
/// and packed in one array.
struct Taken<'a> {
    labels: Grid<[f32; 4]>,
    markers: Packed<'a>,
}

/// Obstacles filed by cell once: the indexes of each cell's obstacles lie together in `items`.
struct Packed<'a> {
    grid: Cells,
    /// Start of each cell's run in `items` (`cols * rows + 1` entries).
    starts: Vec<u32>,
    items: Vec<u32>,
    obstacles: &'a [Obstacle],
}

impl<'a> Packed<'a> {
    fn new(width: f32, height: f32, cell: f32, obstacles: &'a [Obstacle]) -> Self {
        let grid = Cells::new(width, height, cell);
        let n = grid.cols * grid.rows;
        let cells = |r: &[f32; 4]| {
            let (x0, y0, x1, y1) = grid.span(r);
            (y0..=y1).flat_map(move |y| (x0..=x1).map(move |x| y * grid.cols + x))
        };
        let mut starts = vec![0u32; n + 1];
        for o in obstacles {
            for c in cells(&o.rect) {
                starts[c + 1] += 1;
            }
        }
        for i in 0..n {
            starts[i + 1] += starts[i];
        }
        let mut fill = starts.clone();
        let mut items = vec![0u32; starts[n] as usize];
        for (i, o) in obstacles.iter().enumerate() {
            for c in cells(&o.rect) {
                items[fill[c] as usize] = i as u32;
                fill[c] += 1;
            }
        }
        Self {
            grid,
            starts,
            items,
            obstacles,
        }
    }
}

/// Square cells over the surface.
#[derive(Debug, Clone, Copy)]
struct Cells {
    /// One over the cell size.
    per_px: f32,
    cols: usize,
    rows: usize,
}

impl Cells {
    fn new(width: f32, height: f32, cell: f32) -> Self {
        let dim = |v: f32| ((v.max(1.0) / cell).ceil() as usize).clamp(1, 1024);
        Self {
            per_px: 1.0 / cell,
            cols: dim(width),
            rows: dim(height),
        }
    }

    /// The cells a box touches (clamped to the grid). Truncation is floor for the positive
    /// values it keeps (and cheaper than `floor` where that is a library call).
    fn span(&self, r: &[f32; 4]) -> (usize, usize, usize, usize) {
        let at = |v: f32, n: usize| ((v * self.per_px) as i32).max(0).min(n as i32 - 1) as usize;
        (
            at(r[0], self.cols),
            at(r[1], self.rows),
            at(r[2], self.cols),
            at(r[3], self.rows),
        )
    }
}

/// Items with a box, filed in the cells they touch.
struct Grid<T> {
    cells: Cells,
    filed: Vec<Vec<u32>>,
    items: Vec<T>,
}

impl<T> Grid<T> {
    fn new(width: f32, height: f32, cell: f32) -> Self {
        let cells = Cells::new(width, height, cell);
        Self {
            cells,
            filed: vec![Vec::new(); cells.cols * cells.rows],
            items: Vec::new(),
        }
    }

    fn add(&mut self, r: &[f32; 4], item: T) {
        let (x0, y0, x1, y1) = self.cells.span(r);
        let i = self.items.len() as u32;
        self.items.push(item);
        for y in y0..=y1 {
            for x in x0..=x1 {
                self.filed[y * self.cells.cols + x].push(i);
            }
        }
    }
}

/// What a label's box would cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Room {
    Free,
    /// Markers of places less prominent than the label's.
    Lesser,
    Taken,
}

impl<'a> Taken<'a> {
    /// Room for `labels` labels: a few (a highlight's) need no more than one cell.
    fn new(width: f32, height: f32, labels: usize, obstacles: &'a [Obstacle]) -> Self {
        let whole = width.max(height).max(1.0);
        let cell = |fine: f32, n: usize| if n > 32 { fine } else { whole };
        Self {
            labels: Grid::new(width, height, cell(48.0, labels)),
            markers: Packed::new(width, height, cell(16.0, obstacles.len()), obstacles),
        }
    }

    /// What box `r` would cover for a label of `priority` (place `own`, whose marker it may
    /// sit beside): free room, only lesser markers, or a label or a marker that keeps it out.
    /// With `free_only` a box that covers any marker counts as kept out (it is not needed).
    fn room(&self, r: &[f32; 4], own: Option<usize>, priority: f32, free_only: bool) -> Room {
        let labels = &self.labels;
        let (x0, y0, x1, y1) = labels.cells.span(r);
        for y in y0..=y1 {
            for x in x0..=x1 {
                for &i in &labels.filed[y * labels.cells.cols + x] {
                    if overlaps(&labels.items[i as usize], r) {
                        return Room::Taken;
                    }
                }
            }
        }
        let m = &self.markers;
        let (x0, y0, x1, y1) = m.grid.span(r);
        let mut room = Room::Free;
        for y in y0..=y1 {
            let row = y * m.grid.cols;
            let run = m.starts[row + x0] as usize..m.starts[row + x1 + 1] as usize;
            for &i in &m.items[run] {
                let o = &m.obstacles[i as usize];
                if (own.is_some() && o.place == own) || !overlaps(&o.rect, r) {
                    continue;
                }
                if free_only || priority <= o.keeps_out {
                    return Room::Taken;
                }
                room = Room::Lesser;
            }
        }
        room
    }
}

/// Places labels inside `[0, 0, width, height]` without overlap, avoiding `blocked` boxes
/// (other layers' labels) and, for labels of priority up to theirs, `obstacles` (the markers of
/// places: a label may cover a lesser place's marker, never a more prominent one's).
/// At most `max` labels are placed.
pub fn layout(
    mut candidates: Vec<Candidate>,
    width: f32,
    height: f32,
    blocked: &[[f32; 4]],
    obstacles: &[Obstacle],
    max: usize,
) -> Vec<Placed> {
    // Input order among equal priorities: deterministic output. The indexes are ranked, not
    // the candidates (smaller moves).
    let order = crate::num::ranked(
        candidates
            .iter()
            .map(|c| u64::from(u32::MAX) - crate::num::f32_key(c.priority)),
    );
    let mut taken = Taken::new(width, height, candidates.len() + blocked.len(), obstacles);
    for b in blocked {
        taken.labels.add(b, *b);
    }
    let mut out = Vec::new();
    for i in order {
        if out.len() >= max {
            break;
        }
        let c = &mut candidates[i];
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
        // Where the label covers no marker at all, else where it covers only lesser ones.
        let mut lesser = None;
        let mut fits = None;
        for o in tries {
            let rect = rect_of(o, w, c.size);
            let inside = rect[0] >= 0.0 && rect[1] >= 0.0 && rect[2] <= width && rect[3] <= height;
            if !inside {
                continue;
            }
            match taken.room(&rect, c.place, c.priority, lesser.is_some()) {
                Room::Free => {
                    fits = Some((o, rect));
                    break;
                }
                Room::Lesser => lesser = Some((o, rect)),
                Room::Taken => {}
            }
        }
        let fits = fits.or(lesser);
        if let Some((o, rect)) = fits {
            taken.labels.add(&rect, rect);
            out.push(Placed {
                text: std::mem::take(&mut c.text),
                origin: o,
                size: c.size,
                rect,
                place: c.place,
            });
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
            place: None,
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
        let placed = layout(cands, 400.0, 300.0, &[], &[], 1000);
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
        let all = layout(
            c.clone(),
            400.0,
            200.0,
            &[[0.0, 0.0, 200.0, 200.0]],
            &[],
            10,
        );
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].text, "B");
        assert_eq!(layout(c, 400.0, 200.0, &[], &[], 1).len(), 1);
    }

    #[test]
    fn a_label_covers_no_marker_where_it_can_and_never_a_more_prominent_one() {
        let at = [100.0, 100.0];
        // A marker of prominence 5 right of the point, where a label goes first.
        let marker = |rect, keeps_out| Obstacle {
            rect,
            keeps_out,
            place: None,
        };
        let right = marker([113.0, 96.0, 117.0, 100.0], 5.0);
        let placed = layout(vec![cand("Any", at, 8.0)], 400.0, 200.0, &[], &[right], 9);
        assert!(
            placed[0].origin[0] < 100.0,
            "moved to the left: {:?}",
            placed[0]
        );
        // Markers on all four sides: the label covers one only if it is the more prominent.
        let all = [
            right,
            marker([80.0, 96.0, 84.0, 100.0], 5.0),
            marker([98.0, 86.0, 102.0, 90.0], 5.0),
            marker([98.0, 110.0, 102.0, 114.0], 5.0),
        ];
        let minor = layout(vec![cand("Minor", at, 2.0)], 400.0, 200.0, &[], &all, 9);
        assert!(minor.is_empty());
        let major = layout(vec![cand("Major", at, 8.0)], 400.0, 200.0, &[], &all, 9);
        assert_eq!(major.len(), 1);
    }

    #[test]
    fn equal_priorities_go_in_input_order() {
        // Two labels that cannot both fit: with equal priority the first given wins, whatever
        // else is in the list.
        let a = cand("First", [150.0, 50.0], 1.0);
        let b = cand("Second", [150.0, 50.0], 1.0);
        let placed = layout(vec![a.clone(), b.clone()], 300.0, 100.0, &[], &[], 1);
        assert_eq!(placed[0].text, "First");
        let placed = layout(vec![b, a], 300.0, 100.0, &[], &[], 1);
        assert_eq!(placed[0].text, "Second");
    }
}
