//! The performance-appraisal collections of the dataset and the changes made to them. Every
//! change stamps `updated_at` and returns the collection it touched, like the pegawai ones.

use super::dataset::{Dataset, Koleksi};
use crate::domain::evaluasi::{
    self, DialogKinerja, EvaluasiKinerja, KinerjaOrganisasi, RealisasiKinerja, UmpanBalikMasyarakat,
};
use crate::domain::id::Id;
use crate::domain::periode::Periode;
use crate::domain::skp::Skp;
use crate::domain::tanggal::Stempel;
use crate::rules::kinerja::Predikat;

/// Replaces the record with the same id, or adds it.
fn simpan_ke<T>(v: &mut Vec<T>, x: T, id: impl Fn(&T) -> &Id) {
    match v.iter().position(|y| id(y) == id(&x)) {
        Some(i) => v[i] = x,
        None => v.push(x),
    }
}

impl Dataset {
    pub fn skp_aktif(&self) -> impl Iterator<Item = &Skp> {
        self.skp.iter().filter(|s| s.aktif())
    }
    pub fn cari_skp(&self, id: &Id) -> Option<&Skp> {
        self.skp.iter().find(|s| &s.id == id && s.aktif())
    }
    /// The SKP of `pegawai` for `tahun` (one per pegawai per year).
    pub fn skp_pegawai(&self, pegawai: &Id, tahun: i32) -> Option<&Skp> {
        self.skp_aktif().find(|s| &s.pegawai == pegawai && s.tahun == tahun)
    }
    /// The latest SKP of `pegawai` before `tahun`, to copy from.
    pub fn skp_sebelumnya(&self, pegawai: &Id, tahun: i32) -> Option<&Skp> {
        self.skp_aktif().filter(|s| &s.pegawai == pegawai && s.tahun < tahun).max_by_key(|s| s.tahun)
    }
    /// Saves an SKP as given (the domain methods already stamped it).
    pub fn simpan_skp(&mut self, skp: Skp) -> Koleksi {
        simpan_ke(&mut self.skp, skp, |s| &s.id);
        Koleksi::Skp
    }
    /// Tombstones an SKP and everything hanging on it.
    pub fn hapus_skp(&mut self, id: &Id, sekarang: Stempel) -> Vec<Koleksi> {
        let mut k = Vec::new();
        if let Some(s) = self.skp.iter_mut().find(|s| &s.id == id && s.aktif()) {
            s.dihapus_pada = Some(sekarang);
            s.updated_at = sekarang;
            k.push(Koleksi::Skp);
        }
        for r in self.realisasi_kinerja.iter_mut().filter(|r| &r.skp == id && r.dihapus_pada.is_none()) {
            r.dihapus_pada = Some(sekarang);
            r.updated_at = sekarang;
            k.push(Koleksi::RealisasiKinerja);
        }
        for e in self.evaluasi_kinerja.iter_mut().filter(|e| &e.skp == id && e.dihapus_pada.is_none()) {
            e.dihapus_pada = Some(sekarang);
            e.updated_at = sekarang;
            k.push(Koleksi::EvaluasiKinerja);
        }
        for d in self.dialog_kinerja.iter_mut().filter(|d| &d.skp == id && d.dihapus_pada.is_none()) {
            d.dihapus_pada = Some(sekarang);
            d.updated_at = sekarang;
            k.push(Koleksi::DialogKinerja);
        }
        k.dedup();
        k
    }

    pub fn realisasi(&self, skp: &Id, periode: Periode) -> Option<&RealisasiKinerja> {
        self.realisasi_kinerja.iter().find(|r| &r.skp == skp && r.periode == periode && r.dihapus_pada.is_none())
    }
    pub fn simpan_realisasi(&mut self, mut r: RealisasiKinerja, sekarang: Stempel) -> Koleksi {
        r.updated_at = sekarang;
        simpan_ke(&mut self.realisasi_kinerja, r, |x| &x.id);
        Koleksi::RealisasiKinerja
    }

    pub fn evaluasi(&self, skp: &Id, periode: Periode) -> Option<&EvaluasiKinerja> {
        self.evaluasi_kinerja.iter().find(|e| &e.skp == skp && e.periode == periode && e.dihapus_pada.is_none())
    }
    pub fn simpan_evaluasi(&mut self, mut e: EvaluasiKinerja, sekarang: Stempel) -> Koleksi {
        e.updated_at = sekarang;
        simpan_ke(&mut self.evaluasi_kinerja, e, |x| &x.id);
        Koleksi::EvaluasiKinerja
    }

    pub fn dialog_skp(&self, skp: &Id) -> Vec<&DialogKinerja> {
        let mut v: Vec<_> = self.dialog_kinerja.iter().filter(|d| &d.skp == skp && d.dihapus_pada.is_none()).collect();
        v.sort_by_key(|d| std::cmp::Reverse(d.tanggal));
        v
    }
    pub fn simpan_dialog(&mut self, mut d: DialogKinerja, sekarang: Stempel) -> Koleksi {
        d.updated_at = sekarang;
        simpan_ke(&mut self.dialog_kinerja, d, |x| &x.id);
        Koleksi::DialogKinerja
    }
    pub fn hapus_dialog(&mut self, id: &Id, sekarang: Stempel) -> Option<Koleksi> {
        let d = self.dialog_kinerja.iter_mut().find(|d| &d.id == id && d.dihapus_pada.is_none())?;
        d.dihapus_pada = Some(sekarang);
        d.updated_at = sekarang;
        Some(Koleksi::DialogKinerja)
    }

    pub fn kinerja_organisasi_unit(&self, unit: &Id, tahun: i32, periode: Periode) -> Option<&KinerjaOrganisasi> {
        evaluasi::predikat_organisasi(&self.kinerja_organisasi, unit, tahun, periode)
    }
    pub fn simpan_kinerja_organisasi(&mut self, mut o: KinerjaOrganisasi, sekarang: Stempel) -> Koleksi {
        o.updated_at = sekarang;
        simpan_ke(&mut self.kinerja_organisasi, o, |x| &x.id);
        Koleksi::KinerjaOrganisasi
    }

    pub fn simpan_umpan_balik_masyarakat(&mut self, mut u: UmpanBalikMasyarakat, sekarang: Stempel) -> Koleksi {
        u.updated_at = sekarang;
        simpan_ke(&mut self.umpan_balik_masyarakat, u, |x| &x.id);
        Koleksi::UmpanBalikMasyarakat
    }
    pub fn hapus_umpan_balik_masyarakat(&mut self, id: &Id, sekarang: Stempel) -> Option<Koleksi> {
        let u = self.umpan_balik_masyarakat.iter_mut().find(|u| &u.id == id && u.dihapus_pada.is_none())?;
        u.dihapus_pada = Some(sekarang);
        u.updated_at = sekarang;
        Some(Koleksi::UmpanBalikMasyarakat)
    }

    /// The predikat of a unit's rated SKP for a period, with an unsaved rating substituted.
    pub fn predikat_unit(
        &self,
        unit: &Id,
        tahun: i32,
        periode: Periode,
        ganti: Option<(&Id, Option<Predikat>)>,
    ) -> Vec<(&Skp, Predikat)> {
        evaluasi::predikat_unit(&self.skp, &self.evaluasi_kinerja, unit, tahun, periode, ganti)
    }
}
