//! The dataset in memory and its autosave. Every change goes through [`DataContext::ubah`],
//! which saves the collections it touched at once and reports the outcome in
//! [`StatusSimpan`]. A failed save keeps the change in memory and retries with the next one.

use crate::domain::tanggal::Stempel;
use crate::store::browser::PenyimpananLokal;
use crate::store::dataset::{Dataset, Koleksi};
use crate::store::penyimpanan::{self, GalatMuat, GalatPenyimpanan, GalatSimpan, SidikTersimpan};
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
    /// Another tab changed the data: this tab now shows it. `ditolak`: this tab's last change
    /// was not saved because it would have overwritten that newer data.
    DariTabLain {
        ditolak: bool,
    },
}

#[derive(Clone, Copy)]
pub struct DataContext {
    pub data: RwSignal<Dataset>,
    pub status: RwSignal<StatusSimpan>,
    tertunda: StoredValue<BTreeSet<Koleksi>>,
    /// What this tab last read or wrote, to notice another tab's writes.
    sidik: StoredValue<SidikTersimpan>,
}

pub fn provide_data() {
    let (dataset, status) = match penyimpanan::muat(&PenyimpananLokal) {
        Ok(d) => (d, StatusSimpan::Siap),
        Err(e) => (Dataset::default(), StatusSimpan::TidakDisimpan(e)),
    };
    let ctx = DataContext {
        data: RwSignal::new(dataset),
        status: RwSignal::new(status),
        tertunda: StoredValue::new(BTreeSet::new()),
        sidik: StoredValue::new(SidikTersimpan::baca(&PenyimpananLokal).unwrap_or_default()),
    };
    // Another tab of this origin wrote the data: show it here too. The browser fires `storage`
    // only in the other tabs, never in the one that wrote.
    let handle = window_event_listener(leptos::ev::storage, move |ev| {
        let ours = ev.key().is_some_and(|k| k.starts_with(&format!("{}data.", penyimpanan::AWALAN_KUNCI)));
        if ours && !matches!(ctx.status.get_untracked(), StatusSimpan::TidakDisimpan(_)) {
            ctx.muat_ulang();
            ctx.status.set(StatusSimpan::DariTabLain { ditolak: false });
        }
    });
    on_cleanup(move || handle.remove());
    provide_context(ctx);
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
        let mut sidik = self.sidik.get_value();
        match penyimpanan::simpan_terjaga(&PenyimpananLokal, &baru, &daftar, &mut sidik) {
            Ok(()) => self.sidik.set_value(sidik),
            Err(GalatSimpan::Penyimpanan(e)) => return Err(e),
            Err(GalatSimpan::DiubahTempatLain { koleksi }) => {
                self.muat_ulang();
                return Err(GalatPenyimpanan::Lain(format!(
                    "koleksi {koleksi} baru saja diubah di tab lain; periksa ulang berkasnya"
                )));
            }
        }
        self.tertunda.update_value(|t| t.clear());
        self.data.set(baru);
        self.status.set(StatusSimpan::Tersimpan(crate::ui::peramban::sekarang()));
        Ok(())
    }

    /// Reads the dataset from storage again (after a backup was put back).
    pub fn muat_ulang(&self) {
        match penyimpanan::muat(&PenyimpananLokal) {
            Ok(d) => {
                self.sidik.set_value(SidikTersimpan::baca(&PenyimpananLokal).unwrap_or_default());
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
        let mut sidik = self.sidik.get_value();
        let hasil =
            self.data.with_untracked(|d| penyimpanan::simpan_terjaga(&PenyimpananLokal, d, &koleksi, &mut sidik));
        match hasil {
            Ok(()) => {
                self.sidik.set_value(sidik);
                self.tertunda.update_value(|t| t.clear());
                self.status.set(StatusSimpan::Tersimpan(crate::ui::peramban::sekarang()));
            }
            Err(GalatSimpan::Penyimpanan(e)) => self.status.set(StatusSimpan::Gagal(e)),
            Err(GalatSimpan::DiubahTempatLain { .. }) => {
                // Newer data from another tab wins; this tab's unsaved change is dropped, and
                // the user is told to redo it on the fresh data.
                self.muat_ulang();
                self.status.set(StatusSimpan::DariTabLain { ditolak: true });
            }
        }
    }
}
