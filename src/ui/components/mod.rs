//! Reusable components.

mod dialog;
mod judul;
mod lazy_page;
mod pengingat_cadangan;
mod status_simpanan;
mod versi_baru;

pub use dialog::Dialog;
pub use judul::Judul;
pub(crate) use lazy_page::lazy_page;
pub use lazy_page::LazyPage;
pub use pengingat_cadangan::PengingatCadangan;
pub use status_simpanan::StatusSimpanan;
pub use versi_baru::VersiBaru;
