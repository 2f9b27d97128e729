//! The rules of the ASN world as plain Rust: no leptos, web-sys or gloo here.

pub mod aturan_kinerja;
pub mod contoh;
pub mod desimal;
pub mod distribusi;
pub mod duk;
pub mod evaluasi;
pub mod formulir;
pub mod id;
pub mod instansi;
pub mod lembar_evaluasi;
pub mod masyarakat;
pub mod nip;
pub mod pegawai;
pub mod periode;
pub mod rekap_kinerja;
pub mod rencana_skp;
pub mod skp;
pub mod tanggal;
pub mod turunan;
pub mod unit;
