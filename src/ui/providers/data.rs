//! The dataset in memory and its autosave. Every change goes through [`DataContext::ubah`],
//! which saves the collections it touched at once and reports the outcome in
//! [`StatusSimpan`]. A failed save keeps the change in memory and retries with the next one.

use crate::domain::tanggal::Stempel;
use crate::store::browser::{self, PenyimpananPeramban};
use crate::store::dataset::{Dataset, Koleksi};
use crate::store::idb::{self, Kabar};
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
    let dimuat = match browser::galat_awal() {
        Some(e) => Err(GalatMuat::Penyimpanan(e)),
        None => penyimpanan::muat(&PenyimpananPeramban),
    };
    let (dataset, status) = match dimuat {
        Ok(d) => (d, StatusSimpan::Siap),
        Err(e) => (Dataset::default(), StatusSimpan::TidakDisimpan(e)),
    };
    let ctx = DataContext {
        data: RwSignal::new(dataset),
        status: RwSignal::new(status),
        tertunda: StoredValue::new(BTreeSet::new()),
        sidik: StoredValue::new(SidikTersimpan::baca(&PenyimpananPeramban).unwrap_or_default()),
    };
    // Another tab of this origin wrote the data: show it here too. The browser fires `storage`
    // only in the other tabs, never in the one that wrote.
    let handle = window_event_listener(leptos::ev::storage, move |ev| {
        // Another tab moved the data to IndexedDB: start again on it (this tab has nothing
        // unsaved: its last save went into localStorage before the move read it).
        if ev.key().as_deref() == Some(browser::KUNCI_PINDAH) && !idb::aktif() {
            let _ = window().location().reload();
            return;
        }
        let ours = ev.key().is_some_and(|k| k.starts_with(&format!("{}data.", penyimpanan::AWALAN_KUNCI)));
        if ours && !matches!(ctx.status.get_untracked(), StatusSimpan::TidakDisimpan(_)) {
            ctx.muat_ulang();
            ctx.status.set(StatusSimpan::DariTabLain { ditolak: false });
        }
    });
    on_cleanup(move || handle.remove());
    // With IndexedDB a commit ends after the save that queued it has returned: its outcome,
    // and another tab's commits, arrive here.
    idb::set_pendengar(move |kabar| match kabar {
        Kabar::Gagal(kunci, e) => {
            ctx.sidik.set_value(SidikTersimpan::baca(&PenyimpananPeramban).unwrap_or_default());
            let koleksi = Koleksi::SEMUA.into_iter().filter(|&k| kunci.contains(&penyimpanan::kunci_koleksi(k)));
            ctx.tertunda.update_value(|t| t.extend(koleksi));
            ctx.status.set(StatusSimpan::Gagal(e));
        }
        Kabar::Konflik => {
            ctx.muat_ulang();
            ctx.status.set(StatusSimpan::DariTabLain { ditolak: true });
        }
        Kabar::DariTabLain => {
            if !matches!(ctx.status.get_untracked(), StatusSimpan::TidakDisimpan(_)) {
                ctx.muat_ulang();
                ctx.status.set(StatusSimpan::DariTabLain { ditolak: false });
            }
        }
    });
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
    /// still pending), and only when that succeeded — with IndexedDB: committed — does the app
    /// show the new data. Used by import, where a half-applied result must never appear.
    pub async fn ganti_atomik(&self, baru: Dataset, koleksi: &[Koleksi]) -> Result<(), GalatPenyimpanan> {
        if let StatusSimpan::TidakDisimpan(e) = self.status.get_untracked() {
            return Err(GalatPenyimpanan::TidakTersedia(e.pesan_id()));
        }
        let mut semua: BTreeSet<Koleksi> = self.tertunda.with_value(|t| t.clone());
        semua.extend(koleksi.iter().copied());
        let daftar: Vec<Koleksi> = semua.into_iter().collect();
        let mut sidik = self.sidik.get_value();
        match penyimpanan::simpan_terjaga(&PenyimpananPeramban, &baru, &daftar, &mut sidik) {
            Ok(()) => {
                if let Err(e) = idb::tunggu_komit().await {
                    // The mirror is back to what is stored: follow it, show nothing new.
                    self.sidik.set_value(SidikTersimpan::baca(&PenyimpananPeramban).unwrap_or_default());
                    return Err(e);
                }
                self.sidik.set_value(sidik)
            }
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
        match penyimpanan::muat(&PenyimpananPeramban) {
            Ok(d) => {
                self.sidik.set_value(SidikTersimpan::baca(&PenyimpananPeramban).unwrap_or_default());
                self.tertunda.update_value(|t| t.clear());
                self.data.set(d);
                self.status.set(StatusSimpan::Tersimpan(crate::ui::peramban::sekarang()));
            }
            Err(e) => self.status.set(StatusSimpan::TidakDisimpan(e)),
        }
    }

    /// Runs an all-or-nothing step (a backup, [`DataContext::ganti_atomik`]); when localStorage
    /// is too full for it, the data first moves to IndexedDB and the step is tried once more.
    pub async fn dengan_ruang<T, F, Fut>(&self, langkah: F) -> Result<T, GalatPenyimpanan>
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = Result<T, GalatPenyimpanan>>,
    {
        match langkah().await {
            Err(GalatPenyimpanan::Penuh) if !idb::aktif() && idb::tersedia() => {
                if browser::pindah_ke_idb().await? {
                    self.sidik.set_value(SidikTersimpan::baca(&PenyimpananPeramban).unwrap_or_default());
                }
                langkah().await
            }
            hasil => hasil,
        }
    }

    /// Moves the data to IndexedDB now (before an import that localStorage cannot hold).
    pub async fn pindah_ke_idb(&self) -> Result<bool, GalatPenyimpanan> {
        let pindah = browser::pindah_ke_idb().await?;
        self.sidik.set_value(SidikTersimpan::baca(&PenyimpananPeramban).unwrap_or_default());
        Ok(pindah)
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
            self.data.with_untracked(|d| penyimpanan::simpan_terjaga(&PenyimpananPeramban, d, &koleksi, &mut sidik));
        match hasil {
            Ok(()) => {
                self.sidik.set_value(sidik);
                self.tertunda.update_value(|t| t.clear());
                self.status.set(StatusSimpan::Tersimpan(crate::ui::peramban::sekarang()));
            }
            Err(GalatSimpan::Penyimpanan(GalatPenyimpanan::Penuh)) if !idb::aktif() && idb::tersedia() => {
                // localStorage is full: the data moves to IndexedDB, then this save is retried.
                self.status.set(StatusSimpan::Gagal(GalatPenyimpanan::Penuh));
                let ctx = *self;
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(true) = browser::pindah_ke_idb().await {
                        ctx.sidik.set_value(SidikTersimpan::baca(&PenyimpananPeramban).unwrap_or_default());
                        ctx.simpan_tertunda();
                    }
                });
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
