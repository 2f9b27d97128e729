//! App-wide concerns, one provider each (STYLE.md §3).

mod bahasa;
mod data;
mod pengingat;
mod rute;

pub use bahasa::{dwibahasa, provide_bahasa, tanggal_tx, teks_halaman, tx, use_bahasa, use_teks, BahasaContext};
pub use data::{provide_data, use_data, DataContext, StatusSimpan};
pub use pengingat::{provide_pengingat, use_pengingat, PengingatContext};
pub use rute::{navigasi, provide_rute, use_rute, RuteContext};
