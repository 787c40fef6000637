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

#[cfg(test)]
mod tests {
    use super::fixed;

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
