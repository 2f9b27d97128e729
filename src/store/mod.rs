//! The dataset, its schema version, and persistence behind one boundary.

pub mod dataset;
pub mod penyimpanan;
#[cfg(target_arch = "wasm32")]
pub mod browser;
