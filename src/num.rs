//! Decimal text of numbers without `core::fmt`'s float machinery: the page formats coordinates,
//! CSS lengths and colours with integer arithmetic, which keeps about 17 KB of float-printing code
//! out of the wasm.

/// `v` rounded to `decimals` places (at most 6), trailing zeros and a trailing point removed:
/// `fixed(11.5, 2) == "11.5"`, `fixed(-0.004, 2) == "0"`, `fixed(3.0, 3) == "3"`.
pub fn fixed(v: f64, decimals: u32) -> String {
    if !v.is_finite() {
        return "0".to_owned();
    }
    let d = decimals.min(6);
    let m = 10i64.pow(d);
    let n = (v * m as f64).round() as i64;
    let sign = if n < 0 { "-" } else { "" };
    let (int, frac) = (n.unsigned_abs() / m as u64, n.unsigned_abs() % m as u64);
    if frac == 0 {
        return format!("{sign}{int}");
    }
    let mut f = format!("{frac:0width$}", width = d as usize);
    while f.ends_with('0') {
        f.pop();
    }
    format!("{sign}{int}.{f}")
}

/// The positions of `keys` in ascending order of key, ties in order of position. Every ranking of
/// the crate goes through this one sort of `(u64, usize)` pairs: each sort of another element type
/// or comparator would add its own few kilobytes of sorting code to the wasm.
pub fn ranked(keys: impl IntoIterator<Item = u64>) -> Vec<usize> {
    let mut pairs: Vec<(u64, usize)> = keys.into_iter().zip(0..).collect();
    pairs.sort_unstable();
    pairs.into_iter().map(|(_, i)| i).collect()
}

/// `items` reordered by `ranked` keys (see [`ranked`]).
pub fn sort_by_rank<T>(items: Vec<T>, key: impl Fn(&T) -> u64) -> Vec<T> {
    let order = ranked(items.iter().map(&key));
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

/// A key that ranks floats as `f32::total_cmp` does (negative below positive).
pub fn f32_key(v: f32) -> u64 {
    let b = v.to_bits();
    u64::from(if b >> 31 == 1 { !b } else { b | 1 << 31 })
}

/// A key that ranks `YYYY`, `YYYY-MM` and `YYYY-MM-DD` as their text ranks: the digits padded
/// to eight (`2024-03` → 20240300).
pub fn date_key(date: &str) -> u64 {
    let digits = date.bytes().filter(u8::is_ascii_digit).take(8);
    let (mut v, mut n) = (0u64, 0);
    for d in digits {
        v = v * 10 + u64::from(d - b'0');
        n += 1;
    }
    (n..8).fold(v, |v, _| v * 10)
}

/// A descending `u32` as an ascending key part.
pub fn desc(v: usize) -> u64 {
    u64::from(u32::MAX - u32::try_from(v).unwrap_or(u32::MAX))
}

#[cfg(test)]
mod tests {
    use super::{desc, fixed, ranked, sort_by_rank};

    #[test]
    fn ranking_is_by_key_then_position() {
        assert_eq!(ranked([3, 1, 2, 1]), [1, 3, 2, 0]);
        let words = sort_by_rank(vec!["bb", "a", "ccc", "dd"], |w| desc(w.len()));
        assert_eq!(words, ["ccc", "bb", "dd", "a"]);
        assert!(desc(5) < desc(4));
        let floats = [3.5f32, -1.0, 0.0, -0.0, 2.0, -7.5, f32::INFINITY];
        let mut by_key = floats.to_vec();
        by_key.sort_by_key(|&v| super::f32_key(v));
        let mut by_cmp = floats.to_vec();
        by_cmp.sort_by(f32::total_cmp);
        assert_eq!(by_key, by_cmp);
        let dates = ["2024-03-15", "2024", "2023-12-31", "2024-03", "1973-06-24"];
        let mut by_key = dates.to_vec();
        by_key.sort_by_key(|d| super::date_key(d));
        let mut by_text = dates.to_vec();
        by_text.sort();
        assert_eq!(by_key, by_text);
    }

    #[test]
    fn formats_like_a_person_writes() {
        assert_eq!(fixed(11.5, 2), "11.5");
        assert_eq!(fixed(3.0, 3), "3");
        assert_eq!(fixed(39.1234567, 3), "39.123");
        assert_eq!(fixed(-117.2, 3), "-117.2");
        assert_eq!(fixed(-0.004, 2), "0");
        assert_eq!(fixed(0.05, 2), "0.05");
        assert_eq!(fixed(1.0 / 3.0, 9), "0.333333");
        assert_eq!(fixed(f64::NAN, 2), "0");
        for v in [0.125, 12.75, -3.5, 1234.0625] {
            assert_eq!(fixed(v, 4).parse::<f64>().unwrap(), v);
        }
    }
}
