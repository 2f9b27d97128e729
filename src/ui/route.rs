//! Hash routes (`index.html#/pegawai/<id>`): static hosting needs no SPA fallback.

use crate::domain::id::Id;
use crate::domain::periode::Periode;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Beranda,
    DaftarPegawai,
    PegawaiBaru,
    DetailPegawai(Id),
    UbahPegawai(Id),
    UnitKerja,
    Duk,
    Aturan,
    /// Export, import, backups.
    Data,
    /// Performance appraisal: SKP per pegawai and year.
    Kinerja,
    Skp(Id),
    CetakSkp(Id),
    Evaluasi(Id, Periode),
    CetakEvaluasi(Id, Periode),
    /// Each unit's organisation predikat and the distribution of its employees' predikat.
    Distribusi,
    /// Community feedback (umpan balik masyarakat).
    Masyarakat,
    TidakDitemukan(String),
}

impl Route {
    /// Parses a location hash (`#/pegawai/…`, with or without `#`).
    pub fn parse(hash: &str) -> Route {
        let jalur = hash.trim_start_matches('#').trim_start_matches('/');
        let jalur = jalur.split(['?']).next().unwrap_or("").trim_end_matches('/');
        let bagian: Vec<&str> = if jalur.is_empty() { Vec::new() } else { jalur.split('/').collect() };
        match bagian.as_slice() {
            [] => Route::Beranda,
            ["pegawai"] => Route::DaftarPegawai,
            ["pegawai", "baru"] => Route::PegawaiBaru,
            ["pegawai", id] => Id::parse(id).map_or_else(|| Route::TidakDitemukan(hash.into()), Route::DetailPegawai),
            ["pegawai", id, "ubah"] => {
                Id::parse(id).map_or_else(|| Route::TidakDitemukan(hash.into()), Route::UbahPegawai)
            }
            ["unit"] => Route::UnitKerja,
            ["duk"] => Route::Duk,
            ["aturan"] => Route::Aturan,
            ["data"] => Route::Data,
            ["kinerja"] => Route::Kinerja,
            ["kinerja", "distribusi"] => Route::Distribusi,
            ["masyarakat"] => Route::Masyarakat,
            ["skp", id] => Id::parse(id).map_or_else(|| Route::TidakDitemukan(hash.into()), Route::Skp),
            ["skp", id, "cetak"] => Id::parse(id).map_or_else(|| Route::TidakDitemukan(hash.into()), Route::CetakSkp),
            ["skp", id, "evaluasi", p] => match (Id::parse(id), Periode::parse_kode(p)) {
                (Some(id), Some(p)) => Route::Evaluasi(id, p),
                _ => Route::TidakDitemukan(hash.into()),
            },
            ["skp", id, "evaluasi", p, "cetak"] => match (Id::parse(id), Periode::parse_kode(p)) {
                (Some(id), Some(p)) => Route::CetakEvaluasi(id, p),
                _ => Route::TidakDitemukan(hash.into()),
            },
            _ => Route::TidakDitemukan(hash.into()),
        }
    }

    /// The `href` of a link to this route.
    pub fn href(&self) -> String {
        match self {
            Route::Beranda => "#/".into(),
            Route::DaftarPegawai => "#/pegawai".into(),
            Route::PegawaiBaru => "#/pegawai/baru".into(),
            Route::DetailPegawai(id) => format!("#/pegawai/{id}"),
            Route::UbahPegawai(id) => format!("#/pegawai/{id}/ubah"),
            Route::UnitKerja => "#/unit".into(),
            Route::Duk => "#/duk".into(),
            Route::Aturan => "#/aturan".into(),
            Route::Data => "#/data".into(),
            Route::Kinerja => "#/kinerja".into(),
            Route::Skp(id) => format!("#/skp/{id}"),
            Route::CetakSkp(id) => format!("#/skp/{id}/cetak"),
            Route::Evaluasi(id, p) => format!("#/skp/{id}/evaluasi/{}", p.kode()),
            Route::CetakEvaluasi(id, p) => format!("#/skp/{id}/evaluasi/{}/cetak", p.kode()),
            Route::Distribusi => "#/kinerja/distribusi".into(),
            Route::Masyarakat => "#/masyarakat".into(),
            Route::TidakDitemukan(h) => h.clone(),
        }
    }

    /// The navigation section this route belongs to (for `aria-current`).
    pub fn bagian(&self) -> &'static str {
        match self {
            Route::Beranda | Route::TidakDitemukan(_) => "beranda",
            Route::DaftarPegawai | Route::PegawaiBaru | Route::DetailPegawai(_) | Route::UbahPegawai(_) => "pegawai",
            Route::UnitKerja => "unit",
            Route::Duk => "duk",
            Route::Aturan => "aturan",
            Route::Data => "data",
            Route::Kinerja
            | Route::Skp(_)
            | Route::CetakSkp(_)
            | Route::Evaluasi(..)
            | Route::CetakEvaluasi(..)
            | Route::Distribusi
            | Route::Masyarakat => "kinerja",
        }
    }
}

/// A query parameter of a location hash (`#/kinerja?unit=<id>` → `param(.., "unit")`), as
/// written by the app's own links (no percent-decoding needed: ids and codes only).
pub fn param(hash: &str, nama: &str) -> Option<String> {
    let (_, query) = hash.split_once('?')?;
    query.split('&').find_map(|p| p.split_once('=').filter(|(k, _)| *k == nama).map(|(_, v)| v.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_parameter_is_read_and_the_route_ignores_it() {
        let h = "#/kinerja?unit=07070707-0707-4707-8707-070707070707&tahun=2026";
        assert_eq!(Route::parse(h), Route::Kinerja);
        assert_eq!(param(h, "unit").as_deref(), Some("07070707-0707-4707-8707-070707070707"));
        assert_eq!(param(h, "tahun").as_deref(), Some("2026"));
        assert_eq!(param(h, "status"), None);
        assert_eq!(param("#/kinerja", "unit"), None);
    }

    #[test]
    fn every_route_round_trips() {
        let id = Id::dari_byte_acak([7; 16]);
        for r in [
            Route::Beranda,
            Route::DaftarPegawai,
            Route::PegawaiBaru,
            Route::DetailPegawai(id.clone()),
            Route::UbahPegawai(id.clone()),
            Route::UnitKerja,
            Route::Duk,
            Route::Aturan,
            Route::Data,
            Route::Kinerja,
            Route::Skp(id.clone()),
            Route::CetakSkp(id.clone()),
            Route::Evaluasi(id.clone(), Periode::Triwulan(2)),
            Route::Evaluasi(id.clone(), Periode::Bulan(11)),
            Route::CetakEvaluasi(id, Periode::Tahunan),
            Route::Distribusi,
            Route::Masyarakat,
        ] {
            assert_eq!(Route::parse(&r.href()), r, "{}", r.href());
        }
    }

    #[test]
    fn tolerant_of_empty_and_trailing_slash_and_unknown() {
        assert_eq!(Route::parse(""), Route::Beranda);
        assert_eq!(Route::parse("#"), Route::Beranda);
        assert_eq!(Route::parse("#/pegawai/"), Route::DaftarPegawai);
        assert_eq!(Route::parse("#/pegawai/bukan-id"), Route::TidakDitemukan("#/pegawai/bukan-id".into()));
        assert_eq!(Route::parse("#/entah"), Route::TidakDitemukan("#/entah".into()));
        let x = "#/skp/07070707-0707-4707-8707-070707070707/evaluasi/tw5";
        assert_eq!(Route::parse(x), Route::TidakDitemukan(x.into()));
    }
}
