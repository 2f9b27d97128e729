//! Values derived from a pegawai record and a reference date (asn-rules.md §9 "Derived"):
//! usia, masa kerja, masa kerja dalam golongan, BUP and TMT pensiun. Each is a pure function
//! of the record and `hari_ini`, so a page, a report and a test all get the same answer.

use super::pegawai::Pegawai;
use super::tanggal::{Rentang, Tanggal};
use crate::rules::bup::{bup_struktural, TabelBupFungsional};
use crate::rules::jabatan::{JenisJabatan, JenjangFungsional};

/// BUP of the jabatan the pegawai is treated as holding when none fits better:
/// Pelaksana, 58 (UU 20/2023 Pasal 55).
const BUP_PELAKSANA: u8 = 58;

/// Age in completed years and months on `hari_ini`. The year is completed on the birthday;
/// someone born on 29 Februari completes it on 28 Februari in a common year
/// ([`Rentang::antara`]).
pub fn usia(p: &Pegawai, hari_ini: Tanggal) -> Rentang {
    Rentang::antara(p.tanggal_lahir, hari_ini)
}

/// Masa kerja keseluruhan on `hari_ini`.
///
/// - CPNS and PNS: from the TMT CPNS in the NIP (digits 9–14, day 1; Perka BKN 22/2007).
///   If the stored number carries no TMT (a NI PPPK on a PNS record), the earliest riwayat
///   pangkat TMT is used instead.
/// - PPPK: from the earliest riwayat pangkat TMT (the golongan at appointment as PPPK); the
///   NI PPPK holds only the year of appointment.
///
/// `None` when there is no start date. Zero before the start date. Service recognised from
/// before the appointment (e.g. honorer, PP 99/2000 jo. PP 12/2002 masa kerja) is not added.
pub fn masa_kerja(p: &Pegawai, hari_ini: Tanggal) -> Option<Rentang> {
    let pangkat_pertama = || p.riwayat_pangkat.iter().map(|r| r.tmt).min();
    let awal = if p.status.pppk() { pangkat_pertama() } else { p.nip.tmt_cpns().or_else(pangkat_pertama) };
    awal.map(|awal| Rentang::antara(awal, hari_ini))
}

/// Time in the current golongan on `hari_ini`: since the TMT of [`Pegawai::pangkat_terakhir`].
/// This is the "4 tahun dalam pangkat terakhir" measure of KP reguler (PP 99/2000 Pasal 7).
/// It is not the salary masa kerja golongan (MKG), whose adjustments on moving between
/// golongan groups (e.g. II/d → III/a) are not computed here. `None` without riwayat pangkat.
pub fn masa_kerja_golongan(p: &Pegawai, hari_ini: Tanggal) -> Option<Rentang> {
    p.pangkat_terakhir().map(|r| Rentang::antara(r.tmt, hari_ini))
}

/// Which rule gave the BUP.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DasarBup {
    /// UU 20/2023 Pasal 55 by jenis jabatan: JPT 60; Administrator, Pengawas, Pelaksana 58.
    JenisJabatan { jenis: JenisJabatan, usia: u8 },
    /// Jabatan fungsional: the jenjang's row of the editable [`TabelBupFungsional`]
    /// (UU 20/2023 Pasal 55: "sesuai peraturan jabatan fungsional"; values UNCONFIRMED).
    JenjangFungsional { jenjang: JenjangFungsional, usia: u8 },
    /// Jabatan fungsional with no jenjang recorded: 58, as the other nonmanajerial jabatan.
    FungsionalTanpaJenjang,
    /// No jabatan recorded: 58, treated as Pelaksana.
    TanpaJabatan,
}

impl DasarBup {
    /// The BUP this rule gives, in years.
    pub fn usia(self) -> u8 {
        match self {
            DasarBup::JenisJabatan { usia, .. } | DasarBup::JenjangFungsional { usia, .. } => usia,
            DasarBup::FungsionalTanpaJenjang | DasarBup::TanpaJabatan => BUP_PELAKSANA,
        }
    }

    /// `JPT Pratama → 60 tahun (UU 20/2023 Pasal 55)`.
    pub fn penjelasan_id(self) -> String {
        let usia = self.usia();
        match self {
            DasarBup::JenisJabatan { jenis, .. } => {
                format!("{} → {usia} tahun (UU 20/2023 Pasal 55)", jenis.label_id())
            }
            DasarBup::JenjangFungsional { jenjang, .. } => format!(
                "Jabatan Fungsional {} → {usia} tahun (UU 20/2023 Pasal 55: sesuai peraturan jabatan fungsional; nilai dari tabel BUP jabatan fungsional di halaman Aturan, belum terkonfirmasi)",
                jenjang.label()
            ),
            DasarBup::FungsionalTanpaJenjang => format!(
                "Jabatan Fungsional tanpa jenjang tercatat → {usia} tahun, seperti Pelaksana (UU 20/2023 Pasal 55)"
            ),
            DasarBup::TanpaJabatan => {
                format!("Belum ada jabatan tercatat → {usia} tahun, dianggap Pelaksana (UU 20/2023 Pasal 55)")
            }
        }
    }

    /// `Senior executive (Pratama) → 60 years (Law 20/2023 Article 55)`.
    pub fn penjelasan_en(self) -> String {
        let usia = self.usia();
        match self {
            DasarBup::JenisJabatan { jenis, .. } => {
                format!("{} → {usia} years (Law 20/2023 Article 55)", jenis.label_en())
            }
            DasarBup::JenjangFungsional { jenjang, .. } => format!(
                "Functional position {} → {usia} years (Law 20/2023 Article 55: per the functional position's regulation; value from the functional BUP table on the Rules page, unconfirmed)",
                jenjang.label()
            ),
            DasarBup::FungsionalTanpaJenjang => format!(
                "Functional position with no level recorded → {usia} years, as Pelaksana (Law 20/2023 Article 55)"
            ),
            DasarBup::TanpaJabatan => {
                format!("No position recorded → {usia} years, treated as Pelaksana (Law 20/2023 Article 55)")
            }
        }
    }
}

/// Batas Usia Pensiun and the rule that gave it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bup {
    /// In years.
    pub usia: u8,
    pub dasar: DasarBup,
}

impl Bup {
    pub fn penjelasan_id(&self) -> String {
        self.dasar.penjelasan_id()
    }
    pub fn penjelasan_en(&self) -> String {
        self.dasar.penjelasan_en()
    }
}

/// The BUP of the jabatan in force ([`Pegawai::jabatan_terakhir`]), UU 20/2023 Pasal 55:
/// JPT 60; Administrator, Pengawas, Pelaksana 58; JF per jenjang from `tabel_jf` (editable,
/// UNCONFIRMED values); a JF without jenjang, or no jabatan at all, 58 as Pelaksana.
pub fn bup(p: &Pegawai, tabel_jf: &TabelBupFungsional) -> Bup {
    let dasar = match p.jabatan_terakhir() {
        None => DasarBup::TanpaJabatan,
        Some(j) => match (bup_struktural(j.jenis), j.jenjang) {
            (Some(usia), _) => DasarBup::JenisJabatan { jenis: j.jenis, usia },
            (None, Some(jenjang)) => DasarBup::JenjangFungsional { jenjang, usia: tabel_jf.usia(jenjang) },
            (None, None) => DasarBup::FungsionalTanpaJenjang,
        },
    };
    Bup { usia: dasar.usia(), dasar }
}

/// TMT pensiun: the first day of the month after the day the pegawai reaches the BUP
/// (`rules::bup::SUMBER_TMT_PENSIUN`). UNCONFIRMED: taken from practice, not yet from the
/// text of the regulation. Born 26 September 1986 with BUP 58 → 1 Oktober 2044; born on the
/// first of a month, 1 Januari 1970 with BUP 60 → 1 Februari 2030. Someone born on
/// 29 Februari reaches the BUP on 28 Februari in a common year, so retires on 1 Maret.
pub fn tmt_pensiun(p: &Pegawai, tabel_jf: &TabelBupFungsional) -> Tanggal {
    tmt_pensiun_untuk(p.tanggal_lahir, bup(p, tabel_jf).usia)
}

/// [`tmt_pensiun`] for a birth date and a BUP in years.
pub fn tmt_pensiun_untuk(tanggal_lahir: Tanggal, usia_bup: u8) -> Tanggal {
    tanggal_lahir.tambah_tahun(i32::from(usia_bup)).awal_bulan_berikutnya()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::Id;
    use crate::domain::nip::{JenisNomorInduk, Nip};
    use crate::domain::pegawai::{JenisKenaikanPangkat, RiwayatJabatan, RiwayatPangkat, StatusPegawai};
    use crate::domain::tanggal::Stempel;
    use crate::rules::pangkat::{Golongan, GolonganPns, GolonganPppk};

    fn t(y: i32, m: u8, d: u8) -> Tanggal {
        Tanggal::new(y, m, d).unwrap()
    }

    const HARI_INI: (i32, u8, u8) = (2026, 11, 22);

    fn hari_ini() -> Tanggal {
        t(HARI_INI.0, HARI_INI.1, HARI_INI.2)
    }

    /// A PNS (or PPPK) with the given NIP and no histories; the birth date comes from the NIP.
    fn pegawai(nip: &str, status: StatusPegawai) -> Pegawai {
        let nip = Nip::parse(nip, JenisNomorInduk::untuk_status(status), hari_ini()).unwrap();
        Pegawai {
            id: Id::dari_byte_acak([1; 16]),
            created_at: Stempel(0),
            updated_at: Stempel(0),
            dihapus_pada: None,
            tanggal_lahir: nip.tanggal_lahir(),
            jenis_kelamin: nip.jenis_kelamin(),
            nip,
            nik: None,
            nama: "Siti Rahayu".into(),
            gelar_depan: String::new(),
            gelar_belakang: String::new(),
            tempat_lahir: String::new(),
            status,
            unit_kerja: None,
            riwayat_pangkat: vec![],
            riwayat_jabatan: vec![],
            riwayat_pendidikan: vec![],
        }
    }

    fn pangkat(golongan: Golongan, tmt: Tanggal) -> RiwayatPangkat {
        RiwayatPangkat {
            id: Id::dari_byte_acak([2; 16]),
            golongan,
            tmt,
            nomor_sk: String::new(),
            tanggal_sk: None,
            jenis_kenaikan: JenisKenaikanPangkat::Reguler,
        }
    }

    fn jabatan(jenis: JenisJabatan, jenjang: Option<JenjangFungsional>, tmt: Tanggal) -> RiwayatJabatan {
        RiwayatJabatan {
            id: Id::dari_byte_acak([3; 16]),
            jenis,
            nama: "Jabatan".into(),
            jenjang,
            unit_kerja: None,
            tmt,
            nomor_sk: String::new(),
            tanggal_sk: None,
        }
    }

    const NIP_1986: &str = "198609262015051001";

    #[test]
    fn usia_completes_a_year_on_the_birthday() {
        let p = pegawai(NIP_1986, StatusPegawai::Pns);
        assert_eq!(usia(&p, t(2026, 9, 25)), Rentang { tahun: 39, bulan: 11 });
        assert_eq!(usia(&p, t(2026, 9, 26)), Rentang { tahun: 40, bulan: 0 });
        assert_eq!(usia(&p, t(2026, 9, 27)), Rentang { tahun: 40, bulan: 0 });
        assert_eq!(usia(&p, hari_ini()), Rentang { tahun: 40, bulan: 1 });
    }

    #[test]
    fn usia_of_a_leap_day_birth() {
        // Born 29 Feb 2000: 25 on 28 Feb 2025 (common year), 24 the day before.
        let p = pegawai("200002292024011001", StatusPegawai::Pns);
        assert_eq!(usia(&p, t(2025, 2, 27)), Rentang { tahun: 24, bulan: 11 });
        assert_eq!(usia(&p, t(2025, 2, 28)), Rentang { tahun: 25, bulan: 0 });
        assert_eq!(usia(&p, t(2024, 2, 29)), Rentang { tahun: 24, bulan: 0 });
    }

    #[test]
    fn masa_kerja_counts_from_tmt_cpns_in_the_nip() {
        // Perka BKN 22/2007: NIP digits 9–14 = TMT CPNS 2015-05, day 1.
        let mut p = pegawai(NIP_1986, StatusPegawai::Pns);
        assert_eq!(masa_kerja(&p, hari_ini()), Some(Rentang { tahun: 11, bulan: 6 }));
        assert_eq!(masa_kerja(&p, t(2025, 4, 30)), Some(Rentang { tahun: 9, bulan: 11 }));
        assert_eq!(masa_kerja(&p, t(2025, 5, 1)), Some(Rentang { tahun: 10, bulan: 0 }));
        // The riwayat pangkat does not override the NIP for a PNS.
        p.riwayat_pangkat.push(pangkat(Golongan::Pns(GolonganPns::IIIA), t(2010, 1, 1)));
        assert_eq!(masa_kerja(&p, hari_ini()), Some(Rentang { tahun: 11, bulan: 6 }));
        // A CPNS appointed this month has zero masa kerja, and before the TMT too.
        let cpns = pegawai("200001052026111001", StatusPegawai::Cpns);
        assert_eq!(masa_kerja(&cpns, hari_ini()), Some(Rentang::default()));
        assert_eq!(masa_kerja(&cpns, t(2026, 10, 31)), Some(Rentang::default()));
    }

    #[test]
    fn masa_kerja_of_pppk_counts_from_the_first_riwayat_pangkat() {
        // asn-rules.md §6.2: the NI PPPK holds only the year, so the appointment golongan's TMT.
        let mut p = pegawai("199009132021211014", StatusPegawai::Pppk);
        assert_eq!(masa_kerja(&p, hari_ini()), None);
        p.riwayat_pangkat.push(pangkat(Golongan::Pppk(GolonganPppk::new(10).unwrap()), t(2024, 3, 1)));
        p.riwayat_pangkat.push(pangkat(Golongan::Pppk(GolonganPppk::new(9).unwrap()), t(2021, 3, 1)));
        assert_eq!(masa_kerja(&p, hari_ini()), Some(Rentang { tahun: 5, bulan: 8 }));
    }

    #[test]
    fn masa_kerja_golongan_counts_from_the_latest_tmt_golongan() {
        // PP 99/2000: KP reguler after 4 years in the pangkat terakhir.
        let mut p = pegawai(NIP_1986, StatusPegawai::Pns);
        assert_eq!(masa_kerja_golongan(&p, hari_ini()), None);
        p.riwayat_pangkat.push(pangkat(Golongan::Pns(GolonganPns::IIIB), t(2019, 4, 1)));
        p.riwayat_pangkat.push(pangkat(Golongan::Pns(GolonganPns::IIIA), t(2015, 5, 1)));
        assert_eq!(masa_kerja_golongan(&p, t(2023, 3, 31)), Some(Rentang { tahun: 3, bulan: 11 }));
        assert_eq!(masa_kerja_golongan(&p, t(2023, 4, 1)), Some(Rentang { tahun: 4, bulan: 0 }));
        assert_eq!(masa_kerja_golongan(&p, hari_ini()), Some(Rentang { tahun: 7, bulan: 7 }));
    }

    #[test]
    fn bup_per_jenis_jabatan() {
        let tabel = TabelBupFungsional::default();
        let mut p = pegawai(NIP_1986, StatusPegawai::Pns);
        // UU 20/2023 Pasal 55: JPT Pratama → 60
        p.riwayat_jabatan = vec![jabatan(JenisJabatan::JptPratama, None, t(2022, 1, 3))];
        let b = bup(&p, &tabel);
        assert_eq!(b, Bup { usia: 60, dasar: DasarBup::JenisJabatan { jenis: JenisJabatan::JptPratama, usia: 60 } });
        assert_eq!(b.penjelasan_id(), "JPT Pratama → 60 tahun (UU 20/2023 Pasal 55)");
        assert_eq!(b.dasar.penjelasan_en(), "Senior executive (Pratama) → 60 years (Law 20/2023 Article 55)");
        // UU 20/2023 Pasal 55: Administrator, Pengawas, Pelaksana → 58
        for jenis in [JenisJabatan::Administrator, JenisJabatan::Pengawas, JenisJabatan::Pelaksana] {
            p.riwayat_jabatan = vec![jabatan(jenis, None, t(2022, 1, 3))];
            assert_eq!(bup(&p, &tabel).usia, 58, "{jenis:?}");
        }
    }

    #[test]
    fn bup_uses_the_latest_jabatan() {
        // UU 20/2023 Pasal 55: Pengawas 58 earlier, JPT Madya 60 now → 60
        let mut p = pegawai(NIP_1986, StatusPegawai::Pns);
        p.riwayat_jabatan = vec![
            jabatan(JenisJabatan::JptMadya, None, t(2024, 1, 3)),
            jabatan(JenisJabatan::Pengawas, None, t(2018, 1, 3)),
        ];
        assert_eq!(bup(&p, &TabelBupFungsional::default()).usia, 60);
    }

    #[test]
    fn bup_of_jabatan_fungsional_follows_the_editable_table() {
        // UU 20/2023 Pasal 55 + SUMBER_BUP_JF (UNCONFIRMED): Ahli Utama 65, Ahli Madya 60, Ahli Muda 58
        let mut tabel = TabelBupFungsional::default();
        let mut p = pegawai(NIP_1986, StatusPegawai::Pns);
        for (jenjang, usia) in
            [(JenjangFungsional::AhliUtama, 65), (JenjangFungsional::AhliMadya, 60), (JenjangFungsional::AhliMuda, 58)]
        {
            p.riwayat_jabatan = vec![jabatan(JenisJabatan::Fungsional, Some(jenjang), t(2022, 1, 3))];
            let b = bup(&p, &tabel);
            assert_eq!(b, Bup { usia, dasar: DasarBup::JenjangFungsional { jenjang, usia } });
        }
        assert!(bup(&p, &tabel)
            .penjelasan_id()
            .starts_with("Jabatan Fungsional Ahli Muda → 58 tahun (UU 20/2023 Pasal 55"));
        tabel.ubah(JenjangFungsional::AhliMuda, 60);
        assert_eq!(bup(&p, &tabel).usia, 60);
    }

    #[test]
    fn bup_without_jenjang_or_jabatan_is_58_as_pelaksana() {
        // UU 20/2023 Pasal 55: Pelaksana → 58, applied when nothing better is recorded
        let mut p = pegawai(NIP_1986, StatusPegawai::Pns);
        let b = bup(&p, &TabelBupFungsional::default());
        assert_eq!(b, Bup { usia: 58, dasar: DasarBup::TanpaJabatan });
        assert_eq!(
            b.penjelasan_id(),
            "Belum ada jabatan tercatat → 58 tahun, dianggap Pelaksana (UU 20/2023 Pasal 55)"
        );
        p.riwayat_jabatan = vec![jabatan(JenisJabatan::Fungsional, None, t(2022, 1, 3))];
        let b = bup(&p, &TabelBupFungsional::default());
        assert_eq!(b, Bup { usia: 58, dasar: DasarBup::FungsionalTanpaJenjang });
        assert!(b.penjelasan_en().starts_with("Functional position with no level recorded → 58 years"));
    }

    #[test]
    fn tmt_pensiun_is_the_first_of_the_month_after_reaching_bup() {
        // SUMBER_TMT_PENSIUN (UNCONFIRMED): 1st of the month after reaching BUP
        let tabel = TabelBupFungsional::default();
        let p = pegawai(NIP_1986, StatusPegawai::Pns);
        assert_eq!(tmt_pensiun(&p, &tabel), t(2044, 10, 1)); // 58, no jabatan
        let mut p = pegawai("197001011995031001", StatusPegawai::Pns);
        p.riwayat_jabatan = vec![jabatan(JenisJabatan::JptPratama, None, t(2020, 1, 3))];
        assert_eq!(tmt_pensiun(&p, &tabel), t(2030, 2, 1)); // 60, born on the 1st
                                                            // Born on the last day of a month: the next month still starts the pension.
        assert_eq!(tmt_pensiun_untuk(t(1968, 12, 31), 58), t(2027, 1, 1));
        // Born 29 Feb: BUP reached on 28 Feb 2058 (common year) → 1 March.
        assert_eq!(tmt_pensiun_untuk(t(2000, 2, 29), 58), t(2058, 3, 1));
        // A leap BUP year keeps 29 Feb → still 1 March.
        assert_eq!(tmt_pensiun_untuk(t(1968, 2, 29), 60), t(2028, 3, 1));
    }
}
