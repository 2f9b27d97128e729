//! The dataset in memory and its autosave. Every change goes through [`DataContext::ubah`],
//! which saves the collections it touched at once and reports the outcome in
//! [`StatusSimpan`]. A failed save keeps the change in memory and retries with the next one.

use crate::domain::tanggal::Stempel;
use crate::store::browser::PenyimpananLokal;
use crate::store::dataset::{Dataset, Koleksi};
use crate::store::penyimpanan::{self, GalatMuat, GalatPenyimpanan};
use leptos::prelude::*;
use std::collections::BTreeSet;

#[derive(Clone, Debug, PartialEq)]
pub enum StatusSimpan {
    /// Nothing changed since load.
    Siap,
    Tersimpan(Stempel),
    Gagal(GalatPenyimpanan),
    /// The stored data could not be loaded; the app works in memory and never writes, so the
    /// stored data stays exactly as it is.
    TidakDisimpan(GalatMuat),
}

#[derive(Clone, Copy)]
pub struct DataContext {
    pub data: RwSignal<Dataset>,
    pub status: RwSignal<StatusSimpan>,
    tertunda: StoredValue<BTreeSet<Koleksi>>,
}

pub fn provide_data() {
    let (dataset, status) = match penyimpanan::muat(&PenyimpananLokal) {
        Ok(d) => (d, StatusSimpan::Siap),
        Err(e) => (Dataset::default(), StatusSimpan::TidakDisimpan(e)),
    };
    provide_context(DataContext {
        data: RwSignal::new(dataset),
        status: RwSignal::new(status),
        tertunda: StoredValue::new(BTreeSet::new()),
    });
}

pub fn use_data() -> DataContext {
    expect_context::<DataContext>()
}

impl DataContext {
    /// Applies a change and saves the collections it returns.
    pub fn ubah<I: IntoIterator<Item = Koleksi>>(&self, f: impl FnOnce(&mut Dataset) -> I) {
        let mut tersentuh = Vec::new();
        self.data.update(|d| tersentuh.extend(f(d)));
        self.tertunda.update_value(|t| t.extend(tersentuh));
        self.simpan_tertunda();
    }

    /// The active units as `(id, name indented by depth)` in tree order, for `<select>`s.
    /// Reactive: call it inside a closure.
    pub fn pilihan_unit(&self) -> Vec<(String, String)> {
        self.data.with(|d| {
            crate::domain::unit::urutan_pohon(&d.unit_kerja)
                .into_iter()
                .map(|(u, dalam)| (u.id.to_string(), format!("{}{}", "\u{a0}\u{a0}".repeat(dalam), u.nama)))
                .collect()
        })
    }

    /// Replaces the whole dataset, all or nothing: storage is written first (with everything
    /// still pending), and only when that succeeded does the app show the new data. Used by
    /// import, where a half-applied result must never appear.
    pub fn ganti_atomik(&self, baru: Dataset, koleksi: &[Koleksi]) -> Result<(), GalatPenyimpanan> {
        if let StatusSimpan::TidakDisimpan(e) = self.status.get_untracked() {
            return Err(GalatPenyimpanan::TidakTersedia(e.pesan_id()));
        }
        let mut semua: BTreeSet<Koleksi> = self.tertunda.with_value(|t| t.clone());
        semua.extend(koleksi.iter().copied());
        let daftar: Vec<Koleksi> = semua.into_iter().collect();
        penyimpanan::simpan(&PenyimpananLokal, &baru, &daftar)?;
        self.tertunda.update_value(|t| t.clear());
        self.data.set(baru);
        self.status.set(StatusSimpan::Tersimpan(crate::ui::peramban::sekarang()));
        Ok(())
    }

    /// Reads the dataset from storage again (after a backup was put back).
    pub fn muat_ulang(&self) {
        match penyimpanan::muat(&PenyimpananLokal) {
            Ok(d) => {
                self.tertunda.update_value(|t| t.clear());
                self.data.set(d);
                self.status.set(StatusSimpan::Tersimpan(crate::ui::peramban::sekarang()));
            }
            Err(e) => self.status.set(StatusSimpan::TidakDisimpan(e)),
        }
    }

    /// Writes every collection changed since the last good save.
    pub fn simpan_tertunda(&self) {
        if matches!(self.status.get_untracked(), StatusSimpan::TidakDisimpan(_)) {
            return;
        }
        let koleksi: Vec<Koleksi> = self.tertunda.with_value(|t| t.iter().copied().collect());
        if koleksi.is_empty() {
            return;
        }
        let hasil = self.data.with_untracked(|d| penyimpanan::simpan(&PenyimpananLokal, d, &koleksi));
        match hasil {
            Ok(()) => {
                self.tertunda.update_value(|t| t.clear());
                self.status.set(StatusSimpan::Tersimpan(crate::ui::peramban::sekarang()));
            }
            Err(e) => self.status.set(StatusSimpan::Gagal(e)),
        }
    }
}
