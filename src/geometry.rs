//! Plane geometry shared by the scene (which draws ties as curves) and the picker (which finds
//! them): the curve of a tie, its flattening, and distances. Screen space, CSS pixels.

/// A quadratic Bézier curve: start, control point, end.
pub type Curve = [[f32; 2]; 3];

/// Control point of a tie's curve: the chord's midpoint pushed sideways by a fifth of its
/// length, always towards the north (up), like a great circle on this map.
///
/// It commutes with the camera (a uniform scale and a shift), so a curve drawn from two screen
/// points is the screen image of the curve of the two world points.
pub fn curve_control(a: [f32; 2], b: [f32; 2]) -> [f32; 2] {
    let m = [(a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0];
    let d = [b[0] - a[0], b[1] - a[1]];
    let mut n = [d[1], -d[0]];
    if n[1] > 0.0 {
        n = [-n[0], -n[1]];
    }
    let k = 0.2;
    [m[0] + n[0] * k, m[1] + n[1] * k]
}

/// The curve from `a` to `b`.
pub fn curve(a: [f32; 2], b: [f32; 2]) -> Curve {
    [a, curve_control(a, b), b]
}

/// The curve from `a` to `b` bent `bend` of the way from straight (0) to [`curve`] (1).
pub fn bent(a: [f32; 2], b: [f32; 2], bend: f32) -> Curve {
    let m = [(a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0];
    if bend >= 1.0 {
        return curve(a, b);
    }
    if bend <= 0.0 {
        return [a, m, b];
    }
    let c = curve_control(a, b);
    [
        a,
        [m[0] + (c[0] - m[0]) * bend, m[1] + (c[1] - m[1]) * bend],
        b,
    ]
}

/// The mean of `pts`, or `None` when there are none.
pub fn centroid(pts: &[[f32; 2]]) -> Option<[f32; 2]> {
    let n = pts.len() as f32;
    let s = pts
        .iter()
        .fold([0.0f32; 2], |s, p| [s[0] + p[0], s[1] + p[1]]);
    (n > 0.0).then(|| [s[0] / n, s[1] / n])
}

/// The point at parameter `t` (0 at the start, 1 at the end).
pub fn curve_point(c: &Curve, t: f32) -> [f32; 2] {
    let u = 1.0 - t;
    let [a, k, b] = c;
    [
        u * u * a[0] + 2.0 * u * t * k[0] + t * t * b[0],
        u * u * a[1] + 2.0 * u * t * k[1] + t * t * b[1],
    ]
}

/// The curve flattened to `n` straight pieces (`n + 1` points), for backends without curves
/// and for picking.
pub fn flatten(c: &Curve, n: usize) -> Vec<[f32; 2]> {
    let n = n.max(1);
    (0..=n)
        .map(|i| curve_point(c, i as f32 / n as f32))
        .collect()
}

/// The part of curve `c` between `t0` and `t1`, itself a quadratic curve (its control point is
/// the curve's blossom at the two parameters).
pub fn sub_curve(c: &Curve, t0: f32, t1: f32) -> Curve {
    let [a, k, b] = c;
    let w = [
        (1.0 - t0) * (1.0 - t1),
        t0 * (1.0 - t1) + t1 * (1.0 - t0),
        t0 * t1,
    ];
    let control = [
        w[0] * a[0] + w[1] * k[0] + w[2] * b[0],
        w[0] * a[1] + w[1] * k[1] + w[2] * b[1],
    ];
    [curve_point(c, t0), control, curve_point(c, t1)]
}

/// Curve `c` as dashes `on` long with gaps `off` long (lengths measured along a flattening of
/// the curve), each dash a curve of its own: drawn alike by any painter.
pub fn dashes(c: &Curve, on: f32, off: f32) -> Vec<Curve> {
    const STEPS: usize = 32;
    let pts = flatten(c, STEPS);
    // Length along the curve at each flattening point.
    let mut at = vec![0.0f32; pts.len()];
    for i in 1..pts.len() {
        let (d0, d1) = (pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1]);
        at[i] = at[i - 1] + (d0 * d0 + d1 * d1).sqrt();
    }
    let total = at[STEPS];
    if total <= 0.0 || on <= 0.0 {
        return vec![*c];
    }
    // The parameter where the length `l` is reached (linear within a flattening step).
    let t_of = |l: f32| -> f32 {
        let i = at.partition_point(|&x| x < l).clamp(1, STEPS);
        let span = (at[i] - at[i - 1]).max(f32::EPSILON);
        ((i - 1) as f32 + (l - at[i - 1]) / span) / STEPS as f32
    };
    let mut out = Vec::new();
    let mut l = 0.0;
    while l < total {
        let end = (l + on).min(total);
        out.push(sub_curve(c, t_of(l), t_of(end)));
        l = end + off.max(0.0);
    }
    out
}

/// The smallest box `[x0, y0, x1, y1]` holding `pts`.
pub fn bbox(pts: &[[f32; 2]]) -> [f32; 4] {
    pts.iter().fold(
        [f32::MAX, f32::MAX, f32::MIN, f32::MIN],
        |[x0, y0, x1, y1], p| [x0.min(p[0]), y0.min(p[1]), x1.max(p[0]), y1.max(p[1])],
    )
}

/// Whether two boxes `[x0, y0, x1, y1]` overlap (touching counts).
pub fn boxes_meet(a: &[f32; 4], b: &[f32; 4]) -> bool {
    a[2] >= b[0] && a[0] <= b[2] && a[3] >= b[1] && a[1] <= b[3]
}

/// Distance between two points.
pub fn distance(a: [f32; 2], b: [f32; 2]) -> f32 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
}

/// Distance from `p` to the segment `a`–`b`.
pub fn segment_distance(p: [f32; 2], a: [f32; 2], b: [f32; 2]) -> f32 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 {
        (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    distance(p, [a[0] + t * dx, a[1] + t * dy])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curves_bulge_north() {
        for (a, b) in [
            ([0.0, 0.0], [100.0, 0.0]),
            ([100.0, 0.0], [0.0, 0.0]),
            ([0.0, 0.0], [80.0, 30.0]),
        ] {
            let c = curve_control(a, b);
            assert!(c[1] < a[1].min(b[1]), "{c:?}");
        }
        // A north–south chord bows sideways.
        assert_ne!(curve_control([0.0, 0.0], [0.0, 50.0])[0], 0.0);
    }

    #[test]
    fn a_bent_curve_runs_from_straight_to_the_full_curve() {
        let (a, b) = ([0.0, 0.0], [10.0, 0.0]);
        assert_eq!(bent(a, b, 1.0), curve(a, b));
        assert_eq!(bent(a, b, 0.0), [a, [5.0, 0.0], b]);
        let half = bent(a, b, 0.5)[1];
        assert!((half[1] - curve(a, b)[1][1] / 2.0).abs() < 1e-5);
    }

    #[test]
    fn the_centroid_is_the_mean_and_nothing_has_none() {
        assert_eq!(centroid(&[[0.0, 0.0], [4.0, 2.0]]), Some([2.0, 1.0]));
        assert_eq!(centroid(&[]), None);
    }

    #[test]
    fn curves_follow_the_camera() {
        // Scaling by 3 and shifting by (5, -7) maps the control point the same way.
        let (a, b) = ([10.0, 20.0], [70.0, 45.0]);
        let f = |p: [f32; 2]| [p[0] * 3.0 + 5.0, p[1] * 3.0 - 7.0];
        let c = curve_control(a, b);
        let c2 = curve_control(f(a), f(b));
        assert!((f(c)[0] - c2[0]).abs() < 1e-3 && (f(c)[1] - c2[1]).abs() < 1e-3);
    }

    #[test]
    fn a_part_of_a_curve_follows_the_curve_and_dashes_cover_it_with_gaps() {
        let c: Curve = [[0.0, 0.0], [50.0, -40.0], [100.0, 0.0]];
        let part = sub_curve(&c, 0.25, 0.75);
        for t in [0.0, 0.3, 0.5, 1.0] {
            let on_part = curve_point(&part, t);
            let on_c = curve_point(&c, 0.25 + 0.5 * t);
            assert!((on_part[0] - on_c[0]).abs() < 1e-3 && (on_part[1] - on_c[1]).abs() < 1e-3);
        }
        let d = dashes(&c, 6.0, 4.0);
        let length: f32 = flatten(&c, 64)
            .windows(2)
            .map(|w| ((w[1][0] - w[0][0]).powi(2) + (w[1][1] - w[0][1]).powi(2)).sqrt())
            .sum();
        // About one dash per 10 px of curve, from its start to its end.
        let n = d.len() as f32;
        assert!(
            (n - length / 10.0).abs() <= 1.5,
            "{n} dashes for {length} px"
        );
        assert_eq!(d[0][0], c[0]);
        let end = d[d.len() - 1][2];
        assert!(end == c[2] || (end[0] - c[2][0]).hypot(end[1] - c[2][1]) > 3.0);
        // Each dash is about 6 px long (the last may be shorter).
        for x in &d[..d.len() - 1] {
            let l = (x[2][0] - x[0][0]).hypot(x[2][1] - x[0][1]);
            assert!((l - 6.0).abs() < 0.5, "{l}");
        }
        // A point is no curve to dash.
        assert_eq!(dashes(&[[1.0, 1.0]; 3], 6.0, 4.0).len(), 1);
    }

    #[test]
    fn flattening_starts_and_ends_on_the_curve() {
        let c = curve([0.0, 0.0], [100.0, 0.0]);
        let pts = flatten(&c, 4);
        assert_eq!(pts.len(), 5);
        assert_eq!(pts[0], [0.0, 0.0]);
        assert_eq!(pts[4], [100.0, 0.0]);
        // The middle of a symmetric curve is half way to its control point.
        assert!((pts[2][1] - c[1][1] / 2.0).abs() < 1e-4);
        let b = bbox(&pts);
        assert_eq!((b[0], b[2]), (0.0, 100.0));
        assert!(boxes_meet(&b, &[99.0, -1.0, 200.0, 1.0]));
        assert!(!boxes_meet(&b, &[101.0, -1.0, 200.0, 1.0]));
    }

    #[test]
    fn distance_to_a_segment() {
        assert_eq!(segment_distance([5.0, 3.0], [0.0, 0.0], [10.0, 0.0]), 3.0);
        assert_eq!(segment_distance([13.0, 4.0], [0.0, 0.0], [10.0, 0.0]), 5.0);
        assert_eq!(segment_distance([3.0, 4.0], [0.0, 0.0], [0.0, 0.0]), 5.0);
    }
}
