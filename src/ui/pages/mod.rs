//! One page per file.

mod aturan;
mod aturan_kinerja;
mod beranda;
mod berbagi_data;
mod distribusi;
mod duk;
mod evaluasi;
mod impor_csv;
mod kinerja;
mod masyarakat;
mod pegawai_detail;
mod pegawai_form;
mod pegawai_list;
mod riwayat_predikat;
mod skp;
mod tidak_ditemukan;
mod unit_kerja;

pub use aturan::HalamanAturan;
pub use beranda::Beranda;
pub use berbagi_data::HalamanBerbagiData;
pub use distribusi::HalamanDistribusi;
pub use duk::HalamanDuk;
pub use evaluasi::{CetakEvaluasi, HalamanEvaluasi};
pub use kinerja::HalamanKinerja;
pub use masyarakat::HalamanMasyarakat;
pub use pegawai_detail::DetailPegawai;
pub use pegawai_form::FormulirPegawai;
pub use pegawai_list::DaftarPegawai;
pub use skp::{CetakSkp, HalamanSkp};
pub use tidak_ditemukan::TidakDitemukan;
pub use unit_kerja::HalamanUnitKerja;
