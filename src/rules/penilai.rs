//! Who appraises whom (pejabat penilai kinerja) in an instansi daerah (asn-rules.md §1.3).
//! The model: the penilai is the nearest holder of a managerial post up the unit tree whose
//! level is at least the one this table gives for the appraised jabatan; the atasan pejabat
//! penilai is found the same way for the penilai. Both stay changeable on every SKP.

use super::jabatan::{JenisJabatan, JenjangFungsional};
use super::{tgl, Catatan, Sumber};

pub const SUMBER_PENILAI: Sumber = Sumber {
    berlaku_sejak: tgl(2022, 1, 27),
    sumber: "PermenPANRB 6/2022: pejabat penilai kinerja adalah atasan langsung; tabel jabatan penilai instansi daerah (bahan BKN e-Kinerja)",
    belum_terkonfirmasi: Some(Catatan {
        id: "tabel penilai per jabatan dari satu sumber sekunder; usulan selalu dapat diubah pada SKP",
        en: "the table of appraisers per position comes from one secondary source; the proposal can always be changed on the SKP",
    }),
};

/// The lowest managerial jenis jabatan that may appraise a holder of (`jenis`, `jenjang`).
/// `None` for JPT: their penilai (the kepala daerah or a minister) is outside the register.
pub fn penilai_minimal(jenis: JenisJabatan, jenjang: Option<JenjangFungsional>) -> Option<JenisJabatan> {
    match jenis {
        JenisJabatan::JptUtama | JenisJabatan::JptMadya | JenisJabatan::JptPratama => None,
        JenisJabatan::Administrator => Some(JenisJabatan::JptPratama),
        JenisJabatan::Pengawas => Some(JenisJabatan::Administrator),
        JenisJabatan::Pelaksana => Some(JenisJabatan::Pengawas),
        JenisJabatan::Fungsional => Some(match jenjang {
            Some(JenjangFungsional::AhliUtama | JenjangFungsional::AhliMadya) => JenisJabatan::JptPratama,
            Some(JenjangFungsional::AhliMuda) => JenisJabatan::Administrator,
            _ => JenisJabatan::Pengawas,
        }),
    }
}

/// Whether `jenis` is a managerial post that can appraise (JPT, Administrator, Pengawas).
pub fn manajerial(jenis: JenisJabatan) -> bool {
    !matches!(jenis, JenisJabatan::Fungsional | JenisJabatan::Pelaksana)
}

/// Whether a holder of `penilai` is senior enough for `minimal` (JenisJabatan orders the
/// highest first).
pub fn cukup_tinggi(penilai: JenisJabatan, minimal: JenisJabatan) -> bool {
    manajerial(penilai) && penilai <= minimal
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_rows_of_asn_rules_1_3() {
        use JenisJabatan::*;
        assert_eq!(penilai_minimal(Pelaksana, None), Some(Pengawas));
        assert_eq!(penilai_minimal(Pengawas, None), Some(Administrator));
        assert_eq!(penilai_minimal(Administrator, None), Some(JptPratama));
        assert_eq!(penilai_minimal(Fungsional, Some(JenjangFungsional::AhliMadya)), Some(JptPratama));
        assert_eq!(penilai_minimal(Fungsional, Some(JenjangFungsional::AhliMuda)), Some(Administrator));
        assert_eq!(penilai_minimal(Fungsional, Some(JenjangFungsional::AhliPertama)), Some(Pengawas));
        assert_eq!(penilai_minimal(Fungsional, Some(JenjangFungsional::Terampil)), Some(Pengawas));
        assert_eq!(penilai_minimal(JptPratama, None), None);
        assert!(cukup_tinggi(Administrator, Pengawas));
        assert!(!cukup_tinggi(Pengawas, Administrator));
        assert!(!cukup_tinggi(Fungsional, Pengawas));
    }
}
