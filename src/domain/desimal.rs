//! Fixed-point decimals typed by people: `12,5` or `12.5` read as a whole number of tenths or
//! thousandths, so a survey index (`82,7`) or an angka kredit coefficient (`37,5`) is stored
//! exactly, without floating point, and shown back with the language's decimal mark.

/// Why a typed decimal was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GalatDesimal {
    Kosong,
    BukanAngka,
    /// More decimals than the field keeps (`82,75` for an index kept in tenths).
    TerlaluBanyakDesimal {
        digit: u32,
    },
    DiLuarRentang,
}

impl GalatDesimal {
    pub fn pesan_id(self) -> String {
        match self {
            GalatDesimal::Kosong => "Isi angkanya.".into(),
            GalatDesimal::BukanAngka => "Bukan angka: tulis misalnya 12,5.".into(),
            GalatDesimal::TerlaluBanyakDesimal { digit } => format!("Paling banyak {digit} angka di belakang koma."),
            GalatDesimal::DiLuarRentang => "Angka di luar rentang yang diizinkan.".into(),
        }
    }
    pub fn pesan_en(self) -> String {
        match self {
            GalatDesimal::Kosong => "Enter the number.".into(),
            GalatDesimal::BukanAngka => "Not a number: write e.g. 12.5.".into(),
            GalatDesimal::TerlaluBanyakDesimal { digit } => format!("At most {digit} digits after the decimal mark."),
            GalatDesimal::DiLuarRentang => "The number is outside the allowed range.".into(),
        }
    }
}

/// Reads `s` as a non-negative decimal with at most `digit` decimals, returned as a whole
/// number of 10^-`digit` units (`baca("12,5", 3)` → `12_500`). Either `,` or `.` is the
/// decimal mark (an Indonesian and an English keyboard both work); no thousands separators.
/// `maks` is the largest value allowed, in the same units.
pub fn baca(s: &str, digit: u32, maks: u32) -> Result<u32, GalatDesimal> {
    let s = s.trim();
    if s.is_empty() {
        return Err(GalatDesimal::Kosong);
    }
    let (bulat, pecahan) = match s.find([',', '.']) {
        Some(i) => (&s[..i], &s[i + 1..]),
        None => (s, ""),
    };
    let angka = |x: &str| x.bytes().all(|b| b.is_ascii_digit());
    if !angka(bulat) || !angka(pecahan) || (bulat.is_empty() && pecahan.is_empty()) {
        return Err(GalatDesimal::BukanAngka);
    }
    let pecahan = pecahan.trim_end_matches('0');
    if pecahan.len() > digit as usize {
        return Err(GalatDesimal::TerlaluBanyakDesimal { digit });
    }
    let skala = 10u64.pow(digit);
    let bulat: u64 = if bulat.is_empty() { 0 } else { bulat.parse().map_err(|_| GalatDesimal::DiLuarRentang)? };
    let pecahan_nilai: u64 = if pecahan.is_empty() {
        0
    } else {
        pecahan.parse::<u64>().map_err(|_| GalatDesimal::BukanAngka)? * 10u64.pow(digit - pecahan.len() as u32)
    };
    let nilai =
        bulat.checked_mul(skala).and_then(|b| b.checked_add(pecahan_nilai)).ok_or(GalatDesimal::DiLuarRentang)?;
    if nilai > u64::from(maks) {
        return Err(GalatDesimal::DiLuarRentang);
    }
    Ok(nilai as u32)
}

/// `tampil(827, 1, ',')` → `82,7`; `tampil(1000, 1, ',')` → `100`; trailing zeros dropped.
pub fn tampil(n: u32, digit: u32, koma: char) -> String {
    let skala = 10u32.pow(digit);
    let (bulat, sisa) = (n / skala, n % skala);
    if sisa == 0 {
        return bulat.to_string();
    }
    let pecahan = format!("{sisa:0width$}", width = digit as usize);
    format!("{bulat}{koma}{}", pecahan.trim_end_matches('0'))
}

/// `digit` (ASCII digits, no sign) with `pemisah` between each group of three from the right:
/// `kelompok_ribuan("1234567", '.')` → `1.234.567`. Shared by every number shown with grouped
/// thousands.
pub fn kelompok_ribuan(digit: &str, pemisah: char) -> String {
    let mut out = String::with_capacity(digit.len() + digit.len() / 3);
    for (i, c) in digit.chars().enumerate() {
        if i > 0 && (digit.len() - i).is_multiple_of(3) {
            out.push(pemisah);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_comma_or_point_into_fixed_units() {
        assert_eq!(baca("12,5", 3, 100_000), Ok(12_500));
        assert_eq!(baca("12.5", 3, 100_000), Ok(12_500));
        assert_eq!(baca(" 3,75 ", 3, 100_000), Ok(3_750));
        assert_eq!(baca("50", 3, 100_000), Ok(50_000));
        assert_eq!(baca("0,5", 1, 1000), Ok(5));
        assert_eq!(baca(",5", 1, 1000), Ok(5));
        assert_eq!(baca("82,70", 1, 1000), Ok(827));
        assert_eq!(baca("100", 1, 1000), Ok(1000));
    }

    #[test]
    fn refuses_what_is_not_a_plain_decimal() {
        assert_eq!(baca("", 1, 1000), Err(GalatDesimal::Kosong));
        assert_eq!(baca("abc", 1, 1000), Err(GalatDesimal::BukanAngka));
        assert_eq!(baca("-1", 1, 1000), Err(GalatDesimal::BukanAngka));
        assert_eq!(baca("1,2,3", 1, 1000), Err(GalatDesimal::BukanAngka));
        assert_eq!(baca(",", 1, 1000), Err(GalatDesimal::BukanAngka));
        assert_eq!(baca("82,75", 1, 1000), Err(GalatDesimal::TerlaluBanyakDesimal { digit: 1 }));
        assert_eq!(baca("100,1", 1, 1000), Err(GalatDesimal::DiLuarRentang));
        assert_eq!(baca("99999999999999999999", 1, 1000), Err(GalatDesimal::DiLuarRentang));
    }

    #[test]
    fn shows_with_the_language_mark_and_round_trips() {
        assert_eq!(tampil(827, 1, ','), "82,7");
        assert_eq!(tampil(1000, 1, ','), "100");
        assert_eq!(tampil(37_500, 3, '.'), "37.5");
        assert_eq!(tampil(2_083, 3, ','), "2,083");
        assert_eq!(tampil(5, 1, ','), "0,5");
        for n in [0, 1, 9, 10, 99, 500, 999, 1000] {
            assert_eq!(baca(&tampil(n, 1, ','), 1, 1000), Ok(n));
        }
    }
}
