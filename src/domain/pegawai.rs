//! The pegawai register: identity, status, unit and the three histories. The current pangkat,
//! jabatan and pendidikan are derived from the histories and never stored twice.

use super::id::Id;
use super::nip::{Nik, Nip};
use super::tanggal::{Stempel, Tanggal};
use crate::rules::jabatan::{JenisJabatan, JenjangFungsional};
use crate::rules::pangkat::Golongan;
use crate::rules::pendidikan::TingkatPendidikan;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum JenisKelamin {
    Pria,
    Wanita,
}

impl JenisKelamin {
    pub fn label_id(self) -> &'static str {
        match self {
            JenisKelamin::Pria => "Pria",
            JenisKelamin::Wanita => "Wanita",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            JenisKelamin::Pria => "Male",
            JenisKelamin::Wanita => "Female",
        }
    }
}

/// Jenis pegawai ASN.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum StatusPegawai {
    Cpns,
    Pns,
    Pppk,
}

impl StatusPegawai {
    pub const SEMUA: [StatusPegawai; 3] = [StatusPegawai::Cpns, StatusPegawai::Pns, StatusPegawai::Pppk];
    pub fn kode(self) -> &'static str {
        match self {
            StatusPegawai::Cpns => "CPNS",
            StatusPegawai::Pns => "PNS",
            StatusPegawai::Pppk => "PPPK",
        }
    }
    pub fn parse(s: &str) -> Option<StatusPegawai> {
        Self::SEMUA.into_iter().find(|x| x.kode().eq_ignore_ascii_case(s.trim()))
    }
    /// PNS and CPNS carry a NIP and PNS golongan ruang; PPPK a NI PPPK and golongan I–XVII.
    pub fn pppk(self) -> bool {
        self == StatusPegawai::Pppk
    }
}

/// How a golongan was reached (PP 99/2000 jo. PP 12/2002).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum JenisKenaikanPangkat {
    /// Golongan at appointment as CPNS.
    PengangkatanCpns,
    /// Golongan at appointment as PPPK.
    PengangkatanPppk,
    Reguler,
    PilihanStruktural,
    PilihanFungsional,
    PenyesuaianIjazah,
    PrestasiLuarBiasa,
    Pengabdian,
    Anumerta,
    Lainnya,
}

impl JenisKenaikanPangkat {
    pub const SEMUA: [JenisKenaikanPangkat; 10] = [
        JenisKenaikanPangkat::PengangkatanCpns,
        JenisKenaikanPangkat::PengangkatanPppk,
        JenisKenaikanPangkat::Reguler,
        JenisKenaikanPangkat::PilihanStruktural,
        JenisKenaikanPangkat::PilihanFungsional,
        JenisKenaikanPangkat::PenyesuaianIjazah,
        JenisKenaikanPangkat::PrestasiLuarBiasa,
        JenisKenaikanPangkat::Pengabdian,
        JenisKenaikanPangkat::Anumerta,
        JenisKenaikanPangkat::Lainnya,
    ];
    pub fn label_id(self) -> &'static str {
        match self {
            JenisKenaikanPangkat::PengangkatanCpns => "Pengangkatan CPNS",
            JenisKenaikanPangkat::PengangkatanPppk => "Pengangkatan PPPK",
            JenisKenaikanPangkat::Reguler => "KP Reguler",
            JenisKenaikanPangkat::PilihanStruktural => "KP Pilihan (jabatan struktural)",
            JenisKenaikanPangkat::PilihanFungsional => "KP Pilihan (jabatan fungsional)",
            JenisKenaikanPangkat::PenyesuaianIjazah => "KP Pilihan (penyesuaian ijazah)",
            JenisKenaikanPangkat::PrestasiLuarBiasa => "KP Pilihan (prestasi luar biasa)",
            JenisKenaikanPangkat::Pengabdian => "KP Pengabdian",
            JenisKenaikanPangkat::Anumerta => "KP Anumerta",
            JenisKenaikanPangkat::Lainnya => "Lainnya",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            JenisKenaikanPangkat::PengangkatanCpns => "Appointment as CPNS",
            JenisKenaikanPangkat::PengangkatanPppk => "Appointment as PPPK",
            JenisKenaikanPangkat::Reguler => "Regular promotion",
            JenisKenaikanPangkat::PilihanStruktural => "Elective promotion (structural post)",
            JenisKenaikanPangkat::PilihanFungsional => "Elective promotion (functional post)",
            JenisKenaikanPangkat::PenyesuaianIjazah => "Elective promotion (degree adjustment)",
            JenisKenaikanPangkat::PrestasiLuarBiasa => "Elective promotion (outstanding achievement)",
            JenisKenaikanPangkat::Pengabdian => "Service promotion",
            JenisKenaikanPangkat::Anumerta => "Posthumous promotion",
            JenisKenaikanPangkat::Lainnya => "Other",
        }
    }
    pub fn kode(self) -> String {
        serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
    }
    pub fn parse(s: &str) -> Option<JenisKenaikanPangkat> {
        Self::SEMUA.into_iter().find(|j| j.kode() == s.trim() || j.label_id().eq_ignore_ascii_case(s.trim()))
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
// A field this version does not know is refused, never dropped (exchange-format.md §1).
#[serde(deny_unknown_fields)]
pub struct RiwayatPangkat {
    pub id: Id,
    pub golongan: Golongan,
    /// TMT golongan.
    pub tmt: Tanggal,
    #[serde(default)]
    pub nomor_sk: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tanggal_sk: Option<Tanggal>,
    pub jenis_kenaikan: JenisKenaikanPangkat,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
// A field this version does not know is refused, never dropped (exchange-format.md §1).
#[serde(deny_unknown_fields)]
pub struct RiwayatJabatan {
    pub id: Id,
    pub jenis: JenisJabatan,
    /// Nama jabatan, e.g. `Analis Sumber Daya Manusia Aparatur`.
    pub nama: String,
    /// Only for jabatan fungsional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jenjang: Option<JenjangFungsional>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_kerja: Option<Id>,
    pub tmt: Tanggal,
    #[serde(default)]
    pub nomor_sk: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tanggal_sk: Option<Tanggal>,
}

impl RiwayatJabatan {
    /// The position as written on an SK: a jabatan fungsional with its jenjang
    /// (`Analis Sumber Daya Manusia Aparatur Ahli Muda`), unless the name already has it.
    pub fn nama_lengkap(&self) -> String {
        match self.jenjang {
            Some(j) if !self.nama.to_lowercase().contains(&j.label().to_lowercase()) => {
                format!("{} {}", self.nama, j.label())
            }
            _ => self.nama.clone(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
// A field this version does not know is refused, never dropped (exchange-format.md §1).
#[serde(deny_unknown_fields)]
pub struct RiwayatPendidikan {
    pub id: Id,
    pub tingkat: TingkatPendidikan,
    #[serde(default)]
    pub jurusan: String,
    #[serde(default)]
    pub institusi: String,
    pub tahun_lulus: i32,
}

/// One employee. `dihapus_pada` is a tombstone: a deleted pegawai stays in the dataset so a
/// merge can tell "deleted there" from "never seen".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
// A field this version does not know is refused, never dropped (exchange-format.md §1).
#[serde(deny_unknown_fields)]
pub struct Pegawai {
    pub id: Id,
    pub created_at: Stempel,
    pub updated_at: Stempel,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dihapus_pada: Option<Stempel>,
    pub nip: Nip,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nik: Option<Nik>,
    /// Name without titles.
    pub nama: String,
    #[serde(default)]
    pub gelar_depan: String,
    #[serde(default)]
    pub gelar_belakang: String,
    #[serde(default)]
    pub tempat_lahir: String,
    pub tanggal_lahir: Tanggal,
    pub jenis_kelamin: JenisKelamin,
    pub status: StatusPegawai,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_kerja: Option<Id>,
    #[serde(default)]
    pub riwayat_pangkat: Vec<RiwayatPangkat>,
    #[serde(default)]
    pub riwayat_jabatan: Vec<RiwayatJabatan>,
    #[serde(default)]
    pub riwayat_pendidikan: Vec<RiwayatPendidikan>,
}

impl Pegawai {
    pub fn aktif(&self) -> bool {
        self.dihapus_pada.is_none()
    }

    /// `Dr. Siti Rahayu, S.Kom., M.Si.` — name with titles as written on an SK.
    pub fn nama_lengkap(&self) -> String {
        let mut s = String::new();
        if !self.gelar_depan.trim().is_empty() {
            s.push_str(self.gelar_depan.trim());
            s.push(' ');
        }
        s.push_str(self.nama.trim());
        if !self.gelar_belakang.trim().is_empty() {
            s.push_str(", ");
            s.push_str(self.gelar_belakang.trim());
        }
        s
    }

    /// The pangkat in force: the entry with the latest TMT.
    pub fn pangkat_terakhir(&self) -> Option<&RiwayatPangkat> {
        self.riwayat_pangkat.iter().max_by_key(|r| r.tmt)
    }

    /// The jabatan in force: the entry with the latest TMT.
    pub fn jabatan_terakhir(&self) -> Option<&RiwayatJabatan> {
        self.riwayat_jabatan.iter().max_by_key(|r| r.tmt)
    }

    /// The highest education; between equal levels the later graduation.
    pub fn pendidikan_terakhir(&self) -> Option<&RiwayatPendidikan> {
        self.riwayat_pendidikan.iter().max_by_key(|r| (r.tingkat, r.tahun_lulus))
    }
}

/// A node of the unit kerja tree. `induk` is the parent; `None` is a root.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
// A field this version does not know is refused, never dropped (exchange-format.md §1).
#[serde(deny_unknown_fields)]
pub struct UnitKerja {
    pub id: Id,
    pub created_at: Stempel,
    pub updated_at: Stempel,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dihapus_pada: Option<Stempel>,
    pub nama: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub induk: Option<Id>,
}

impl UnitKerja {
    pub fn aktif(&self) -> bool {
        self.dihapus_pada.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jabatan_fungsional_is_named_with_its_jenjang_once() {
        let mut r = RiwayatJabatan {
            id: Id::dari_byte_acak([1; 16]),
            jenis: JenisJabatan::Fungsional,
            nama: "Analis Sumber Daya Manusia Aparatur".into(),
            jenjang: Some(JenjangFungsional::AhliMuda),
            unit_kerja: None,
            tmt: Tanggal::new(2020, 1, 2).unwrap(),
            nomor_sk: String::new(),
            tanggal_sk: None,
        };
        assert_eq!(r.nama_lengkap(), "Analis Sumber Daya Manusia Aparatur Ahli Muda");
        r.nama = "Analis SDM Aparatur Ahli Muda".into();
        assert_eq!(r.nama_lengkap(), "Analis SDM Aparatur Ahli Muda");
        r.jenjang = None;
        r.jenis = JenisJabatan::Pelaksana;
        r.nama = "Pengadministrasi Perkantoran".into();
        assert_eq!(r.nama_lengkap(), "Pengadministrasi Perkantoran");
    }
}
