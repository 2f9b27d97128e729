//! Jenjang: career and performance management for Indonesian civil servants (ASN).
//!
//! Dependencies point one way: `ui → store → domain → rules`. Everything except the
//! browser-facing parts of `ui` and `store` compiles natively and is tested with `cargo test`.
pub mod domain;
pub mod rules;
pub mod store;
pub mod ui;
