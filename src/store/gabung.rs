//! Merging an imported file into the local data (issue 3 §2): every incoming record is matched
//! to the local one by id and classified, the user sees the counts and a field-by-field diff of
//! each conflict, chooses per record or for all, and the result is applied in one step.
//!
//! # The sync base
//! Both sides stamp `updated_at` on every edit, so comparing the two stamps cannot tell
//! "changed there" from "changed here". For every record this browser therefore remembers the
//! `updated_at` of the version last exchanged — exported from here ([`catat_ekspor`]) or
//! imported into here ([`terapkan`]): the point where both sides agreed ([`JejakSinkron`]).
//! A side whose `updated_at` is past that base has changed the record since.
//!
//! # Classification ([`Klasifikasi`]), in this order
//! 1. Not here → `Baru`. A tombstone of a record never seen is stored too, so a later file
//!    that still has the record does not bring it back as new.
//! 2. Identical (as the JSON that travels) → `Sama`.
//! 3. Deleted on both sides → not a question for a person: the later tombstone wins
//!    (`Berubah` if theirs is later, else `LokalLebihBaru`), so both sides converge.
//! 4. No base → `Konflik`: nothing says which side changed.
//! 5. With base `b`: only theirs past `b` → `Berubah` (take theirs); only mine past `b` →
//!    `LokalLebihBaru` (keep mine); both → `Konflik`. Deleted on one side and changed on the
//!    other is a conflict by this same rule, since deleting stamps `updated_at`.
//! 6. Neither past `b` yet different: theirs older than mine → `LokalLebihBaru` (a stale copy:
//!    it predates the version we agreed on); otherwise `Konflik` (an edit within the same
//!    millisecond, a clock set back, or a hand-edited file — a person decides).
//!
//! Records that are only here are left alone: absence from a file is not deletion, only a
//! tombstone deletes.
//!
//! # Applying
//! [`terapkan`] is pure: it returns the new dataset and the collections that changed, and the
//! caller writes them after a backup (`penyimpanan::simpan` writes all or nothing). Taking
//! theirs keeps their `updated_at`, so the next merge sees the two as equal. Keeping mine in a
//! conflict stamps my version past theirs: the choice is a new edit, so when my data goes back
//! to them it is taken there instead of hiding behind their later stamp. Every record in the
//! file gets its `updated_at` recorded as the base — also when it is older than the base
//! already held, because a stale copy shows the other side never got the newer version, and a
//! later edit of theirs must then be a conflict, not a silent overwrite.

use super::dataset::{Dataset, Koleksi, Pengaturan};
use crate::domain::evaluasi::{
    DialogKinerja, EvaluasiKinerja, KinerjaOrganisasi, RealisasiKinerja, UmpanBalikMasyarakat,
};
use crate::domain::id::Id;
use crate::domain::pegawai::{Pegawai, RiwayatJabatan, RiwayatPangkat, RiwayatPendidikan, UnitKerja};
use crate::domain::skp::Skp;
use crate::domain::tanggal::Stempel;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};

// ---------------------------------------------------------------------------------------------
// The sync base
// ---------------------------------------------------------------------------------------------

/// Per collection and record id, the `updated_at` of the version last exported or imported.
/// Kept in this browser only (collection `sinkron`), never in an exchange file. Stored as
/// `{"pegawai": {"<id>": "<RFC 3339>"}, "unit_kerja": {…}}`.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct JejakSinkron {
    #[serde(default)]
    pegawai: BTreeMap<Id, Stempel>,
    #[serde(default)]
    unit_kerja: BTreeMap<Id, Stempel>,
    /// The performance collections (schema 3), keyed by collection name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    kinerja: BTreeMap<String, BTreeMap<Id, Stempel>>,
}

impl JejakSinkron {
    /// Records that both sides now hold the version of `id` stamped `updated_at`. Only the
    /// record collections (pegawai, unit kerja) have a base; other collections are ignored.
    pub fn catat(&mut self, koleksi: Koleksi, id: Id, updated_at: Stempel) {
        if let Some(peta) = self.peta_mut(koleksi) {
            peta.insert(id, updated_at);
        }
    }

    /// The `updated_at` both sides last agreed on, if the record was ever exchanged.
    pub fn basis(&self, koleksi: Koleksi, id: &Id) -> Option<Stempel> {
        self.peta(koleksi)?.get(id).copied()
    }

    /// How many records have a base.
    pub fn jumlah(&self) -> usize {
        self.pegawai.len() + self.unit_kerja.len() + self.kinerja.values().map(BTreeMap::len).sum::<usize>()
    }

    fn peta(&self, koleksi: Koleksi) -> Option<&BTreeMap<Id, Stempel>> {
        match koleksi {
            Koleksi::Pegawai => Some(&self.pegawai),
            Koleksi::UnitKerja => Some(&self.unit_kerja),
            Koleksi::Pengaturan | Koleksi::Sinkron => None,
            k => self.kinerja.get(k.nama()),
        }
    }

    fn peta_mut(&mut self, koleksi: Koleksi) -> Option<&mut BTreeMap<Id, Stempel>> {
        match koleksi {
            Koleksi::Pegawai => Some(&mut self.pegawai),
            Koleksi::UnitKerja => Some(&mut self.unit_kerja),
            Koleksi::Pengaturan | Koleksi::Sinkron => None,
            k => Some(self.kinerja.entry(k.nama().to_string()).or_default()),
        }
    }
}

/// Call after an export has been handed to the user (download started): the receiver now
/// holds these versions, so a later one-sided change of theirs or mine is not a conflict.
/// Pass the records exactly as written to the file. Returns the collection to save.
pub fn catat_ekspor(d: &mut Dataset, m: &Masukan) -> Koleksi {
    fn catat<R: Rekaman>(d: &mut Dataset, rekaman: &[R]) {
        for r in rekaman {
            d.sinkron.catat(R::KOLEKSI, r.id().clone(), r.diubah());
        }
    }
    catat(d, &m.pegawai);
    catat(d, &m.unit_kerja);
    catat(d, &m.skp);
    catat(d, &m.realisasi_kinerja);
    catat(d, &m.evaluasi_kinerja);
    catat(d, &m.dialog_kinerja);
    catat(d, &m.kinerja_organisasi);
    catat(d, &m.umpan_balik_masyarakat);
    Koleksi::Sinkron
}

// ---------------------------------------------------------------------------------------------
// Input, preview, choices
// ---------------------------------------------------------------------------------------------

/// The records of a validated, migrated exchange file. Same fields as the exchange module's
/// `DataBerkas`, which can convert into it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Masukan {
    pub pegawai: Vec<Pegawai>,
    pub unit_kerja: Vec<UnitKerja>,
    /// `None` when the file carries no settings (a slice export).
    pub pengaturan: Option<Pengaturan>,
    pub skp: Vec<Skp>,
    pub realisasi_kinerja: Vec<RealisasiKinerja>,
    pub evaluasi_kinerja: Vec<EvaluasiKinerja>,
    pub dialog_kinerja: Vec<DialogKinerja>,
    pub kinerja_organisasi: Vec<KinerjaOrganisasi>,
    pub umpan_balik_masyarakat: Vec<UmpanBalikMasyarakat>,
}

/// What an incoming record is, compared with the local one (rules in the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Klasifikasi {
    /// Not here yet (including a tombstone of a record never seen).
    Baru,
    /// Changed only on their side since the base: theirs is taken.
    Berubah,
    /// Identical.
    Sama,
    /// Changed only here, or theirs is an older copy: mine stays, nothing to do.
    LokalLebihBaru,
    /// Changed on both sides (or no base to tell): a person chooses.
    Konflik,
}

/// Counts for one collection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Hitungan {
    pub baru: usize,
    pub berubah: usize,
    pub sama: usize,
    pub lokal_lebih_baru: usize,
    pub konflik: usize,
    /// Of `baru`: records that arrive already deleted (stored only as tombstones).
    pub baru_terhapus: usize,
    /// Of `berubah`: active records here that the file deletes (its tombstone is taken).
    pub dihapus: usize,
}

impl Hitungan {
    /// Records in the file for this collection.
    pub fn total(&self) -> usize {
        self.baru + self.berubah + self.sama + self.lokal_lebih_baru + self.konflik
    }

    fn tambah(&mut self, k: Klasifikasi) {
        match k {
            Klasifikasi::Baru => self.baru += 1,
            Klasifikasi::Berubah => self.berubah += 1,
            Klasifikasi::Sama => self.sama += 1,
            Klasifikasi::LokalLebihBaru => self.lokal_lebih_baru += 1,
            Klasifikasi::Konflik => self.konflik += 1,
        }
    }
}

/// One top-level field that differs in a conflict, both sides as short readable text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BedaBidang {
    /// The field's name in the exchange file (`nama`, `riwayat_pangkat`, …), for translation.
    pub bidang: String,
    /// The field for people, in Bahasa Indonesia (`Riwayat pangkat`).
    pub label: String,
    /// Mine.
    pub lokal: String,
    /// Theirs.
    pub masuk: String,
}

/// A record changed on both sides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Konflik {
    pub koleksi: Koleksi,
    pub id: Id,
    /// For people: the pegawai's name with NIP, or the unit's name (as known here).
    pub label: String,
    pub lokal_dihapus: bool,
    pub masuk_dihapus: bool,
    /// The fields that differ, deletion first, the stamps last.
    pub beda: Vec<BedaBidang>,
}

/// What applying a file would do, before anything is applied.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Pratinjau {
    pub pegawai: Hitungan,
    pub unit_kerja: Hitungan,
    /// The performance collections present in the file, in [`Koleksi::KINERJA`] order.
    pub kinerja: Vec<(Koleksi, Hitungan)>,
    /// In collection order (pegawai, then unit kerja), each in file order.
    pub konflik: Vec<Konflik>,
    /// The file carries settings that differ from mine; they are taken only when
    /// [`Keputusan::ambil_pengaturan`] is set.
    pub pengaturan_berbeda: bool,
    /// At most how much the saved data grows when the file is applied, in UTF-16 code units
    /// (×2 for bytes, as browsers count): new records, changed records that grew (taking theirs
    /// in every conflict, and their settings), and new entries of the sync base. For the
    /// storage-room check, without building and writing out the result.
    pub tambahan: usize,
}

impl Pratinjau {
    pub fn hitungan(&self, koleksi: Koleksi) -> Option<&Hitungan> {
        match koleksi {
            Koleksi::Pegawai => Some(&self.pegawai),
            Koleksi::UnitKerja => Some(&self.unit_kerja),
            Koleksi::Pengaturan | Koleksi::Sinkron => None,
            k => self.kinerja.iter().find(|(x, _)| *x == k).map(|(_, h)| h),
        }
    }

    /// Whether applying could change any record (new, changed or conflicting ones).
    pub fn ada_perubahan(&self) -> bool {
        [&self.pegawai, &self.unit_kerja]
            .into_iter()
            .chain(self.kinerja.iter().map(|(_, h)| h))
            .any(|h| h.baru + h.berubah + h.konflik > 0)
    }
}

/// The choice for a conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Pilihan {
    /// Keep my version (the default: nothing here is overwritten unless asked).
    #[default]
    PunyaSaya,
    /// Take the version in the file.
    MilikMereka,
}

/// The user's choices: one for all conflicts, overridden per record. Records are keyed by
/// collection and id, because ids are only promised unique within a collection.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Keputusan {
    pub semua: Pilihan,
    pub per_rekaman: BTreeMap<(Koleksi, Id), Pilihan>,
    /// Take the file's settings (when it has some).
    pub ambil_pengaturan: bool,
}

impl Keputusan {
    /// The same choice for every conflict.
    pub fn untuk_semua(pilihan: Pilihan) -> Keputusan {
        Keputusan { semua: pilihan, ..Keputusan::default() }
    }

    pub fn pilih(&mut self, koleksi: Koleksi, id: Id, pilihan: Pilihan) {
        self.per_rekaman.insert((koleksi, id), pilihan);
    }

    /// The choice in force for one record.
    pub fn untuk(&self, koleksi: Koleksi, id: &Id) -> Pilihan {
        self.per_rekaman.get(&(koleksi, id.clone())).copied().unwrap_or(self.semua)
    }
}

// ---------------------------------------------------------------------------------------------
// Preview and apply
// ---------------------------------------------------------------------------------------------

/// Classifies every record of the file against the local data. Pure; nothing is changed.
pub fn pratinjau(lokal: &Dataset, masuk: &Masukan) -> Pratinjau {
    let kt = Konteks::baru(lokal, masuk);
    let mut konflik = Vec::new();
    let mut t = Tambahan::default();
    let pegawai = pratinjau_koleksi::<Pegawai>(lokal, masuk, &kt, &mut konflik, &mut t);
    let unit_kerja = pratinjau_koleksi::<UnitKerja>(lokal, masuk, &kt, &mut konflik, &mut t);
    let mut kinerja = vec![
        (Koleksi::Skp, pratinjau_koleksi::<Skp>(lokal, masuk, &kt, &mut konflik, &mut t)),
        (Koleksi::RealisasiKinerja, pratinjau_koleksi::<RealisasiKinerja>(lokal, masuk, &kt, &mut konflik, &mut t)),
        (Koleksi::EvaluasiKinerja, pratinjau_koleksi::<EvaluasiKinerja>(lokal, masuk, &kt, &mut konflik, &mut t)),
        (Koleksi::DialogKinerja, pratinjau_koleksi::<DialogKinerja>(lokal, masuk, &kt, &mut konflik, &mut t)),
        (Koleksi::KinerjaOrganisasi, pratinjau_koleksi::<KinerjaOrganisasi>(lokal, masuk, &kt, &mut konflik, &mut t)),
        (
            Koleksi::UmpanBalikMasyarakat,
            pratinjau_koleksi::<UmpanBalikMasyarakat>(lokal, masuk, &kt, &mut konflik, &mut t),
        ),
    ];
    kinerja.retain(|(_, h)| h.total() > 0);
    let pengaturan_berbeda = masuk.pengaturan.as_ref().is_some_and(|p| *p != lokal.pengaturan);
    if let (true, Some(p)) = (pengaturan_berbeda, &masuk.pengaturan) {
        t.ganti(&lokal.pengaturan, p);
    }
    Pratinjau { pegawai, unit_kerja, kinerja, konflik, pengaturan_berbeda, tambahan: t.jumlah }
}

/// Sums [`Pratinjau::tambahan`].
#[derive(Default)]
struct Tambahan {
    jumlah: usize,
}

impl Tambahan {
    /// Code units of `x` as the JSON storage holds, without writing the text anywhere.
    fn panjang<T: Serialize>(&mut self, x: &T) -> usize {
        // `None` cannot happen for these types; never let the estimate come out low.
        super::penyimpanan::panjang_json(x).unwrap_or(usize::MAX / 4)
    }
    /// A new record in a list (with its comma).
    fn baru<T: Serialize>(&mut self, x: &T) {
        let n = self.panjang(x) + 1;
        self.jumlah = self.jumlah.saturating_add(n);
    }
    /// A record replaced by another: only growth counts.
    fn ganti<T: Serialize>(&mut self, lama: &T, baru: &T) {
        let (l, b) = (self.panjang(lama), self.panjang(baru));
        self.jumlah = self.jumlah.saturating_add(b.saturating_sub(l));
    }
    /// A new entry in the sync base: `"<id>":"<RFC 3339>",`.
    fn basis_baru(&mut self, id: &Id, diubah: Stempel) {
        self.jumlah = self.jumlah.saturating_add(id.as_str().len() + diubah.panjang_rfc3339() + 6);
    }
}

/// Applies the file with the user's choices and returns the new dataset and the collections
/// that differ from `lokal` (to be saved together, after a backup). `sekarang` stamps my
/// versions kept in a conflict. Applying the same file again changes nothing.
pub fn terapkan(lokal: &Dataset, masuk: &Masukan, keputusan: &Keputusan, sekarang: Stempel) -> (Dataset, Vec<Koleksi>) {
    let mut hasil = lokal.clone();
    terapkan_koleksi::<Pegawai>(&mut hasil, masuk, keputusan, sekarang);
    terapkan_koleksi::<UnitKerja>(&mut hasil, masuk, keputusan, sekarang);
    terapkan_koleksi::<Skp>(&mut hasil, masuk, keputusan, sekarang);
    terapkan_koleksi::<RealisasiKinerja>(&mut hasil, masuk, keputusan, sekarang);
    terapkan_koleksi::<EvaluasiKinerja>(&mut hasil, masuk, keputusan, sekarang);
    terapkan_koleksi::<DialogKinerja>(&mut hasil, masuk, keputusan, sekarang);
    terapkan_koleksi::<KinerjaOrganisasi>(&mut hasil, masuk, keputusan, sekarang);
    terapkan_koleksi::<UmpanBalikMasyarakat>(&mut hasil, masuk, keputusan, sekarang);
    if keputusan.ambil_pengaturan {
        if let Some(p) = &masuk.pengaturan {
            hasil.pengaturan = p.clone();
        }
    }
    let berubah = |k: Koleksi| match k {
        Koleksi::Pegawai => lokal.pegawai != hasil.pegawai,
        Koleksi::UnitKerja => lokal.unit_kerja != hasil.unit_kerja,
        Koleksi::Pengaturan => lokal.pengaturan != hasil.pengaturan,
        Koleksi::Sinkron => lokal.sinkron != hasil.sinkron,
        Koleksi::Skp => lokal.skp != hasil.skp,
        Koleksi::RealisasiKinerja => lokal.realisasi_kinerja != hasil.realisasi_kinerja,
        Koleksi::EvaluasiKinerja => lokal.evaluasi_kinerja != hasil.evaluasi_kinerja,
        Koleksi::DialogKinerja => lokal.dialog_kinerja != hasil.dialog_kinerja,
        Koleksi::KinerjaOrganisasi => lokal.kinerja_organisasi != hasil.kinerja_organisasi,
        Koleksi::UmpanBalikMasyarakat => lokal.umpan_balik_masyarakat != hasil.umpan_balik_masyarakat,
    };
    let tersentuh = Koleksi::SEMUA.into_iter().filter(|&k| berubah(k)).collect();
    (hasil, tersentuh)
}

fn pratinjau_koleksi<R: Rekaman>(
    lokal: &Dataset,
    masuk: &Masukan,
    kt: &Konteks,
    konflik: &mut Vec<Konflik>,
    t: &mut Tambahan,
) -> Hitungan {
    let milik = R::di(lokal);
    let mut h = Hitungan::default();
    let rencana = rencana(milik, R::di_masukan(masuk), &lokal.sinkron);
    if !rencana.is_empty() {
        // The collection's key and braces, in its list and in the sync base, if it was empty.
        t.jumlah = t.jumlah.saturating_add(2 * (R::KOLEKSI.nama().len() + 6));
    }
    for l in rencana {
        h.tambah(l.jenis);
        let sini = l.lokal.and_then(|i| milik.get(i));
        match (l.jenis, sini) {
            (Klasifikasi::Baru, _) => t.baru(l.masuk),
            (Klasifikasi::Berubah | Klasifikasi::Konflik, Some(s)) => t.ganti(s, l.masuk),
            _ => {}
        }
        if lokal.sinkron.basis(R::KOLEKSI, l.masuk.id()).is_none() {
            t.basis_baru(l.masuk.id(), l.masuk.diubah());
        }
        match (l.jenis, sini) {
            (Klasifikasi::Baru, _) if l.masuk.dihapus_pada().is_some() => h.baru_terhapus += 1,
            (Klasifikasi::Berubah, Some(s)) if s.dihapus_pada().is_none() && l.masuk.dihapus_pada().is_some() => {
                h.dihapus += 1
            }
            (Klasifikasi::Konflik, Some(s)) => konflik.push(Konflik {
                koleksi: R::KOLEKSI,
                id: s.id().clone(),
                label: s.label(),
                lokal_dihapus: s.dihapus_pada().is_some(),
                masuk_dihapus: l.masuk.dihapus_pada().is_some(),
                beda: beda(s, l.masuk, kt),
            }),
            _ => {}
        }
    }
    h
}

fn terapkan_koleksi<R: Rekaman>(hasil: &mut Dataset, masuk: &Masukan, keputusan: &Keputusan, sekarang: Stempel) {
    let langkah = rencana(R::di(hasil), R::di_masukan(masuk), &hasil.sinkron);
    for l in langkah {
        let m = l.masuk;
        let koleksi = R::di_mut(hasil);
        match (l.jenis, l.lokal.and_then(|i| koleksi.get_mut(i))) {
            (Klasifikasi::Baru, _) => koleksi.push(m.clone()),
            (Klasifikasi::Berubah, Some(s)) => *s = m.clone(),
            (Klasifikasi::Konflik, Some(s)) => match keputusan.untuk(R::KOLEKSI, m.id()) {
                Pilihan::MilikMereka => *s = m.clone(),
                Pilihan::PunyaSaya => {
                    // Stamped past theirs so that, once this goes back to them, it is taken
                    // there rather than read as an older copy (module docs, "Applying").
                    let cap = sekarang.max(s.diubah()).max(Stempel(m.diubah().0.saturating_add(1)));
                    s.cap_diubah(cap);
                }
            },
            _ => {}
        }
        hasil.sinkron.catat(R::KOLEKSI, m.id().clone(), m.diubah());
    }
}

/// One incoming record with its local counterpart (index) and classification.
struct Langkah<'m, R> {
    lokal: Option<usize>,
    masuk: &'m R,
    jenis: Klasifikasi,
}

fn rencana<'m, R: Rekaman>(lokal: &[R], masuk: &'m [R], jejak: &JejakSinkron) -> Vec<Langkah<'m, R>> {
    let mut indeks: HashMap<&Id, usize> = HashMap::with_capacity(lokal.len());
    for (i, r) in lokal.iter().enumerate() {
        indeks.entry(r.id()).or_insert(i);
    }
    // A validated file has no duplicate ids; should one slip through, its first record counts.
    let mut dilihat: HashSet<&Id> = HashSet::with_capacity(masuk.len());
    masuk
        .iter()
        .filter(|m| dilihat.insert(m.id()))
        .map(|m| {
            let i = indeks.get(m.id()).copied();
            let jenis = klasifikasi(i.and_then(|i| lokal.get(i)), m, jejak.basis(R::KOLEKSI, m.id()));
            Langkah { lokal: i, masuk: m, jenis }
        })
        .collect()
}

fn klasifikasi<R: Rekaman>(lokal: Option<&R>, masuk: &R, basis: Option<Stempel>) -> Klasifikasi {
    let Some(lokal) = lokal else {
        return Klasifikasi::Baru;
    };
    if sama_isi(lokal, masuk) {
        return Klasifikasi::Sama;
    }
    let (l, m) = (lokal.diubah(), masuk.diubah());
    if lokal.dihapus_pada().is_some() && masuk.dihapus_pada().is_some() {
        return if m > l { Klasifikasi::Berubah } else { Klasifikasi::LokalLebihBaru };
    }
    let Some(b) = basis else {
        return Klasifikasi::Konflik;
    };
    match (l > b, m > b) {
        (false, true) => Klasifikasi::Berubah,
        (true, false) => Klasifikasi::LokalLebihBaru,
        (true, true) => Klasifikasi::Konflik,
        (false, false) if m < l => Klasifikasi::LokalLebihBaru,
        (false, false) => Klasifikasi::Konflik,
    }
}

/// Equal as the JSON that travels. The derived equality settles the common case quickly.
fn sama_isi<R: Rekaman>(a: &R, b: &R) -> bool {
    a == b || matches!((serde_json::to_value(a), serde_json::to_value(b)), (Ok(x), Ok(y)) if x == y)
}

// ---------------------------------------------------------------------------------------------
// The two record collections
// ---------------------------------------------------------------------------------------------

trait Rekaman: Clone + PartialEq + Serialize {
    const KOLEKSI: Koleksi;
    /// The fields in the order a diff shows them; fields not listed come after, by name.
    const URUTAN: &'static [&'static str];
    fn di(d: &Dataset) -> &Vec<Self>;
    fn di_mut(d: &mut Dataset) -> &mut Vec<Self>;
    fn di_masukan(m: &Masukan) -> &[Self];
    fn id(&self) -> &Id;
    fn diubah(&self) -> Stempel;
    fn cap_diubah(&mut self, s: Stempel);
    fn dihapus_pada(&self) -> Option<Stempel>;
    fn label(&self) -> String;
    fn label_bidang(bidang: &str) -> Option<&'static str>;
    /// Both sides of a differing field as text; `None` for the generic rendering.
    fn tampil_beda(lokal: &Self, masuk: &Self, bidang: &str, kt: &Konteks) -> Option<(String, String)>;
}

impl Rekaman for Pegawai {
    const KOLEKSI: Koleksi = Koleksi::Pegawai;
    const URUTAN: &'static [&'static str] = &[
        "dihapus_pada",
        "nip",
        "nik",
        "nama",
        "gelar_depan",
        "gelar_belakang",
        "tempat_lahir",
        "tanggal_lahir",
        "jenis_kelamin",
        "status",
        "unit_kerja",
        "riwayat_pangkat",
        "riwayat_jabatan",
        "riwayat_pendidikan",
        "created_at",
        "updated_at",
    ];
    fn di(d: &Dataset) -> &Vec<Self> {
        &d.pegawai
    }
    fn di_mut(d: &mut Dataset) -> &mut Vec<Self> {
        &mut d.pegawai
    }
    fn di_masukan(m: &Masukan) -> &[Self] {
        &m.pegawai
    }
    fn id(&self) -> &Id {
        &self.id
    }
    fn diubah(&self) -> Stempel {
        self.updated_at
    }
    fn cap_diubah(&mut self, s: Stempel) {
        self.updated_at = s;
    }
    fn dihapus_pada(&self) -> Option<Stempel> {
        self.dihapus_pada
    }
    fn label(&self) -> String {
        format!("{} ({} {})", self.nama_lengkap(), self.nip.jenis().label(), self.nip.tampil())
    }
    fn label_bidang(bidang: &str) -> Option<&'static str> {
        Some(match bidang {
            "nip" => "NIP / NI PPPK",
            "nik" => "NIK",
            "nama" => "Nama",
            "gelar_depan" => "Gelar depan",
            "gelar_belakang" => "Gelar belakang",
            "tempat_lahir" => "Tempat lahir",
            "tanggal_lahir" => "Tanggal lahir",
            "jenis_kelamin" => "Jenis kelamin",
            "status" => "Status kepegawaian",
            "unit_kerja" => "Unit kerja",
            "riwayat_pangkat" => "Riwayat pangkat",
            "riwayat_jabatan" => "Riwayat jabatan",
            "riwayat_pendidikan" => "Riwayat pendidikan",
            _ => return None,
        })
    }
    fn tampil_beda(a: &Self, b: &Self, bidang: &str, kt: &Konteks) -> Option<(String, String)> {
        let dua = |f: &dyn Fn(&Pegawai) -> String| Some((f(a), f(b)));
        match bidang {
            "nip" => dua(&|p| p.nip.tampil()),
            "nik" => dua(&|p| p.nik.as_ref().map_or_else(kosong, |n| n.tampil())),
            "nama" => dua(&|p| teks(&p.nama)),
            "gelar_depan" => dua(&|p| teks(&p.gelar_depan)),
            "gelar_belakang" => dua(&|p| teks(&p.gelar_belakang)),
            "tempat_lahir" => dua(&|p| teks(&p.tempat_lahir)),
            "tanggal_lahir" => dua(&|p| p.tanggal_lahir.format_panjang()),
            "jenis_kelamin" => dua(&|p| p.jenis_kelamin.label_id().to_string()),
            "status" => dua(&|p| p.status.kode().to_string()),
            "unit_kerja" => dua(&|p| kt.nama_unit(p.unit_kerja.as_ref())),
            "riwayat_pangkat" => Some(beda_riwayat(&a.riwayat_pangkat, &b.riwayat_pangkat)),
            "riwayat_jabatan" => Some(beda_riwayat(&a.riwayat_jabatan, &b.riwayat_jabatan)),
            "riwayat_pendidikan" => Some(beda_riwayat(&a.riwayat_pendidikan, &b.riwayat_pendidikan)),
            _ => None,
        }
    }
}

impl Rekaman for UnitKerja {
    const KOLEKSI: Koleksi = Koleksi::UnitKerja;
    const URUTAN: &'static [&'static str] = &["dihapus_pada", "nama", "induk", "created_at", "updated_at"];
    fn di(d: &Dataset) -> &Vec<Self> {
        &d.unit_kerja
    }
    fn di_mut(d: &mut Dataset) -> &mut Vec<Self> {
        &mut d.unit_kerja
    }
    fn di_masukan(m: &Masukan) -> &[Self] {
        &m.unit_kerja
    }
    fn id(&self) -> &Id {
        &self.id
    }
    fn diubah(&self) -> Stempel {
        self.updated_at
    }
    fn cap_diubah(&mut self, s: Stempel) {
        self.updated_at = s;
    }
    fn dihapus_pada(&self) -> Option<Stempel> {
        self.dihapus_pada
    }
    fn label(&self) -> String {
        teks(&self.nama)
    }
    fn label_bidang(bidang: &str) -> Option<&'static str> {
        match bidang {
            "nama" => Some("Nama unit"),
            "induk" => Some("Unit induk"),
            _ => None,
        }
    }
    fn tampil_beda(a: &Self, b: &Self, bidang: &str, kt: &Konteks) -> Option<(String, String)> {
        match bidang {
            "nama" => Some((teks(&a.nama), teks(&b.nama))),
            "induk" => {
                let induk = |u: &UnitKerja| {
                    u.induk.as_ref().map_or_else(|| "— (unit teratas)".to_string(), |i| kt.nama_unit(Some(i)))
                };
                Some((induk(a), induk(b)))
            }
            _ => None,
        }
    }
}

/// The performance records: merged like the others, their diff shown field by field in the
/// generic rendering (their fields are already readable names).
macro_rules! rekaman_kinerja {
    ($t:ty, $k:ident, $f:ident, |$x:ident| $label:expr) => {
        impl Rekaman for $t {
            const KOLEKSI: Koleksi = Koleksi::$k;
            const URUTAN: &'static [&'static str] = &["dihapus_pada"];
            fn di(d: &Dataset) -> &Vec<Self> {
                &d.$f
            }
            fn di_mut(d: &mut Dataset) -> &mut Vec<Self> {
                &mut d.$f
            }
            fn di_masukan(m: &Masukan) -> &[Self] {
                &m.$f
            }
            fn id(&self) -> &Id {
                &self.id
            }
            fn diubah(&self) -> Stempel {
                self.updated_at
            }
            fn cap_diubah(&mut self, s: Stempel) {
                self.updated_at = s;
            }
            fn dihapus_pada(&self) -> Option<Stempel> {
                self.dihapus_pada
            }
            fn label(&self) -> String {
                let $x = self;
                $label
            }
            fn label_bidang(_: &str) -> Option<&'static str> {
                None
            }
            fn tampil_beda(_: &Self, _: &Self, _: &str, _: &Konteks) -> Option<(String, String)> {
                None
            }
        }
    };
}

rekaman_kinerja!(Skp, Skp, skp, |x| format!("SKP {} — {}", x.tahun, teks(&x.dinilai.nama)));
rekaman_kinerja!(RealisasiKinerja, RealisasiKinerja, realisasi_kinerja, |x| format!(
    "Realisasi {} (SKP {})",
    x.periode.label_id(),
    x.skp
));
rekaman_kinerja!(EvaluasiKinerja, EvaluasiKinerja, evaluasi_kinerja, |x| format!(
    "Evaluasi {} (SKP {})",
    x.periode.label_id(),
    x.skp
));
rekaman_kinerja!(DialogKinerja, DialogKinerja, dialog_kinerja, |x| format!(
    "Dialog kinerja {} (SKP {})",
    x.tanggal.format_panjang(),
    x.skp
));
rekaman_kinerja!(KinerjaOrganisasi, KinerjaOrganisasi, kinerja_organisasi, |x| format!(
    "Kinerja organisasi {} {} (unit {})",
    x.periode.label_id(),
    x.tahun,
    x.unit_kerja
));
rekaman_kinerja!(UmpanBalikMasyarakat, UmpanBalikMasyarakat, umpan_balik_masyarakat, |x| format!(
    "Umpan balik masyarakat {} (unit {})",
    x.tanggal.format_panjang(),
    x.unit_kerja
));

// ---------------------------------------------------------------------------------------------
// The field-by-field diff
// ---------------------------------------------------------------------------------------------

/// Names of units, mine first, then the file's, to show a pegawai's unit or a unit's parent.
struct Konteks<'a> {
    unit: HashMap<&'a Id, &'a UnitKerja>,
}

impl<'a> Konteks<'a> {
    fn baru(lokal: &'a Dataset, masuk: &'a Masukan) -> Konteks<'a> {
        let mut unit = HashMap::with_capacity(lokal.unit_kerja.len());
        for u in lokal.unit_kerja.iter().chain(&masuk.unit_kerja) {
            unit.entry(&u.id).or_insert(u);
        }
        Konteks { unit }
    }

    fn nama_unit(&self, id: Option<&Id>) -> String {
        match id.map(|i| (i, self.unit.get(i))) {
            None => "— (tanpa unit kerja)".into(),
            Some((_, Some(u))) if u.aktif() => teks(&u.nama),
            Some((_, Some(u))) => format!("{} (dihapus)", teks(&u.nama)),
            Some((i, None)) => format!("unit tidak dikenal ({i})"),
        }
    }
}

/// Longest text shown for one side of a field, and for one history entry in it: a diff is a
/// summary, not the record (and a hostile file's megabyte name must not flood the page).
const PANJANG_MAKS: usize = 200;
const PANJANG_BUTIR: usize = 80;
/// History entries listed by name before "dan N lainnya".
const RIWAYAT_MAKS: usize = 3;

fn beda<R: Rekaman>(lokal: &R, masuk: &R, kt: &Konteks) -> Vec<BedaBidang> {
    let objek = |r: &R| match serde_json::to_value(r) {
        Ok(Value::Object(m)) => m,
        _ => serde_json::Map::new(),
    };
    let (a, b) = (objek(lokal), objek(masuk));
    let mut kunci: Vec<&String> = a.keys().chain(b.keys()).collect();
    let posisi = |k: &str| R::URUTAN.iter().position(|u| *u == k).unwrap_or(R::URUTAN.len());
    kunci.sort_by(|x, y| (posisi(x), *x).cmp(&(posisi(y), *y)));
    kunci.dedup();
    kunci
        .into_iter()
        .filter(|k| a.get(*k) != b.get(*k))
        .map(|k| {
            let (l, m) = match k.as_str() {
                "dihapus_pada" => (tampil_nisan(lokal.dihapus_pada()), tampil_nisan(masuk.dihapus_pada())),
                "created_at" | "updated_at" => (tampil_nilai(a.get(k), true), tampil_nilai(b.get(k), true)),
                _ => R::tampil_beda(lokal, masuk, k, kt)
                    .unwrap_or_else(|| (tampil_nilai(a.get(k), false), tampil_nilai(b.get(k), false))),
            };
            let label = match k.as_str() {
                "dihapus_pada" => "Status hapus",
                "created_at" => "Dibuat",
                "updated_at" => "Terakhir diubah",
                lain => R::label_bidang(lain).unwrap_or(lain),
            };
            BedaBidang {
                bidang: k.clone(),
                label: label.to_string(),
                lokal: pendek(l, PANJANG_MAKS),
                masuk: pendek(m, PANJANG_MAKS),
            }
        })
        .collect()
}

/// A stamp as people read it: `22 November 2026 pukul 02.00 UTC`.
pub fn tampil_stempel(s: Stempel) -> String {
    let menit = s.0.rem_euclid(86_400_000) / 60_000;
    format!("{} pukul {:02}.{:02} UTC", s.tanggal_utc().format_panjang(), menit / 60, menit % 60)
}

fn tampil_nisan(s: Option<Stempel>) -> String {
    match s {
        Some(s) => format!("dihapus pada {}", tampil_stempel(s)),
        None => "aktif".into(),
    }
}

/// Fields without a typed rendering (a field added later, the stamps).
fn tampil_nilai(v: Option<&Value>, stempel: bool) -> String {
    match v {
        None | Some(Value::Null) => kosong(),
        Some(Value::String(s)) if stempel => Stempel::parse_rfc3339(s).map_or_else(|| s.clone(), tampil_stempel),
        Some(Value::String(s)) => teks(s),
        Some(Value::Bool(true)) => "ya".into(),
        Some(Value::Bool(false)) => "tidak".into(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Array(a)) => format!("{} butir", a.len()),
        Some(v @ Value::Object(_)) => v.to_string(),
    }
}

fn kosong() -> String {
    "—".into()
}

fn teks(s: &str) -> String {
    if s.trim().is_empty() {
        "(kosong)".into()
    } else {
        s.trim().to_string()
    }
}

fn pendek(s: String, maks: usize) -> String {
    if s.chars().count() <= maks {
        s
    } else {
        let mut t: String = s.chars().take(maks.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// A history entry in a few words, to say which entries differ.
trait Riwayat: PartialEq {
    fn ringkas(&self) -> String;
}

impl Riwayat for RiwayatPangkat {
    fn ringkas(&self) -> String {
        let mut s = format!("{}, TMT {}", self.golongan.kode(), self.tmt.format_panjang());
        if !self.nomor_sk.trim().is_empty() {
            s.push_str(&format!(", SK {}", self.nomor_sk.trim()));
        }
        s
    }
}

impl Riwayat for RiwayatJabatan {
    fn ringkas(&self) -> String {
        format!("{}, TMT {}", teks(&self.nama_lengkap()), self.tmt.format_panjang())
    }
}

impl Riwayat for RiwayatPendidikan {
    fn ringkas(&self) -> String {
        let mut s = self.tingkat.label().to_string();
        if !self.jurusan.trim().is_empty() {
            s.push_str(&format!(" {}", self.jurusan.trim()));
        }
        if !self.institusi.trim().is_empty() {
            s.push_str(&format!(", {}", self.institusi.trim()));
        }
        format!("{s} ({})", self.tahun_lulus)
    }
}

/// `3 riwayat; berbeda: III/b, TMT 1 April 2021` — the count, and the entries of this side
/// that the other side does not have exactly.
fn beda_riwayat<T: Riwayat>(lokal: &[T], masuk: &[T]) -> (String, String) {
    let hanya = |ini: &[T], itu: &[T]| -> Vec<String> {
        ini.iter().filter(|e| !itu.contains(e)).map(Riwayat::ringkas).collect()
    };
    let (l, m) = (hanya(lokal, masuk), hanya(masuk, lokal));
    let sisi = |n: usize, berbeda: &[String], urutan: bool| -> String {
        let mut s = format!("{n} riwayat");
        if urutan {
            s.push_str(" (urutan berbeda)");
        } else if !berbeda.is_empty() {
            let daftar: Vec<String> =
                berbeda.iter().take(RIWAYAT_MAKS).map(|x| pendek(x.clone(), PANJANG_BUTIR)).collect();
            s.push_str("; berbeda: ");
            s.push_str(&daftar.join("; "));
            if berbeda.len() > RIWAYAT_MAKS {
                s.push_str(&format!("; dan {} lainnya", berbeda.len() - RIWAYAT_MAKS));
            }
        }
        s
    };
    let urutan = l.is_empty() && m.is_empty();
    (sisi(lokal.len(), &l, urutan), sisi(masuk.len(), &m, urutan))
}
