//! Reusable components.

mod dialog;
mod judul;
mod status_simpanan;

pub use dialog::Dialog;
pub use judul::Judul;
pub use status_simpanan::StatusSimpanan;
