//! The add/edit form of a pegawai as typed (all text), and its validation into a [`Pegawai`].
//! Every problem names the field it belongs to, so the form can show it next to that field.

use super::id::Id;
use super::nip::{periksa_nik_terhadap_nip, JenisNomorInduk, Nik, Nip};
use super::pegawai::{
    JenisKelamin, JenisKenaikanPangkat, Pegawai, RiwayatJabatan, RiwayatPangkat, RiwayatPendidikan, StatusPegawai,
};
use super::tanggal::{Stempel, Tanggal};
use crate::rules::jabatan::{JenisJabatan, JenjangFungsional};
use crate::rules::pangkat::{Golongan, GolonganPns, GolonganPppk};
use crate::rules::pendidikan::TingkatPendidikan;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FormPegawai {
    pub nip: String,
    pub nik: String,
    pub nama: String,
    pub gelar_depan: String,
    pub gelar_belakang: String,
    pub tempat_lahir: String,
    /// `YYYY-MM-DD` as from `<input type="date">`.
    pub tanggal_lahir: String,
    /// `pria` / `wanita` / empty.
    pub jenis_kelamin: String,
    /// `CPNS` / `PNS` / `PPPK`.
    pub status: String,
    /// Unit id or empty.
    pub unit_kerja: String,
    pub pangkat: Vec<FormPangkat>,
    pub jabatan: Vec<FormJabatan>,
    pub pendidikan: Vec<FormPendidikan>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FormPangkat {
    pub id: Id,
    /// `III/b` or `IX`.
    pub golongan: String,
    pub tmt: String,
    pub nomor_sk: String,
    pub tanggal_sk: String,
    /// [`JenisKenaikanPangkat::kode`].
    pub jenis_kenaikan: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FormJabatan {
    pub id: Id,
    /// [`JenisJabatan::kode`].
    pub jenis: String,
    pub nama: String,
    /// [`JenjangFungsional::label`] or empty.
    pub jenjang: String,
    pub unit_kerja: String,
    pub tmt: String,
    pub nomor_sk: String,
    pub tanggal_sk: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FormPendidikan {
    pub id: Id,
    pub tingkat: String,
    pub jurusan: String,
    pub institusi: String,
    pub tahun_lulus: String,
}

impl FormPangkat {
    /// A row the user added but left blank is ignored rather than reported.
    pub fn belum_diisi(&self) -> bool {
        [&self.golongan, &self.tmt, &self.nomor_sk, &self.tanggal_sk, &self.jenis_kenaikan]
            .iter()
            .all(|v| v.trim().is_empty())
    }
    pub fn kosong(id: Id) -> Self {
        FormPangkat {
            id,
            golongan: String::new(),
            tmt: String::new(),
            nomor_sk: String::new(),
            tanggal_sk: String::new(),
            jenis_kenaikan: String::new(),
        }
    }
}
impl FormJabatan {
    pub fn belum_diisi(&self) -> bool {
        [&self.jenis, &self.nama, &self.jenjang, &self.unit_kerja, &self.tmt, &self.nomor_sk, &self.tanggal_sk]
            .iter()
            .all(|v| v.trim().is_empty())
    }
    pub fn kosong(id: Id) -> Self {
        FormJabatan {
            id,
            jenis: String::new(),
            nama: String::new(),
            jenjang: String::new(),
            unit_kerja: String::new(),
            tmt: String::new(),
            nomor_sk: String::new(),
            tanggal_sk: String::new(),
        }
    }
}
impl FormPendidikan {
    pub fn belum_diisi(&self) -> bool {
        [&self.tingkat, &self.jurusan, &self.institusi, &self.tahun_lulus].iter().all(|v| v.trim().is_empty())
    }
    pub fn kosong(id: Id) -> Self {
        FormPendidikan {
            id,
            tingkat: String::new(),
            jurusan: String::new(),
            institusi: String::new(),
            tahun_lulus: String::new(),
        }
    }
}

/// A problem with one field. `medan` is the field's path: `nip`, `pangkat.0.tmt`, ….
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kesalahan {
    pub medan: String,
    pub pesan_id: String,
    pub pesan_en: String,
}

fn k(medan: impl Into<String>, id: impl Into<String>, en: impl Into<String>) -> Kesalahan {
    Kesalahan { medan: medan.into(), pesan_id: id.into(), pesan_en: en.into() }
}

/// What validation needs to know beyond the form itself.
pub struct KonteksValidasi<'a> {
    pub hari_ini: Tanggal,
    /// Ids of the active units.
    pub unit: &'a [Id],
    /// Name of the active pegawai (other than the one edited) holding a NIP, if any.
    pub pemilik_nip: &'a dyn Fn(&str) -> Option<String>,
}

/// The result of a successful validation: the pegawai and warnings that do not block saving.
#[derive(Debug)]
pub struct HasilValidasi {
    pub pegawai: Pegawai,
    pub peringatan: Vec<Kesalahan>,
}

fn wajib(medan: &str, nilai: &str, label_id: &str, label_en: &str, galat: &mut Vec<Kesalahan>) -> bool {
    if nilai.trim().is_empty() {
        galat.push(k(medan, format!("{label_id} wajib diisi."), format!("{label_en} is required.")));
        false
    } else {
        true
    }
}

fn tanggal(
    medan: &str,
    nilai: &str,
    wajib_isi: bool,
    label_id: &str,
    label_en: &str,
    galat: &mut Vec<Kesalahan>,
) -> Option<Tanggal> {
    if nilai.trim().is_empty() {
        if wajib_isi {
            galat.push(k(medan, format!("{label_id} wajib diisi."), format!("{label_en} is required.")));
        }
        return None;
    }
    let t = Tanggal::parse_iso(nilai);
    if t.is_none() {
        galat.push(k(
            medan,
            format!("{label_id} bukan tanggal yang valid."),
            format!("{label_en} is not a valid date."),
        ));
    }
    t
}

fn unit_ada(medan: &str, nilai: &str, ctx: &KonteksValidasi, galat: &mut Vec<Kesalahan>) -> Option<Id> {
    if nilai.trim().is_empty() {
        return None;
    }
    match Id::parse(nilai).filter(|id| ctx.unit.contains(id)) {
        Some(id) => Some(id),
        None => {
            galat.push(k(medan, "Unit kerja tidak ditemukan.", "Work unit not found."));
            None
        }
    }
}

const PANJANG_NAMA_MAKS: usize = 120;

impl FormPegawai {
    pub fn dari_pegawai(p: &Pegawai) -> FormPegawai {
        let opt = |t: Option<Tanggal>| t.map(Tanggal::iso).unwrap_or_default();
        FormPegawai {
            nip: p.nip.tampil(),
            nik: p.nik.as_ref().map(|n| n.as_str().to_string()).unwrap_or_default(),
            nama: p.nama.clone(),
            gelar_depan: p.gelar_depan.clone(),
            gelar_belakang: p.gelar_belakang.clone(),
            tempat_lahir: p.tempat_lahir.clone(),
            tanggal_lahir: p.tanggal_lahir.iso(),
            jenis_kelamin: match p.jenis_kelamin {
                JenisKelamin::Pria => "pria".into(),
                JenisKelamin::Wanita => "wanita".into(),
            },
            status: p.status.kode().into(),
            unit_kerja: p.unit_kerja.as_ref().map(|u| u.to_string()).unwrap_or_default(),
            pangkat: p
                .riwayat_pangkat
                .iter()
                .map(|r| FormPangkat {
                    id: r.id.clone(),
                    golongan: r.golongan.kode().into(),
                    tmt: r.tmt.iso(),
                    nomor_sk: r.nomor_sk.clone(),
                    tanggal_sk: opt(r.tanggal_sk),
                    jenis_kenaikan: r.jenis_kenaikan.kode(),
                })
                .collect(),
            jabatan: p
                .riwayat_jabatan
                .iter()
                .map(|r| FormJabatan {
                    id: r.id.clone(),
                    jenis: r.jenis.kode().into(),
                    nama: r.nama.clone(),
                    jenjang: r.jenjang.map(|j| j.label().to_string()).unwrap_or_default(),
                    unit_kerja: r.unit_kerja.as_ref().map(|u| u.to_string()).unwrap_or_default(),
                    tmt: r.tmt.iso(),
                    nomor_sk: r.nomor_sk.clone(),
                    tanggal_sk: opt(r.tanggal_sk),
                })
                .collect(),
            pendidikan: p
                .riwayat_pendidikan
                .iter()
                .map(|r| FormPendidikan {
                    id: r.id.clone(),
                    tingkat: r.tingkat.label().into(),
                    jurusan: r.jurusan.clone(),
                    institusi: r.institusi.clone(),
                    tahun_lulus: r.tahun_lulus.to_string(),
                })
                .collect(),
        }
    }

    /// Validates every field; on success the pegawai has `id` and zero timestamps (the
    /// dataset stamps them when it is saved).
    pub fn validasi(&self, id: Id, ctx: &KonteksValidasi) -> Result<HasilValidasi, Vec<Kesalahan>> {
        let mut galat = Vec::new();
        let mut peringatan = Vec::new();

        let status = if wajib("status", &self.status, "Status kepegawaian", "Employment status", &mut galat) {
            let s = StatusPegawai::parse(&self.status);
            if s.is_none() {
                galat.push(k("status", "Status harus CPNS, PNS, atau PPPK.", "Status must be CPNS, PNS or PPPK."));
            }
            s
        } else {
            None
        };

        let nip = if wajib(
            "nip",
            &self.nip,
            if status.is_some_and(StatusPegawai::pppk) { "NI PPPK" } else { "NIP" },
            "NIP",
            &mut galat,
        ) {
            let jenis = status.map_or(JenisNomorInduk::Nip, JenisNomorInduk::untuk_status);
            match Nip::parse(&self.nip, jenis, ctx.hari_ini) {
                Ok(n) => match (ctx.pemilik_nip)(n.as_str()) {
                    Some(nama) => {
                        galat.push(k(
                            "nip",
                            format!("NIP ini sudah dipakai oleh {nama}."),
                            format!("This NIP is already used by {nama}."),
                        ));
                        None
                    }
                    None => Some(n),
                },
                Err(e) => {
                    galat.push(k("nip", e.pesan_id(), e.pesan_en()));
                    None
                }
            }
        } else {
            None
        };

        if wajib("nama", &self.nama, "Nama", "Name", &mut galat) && self.nama.trim().chars().count() > PANJANG_NAMA_MAKS
        {
            galat.push(k(
                "nama",
                format!("Nama paling panjang {PANJANG_NAMA_MAKS} karakter."),
                format!("Name is at most {PANJANG_NAMA_MAKS} characters."),
            ));
        }

        let tanggal_lahir =
            tanggal("tanggal_lahir", &self.tanggal_lahir, true, "Tanggal lahir", "Date of birth", &mut galat);
        if let (Some(t), Some(n)) = (tanggal_lahir, &nip) {
            if t != n.tanggal_lahir() {
                galat.push(k(
                    "tanggal_lahir",
                    format!("Tanggal lahir tidak sama dengan NIP ({}).", n.tanggal_lahir().format_panjang()),
                    format!("Date of birth does not match the NIP ({}).", n.tanggal_lahir().format_panjang_en()),
                ));
            }
        }

        let jenis_kelamin = match self.jenis_kelamin.trim() {
            "pria" => Some(JenisKelamin::Pria),
            "wanita" => Some(JenisKelamin::Wanita),
            _ => {
                galat.push(k("jenis_kelamin", "Jenis kelamin wajib dipilih.", "Sex is required."));
                None
            }
        };
        if let (Some(j), Some(n)) = (jenis_kelamin, &nip) {
            if j != n.jenis_kelamin() {
                galat.push(k(
                    "jenis_kelamin",
                    format!(
                        "Jenis kelamin tidak sama dengan digit 15 NIP ({}).",
                        n.jenis_kelamin().label_id().to_lowercase()
                    ),
                    format!(
                        "Sex does not match digit 15 of the NIP ({}).",
                        n.jenis_kelamin().label_en().to_lowercase()
                    ),
                ));
            }
        }

        let nik = if self.nik.trim().is_empty() {
            None
        } else {
            match Nik::parse(&self.nik) {
                Ok(nik) => {
                    if let Some(n) = &nip {
                        for w in periksa_nik_terhadap_nip(&nik, n) {
                            peringatan.push(k("nik", w.pesan_id(), w.pesan_en()));
                        }
                    }
                    Some(nik)
                }
                Err(e) => {
                    galat.push(k("nik", e.pesan_id(), e.pesan_en()));
                    None
                }
            }
        };

        let unit_kerja = unit_ada("unit_kerja", &self.unit_kerja, ctx, &mut galat);

        let pppk = status.is_some_and(StatusPegawai::pppk);
        let mut riwayat_pangkat = Vec::new();
        for (i, r) in self.pangkat.iter().enumerate().filter(|(_, r)| !r.belum_diisi()) {
            let m = |f: &str| format!("pangkat.{i}.{f}");
            let golongan = if wajib(&m("golongan"), &r.golongan, "Golongan", "Grade", &mut galat) {
                let g = if pppk {
                    GolonganPppk::parse(&r.golongan).map(Golongan::Pppk)
                } else {
                    GolonganPns::parse(&r.golongan).map(Golongan::Pns)
                };
                if g.is_none() {
                    let (id, en) = if pppk {
                        ("Golongan PPPK harus I sampai XVII.", "A PPPK grade is I to XVII.")
                    } else {
                        ("Golongan ruang PNS harus I/a sampai IV/e.", "A PNS grade is I/a to IV/e.")
                    };
                    galat.push(k(m("golongan"), id, en));
                }
                g
            } else {
                None
            };
            let tmt = tanggal(&m("tmt"), &r.tmt, true, "TMT golongan", "Grade effective date", &mut galat);
            let tanggal_sk = tanggal(&m("tanggal_sk"), &r.tanggal_sk, false, "Tanggal SK", "Decree date", &mut galat);
            let jenis = JenisKenaikanPangkat::parse(&r.jenis_kenaikan);
            if jenis.is_none() {
                galat.push(k(
                    m("jenis_kenaikan"),
                    "Jenis kenaikan pangkat wajib dipilih.",
                    "Type of promotion is required.",
                ));
            }
            if let (Some(t), Some(l)) = (tmt, tanggal_lahir) {
                if t < l.tambah_tahun(18) {
                    galat.push(k(
                        m("tmt"),
                        "TMT golongan sebelum pegawai berusia 18 tahun.",
                        "Effective date is before the employee turned 18.",
                    ));
                }
            }
            if let (Some(golongan), Some(tmt), Some(jenis_kenaikan)) = (golongan, tmt, jenis) {
                if riwayat_pangkat.iter().any(|x: &RiwayatPangkat| x.tmt == tmt) {
                    galat.push(k(
                        m("tmt"),
                        "Dua riwayat pangkat dengan TMT yang sama.",
                        "Two rank entries with the same effective date.",
                    ));
                }
                riwayat_pangkat.push(RiwayatPangkat {
                    id: r.id.clone(),
                    golongan,
                    tmt,
                    nomor_sk: r.nomor_sk.trim().into(),
                    tanggal_sk,
                    jenis_kenaikan,
                });
            }
        }

        let mut riwayat_jabatan = Vec::new();
        for (i, r) in self.jabatan.iter().enumerate().filter(|(_, r)| !r.belum_diisi()) {
            let m = |f: &str| format!("jabatan.{i}.{f}");
            let jenis = JenisJabatan::parse(&r.jenis);
            if jenis.is_none() {
                galat.push(k(m("jenis"), "Jenis jabatan wajib dipilih.", "Position type is required."));
            }
            wajib(&m("nama"), &r.nama, "Nama jabatan", "Position name", &mut galat);
            let jenjang = if jenis == Some(JenisJabatan::Fungsional) {
                let j = JenjangFungsional::parse(&r.jenjang);
                if j.is_none() {
                    galat.push(k(
                        m("jenjang"),
                        "Jenjang wajib dipilih untuk jabatan fungsional.",
                        "Level is required for a functional position.",
                    ));
                }
                j
            } else {
                None
            };
            let tmt = tanggal(&m("tmt"), &r.tmt, true, "TMT jabatan", "Position effective date", &mut galat);
            let tanggal_sk = tanggal(&m("tanggal_sk"), &r.tanggal_sk, false, "Tanggal SK", "Decree date", &mut galat);
            let unit = unit_ada(&m("unit_kerja"), &r.unit_kerja, ctx, &mut galat);
            if let (Some(jenis), Some(tmt)) = (jenis, tmt) {
                if !r.nama.trim().is_empty() && (jenis != JenisJabatan::Fungsional || jenjang.is_some()) {
                    riwayat_jabatan.push(RiwayatJabatan {
                        id: r.id.clone(),
                        jenis,
                        nama: r.nama.trim().into(),
                        jenjang,
                        unit_kerja: unit,
                        tmt,
                        nomor_sk: r.nomor_sk.trim().into(),
                        tanggal_sk,
                    });
                }
            }
        }

        let mut riwayat_pendidikan = Vec::new();
        for (i, r) in self.pendidikan.iter().enumerate().filter(|(_, r)| !r.belum_diisi()) {
            let m = |f: &str| format!("pendidikan.{i}.{f}");
            let tingkat = TingkatPendidikan::parse(&r.tingkat);
            if tingkat.is_none() {
                galat.push(k(m("tingkat"), "Tingkat pendidikan wajib dipilih.", "Education level is required."));
            }
            let tahun = r.tahun_lulus.trim().parse::<i32>().ok().filter(|t| (1940..=ctx.hari_ini.tahun()).contains(t));
            if tahun.is_none() {
                galat.push(k(
                    m("tahun_lulus"),
                    format!("Tahun lulus harus angka 1940–{}.", ctx.hari_ini.tahun()),
                    format!("Graduation year must be a number 1940–{}.", ctx.hari_ini.tahun()),
                ));
            }
            if let (Some(tingkat), Some(tahun_lulus)) = (tingkat, tahun) {
                riwayat_pendidikan.push(RiwayatPendidikan {
                    id: r.id.clone(),
                    tingkat,
                    jurusan: r.jurusan.trim().into(),
                    institusi: r.institusi.trim().into(),
                    tahun_lulus,
                });
            }
        }

        match (nip, tanggal_lahir, jenis_kelamin, status) {
            (Some(nip), Some(tanggal_lahir), Some(jenis_kelamin), Some(status)) if galat.is_empty() => {
                Ok(HasilValidasi {
                    pegawai: Pegawai {
                        id,
                        created_at: Stempel(0),
                        updated_at: Stempel(0),
                        dihapus_pada: None,
                        nip,
                        nik,
                        nama: self.nama.trim().into(),
                        gelar_depan: self.gelar_depan.trim().into(),
                        gelar_belakang: self.gelar_belakang.trim().into(),
                        tempat_lahir: self.tempat_lahir.trim().into(),
                        tanggal_lahir,
                        jenis_kelamin,
                        status,
                        unit_kerja,
                        riwayat_pangkat,
                        riwayat_jabatan,
                        riwayat_pendidikan,
                    },
                    peringatan,
                })
            }
            _ => Err(galat),
        }
    }
}
