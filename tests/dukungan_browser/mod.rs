//! Shared by the browser test binaries (`tests/browser*.rs`, wasm32): a generated dataset.

use jenjang::domain::id::Id;
use jenjang::domain::pegawai::UnitKerja;
use jenjang::domain::tanggal::Stempel;
use jenjang::store::dataset::Dataset;

/// `n` top units whose names are `Unit <i> ` followed by `panjang_nama` x's, with fixed ids.
pub fn dataset(n: usize, panjang_nama: usize) -> Dataset {
    let mut d = Dataset::default();
    for i in 0..n {
        let mut b = [0u8; 16];
        b[..8].copy_from_slice(&(i as u64).to_le_bytes());
        d.unit_kerja.push(UnitKerja {
            id: Id::dari_byte_acak(b),
            created_at: Stempel(1),
            updated_at: Stempel(1),
            dihapus_pada: None,
            nama: format!("Unit {i} {}", "x".repeat(panjang_nama)),
            induk: None,
        });
    }
    d
}
