//! Indonesian number formats (`1.234,5`), shared by the pages.

/// `1234567` → `1.234.567`.
pub fn ribuan(n: i64) -> String {
    let tanda = if n < 0 { "-" } else { "" };
    format!("{tanda}{}", crate::domain::desimal::kelompok_ribuan(&n.unsigned_abs().to_string(), '.'))
}

/// `1234.5` with one decimal → `1.234,5`.
pub fn desimal(x: f64, digit: usize) -> String {
    let s = format!("{:.*}", digit, x.abs());
    let (bulat, pecahan) = s.split_once('.').unwrap_or((&s, ""));
    let mut out = ribuan(bulat.parse::<i64>().unwrap_or(0));
    if !pecahan.is_empty() {
        out.push(',');
        out.push_str(pecahan);
    }
    if x < 0.0 && out.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.insert(0, '-');
    }
    out
}

/// A size for people: `3,2 MB`, `640 KB` (decimal units, integer arithmetic only).
pub fn ukuran(byte: u64) -> String {
    if byte >= 1_000_000 {
        let persepuluh = byte / 100_000;
        format!("{},{} MB", ribuan(i64::try_from(persepuluh / 10).unwrap_or(i64::MAX)), persepuluh % 10)
    } else {
        format!("{} KB", ribuan(byte.div_ceil(1000) as i64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_grouping() {
        assert_eq!(ribuan(0), "0");
        assert_eq!(ribuan(999), "999");
        assert_eq!(ribuan(1234), "1.234");
        assert_eq!(ribuan(1_234_567), "1.234.567");
        assert_eq!(ribuan(-8000), "-8.000");
        assert_eq!(desimal(1234.5, 1), "1.234,5");
        assert_eq!(desimal(0.25, 2), "0,25");
        assert_eq!(desimal(-0.01, 1), "0,0");
        assert_eq!(ukuran(3_245_000), "3,2 MB");
        assert_eq!(ukuran(640_000), "640 KB");
        assert_eq!(ukuran(1), "1 KB");
        assert_eq!(ukuran(12_345_678_900), "12.345,6 MB");
        // Beyond a 32-bit usize (the browser's estimate of IndexedDB's room often is).
        assert_eq!(ukuran(64_000_000_000), "64.000,0 MB");
    }
}
