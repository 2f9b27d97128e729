//! The rules of the ASN world as plain Rust: no leptos, web-sys or gloo here.

pub mod id;
pub mod nip;
pub mod pegawai;
pub mod tanggal;
pub mod formulir;
pub mod unit;
pub mod turunan;
pub mod duk;
pub mod contoh;
