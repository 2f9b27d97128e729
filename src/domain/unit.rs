//! The unit kerja tree (unor): children, the path from the root for breadcrumbs, subtrees,
//! the display order, moving a unit and planning its deletion.
//!
//! Only active units (no tombstone) take part. Every walk is bounded and remembers what it
//! has visited, so a dataset corrupted into a cycle (A under B under A, e.g. by merging two
//! exports) is shown and repaired rather than hanging the page.

use super::id::Id;
use super::pegawai::{Pegawai, UnitKerja};
use std::collections::{HashMap, HashSet};

/// Why a unit cannot be moved, or its members cannot be handed over as chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KesalahanUnit {
    /// The unit to move or delete does not exist or is deleted.
    UnitTidakAda,
    /// The chosen parent does not exist or is deleted.
    IndukTidakAda,
    /// The chosen parent is the unit itself.
    IndukDirinyaSendiri,
    /// The chosen parent is one of the unit's own sub-units (the tree would become a cycle).
    IndukSubUnitnya,
    /// The unit chosen to receive the members is being deleted too (the unit or a sub-unit).
    TujuanIkutDihapus,
    /// The unit chosen to receive the members does not exist or is deleted.
    TujuanTidakAda,
}

impl KesalahanUnit {
    /// The message for the user, in Bahasa Indonesia.
    pub fn pesan_id(self) -> &'static str {
        match self {
            KesalahanUnit::UnitTidakAda => "Unit kerja tidak ditemukan atau sudah dihapus.",
            KesalahanUnit::IndukTidakAda => "Unit induk yang dipilih tidak ditemukan atau sudah dihapus.",
            KesalahanUnit::IndukDirinyaSendiri => "Unit kerja tidak dapat menjadi induk bagi dirinya sendiri.",
            KesalahanUnit::IndukSubUnitnya => "Unit kerja tidak dapat dipindahkan ke bawah sub-unitnya sendiri.",
            KesalahanUnit::TujuanIkutDihapus => {
                "Anggota tidak dapat dipindahkan ke unit yang dihapus atau ke sub-unitnya."
            }
            KesalahanUnit::TujuanTidakAda => "Unit tujuan anggota tidak ditemukan atau sudah dihapus.",
        }
    }

    /// The message for the user, in English.
    pub fn pesan_en(self) -> &'static str {
        match self {
            KesalahanUnit::UnitTidakAda => "The work unit was not found or has been deleted.",
            KesalahanUnit::IndukTidakAda => "The chosen parent unit was not found or has been deleted.",
            KesalahanUnit::IndukDirinyaSendiri => "A work unit cannot be its own parent.",
            KesalahanUnit::IndukSubUnitnya => "A work unit cannot be moved under one of its own sub-units.",
            KesalahanUnit::TujuanIkutDihapus => "Members cannot be moved to the deleted unit or one of its sub-units.",
            KesalahanUnit::TujuanTidakAda => "The unit chosen for the members was not found or has been deleted.",
        }
    }
}

/// What to do with the members of a unit that is deleted (asked by the UI when
/// [`DampakHapus::perlu_keputusan`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TindakanHapusUnit {
    /// Move the members of the unit and of its sub-units to this unit.
    PindahkanAnggotaKe(Id),
    /// Leave them without a unit kerja.
    LepaskanAnggota,
}

/// What deleting a unit touches.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct DampakHapus {
    /// The unit itself (first) and all its active sub-units, in tree order: all are deleted.
    /// Empty when the unit does not exist.
    pub sub_unit: Vec<Id>,
    /// The active pegawai whose unit kerja is one of `sub_unit`.
    pub anggota: Vec<Id>,
}

impl DampakHapus {
    /// Sub-units below the unit (not counting the unit itself).
    pub fn jumlah_sub_unit(&self) -> usize {
        self.sub_unit.len().saturating_sub(1)
    }

    /// The unit has sub-units or members, so the user must confirm what happens to them.
    pub fn perlu_keputusan(&self) -> bool {
        self.jumlah_sub_unit() > 0 || !self.anggota.is_empty()
    }

    /// Checks the chosen action: members can only go to an active unit outside the deleted
    /// subtree.
    pub fn periksa_tindakan(&self, units: &[UnitKerja], tindakan: &TindakanHapusUnit) -> Result<(), KesalahanUnit> {
        match tindakan {
            TindakanHapusUnit::LepaskanAnggota => Ok(()),
            TindakanHapusUnit::PindahkanAnggotaKe(tujuan) => {
                if self.sub_unit.contains(tujuan) {
                    Err(KesalahanUnit::TujuanIkutDihapus)
                } else if cari(units, tujuan).is_none() {
                    Err(KesalahanUnit::TujuanTidakAda)
                } else {
                    Ok(())
                }
            }
        }
    }
}

fn cari<'a>(units: &'a [UnitKerja], id: &Id) -> Option<&'a UnitKerja> {
    units.iter().find(|u| u.aktif() && &u.id == id)
}

/// Siblings are shown by name (case-insensitive), then by id so the order is total.
fn urutkan_nama(v: &mut [&UnitKerja]) {
    v.sort_by_cached_key(|u| (u.nama.to_lowercase(), u.id.clone()));
}

/// Active units by id, and the active children of each id (sorted by name).
struct Pohon<'a> {
    per_id: HashMap<&'a Id, &'a UnitKerja>,
    anak: HashMap<&'a Id, Vec<&'a UnitKerja>>,
}

impl<'a> Pohon<'a> {
    fn new(units: &'a [UnitKerja]) -> Pohon<'a> {
        let mut per_id = HashMap::new();
        let mut anak: HashMap<&Id, Vec<&UnitKerja>> = HashMap::new();
        for u in units.iter().filter(|u| u.aktif()) {
            per_id.insert(&u.id, u);
            if let Some(induk) = u.induk.as_ref().filter(|i| *i != &u.id) {
                anak.entry(induk).or_default().push(u);
            }
        }
        for v in anak.values_mut() {
            urutkan_nama(v);
        }
        Pohon { per_id, anak }
    }

    fn anak_dari(&self, id: &Id) -> &[&'a UnitKerja] {
        self.anak.get(id).map_or(&[], Vec::as_slice)
    }

    /// A unit is shown at the top when it has no parent, or its parent is missing, deleted or
    /// itself (so an orphan is never hidden).
    fn akar(&self, u: &UnitKerja) -> bool {
        match &u.induk {
            None => true,
            Some(i) => i == &u.id || !self.per_id.contains_key(i),
        }
    }

    /// Depth-first from `awal`, children by name, skipping anything already in `dilihat`.
    fn telusuri(
        &self,
        awal: &'a UnitKerja,
        dalam: usize,
        dilihat: &mut HashSet<&'a Id>,
        hasil: &mut Vec<(&'a UnitKerja, usize)>,
    ) {
        let mut tumpukan = vec![(awal, dalam)];
        while let Some((u, d)) = tumpukan.pop() {
            if !dilihat.insert(&u.id) {
                continue;
            }
            hasil.push((u, d));
            for c in self.anak_dari(&u.id).iter().rev() {
                if !dilihat.contains(&c.id) {
                    tumpukan.push((c, d + 1));
                }
            }
        }
    }
}

/// The active direct children of `id`, by name.
pub fn anak<'a>(units: &'a [UnitKerja], id: &Id) -> Vec<&'a UnitKerja> {
    let mut v: Vec<&UnitKerja> =
        units.iter().filter(|u| u.aktif() && u.induk.as_ref() == Some(id) && &u.id != id).collect();
    urutkan_nama(&mut v);
    v
}

/// The units from the root down to `id` (inclusive), for breadcrumbs
/// `Badan … › Sekretariat › Subbagian Umum dan Kepegawaian`. Empty if `id` is not an active
/// unit. The walk stops at a missing or deleted parent, and at the first repeat in a cycle.
pub fn jalur<'a>(units: &'a [UnitKerja], id: &Id) -> Vec<&'a UnitKerja> {
    let per_id: HashMap<&Id, &UnitKerja> = units.iter().filter(|u| u.aktif()).map(|u| (&u.id, u)).collect();
    let mut hasil = Vec::new();
    let mut dilihat = HashSet::new();
    let mut kini = per_id.get(id).copied();
    while let Some(u) = kini {
        if !dilihat.insert(&u.id) {
            break;
        }
        hasil.push(u);
        kini = u.induk.as_ref().and_then(|i| per_id.get(i).copied());
    }
    hasil.reverse();
    hasil
}

/// [`jalur`] as text joined with ` › `.
pub fn jalur_teks(units: &[UnitKerja], id: &Id) -> String {
    jalur(units, id).iter().map(|u| u.nama.as_str()).collect::<Vec<_>>().join(" › ")
}

/// The subtree of `id`: the unit itself first, then its active sub-units at any depth
/// (depth-first, by name). Empty if `id` is not an active unit.
pub fn keturunan(units: &[UnitKerja], id: &Id) -> Vec<Id> {
    let pohon = Pohon::new(units);
    let Some(awal) = pohon.per_id.get(id).copied() else {
        return Vec::new();
    };
    let mut hasil = Vec::new();
    pohon.telusuri(awal, 0, &mut HashSet::new(), &mut hasil);
    hasil.into_iter().map(|(u, _)| u.id.clone()).collect()
}

/// Every active unit once, depth-first with its depth (0 = top), siblings by name: the order
/// of the tree view and of the unit pickers. Units whose parent is missing or deleted are
/// shown at the top; units caught in a cycle are shown too, the cycle broken at the unit
/// whose name sorts first.
pub fn urutan_pohon(units: &[UnitKerja]) -> Vec<(&UnitKerja, usize)> {
    let pohon = Pohon::new(units);
    let mut aktif: Vec<&UnitKerja> = pohon.per_id.values().copied().collect();
    urutkan_nama(&mut aktif);
    let mut hasil = Vec::with_capacity(aktif.len());
    let mut dilihat = HashSet::new();
    for u in aktif.iter().filter(|u| pohon.akar(u)) {
        pohon.telusuri(u, 0, &mut dilihat, &mut hasil);
    }
    // What is left hangs in a cycle with no way up to a root.
    for u in &aktif {
        if !dilihat.contains(&u.id) {
            pohon.telusuri(u, 0, &mut dilihat, &mut hasil);
        }
    }
    hasil
}

/// Whether `id` may be moved under `induk_baru` (`None` = to the top): refuses a missing unit
/// or parent, the unit itself and any of its own sub-units (the tree would become a cycle).
pub fn periksa_pindah(units: &[UnitKerja], id: &Id, induk_baru: Option<&Id>) -> Result<(), KesalahanUnit> {
    if cari(units, id).is_none() {
        return Err(KesalahanUnit::UnitTidakAda);
    }
    let Some(induk) = induk_baru else {
        return Ok(());
    };
    if induk == id {
        return Err(KesalahanUnit::IndukDirinyaSendiri);
    }
    if cari(units, induk).is_none() {
        return Err(KesalahanUnit::IndukTidakAda);
    }
    // The new parent is a sub-unit exactly when `id` is on its way up to the root.
    if jalur(units, induk).iter().any(|u| &u.id == id) {
        return Err(KesalahanUnit::IndukSubUnitnya);
    }
    Ok(())
}

/// What deleting `id` would touch: the unit and its sub-units, and their active members, so
/// the UI can ask whether to move the members elsewhere or leave them without a unit.
pub fn rencana_hapus_unit(units: &[UnitKerja], pegawai: &[Pegawai], id: &Id) -> DampakHapus {
    let sub_unit = keturunan(units, id);
    let dalam: HashSet<&Id> = sub_unit.iter().collect();
    let anggota = pegawai
        .iter()
        .filter(|p| p.aktif() && p.unit_kerja.as_ref().is_some_and(|u| dalam.contains(u)))
        .map(|p| p.id.clone())
        .collect();
    DampakHapus { sub_unit, anggota }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::nip::{JenisNomorInduk, Nip};
    use crate::domain::pegawai::{JenisKelamin, StatusPegawai};
    use crate::domain::tanggal::{Stempel, Tanggal};

    fn id(n: u8) -> Id {
        Id::dari_byte_acak([n; 16])
    }

    fn unit(n: u8, nama: &str, induk: Option<u8>) -> UnitKerja {
        UnitKerja {
            id: id(n),
            created_at: Stempel(0),
            updated_at: Stempel(0),
            dihapus_pada: None,
            nama: nama.to_string(),
            induk: induk.map(id),
        }
    }

    /// 1 Badan
    /// ├─ 2 Sekretariat
    /// │  ├─ 6 Subbagian Perencanaan dan Keuangan
    /// │  └─ 5 Subbagian Umum dan Kepegawaian
    /// ├─ 3 Bidang Mutasi dan Promosi
    /// └─ 4 Bidang Pengembangan Kompetensi
    fn contoh() -> Vec<UnitKerja> {
        vec![
            unit(4, "Bidang Pengembangan Kompetensi", Some(1)),
            unit(6, "Subbagian Perencanaan dan Keuangan", Some(2)),
            unit(1, "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", None),
            unit(3, "Bidang Mutasi dan Promosi", Some(1)),
            unit(2, "Sekretariat", Some(1)),
            unit(5, "Subbagian Umum dan Kepegawaian", Some(2)),
        ]
    }

    fn pegawai(n: u8, unit_kerja: Option<u8>) -> Pegawai {
        let hari_ini = Tanggal::new(2026, 11, 22).unwrap();
        Pegawai {
            id: id(100 + n),
            created_at: Stempel(0),
            updated_at: Stempel(0),
            dihapus_pada: None,
            nip: Nip::parse("198609262015051001", JenisNomorInduk::Nip, hari_ini).unwrap(),
            nik: None,
            nama: format!("Pegawai {n}"),
            gelar_depan: String::new(),
            gelar_belakang: String::new(),
            tempat_lahir: String::new(),
            tanggal_lahir: Tanggal::new(1986, 9, 26).unwrap(),
            jenis_kelamin: JenisKelamin::Pria,
            status: StatusPegawai::Pns,
            unit_kerja: unit_kerja.map(id),
            riwayat_pangkat: vec![],
            riwayat_jabatan: vec![],
            riwayat_pendidikan: vec![],
        }
    }

    fn nama(v: &[&UnitKerja]) -> Vec<String> {
        v.iter().map(|u| u.nama.clone()).collect()
    }

    #[test]
    fn anak_lists_active_children_by_name() {
        let mut u = contoh();
        assert_eq!(
            nama(&anak(&u, &id(1))),
            ["Bidang Mutasi dan Promosi", "Bidang Pengembangan Kompetensi", "Sekretariat"]
        );
        u[0].dihapus_pada = Some(Stempel(1));
        assert_eq!(nama(&anak(&u, &id(1))), ["Bidang Mutasi dan Promosi", "Sekretariat"]);
        assert!(anak(&u, &id(5)).is_empty());
    }

    #[test]
    fn jalur_runs_root_to_node_for_breadcrumbs() {
        let u = contoh();
        assert_eq!(
            jalur_teks(&u, &id(5)),
            "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia › Sekretariat › Subbagian Umum dan Kepegawaian"
        );
        assert_eq!(nama(&jalur(&u, &id(1))), ["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"]);
        assert!(jalur(&u, &id(99)).is_empty());
    }

    #[test]
    fn jalur_stops_at_a_deleted_parent() {
        let mut u = contoh();
        u[4].dihapus_pada = Some(Stempel(1)); // Sekretariat
        assert_eq!(nama(&jalur(&u, &id(5))), ["Subbagian Umum dan Kepegawaian"]);
    }

    #[test]
    fn keturunan_is_the_subtree_including_itself() {
        let u = contoh();
        assert_eq!(keturunan(&u, &id(2)), vec![id(2), id(6), id(5)]);
        assert_eq!(keturunan(&u, &id(1)), vec![id(1), id(3), id(4), id(2), id(6), id(5)]);
        assert_eq!(keturunan(&u, &id(6)), vec![id(6)]);
        assert!(keturunan(&u, &id(99)).is_empty());
    }

    #[test]
    fn urutan_pohon_is_depth_first_with_siblings_by_name() {
        let u = contoh();
        let v: Vec<(String, usize)> = urutan_pohon(&u).into_iter().map(|(u, d)| (u.nama.clone(), d)).collect();
        let harap = [
            ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", 0),
            ("Bidang Mutasi dan Promosi", 1),
            ("Bidang Pengembangan Kompetensi", 1),
            ("Sekretariat", 1),
            ("Subbagian Perencanaan dan Keuangan", 2),
            ("Subbagian Umum dan Kepegawaian", 2),
        ];
        assert_eq!(v, harap.map(|(n, d)| (n.to_string(), d)));
    }

    #[test]
    fn urutan_pohon_shows_orphans_at_the_top_and_skips_deleted() {
        let mut u = contoh();
        u[4].dihapus_pada = Some(Stempel(1)); // Sekretariat: its subbagian become top-level
        let v: Vec<(u8, usize)> =
            urutan_pohon(&u).into_iter().map(|(x, d)| ((1..=6).find(|n| id(*n) == x.id).unwrap(), d)).collect();
        assert_eq!(v, [(1, 0), (3, 1), (4, 1), (6, 0), (5, 0)]);
    }

    #[test]
    fn corrupted_cycle_terminates_everywhere() {
        // 7 under 8 under 7, and 9 under itself: neither reaches a root.
        let mut u = contoh();
        u.push(unit(7, "Siklus A", Some(8)));
        u.push(unit(8, "Siklus B", Some(7)));
        u.push(unit(9, "Induk Diri Sendiri", Some(9)));
        let pohon = urutan_pohon(&u);
        assert_eq!(pohon.len(), 9, "every active unit is shown once");
        let a = pohon.iter().position(|(x, _)| x.id == id(7)).unwrap();
        assert_eq!((pohon[a].1, pohon[a + 1].0.id.clone(), pohon[a + 1].1), (0, id(8), 1));
        assert_eq!(nama(&jalur(&u, &id(7))), ["Siklus B", "Siklus A"]);
        assert_eq!(keturunan(&u, &id(7)), vec![id(7), id(8)]);
        assert_eq!(keturunan(&u, &id(9)), vec![id(9)]);
        assert!(anak(&u, &id(9)).is_empty());
        // Moving a unit of the cycle to the top repairs it; moving it under its partner does not.
        assert_eq!(periksa_pindah(&u, &id(7), None), Ok(()));
        assert_eq!(periksa_pindah(&u, &id(7), Some(&id(8))), Err(KesalahanUnit::IndukSubUnitnya));
        let d = rencana_hapus_unit(&u, &[], &id(8));
        assert_eq!(d.sub_unit, vec![id(8), id(7)]);
    }

    #[test]
    fn periksa_pindah_refuses_self_descendant_and_missing_parent() {
        let mut u = contoh();
        assert_eq!(periksa_pindah(&u, &id(3), Some(&id(2))), Ok(()));
        assert_eq!(periksa_pindah(&u, &id(5), None), Ok(()));
        assert_eq!(periksa_pindah(&u, &id(2), Some(&id(2))), Err(KesalahanUnit::IndukDirinyaSendiri));
        assert_eq!(periksa_pindah(&u, &id(2), Some(&id(5))), Err(KesalahanUnit::IndukSubUnitnya));
        assert_eq!(periksa_pindah(&u, &id(1), Some(&id(6))), Err(KesalahanUnit::IndukSubUnitnya));
        assert_eq!(periksa_pindah(&u, &id(2), Some(&id(99))), Err(KesalahanUnit::IndukTidakAda));
        assert_eq!(periksa_pindah(&u, &id(99), None), Err(KesalahanUnit::UnitTidakAda));
        u[1].dihapus_pada = Some(Stempel(1)); // unit 6
        assert_eq!(periksa_pindah(&u, &id(3), Some(&id(6))), Err(KesalahanUnit::IndukTidakAda));
        assert_eq!(periksa_pindah(&u, &id(6), None), Err(KesalahanUnit::UnitTidakAda));
    }

    #[test]
    fn kesalahan_has_messages_in_both_languages() {
        for k in [
            KesalahanUnit::UnitTidakAda,
            KesalahanUnit::IndukTidakAda,
            KesalahanUnit::IndukDirinyaSendiri,
            KesalahanUnit::IndukSubUnitnya,
            KesalahanUnit::TujuanIkutDihapus,
            KesalahanUnit::TujuanTidakAda,
        ] {
            assert!(k.pesan_id().ends_with('.') && k.pesan_en().ends_with('.'));
            assert_ne!(k.pesan_id(), k.pesan_en());
        }
        assert_eq!(
            KesalahanUnit::IndukSubUnitnya.pesan_id(),
            "Unit kerja tidak dapat dipindahkan ke bawah sub-unitnya sendiri."
        );
    }

    #[test]
    fn rencana_hapus_lists_subtree_and_active_members() {
        let u = contoh();
        let mut dihapus = pegawai(4, Some(5));
        dihapus.dihapus_pada = Some(Stempel(1));
        let p = vec![pegawai(1, Some(2)), pegawai(2, Some(5)), pegawai(3, Some(3)), dihapus, pegawai(5, None)];
        let d = rencana_hapus_unit(&u, &p, &id(2));
        assert_eq!(d.sub_unit, vec![id(2), id(6), id(5)]);
        assert_eq!(d.anggota, vec![id(101), id(102)]);
        assert_eq!(d.jumlah_sub_unit(), 2);
        assert!(d.perlu_keputusan());

        let kosong = rencana_hapus_unit(&u, &p, &id(6));
        assert_eq!((kosong.sub_unit.clone(), kosong.anggota.len()), (vec![id(6)], 0));
        assert!(!kosong.perlu_keputusan());
        assert_eq!(rencana_hapus_unit(&u, &p, &id(99)), DampakHapus::default());
    }

    #[test]
    fn tindakan_hapus_must_send_members_outside_the_subtree() {
        let u = contoh();
        let d = rencana_hapus_unit(&u, &[], &id(2));
        assert_eq!(d.periksa_tindakan(&u, &TindakanHapusUnit::LepaskanAnggota), Ok(()));
        assert_eq!(d.periksa_tindakan(&u, &TindakanHapusUnit::PindahkanAnggotaKe(id(3))), Ok(()));
        assert_eq!(
            d.periksa_tindakan(&u, &TindakanHapusUnit::PindahkanAnggotaKe(id(2))),
            Err(KesalahanUnit::TujuanIkutDihapus)
        );
        assert_eq!(
            d.periksa_tindakan(&u, &TindakanHapusUnit::PindahkanAnggotaKe(id(6))),
            Err(KesalahanUnit::TujuanIkutDihapus)
        );
        assert_eq!(
            d.periksa_tindakan(&u, &TindakanHapusUnit::PindahkanAnggotaKe(id(99))),
            Err(KesalahanUnit::TujuanTidakAda)
        );
    }
}
