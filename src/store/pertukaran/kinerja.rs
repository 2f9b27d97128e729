//! The performance-appraisal collections of an exchange file (schema 3): reading and checking
//! them, and choosing which of them travel in each kind of file.
//!
//! Their records are read as their Rust types, which refuse unknown fields
//! (`deny_unknown_fields`), with the path of the first problem of each record; then what
//! involves several records is checked: duplicate ids, one SKP per pegawai per year, periods
//! and scores in range, and every reference (SKP → pegawai, realisasi/evaluasi/dialog → SKP,
//! organisation predikat and community feedback → unit kerja and pegawai) resolving in the
//! file or in the data already here.

use super::{golongkan, lokasi_rekaman, ubah_masalah_medan, JenisJson, MasalahImpor, MasalahMedan};
use super::{JenisMasalahMedan, Pengumpul};
use crate::domain::evaluasi::{
    DialogKinerja, EvaluasiKinerja, KinerjaOrganisasi, RealisasiKinerja, UmpanBalikMasyarakat,
};
use crate::domain::id::Id;
use crate::domain::skp::Skp;
use crate::store::dataset::{Dataset, Koleksi};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

/// The performance collections read from a file.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DataKinerja {
    pub skp: Vec<Skp>,
    pub realisasi_kinerja: Vec<RealisasiKinerja>,
    pub evaluasi_kinerja: Vec<EvaluasiKinerja>,
    pub dialog_kinerja: Vec<DialogKinerja>,
    pub kinerja_organisasi: Vec<KinerjaOrganisasi>,
    pub umpan_balik_masyarakat: Vec<UmpanBalikMasyarakat>,
}

/// `data.<nama>` as a list of raw records; absent means none (these collections are optional).
fn daftar<'a>(data: &'a Map<String, Value>, k: Koleksi, p: &mut Pengumpul) -> &'a [Value] {
    match data.get(k.nama()) {
        None | Some(Value::Null) => &[],
        Some(Value::Array(isi)) => isi,
        Some(lain) => {
            p.tambah(MasalahImpor::KoleksiBukanDaftar { koleksi: k.nama().into(), ditemukan: JenisJson::dari(lain) });
            &[]
        }
    }
}

fn masalah(jalur: impl Into<String>, id: String, en: String) -> MasalahMedan {
    MasalahMedan { jalur: jalur.into(), jenis: JenisMasalahMedan::NilaiTidakValid { id, en } }
}

/// Every record of one collection as `T`; a failing record is reported with its path and
/// left out. `lanjut` checks what serde cannot (ranges).
fn baca<T: DeserializeOwned>(
    k: Koleksi,
    isi: &[Value],
    lanjut: fn(&T) -> Option<MasalahMedan>,
    p: &mut Pengumpul,
) -> Vec<(usize, T)> {
    let mut hasil = Vec::with_capacity(isi.len());
    for (i, v) in isi.iter().enumerate() {
        let lokasi = lokasi_rekaman(k.nama(), i, v);
        if !v.is_object() {
            p.tambah(MasalahImpor::RekamanBukanObjek { lokasi, ditemukan: JenisJson::dari(v) });
            continue;
        }
        match serde_path_to_error::deserialize::<_, T>(v) {
            Ok(x) => match lanjut(&x) {
                None => hasil.push((i, x)),
                Some(m) => p.tambah(ubah_masalah_medan(&lokasi, m)),
            },
            Err(e) => {
                let jalur = e.path().to_string();
                let jalur = if jalur == "." { String::new() } else { jalur };
                let pesan = e.inner().to_string();
                let wajib = pesan.strip_prefix("missing field `").and_then(|x| x.strip_suffix('`'));
                let (jalur, jenis) = if let Some(medan) = wajib {
                    // Reported at the missing field itself, as for pegawai records.
                    (
                        if jalur.is_empty() { medan.to_string() } else { format!("{jalur}.{medan}") },
                        JenisMasalahMedan::Wajib,
                    )
                } else if pesan.starts_with("unknown field ") {
                    (jalur, JenisMasalahMedan::TidakDikenal)
                } else {
                    let nilai = super::cari_jalur(v, &jalur).unwrap_or(&Value::Null);
                    let jenis = golongkan(nilai, &pesan, None);
                    (jalur, jenis)
                };
                p.tambah(ubah_masalah_medan(&lokasi, MasalahMedan { jalur, jenis }));
            }
        }
    }
    hasil
}

fn periode_sah(periode: crate::domain::periode::Periode) -> Option<MasalahMedan> {
    use crate::domain::periode::Periode;
    let (id, en, n) = match periode {
        Periode::Bulan(n) => ("bulan", "month", n),
        Periode::Triwulan(n) => ("triwulan", "quarter", n),
        Periode::Semester(n) => ("semester", "half-year", n),
        Periode::Tahunan => return None,
    };
    (!periode.sah()).then(|| {
        masalah(
            "periode",
            format!("periode {id} {n} di luar rentang (bulan 1–12, triwulan 1–4, semester 1–2)."),
            format!("period {en} {n} is out of range (month 1–12, quarter 1–4, half-year 1–2)."),
        )
    })
}

fn tahun_sah(tahun: i32) -> Option<MasalahMedan> {
    (!(1950..=2200).contains(&tahun)).then(|| {
        masalah("tahun", format!("tahun {tahun} tidak masuk akal."), format!("the year {tahun} is not plausible."))
    })
}

/// Reads and checks the performance collections. `pegawai_file` and `unit_file` are the ids
/// of those collections in the same file (raw, so a record that failed elsewhere still
/// resolves a reference).
pub(super) fn baca_kinerja(
    data: &Map<String, Value>,
    pegawai_file: &HashSet<Id>,
    unit_file: &HashSet<Id>,
    ada: &Dataset,
    p: &mut Pengumpul,
) -> DataKinerja {
    let mentah_skp = daftar(data, Koleksi::Skp, p);
    let mentah_real = daftar(data, Koleksi::RealisasiKinerja, p);
    let mentah_eval = daftar(data, Koleksi::EvaluasiKinerja, p);
    let mentah_dialog = daftar(data, Koleksi::DialogKinerja, p);
    let mentah_org = daftar(data, Koleksi::KinerjaOrganisasi, p);
    let mentah_ubm = daftar(data, Koleksi::UmpanBalikMasyarakat, p);

    let skp = baca::<Skp>(Koleksi::Skp, mentah_skp, |s| tahun_sah(s.tahun), p);
    let realisasi = baca::<RealisasiKinerja>(Koleksi::RealisasiKinerja, mentah_real, |r| periode_sah(r.periode), p);
    let evaluasi = baca::<EvaluasiKinerja>(Koleksi::EvaluasiKinerja, mentah_eval, |e| periode_sah(e.periode), p);
    let dialog = baca::<DialogKinerja>(Koleksi::DialogKinerja, mentah_dialog, |_| None, p);
    let organisasi = baca::<KinerjaOrganisasi>(
        Koleksi::KinerjaOrganisasi,
        mentah_org,
        |o| periode_sah(o.periode).or_else(|| tahun_sah(o.tahun)),
        p,
    );
    let masyarakat = baca::<UmpanBalikMasyarakat>(
        Koleksi::UmpanBalikMasyarakat,
        mentah_ubm,
        |u| {
            (!u.skor.sah()).then(|| {
                masalah(
                    "skor",
                    "skor harus 1–5 bintang atau indeks survei 0–100.".into(),
                    "the score must be 1–5 stars or a survey index 0–100.".into(),
                )
            })
        },
        p,
    );

    // Duplicate ids within each collection.
    for (k, isi) in [
        (Koleksi::Skp, mentah_skp),
        (Koleksi::RealisasiKinerja, mentah_real),
        (Koleksi::EvaluasiKinerja, mentah_eval),
        (Koleksi::DialogKinerja, mentah_dialog),
        (Koleksi::KinerjaOrganisasi, mentah_org),
        (Koleksi::UmpanBalikMasyarakat, mentah_ubm),
    ] {
        let mut pertama: HashMap<Id, usize> = HashMap::with_capacity(isi.len());
        for (i, v) in isi.iter().enumerate() {
            let Some(id) = super::id_mentah(v, "id") else { continue };
            match pertama.get(&id) {
                Some(&j) => p.tambah(MasalahImpor::IdGanda {
                    lokasi: lokasi_rekaman(k.nama(), i, v).dengan_medan(Some("id".into())),
                    indeks_pertama: j,
                }),
                None => {
                    pertama.insert(id, i);
                }
            }
        }
    }

    // One active SKP per pegawai per year (in the file; against the data here, a second SKP
    // with another id would be a conflict no merge choice could settle).
    let mut tahunan: HashMap<(&Id, i32), &Id> = HashMap::new();
    for s in ada.skp.iter().filter(|s| s.aktif()) {
        tahunan.insert((&s.pegawai, s.tahun), &s.id);
    }
    let mut dalam_file: HashSet<(&Id, i32)> = HashSet::new();
    for (i, s) in skp.iter().filter(|(_, s)| s.aktif()) {
        let kunci = (&s.pegawai, s.tahun);
        let ganda_file = !dalam_file.insert(kunci);
        let ganda_sini = tahunan.get(&kunci).is_some_and(|id| **id != s.id);
        if ganda_file || ganda_sini {
            let lokasi = lokasi_rekaman("skp", *i, &mentah_skp[*i]).dengan_medan(Some("tahun".into()));
            p.tambah(MasalahImpor::NilaiTidakValid {
                lokasi,
                rincian_id: format!(
                    "pegawai ini sudah punya SKP tahun {} {}; satu pegawai hanya satu SKP per tahun.",
                    s.tahun,
                    if ganda_file { "di berkas ini" } else { "di data ini (dengan id lain)" }
                ),
                rincian_en: format!(
                    "this employee already has an SKP for {} {}; one SKP per employee per year.",
                    s.tahun,
                    if ganda_file { "in this file" } else { "in this data (with another id)" }
                ),
            });
        }
    }

    // References.
    // Hash sets, not scans of the data here: a file of 8,000 SKP against 8,000 pegawai would
    // otherwise compare 64 million ids.
    let pegawai_ada: HashSet<&Id> = ada.pegawai.iter().map(|x| &x.id).collect();
    let unit_ada: HashSet<&Id> = ada.unit_kerja.iter().map(|x| &x.id).collect();
    let skp_ada: HashSet<&Id> = ada.skp.iter().map(|x| &x.id).collect();
    let pegawai_dikenal = |id: &Id| pegawai_file.contains(id) || pegawai_ada.contains(id);
    let unit_dikenal = |id: &Id| unit_file.contains(id) || unit_ada.contains(id);
    let skp_file: HashSet<Id> = mentah_skp.iter().filter_map(|v| super::id_mentah(v, "id")).collect();
    let skp_dikenal = |id: &Id| skp_file.contains(id) || skp_ada.contains(id);
    let mut rujukan = |k: Koleksi, i: usize, v: &Value, medan: &str, ok: &dyn Fn(&Id) -> bool| {
        let Some(id) = super::id_mentah(v, medan) else { return };
        if !ok(&id) {
            p.tambah(MasalahImpor::RujukanTidakAda {
                lokasi: lokasi_rekaman(k.nama(), i, v).dengan_medan(Some(medan.into())),
                id_dirujuk: id.as_str().to_string(),
            });
        }
    };
    for (i, v) in mentah_skp.iter().enumerate() {
        rujukan(Koleksi::Skp, i, v, "pegawai", &pegawai_dikenal);
    }
    for (k, isi) in [
        (Koleksi::RealisasiKinerja, mentah_real),
        (Koleksi::EvaluasiKinerja, mentah_eval),
        (Koleksi::DialogKinerja, mentah_dialog),
    ] {
        for (i, v) in isi.iter().enumerate() {
            rujukan(k, i, v, "skp", &skp_dikenal);
        }
    }
    for (i, v) in mentah_org.iter().enumerate() {
        rujukan(Koleksi::KinerjaOrganisasi, i, v, "unit_kerja", &unit_dikenal);
    }
    for (i, v) in mentah_ubm.iter().enumerate() {
        rujukan(Koleksi::UmpanBalikMasyarakat, i, v, "unit_kerja", &unit_dikenal);
        rujukan(Koleksi::UmpanBalikMasyarakat, i, v, "pegawai", &pegawai_dikenal);
    }

    DataKinerja {
        skp: skp.into_iter().map(|(_, x)| x).collect(),
        realisasi_kinerja: realisasi.into_iter().map(|(_, x)| x).collect(),
        evaluasi_kinerja: evaluasi.into_iter().map(|(_, x)| x).collect(),
        dialog_kinerja: dialog.into_iter().map(|(_, x)| x).collect(),
        kinerja_organisasi: organisasi.into_iter().map(|(_, x)| x).collect(),
        umpan_balik_masyarakat: masyarakat.into_iter().map(|(_, x)| x).collect(),
    }
}

/// The performance records that travel with a file about `pegawai` (a self-assessment, a
/// unit): their SKP and what hangs on them, and the unit records of `unit`.
pub(super) struct KinerjaKeluar<'a> {
    pub skp: Vec<&'a Skp>,
    pub realisasi_kinerja: Vec<&'a RealisasiKinerja>,
    pub evaluasi_kinerja: Vec<&'a EvaluasiKinerja>,
    pub dialog_kinerja: Vec<&'a DialogKinerja>,
    pub kinerja_organisasi: Vec<&'a KinerjaOrganisasi>,
    pub umpan_balik_masyarakat: Vec<&'a UmpanBalikMasyarakat>,
}

impl<'a> KinerjaKeluar<'a> {
    /// Everything, tombstones included.
    pub fn semua(d: &'a Dataset) -> KinerjaKeluar<'a> {
        KinerjaKeluar {
            skp: d.skp.iter().collect(),
            realisasi_kinerja: d.realisasi_kinerja.iter().collect(),
            evaluasi_kinerja: d.evaluasi_kinerja.iter().collect(),
            dialog_kinerja: d.dialog_kinerja.iter().collect(),
            kinerja_organisasi: d.kinerja_organisasi.iter().collect(),
            umpan_balik_masyarakat: d.umpan_balik_masyarakat.iter().collect(),
        }
    }

    /// The SKP of `pegawai` (tombstones included) and their realisasi, evaluasi and dialog;
    /// organisation predikat and community feedback of `unit`, and community feedback about
    /// `pegawai`.
    pub fn untuk(d: &'a Dataset, pegawai: &HashSet<&Id>, unit: &HashSet<Id>) -> KinerjaKeluar<'a> {
        let skp: Vec<&Skp> = d.skp.iter().filter(|s| pegawai.contains(&s.pegawai)).collect();
        let ids: HashSet<&Id> = skp.iter().map(|s| &s.id).collect();
        KinerjaKeluar {
            realisasi_kinerja: d.realisasi_kinerja.iter().filter(|r| ids.contains(&r.skp)).collect(),
            evaluasi_kinerja: d.evaluasi_kinerja.iter().filter(|e| ids.contains(&e.skp)).collect(),
            dialog_kinerja: d.dialog_kinerja.iter().filter(|x| ids.contains(&x.skp)).collect(),
            kinerja_organisasi: d.kinerja_organisasi.iter().filter(|o| unit.contains(&o.unit_kerja)).collect(),
            umpan_balik_masyarakat: d
                .umpan_balik_masyarakat
                .iter()
                // A unit's feedback naming someone not in the file would be a dangling
                // reference there, so it travels only with that person.
                .filter(|u| match &u.pegawai {
                    Some(x) => pegawai.contains(x),
                    None => unit.contains(&u.unit_kerja),
                })
                .collect(),
            skp,
        }
    }

    /// Units these records name, so the file's references resolve.
    pub fn unit_dirujuk(&self) -> Vec<Id> {
        self.kinerja_organisasi
            .iter()
            .map(|o| o.unit_kerja.clone())
            .chain(self.umpan_balik_masyarakat.iter().map(|u| u.unit_kerja.clone()))
            .collect()
    }
}
