//! Small multiples: one small chart per partner country, side by side, over the same years,
//! each on its own count scale (a country with few ties still shows its shape), with its first
//! tie and its peak year marked.

use super::{label, rect, step_for, Frame, Growth, GRID};
use crate::scene::{palette, Batch, Rgba, Scene, Shape, Style};
use crate::view::Viewport;

/// The small chart of partner country `c` (an index into [`crate::model::Country::PARTNERS`])
/// at `width × height` CSS px, with the timeline's `year` as a rule.
pub fn build_multiple(g: &Growth, c: usize, year: Option<u16>, width: f32, height: f32) -> Scene {
    let mut scene = Scene::new(
        Viewport::new(width, height, 1.0),
        Some(Rgba(255, 255, 255, 255)),
    );
    let Some(new) = g.new.get(c) else {
        return scene;
    };
    let f = Frame {
        left: 26.0,
        top: 13.0,
        right: (width - 6.0).max(40.0),
        bottom: (height - 18.0).max(20.0),
        first: g.first,
        last: g.last,
    };
    let max = new.iter().copied().max().unwrap_or(0).max(1);
    let top = max.div_ceil(step_for(max)) * step_for(max);
    let y = |v: u32| f.bottom - v as f32 / top as f32 * (f.bottom - f.top);

    let mut grid = Batch::new(Style::fill(GRID));
    for v in [0, top] {
        let yy = y(v);
        grid.shapes.push(rect(f.left, yy - 0.5, f.right, yy + 0.5));
        scene
            .labels
            .push(label(v.to_string(), [2.0, yy + 4.0], 10.0, false));
    }
    for yr in [g.first, g.last] {
        let x = f.x(f32::from(yr));
        grid.shapes
            .push(rect(x - 0.5, f.bottom, x + 0.5, f.bottom + 3.0));
        let at = if yr == g.first { x - 4.0 } else { x - 24.0 };
        scene
            .labels
            .push(label(yr.to_string(), [at, f.bottom + 14.0], 10.0, false));
    }
    scene.batches.push(grid);

    let colour = palette::country(crate::model::Country::PARTNERS[c]);
    let w = (f.right - f.left) / (f32::from(g.last - g.first) + 1.0);
    let pad = (w * 0.15).min(1.0);
    let mut bars = Batch::new(Style::fill(colour));
    for (i, &n) in new.iter().enumerate() {
        if n > 0 {
            let x = f.x(f32::from(g.first) + i as f32);
            bars.shapes
                .push(rect(x - w / 2.0 + pad, y(n), x + w / 2.0 - pad, y(0)));
        }
    }
    scene.batches.push(bars);
    // The first tie and the peak year: small rings over their bars.
    let first = new.iter().position(|&n| n > 0);
    let peak =
        (0..new.len())
            .filter(|&i| new[i] > 0)
            .fold(None, |best: Option<usize>, i| match best {
                Some(b) if new[b] >= new[i] => best,
                _ => Some(i),
            });
    let mut rings = Batch::new(Style::both(Rgba(255, 255, 255, 255), colour, 1.5));
    for i in first.into_iter().chain(peak) {
        let x = f.x(f32::from(g.first) + i as f32);
        rings.shapes.push(Shape::Circle([x, y(new[i]) - 5.0], 3.0));
    }
    rings.shapes.dedup();
    scene.batches.push(rings);
    if let Some(yr) = year.filter(|yr| (g.first..=g.last).contains(yr)) {
        let x = f.x(f32::from(yr));
        let mut rule = Batch::new(Style::fill(palette::SELECT));
        rule.shapes.push(rect(x - 0.75, f.top, x + 0.75, f.bottom));
        scene.batches.push(rule);
    }
    scene.batches.retain(|b| !b.shapes.is_empty());
    scene
}
