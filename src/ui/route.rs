//! Hash routes (`index.html#/pegawai/<id>`): static hosting needs no SPA fallback.

use crate::domain::id::Id;

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
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_round_trips() {
        let id = Id::dari_byte_acak([7; 16]);
        for r in [
            Route::Beranda,
            Route::DaftarPegawai,
            Route::PegawaiBaru,
            Route::DetailPegawai(id.clone()),
            Route::UbahPegawai(id),
            Route::UnitKerja,
            Route::Duk,
            Route::Aturan,
            Route::Data,
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
    }
}
