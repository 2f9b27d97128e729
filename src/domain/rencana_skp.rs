//! Planning SKP (PermenPANRB 6/2022; asn-rules.md §1.2; issue 4 §1): the rules behind the SKP
//! pages that are not about one SKP's life cycle (that is `skp.rs`).
//!
//! - The year's overview: each active pegawai with their SKP of the year, the earlier SKP to
//!   copy from, and the annual predikat once the final evaluation has both ratings.
//! - Bulk planning from a template: the pegawai holding the same jabatan who have no SKP yet,
//!   and their drafts with the template's RHK.
//! - Cascading: the penilai's SKP of the same year whose RHK a subordinate's RHK may name
//!   ("RHK pimpinan yang diintervensi"), and links that no longer point anywhere.
//! - Editing helpers: grouping of RHK as printed (A. UTAMA / B. TAMBAHAN, and for SKP JPT by
//!   perspektif), moving an RHK or indicator up and down, a new RHK or indicator, target kinds,
//!   numbers typed the Indonesian way, and the lampiran's one-item-per-line lists.

use super::evaluasi::EvaluasiKinerja;
use super::id::Id;
use super::instansi::PeriodeEvaluasi;
use super::pegawai::{Pegawai, UnitKerja};
use super::periode::{periode_tahun, Jangka, Periode};
use super::skp::{salin_rhk, Aspek, Iki, JenisRhk, Pendekatan, Perspektif, Rhk, Skp, StatusSkp, Target};
use super::tanggal::{Stempel, Tanggal};
use crate::rules::kinerja::SelMatriks;
use std::collections::HashMap;

// ---------------------------------------------------------------------------------------------
// The year's overview
// ---------------------------------------------------------------------------------------------

/// One pegawai in the planning overview of a year.
#[derive(Clone, Debug)]
pub struct BarisRencana<'a> {
    pub pegawai: &'a Pegawai,
    /// The SKP of the year, if there is one.
    pub skp: Option<&'a Skp>,
    /// The latest SKP of an earlier year (what "Salin dari SKP {tahun}" copies), only when
    /// there is no SKP for the year yet.
    pub sebelumnya: Option<&'a Skp>,
    /// The annual predikat: the final (tahunan) evaluation of the year's SKP, once both
    /// ratings are set (asn-rules.md §1.10).
    pub predikat_tahunan: Option<SelMatriks>,
}

/// A status filter of the overview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaringStatus {
    /// No SKP for the year yet.
    BelumAda,
    Status(StatusSkp),
}

impl SaringStatus {
    pub const SEMUA: [SaringStatus; 4] = [
        SaringStatus::BelumAda,
        SaringStatus::Status(StatusSkp::Draf),
        SaringStatus::Status(StatusSkp::Diajukan),
        SaringStatus::Status(StatusSkp::Disetujui),
    ];
    pub fn kode(self) -> &'static str {
        match self {
            SaringStatus::BelumAda => "belum-ada",
            SaringStatus::Status(s) => s.kode(),
        }
    }
    pub fn parse(s: &str) -> Option<SaringStatus> {
        Self::SEMUA.into_iter().find(|x| x.kode() == s)
    }
    pub fn label_id(self) -> &'static str {
        match self {
            SaringStatus::BelumAda => "Belum ada SKP",
            SaringStatus::Status(s) => s.label_id(),
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            SaringStatus::BelumAda => "No SKP yet",
            SaringStatus::Status(s) => s.label_en(),
        }
    }
}

impl BarisRencana<'_> {
    /// Whether the row passes the filters: the pegawai's unit among `unit` (a unit and its
    /// sub-units; `None` = every unit) and the SKP status.
    pub fn cocok(&self, unit: Option<&[Id]>, status: Option<SaringStatus>) -> bool {
        let unit_ok = unit.is_none_or(|ids| self.pegawai.unit_kerja.as_ref().is_some_and(|u| ids.contains(u)));
        let status_ok = match status {
            None => true,
            Some(SaringStatus::BelumAda) => self.skp.is_none(),
            Some(SaringStatus::Status(s)) => self.skp.is_some_and(|x| x.status == s),
        };
        unit_ok && status_ok
    }
}

/// Every active pegawai with their SKP of `tahun` (one per pegawai and year; should a merge
/// ever leave two, the newest wins), in the order of `pegawai`.
pub fn baris_rencana<'a>(
    pegawai: &'a [Pegawai],
    skp: &'a [Skp],
    evaluasi: &[EvaluasiKinerja],
    tahun: i32,
) -> Vec<BarisRencana<'a>> {
    let mut tahun_ini: HashMap<&Id, &Skp> = HashMap::new();
    let mut sebelumnya: HashMap<&Id, &Skp> = HashMap::new();
    for s in skp.iter().filter(|s| s.aktif()) {
        if s.tahun == tahun {
            let e = tahun_ini.entry(&s.pegawai).or_insert(s);
            if s.updated_at > e.updated_at {
                *e = s;
            }
        } else if s.tahun < tahun {
            let e = sebelumnya.entry(&s.pegawai).or_insert(s);
            if (s.tahun, s.updated_at) > (e.tahun, e.updated_at) {
                *e = s;
            }
        }
    }
    let mut tahunan: HashMap<&Id, &EvaluasiKinerja> = HashMap::new();
    for e in evaluasi.iter().filter(|e| e.dihapus_pada.is_none() && e.periode == Periode::Tahunan) {
        let x = tahunan.entry(&e.skp).or_insert(e);
        if e.updated_at > x.updated_at {
            *x = e;
        }
    }
    pegawai
        .iter()
        .filter(|p| p.aktif())
        .map(|p| {
            let s = tahun_ini.get(&p.id).copied();
            BarisRencana {
                pegawai: p,
                skp: s,
                sebelumnya: if s.is_none() { sebelumnya.get(&p.id).copied() } else { None },
                predikat_tahunan: s.and_then(|s| tahunan.get(&s.id)).and_then(|e| e.predikat()),
            }
        })
        .collect()
}

/// Counts for the overview's summary line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HitunganRencana {
    pub pegawai: usize,
    pub belum_ada: usize,
    pub draf: usize,
    pub diajukan: usize,
    pub disetujui: usize,
}

pub fn hitung_rencana<'a, 'b: 'a>(baris: impl IntoIterator<Item = &'a BarisRencana<'b>>) -> HitunganRencana {
    let mut h = HitunganRencana::default();
    for b in baris {
        h.pegawai += 1;
        match b.skp.map(|s| s.status) {
            None => h.belum_ada += 1,
            Some(StatusSkp::Draf) => h.draf += 1,
            Some(StatusSkp::Diajukan) => h.diajukan += 1,
            Some(StatusSkp::Disetujui) => h.disetujui += 1,
        }
    }
    h
}

/// The years offered by the year selector: every year with an SKP, this year and the next,
/// newest first.
pub fn tahun_pilihan(skp: &[Skp], tahun_ini: i32) -> Vec<i32> {
    let mut v: Vec<i32> = skp.iter().filter(|s| s.aktif()).map(|s| s.tahun).collect();
    v.extend([tahun_ini, tahun_ini + 1]);
    v.sort_unstable_by(|a, b| b.cmp(a));
    v.dedup();
    v
}

/// The evaluation period "now" for an SKP of `tahun`: the period containing `hari` in the
/// current year, the annual one for a past year, the first period for a future year.
pub fn periode_berjalan(f: PeriodeEvaluasi, tahun: i32, hari: Tanggal) -> Periode {
    let semua = periode_tahun(f);
    if tahun < hari.tahun() {
        return Periode::Tahunan;
    }
    semua
        .iter()
        .copied()
        .filter(|p| *p != Periode::Tahunan)
        .find(|p| tahun > hari.tahun() || p.jangka(tahun).memuat(hari))
        .unwrap_or(Periode::Tahunan)
}

// ---------------------------------------------------------------------------------------------
// Bulk planning from a template
// ---------------------------------------------------------------------------------------------

/// Two jabatan names are the same one when they differ only in case and spacing.
pub fn jabatan_sama(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    !a.trim().is_empty() && norm(a) == norm(b)
}

/// The active pegawai whose current jabatan has the template's jabatan name (as it was on
/// the template, with jenjang) and who have no SKP for `tahun` yet; not the template's own
/// pegawai. In the order of `pegawai`.
pub fn calon_templat<'a>(templat: &Skp, pegawai: &'a [Pegawai], skp: &[Skp], tahun: i32) -> Vec<&'a Pegawai> {
    let sudah: std::collections::HashSet<&Id> =
        skp.iter().filter(|s| s.aktif() && s.tahun == tahun).map(|s| &s.pegawai).collect();
    pegawai
        .iter()
        .filter(|p| p.aktif() && p.id != templat.pegawai && !sudah.contains(&p.id))
        .filter(|p| p.jabatan_terakhir().is_some_and(|j| jabatan_sama(&j.nama_lengkap(), &templat.dinilai.jabatan)))
        .collect()
}

/// New drafts of `tahun` for `untuk`, each with its own proposed penilai (`Skp::baru`) and the
/// template's approach and RHK with new ids. A link to a leader's RHK is kept only where it
/// still holds: same year and same penilai as the template; elsewhere it belonged to another
/// leader's SKP and is dropped.
#[allow(clippy::too_many_arguments)]
pub fn buat_dari_templat(
    templat: &Skp,
    untuk: &[&Pegawai],
    tahun: i32,
    baru_id: &mut impl FnMut() -> Id,
    pegawai: &[Pegawai],
    units: &[UnitKerja],
    sekarang: Stempel,
) -> Vec<Skp> {
    let penilai_templat = templat.penilai.as_ref().and_then(|c| c.pegawai.as_ref());
    untuk
        .iter()
        .map(|p| {
            let mut s = Skp::baru(baru_id(), p, tahun, pegawai, units, sekarang);
            s.pendekatan = templat.pendekatan;
            s.rhk = salin_rhk(&templat.rhk, baru_id);
            let penilai_sama =
                penilai_templat.is_some() && s.penilai.as_ref().and_then(|c| c.pegawai.as_ref()) == penilai_templat;
            if templat.tahun == tahun && penilai_sama {
                for (baru, lama) in s.rhk.iter_mut().zip(&templat.rhk) {
                    baru.rhk_pimpinan = lama.rhk_pimpinan.clone();
                }
            }
            s
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Cascading
// ---------------------------------------------------------------------------------------------

/// Where the "RHK pimpinan yang diintervensi" of an SKP come from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SumberRhkPimpinan<'a> {
    /// No pejabat penilai yet.
    TanpaPenilai,
    /// The penilai is outside the register (a bupati, say): no SKP of theirs here.
    PenilaiLuarDaftar,
    /// The penilai has no SKP for the same year in this dataset.
    BelumAdaSkp,
    /// The penilai's SKP of the same year.
    Ada(&'a Skp),
}

/// The penilai's SKP of the same year (asn-rules.md §1.2: a subordinate's RHK intervenes an
/// RHK of the direct supervisor).
pub fn skp_pimpinan<'a>(skp: &Skp, semua: &'a [Skp]) -> SumberRhkPimpinan<'a> {
    let Some(penilai) = &skp.penilai else {
        return SumberRhkPimpinan::TanpaPenilai;
    };
    let Some(id) = &penilai.pegawai else {
        return SumberRhkPimpinan::PenilaiLuarDaftar;
    };
    semua
        .iter()
        .filter(|s| s.aktif() && &s.pegawai == id && s.tahun == skp.tahun && s.id != skp.id)
        .max_by_key(|s| s.updated_at)
        .map_or(SumberRhkPimpinan::BelumAdaSkp, SumberRhkPimpinan::Ada)
}

/// The text of the leader's RHK that `rhk` names, if it can be found.
pub fn uraian_rhk_pimpinan<'a>(skp: &Skp, rhk: &Rhk, semua: &'a [Skp]) -> Option<&'a str> {
    let id = rhk.rhk_pimpinan.as_ref()?;
    match skp_pimpinan(skp, semua) {
        SumberRhkPimpinan::Ada(p) => p.cari_rhk(id).map(|r| r.uraian.as_str()),
        _ => None,
    }
}

/// The RHK whose leader link points to nothing in the penilai's SKP of the year (the penilai
/// changed, or the leader removed that RHK).
pub fn tautan_pimpinan_hilang(skp: &Skp, semua: &[Skp]) -> Vec<Id> {
    let pimpinan = match skp_pimpinan(skp, semua) {
        SumberRhkPimpinan::Ada(p) => Some(p),
        _ => None,
    };
    skp.rhk
        .iter()
        .filter(|r| r.rhk_pimpinan.as_ref().is_some_and(|id| pimpinan.is_none_or(|p| p.cari_rhk(id).is_none())))
        .map(|r| r.id.clone())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// RHK as grouped on the form
// ---------------------------------------------------------------------------------------------

/// One group of RHK as on the form: A. UTAMA / B. TAMBAHAN, and in an SKP JPT the utama ones
/// by perspektif.
#[derive(Clone, Debug, PartialEq)]
pub struct KelompokRhk<'a> {
    pub jenis: JenisRhk,
    /// Only in an SKP JPT. `None` there for utama RHK without a perspektif yet.
    pub perspektif: Option<Perspektif>,
    /// With their number within the jenis (1, 2, … across the perspektif groups).
    pub rhk: Vec<(usize, &'a Rhk)>,
}

/// The groups in print order. A non-JPT SKP has two (utama, tambahan), always present; an
/// SKP JPT has the four perspektif of the utama ones (always present), then utama RHK without
/// a perspektif (only when there are some), then tambahan.
pub fn kelompok_rhk(skp: &Skp) -> Vec<KelompokRhk<'_>> {
    let mut v = Vec::new();
    for jenis in [JenisRhk::Utama, JenisRhk::Tambahan] {
        let semua: Vec<&Rhk> = skp.rhk.iter().filter(|r| r.jenis == jenis).collect();
        if skp.jpt && jenis == JenisRhk::Utama {
            let mut urut: Vec<(Option<Perspektif>, Vec<&Rhk>)> = Perspektif::SEMUA
                .into_iter()
                .map(|p| (Some(p), semua.iter().copied().filter(|r| r.perspektif == Some(p)).collect()))
                .collect();
            let tanpa: Vec<&Rhk> = semua.iter().copied().filter(|r| r.perspektif.is_none()).collect();
            if !tanpa.is_empty() {
                urut.push((None, tanpa));
            }
            let mut n = 0;
            for (perspektif, rhk) in urut {
                let rhk = rhk
                    .into_iter()
                    .map(|r| {
                        n += 1;
                        (n, r)
                    })
                    .collect();
                v.push(KelompokRhk { jenis, perspektif, rhk });
            }
        } else {
            v.push(KelompokRhk {
                jenis,
                perspektif: None,
                rhk: semua.into_iter().enumerate().map(|(i, r)| (i + 1, r)).collect(),
            });
        }
    }
    v
}

/// The group an RHK belongs to on the form (see [`kelompok_rhk`]).
fn kunci_kelompok(r: &Rhk, jpt: bool) -> (JenisRhk, Option<Perspektif>) {
    if jpt && r.jenis == JenisRhk::Utama {
        (r.jenis, r.perspektif)
    } else {
        (r.jenis, None)
    }
}

/// Moves RHK `id` one place up (`naik`) or down within its group; `false` when it is already
/// first/last there or not found.
pub fn geser_rhk(rhk: &mut [Rhk], id: &Id, naik: bool, jpt: bool) -> bool {
    let Some(i) = rhk.iter().position(|r| &r.id == id) else {
        return false;
    };
    let kunci = kunci_kelompok(&rhk[i], jpt);
    let tetangga = if naik {
        (0..i).rev().find(|&j| kunci_kelompok(&rhk[j], jpt) == kunci)
    } else {
        (i + 1..rhk.len()).find(|&j| kunci_kelompok(&rhk[j], jpt) == kunci)
    };
    match tetangga {
        Some(j) => {
            rhk.swap(i, j);
            true
        }
        None => false,
    }
}

/// Moves indicator `id` one place up or down; `false` at the edge or when not found.
pub fn geser_iki(iki: &mut [Iki], id: &Id, naik: bool) -> bool {
    let Some(i) = iki.iter().position(|x| &x.id == id) else {
        return false;
    };
    let j = if naik { i.checked_sub(1) } else { Some(i + 1).filter(|&j| j < iki.len()) };
    match j {
        Some(j) => {
            iki.swap(i, j);
            true
        }
        None => false,
    }
}

/// A new indicator for `rhk`: in the quantitative approach with the first aspek the RHK does
/// not have yet (kuantitas, kualitas, waktu, biaya), a number target; in the qualitative one
/// without aspek, a text target.
pub fn iki_baru(id: Id, rhk: &Rhk, pendekatan: Pendekatan) -> Iki {
    match pendekatan {
        Pendekatan::Kuantitatif => {
            let aspek = Aspek::SEMUA.into_iter().find(|a| !rhk.indikator.iter().any(|i| i.aspek == Some(*a)));
            Iki {
                id,
                aspek: Some(aspek.unwrap_or(Aspek::Kuantitas)),
                indikator: String::new(),
                target: Target::Angka { nilai: 0.0, satuan: String::new() },
            }
        }
        Pendekatan::Kualitatif => {
            Iki { id, aspek: None, indikator: String::new(), target: Target::Teks(String::new()) }
        }
    }
}

/// A new RHK with one indicator.
pub fn rhk_baru(id: Id, id_iki: Id, jenis: JenisRhk, perspektif: Option<Perspektif>, pendekatan: Pendekatan) -> Rhk {
    let mut r = Rhk { id, jenis, uraian: String::new(), rhk_pimpinan: None, perspektif, indikator: Vec::new() };
    r.indikator.push(iki_baru(id_iki, &r, pendekatan));
    r
}

/// The target as the other kind: a number becomes its text (`2 dokumen`); a text becomes a
/// number when it starts with one (`2 dokumen` → 2 + `dokumen`), else 0 with the text as unit
/// left empty so nothing typed is silently read as a unit.
pub fn ganti_jenis_target(t: &Target, angka: bool) -> Target {
    match (t, angka) {
        (Target::Angka { .. }, true) | (Target::Teks(_), false) => t.clone(),
        (Target::Angka { .. }, false) => Target::Teks(t.tampil(',')),
        (Target::Teks(s), true) => {
            let s = s.trim();
            let akhir = s.find(char::is_whitespace).unwrap_or(s.len());
            match baca_angka(&s[..akhir]) {
                Some(nilai) => Target::Angka { nilai, satuan: s[akhir..].trim().to_string() },
                None => Target::Angka { nilai: 0.0, satuan: String::new() },
            }
        }
    }
}

/// A number as people type it in Indonesia: `2,5` and `1.234,5` (dot groups thousands, comma
/// is the decimal mark); `1.000` is a thousand; `2.5` (a dot not followed by exactly three
/// digits) is read as a decimal point. `None` for anything else or a non-finite number.
pub fn baca_angka(s: &str) -> Option<f64> {
    let s: String = s.trim().chars().filter(|c| !c.is_whitespace()).collect();
    if s.is_empty() {
        return None;
    }
    let (tanda, isi) = match s.strip_prefix('-') {
        Some(r) => (-1.0, r),
        None => (1.0, s.as_str()),
    };
    if isi.is_empty() || !isi.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return None;
    }
    let biasa = if isi.contains(',') {
        if isi.matches(',').count() > 1 || !ribuan_sah(isi.split(',').next().unwrap_or("")) {
            return None;
        }
        isi.replace('.', "").replace(',', ".")
    } else if isi.contains('.') {
        let bagian: Vec<&str> = isi.split('.').collect();
        let pertama_nol = bagian[0].starts_with('0');
        let ribuan = bagian.len() > 2 || (!pertama_nol && bagian[1].len() == 3);
        if ribuan {
            if !ribuan_sah(isi) {
                return None;
            }
            isi.replace('.', "")
        } else {
            isi.to_string()
        }
    } else {
        isi.to_string()
    };
    let n: f64 = biasa.parse().ok()?;
    n.is_finite().then_some(tanda * n)
}

/// `1.234.567` or `1234`: after a first group of one to three digits (not starting with 0),
/// groups of three.
fn ribuan_sah(s: &str) -> bool {
    if !s.contains('.') {
        return true;
    }
    let mut bagian = s.split('.');
    let pertama = bagian.next().unwrap_or("");
    (1..=3).contains(&pertama.len()) && !pertama.starts_with('0') && bagian.all(|b| b.len() == 3)
}

/// A lampiran list from a text area: one item per line, blank lines dropped.
pub fn baris_teks(s: &str) -> Vec<String> {
    s.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect()
}

/// Why a periode penilaian is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GalatPeriode {
    /// A date outside the SKP's year.
    LuarTahun,
    /// The end before the start.
    Terbalik,
}

impl GalatPeriode {
    pub fn pesan_id(self) -> &'static str {
        match self {
            GalatPeriode::LuarTahun => "Periode penilaian harus berada dalam tahun SKP.",
            GalatPeriode::Terbalik => "Tanggal akhir periode tidak boleh sebelum tanggal awal.",
        }
    }
    pub fn pesan_en(self) -> &'static str {
        match self {
            GalatPeriode::LuarTahun => "The appraisal period must lie within the SKP's year.",
            GalatPeriode::Terbalik => "The period cannot end before it starts.",
        }
    }
}

/// The periode penilaian of an SKP of `tahun`: within the year (someone who starts in July
/// has a shorter one), start not after end.
pub fn periode_penilaian(tahun: i32, awal: Tanggal, akhir: Tanggal) -> Result<Jangka, GalatPeriode> {
    if awal.tahun() != tahun || akhir.tahun() != tahun {
        return Err(GalatPeriode::LuarTahun);
    }
    if akhir < awal {
        return Err(GalatPeriode::Terbalik);
    }
    Ok(Jangka { awal, akhir })
}
