//! Community feedback (umpan balik masyarakat, issue 4 §5): recording an entry from what a
//! person typed, listing by unit and period, and the summary per unit. It is its own signal,
//! shown beside the predikat and never mixed into it: nothing here reads or writes a rating.

use super::desimal::{self, GalatDesimal};
use super::evaluasi::{ringkas_masyarakat, Kanal, RingkasanMasyarakat, Skor, UmpanBalikMasyarakat};
use super::id::Id;
use super::pegawai::{Pegawai, UnitKerja};
use super::periode::Jangka;
use super::tanggal::{Stempel, Tanggal};
use super::unit;

/// How the score was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JenisSkor {
    /// 1–5 stars.
    Bintang,
    /// An IKM-style survey index, 0–100 with one decimal.
    Ikm,
}

impl JenisSkor {
    pub fn dari(skor: Skor) -> JenisSkor {
        match skor {
            Skor::Bintang(_) => JenisSkor::Bintang,
            Skor::IkmPerSepuluh(_) => JenisSkor::Ikm,
        }
    }
}

/// What the form holds, as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MasukanUmpanBalik {
    pub unit_kerja: Option<Id>,
    pub pegawai: Option<Id>,
    pub tanggal: Option<Tanggal>,
    pub kanal: Kanal,
    pub jenis_skor: JenisSkor,
    pub skor: String,
    pub komentar: String,
}

/// Why an entry cannot be recorded; each names its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GalatUmpanBalik {
    UnitKosong,
    /// The pegawai is not (or no longer) an active member of the chosen unit.
    PegawaiBukanAnggota,
    TanggalKosong,
    TanggalMendatang,
    Bintang,
    Ikm(GalatDesimal),
}

impl GalatUmpanBalik {
    /// The form field the error belongs to.
    pub fn medan(self) -> &'static str {
        match self {
            GalatUmpanBalik::UnitKosong => "unit",
            GalatUmpanBalik::PegawaiBukanAnggota => "pegawai",
            GalatUmpanBalik::TanggalKosong | GalatUmpanBalik::TanggalMendatang => "tanggal",
            GalatUmpanBalik::Bintang | GalatUmpanBalik::Ikm(_) => "skor",
        }
    }
    pub fn pesan_id(self) -> String {
        match self {
            GalatUmpanBalik::UnitKosong => "Pilih unit kerja.".into(),
            GalatUmpanBalik::PegawaiBukanAnggota => "Pegawai ini bukan anggota unit yang dipilih.".into(),
            GalatUmpanBalik::TanggalKosong => "Isi tanggal.".into(),
            GalatUmpanBalik::TanggalMendatang => "Tanggal tidak boleh setelah hari ini.".into(),
            GalatUmpanBalik::Bintang => "Pilih 1 sampai 5 bintang.".into(),
            GalatUmpanBalik::Ikm(g) => format!("Indeks survei 0–100 dengan satu desimal. {}", g.pesan_id()),
        }
    }
    pub fn pesan_en(self) -> String {
        match self {
            GalatUmpanBalik::UnitKosong => "Choose a work unit.".into(),
            GalatUmpanBalik::PegawaiBukanAnggota => "This employee is not a member of the chosen unit.".into(),
            GalatUmpanBalik::TanggalKosong => "Enter the date.".into(),
            GalatUmpanBalik::TanggalMendatang => "The date cannot be after today.".into(),
            GalatUmpanBalik::Bintang => "Choose 1 to 5 stars.".into(),
            GalatUmpanBalik::Ikm(g) => format!("Survey index 0–100 with one decimal. {}", g.pesan_en()),
        }
    }
}

/// Reads the score as typed: a star count `1`–`5`, or an index `0`–`100` with one decimal
/// (`82,7`).
pub fn baca_skor(jenis: JenisSkor, teks: &str) -> Result<Skor, GalatUmpanBalik> {
    match jenis {
        JenisSkor::Bintang => match teks.trim().parse::<u8>() {
            Ok(n) if Skor::Bintang(n).sah() => Ok(Skor::Bintang(n)),
            _ => Err(GalatUmpanBalik::Bintang),
        },
        JenisSkor::Ikm => {
            desimal::baca(teks, 1, 1000).map(|n| Skor::IkmPerSepuluh(n as u16)).map_err(GalatUmpanBalik::Ikm)
        }
    }
}

/// The score as shown: `4/5` for stars, `82,7` for an index (with the language's mark).
pub fn tampil_skor(skor: Skor, koma: char) -> String {
    match skor {
        Skor::Bintang(n) => format!("{n}/5"),
        Skor::IkmPerSepuluh(n) => desimal::tampil(u32::from(n), 1, koma),
    }
}

/// A new entry from the form, or every reason it cannot be recorded. A pegawai, when given,
/// must be an active member of the unit (`pegawai` is the register).
pub fn buat_umpan_balik(
    m: &MasukanUmpanBalik,
    pegawai: &[Pegawai],
    hari_ini: Tanggal,
    id: Id,
    sekarang: Stempel,
) -> Result<UmpanBalikMasyarakat, Vec<GalatUmpanBalik>> {
    let mut galat = Vec::new();
    if m.unit_kerja.is_none() {
        galat.push(GalatUmpanBalik::UnitKosong);
    }
    if let Some(p) = &m.pegawai {
        let anggota = pegawai.iter().any(|x| &x.id == p && x.aktif() && x.unit_kerja == m.unit_kerja);
        if !anggota {
            galat.push(GalatUmpanBalik::PegawaiBukanAnggota);
        }
    }
    match m.tanggal {
        None => galat.push(GalatUmpanBalik::TanggalKosong),
        Some(t) if t > hari_ini => galat.push(GalatUmpanBalik::TanggalMendatang),
        Some(_) => {}
    }
    let skor = baca_skor(m.jenis_skor, &m.skor).map_err(|g| galat.push(g)).ok();
    match (m.unit_kerja.clone(), m.tanggal, skor) {
        (Some(unit_kerja), Some(tanggal), Some(skor)) if galat.is_empty() => Ok(UmpanBalikMasyarakat {
            id,
            created_at: sekarang,
            updated_at: sekarang,
            dihapus_pada: None,
            unit_kerja,
            pegawai: m.pegawai.clone(),
            tanggal,
            kanal: m.kanal,
            skor,
            komentar: m.komentar.trim().to_string(),
        }),
        _ => Err(galat),
    }
}

/// Active entries of `unit` (all units when `None`) dated within `jangka` (any date when
/// `None`), newest first.
pub fn saring<'a>(
    entri: &'a [UmpanBalikMasyarakat],
    unit: Option<&Id>,
    jangka: Option<Jangka>,
) -> Vec<&'a UmpanBalikMasyarakat> {
    let mut v: Vec<&UmpanBalikMasyarakat> = entri
        .iter()
        .filter(|e| e.dihapus_pada.is_none())
        .filter(|e| unit.is_none_or(|u| &e.unit_kerja == u))
        .filter(|e| jangka.is_none_or(|j| j.memuat(e.tanggal)))
        .collect();
    v.sort_by(|a, b| b.tanggal.cmp(&a.tanggal).then(b.created_at.cmp(&a.created_at)));
    v
}

/// Per active unit with at least one entry in `jangka` (tree order), its summary.
pub fn ringkasan_per_unit<'a>(
    entri: &'a [UmpanBalikMasyarakat],
    units: &'a [UnitKerja],
    jangka: Jangka,
) -> Vec<(&'a UnitKerja, RingkasanMasyarakat)> {
    unit::urutan_pohon(units)
        .into_iter()
        .filter_map(|(u, _)| {
            let r = ringkas_masyarakat(saring(entri, Some(&u.id), Some(jangka)));
            (r.jumlah > 0).then_some((u, r))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contoh::data_contoh;
    use crate::domain::periode::Periode;

    fn id(n: u8) -> Id {
        Id::dari_byte_acak([n; 16])
    }
    fn t(b: u8, h: u8) -> Tanggal {
        Tanggal::new(2027, b, h).unwrap()
    }

    fn masukan(unit: Option<Id>, jenis: JenisSkor, skor: &str) -> MasukanUmpanBalik {
        MasukanUmpanBalik {
            unit_kerja: unit,
            pegawai: None,
            tanggal: Some(t(3, 2)),
            kanal: Kanal::Loket,
            jenis_skor: jenis,
            skor: skor.into(),
            komentar: "  Pelayanan cepat ".into(),
        }
    }

    #[test]
    fn scores_are_read_as_stars_or_an_index_with_one_decimal() {
        assert_eq!(baca_skor(JenisSkor::Bintang, "4"), Ok(Skor::Bintang(4)));
        assert_eq!(baca_skor(JenisSkor::Bintang, "0"), Err(GalatUmpanBalik::Bintang));
        assert_eq!(baca_skor(JenisSkor::Bintang, "6"), Err(GalatUmpanBalik::Bintang));
        assert_eq!(baca_skor(JenisSkor::Ikm, "82,7"), Ok(Skor::IkmPerSepuluh(827)));
        assert_eq!(baca_skor(JenisSkor::Ikm, "100"), Ok(Skor::IkmPerSepuluh(1000)));
        assert!(matches!(baca_skor(JenisSkor::Ikm, "100,5"), Err(GalatUmpanBalik::Ikm(GalatDesimal::DiLuarRentang))));
        assert!(matches!(baca_skor(JenisSkor::Ikm, "82,75"), Err(GalatUmpanBalik::Ikm(_))));
        assert_eq!(tampil_skor(Skor::IkmPerSepuluh(827), ','), "82,7");
        assert_eq!(tampil_skor(Skor::Bintang(5), ','), "5/5");
    }

    #[test]
    fn an_entry_needs_a_unit_a_past_date_a_valid_score_and_a_member_of_the_unit() {
        let (units, pegawai) = data_contoh(7, 12, t(6, 1), Stempel(1));
        let u = pegawai[3].unit_kerja.clone();
        let ok = buat_umpan_balik(&masukan(u.clone(), JenisSkor::Ikm, "82,7"), &pegawai, t(6, 1), id(1), Stempel(9))
            .unwrap();
        assert_eq!(
            (ok.skor, ok.komentar.as_str(), ok.created_at),
            (Skor::IkmPerSepuluh(827), "Pelayanan cepat", Stempel(9))
        );

        let mut m = masukan(None, JenisSkor::Bintang, "9");
        m.tanggal = Some(t(7, 1));
        let g = buat_umpan_balik(&m, &pegawai, t(6, 1), id(1), Stempel(9)).unwrap_err();
        assert_eq!(g, [GalatUmpanBalik::UnitKosong, GalatUmpanBalik::TanggalMendatang, GalatUmpanBalik::Bintang]);
        assert_eq!(g.iter().map(|x| x.medan()).collect::<Vec<_>>(), ["unit", "tanggal", "skor"]);

        // A pegawai of another unit is refused; one of the unit is kept on the entry.
        let lain = pegawai.iter().find(|p| p.unit_kerja != u).unwrap();
        let mut m = masukan(u.clone(), JenisSkor::Bintang, "5");
        m.pegawai = Some(lain.id.clone());
        assert_eq!(
            buat_umpan_balik(&m, &pegawai, t(6, 1), id(1), Stempel(9)),
            Err(vec![GalatUmpanBalik::PegawaiBukanAnggota])
        );
        m.pegawai = Some(pegawai[3].id.clone());
        assert_eq!(buat_umpan_balik(&m, &pegawai, t(6, 1), id(1), Stempel(9)).unwrap().pegawai, m.pegawai);
        assert!(!units.is_empty());
    }

    fn entri(n: u8, unit: u8, tanggal: Tanggal, kanal: Kanal, skor: Skor) -> UmpanBalikMasyarakat {
        UmpanBalikMasyarakat {
            id: id(n),
            created_at: Stempel(i64::from(n)),
            updated_at: Stempel(i64::from(n)),
            dihapus_pada: None,
            unit_kerja: id(unit),
            pegawai: None,
            tanggal,
            kanal,
            skor,
            komentar: String::new(),
        }
    }

    #[test]
    fn listing_by_unit_and_period_newest_first_without_deleted_ones() {
        let mut v = vec![
            entri(1, 1, t(1, 10), Kanal::Loket, Skor::Bintang(4)),
            entri(2, 1, t(2, 10), Kanal::Survei, Skor::IkmPerSepuluh(800)),
            entri(3, 2, t(2, 11), Kanal::Daring, Skor::Bintang(1)),
            entri(4, 1, t(5, 1), Kanal::Daring, Skor::Bintang(5)),
        ];
        v[3].dihapus_pada = Some(Stempel(50));
        let tw1 = Some(Periode::Triwulan(1).jangka(2027));
        let ids: Vec<_> = saring(&v, Some(&id(1)), tw1).iter().map(|e| e.id.clone()).collect();
        assert_eq!(ids, [id(2), id(1)]);
        assert_eq!(saring(&v, None, None).len(), 3);
        assert_eq!(saring(&v, None, Some(Periode::Triwulan(2).jangka(2027))).len(), 0);
    }

    #[test]
    fn summary_per_unit_counts_channels_and_averages_on_one_scale() {
        let units: Vec<UnitKerja> = (1..=3)
            .map(|n| UnitKerja {
                id: id(n),
                created_at: Stempel(0),
                updated_at: Stempel(0),
                dihapus_pada: None,
                nama: format!("Unit {n}"),
                induk: None,
            })
            .collect();
        let v = vec![
            entri(1, 1, t(1, 10), Kanal::Loket, Skor::Bintang(4)),
            entri(2, 1, t(2, 10), Kanal::Survei, Skor::IkmPerSepuluh(827)),
            entri(3, 2, t(2, 11), Kanal::Daring, Skor::Bintang(1)),
        ];
        let r = ringkasan_per_unit(&v, &units, Periode::Tahunan.jangka(2027));
        assert_eq!(r.len(), 2, "unit 3 has no entry");
        assert_eq!(r[0].0.nama, "Unit 1");
        // 4 stars = 80,0 and 82,7 → mean 81,35 → 81,4 (tenths, half up).
        assert_eq!((r[0].1.jumlah, r[0].1.rata_rata_per_sepuluh, r[0].1.per_kanal), (2, Some(814), [1, 1, 0]));
        assert_eq!(r[1].1.rata_rata_per_sepuluh, Some(200));
    }
}
