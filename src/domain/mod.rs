//! The rules of the ASN world as plain Rust: no leptos, web-sys or gloo here.

pub mod contoh;
pub mod distribusi;
pub mod duk;
pub mod evaluasi;
pub mod formulir;
pub mod id;
pub mod instansi;
pub mod nip;
pub mod pegawai;
pub mod periode;
pub mod rencana_skp;
pub mod skp;
pub mod tanggal;
pub mod turunan;
pub mod unit;
