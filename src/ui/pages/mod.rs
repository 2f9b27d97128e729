//! One page per file.

mod aturan;
mod beranda;
mod berbagi_data;
mod duk;
mod evaluasi;
mod impor_csv;
mod pegawai_detail;
mod pegawai_form;
mod pegawai_list;
mod tidak_ditemukan;
mod unit_kerja;

pub use aturan::HalamanAturan;
pub use beranda::Beranda;
pub use berbagi_data::HalamanBerbagiData;
pub use duk::HalamanDuk;
pub use evaluasi::{CetakEvaluasi, HalamanEvaluasi};
pub use pegawai_detail::DetailPegawai;
pub use pegawai_form::FormulirPegawai;
pub use pegawai_list::DaftarPegawai;
pub use tidak_ditemukan::TidakDitemukan;
pub use unit_kerja::HalamanUnitKerja;
