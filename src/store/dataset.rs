//! The dataset: every collection the app keeps, its schema version, and the changes a user
//! makes to it. Each change stamps `updated_at` and says which collection it touched, so the
//! persistence layer writes only that collection.

use super::gabung::JejakSinkron;
use crate::domain::evaluasi::{
    DialogKinerja, EvaluasiKinerja, KinerjaOrganisasi, RealisasiKinerja, UmpanBalikMasyarakat,
};
use crate::domain::id::Id;
use crate::domain::instansi::Instansi;
use crate::domain::pegawai::{Pegawai, UnitKerja};
use crate::domain::skp::Skp;
use crate::domain::tanggal::Stempel;
use crate::domain::unit;
use crate::rules::bup::TabelBupFungsional;
use crate::rules::kinerja::{AsumsiDistribusi, TabelKoefisienAk};
use serde::{Deserialize, Serialize};

/// The schema version this build writes. A stored dataset or file with a higher version is
/// refused (never overwritten); a lower one is migrated (`pertukaran::migrasi`).
///
/// - 1: pegawai, unit kerja, pengaturan with the BUP table.
/// - 2: `pengaturan.instansi` (name, place of signature, evaluation period), required.
/// - 3: performance appraisal: `skp`, `realisasi_kinerja`, `evaluasi_kinerja`,
///   `dialog_kinerja`, `kinerja_organisasi`, `umpan_balik_masyarakat`, and in `pengaturan`
///   the distribution rounding assumption and the AK coefficients. A version-2 file has none
///   of them; the migration only raises the version.
pub const VERSI_SKEMA: u32 = 3;

/// Settings that are part of the data (they travel with an export), unlike the language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct Pengaturan {
    /// BUP per jenjang jabatan fungsional: UNCONFIRMED values, editable on the Aturan page.
    #[serde(default)]
    pub bup_fungsional: TabelBupFungsional,
    /// Since schema 2, and required there: a schema-1 dataset gets it from the migration.
    pub instansi: Instansi,
    /// How SE MenPANRB 3/2023 percentages become people in small units: UNCONFIRMED, editable.
    #[serde(default)]
    pub asumsi_distribusi: AsumsiDistribusi,
    /// Koefisien angka kredit tahunan per jenjang JF: UNCONFIRMED except Ahli Pertama, editable.
    #[serde(default)]
    pub koefisien_ak: TabelKoefisienAk,
}

/// The collections, each saved under its own key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Koleksi {
    Pegawai,
    UnitKerja,
    Pengaturan,
    /// Merge bookkeeping ([`JejakSinkron`]): kept in this browser only, never exported.
    Sinkron,
    Skp,
    RealisasiKinerja,
    EvaluasiKinerja,
    DialogKinerja,
    KinerjaOrganisasi,
    UmpanBalikMasyarakat,
}

impl Koleksi {
    pub const SEMUA: [Koleksi; 10] = [
        Koleksi::Pegawai,
        Koleksi::UnitKerja,
        Koleksi::Pengaturan,
        Koleksi::Sinkron,
        Koleksi::Skp,
        Koleksi::RealisasiKinerja,
        Koleksi::EvaluasiKinerja,
        Koleksi::DialogKinerja,
        Koleksi::KinerjaOrganisasi,
        Koleksi::UmpanBalikMasyarakat,
    ];
    /// The performance-appraisal record collections (schema 3).
    pub const KINERJA: [Koleksi; 6] = [
        Koleksi::Skp,
        Koleksi::RealisasiKinerja,
        Koleksi::EvaluasiKinerja,
        Koleksi::DialogKinerja,
        Koleksi::KinerjaOrganisasi,
        Koleksi::UmpanBalikMasyarakat,
    ];
    /// Name used in storage keys, exchange files and error messages.
    pub fn nama(self) -> &'static str {
        match self {
            Koleksi::Pegawai => "pegawai",
            Koleksi::UnitKerja => "unit_kerja",
            Koleksi::Pengaturan => "pengaturan",
            Koleksi::Sinkron => "sinkron",
            Koleksi::Skp => "skp",
            Koleksi::RealisasiKinerja => "realisasi_kinerja",
            Koleksi::EvaluasiKinerja => "evaluasi_kinerja",
            Koleksi::DialogKinerja => "dialog_kinerja",
            Koleksi::KinerjaOrganisasi => "kinerja_organisasi",
            Koleksi::UmpanBalikMasyarakat => "umpan_balik_masyarakat",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Dataset {
    pub pegawai: Vec<Pegawai>,
    pub unit_kerja: Vec<UnitKerja>,
    pub pengaturan: Pengaturan,
    /// Per record, the `updated_at` last exchanged with others: the base a merge compares
    /// both sides against. Stored data from before it existed loads with an empty one.
    pub sinkron: JejakSinkron,
    pub skp: Vec<Skp>,
    pub realisasi_kinerja: Vec<RealisasiKinerja>,
    pub evaluasi_kinerja: Vec<EvaluasiKinerja>,
    pub dialog_kinerja: Vec<DialogKinerja>,
    pub kinerja_organisasi: Vec<KinerjaOrganisasi>,
    pub umpan_balik_masyarakat: Vec<UmpanBalikMasyarakat>,
}

/// What to do with the members of a unit that is deleted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NasibAnggota {
    /// Move them (and the sub-units' members) to another unit.
    PindahkanKe(Id),
    /// Leave them without a unit kerja.
    Lepaskan,
}

/// The unit chosen to receive the members is the deleted unit, one of its sub-units, or gone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TujuanTidakValid;

impl TujuanTidakValid {
    pub fn pesan_id(self) -> &'static str {
        "Unit tujuan tidak boleh unit yang dihapus, sub-unitnya, atau unit yang tidak ada."
    }
    pub fn pesan_en(self) -> &'static str {
        "The receiving unit cannot be the deleted unit, one of its sub-units, or a missing unit."
    }
}

impl Dataset {
    pub fn pegawai_aktif(&self) -> impl Iterator<Item = &Pegawai> {
        self.pegawai.iter().filter(|p| p.aktif())
    }

    pub fn unit_aktif(&self) -> impl Iterator<Item = &UnitKerja> {
        self.unit_kerja.iter().filter(|u| u.aktif())
    }

    pub fn cari_pegawai(&self, id: &Id) -> Option<&Pegawai> {
        self.pegawai.iter().find(|p| &p.id == id && p.aktif())
    }

    pub fn cari_unit(&self, id: &Id) -> Option<&UnitKerja> {
        self.unit_kerja.iter().find(|u| &u.id == id && u.aktif())
    }

    /// The active pegawai that already holds this NIP, other than `kecuali`.
    pub fn pemilik_nip(&self, nip: &str, kecuali: Option<&Id>) -> Option<&Pegawai> {
        self.pegawai_aktif().find(|p| p.nip.as_str() == nip && Some(&p.id) != kecuali)
    }

    /// Adds a new pegawai or replaces the one with the same id, keeping its `created_at`.
    pub fn simpan_pegawai(&mut self, mut p: Pegawai, sekarang: Stempel) -> Koleksi {
        p.updated_at = sekarang;
        match self.pegawai.iter_mut().find(|x| x.id == p.id) {
            Some(lama) => {
                p.created_at = lama.created_at;
                *lama = p;
            }
            None => {
                p.created_at = sekarang;
                self.pegawai.push(p);
            }
        }
        Koleksi::Pegawai
    }

    /// Deletes by tombstone; returns false when there is no such active pegawai.
    pub fn hapus_pegawai(&mut self, id: &Id, sekarang: Stempel) -> bool {
        match self.pegawai.iter_mut().find(|p| &p.id == id && p.aktif()) {
            Some(p) => {
                p.dihapus_pada = Some(sekarang);
                p.updated_at = sekarang;
                true
            }
            None => false,
        }
    }

    pub fn tambah_unit(&mut self, id: Id, nama: String, induk: Option<Id>, sekarang: Stempel) {
        self.unit_kerja.push(UnitKerja {
            id,
            created_at: sekarang,
            updated_at: sekarang,
            dihapus_pada: None,
            nama,
            induk,
        });
    }

    pub fn ganti_nama_unit(&mut self, id: &Id, nama: String, sekarang: Stempel) -> bool {
        match self.unit_kerja.iter_mut().find(|u| &u.id == id && u.aktif()) {
            Some(u) => {
                u.nama = nama;
                u.updated_at = sekarang;
                true
            }
            None => false,
        }
    }

    /// Moves a unit under another (or to the top), refusing cycles.
    pub fn pindah_unit(
        &mut self,
        id: &Id,
        induk_baru: Option<Id>,
        sekarang: Stempel,
    ) -> Result<(), unit::KesalahanUnit> {
        unit::periksa_pindah(&self.unit_kerja, id, induk_baru.as_ref())?;
        if let Some(u) = self.unit_kerja.iter_mut().find(|u| &u.id == id) {
            u.induk = induk_baru;
            u.updated_at = sekarang;
        }
        Ok(())
    }

    /// Moves a unit (see [`Dataset::pindah_unit`]) and, when `anggota_ke` is given, its direct
    /// members to that unit instead of letting them move with it. Returns the collections touched.
    pub fn pindah_unit_beserta(
        &mut self,
        id: &Id,
        induk_baru: Option<Id>,
        anggota_ke: Option<Id>,
        sekarang: Stempel,
    ) -> Result<Vec<Koleksi>, unit::KesalahanUnit> {
        self.pindah_unit(id, induk_baru, sekarang)?;
        let mut tersentuh = vec![Koleksi::UnitKerja];
        if let Some(ke) = anggota_ke {
            for p in self.pegawai.iter_mut().filter(|p| p.aktif() && p.unit_kerja.as_ref() == Some(id)) {
                p.unit_kerja = Some(ke.clone());
                p.updated_at = sekarang;
            }
            tersentuh.push(Koleksi::Pegawai);
        }
        Ok(tersentuh)
    }

    /// Adds records that are not here yet (by id; a pegawai also not by an active NIP), e.g. the
    /// sample data. Returns how many pegawai were added.
    pub fn tambah_yang_belum_ada(&mut self, unit_kerja: Vec<UnitKerja>, pegawai: Vec<Pegawai>) -> usize {
        for u in unit_kerja {
            if self.unit_kerja.iter().all(|x| x.id != u.id) {
                self.unit_kerja.push(u);
            }
        }
        let mut ditambah = 0;
        for p in pegawai {
            if self.pemilik_nip(p.nip.as_str(), None).is_none() && self.pegawai.iter().all(|x| x.id != p.id) {
                self.pegawai.push(p);
                ditambah += 1;
            }
        }
        ditambah
    }

    /// Deletes a unit and its sub-units (tombstones) and settles their members as chosen.
    /// Touches both collections; returns them so both are saved.
    pub fn hapus_unit(
        &mut self,
        id: &Id,
        nasib: NasibAnggota,
        sekarang: Stempel,
    ) -> Result<[Koleksi; 2], TujuanTidakValid> {
        let dampak = unit::rencana_hapus_unit(&self.unit_kerja, &self.pegawai, id);
        let tujuan = match &nasib {
            NasibAnggota::PindahkanKe(t) => {
                if dampak.sub_unit.contains(t) || self.cari_unit(t).is_none() {
                    return Err(TujuanTidakValid);
                }
                Some(t.clone())
            }
            NasibAnggota::Lepaskan => None,
        };
        for u in self.unit_kerja.iter_mut().filter(|u| dampak.sub_unit.contains(&u.id) && u.aktif()) {
            u.dihapus_pada = Some(sekarang);
            u.updated_at = sekarang;
        }
        for p in self.pegawai.iter_mut().filter(|p| dampak.anggota.contains(&p.id)) {
            p.unit_kerja = tujuan.clone();
            p.updated_at = sekarang;
        }
        Ok([Koleksi::UnitKerja, Koleksi::Pegawai])
    }

    /// The pegawai (active) whose unit is in `unit_ids`.
    pub fn anggota_unit<'a>(&'a self, unit_ids: &'a [Id]) -> impl Iterator<Item = &'a Pegawai> + 'a {
        self.pegawai_aktif().filter(move |p| p.unit_kerja.as_ref().is_some_and(|u| unit_ids.contains(u)))
    }
}
