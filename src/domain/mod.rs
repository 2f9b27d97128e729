//! The rules of the ASN world as plain Rust: no leptos, web-sys or gloo here.

pub mod id;
pub mod nip;
pub mod pegawai;
pub mod tanggal;
