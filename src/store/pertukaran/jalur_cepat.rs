//! The fast path of [`baca_berkas`](super::baca_berkas): the common case — a valid file of the
//! current schema version, as Jenjang writes it — read straight into the Rust types and checked
//! on them, instead of building a JSON tree first and walking its field tables.
//!
//! It only ever says "this file passes every check, here it is" or "not sure": on any doubt it
//! returns `None` and the thorough path ([`baca_teks_teliti`](super::baca_teks_teliti)) reads
//! the file again and describes each problem, so the messages stay exactly as they are. It
//! must therefore refuse everything the thorough path refuses:
//!
//! | thorough path | here |
//! |---|---|
//! | JSON syntax, nesting, text after the end | the same parser (`serde_json`, depth 128), `end()` |
//! | a key written twice in one object | serde's derive refuses a field twice; the parts read as JSON ([`NilaiUnik`]) refuse any repeated key |
//! | unknown fields (envelope, `data`, records) | `deny_unknown_fields` on every struct read |
//! | `format`, `versi_skema`, `jenis`, `dibuat`, `aplikasi` | read as their types, then checked: only the current version (an older file is migrated by the thorough path) |
//! | each field of each record | the same Rust types (`Nip`, `Tanggal`, `Id` …) with the same parsers |
//! | NIP layout against the status | [`periksa_pegawai`](super::periksa_pegawai) |
//! | `pengaturan` only in full files, its fields | the same check ([`baca_rekaman`](super::baca_rekaman)) on the small settings object |
//! | duplicate ids, dangling unit references, `induk` cycles, duplicate active NIPs | the same rules on the typed records ([`indeks_melingkar`](super::indeks_melingkar) is shared) |
//! | the performance collections | read as JSON and checked by the same [`baca_kinerja`](super::kinerja::baca_kinerja) |

use super::kinerja::{self, DataKinerja};
use super::{
    baca_rekaman, indeks_melingkar, periksa_pegawai, Berkas, DataBerkas, JenisBerkas, Pengumpul, Pengurai, FORMAT,
    MEDAN_PENGATURAN,
};
use crate::domain::id::Id;
use crate::domain::pegawai::{Pegawai, UnitKerja};
use crate::domain::tanggal::Stempel;
use crate::store::dataset::{Dataset, Koleksi, Pengaturan, VERSI_SKEMA};
use serde::de::{DeserializeSeed, Deserializer};
use serde::Deserialize;
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::collections::HashSet;

/// The envelope, every field required (as the thorough path requires them).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Amplop {
    format: String,
    versi_skema: u64,
    jenis: JenisBerkas,
    dibuat: String,
    aplikasi: String,
    data: Data,
}

/// `data`: the two register collections as their types; the settings and the performance
/// collections as JSON for the shared checks. Its fields are `MEDAN_DATA`; a collection added
/// there and not here sends every file to the thorough path, which a test notices.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Data {
    pegawai: Vec<Pegawai>,
    unit_kerja: Vec<UnitKerja>,
    #[serde(default)]
    pengaturan: Option<NilaiUnik>,
    #[serde(default)]
    skp: Option<NilaiUnik>,
    #[serde(default)]
    realisasi_kinerja: Option<NilaiUnik>,
    #[serde(default)]
    evaluasi_kinerja: Option<NilaiUnik>,
    #[serde(default)]
    dialog_kinerja: Option<NilaiUnik>,
    #[serde(default)]
    kinerja_organisasi: Option<NilaiUnik>,
    #[serde(default)]
    umpan_balik_masyarakat: Option<NilaiUnik>,
}

/// A JSON value in which no object names a key twice (the thorough path's own parser).
struct NilaiUnik(Value);

impl<'de> Deserialize<'de> for NilaiUnik {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let ganda = RefCell::new(None);
        Pengurai { ganda: &ganda }.deserialize(d).map(NilaiUnik)
    }
}

/// The file, when it is of the current version and passes every check; `None` otherwise.
pub(super) fn baca(teks: &str, ada: &Dataset) -> Option<Berkas> {
    let mut de = serde_json::Deserializer::from_str(teks);
    let amplop = Amplop::deserialize(&mut de).ok()?;
    de.end().ok()?;
    let Amplop { format, versi_skema, jenis, dibuat, aplikasi, data } = amplop;
    if format != FORMAT || versi_skema != u64::from(VERSI_SKEMA) || Stempel::parse_rfc3339(&dibuat).is_none() {
        return None;
    }
    let Data {
        pegawai,
        unit_kerja,
        pengaturan,
        skp,
        realisasi_kinerja,
        evaluasi_kinerja,
        dialog_kinerja,
        kinerja_organisasi,
        umpan_balik_masyarakat,
    } = data;

    if pegawai.iter().any(|p| periksa_pegawai(p).is_some()) || !silang_sah(&pegawai, &unit_kerja, ada) {
        return None;
    }
    let pengaturan = match (pengaturan.map(|n| n.0), jenis) {
        // `null` counts as absent.
        (None | Some(Value::Null), _) => None,
        (Some(_), JenisBerkas::PenilaianMandiri | JenisBerkas::Unit) => return None,
        (Some(v), JenisBerkas::Lengkap) => Some(baca_rekaman::<Pengaturan>(&v, MEDAN_PENGATURAN).ok()?),
    };

    let mut lain = Map::new();
    for (k, v) in [
        (Koleksi::Skp, skp),
        (Koleksi::RealisasiKinerja, realisasi_kinerja),
        (Koleksi::EvaluasiKinerja, evaluasi_kinerja),
        (Koleksi::DialogKinerja, dialog_kinerja),
        (Koleksi::KinerjaOrganisasi, kinerja_organisasi),
        (Koleksi::UmpanBalikMasyarakat, umpan_balik_masyarakat),
    ] {
        if let Some(NilaiUnik(v)) = v {
            lain.insert(k.nama().to_string(), v);
        }
    }
    let kinerja = if lain.is_empty() {
        DataKinerja::default()
    } else {
        let pegawai_file: HashSet<Id> = pegawai.iter().map(|p| p.id.clone()).collect();
        let unit_file: HashSet<Id> = unit_kerja.iter().map(|u| u.id.clone()).collect();
        let mut p = Pengumpul::default();
        let kinerja = kinerja::baca_kinerja(&lain, &pegawai_file, &unit_file, ada, &mut p);
        if p.total > 0 {
            return None;
        }
        kinerja
    };

    Some(Berkas { jenis, dibuat, aplikasi, data: DataBerkas { pegawai, unit_kerja, pengaturan, kinerja } })
}

/// The thorough path's checks across records (`periksa_silang`) on records that all read as
/// their types: no id twice in a collection, every unit reference resolving in the file or in
/// `ada` (deleted units included), no `induk` cycle, no NIP shared by two active pegawai.
fn silang_sah(pegawai: &[Pegawai], unit_kerja: &[UnitKerja], ada: &Dataset) -> bool {
    let mut id_pegawai: HashSet<&Id> = HashSet::with_capacity(pegawai.len());
    if !pegawai.iter().all(|p| id_pegawai.insert(&p.id)) {
        return false;
    }
    let mut dikenal: HashSet<&Id> = HashSet::with_capacity(unit_kerja.len() + ada.unit_kerja.len());
    if !unit_kerja.iter().all(|u| dikenal.insert(&u.id)) {
        return false;
    }
    dikenal.extend(ada.unit_kerja.iter().map(|u| &u.id));
    let sah = |id: Option<&Id>| id.is_none_or(|i| dikenal.contains(i));
    let rujukan_sah = unit_kerja.iter().all(|u| sah(u.induk.as_ref()))
        && pegawai
            .iter()
            .all(|p| sah(p.unit_kerja.as_ref()) && p.riwayat_jabatan.iter().all(|r| sah(r.unit_kerja.as_ref())));
    if !rujukan_sah {
        return false;
    }
    let unit = unit_kerja.iter().enumerate().map(|(i, u)| (i, u.id.clone(), u.induk.clone()));
    if !indeks_melingkar(unit, ada).is_empty() {
        return false;
    }
    let mut nip: HashSet<&str> = HashSet::with_capacity(pegawai.len());
    pegawai.iter().filter(|p| p.aktif()).all(|p| nip.insert(p.nip.as_str()))
}

#[cfg(test)]
mod tests {
    use super::super::{baca_berkas_teliti, ekspor_lengkap, ekspor_pegawai, ekspor_unit};
    use super::*;
    use crate::domain::contoh::data_contoh;
    use crate::domain::tanggal::Tanggal;

    const SEKARANG: Stempel = Stempel(1_795_312_800_000);

    fn kantor() -> Dataset {
        let (unit_kerja, pegawai) = data_contoh(7, 120, Tanggal::new(2026, 11, 22).unwrap(), SEKARANG);
        let mut d = Dataset { pegawai, unit_kerja, ..Default::default() };
        let id = d.pegawai[3].id.clone();
        d.hapus_pegawai(&id, Stempel(SEKARANG.0 + 1));
        d
    }

    #[test]
    fn exports_of_every_kind_take_the_fast_path_and_read_as_the_thorough_path_reads_them() {
        let d = kantor();
        let mut berkas = vec![ekspor_lengkap(&d, SEKARANG, 420)];
        berkas.extend(ekspor_pegawai(&d, &d.pegawai[0].id, SEKARANG, 420));
        berkas.extend(ekspor_unit(&d, &d.unit_kerja[1].id, SEKARANG, 420));
        assert_eq!(berkas.len(), 3);
        for teks in berkas {
            // Every collection `data` can hold is present (as written by export), so a
            // collection missing from `Data` would fail here.
            let cepat = baca(&teks, &Dataset::default()).expect("the fast path refused a valid export");
            assert_eq!(Ok(cepat), baca_berkas_teliti(teks.as_bytes(), &Dataset::default()));
        }
    }

    #[test]
    fn anything_but_a_valid_current_file_is_left_to_the_thorough_path() {
        let d = kantor();
        let sah: Value = serde_json::from_str(&ekspor_lengkap(&d, SEKARANG, 420)).unwrap();
        type Ubah = fn(&mut Value);
        let ubah: [(&str, Ubah); 12] = [
            ("older version", |v| v["versi_skema"] = 1.into()),
            ("newer version", |v| v["versi_skema"] = 99.into()),
            ("format", |v| v["format"] = "excel".into()),
            ("dibuat", |v| v["dibuat"] = "kemarin".into()),
            ("unknown envelope field", |v| v["lain"] = true.into()),
            ("unknown record field", |v| v["data"]["pegawai"][0]["hobi"] = "catur".into()),
            ("settings in a unit file", |v| v["jenis"] = "unit".into()),
            ("unknown settings field", |v| v["data"]["pengaturan"]["warna"] = "biru".into()),
            ("dangling unit", |v| {
                v["data"]["pegawai"][0]["unit_kerja"] = "deadbeef-0000-4000-8000-000000000000".into()
            }),
            ("duplicate id", |v| v["data"]["pegawai"][1]["id"] = v["data"]["pegawai"][0]["id"].clone()),
            ("duplicate NIP", |v| v["data"]["pegawai"][1]["nip"] = v["data"]["pegawai"][0]["nip"].clone()),
            ("induk cycle", |v| v["data"]["unit_kerja"][0]["induk"] = v["data"]["unit_kerja"][1]["id"].clone()),
        ];
        for (apa, f) in ubah {
            let mut v = sah.clone();
            f(&mut v);
            assert!(baca(&v.to_string(), &Dataset::default()).is_none(), "{apa}");
        }
        // A key written twice inside the settings, read as JSON: serde_json alone keeps the last.
        let teks = ekspor_lengkap(&d, SEKARANG, 420).replacen(
            "\"pengaturan\":{",
            "\"pengaturan\":{\"bup_fungsional\":{\"baris\":[]},",
            1,
        );
        assert!(baca(&teks, &Dataset::default()).is_none());
        // Text after the end.
        assert!(baca(&format!("{} x", ekspor_lengkap(&d, SEKARANG, 420)), &Dataset::default()).is_none());
    }

    #[test]
    fn references_may_point_to_units_already_here() {
        let d = kantor();
        let teks = ekspor_pegawai(&d, &d.pegawai[0].id, SEKARANG, 420).unwrap();
        let mut v: Value = serde_json::from_str(&teks).unwrap();
        v["data"]["unit_kerja"] = Value::Array(Vec::new());
        let teks = v.to_string();
        assert!(baca(&teks, &Dataset::default()).is_none(), "dangling without the data here");
        assert!(baca(&teks, &d).is_some(), "resolved by the data here");
    }
}
