//! Exchange files: the JSON a person exports and another imports (DESIGN.md, "Exchange file";
//! the format is documented for outsiders in `docs/exchange-format.md` with a JSON Schema
//! beside it).
//!
//! ```json
//! { "format": "jenjang", "versi_skema": 2, "jenis": "lengkap",
//!   "dibuat": "2026-11-22T09:00:00+07:00", "aplikasi": "0.1.0",
//!   "data": { "pegawai": [...], "unit_kerja": [...], "pengaturan": {...} } }
//! ```
//!
//! Export is pure: the caller passes the time and its UTC offset. Reading runs
//! size → encoding → JSON → envelope → [`migrasi`] → records → references, and collects every
//! problem it finds (up to [`BATAS_MASALAH`]) with where it is, instead of stopping at the
//! first: an HR officer fixing a file by hand should see all of it at once. Nothing here
//! touches the dataset; applying an accepted file is the merge's job.

use super::dataset::{Dataset, Pengaturan, VERSI_SKEMA};
use crate::domain::id::Id;
use crate::domain::instansi::PeriodeEvaluasi;
use crate::domain::nip::{JenisNomorInduk, Nik, Nip};
use crate::domain::pegawai::{JenisKelamin, JenisKenaikanPangkat, Pegawai, StatusPegawai, UnitKerja};
use crate::domain::tanggal::{Stempel, Tanggal};
use crate::rules::jabatan::{JenisJabatan, JenjangFungsional};
use crate::rules::pangkat::{Golongan, GolonganPns, GolonganPppk};
use crate::rules::pendidikan::TingkatPendidikan;
use serde::de::{self, DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fmt;

mod jalur_cepat;
mod kinerja;
pub use kinerja::DataKinerja;
use kinerja::KinerjaKeluar;

/// The value of `format` in every Jenjang file.
pub const FORMAT: &str = "jenjang";

/// The largest file read (50 MiB), checked before parsing. A full export of 8,000 pegawai
/// with their histories is far below it; the limit keeps a wrong or hostile file from
/// exhausting the browser tab's memory.
pub const BATAS_UKURAN: usize = 50 * 1024 * 1024;

/// At most this many problems are listed; the rest are counted in
/// [`MasalahImpor::TerlaluBanyakMasalah`] (a file of a million broken records must not
/// produce a million messages).
pub const BATAS_MASALAH: usize = 1000;

/// Nesting depth serde_json accepts before it stops ([`MasalahImpor::TerlaluDalam`]).
/// Real files nest six levels deep (envelope › data › pegawai › one pegawai › riwayat › entry).
pub const BATAS_KEDALAMAN: usize = 128;

/// The version of this build, written into `aplikasi`.
pub const APLIKASI: &str = env!("CARGO_PKG_VERSION");

// ---------------------------------------------------------------------------------------------
// The envelope
// ---------------------------------------------------------------------------------------------

/// What a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum JenisBerkas {
    /// The whole dataset, tombstones and settings included (a backup, or a hand-over).
    Lengkap,
    /// One pegawai's own record and the unit kerja it refers to: what an individual ASN sends
    /// to the supervisor.
    PenilaianMandiri,
    /// One unit kerja with its sub-units and members.
    Unit,
}

impl JenisBerkas {
    pub const SEMUA: [JenisBerkas; 3] = [JenisBerkas::Lengkap, JenisBerkas::PenilaianMandiri, JenisBerkas::Unit];

    /// The value of `jenis` in the file.
    pub fn kode(self) -> &'static str {
        match self {
            JenisBerkas::Lengkap => "lengkap",
            JenisBerkas::PenilaianMandiri => "penilaian-mandiri",
            JenisBerkas::Unit => "unit",
        }
    }
    pub fn parse(s: &str) -> Option<JenisBerkas> {
        Self::SEMUA.into_iter().find(|j| j.kode() == s)
    }
    pub fn label_id(self) -> &'static str {
        match self {
            JenisBerkas::Lengkap => "seluruh data",
            JenisBerkas::PenilaianMandiri => "penilaian mandiri satu pegawai",
            JenisBerkas::Unit => "satu unit kerja",
        }
    }
    pub fn label_en(self) -> &'static str {
        match self {
            JenisBerkas::Lengkap => "the whole dataset",
            JenisBerkas::PenilaianMandiri => "one employee's self-assessment",
            JenisBerkas::Unit => "one work unit",
        }
    }
    /// The word in the file name: `jenjang-<kata>-…`.
    fn kata_nama_berkas(self) -> &'static str {
        match self {
            JenisBerkas::Lengkap => "lengkap",
            JenisBerkas::PenilaianMandiri => "pegawai",
            JenisBerkas::Unit => "unit",
        }
    }
}

/// The collections of a file. `pengaturan` travels only in a [`JenisBerkas::Lengkap`] file.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DataBerkas {
    pub pegawai: Vec<Pegawai>,
    pub unit_kerja: Vec<UnitKerja>,
    pub pengaturan: Option<Pengaturan>,
    /// The performance collections (schema 3; optional in every kind of file).
    pub kinerja: DataKinerja,
}

impl DataBerkas {
    /// The records as the merge takes them.
    pub fn ke_masukan(&self) -> crate::store::gabung::Masukan {
        let k = &self.kinerja;
        crate::store::gabung::Masukan {
            pegawai: self.pegawai.clone(),
            unit_kerja: self.unit_kerja.clone(),
            pengaturan: self.pengaturan.clone(),
            skp: k.skp.clone(),
            realisasi_kinerja: k.realisasi_kinerja.clone(),
            evaluasi_kinerja: k.evaluasi_kinerja.clone(),
            dialog_kinerja: k.dialog_kinerja.clone(),
            kinerja_organisasi: k.kinerja_organisasi.clone(),
            umpan_balik_masyarakat: k.umpan_balik_masyarakat.clone(),
        }
    }
}

impl From<DataBerkas> for crate::store::gabung::Masukan {
    /// [`DataBerkas::ke_masukan`] without copying: an import of 8,000 pegawai hands its
    /// records to the merge as they are.
    fn from(d: DataBerkas) -> Self {
        let k = d.kinerja;
        crate::store::gabung::Masukan {
            pegawai: d.pegawai,
            unit_kerja: d.unit_kerja,
            pengaturan: d.pengaturan,
            skp: k.skp,
            realisasi_kinerja: k.realisasi_kinerja,
            evaluasi_kinerja: k.evaluasi_kinerja,
            dialog_kinerja: k.dialog_kinerja,
            kinerja_organisasi: k.kinerja_organisasi,
            umpan_balik_masyarakat: k.umpan_balik_masyarakat,
        }
    }
}

/// A file that passed every check in [`baca_berkas`] (already migrated to [`VERSI_SKEMA`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Berkas {
    pub jenis: JenisBerkas,
    /// As written in the file (RFC 3339 with the sender's offset), for the preview.
    pub dibuat: String,
    /// The Jenjang version that wrote the file.
    pub aplikasi: String,
    pub data: DataBerkas,
}

impl Berkas {
    /// `dibuat` as a moment (it was checked, so this is `Some`).
    pub fn dibuat_stempel(&self) -> Option<Stempel> {
        Stempel::parse_rfc3339(&self.dibuat)
    }
}

/// What export writes: borrowed, so exporting 8,000 pegawai copies nothing but the text.
#[derive(Serialize)]
struct AmplopKeluar<'a> {
    format: &'static str,
    versi_skema: u32,
    jenis: JenisBerkas,
    dibuat: String,
    aplikasi: &'static str,
    data: DataKeluar<'a>,
}

#[derive(Serialize)]
struct DataKeluar<'a> {
    pegawai: Vec<&'a Pegawai>,
    unit_kerja: Vec<&'a UnitKerja>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pengaturan: Option<&'a Pengaturan>,
    skp: Vec<&'a crate::domain::skp::Skp>,
    realisasi_kinerja: Vec<&'a crate::domain::evaluasi::RealisasiKinerja>,
    evaluasi_kinerja: Vec<&'a crate::domain::evaluasi::EvaluasiKinerja>,
    dialog_kinerja: Vec<&'a crate::domain::evaluasi::DialogKinerja>,
    kinerja_organisasi: Vec<&'a crate::domain::evaluasi::KinerjaOrganisasi>,
    umpan_balik_masyarakat: Vec<&'a crate::domain::evaluasi::UmpanBalikMasyarakat>,
}

impl<'a> DataKeluar<'a> {
    fn baru(
        pegawai: Vec<&'a Pegawai>,
        unit_kerja: Vec<&'a UnitKerja>,
        pengaturan: Option<&'a Pengaturan>,
        k: KinerjaKeluar<'a>,
    ) -> DataKeluar<'a> {
        DataKeluar {
            pegawai,
            unit_kerja,
            pengaturan,
            skp: k.skp,
            realisasi_kinerja: k.realisasi_kinerja,
            evaluasi_kinerja: k.evaluasi_kinerja,
            dialog_kinerja: k.dialog_kinerja,
            kinerja_organisasi: k.kinerja_organisasi,
            umpan_balik_masyarakat: k.umpan_balik_masyarakat,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

/// `2026-11-22T09:00:00+07:00`: a moment in the writer's local time with its UTC offset
/// (RFC 3339), for `dibuat`. Milliseconds are written only when not zero; the offset is
/// clamped to ±23:59, the most RFC 3339 can express. Records keep [`Stempel::rfc3339`] (UTC).
pub fn rfc3339_dengan_offset(waktu: Stempel, offset_menit: i32) -> String {
    let offset = offset_menit.clamp(-(23 * 60 + 59), 23 * 60 + 59);
    let lokal = Stempel(waktu.0.saturating_add(i64::from(offset) * 60_000));
    let ms_hari = lokal.0.rem_euclid(86_400_000);
    let (j, m, d, ms) = (ms_hari / 3_600_000, ms_hari / 60_000 % 60, ms_hari / 1000 % 60, ms_hari % 1000);
    let pecahan = if ms == 0 { String::new() } else { format!(".{ms:03}") };
    let tanda = if offset < 0 { '-' } else { '+' };
    let (oj, om) = (offset.abs() / 60, offset.abs() % 60);
    format!("{}T{j:02}:{m:02}:{d:02}{pecahan}{tanda}{oj:02}:{om:02}", lokal.tanggal_utc().iso())
}

fn tulis(jenis: JenisBerkas, dibuat: Stempel, offset_menit: i32, data: DataKeluar<'_>) -> String {
    let amplop = AmplopKeluar {
        format: FORMAT,
        versi_skema: VERSI_SKEMA,
        jenis,
        dibuat: rfc3339_dengan_offset(dibuat, offset_menit),
        aplikasi: APLIKASI,
        data,
    };
    // Serialising these plain structs cannot fail (no maps with non-string keys, no
    // fallible Serialize impls); an empty string would be refused by `baca_berkas`.
    super::penyimpanan::teks_json(&amplop).unwrap_or_default()
}

/// The whole dataset, tombstones included so that deletions travel, and the settings.
pub fn ekspor_lengkap(d: &Dataset, dibuat: Stempel, offset_menit: i32) -> String {
    let data = DataKeluar::baru(
        d.pegawai.iter().collect(),
        d.unit_kerja.iter().collect(),
        Some(&d.pengaturan),
        KinerjaKeluar::semua(d),
    );
    tulis(JenisBerkas::Lengkap, dibuat, offset_menit, data)
}

/// One active pegawai's own record (jenis `penilaian-mandiri`) and every unit kerja it refers
/// to — its unit and the units of its riwayat jabatan — with their ancestors, so that the
/// file's references resolve on a computer that has never seen this office. `None` when there
/// is no such active pegawai.
pub fn ekspor_pegawai(d: &Dataset, id: &Id, dibuat: Stempel, offset_menit: i32) -> Option<String> {
    let p = d.cari_pegawai(id)?;
    let kinerja = KinerjaKeluar::untuk(d, &HashSet::from([&p.id]), &HashSet::new());
    let unit = unit_dengan_leluhur(&d.unit_kerja, rujukan_unit(p).into_iter().chain(kinerja.unit_dirujuk()).collect());
    let data = DataKeluar::baru(vec![p], d.unit_kerja.iter().filter(|u| unit.contains(&u.id)).collect(), None, kinerja);
    Some(tulis(JenisBerkas::PenilaianMandiri, dibuat, offset_menit, data))
}

/// One active unit kerja (jenis `unit`): the unit and its whole subtree, the pegawai whose
/// unit is in the subtree, plus — so every reference resolves — the unit's ancestors and the
/// units the members' riwayat jabatan refer to (with their ancestors). Deleted sub-units and
/// deleted members are included as tombstones, so a deletion travels in a unit file as it
/// does in a full one. `None` when there is no such active unit.
pub fn ekspor_unit(d: &Dataset, unit: &Id, dibuat: Stempel, offset_menit: i32) -> Option<String> {
    d.cari_unit(unit)?;
    let subtree = subtree_semua(&d.unit_kerja, unit);
    let anggota: Vec<&Pegawai> =
        d.pegawai.iter().filter(|p| p.unit_kerja.as_ref().is_some_and(|u| subtree.contains(u))).collect();
    let ids: HashSet<&Id> = anggota.iter().map(|p| &p.id).collect();
    let kinerja = KinerjaKeluar::untuk(d, &ids, &subtree);
    let awal = subtree
        .iter()
        .cloned()
        .chain(anggota.iter().flat_map(|p| rujukan_unit(p)))
        .chain(kinerja.unit_dirujuk())
        .collect::<Vec<_>>();
    let semua_unit = unit_dengan_leluhur(&d.unit_kerja, awal);
    let data =
        DataKeluar::baru(anggota, d.unit_kerja.iter().filter(|u| semua_unit.contains(&u.id)).collect(), None, kinerja);
    Some(tulis(JenisBerkas::Unit, dibuat, offset_menit, data))
}

/// The unit ids a pegawai refers to: its unit and those in its riwayat jabatan.
fn rujukan_unit(p: &Pegawai) -> Vec<Id> {
    p.unit_kerja.iter().chain(p.riwayat_jabatan.iter().filter_map(|r| r.unit_kerja.as_ref())).cloned().collect()
}

/// `awal` and all their ancestors (deleted ones too: a tombstoned parent is still the parent
/// a reference names). Ids not in `units` are skipped; a cycle stops the walk.
fn unit_dengan_leluhur(units: &[UnitKerja], awal: Vec<Id>) -> HashSet<Id> {
    let induk: HashMap<&Id, Option<&Id>> = units.iter().map(|u| (&u.id, u.induk.as_ref())).collect();
    let mut hasil = HashSet::new();
    for id in awal {
        let mut kini = Some(id);
        while let Some(i) = kini {
            let Some(&naik) = induk.get(&i) else { break };
            if !hasil.insert(i) {
                break;
            }
            kini = naik.cloned();
        }
    }
    hasil
}

/// `akar` and every unit below it at any depth, deleted ones included.
fn subtree_semua(units: &[UnitKerja], akar: &Id) -> HashSet<Id> {
    let mut anak: HashMap<&Id, Vec<&Id>> = HashMap::new();
    for u in units {
        if let Some(i) = &u.induk {
            anak.entry(i).or_default().push(&u.id);
        }
    }
    let mut hasil = HashSet::from([akar.clone()]);
    let mut tumpukan = vec![akar];
    while let Some(i) = tumpukan.pop() {
        for &a in anak.get(i).map(Vec::as_slice).unwrap_or_default() {
            if hasil.insert(a.clone()) {
                tumpukan.push(a);
            }
        }
    }
    hasil
}

/// The file name: `jenjang-<what>[-<keterangan>]-<date>.json` with `<what>` = `lengkap`,
/// `pegawai` or `unit` and `keterangan` (a NIP, a unit's name) reduced to an ASCII slug:
/// `jenjang-lengkap-2026-11-22.json`, `jenjang-pegawai-198609262015051001-2026-11-22.json`,
/// `jenjang-unit-bidang-mutasi-dan-promosi-2026-11-22.json`.
pub fn nama_berkas(jenis: JenisBerkas, tanggal: Tanggal, keterangan: Option<&str>) -> String {
    let slug = keterangan.map(slug).unwrap_or_default();
    let tengah = if slug.is_empty() { String::new() } else { format!("-{slug}") };
    format!("jenjang-{}{tengah}-{}.json", jenis.kata_nama_berkas(), tanggal.iso())
}

/// Lowercase ASCII letters and digits joined by single dashes; common accented Latin letters
/// lose their accent (`Pendidikan & Pelatihan (Diklat)` → `pendidikan-pelatihan-diklat`),
/// anything else separates words. At most 60 characters, cut at a dash.
fn slug(s: &str) -> String {
    const PANJANG_MAKS: usize = 60;
    let mut hasil = String::new();
    let mut pisah = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = tanpa_aksen(c);
        if c.is_ascii_alphanumeric() {
            if pisah && !hasil.is_empty() {
                hasil.push('-');
            }
            pisah = false;
            hasil.push(c);
        } else {
            pisah = true;
        }
    }
    if hasil.len() > PANJANG_MAKS {
        // ASCII only, so byte positions are char positions.
        let potong = hasil[..=PANJANG_MAKS].rfind('-').unwrap_or(PANJANG_MAKS);
        hasil.truncate(potong);
    }
    hasil
}

fn tanpa_aksen(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'ñ' | 'ń' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'ý' | 'ÿ' => 'y',
        'š' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        _ => c,
    }
}

// ---------------------------------------------------------------------------------------------
// Problems
// ---------------------------------------------------------------------------------------------

/// Where a problem is. Every part is optional: a broken file has no collection, an envelope
/// field has no record.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Lokasi {
    /// `pegawai`, `unit_kerja` or `pengaturan`.
    pub koleksi: Option<String>,
    /// Index of the record in its collection (0-based; messages count from 1).
    pub rekaman: Option<usize>,
    /// The record's `id` as written, when it is a string (shortened to 60 characters).
    pub id: Option<String>,
    /// The record's `nama` as written, when it is a string (shortened to 60 characters):
    /// what an HR officer recognises.
    pub nama: Option<String>,
    /// Path inside the record (or the envelope), e.g. `riwayat_pangkat[0].tmt`.
    pub medan: Option<String>,
}

impl Lokasi {
    fn medan(medan: impl Into<String>) -> Lokasi {
        Lokasi { medan: Some(medan.into()), ..Lokasi::default() }
    }

    fn koleksi(koleksi: &str) -> Lokasi {
        Lokasi { koleksi: Some(koleksi.to_string()), ..Lokasi::default() }
    }

    fn dengan_medan(&self, medan: Option<String>) -> Lokasi {
        Lokasi { medan, ..self.clone() }
    }

    /// `pegawai ke-4 "Budi Santoso" (id 8c1f…), kolom riwayat_pangkat ke-1 › tmt`.
    pub fn teks_id(&self) -> String {
        self.teks(" ke-", "kolom", label_koleksi_id)
    }

    /// `employee #4 "Budi Santoso" (id 8c1f…), field riwayat_pangkat #1 › tmt`.
    pub fn teks_en(&self) -> String {
        self.teks(" #", "field", label_koleksi_en)
    }

    fn teks(&self, ke: &str, kolom: &str, label: fn(&str) -> String) -> String {
        let mut bagian = Vec::new();
        if let Some(k) = &self.koleksi {
            let mut s = label(k);
            if let Some(i) = self.rekaman {
                s.push_str(&format!("{ke}{}", i + 1));
            }
            if let Some(n) = &self.nama {
                s.push_str(&format!(" \"{n}\""));
            }
            if let Some(id) = &self.id {
                s.push_str(&format!(" (id {id})"));
            }
            bagian.push(s);
        }
        if let Some(m) = &self.medan {
            bagian.push(format!("{kolom} {}", jalur_manusia(m, ke)));
        }
        bagian.join(", ")
    }
}

/// A collection as an HR officer calls it.
fn label_koleksi_id(koleksi: &str) -> String {
    match koleksi {
        "unit_kerja" => "unit kerja".into(),
        "skp" => "SKP".into(),
        "realisasi_kinerja" => "realisasi kinerja".into(),
        "evaluasi_kinerja" => "evaluasi kinerja".into(),
        "dialog_kinerja" => "dialog kinerja".into(),
        "kinerja_organisasi" => "kinerja organisasi".into(),
        "umpan_balik_masyarakat" => "umpan balik masyarakat".into(),
        lain => lain.into(),
    }
}
fn label_koleksi_en(koleksi: &str) -> String {
    match koleksi {
        "pegawai" => "employee".into(),
        "unit_kerja" => "work unit".into(),
        "pengaturan" => "settings".into(),
        "skp" => "SKP".into(),
        "realisasi_kinerja" => "realisation report".into(),
        "evaluasi_kinerja" => "evaluation".into(),
        "dialog_kinerja" => "performance dialogue".into(),
        "kinerja_organisasi" => "organisation predikat".into(),
        "umpan_balik_masyarakat" => "community feedback".into(),
        lain => lain.into(),
    }
}

/// What a dangling reference was meant to name, from the field holding it: `pegawai` names an
/// employee, `skp` an SKP, anything else (`unit_kerja`, `induk`, …) a work unit.
fn sasaran_rujukan(lokasi: &Lokasi) -> (&'static str, &'static str) {
    match lokasi.medan.as_deref().and_then(|m| m.rsplit('.').next()) {
        Some("pegawai") => ("pegawai", "an employee"),
        Some("skp") => ("SKP", "an SKP"),
        _ => ("unit kerja", "a work unit"),
    }
}

/// `riwayat_pangkat[0].tmt` → `riwayat_pangkat ke-1 › tmt`.
fn jalur_manusia(jalur: &str, ke: &str) -> String {
    jalur
        .split('.')
        .map(|seg| {
            let mut s = String::new();
            let mut sisa = seg;
            while let Some(buka) = sisa.find('[') {
                let Some(tutup) = sisa[buka..].find(']').map(|t| t + buka) else { break };
                s.push_str(&sisa[..buka]);
                match sisa[buka + 1..tutup].parse::<usize>() {
                    Ok(i) => s.push_str(&format!("{ke}{}", i + 1)),
                    Err(_) => s.push_str(&sisa[buka..=tutup]),
                }
                sisa = &sisa[tutup + 1..];
            }
            s.push_str(sisa);
            s
        })
        .collect::<Vec<_>>()
        .join(" › ")
}

/// The kind of a JSON value, for "expected … but found …" messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum JenisJson {
    Null,
    Boolean,
    BilanganBulat,
    Pecahan,
    /// Any number, integer or fractional: only ever expected (a decimal field such as a
    /// target's `nilai`), never found.
    Bilangan,
    Teks,
    Daftar,
    Objek,
}

impl JenisJson {
    pub fn dari(v: &Value) -> JenisJson {
        match v {
            Value::Null => JenisJson::Null,
            Value::Bool(_) => JenisJson::Boolean,
            Value::Number(n) if n.is_i64() || n.is_u64() => JenisJson::BilanganBulat,
            Value::Number(_) => JenisJson::Pecahan,
            Value::String(_) => JenisJson::Teks,
            Value::Array(_) => JenisJson::Daftar,
            Value::Object(_) => JenisJson::Objek,
        }
    }
    pub fn nama_id(self) -> &'static str {
        match self {
            JenisJson::Null => "null (kosong)",
            JenisJson::Boolean => "true/false",
            JenisJson::BilanganBulat => "bilangan bulat",
            JenisJson::Pecahan => "bilangan pecahan",
            JenisJson::Bilangan => "bilangan",
            JenisJson::Teks => "teks",
            JenisJson::Daftar => "daftar (array)",
            JenisJson::Objek => "objek",
        }
    }
    pub fn nama_en(self) -> &'static str {
        match self {
            JenisJson::Null => "null",
            JenisJson::Boolean => "true/false",
            JenisJson::BilanganBulat => "an integer",
            JenisJson::Pecahan => "a fractional number",
            JenisJson::Bilangan => "a number",
            JenisJson::Teks => "text",
            JenisJson::Daftar => "a list (array)",
            JenisJson::Objek => "an object",
        }
    }
}

/// One reason a file cannot be imported. Each says what is wrong in Bahasa Indonesia
/// ([`MasalahImpor::pesan_id`]) and English, and where ([`MasalahImpor::lokasi`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MasalahImpor {
    /// Larger than [`BATAS_UKURAN`]; nothing was read.
    TerlaluBesar { ukuran: usize, batas: usize },
    /// No bytes, or only whitespace.
    BerkasKosong,
    /// Not UTF-8 text; `posisi_byte` is the offset of the first bad byte in the file.
    BukanUtf8 { posisi_byte: usize, mungkin_utf16: bool },
    /// The JSON ends before it is complete (a copy cut short).
    JsonTerpotong { baris: usize, kolom: usize },
    /// Not JSON; `rincian` is the parser's own (English) words.
    BukanJson { baris: usize, kolom: usize, rincian: String },
    /// Nested deeper than [`BATAS_KEDALAMAN`].
    TerlaluDalam { baris: usize, kolom: usize },
    /// An object names the same key twice (which one counts would be a guess).
    KunciGanda { baris: usize, kolom: usize, kunci: String },
    /// JSON, but the top level is not an object.
    BukanObjek { ditemukan: JenisJson },
    /// `format` missing or not `"jenjang"`; `format` holds what was there.
    BukanBerkasJenjang { format: Option<String> },
    /// `versi_skema` missing or not a positive integer.
    VersiSkemaTidakValid { nilai: Option<String> },
    /// Written by a newer Jenjang: refused, never guessed at.
    VersiSkemaLebihBaru { versi: u64, didukung: u32 },
    /// An older file that could not be brought up to [`VERSI_SKEMA`].
    MigrasiGagal { dari: u32, rincian_id: String, rincian_en: String },
    /// `jenis` missing or not one of the [`JenisBerkas`] codes.
    JenisTidakDikenal { nilai: Option<String> },
    /// `dibuat` missing or not RFC 3339.
    DibuatTidakValid { nilai: Option<String> },
    /// `aplikasi` missing or not text.
    AplikasiTidakValid { nilai: Option<String> },
    /// No `data`.
    DataTidakAda,
    /// `data` is not an object.
    DataBukanObjek { ditemukan: JenisJson },
    /// `data.pegawai` / `data.unit_kerja` is not an array.
    KoleksiBukanDaftar { koleksi: String, ditemukan: JenisJson },
    /// `data.pengaturan` in a file other than `lengkap`: settings travel only with the whole
    /// dataset, never as a side effect of one person's file.
    PengaturanDiLuarBerkasLengkap { jenis: JenisBerkas },
    /// An element of a collection that is not an object.
    RekamanBukanObjek { lokasi: Lokasi, ditemukan: JenisJson },
    /// A required field is absent.
    MedanWajibTidakAda { lokasi: Lokasi },
    /// A field this version does not know (it would otherwise be dropped silently).
    MedanTidakDikenal { lokasi: Lokasi },
    /// A field of the wrong JSON type.
    TipeSalah { lokasi: Lokasi, ditemukan: JenisJson, diharapkan: JenisJson },
    /// A value outside a closed set (status, golongan, jenis jabatan …).
    NilaiTidakDikenal { lokasi: Lokasi, nilai: String, pilihan: Vec<String> },
    /// A value of the right type that fails the domain's check: NIP, NIK, date, UUID … The
    /// domain's own message is kept in `rincian_id`.
    NilaiTidakValid { lokasi: Lokasi, rincian_id: String, rincian_en: String },
    /// Two records of a collection share an id; `lokasi` is the later one.
    IdGanda { lokasi: Lokasi, indeks_pertama: usize },
    /// A reference to an id neither in the file nor in the current data: a unit kerja
    /// (`induk`, `unit_kerja`, `riwayat_jabatan[i].unit_kerja`), or from the performance
    /// records a pegawai (`pegawai`) or an SKP (`skp`); the field in `lokasi` says which.
    RujukanTidakAda { lokasi: Lokasi, id_dirujuk: String },
    /// Following `induk` from this unit comes back to it.
    IndukMelingkar { lokasi: Lokasi },
    /// Two active pegawai in the file share a NIP; `lokasi` is the later one.
    NipGanda { lokasi: Lokasi, nip: String, indeks_pertama: usize },
    /// More than [`BATAS_MASALAH`] problems: `ditampilkan` listed, `total` found.
    TerlaluBanyakMasalah { ditampilkan: usize, total: usize },
}

/// A value quoted in a message: at most 60 characters, control characters escaped. Anything
/// taken from the file and kept in a problem goes through here (or [`ringkas_panjang`]), so a
/// hostile file with a 10 MB name cannot produce a 10 MB message.
fn ringkas(s: &str) -> String {
    ringkas_panjang(s, 60)
}

fn ringkas_panjang(s: &str, maks: usize) -> String {
    let mut hasil: String = s
        .chars()
        .take(maks)
        .flat_map(|c| if c.is_control() { c.escape_debug().collect::<Vec<_>>() } else { vec![c] })
        .collect();
    if s.chars().nth(maks).is_some() {
        hasil.push('…');
    }
    hasil
}

/// A JSON value as a message shows it: text quoted and shortened, containers by their kind.
fn ringkas_nilai(v: &Value) -> String {
    match v {
        Value::String(s) => format!("\"{}\"", ringkas(s)),
        Value::Array(_) | Value::Object(_) => JenisJson::dari(v).nama_id().to_string(),
        lain => lain.to_string(),
    }
}

/// `52.428.800` bytes as `50,0 MB` (MiB, Indonesian decimal comma).
fn mb_id(byte: usize) -> String {
    let persepuluh = (byte as u128 * 10 + 524_288) / 1_048_576;
    format!("{},{} MB", persepuluh / 10, persepuluh % 10)
}
fn mb_en(byte: usize) -> String {
    let persepuluh = (byte as u128 * 10 + 524_288) / 1_048_576;
    format!("{}.{} MB", persepuluh / 10, persepuluh % 10)
}

impl MasalahImpor {
    /// Where the problem is (empty for a problem with the whole file).
    pub fn lokasi(&self) -> Lokasi {
        use MasalahImpor::*;
        match self {
            RekamanBukanObjek { lokasi, .. }
            | MedanWajibTidakAda { lokasi }
            | MedanTidakDikenal { lokasi }
            | TipeSalah { lokasi, .. }
            | NilaiTidakDikenal { lokasi, .. }
            | NilaiTidakValid { lokasi, .. }
            | IdGanda { lokasi, .. }
            | RujukanTidakAda { lokasi, .. }
            | IndukMelingkar { lokasi }
            | NipGanda { lokasi, .. } => lokasi.clone(),
            BukanBerkasJenjang { .. } => Lokasi::medan("format"),
            VersiSkemaTidakValid { .. } | VersiSkemaLebihBaru { .. } | MigrasiGagal { .. } => {
                Lokasi::medan("versi_skema")
            }
            JenisTidakDikenal { .. } => Lokasi::medan("jenis"),
            DibuatTidakValid { .. } => Lokasi::medan("dibuat"),
            AplikasiTidakValid { .. } => Lokasi::medan("aplikasi"),
            DataTidakAda | DataBukanObjek { .. } => Lokasi::medan("data"),
            KoleksiBukanDaftar { koleksi, .. } => Lokasi::koleksi(koleksi),
            PengaturanDiLuarBerkasLengkap { .. } => Lokasi::koleksi("pengaturan"),
            TerlaluBesar { .. }
            | BerkasKosong
            | BukanUtf8 { .. }
            | JsonTerpotong { .. }
            | BukanJson { .. }
            | TerlaluDalam { .. }
            | KunciGanda { .. }
            | BukanObjek { .. }
            | TerlaluBanyakMasalah { .. } => Lokasi::default(),
        }
    }

    /// The message for the user, in Bahasa Indonesia: where, then what.
    pub fn pesan_id(&self) -> String {
        match self.lokasi_sendiri() {
            Some(l) => huruf_besar(&format!("{}: {}", l.teks_id(), self.apa_id())),
            None => self.apa_id(),
        }
    }

    /// The message for the user, in English: where, then what.
    pub fn pesan_en(&self) -> String {
        match self.lokasi_sendiri() {
            Some(l) => huruf_besar(&format!("{}: {}", l.teks_en(), self.apa_en())),
            None => self.apa_en(),
        }
    }

    /// The location of the problems whose own text does not say where they are (the
    /// envelope's and the file's messages name their field themselves).
    fn lokasi_sendiri(&self) -> Option<&Lokasi> {
        use MasalahImpor::*;
        match self {
            RekamanBukanObjek { lokasi, .. }
            | MedanWajibTidakAda { lokasi }
            | MedanTidakDikenal { lokasi }
            | TipeSalah { lokasi, .. }
            | NilaiTidakDikenal { lokasi, .. }
            | NilaiTidakValid { lokasi, .. }
            | IdGanda { lokasi, .. }
            | RujukanTidakAda { lokasi, .. }
            | IndukMelingkar { lokasi }
            | NipGanda { lokasi, .. } => Some(lokasi),
            _ => None,
        }
    }

    fn apa_id(&self) -> String {
        use MasalahImpor::*;
        match self {
            TerlaluBesar { ukuran, batas } => format!(
                "Berkas terlalu besar: {} ({ukuran} byte), batasnya {}. Berkas tidak dibaca. Periksa apakah ini berkas ekspor Jenjang; bila ya, ekspor per unit kerja.",
                mb_id(*ukuran),
                mb_id(*batas)
            ),
            BerkasKosong => "Berkas kosong: tidak ada isinya. Mungkin penyalinan gagal; ekspor ulang dari Jenjang.".into(),
            BukanUtf8 { posisi_byte, mungkin_utf16 } => {
                let saran = if *mungkin_utf16 {
                    " Berkas ini tampaknya disimpan sebagai UTF-16 (mis. oleh Notepad); simpan ulang sebagai UTF-8."
                } else {
                    " Mungkin berkasnya rusak atau bukan berkas teks."
                };
                format!("Berkas bukan teks UTF-8 yang sah: byte tidak valid pada posisi {posisi_byte} (dihitung dari 0).{saran}")
            }
            JsonTerpotong { baris, kolom } => format!(
                "Berkas terpotong: isinya berakhir sebelum JSON selesai (baris {baris}, kolom {kolom}). Mungkin penyalinan atau unduhan belum selesai; ekspor ulang dari Jenjang."
            ),
            BukanJson { baris, kolom, rincian } => format!(
                "Berkas bukan JSON yang sah: {} pada baris {baris}, kolom {kolom}.",
                sintaks_id(rincian)
            ),
            TerlaluDalam { baris, kolom } => format!(
                "Berkas bersarang terlalu dalam (lebih dari {BATAS_KEDALAMAN} tingkat) pada baris {baris}, kolom {kolom}. Berkas Jenjang tidak pernah sedalam ini; berkas ini bukan ekspor Jenjang atau telah diubah."
            ),
            KunciGanda { baris, kolom, kunci } => format!(
                "Kolom \"{}\" ditulis dua kali dalam satu objek (baris {baris}, kolom {kolom}); tidak jelas nilai mana yang benar.",
                ringkas(kunci)
            ),
            BukanObjek { ditemukan } => format!(
                "Berkas ini JSON, tetapi isinya {} — bukan berkas Jenjang (berkas Jenjang berupa objek dengan \"format\": \"jenjang\").",
                ditemukan.nama_id()
            ),
            BukanBerkasJenjang { format: None } => {
                "Ini bukan berkas Jenjang: kolom \"format\" tidak ada (seharusnya \"jenjang\").".into()
            }
            BukanBerkasJenjang { format: Some(f) } => {
                format!("Ini bukan berkas Jenjang: kolom \"format\" berisi {f}, seharusnya \"jenjang\".")
            }
            VersiSkemaTidakValid { nilai: None } => {
                "Kolom \"versi_skema\" tidak ada; tanpa itu berkas tidak dapat dibaca dengan aman.".into()
            }
            VersiSkemaTidakValid { nilai: Some(n) } => {
                format!("Kolom \"versi_skema\" harus bilangan bulat positif (mis. 1), bukan {n}.")
            }
            VersiSkemaLebihBaru { versi, didukung } => format!(
                "Berkas ini dibuat oleh Jenjang dengan versi skema {versi}; versi Jenjang ini hanya mengenal sampai versi skema {didukung}. Perbarui Jenjang ke versi yang mendukung skema {versi}, lalu impor lagi. Data Anda tidak diubah."
            ),
            MigrasiGagal { dari, rincian_id, .. } => format!(
                "Berkas versi skema {dari} tidak dapat diubah ke versi skema {VERSI_SKEMA}: {rincian_id}"
            ),
            JenisTidakDikenal { nilai } => format!(
                "Kolom \"jenis\" {}; pilihan: {}.",
                nilai.as_ref().map_or("tidak ada".to_string(), |n| format!("berisi {n} yang tidak dikenal")),
                daftar_pilihan(JenisBerkas::SEMUA.iter().map(|j| j.kode()), "pilihan")
            ),
            DibuatTidakValid { nilai } => format!(
                "Kolom \"dibuat\" {}; seharusnya waktu RFC 3339, mis. 2026-11-22T09:00:00+07:00.",
                nilai.as_ref().map_or("tidak ada".to_string(), |n| format!("berisi {n}"))
            ),
            AplikasiTidakValid { nilai } => format!(
                "Kolom \"aplikasi\" {}; seharusnya teks versi Jenjang, mis. \"0.1.0\".",
                nilai.as_ref().map_or("tidak ada".to_string(), |n| format!("berisi {n}"))
            ),
            DataTidakAda => "Kolom \"data\" tidak ada: berkas tidak berisi data pegawai maupun unit kerja.".into(),
            DataBukanObjek { ditemukan } => {
                format!("Kolom \"data\" harus objek berisi \"pegawai\" dan \"unit_kerja\", bukan {}.", ditemukan.nama_id())
            }
            KoleksiBukanDaftar { koleksi, ditemukan } => {
                format!("Kolom \"data.{koleksi}\" harus daftar (array) rekaman, bukan {}.", ditemukan.nama_id())
            }
            PengaturanDiLuarBerkasLengkap { jenis } => format!(
                "Berkas jenis \"{}\" ({}) tidak boleh membawa \"pengaturan\"; pengaturan hanya ikut dalam berkas lengkap.",
                jenis.kode(),
                jenis.label_id()
            ),
            RekamanBukanObjek { ditemukan, .. } => {
                format!("rekaman harus objek, bukan {}.", ditemukan.nama_id())
            }
            MedanWajibTidakAda { .. } => "kolom wajib ini tidak ada.".into(),
            MedanTidakDikenal { .. } => {
                "kolom ini tidak dikenal oleh Jenjang versi skema ini (salah ketik, atau berkas dari versi lain); isinya tidak akan terbaca.".into()
            }
            TipeSalah { ditemukan, diharapkan, .. } => {
                format!("harus {}, bukan {}.", diharapkan.nama_id(), ditemukan.nama_id())
            }
            NilaiTidakDikenal { nilai, pilihan, .. } => format!(
                "nilai \"{}\" tidak dikenal; pilihan: {}.",
                ringkas(nilai),
                daftar_pilihan(pilihan.iter().map(String::as_str), "pilihan")
            ),
            NilaiTidakValid { rincian_id, .. } => rincian_id.clone(),
            IdGanda { lokasi, indeks_pertama } => format!(
                "id ini sudah dipakai oleh {} ke-{}; setiap rekaman harus punya id sendiri.",
                label_koleksi_id(lokasi.koleksi.as_deref().unwrap_or("rekaman")),
                indeks_pertama + 1
            ),
            RujukanTidakAda { lokasi, id_dirujuk } => format!(
                "merujuk {} dengan id {} yang tidak ada, baik di berkas ini maupun di data Anda.",
                sasaran_rujukan(lokasi).0,
                ringkas(id_dirujuk)
            ),
            IndukMelingkar { .. } => {
                "induk unit kerja ini melingkar: naik dari unit ini lewat \"induk\" kembali ke unit ini sendiri.".into()
            }
            NipGanda { nip, indeks_pertama, .. } => format!(
                "NIP {nip} sudah dipakai pegawai aktif lain di berkas ini (pegawai ke-{}).",
                indeks_pertama + 1
            ),
            TerlaluBanyakMasalah { ditampilkan, total } => format!(
                "Ditemukan {total} masalah; hanya {ditampilkan} yang pertama ditampilkan. Berkas ini kemungkinan bukan ekspor Jenjang."
            ),
        }
    }

    fn apa_en(&self) -> String {
        use MasalahImpor::*;
        match self {
            TerlaluBesar { ukuran, batas } => format!(
                "The file is too large: {} ({ukuran} bytes), the limit is {}. It was not read. Check that it is a Jenjang export; if it is, export per work unit.",
                mb_en(*ukuran),
                mb_en(*batas)
            ),
            BerkasKosong => "The file is empty. The copy may have failed; export it again from Jenjang.".into(),
            BukanUtf8 { posisi_byte, mungkin_utf16 } => {
                let saran = if *mungkin_utf16 {
                    " It looks like UTF-16 (as Notepad may save it); save it again as UTF-8."
                } else {
                    " The file may be damaged or not a text file."
                };
                format!("The file is not valid UTF-8 text: invalid byte at offset {posisi_byte} (counting from 0).{saran}")
            }
            JsonTerpotong { baris, kolom } => format!(
                "The file is cut short: it ends before the JSON is complete (line {baris}, column {kolom}). The copy or download may not have finished; export it again from Jenjang."
            ),
            BukanJson { baris, kolom, rincian } => {
                format!("The file is not valid JSON: {rincian} at line {baris}, column {kolom}.")
            }
            TerlaluDalam { baris, kolom } => format!(
                "The file is nested too deeply (more than {BATAS_KEDALAMAN} levels) at line {baris}, column {kolom}. Jenjang files never nest this deep; this is not a Jenjang export or it was altered."
            ),
            KunciGanda { baris, kolom, kunci } => format!(
                "The field \"{}\" appears twice in one object (line {baris}, column {kolom}); which value is meant is unclear.",
                ringkas(kunci)
            ),
            BukanObjek { ditemukan } => format!(
                "The file is JSON, but it holds {} — not a Jenjang file (a Jenjang file is an object with \"format\": \"jenjang\").",
                ditemukan.nama_en()
            ),
            BukanBerkasJenjang { format: None } => {
                "This is not a Jenjang file: the \"format\" field is missing (it should be \"jenjang\").".into()
            }
            BukanBerkasJenjang { format: Some(f) } => {
                format!("This is not a Jenjang file: \"format\" is {f}, it should be \"jenjang\".")
            }
            VersiSkemaTidakValid { nilai: None } => {
                "The \"versi_skema\" field is missing; without it the file cannot be read safely.".into()
            }
            VersiSkemaTidakValid { nilai: Some(n) } => {
                format!("\"versi_skema\" must be a positive integer (e.g. 1), not {n}.")
            }
            VersiSkemaLebihBaru { versi, didukung } => format!(
                "This file was made by Jenjang with schema version {versi}; this Jenjang knows up to schema version {didukung}. Update Jenjang to a version that supports schema {versi}, then import again. Your data was not changed."
            ),
            MigrasiGagal { dari, rincian_en, .. } => {
                format!("A schema version {dari} file could not be brought to schema version {VERSI_SKEMA}: {rincian_en}")
            }
            JenisTidakDikenal { nilai } => format!(
                "The \"jenis\" field {}; expected one of: {}.",
                nilai.as_ref().map_or("is missing".to_string(), |n| format!("holds the unknown value {n}")),
                daftar_pilihan(JenisBerkas::SEMUA.iter().map(|j| j.kode()), "choices")
            ),
            DibuatTidakValid { nilai } => format!(
                "The \"dibuat\" field {}; it should be an RFC 3339 time, e.g. 2026-11-22T09:00:00+07:00.",
                nilai.as_ref().map_or("is missing".to_string(), |n| format!("holds {n}"))
            ),
            AplikasiTidakValid { nilai } => format!(
                "The \"aplikasi\" field {}; it should be the Jenjang version as text, e.g. \"0.1.0\".",
                nilai.as_ref().map_or("is missing".to_string(), |n| format!("holds {n}"))
            ),
            DataTidakAda => "The \"data\" field is missing: the file holds no employees or work units.".into(),
            DataBukanObjek { ditemukan } => format!(
                "\"data\" must be an object holding \"pegawai\" and \"unit_kerja\", not {}.",
                ditemukan.nama_en()
            ),
            KoleksiBukanDaftar { koleksi, ditemukan } => {
                format!("\"data.{koleksi}\" must be a list (array) of records, not {}.", ditemukan.nama_en())
            }
            PengaturanDiLuarBerkasLengkap { jenis } => format!(
                "A \"{}\" file ({}) may not carry \"pengaturan\"; settings travel only in a full file.",
                jenis.kode(),
                jenis.label_en()
            ),
            RekamanBukanObjek { ditemukan, .. } => format!("a record must be an object, not {}.", ditemukan.nama_en()),
            MedanWajibTidakAda { .. } => "this required field is missing.".into(),
            MedanTidakDikenal { .. } => {
                "this field is unknown to this schema version of Jenjang (a typo, or a file from another version); its content would not be read.".into()
            }
            TipeSalah { ditemukan, diharapkan, .. } => {
                format!("must be {}, not {}.", diharapkan.nama_en(), ditemukan.nama_en())
            }
            NilaiTidakDikenal { nilai, pilihan, .. } => format!(
                "the value \"{}\" is unknown; expected one of: {}.",
                ringkas(nilai),
                daftar_pilihan(pilihan.iter().map(String::as_str), "choices")
            ),
            NilaiTidakValid { rincian_en, .. } => rincian_en.clone(),
            IdGanda { lokasi, indeks_pertama } => format!(
                "this id is already used by {} #{}; every record needs its own id.",
                label_koleksi_en(lokasi.koleksi.as_deref().unwrap_or("record")),
                indeks_pertama + 1
            ),
            RujukanTidakAda { lokasi, id_dirujuk } => format!(
                "refers to {} with id {} that exists neither in this file nor in your data.",
                sasaran_rujukan(lokasi).1,
                ringkas(id_dirujuk)
            ),
            IndukMelingkar { .. } => {
                "this unit's parents form a cycle: going up through \"induk\" leads back to this unit.".into()
            }
            NipGanda { nip, indeks_pertama, .. } => format!(
                "NIP {nip} is already used by another active employee in this file (employee #{}).",
                indeks_pertama + 1
            ),
            TerlaluBanyakMasalah { ditampilkan, total } => format!(
                "{total} problems found; only the first {ditampilkan} are shown. This is probably not a Jenjang export."
            ),
        }
    }
}

impl fmt::Display for MasalahImpor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.pesan_id())
    }
}

fn huruf_besar(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |a| a.to_uppercase().chain(c).collect())
}

/// `a, b, c`; a long list shortened to `a, b, c … z (34 pilihan)`.
fn daftar_pilihan<'a>(pilihan: impl Iterator<Item = &'a str>, kata: &str) -> String {
    let semua: Vec<&str> = pilihan.collect();
    if semua.len() > 12 {
        format!("{} … {} ({} {kata})", semua[..3].join(", "), semua[semua.len() - 1], semua.len())
    } else {
        semua.join(", ")
    }
}

/// serde_json's syntax messages in Bahasa Indonesia (the common ones; others stay English).
fn sintaks_id(rincian: &str) -> String {
    let terjemahan = [
        ("expected value", "diharapkan sebuah nilai"),
        ("expected `,` or `]`", "diharapkan `,` atau `]`"),
        ("expected `,` or `}`", "diharapkan `,` atau `}`"),
        ("expected `:`", "diharapkan `:`"),
        ("expected ident", "kata tidak dikenal (true/false/null?)"),
        ("key must be a string", "nama kolom harus teks dalam tanda kutip"),
        ("trailing characters", "ada isi lain setelah JSON selesai"),
        ("trailing comma", "ada koma berlebih"),
        ("invalid escape", "escape tidak valid dalam teks"),
        ("invalid number", "angka tidak valid"),
        ("number out of range", "angka di luar jangkauan"),
        ("invalid unicode code point", "kode unicode tidak valid"),
        ("lone leading surrogate in hex escape", "escape \\u tidak lengkap (surrogate tunggal)"),
        ("unexpected end of hex escape", "escape \\u terpotong"),
        ("control character (\\u0000-\\u001F) found while parsing a string", "karakter kendali di dalam teks"),
        ("EOF while parsing a string", "teks tidak ditutup"),
    ];
    terjemahan.iter().find(|(en, _)| *en == rincian).map_or_else(|| rincian.to_string(), |(_, id)| (*id).to_string())
}

// ---------------------------------------------------------------------------------------------
// Parsing: bytes → JSON value, refusing duplicate keys
// ---------------------------------------------------------------------------------------------

/// Builds a [`Value`] like serde_json's own, but refuses an object that names a key twice
/// (serde_json would silently keep the last). The duplicate key is left in `ganda` so the
/// error can name it.
#[derive(Clone, Copy)]
struct Pengurai<'a> {
    ganda: &'a RefCell<Option<String>>,
}

impl<'de> DeserializeSeed<'de> for Pengurai<'_> {
    type Value = Value;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Pengurai<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut isi = Vec::new();
        while let Some(v) = seq.next_element_seed(self)? {
            isi.push(v);
        }
        Ok(Value::Array(isi))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut isi = Map::new();
        while let Some(kunci) = map.next_key::<String>()? {
            if isi.contains_key(&kunci) {
                *self.ganda.borrow_mut() = Some(kunci);
                return Err(de::Error::custom("duplicate key"));
            }
            let nilai = map.next_value_seed(self)?;
            isi.insert(kunci, nilai);
        }
        Ok(Value::Object(isi))
    }
}

/// The text as a JSON value, or the one problem that stops it being one.
fn urai_json(teks: &str) -> Result<Value, Vec<MasalahImpor>> {
    let ganda = RefCell::new(None);
    // serde_json's Deserializer stops at BATAS_KEDALAMAN (128) nested arrays/objects on its
    // own, whatever visitor it drives, so a hostile file cannot overflow the stack.
    let mut de = serde_json::Deserializer::from_str(teks);
    let hasil = Pengurai { ganda: &ganda }.deserialize(&mut de).and_then(|v| de.end().map(|()| v));
    hasil.map_err(|e| vec![masalah_json(&e, &ganda)])
}

fn masalah_json(e: &serde_json::Error, ganda: &RefCell<Option<String>>) -> MasalahImpor {
    let (baris, kolom) = (e.line(), e.column());
    if let Some(kunci) = ganda.borrow_mut().take() {
        return MasalahImpor::KunciGanda { baris, kolom, kunci: ringkas(&kunci) };
    }
    if e.is_eof() {
        return MasalahImpor::JsonTerpotong { baris, kolom };
    }
    let teks = e.to_string();
    let akhiran = format!(" at line {baris} column {kolom}");
    let rincian = teks.strip_suffix(&akhiran).unwrap_or(&teks).to_string();
    if rincian == "recursion limit exceeded" {
        MasalahImpor::TerlaluDalam { baris, kolom }
    } else {
        MasalahImpor::BukanJson { baris, kolom, rincian }
    }
}

// ---------------------------------------------------------------------------------------------
// Migration
// ---------------------------------------------------------------------------------------------

/// Why older data could not be migrated, in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GalatMigrasi {
    /// The version the failing step starts from.
    pub dari: u32,
    pub rincian_id: String,
    pub rincian_en: String,
}

/// Brings a parsed file (the whole envelope) from schema `versi` up to [`VERSI_SKEMA`] with
/// [`migrasi_data`] on its `data`, and sets its `versi_skema`. It runs after the envelope's
/// `format` and `versi_skema` are checked and before any record is read as a Rust type, so every
/// later check sees the current shape. A `data` that is not an object is left for those checks
/// to report.
pub fn migrasi(versi: u32, berkas: Value) -> Result<Value, GalatMigrasi> {
    let mut berkas = berkas;
    if let Some(Value::Object(data)) = berkas.get_mut("data") {
        migrasi_data(versi, data)?;
    } else if versi < VERSI_SKEMA {
        // Still refuse a version no step starts from.
        migrasi_data(versi, &mut Map::new())?;
    }
    if versi < VERSI_SKEMA {
        if let Value::Object(o) = &mut berkas {
            o.insert("versi_skema".into(), Value::from(VERSI_SKEMA));
        }
    }
    Ok(berkas)
}

/// Brings the collections of schema `versi` up to [`VERSI_SKEMA`], one step at a time. `data`
/// is the object an exchange file has under `data` (`pegawai`, `unit_kerja` and, in a full file,
/// `pengaturan`); `penyimpanan::muat` builds the same object from a stored dataset, so import
/// and load share every step.
///
/// When the schema changes: raise [`VERSI_SKEMA`], write `fn migrasi_2_ke_3(&mut Map<String,
/// Value>) -> Result<(), GalatMigrasi>` (it rewrites the collections: renames or moves fields,
/// fills new required ones — and leaves alone what the checks after it will report) and add it
/// to [`LANGKAH_MIGRASI`]; keep a fixture of the older version under `tests/fixtures/migrasi/`
/// with tests that import it and load it from storage. The export, the JSON Schema and
/// `docs/exchange-format.md` (section "Migrasi / Migrations") then describe the new version.
pub fn migrasi_data(versi: u32, data: &mut Map<String, Value>) -> Result<(), GalatMigrasi> {
    for dari in versi..VERSI_SKEMA {
        let langkah =
            dari.checked_sub(1).and_then(|i| LANGKAH_MIGRASI.get(i as usize)).ok_or_else(|| GalatMigrasi {
                dari,
                rincian_id: format!("tidak ada langkah migrasi dari versi skema {dari}."),
                rincian_en: format!("there is no migration step from schema version {dari}."),
            })?;
        langkah(data)?;
    }
    Ok(())
}

/// The migration steps: entry `i` takes data from version `i + 1` to `i + 2`.
const LANGKAH_MIGRASI: &[LangkahMigrasi] = &[migrasi_1_ke_2, migrasi_2_ke_3];

/// One migration step: the collections of one version in, of the next version out.
type LangkahMigrasi = fn(&mut Map<String, Value>) -> Result<(), GalatMigrasi>;

/// Version 2 → 3: the performance collections (`skp`, `realisasi_kinerja`, …) and two
/// settings (`asumsi_distribusi`, `koefisien_ak`) were added, all optional: a version-2 file
/// has none of them and reads as it is. The step exists so that a version-2 Jenjang refuses a
/// version-3 file as "newer" rather than as "unknown fields".
fn migrasi_2_ke_3(_data: &mut Map<String, Value>) -> Result<(), GalatMigrasi> {
    Ok(())
}

/// Version 1 → 2: settings gained `instansi` (name, place of signature, evaluation period),
/// required from version 2 on. Where the data has settings (a full file, a stored dataset) they
/// get `{"nama": <the root unit's name>, "tempat": "", "periode_evaluasi": "triwulanan"}`: the
/// name of the one active unit at the top of the `unit_kerja` tree when there is exactly one
/// (an office's data usually hangs under its instansi), else empty for the user to fill in on
/// the Aturan page. Data without settings (a slice file) stays without. The values are written
/// as version 2 spells them, so later changes to the Rust types do not change this step.
fn migrasi_1_ke_2(data: &mut Map<String, Value>) -> Result<(), GalatMigrasi> {
    let nama = nama_akar_tunggal(data.get("unit_kerja")).unwrap_or_default();
    // Absent, null or not an object: nothing to fill in (the checks report a wrong type).
    let Some(Value::Object(pengaturan)) = data.get_mut("pengaturan") else {
        return Ok(());
    };
    if pengaturan.contains_key("instansi") {
        // Version 1 had no such field: a file that has it was edited by hand or mislabelled, and
        // guessing which value is meant could silently lose one.
        return Err(GalatMigrasi {
            dari: 1,
            rincian_id: "\"pengaturan\" sudah berisi \"instansi\", padahal kolom itu baru ada sejak versi skema 2. \
                Bila isi berkas ini sudah versi 2, ubah \"versi_skema\" menjadi 2; bila tidak, hapus \"instansi\"."
                .into(),
            rincian_en: "\"pengaturan\" already holds \"instansi\", a field that exists only since schema version 2. \
                If the content is version 2 already, set \"versi_skema\" to 2; otherwise remove \"instansi\"."
                .into(),
        });
    }
    let instansi = serde_json::json!({ "nama": nama, "tempat": "", "periode_evaluasi": "triwulanan" });
    pengaturan.insert("instansi".into(), instansi);
    Ok(())
}

/// The name of the only active unit without a parent, read leniently from raw records (the
/// record checks come after the migration and report anything malformed).
fn nama_akar_tunggal(unit_kerja: Option<&Value>) -> Option<String> {
    let mut akar = unit_kerja?.as_array()?.iter().filter(|u| {
        let kosong = |k: &str| u.get(k).is_none_or(Value::is_null);
        u.is_object() && kosong("induk") && kosong("dihapus_pada")
    });
    let satu = akar.next()?;
    if akar.next().is_some() {
        return None;
    }
    satu.get("nama").and_then(Value::as_str).map(str::to_string)
}

// ---------------------------------------------------------------------------------------------
// The fields of each record
// ---------------------------------------------------------------------------------------------

/// What is wrong at a path inside one record (or inside `pengaturan`).
#[derive(Debug)]
struct MasalahMedan {
    jalur: String,
    jenis: JenisMasalahMedan,
}

#[derive(Debug)]
enum JenisMasalahMedan {
    Wajib,
    TidakDikenal,
    TipeSalah { ditemukan: JenisJson, diharapkan: JenisJson },
    NilaiTidakDikenal { nilai: String, pilihan: Vec<String> },
    NilaiTidakValid { id: String, en: String },
}

type Periksa = fn(&Value) -> Result<(), JenisMasalahMedan>;

/// How a field's value is checked: as a Rust type, or as a nested object / list of objects
/// whose own fields are walked (so each nested problem gets its own path).
enum Bentuk {
    Nilai(Periksa),
    Objek(&'static [Medan]),
    Daftar(&'static [Medan]),
}

/// One field of a record. These tables mirror the serde types in `domain::pegawai`,
/// `store::dataset` and `rules::bup` field by field (`wajib` = no `#[serde(default)]`);
/// `tests/pertukaran.rs` checks them against the types and the JSON Schema, so a field added
/// to `Pegawai` without being added here fails a test instead of being refused at import.
struct Medan {
    nama: &'static str,
    wajib: bool,
    bentuk: Bentuk,
}

const fn w(nama: &'static str, periksa: Periksa) -> Medan {
    Medan { nama, wajib: true, bentuk: Bentuk::Nilai(periksa) }
}
const fn o(nama: &'static str, periksa: Periksa) -> Medan {
    Medan { nama, wajib: false, bentuk: Bentuk::Nilai(periksa) }
}

static MEDAN_RIWAYAT_PANGKAT: &[Medan] = &[
    w("id", periksa_id),
    w("golongan", periksa_golongan),
    w("tmt", periksa_tanggal),
    o("nomor_sk", periksa::<String>),
    o("tanggal_sk", periksa_tanggal_opsional),
    w("jenis_kenaikan", periksa::<JenisKenaikanPangkat>),
];

static MEDAN_RIWAYAT_JABATAN: &[Medan] = &[
    w("id", periksa_id),
    w("jenis", periksa::<JenisJabatan>),
    w("nama", periksa::<String>),
    o("jenjang", periksa::<Option<JenjangFungsional>>),
    o("unit_kerja", periksa_id_opsional),
    w("tmt", periksa_tanggal),
    o("nomor_sk", periksa::<String>),
    o("tanggal_sk", periksa_tanggal_opsional),
];

static MEDAN_RIWAYAT_PENDIDIKAN: &[Medan] = &[
    w("id", periksa_id),
    w("tingkat", periksa::<TingkatPendidikan>),
    o("jurusan", periksa::<String>),
    o("institusi", periksa::<String>),
    w("tahun_lulus", periksa::<i32>),
];

static MEDAN_PEGAWAI: &[Medan] = &[
    w("id", periksa_id),
    w("created_at", periksa_stempel),
    w("updated_at", periksa_stempel),
    o("dihapus_pada", periksa_stempel_opsional),
    w("nip", periksa_nip),
    o("nik", periksa_nik),
    w("nama", periksa::<String>),
    o("gelar_depan", periksa::<String>),
    o("gelar_belakang", periksa::<String>),
    o("tempat_lahir", periksa::<String>),
    w("tanggal_lahir", periksa_tanggal),
    w("jenis_kelamin", periksa::<JenisKelamin>),
    w("status", periksa::<StatusPegawai>),
    o("unit_kerja", periksa_id_opsional),
    Medan { nama: "riwayat_pangkat", wajib: false, bentuk: Bentuk::Daftar(MEDAN_RIWAYAT_PANGKAT) },
    Medan { nama: "riwayat_jabatan", wajib: false, bentuk: Bentuk::Daftar(MEDAN_RIWAYAT_JABATAN) },
    Medan { nama: "riwayat_pendidikan", wajib: false, bentuk: Bentuk::Daftar(MEDAN_RIWAYAT_PENDIDIKAN) },
];

static MEDAN_UNIT_KERJA: &[Medan] = &[
    w("id", periksa_id),
    w("created_at", periksa_stempel),
    w("updated_at", periksa_stempel),
    o("dihapus_pada", periksa_stempel_opsional),
    w("nama", periksa::<String>),
    o("induk", periksa_id_opsional),
];

static MEDAN_BARIS_BUP: &[Medan] = &[w("jenjang", periksa::<JenjangFungsional>), w("usia", periksa::<u8>)];
static MEDAN_TABEL_BUP: &[Medan] = &[Medan { nama: "baris", wajib: true, bentuk: Bentuk::Daftar(MEDAN_BARIS_BUP) }];
static MEDAN_INSTANSI: &[Medan] =
    &[w("nama", periksa::<String>), w("tempat", periksa::<String>), w("periode_evaluasi", periksa::<PeriodeEvaluasi>)];
static MEDAN_PENGATURAN: &[Medan] = &[
    Medan { nama: "bup_fungsional", wajib: false, bentuk: Bentuk::Objek(MEDAN_TABEL_BUP) },
    Medan { nama: "instansi", wajib: true, bentuk: Bentuk::Objek(MEDAN_INSTANSI) },
    Medan { nama: "asumsi_distribusi", wajib: false, bentuk: Bentuk::Objek(MEDAN_ASUMSI_DISTRIBUSI) },
    Medan { nama: "koefisien_ak", wajib: false, bentuk: Bentuk::Objek(MEDAN_TABEL_AK) },
];
static MEDAN_ASUMSI_DISTRIBUSI: &[Medan] = &[
    w("pembulatan_maksimal", periksa::<crate::rules::kinerja::Pembulatan>),
    w("pembulatan_minimal", periksa::<crate::rules::kinerja::Pembulatan>),
];
static MEDAN_BARIS_AK: &[Medan] =
    &[w("jenjang", periksa::<JenjangFungsional>), w("koefisien_per_seribu", periksa::<u32>)];
static MEDAN_TABEL_AK: &[Medan] = &[Medan { nama: "baris", wajib: true, bentuk: Bentuk::Daftar(MEDAN_BARIS_AK) }];

/// The names of the envelope's fields and of `data`'s.
const MEDAN_AMPLOP: [&str; 6] = ["format", "versi_skema", "jenis", "dibuat", "aplikasi", "data"];
const MEDAN_DATA: [&str; 9] = [
    "pegawai",
    "unit_kerja",
    "pengaturan",
    "skp",
    "realisasi_kinerja",
    "evaluasi_kinerja",
    "dialog_kinerja",
    "kinerja_organisasi",
    "umpan_balik_masyarakat",
];

/// Checks a value as the Rust type `T` would read it.
fn periksa<T: DeserializeOwned>(v: &Value) -> Result<(), JenisMasalahMedan> {
    T::deserialize(v).map(drop).map_err(|e| golongkan(v, &e.to_string(), None))
}

/// Like [`periksa`], with an English wording for the domain's (Indonesian) custom message.
fn periksa_dengan<T: DeserializeOwned>(
    v: &Value,
    inggris: fn(&str) -> Option<String>,
) -> Result<(), JenisMasalahMedan> {
    T::deserialize(v).map(drop).map_err(|e| golongkan(v, &e.to_string(), v.as_str().and_then(inggris)))
}

fn periksa_id(v: &Value) -> Result<(), JenisMasalahMedan> {
    periksa_dengan::<Id>(v, id_en)
}
fn periksa_id_opsional(v: &Value) -> Result<(), JenisMasalahMedan> {
    periksa_dengan::<Option<Id>>(v, id_en)
}
fn periksa_tanggal(v: &Value) -> Result<(), JenisMasalahMedan> {
    periksa_dengan::<Tanggal>(v, tanggal_en)
}
fn periksa_tanggal_opsional(v: &Value) -> Result<(), JenisMasalahMedan> {
    periksa_dengan::<Option<Tanggal>>(v, tanggal_en)
}
fn periksa_stempel(v: &Value) -> Result<(), JenisMasalahMedan> {
    periksa_dengan::<Stempel>(v, stempel_en)
}
fn periksa_stempel_opsional(v: &Value) -> Result<(), JenisMasalahMedan> {
    periksa_dengan::<Option<Stempel>>(v, stempel_en)
}
fn periksa_nip(v: &Value) -> Result<(), JenisMasalahMedan> {
    periksa_dengan::<Nip>(v, nip_en)
}
fn periksa_nik(v: &Value) -> Result<(), JenisMasalahMedan> {
    periksa_dengan::<Option<Nik>>(v, |s| Nik::parse(s).err().map(|e| e.pesan_en()))
}

/// `Golongan` is an untagged enum, whose serde error ("did not match any variant") names
/// nothing; say which codes exist instead.
fn periksa_golongan(v: &Value) -> Result<(), JenisMasalahMedan> {
    match (Golongan::deserialize(v), v) {
        (Ok(_), _) => Ok(()),
        (Err(_), Value::String(s)) => Err(JenisMasalahMedan::NilaiTidakDikenal {
            nilai: s.clone(),
            pilihan: GolonganPns::semua()
                .map(|g| g.kode().to_string())
                .chain(GolonganPppk::semua().map(|g| g.kode().to_string()))
                .collect(),
        }),
        (Err(_), lain) => {
            Err(JenisMasalahMedan::TipeSalah { ditemukan: JenisJson::dari(lain), diharapkan: JenisJson::Teks })
        }
    }
}

fn id_en(s: &str) -> Option<String> {
    Some(format!("id is not a UUID (8-4-4-4-12 hexadecimal digits): \"{}\"", ringkas(s)))
}
fn tanggal_en(s: &str) -> Option<String> {
    Some(format!("not a valid date: \"{}\" (must be YYYY-MM-DD, a real calendar day)", ringkas(s)))
}
fn stempel_en(s: &str) -> Option<String> {
    Some(format!("not a valid time: \"{}\" (must be RFC 3339, e.g. 2026-11-22T02:00:00.000Z)", ringkas(s)))
}

/// The English twin of the NIP message: deserialisation reports the error of the layout
/// guessed from digits 13–14 (see `impl TryFrom<String> for Nip`); parsing with that layout
/// against a far-future "today" skips exactly the checks deserialisation skips.
fn nip_en(s: &str) -> Option<String> {
    nip_galat(s).map(|e| e.pesan_en())
}

fn nip_galat(s: &str) -> Option<crate::domain::nip::NipError> {
    let bulan: String = s.chars().filter(|c| !c.is_whitespace()).skip(12).take(2).collect();
    let jenis = match bulan.parse::<u8>() {
        Ok(13..=99) => JenisNomorInduk::NiPppk,
        _ => JenisNomorInduk::Nip,
    };
    Nip::parse(s, jenis, hari_jauh()?).err()
}

/// Sorts a serde error message into a field problem. serde's own messages have a fixed
/// form ("invalid type: X, expected Y", "unknown variant `x`, expected …"); anything else is
/// a custom message from a domain type (NIP, NIK, Tanggal …) and is kept as it is.
fn golongkan(v: &Value, pesan: &str, en: Option<String>) -> JenisMasalahMedan {
    if let Some(sisa) = pesan.strip_prefix("invalid type: ") {
        if let Some((_, diharapkan)) = sisa.rsplit_once(", expected ") {
            if let Some(diharapkan) = jenis_diharapkan(diharapkan) {
                return JenisMasalahMedan::TipeSalah { ditemukan: JenisJson::dari(v), diharapkan };
            }
        }
    }
    if pesan.starts_with("unknown variant ") {
        if let Some((_, pilihan)) = pesan.rsplit_once(", expected ") {
            let pilihan: Vec<String> = pilihan.split('`').skip(1).step_by(2).map(str::to_string).collect();
            let nilai = v.as_str().map_or_else(|| ringkas_nilai(v), ringkas);
            return JenisMasalahMedan::NilaiTidakDikenal { nilai, pilihan };
        }
    }
    if let Some(sisa) = pesan.strip_prefix("invalid value: ") {
        let (nilai, harus) = sisa.rsplit_once(", expected ").unwrap_or((sisa, ""));
        let (harus_id, harus_en) = match harus {
            "u8" => ("bilangan bulat 0–255", "an integer 0–255"),
            "i32" => ("bilangan bulat −2147483648 s.d. 2147483647", "an integer −2147483648 to 2147483647"),
            // A period, a target or a score: `{"triwulan": 2}`, never two keys.
            "map with a single key" => ("objek dengan tepat satu kolom", "an object with exactly one field"),
            lain => (lain, lain),
        };
        return JenisMasalahMedan::NilaiTidakValid {
            id: format!("nilai {nilai} tidak diterima; harus {harus_id}."),
            en: format!("the value {nilai} is not accepted; it must be {harus_en}."),
        };
    }
    if let Some(medan) = pesan.strip_prefix("missing field `").and_then(|s| s.strip_suffix('`')) {
        // Only reachable through the whole-record fallback; the walk finds these itself.
        return JenisMasalahMedan::NilaiTidakValid {
            id: format!("kolom wajib \"{medan}\" tidak ada."),
            en: format!("the required field \"{medan}\" is missing."),
        };
    }
    JenisMasalahMedan::NilaiTidakValid {
        // Domain messages quote the value they refused, which may be any size.
        id: ringkas_panjang(pesan, 300),
        en: ringkas_panjang(&en.unwrap_or_else(|| format!("invalid value: {pesan}")), 300),
    }
}

/// serde's "expected …" for the types used in the records.
fn jenis_diharapkan(s: &str) -> Option<JenisJson> {
    Some(match s {
        "a string" | "string or map" | "variant identifier" => JenisJson::Teks,
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" => JenisJson::BilanganBulat,
        "f32" | "f64" => JenisJson::Bilangan,
        "a sequence" => JenisJson::Daftar,
        "a boolean" => JenisJson::Boolean,
        _ if s.starts_with("struct ") || s == "a map" => JenisJson::Objek,
        _ => return None,
    })
}

fn gabung(jalur: &str, medan: &str) -> String {
    if jalur.is_empty() {
        medan.to_string()
    } else {
        format!("{jalur}.{medan}")
    }
}

/// Walks an object against its field table. With `semua` false only unknown fields are
/// looked for (the record already read as its Rust type, which ignores unknown fields).
fn telusuri(obj: &Map<String, Value>, medan: &[Medan], jalur: &str, semua: bool, keluar: &mut Vec<MasalahMedan>) {
    for kunci in obj.keys() {
        if !medan.iter().any(|m| m.nama == kunci) {
            keluar.push(MasalahMedan { jalur: gabung(jalur, &ringkas(kunci)), jenis: JenisMasalahMedan::TidakDikenal });
        }
    }
    for m in medan {
        let jalur_m = gabung(jalur, m.nama);
        let Some(v) = obj.get(m.nama) else {
            if semua && m.wajib {
                keluar.push(MasalahMedan { jalur: jalur_m, jenis: JenisMasalahMedan::Wajib });
            }
            continue;
        };
        let salah_tipe = |diharapkan| MasalahMedan {
            jalur: jalur_m.clone(),
            jenis: JenisMasalahMedan::TipeSalah { ditemukan: JenisJson::dari(v), diharapkan },
        };
        match (&m.bentuk, v) {
            (Bentuk::Nilai(periksa), _) => {
                if semua {
                    if let Err(jenis) = periksa(v) {
                        keluar.push(MasalahMedan { jalur: jalur_m, jenis });
                    }
                }
            }
            (Bentuk::Objek(sub), Value::Object(o)) => telusuri(o, sub, &jalur_m, semua, keluar),
            (Bentuk::Objek(_), _) => keluar.push(salah_tipe(JenisJson::Objek)),
            (Bentuk::Daftar(sub), Value::Array(isi)) => {
                for (i, x) in isi.iter().enumerate() {
                    let jalur_i = format!("{jalur_m}[{i}]");
                    match x {
                        Value::Object(o) => telusuri(o, sub, &jalur_i, semua, keluar),
                        lain => keluar.push(MasalahMedan {
                            jalur: jalur_i,
                            jenis: JenisMasalahMedan::TipeSalah {
                                ditemukan: JenisJson::dari(lain),
                                diharapkan: JenisJson::Objek,
                            },
                        }),
                    }
                }
            }
            (Bentuk::Daftar(_), _) => keluar.push(salah_tipe(JenisJson::Daftar)),
        }
    }
}

/// Reads one object as `T`, reporting every field problem (not only serde's first).
fn baca_rekaman<T: DeserializeOwned>(v: &Value, medan: &[Medan]) -> Result<T, Vec<MasalahMedan>> {
    let Value::Object(obj) = v else {
        return Err(Vec::new());
    };
    let mut masalah = Vec::new();
    match T::deserialize(v) {
        Ok(x) => {
            telusuri(obj, medan, "", false, &mut masalah);
            if masalah.is_empty() {
                Ok(x)
            } else {
                Err(masalah)
            }
        }
        Err(_) => {
            telusuri(obj, medan, "", true, &mut masalah);
            if masalah.is_empty() {
                // The table missed what serde saw: report serde's own finding.
                if let Err(e) = serde_path_to_error::deserialize::<_, T>(v) {
                    let jalur = e.path().to_string();
                    let jalur = if jalur == "." { String::new() } else { jalur };
                    let nilai = cari_jalur(v, &jalur).unwrap_or(&Value::Null);
                    masalah.push(MasalahMedan { jalur, jenis: golongkan(nilai, &e.inner().to_string(), None) });
                }
            }
            Err(masalah)
        }
    }
}

/// The value at `a.b[2].c` inside `v`.
fn cari_jalur<'a>(v: &'a Value, jalur: &str) -> Option<&'a Value> {
    let mut kini = v;
    for seg in jalur.split('.').filter(|s| !s.is_empty()) {
        let (nama, indeks) = match seg.split_once('[') {
            Some((n, i)) => (n, i.trim_end_matches(']').parse::<usize>().ok()),
            None => (seg, None),
        };
        if !nama.is_empty() {
            kini = kini.get(nama)?;
        }
        if let Some(i) = indeks {
            kini = kini.get(i)?;
        }
    }
    Some(kini)
}

// ---------------------------------------------------------------------------------------------
// Reading a file
// ---------------------------------------------------------------------------------------------

/// Collects problems up to [`BATAS_MASALAH`], counting the rest.
#[derive(Default)]
struct Pengumpul {
    daftar: Vec<MasalahImpor>,
    total: usize,
}

impl Pengumpul {
    fn tambah(&mut self, m: MasalahImpor) {
        self.total += 1;
        if self.daftar.len() < BATAS_MASALAH {
            self.daftar.push(m);
        }
    }
    fn selesai(mut self) -> Vec<MasalahImpor> {
        if self.total > self.daftar.len() {
            let ditampilkan = self.daftar.len();
            self.daftar.push(MasalahImpor::TerlaluBanyakMasalah { ditampilkan, total: self.total });
        }
        self.daftar
    }
}

fn ubah_masalah_medan(dasar: &Lokasi, m: MasalahMedan) -> MasalahImpor {
    let lokasi = dasar.dengan_medan((!m.jalur.is_empty()).then_some(m.jalur));
    match m.jenis {
        JenisMasalahMedan::Wajib => MasalahImpor::MedanWajibTidakAda { lokasi },
        JenisMasalahMedan::TidakDikenal => MasalahImpor::MedanTidakDikenal { lokasi },
        JenisMasalahMedan::TipeSalah { ditemukan, diharapkan } => {
            MasalahImpor::TipeSalah { lokasi, ditemukan, diharapkan }
        }
        JenisMasalahMedan::NilaiTidakDikenal { nilai, pilihan } => {
            MasalahImpor::NilaiTidakDikenal { lokasi, nilai, pilihan }
        }
        JenisMasalahMedan::NilaiTidakValid { id, en } => {
            MasalahImpor::NilaiTidakValid { lokasi, rincian_id: id, rincian_en: en }
        }
    }
}

/// The location of record `i` of `koleksi`, with its id and name when they are strings.
fn lokasi_rekaman(koleksi: &str, i: usize, v: &Value) -> Lokasi {
    let teks = |k: &str| v.get(k).and_then(Value::as_str).map(ringkas);
    Lokasi { koleksi: Some(koleksi.to_string()), rekaman: Some(i), id: teks("id"), nama: teks("nama"), medan: None }
}

/// Reads every record of a collection; failing ones are reported and left out. `lanjut`
/// checks a record that read as its type for what involves several fields.
fn baca_koleksi<T: DeserializeOwned>(
    koleksi: &str,
    isi: &[Value],
    medan: &[Medan],
    lanjut: fn(&T) -> Option<MasalahMedan>,
    p: &mut Pengumpul,
) -> Vec<(usize, T)> {
    let mut hasil = Vec::with_capacity(isi.len());
    for (i, v) in isi.iter().enumerate() {
        let lokasi = lokasi_rekaman(koleksi, i, v);
        if !v.is_object() {
            p.tambah(MasalahImpor::RekamanBukanObjek { lokasi, ditemukan: JenisJson::dari(v) });
            continue;
        }
        match baca_rekaman::<T>(v, medan) {
            Ok(x) => match lanjut(&x) {
                None => hasil.push((i, x)),
                Some(m) => p.tambah(ubah_masalah_medan(&lokasi, m)),
            },
            Err(masalah) => masalah.into_iter().for_each(|m| p.tambah(ubah_masalah_medan(&lokasi, m))),
        }
    }
    hasil
}

/// The NIP read on its own guesses its layout from digits 13–14 (see `impl TryFrom<String>
/// for Nip`), so `198609262015131001` passes as a NI PPPK. The form checks the number with the
/// layout of the pegawai's status; so does import, or a PNS could arrive with a "TMT" in
/// month 13.
fn periksa_pegawai(p: &Pegawai) -> Option<MasalahMedan> {
    let jenis = JenisNomorInduk::untuk_status(p.status);
    if p.nip.jenis() == jenis {
        // Deserialisation accepted the number with this very layout, after every check
        // `Nip::parse` makes against a far-future day (see `hari_jauh`): nothing to add.
        return None;
    }
    let galat = Nip::parse(p.nip.as_str(), jenis, hari_jauh()?).err()?;
    Some(MasalahMedan {
        jalur: "nip".into(),
        jenis: JenisMasalahMedan::NilaiTidakValid {
            id: format!("untuk status {} nomor ini harus {}: {}", p.status.kode(), jenis.label(), galat.pesan_id()),
            en: format!(
                "with status {} this number must be a {}: {}",
                p.status.kode(),
                jenis.label(),
                galat.pesan_en()
            ),
        },
    })
}

/// A "today" so far ahead that [`Nip::parse`] skips its checks against the calendar, as
/// deserialisation does (a stored number stays valid as time moves on).
fn hari_jauh() -> Option<Tanggal> {
    Tanggal::new(9999, 12, 31)
}

/// Reads an incoming exchange file and checks all of it against the current data `ada`
/// (references may point to unit kerja in the file or in `ada`). Returns every problem
/// found — envelope, each record's fields, duplicate ids, dangling references, cycles,
/// duplicate NIPs — or the file, migrated to [`VERSI_SKEMA`]. Never panics, never changes
/// anything.
///
/// The order: size (before anything is parsed) → UTF-8 (a BOM is skipped) → JSON →
/// `format` → `versi_skema` (a newer one is refused here, before anything else is
/// interpreted) → [`migrasi`] → the rest of the envelope → records → cross-record checks.
///
/// A file of the current version is first read by the fast path (`jalur_cepat`: straight into
/// the Rust types, then the same checks on them), which accepts only a file every check passes;
/// anything else — a problem, an older version — is read again by [`baca_berkas_teliti`], which
/// finds and describes every problem. Both give the same result (tested on every fixture, every
/// export and the fuzz corpus).
pub fn baca_berkas(byte: &[u8], ada: &Dataset) -> Result<Berkas, Vec<MasalahImpor>> {
    let teks = teks_berkas(byte)?;
    if let Some(berkas) = jalur_cepat::baca(teks, ada) {
        return Ok(berkas);
    }
    baca_teks_teliti(teks, ada)
}

/// [`baca_berkas`] without the fast path: the thorough reading that describes every problem.
/// Public so the tests can hold the two paths against each other.
#[doc(hidden)]
pub fn baca_berkas_teliti(byte: &[u8], ada: &Dataset) -> Result<Berkas, Vec<MasalahImpor>> {
    baca_teks_teliti(teks_berkas(byte)?, ada)
}

/// Size, encoding and emptiness: the checks before the text is parsed.
fn teks_berkas(byte: &[u8]) -> Result<&str, Vec<MasalahImpor>> {
    if byte.len() > BATAS_UKURAN {
        return Err(vec![MasalahImpor::TerlaluBesar { ukuran: byte.len(), batas: BATAS_UKURAN }]);
    }
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    let (isi, geser) = match byte.strip_prefix(BOM) {
        Some(sisa) => (sisa, BOM.len()),
        None => (byte, 0),
    };
    let teks = std::str::from_utf8(isi).map_err(|e| {
        let utf16 = byte.starts_with(b"\xFF\xFE") || byte.starts_with(b"\xFE\xFF");
        vec![MasalahImpor::BukanUtf8 { posisi_byte: e.valid_up_to() + geser, mungkin_utf16: utf16 }]
    })?;
    if teks.trim().is_empty() {
        return Err(vec![MasalahImpor::BerkasKosong]);
    }
    Ok(teks)
}

fn baca_teks_teliti(teks: &str, ada: &Dataset) -> Result<Berkas, Vec<MasalahImpor>> {
    let akar = urai_json(teks)?;
    let Value::Object(amplop) = akar else {
        return Err(vec![MasalahImpor::BukanObjek { ditemukan: JenisJson::dari(&akar) }]);
    };

    match amplop.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        lain => return Err(vec![MasalahImpor::BukanBerkasJenjang { format: lain.map(ringkas_nilai) }]),
    }
    let versi = match amplop.get("versi_skema") {
        Some(v) => match v.as_u64() {
            Some(n) if n >= 1 => n,
            _ => return Err(vec![MasalahImpor::VersiSkemaTidakValid { nilai: Some(ringkas_nilai(v)) }]),
        },
        None => return Err(vec![MasalahImpor::VersiSkemaTidakValid { nilai: None }]),
    };
    if versi > u64::from(VERSI_SKEMA) {
        return Err(vec![MasalahImpor::VersiSkemaLebihBaru { versi, didukung: VERSI_SKEMA }]);
    }
    // versi ≤ VERSI_SKEMA (a u32) here.
    let versi = versi as u32;
    let amplop = match migrasi(versi, Value::Object(amplop)) {
        Ok(Value::Object(o)) => o,
        Ok(_) => {
            return Err(vec![MasalahImpor::MigrasiGagal {
                dari: versi,
                rincian_id: "hasil migrasi bukan objek.".into(),
                rincian_en: "the migrated file is not an object.".into(),
            }])
        }
        Err(g) => {
            return Err(vec![MasalahImpor::MigrasiGagal {
                dari: g.dari,
                rincian_id: g.rincian_id,
                rincian_en: g.rincian_en,
            }])
        }
    };

    let mut p = Pengumpul::default();
    for kunci in amplop.keys().filter(|k| !MEDAN_AMPLOP.contains(&k.as_str())) {
        p.tambah(MasalahImpor::MedanTidakDikenal { lokasi: Lokasi::medan(ringkas(kunci)) });
    }
    let jenis = match amplop.get("jenis") {
        Some(Value::String(s)) => JenisBerkas::parse(s),
        _ => None,
    };
    if jenis.is_none() {
        p.tambah(MasalahImpor::JenisTidakDikenal { nilai: amplop.get("jenis").map(ringkas_nilai) });
    }
    let dibuat = match amplop.get("dibuat") {
        Some(Value::String(s)) if Stempel::parse_rfc3339(s).is_some() => Some(s.clone()),
        lain => {
            p.tambah(MasalahImpor::DibuatTidakValid { nilai: lain.map(ringkas_nilai) });
            None
        }
    };
    let aplikasi = match amplop.get("aplikasi") {
        Some(Value::String(s)) => Some(s.clone()),
        lain => {
            p.tambah(MasalahImpor::AplikasiTidakValid { nilai: lain.map(ringkas_nilai) });
            None
        }
    };

    let kosong = Map::new();
    let data = match amplop.get("data") {
        Some(Value::Object(d)) => d,
        Some(lain) => {
            p.tambah(MasalahImpor::DataBukanObjek { ditemukan: JenisJson::dari(lain) });
            &kosong
        }
        None => {
            p.tambah(MasalahImpor::DataTidakAda);
            &kosong
        }
    };
    let data_ada = amplop.get("data").is_some_and(Value::is_object);
    for kunci in data.keys().filter(|k| !MEDAN_DATA.contains(&k.as_str())) {
        p.tambah(MasalahImpor::MedanTidakDikenal { lokasi: Lokasi::medan(format!("data.{}", ringkas(kunci))) });
    }
    let pegawai_mentah = ambil_koleksi(data, "pegawai", data_ada, &mut p);
    let unit_mentah = ambil_koleksi(data, "unit_kerja", data_ada, &mut p);

    let pegawai = baca_koleksi::<Pegawai>("pegawai", pegawai_mentah, MEDAN_PEGAWAI, periksa_pegawai, &mut p);
    let unit_kerja = baca_koleksi::<UnitKerja>("unit_kerja", unit_mentah, MEDAN_UNIT_KERJA, |_| None, &mut p);

    // `null` counts as absent, as for any optional field.
    let pengaturan = match (data.get("pengaturan"), jenis) {
        (None | Some(Value::Null), _) => None,
        (Some(_), Some(j @ (JenisBerkas::PenilaianMandiri | JenisBerkas::Unit))) => {
            p.tambah(MasalahImpor::PengaturanDiLuarBerkasLengkap { jenis: j });
            None
        }
        (Some(v @ Value::Object(_)), _) => {
            let lokasi = Lokasi::koleksi("pengaturan");
            match baca_rekaman::<Pengaturan>(v, MEDAN_PENGATURAN) {
                Ok(x) => Some(x),
                Err(masalah) => {
                    masalah.into_iter().for_each(|m| p.tambah(ubah_masalah_medan(&lokasi, m)));
                    None
                }
            }
        }
        (Some(lain), _) => {
            p.tambah(MasalahImpor::TipeSalah {
                lokasi: Lokasi::koleksi("pengaturan"),
                ditemukan: JenisJson::dari(lain),
                diharapkan: JenisJson::Objek,
            });
            None
        }
    };

    periksa_silang(pegawai_mentah, unit_mentah, &pegawai, ada, &mut p);
    let pegawai_file: HashSet<Id> = pegawai_mentah.iter().filter_map(|v| id_mentah(v, "id")).collect();
    let unit_file: HashSet<Id> = unit_mentah.iter().filter_map(|v| id_mentah(v, "id")).collect();
    let kinerja = kinerja::baca_kinerja(data, &pegawai_file, &unit_file, ada, &mut p);

    let masalah = p.selesai();
    match (jenis, dibuat, aplikasi) {
        (Some(jenis), Some(dibuat), Some(aplikasi)) if masalah.is_empty() => Ok(Berkas {
            jenis,
            dibuat,
            aplikasi,
            data: DataBerkas {
                pegawai: pegawai.into_iter().map(|(_, x)| x).collect(),
                unit_kerja: unit_kerja.into_iter().map(|(_, x)| x).collect(),
                pengaturan,
                kinerja,
            },
        }),
        _ => Err(masalah),
    }
}

/// `data.<nama>` as a list of raw records; a missing or non-list collection is reported and
/// read as empty.
fn ambil_koleksi<'a>(data: &'a Map<String, Value>, nama: &str, data_ada: bool, p: &mut Pengumpul) -> &'a [Value] {
    match data.get(nama) {
        Some(Value::Array(isi)) => isi,
        Some(lain) => {
            p.tambah(MasalahImpor::KoleksiBukanDaftar { koleksi: nama.into(), ditemukan: JenisJson::dari(lain) });
            &[]
        }
        None => {
            if data_ada {
                p.tambah(MasalahImpor::MedanWajibTidakAda { lokasi: Lokasi::medan(format!("data.{nama}")) });
            }
            &[]
        }
    }
}

/// The id a raw record names, when it is a valid one.
fn id_mentah(v: &Value, kunci: &str) -> Option<Id> {
    v.get(kunci).and_then(Value::as_str).and_then(Id::parse)
}

/// Duplicate ids per collection, dangling unit references, `induk` cycles and duplicate NIPs
/// among active pegawai. Ids and references are taken from the raw values, so a record that
/// failed elsewhere is still checked here.
fn periksa_silang(
    pegawai_mentah: &[Value],
    unit_mentah: &[Value],
    pegawai: &[(usize, Pegawai)],
    ada: &Dataset,
    p: &mut Pengumpul,
) {
    for (koleksi, isi) in [("pegawai", pegawai_mentah), ("unit_kerja", unit_mentah)] {
        let mut pertama: HashMap<Id, usize> = HashMap::with_capacity(isi.len());
        for (i, v) in isi.iter().enumerate() {
            let Some(id) = id_mentah(v, "id") else { continue };
            match pertama.get(&id) {
                Some(&j) => p.tambah(MasalahImpor::IdGanda {
                    lokasi: lokasi_rekaman(koleksi, i, v).dengan_medan(Some("id".into())),
                    indeks_pertama: j,
                }),
                None => {
                    pertama.insert(id, i);
                }
            }
        }
    }

    // Any unit that exists, deleted ones included: a riwayat jabatan keeps naming the unit
    // a person served in after that unit was dissolved.
    let dikenal: HashSet<Id> = unit_mentah
        .iter()
        .filter_map(|v| id_mentah(v, "id"))
        .chain(ada.unit_kerja.iter().map(|u| u.id.clone()))
        .collect();
    let rujukan = |koleksi: &str, i: usize, v: &Value, medan: String, tujuan: Option<&Value>, p: &mut Pengumpul| {
        let Some(id) = tujuan.and_then(Value::as_str).and_then(Id::parse) else { return };
        if !dikenal.contains(&id) {
            p.tambah(MasalahImpor::RujukanTidakAda {
                lokasi: lokasi_rekaman(koleksi, i, v).dengan_medan(Some(medan)),
                id_dirujuk: id.as_str().to_string(),
            });
        }
    };
    for (i, v) in unit_mentah.iter().enumerate() {
        rujukan("unit_kerja", i, v, "induk".into(), v.get("induk"), p);
    }
    for (i, v) in pegawai_mentah.iter().enumerate() {
        rujukan("pegawai", i, v, "unit_kerja".into(), v.get("unit_kerja"), p);
        if let Some(Value::Array(riwayat)) = v.get("riwayat_jabatan") {
            for (j, r) in riwayat.iter().enumerate() {
                rujukan("pegawai", i, v, format!("riwayat_jabatan[{j}].unit_kerja"), r.get("unit_kerja"), p);
            }
        }
    }

    periksa_lingkaran(unit_mentah, ada, p);

    let mut nip_pertama: HashMap<&str, usize> = HashMap::with_capacity(pegawai.len());
    for (i, x) in pegawai.iter().filter(|(_, x)| x.aktif()) {
        match nip_pertama.get(x.nip.as_str()) {
            Some(&j) => p.tambah(MasalahImpor::NipGanda {
                lokasi: lokasi_rekaman("pegawai", *i, pegawai_mentah.get(*i).unwrap_or(&Value::Null))
                    .dengan_medan(Some("nip".into())),
                nip: x.nip.as_str().to_string(),
                indeks_pertama: j,
            }),
            None => {
                nip_pertama.insert(x.nip.as_str(), *i);
            }
        }
    }
}

/// Units of the file whose `induk` chain comes back to them, reported at their `induk`.
fn periksa_lingkaran(unit_mentah: &[Value], ada: &Dataset, p: &mut Pengumpul) {
    let unit =
        unit_mentah.iter().enumerate().filter_map(|(i, v)| Some((i, id_mentah(v, "id")?, id_mentah(v, "induk"))));
    for i in indeks_melingkar(unit, ada) {
        let v = unit_mentah.get(i).unwrap_or(&Value::Null);
        p.tambah(MasalahImpor::IndukMelingkar {
            lokasi: lokasi_rekaman("unit_kerja", i, v).dengan_medan(Some("induk".into())),
        });
    }
}

/// The indices (sorted) of the file's units whose `induk` chain comes back to them, given each
/// unit of the file as (index, id, induk). The parent of a unit is its parent in the file, or
/// in `ada` for units only there. Linear: each unit is walked once.
fn indeks_melingkar(unit_file: impl Iterator<Item = (usize, Id, Option<Id>)>, ada: &Dataset) -> Vec<usize> {
    let mut induk: HashMap<Id, Option<Id>> = ada.unit_kerja.iter().map(|u| (u.id.clone(), u.induk.clone())).collect();
    let mut indeks: HashMap<Id, usize> = HashMap::new();
    for (i, id, induk_id) in unit_file {
        induk.insert(id.clone(), induk_id);
        indeks.entry(id).or_insert(i);
    }
    // 0 = not seen; otherwise the walk that first reached the unit.
    let mut cap: HashMap<&Id, usize> = HashMap::with_capacity(induk.len());
    let mut dalam_lingkaran: Vec<usize> = Vec::new();
    for (nomor, awal) in induk.keys().enumerate() {
        let nomor = nomor + 1;
        let mut jalan: Vec<&Id> = Vec::new();
        let mut kini = Some(awal);
        while let Some(id) = kini {
            match cap.get(id) {
                Some(&n) if n == nomor => {
                    // Back on this walk: everything from `id` on is the cycle.
                    let mulai = jalan.iter().position(|x| *x == id).unwrap_or(0);
                    dalam_lingkaran.extend(jalan[mulai..].iter().filter_map(|x| indeks.get(*x)));
                    break;
                }
                Some(_) => break,
                None => {}
            }
            cap.insert(id, nomor);
            jalan.push(id);
            kini = induk.get(id).and_then(Option::as_ref).filter(|i| induk.contains_key(*i));
        }
    }
    dalam_lingkaran.sort_unstable();
    dalam_lingkaran
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_is_written_as_local_time_with_its_sign() {
        let s = Stempel::parse_rfc3339("2026-11-22T02:00:00Z").unwrap();
        assert_eq!(rfc3339_dengan_offset(s, 420), "2026-11-22T09:00:00+07:00");
        assert_eq!(rfc3339_dengan_offset(s, 0), "2026-11-22T02:00:00+00:00");
        assert_eq!(rfc3339_dengan_offset(s, -150), "2026-11-21T23:30:00-02:30");
        assert_eq!(rfc3339_dengan_offset(Stempel(s.0 + 5), 540), "2026-11-22T11:00:00.005+09:00");
        assert_eq!(rfc3339_dengan_offset(s, 100_000), "2026-11-23T01:59:00+23:59");
        for off in [-720, -1, 0, 1, 420, 480, 540, 845] {
            assert_eq!(Stempel::parse_rfc3339(&rfc3339_dengan_offset(s, off)), Some(s), "{off}");
        }
    }

    #[test]
    fn slug_is_ascii_words_joined_by_dashes() {
        assert_eq!(slug("Bidang Mutasi dan Promosi"), "bidang-mutasi-dan-promosi");
        assert_eq!(slug("  Pendidikan & Pelatihan (Diklat) "), "pendidikan-pelatihan-diklat");
        assert_eq!(
            slug("Sekretariat Dinas Pendidikan Kabupaten Bone — Subbagian Umum dan Kepegawaian"),
            "sekretariat-dinas-pendidikan-kabupaten-bone-subbagian-umum"
        );
        assert_eq!(slug("Café Ñusantara"), "cafe-nusantara");
        assert_eq!(slug("<script>alert(1)</script>"), "script-alert-1-script");
        assert_eq!(slug("日本"), "");
    }

    #[test]
    fn human_path_counts_from_one() {
        assert_eq!(jalur_manusia("riwayat_pangkat[0].tmt", " ke-"), "riwayat_pangkat ke-1 › tmt");
        assert_eq!(jalur_manusia("bup_fungsional.baris[11].usia", " #"), "bup_fungsional › baris #12 › usia");
        assert_eq!(jalur_manusia("a[x]", " ke-"), "a[x]");
        // Unknown keys from a file end up in paths: odd brackets must not trip the walk.
        for aneh in ["a[", "]b[0]", "x[99999999999999999999]", "[[]]", "é[1]ü", "]["] {
            let _ = jalur_manusia(aneh, " ke-");
        }
        assert_eq!(jalur_manusia("é[1]ü", " ke-"), "é ke-2ü");
    }

    #[test]
    fn migration_of_the_current_version_is_the_identity() {
        let v = serde_json::json!({"format": "jenjang", "versi_skema": 2, "data": {"pegawai": []}});
        assert_eq!(migrasi(VERSI_SKEMA, v.clone()), Ok(v.clone()));
        assert!(migrasi(0, v.clone()).is_err(), "version 0 has no step and must not underflow");
        let tanpa_data = serde_json::json!({"format": "jenjang", "versi_skema": 0});
        assert!(migrasi(0, tanpa_data).is_err(), "nor without data");
    }

    fn data_v1(unit_kerja: Value, pengaturan: Option<Value>) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert("pegawai".into(), Value::Array(Vec::new()));
        m.insert("unit_kerja".into(), unit_kerja);
        if let Some(p) = pengaturan {
            m.insert("pengaturan".into(), p);
        }
        m
    }

    #[test]
    fn step_1_to_2_fills_instansi_from_the_only_active_root() {
        use serde_json::json;
        let unit = json!([
            {"id": "a", "nama": "Pemerintah Kota Contoh"},
            {"id": "b", "nama": "Dinas", "induk": "a"},
            {"id": "c", "nama": "Lama", "induk": null, "dihapus_pada": "2026-01-01T00:00:00.000Z"}
        ]);
        let mut d = data_v1(unit, Some(json!({})));
        migrasi_data(1, &mut d).unwrap();
        assert_eq!(
            d["pengaturan"],
            json!({"instansi": {"nama": "Pemerintah Kota Contoh", "tempat": "", "periode_evaluasi": "triwulanan"}})
        );
        // What it writes is what version 2 reads.
        let p: Pengaturan = serde_json::from_value(d["pengaturan"].clone()).unwrap();
        assert_eq!(p.instansi.nama, "Pemerintah Kota Contoh");
    }

    #[test]
    fn step_1_to_2_is_lenient_with_what_the_checks_report_later() {
        use serde_json::json;
        let kosong = |d: &Map<String, Value>| d["pengaturan"]["instansi"]["nama"] == json!("");
        // No units, units not a list, a root whose name is not text, two roots, no root at all.
        for unit in [
            json!([]),
            json!("bukan daftar"),
            json!([{"nama": 5}]),
            json!([{"nama": "A"}, {"nama": "B"}]),
            json!([{"nama": "A", "induk": "x"}]),
            json!([1, null]),
        ] {
            let mut d = data_v1(unit.clone(), Some(json!({"bup_fungsional": {"baris": []}})));
            migrasi_data(1, &mut d).unwrap();
            assert!(kosong(&d), "{unit}");
            assert_eq!(d["pengaturan"]["bup_fungsional"], json!({"baris": []}), "other settings stay");
        }
        // No settings, null settings, settings of the wrong type: left for the checks.
        for p in [None, Some(Value::Null), Some(json!([1])), Some(json!("x"))] {
            let mut d = data_v1(json!([{"nama": "A"}]), p.clone());
            let sebelum = d.clone();
            migrasi_data(1, &mut d).unwrap();
            assert_eq!(d, sebelum, "{p:?}");
        }
    }

    #[test]
    fn values_quoted_in_messages_are_shortened() {
        let panjang = "x".repeat(10_000_000);
        let v = serde_json::json!({
            "format": "jenjang", "versi_skema": 1, "jenis": "lengkap",
            "dibuat": "2026-11-22T09:00:00+07:00", "aplikasi": "0.1.0",
            "data": {"pegawai": [{"id": panjang.clone(), panjang.clone(): 1}], "unit_kerja": []}
        });
        let m = baca_berkas(v.to_string().as_bytes(), &Dataset::default()).unwrap_err();
        assert!(m.iter().all(|x| x.pesan_id().len() < 1000 && x.pesan_en().len() < 1000), "{m:?}");
    }

    #[test]
    fn nip_english_message_matches_the_indonesian_one() {
        for s in ["198609262015131001", "198613262015051001", "12345", "1986092620150510x1", "199009132025242014"] {
            let serde = serde_json::from_value::<Nip>(Value::String(s.into())).err().map(|e| e.to_string());
            assert_eq!(serde, nip_galat(s).map(|e| e.pesan_id()), "{s}");
        }
    }
}
