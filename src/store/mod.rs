//! The dataset, its schema version, and persistence behind one boundary.

#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod cadangan;
pub mod csv;
pub mod csv_impor;
pub mod dataset;
pub mod gabung;
#[cfg(target_arch = "wasm32")]
pub mod idb;
pub mod kapasitas;
pub mod kinerja;
mod panjang_json;
pub mod penyimpanan;
pub mod pertukaran;
