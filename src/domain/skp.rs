//! Sasaran Kinerja Pegawai (PermenPANRB 6/2022; asn-rules.md §1.2): the yearly plan of one
//! pegawai — rencana hasil kerja (RHK) with their indicators and targets, the BerAKHLAK
//! perilaku kerja with the leader's specific expectations, the lampiran — and its life:
//! draf → diajukan → disetujui, read-only once approved, changed after approval only by a
//! recorded amendment.
//!
//! The pegawai yang dinilai, the pejabat penilai and the atasan pejabat penilai are kept as
//! snapshots (name, NIP, pangkat, jabatan, unit as they were when the SKP was made), so a
//! later transfer or promotion never rewrites an old SKP.

use super::id::Id;
use super::pegawai::{Pegawai, UnitKerja};
use super::periode::Jangka;
use super::tanggal::{Stempel, Tanggal};
use crate::rules::berakhlak::NilaiBerakhlak;
use crate::rules::jabatan::JenisJabatan;
use crate::rules::penilai;
use serde::{Deserialize, Serialize};

/// Pendekatan penyusunan SKP.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Pendekatan {
    #[default]
    Kuantitatif,
    Kualitatif,
}

impl Pendekatan {
    pub const SEMUA: [Pendekatan; 2] = [Pendekatan::Kuantitatif, Pendekatan::Kualitatif];
    pub fn label_id(self) -> &'static str {
        match self {
            Pendekatan::Kuantitatif => "Kuantitatif",
            Pendekatan::Kualitatif => "Kualitatif",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            Pendekatan::Kuantitatif => "Quantitative",
            Pendekatan::Kualitatif => "Qualitative",
        }
    }
}

/// RHK utama (core) or tambahan (additional).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum JenisRhk {
    Utama,
    Tambahan,
}

impl JenisRhk {
    pub fn label_id(self) -> &'static str {
        match self {
            JenisRhk::Utama => "Utama",
            JenisRhk::Tambahan => "Tambahan",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            JenisRhk::Utama => "Core",
            JenisRhk::Tambahan => "Additional",
        }
    }
}

/// Aspek of an indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Aspek {
    Kuantitas,
    Kualitas,
    Waktu,
    Biaya,
}

impl Aspek {
    pub const SEMUA: [Aspek; 4] = [Aspek::Kuantitas, Aspek::Kualitas, Aspek::Waktu, Aspek::Biaya];
    pub fn label_id(self) -> &'static str {
        match self {
            Aspek::Kuantitas => "Kuantitas",
            Aspek::Kualitas => "Kualitas",
            Aspek::Waktu => "Waktu",
            Aspek::Biaya => "Biaya",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            Aspek::Kuantitas => "Quantity",
            Aspek::Kualitas => "Quality",
            Aspek::Waktu => "Time",
            Aspek::Biaya => "Cost",
        }
    }
    /// For time and cost, less than the target is better.
    pub fn lebih_kecil_lebih_baik(self) -> bool {
        matches!(self, Aspek::Waktu | Aspek::Biaya)
    }
}

/// Perspektif of an SKP JPT (balanced scorecard).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Perspektif {
    PenerimaLayanan,
    ProsesBisnis,
    PenguatanInternal,
    Anggaran,
}

impl Perspektif {
    pub const SEMUA: [Perspektif; 4] =
        [Perspektif::PenerimaLayanan, Perspektif::ProsesBisnis, Perspektif::PenguatanInternal, Perspektif::Anggaran];
    pub fn label_id(self) -> &'static str {
        match self {
            Perspektif::PenerimaLayanan => "Perspektif Penerima Layanan",
            Perspektif::ProsesBisnis => "Perspektif Proses Bisnis",
            Perspektif::PenguatanInternal => "Perspektif Penguatan Internal",
            Perspektif::Anggaran => "Perspektif Anggaran",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            Perspektif::PenerimaLayanan => "Service recipients",
            Perspektif::ProsesBisnis => "Business process",
            Perspektif::PenguatanInternal => "Internal strengthening",
            Perspektif::Anggaran => "Budget",
        }
    }
}

/// A target: a number with its unit (`2 dokumen`, `100 %`, `12 bulan`) or, for the
/// qualitative approach, a description.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub enum Target {
    Angka { nilai: f64, satuan: String },
    Teks(String),
}

impl Target {
    pub fn tampil(&self, koma: char) -> String {
        match self {
            Target::Angka { nilai, satuan } => format!("{} {}", angka_ribuan(*nilai, koma), satuan).trim().to_string(),
            Target::Teks(t) => t.clone(),
        }
    }
}

/// `2.5` → `2,5`, `100.0` → `100`.
pub fn angka(n: f64, koma: char) -> String {
    let s = if n.fract() == 0.0 && n.abs() < 1e15 { format!("{}", n as i64) } else { format!("{n}") };
    s.replace('.', &koma.to_string())
}

/// [`angka`] with thousands grouped: `1.500`, `1.234,5` in Bahasa Indonesia (`koma` `,`);
/// `1,500`, `1,234.5` in English (`koma` `.`).
pub fn angka_ribuan(n: f64, koma: char) -> String {
    let s = angka(n, koma);
    let pemisah = if koma == ',' { '.' } else { ',' };
    let (tanda, sisa) = match s.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", s.as_str()),
    };
    let (bulat, pecahan) = match sisa.split_once(koma) {
        Some((b, p)) => (b, Some(p)),
        None => (sisa, None),
    };
    let mut out = format!("{tanda}{}", super::desimal::kelompok_ribuan(bulat, pemisah));
    if let Some(p) = pecahan {
        out.push(koma);
        out.push_str(p);
    }
    out
}

/// Indikator Kinerja Individu.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Iki {
    pub id: Id,
    /// `None` in the qualitative approach, where the IKI is narrated without an aspect split.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aspek: Option<Aspek>,
    pub indikator: String,
    pub target: Target,
}

/// Rencana Hasil Kerja.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rhk {
    pub id: Id,
    pub jenis: JenisRhk,
    pub uraian: String,
    /// "RHK pimpinan yang diintervensi": the id of an RHK in the penilai's SKP of the same year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rhk_pimpinan: Option<Id>,
    /// Only on an SKP JPT.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub perspektif: Option<Perspektif>,
    #[serde(default)]
    pub indikator: Vec<Iki>,
}

/// Perilaku kerja row: one BerAKHLAK value and the leader's specific expectation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EkspektasiPerilaku {
    pub nilai: NilaiBerakhlak,
    #[serde(default)]
    pub ekspektasi_khusus: String,
}

/// Lampiran SKP (names UNCONFIRMED, asn-rules.md §10 item 1): one line per item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Lampiran {
    #[serde(default)]
    pub dukungan_sumber_daya: Vec<String>,
    #[serde(default)]
    pub skema_pertanggungjawaban: Vec<String>,
    #[serde(default)]
    pub konsekuensi: Vec<String>,
}

/// Name, NIP, pangkat, jabatan and unit of a person as they were when the SKP was made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Cuplikan {
    /// The pegawai in the register, when there is one (a penilai outside the register —
    /// a bupati, say — has none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pegawai: Option<Id>,
    pub nama: String,
    #[serde(default)]
    pub nip: String,
    #[serde(default)]
    pub pangkat: String,
    #[serde(default)]
    pub jabatan: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jenis_jabatan: Option<JenisJabatan>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_kerja: Option<Id>,
    #[serde(default)]
    pub nama_unit: String,
}

impl Cuplikan {
    /// The snapshot of `p` today.
    pub fn dari(p: &Pegawai, units: &[UnitKerja]) -> Cuplikan {
        let jabatan = p.jabatan_terakhir();
        Cuplikan {
            pegawai: Some(p.id.clone()),
            nama: p.nama_lengkap(),
            nip: p.nip.tampil(),
            pangkat: p.pangkat_terakhir().map(|r| r.golongan.label()).unwrap_or_default(),
            jabatan: jabatan.map(|j| j.nama_lengkap()).unwrap_or_default(),
            jenis_jabatan: jabatan.map(|j| j.jenis),
            unit_kerja: p.unit_kerja.clone(),
            nama_unit: p
                .unit_kerja
                .as_ref()
                .and_then(|u| units.iter().find(|x| &x.id == u))
                .map(|u| u.nama.clone())
                .unwrap_or_default(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum StatusSkp {
    #[default]
    Draf,
    Diajukan,
    Disetujui,
}

impl StatusSkp {
    pub fn label_id(self) -> &'static str {
        match self {
            StatusSkp::Draf => "Draf",
            StatusSkp::Diajukan => "Diajukan",
            StatusSkp::Disetujui => "Disetujui",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            StatusSkp::Draf => "Draft",
            StatusSkp::Diajukan => "Submitted",
            StatusSkp::Disetujui => "Approved",
        }
    }
    pub fn kode(self) -> &'static str {
        match self {
            StatusSkp::Draf => "draf",
            StatusSkp::Diajukan => "diajukan",
            StatusSkp::Disetujui => "disetujui",
        }
    }
}

/// A change made to an approved SKP: when, why, and what changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Perubahan {
    pub tanggal: Tanggal,
    pub alasan: String,
    /// What changed, in Bahasa Indonesia (generated from the before/after SKP).
    pub ringkasan: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skp {
    pub id: Id,
    pub created_at: Stempel,
    pub updated_at: Stempel,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dihapus_pada: Option<Stempel>,
    /// The pegawai yang dinilai (the snapshot's `pegawai`, kept apart for lookups).
    pub pegawai: Id,
    pub tahun: i32,
    pub periode: Jangka,
    pub pendekatan: Pendekatan,
    /// SKP JPT: RHK grouped by the four perspektif.
    #[serde(default)]
    pub jpt: bool,
    pub dinilai: Cuplikan,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penilai: Option<Cuplikan>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub atasan_penilai: Option<Cuplikan>,
    #[serde(default)]
    pub rhk: Vec<Rhk>,
    #[serde(default)]
    pub perilaku: Vec<EkspektasiPerilaku>,
    #[serde(default)]
    pub lampiran: Lampiran,
    #[serde(default)]
    pub status: StatusSkp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disetujui_pada: Option<Tanggal>,
    #[serde(default)]
    pub perubahan: Vec<Perubahan>,
}

/// Why a change to an SKP was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GalatSkp {
    /// Approved: only an amendment with a reason may change it.
    Terkunci,
    /// An amendment needs a reason.
    AlasanKosong,
    /// The step is not allowed from this status.
    StatusTidakSesuai { dari: StatusSkp },
    /// Cannot be submitted yet: what is missing.
    BelumLengkap(Vec<(&'static str, &'static str)>),
    /// Nothing changed in an amendment.
    TidakAdaPerubahan,
}

impl GalatSkp {
    pub fn pesan_id(&self) -> String {
        match self {
            GalatSkp::Terkunci => "SKP sudah disetujui dan hanya dapat diubah melalui perubahan dengan alasan.".into(),
            GalatSkp::AlasanKosong => "Tuliskan alasan perubahan.".into(),
            GalatSkp::StatusTidakSesuai { dari } => {
                format!("Langkah ini tidak dapat dilakukan pada SKP berstatus {}.", dari.label_id())
            }
            GalatSkp::BelumLengkap(k) => {
                format!("SKP belum lengkap: {}.", k.iter().map(|x| x.0).collect::<Vec<_>>().join("; "))
            }
            GalatSkp::TidakAdaPerubahan => "Tidak ada yang berubah.".into(),
        }
    }
    pub fn pesan_en(&self) -> String {
        match self {
            GalatSkp::Terkunci => "The SKP is approved and can only be changed by an amendment with a reason.".into(),
            GalatSkp::AlasanKosong => "Write the reason for the change.".into(),
            GalatSkp::StatusTidakSesuai { dari } => {
                format!("This step is not possible for an SKP that is {}.", dari.label_en().to_lowercase())
            }
            GalatSkp::BelumLengkap(k) => {
                format!("The SKP is not complete: {}.", k.iter().map(|x| x.1).collect::<Vec<_>>().join("; "))
            }
            GalatSkp::TidakAdaPerubahan => "Nothing changed.".into(),
        }
    }
}

impl Skp {
    /// A new draft for `p` in `tahun`, with penilai and atasan proposed from the register
    /// (see [`usul_penilai`]) and the seven BerAKHLAK rows.
    pub fn baru(id: Id, p: &Pegawai, tahun: i32, pegawai: &[Pegawai], units: &[UnitKerja], sekarang: Stempel) -> Skp {
        let (penilai, atasan) = usul_penilai(p, pegawai, units);
        let cuplik = |x: Option<&Pegawai>| x.map(|x| Cuplikan::dari(x, units));
        let dinilai = Cuplikan::dari(p, units);
        let jpt = matches!(
            dinilai.jenis_jabatan,
            Some(JenisJabatan::JptUtama | JenisJabatan::JptMadya | JenisJabatan::JptPratama)
        );
        Skp {
            id,
            created_at: sekarang,
            updated_at: sekarang,
            dihapus_pada: None,
            pegawai: p.id.clone(),
            tahun,
            periode: Jangka::tahun(tahun),
            pendekatan: Pendekatan::Kuantitatif,
            jpt,
            dinilai,
            penilai: cuplik(penilai),
            atasan_penilai: cuplik(atasan),
            rhk: Vec::new(),
            perilaku: NilaiBerakhlak::SEMUA
                .into_iter()
                .map(|nilai| EkspektasiPerilaku { nilai, ekspektasi_khusus: String::new() })
                .collect(),
            lampiran: Lampiran::default(),
            status: StatusSkp::Draf,
            disetujui_pada: None,
            perubahan: Vec::new(),
        }
    }

    pub fn aktif(&self) -> bool {
        self.dihapus_pada.is_none()
    }

    pub fn terkunci(&self) -> bool {
        self.status == StatusSkp::Disetujui
    }

    /// A change while the SKP is a draft or submitted (a submitted SKP that is changed goes
    /// back to draft, so the penilai approves what is really there).
    pub fn ubah(&mut self, sekarang: Stempel, f: impl FnOnce(&mut Skp)) -> Result<(), GalatSkp> {
        if self.terkunci() {
            return Err(GalatSkp::Terkunci);
        }
        let sebelum = self.clone();
        f(self);
        self.jaga_identitas(&sebelum);
        if *self != sebelum {
            if sebelum.status == StatusSkp::Diajukan {
                self.status = StatusSkp::Draf;
            }
            self.updated_at = sekarang;
        }
        Ok(())
    }

    /// A change after approval: recorded with its date, reason and what changed.
    pub fn ubah_setelah_disetujui(
        &mut self,
        tanggal: Tanggal,
        alasan: &str,
        sekarang: Stempel,
        f: impl FnOnce(&mut Skp),
    ) -> Result<(), GalatSkp> {
        if !self.terkunci() {
            return Err(GalatSkp::StatusTidakSesuai { dari: self.status });
        }
        if alasan.trim().is_empty() {
            return Err(GalatSkp::AlasanKosong);
        }
        let sebelum = self.clone();
        let mut baru = self.clone();
        f(&mut baru);
        baru.jaga_identitas(&sebelum);
        baru.status = StatusSkp::Disetujui;
        baru.disetujui_pada = sebelum.disetujui_pada;
        baru.perubahan = sebelum.perubahan.clone();
        let ringkasan = ringkas_perubahan(&sebelum, &baru);
        if ringkasan.is_empty() {
            return Err(GalatSkp::TidakAdaPerubahan);
        }
        baru.perubahan.push(Perubahan { tanggal, alasan: alasan.trim().to_string(), ringkasan });
        baru.updated_at = sekarang;
        *self = baru;
        Ok(())
    }

    /// What an SKP needs before it can be submitted.
    pub fn kekurangan(&self) -> Vec<(&'static str, &'static str)> {
        let mut k = Vec::new();
        if !self.rhk.iter().any(|r| r.jenis == JenisRhk::Utama) {
            k.push(("belum ada RHK utama", "no core RHK yet"));
        }
        if self.rhk.iter().any(|r| r.uraian.trim().is_empty()) {
            k.push(("ada RHK tanpa uraian", "an RHK has no description"));
        }
        if self.rhk.iter().any(|r| r.indikator.is_empty()) {
            k.push(("ada RHK tanpa indikator", "an RHK has no indicator"));
        }
        if self.rhk.iter().flat_map(|r| &r.indikator).any(|i| i.indikator.trim().is_empty()) {
            k.push(("ada indikator tanpa uraian", "an indicator has no description"));
        }
        if self.penilai.as_ref().is_none_or(|p| p.nama.trim().is_empty()) {
            k.push(("pejabat penilai belum diisi", "no appraising official"));
        }
        k
    }

    pub fn ajukan(&mut self, sekarang: Stempel) -> Result<(), GalatSkp> {
        if self.status != StatusSkp::Draf {
            return Err(GalatSkp::StatusTidakSesuai { dari: self.status });
        }
        let k = self.kekurangan();
        if !k.is_empty() {
            return Err(GalatSkp::BelumLengkap(k));
        }
        self.status = StatusSkp::Diajukan;
        self.updated_at = sekarang;
        Ok(())
    }

    /// The penilai returns a submitted SKP to draft.
    pub fn kembalikan(&mut self, sekarang: Stempel) -> Result<(), GalatSkp> {
        if self.status != StatusSkp::Diajukan {
            return Err(GalatSkp::StatusTidakSesuai { dari: self.status });
        }
        self.status = StatusSkp::Draf;
        self.updated_at = sekarang;
        Ok(())
    }

    pub fn setujui(&mut self, tanggal: Tanggal, sekarang: Stempel) -> Result<(), GalatSkp> {
        if self.status != StatusSkp::Diajukan {
            return Err(GalatSkp::StatusTidakSesuai { dari: self.status });
        }
        self.status = StatusSkp::Disetujui;
        self.disetujui_pada = Some(tanggal);
        self.updated_at = sekarang;
        Ok(())
    }

    /// The fields a change can never touch: who and when it is, its status and its history.
    fn jaga_identitas(&mut self, sebelum: &Skp) {
        self.id = sebelum.id.clone();
        self.pegawai = sebelum.pegawai.clone();
        self.created_at = sebelum.created_at;
        self.dihapus_pada = sebelum.dihapus_pada;
        self.status = sebelum.status;
        self.disetujui_pada = sebelum.disetujui_pada;
        self.perubahan = sebelum.perubahan.clone();
        self.updated_at = sebelum.updated_at;
    }

    /// Next year's draft from this one: same RHK, indicators, perilaku expectations and
    /// lampiran with new ids, fresh snapshots, and no link to last year's leader RHK (it
    /// belonged to last year's SKP of the penilai).
    pub fn salin_ke_tahun(
        &self,
        tahun: i32,
        baru_id: &mut impl FnMut() -> Id,
        p: &Pegawai,
        pegawai: &[Pegawai],
        units: &[UnitKerja],
        sekarang: Stempel,
    ) -> Skp {
        let mut s = Skp::baru(baru_id(), p, tahun, pegawai, units, sekarang);
        s.pendekatan = self.pendekatan;
        s.jpt = self.jpt;
        s.rhk = salin_rhk(&self.rhk, baru_id);
        s.perilaku = self.perilaku.clone();
        s.lampiran = self.lampiran.clone();
        s
    }

    pub fn cari_rhk(&self, id: &Id) -> Option<&Rhk> {
        self.rhk.iter().find(|r| &r.id == id)
    }
}

/// RHK copied with new ids for the RHK and their indicators, without leader links.
pub fn salin_rhk(rhk: &[Rhk], baru_id: &mut impl FnMut() -> Id) -> Vec<Rhk> {
    rhk.iter()
        .map(|r| Rhk {
            id: baru_id(),
            jenis: r.jenis,
            uraian: r.uraian.clone(),
            rhk_pimpinan: None,
            perspektif: r.perspektif,
            indikator: r
                .indikator
                .iter()
                .map(|i| Iki {
                    id: baru_id(),
                    aspek: i.aspek,
                    indikator: i.indikator.clone(),
                    target: i.target.clone(),
                })
                .collect(),
        })
        .collect()
}

/// Proposed pejabat penilai and atasan pejabat penilai for `p`: walking up from `p`'s unit,
/// the nearest active holder of a managerial post senior enough for `p`'s jabatan
/// (rules::penilai), the least senior such holder in the nearest unit first; then the same
/// for the penilai.
pub fn usul_penilai<'a>(
    p: &Pegawai,
    pegawai: &'a [Pegawai],
    units: &[UnitKerja],
) -> (Option<&'a Pegawai>, Option<&'a Pegawai>) {
    let penilai = cari_atasan(p, pegawai, units);
    let atasan = penilai.and_then(|x| cari_atasan(x, pegawai, units));
    (penilai, atasan)
}

fn cari_atasan<'a>(p: &Pegawai, pegawai: &'a [Pegawai], units: &[UnitKerja]) -> Option<&'a Pegawai> {
    let j = p.jabatan_terakhir()?;
    let minimal = penilai::penilai_minimal(j.jenis, j.jenjang)?;
    let mut unit = p.unit_kerja.clone();
    let mut langkah = 0;
    while let Some(u) = unit {
        let calon = pegawai
            .iter()
            .filter(|x| x.aktif() && x.id != p.id && x.unit_kerja.as_ref() == Some(&u))
            .filter_map(|x| x.jabatan_terakhir().map(|j| (x, j.jenis)))
            .filter(|(_, jenis)| penilai::cukup_tinggi(*jenis, minimal))
            // The least senior qualifying post is the direct supervisor.
            .max_by_key(|(_, jenis)| *jenis);
        if let Some((x, _)) = calon {
            return Some(x);
        }
        unit = units.iter().find(|x| x.id == u).and_then(|x| x.induk.clone());
        langkah += 1;
        if langkah > units.len() {
            break;
        }
    }
    None
}

/// The lines of an amendment summary: how each begins (or reads whole) in Bahasa Indonesia,
/// as stored in the SKP, and in English, as shown when the page is in English. The summary is
/// written from these, and [`ringkasan_en`] reads it back through them, so the two cannot drift.
const PENDEKATAN: (&str, &str) = ("Pendekatan: ", "Approach: ");
const PENILAI: (&str, &str) = ("Pejabat penilai: ", "Appraiser: ");
const ATASAN_PENILAI: (&str, &str) = ("Atasan pejabat penilai: ", "Appraiser's superior: ");
const RHK_DIHAPUS: (&str, &str) = ("RHK dihapus: ", "RHK removed: ");
const RHK_DIUBAH: (&str, &str) = ("RHK diubah: ", "RHK changed: ");
const RHK_DIUBAH_IKI: (&str, &str) = ("RHK diubah (indikator/target): ", "RHK changed (indicators/targets): ");
const RHK_DITAMBAH: (&str, &str) = ("RHK ditambah: ", "RHK added: ");
const EKSPEKTASI: [(&str, &str); 2] =
    [("Ekspektasi khusus pimpinan (", ") diubah"), ("Leader's specific expectation (", ") changed")];
const LAMPIRAN: (&str, &str) = ("Lampiran diubah", "Attachment changed");
const PERIODE: (&str, &str) = ("Periode atau jenis SKP diubah", "Period or type of SKP changed");
const PANAH: &str = " → ";

/// What changed between two versions of an SKP, one line per change, in Bahasa Indonesia (as
/// it is kept with the SKP; [`ringkasan_en`] gives each line in English).
pub fn ringkas_perubahan(a: &Skp, b: &Skp) -> Vec<String> {
    let mut r = Vec::new();
    if a.pendekatan != b.pendekatan {
        r.push(format!("{}{}{PANAH}{}", PENDEKATAN.0, a.pendekatan.label_id(), b.pendekatan.label_id()));
    }
    let nama = |c: &Option<Cuplikan>| c.as_ref().map(|c| c.nama.clone()).unwrap_or_else(|| "—".into());
    if a.penilai != b.penilai {
        r.push(format!("{}{}{PANAH}{}", PENILAI.0, nama(&a.penilai), nama(&b.penilai)));
    }
    if a.atasan_penilai != b.atasan_penilai {
        r.push(format!("{}{}{PANAH}{}", ATASAN_PENILAI.0, nama(&a.atasan_penilai), nama(&b.atasan_penilai)));
    }
    for x in &a.rhk {
        match b.cari_rhk(&x.id) {
            None => r.push(format!("{}{}", RHK_DIHAPUS.0, x.uraian)),
            Some(y) if y != x => {
                if x.uraian != y.uraian {
                    r.push(format!("{}{}{PANAH}{}", RHK_DIUBAH.0, x.uraian, y.uraian));
                } else {
                    r.push(format!("{}{}", RHK_DIUBAH_IKI.0, y.uraian));
                }
            }
            Some(_) => {}
        }
    }
    for y in b.rhk.iter().filter(|y| a.cari_rhk(&y.id).is_none()) {
        r.push(format!("{}{}", RHK_DITAMBAH.0, y.uraian));
    }
    for (x, y) in a.perilaku.iter().zip(&b.perilaku) {
        if x.ekspektasi_khusus != y.ekspektasi_khusus {
            r.push(format!("{}{}{}", EKSPEKTASI[0].0, y.nilai.uraian().nama, EKSPEKTASI[0].1));
        }
    }
    if a.lampiran != b.lampiran {
        r.push(LAMPIRAN.0.into());
    }
    if a.periode != b.periode || a.jpt != b.jpt {
        r.push(PERIODE.0.into());
    }
    r
}

/// A line of [`ringkas_perubahan`] in English: the fixed words translated, the approach and the
/// BerAKHLAK value by their English names, what people wrote (RHK, names) as written. A line
/// it does not know (written by a later version) is returned as stored.
pub fn ringkasan_en(baris: &str) -> String {
    if let Some(sisa) = baris.strip_prefix(PENDEKATAN.0) {
        let en = |label: &str| {
            Pendekatan::SEMUA.iter().find(|p| p.label_id() == label).map_or(label.to_string(), |p| p.label_en().into())
        };
        if let Some((dari, ke)) = sisa.split_once(PANAH) {
            return format!("{}{}{PANAH}{}", PENDEKATAN.1, en(dari), en(ke));
        }
    }
    for (id, en) in [PENILAI, ATASAN_PENILAI, RHK_DIHAPUS, RHK_DIUBAH_IKI, RHK_DIUBAH, RHK_DITAMBAH] {
        if let Some(sisa) = baris.strip_prefix(id) {
            return format!("{en}{sisa}");
        }
    }
    if let Some(nama) = baris.strip_prefix(EKSPEKTASI[0].0).and_then(|s| s.strip_suffix(EKSPEKTASI[0].1)) {
        let nama =
            NilaiBerakhlak::SEMUA.iter().map(|n| n.uraian()).find(|u| u.nama == nama).map_or(nama, |u| u.nama_en);
        return format!("{}{nama}{}", EKSPEKTASI[1].0, EKSPEKTASI[1].1);
    }
    for (id, en) in [LAMPIRAN, PERIODE] {
        if baris == id {
            return en.into();
        }
    }
    baris.to_string()
}
