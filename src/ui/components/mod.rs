//! Reusable components.

mod dialog;
mod judul;
mod pengingat_cadangan;
mod status_simpanan;
mod versi_baru;

pub use dialog::Dialog;
pub use judul::Judul;
pub use pengingat_cadangan::PengingatCadangan;
pub use status_simpanan::StatusSimpanan;
pub use versi_baru::VersiBaru;
