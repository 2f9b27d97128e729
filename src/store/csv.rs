//! The pegawai register as CSV for Excel: UTF-8 with a BOM (so Excel reads the encoding), `;`
//! as the default separator (what Excel expects in an Indonesian locale) or `,`.
//!
//! Two Excel traps are avoided on purpose: an 18-digit NIP or 16-digit NIK would be shown as
//! `1,98609E+17` and lose digits, so they are written as `="…"` (a text formula Excel shows
//! as the digits); and text that starts with `=`, `+`, `-` or `@` (a name from an imported
//! file, say) is prefixed with `'` so Excel never runs it as a formula.

use super::dataset::Dataset;
use crate::domain::pegawai::Pegawai;

pub const BOM: char = '\u{feff}';

const KOLOM: [&str; 18] = [
    "NIP",
    "Nama",
    "Gelar depan",
    "Gelar belakang",
    "Tempat lahir",
    "Tanggal lahir",
    "Jenis kelamin",
    "Status",
    "NIK",
    "Unit kerja",
    "Golongan",
    "Pangkat",
    "TMT golongan",
    "Jabatan",
    "Jenis jabatan",
    "TMT jabatan",
    "Pendidikan terakhir",
    "Tahun lulus",
];

/// One field, quoted when it must be (RFC 4180) and defused against formula injection.
fn sel(teks: &str, pemisah: char) -> String {
    let aman = if teks.starts_with(['=', '+', '-', '@']) { format!("'{teks}") } else { teks.to_string() };
    if aman.contains([pemisah, '"', '\n', '\r']) {
        format!("\"{}\"", aman.replace('"', "\"\""))
    } else {
        aman
    }
}

/// Digits Excel must keep as text: `="198609262015051001"`.
fn angka_teks(digit: &str) -> String {
    if digit.is_empty() {
        String::new()
    } else {
        format!("\"=\"\"{digit}\"\"\"")
    }
}

fn baris(d: &Dataset, p: &Pegawai, pemisah: char) -> String {
    let pangkat = p.pangkat_terakhir();
    let jabatan = p.jabatan_terakhir();
    let pendidikan = p.pendidikan_terakhir();
    let unit = p.unit_kerja.as_ref().and_then(|u| d.cari_unit(u)).map(|u| u.nama.clone()).unwrap_or_default();
    let teks = [
        p.nama.clone(),
        p.gelar_depan.clone(),
        p.gelar_belakang.clone(),
        p.tempat_lahir.clone(),
        p.tanggal_lahir.format_pendek(),
        p.jenis_kelamin.label_id().to_string(),
        p.status.kode().to_string(),
    ];
    let sesudah_nik = [
        unit,
        pangkat.map(|r| r.golongan.kode().to_string()).unwrap_or_default(),
        pangkat.map(|r| r.golongan.label()).unwrap_or_default(),
        pangkat.map(|r| r.tmt.format_pendek()).unwrap_or_default(),
        jabatan.map(|r| r.nama_lengkap()).unwrap_or_default(),
        jabatan.map(|r| r.jenis.label_id().to_string()).unwrap_or_default(),
        jabatan.map(|r| r.tmt.format_pendek()).unwrap_or_default(),
        pendidikan.map(|r| format!("{} {}", r.tingkat.label(), r.jurusan).trim().to_string()).unwrap_or_default(),
        pendidikan.map(|r| r.tahun_lulus.to_string()).unwrap_or_default(),
    ];
    let mut kolom = vec![angka_teks(p.nip.as_str())];
    kolom.extend(teks.iter().map(|t| sel(t, pemisah)));
    kolom.push(angka_teks(p.nik.as_ref().map(|n| n.as_str()).unwrap_or("")));
    kolom.extend(sesudah_nik.iter().map(|t| sel(t, pemisah)));
    kolom.join(&pemisah.to_string())
}

/// The active pegawai, sorted by name, as CSV text (BOM, header, CRLF line ends).
pub fn ekspor_csv_pegawai(d: &Dataset, pemisah: char) -> String {
    let mut pegawai: Vec<&Pegawai> = d.pegawai_aktif().collect();
    pegawai.sort_by(|a, b| a.nama.to_lowercase().cmp(&b.nama.to_lowercase()).then(a.nip.cmp(&b.nip)));
    let mut out = String::new();
    out.push(BOM);
    out.push_str(&KOLOM.iter().map(|k| sel(k, pemisah)).collect::<Vec<_>>().join(&pemisah.to_string()));
    out.push_str("\r\n");
    for p in pegawai {
        out.push_str(&baris(d, p, pemisah));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_defused() {
        assert_eq!(sel("Budi", ';'), "Budi");
        assert_eq!(sel("Bidang A; B", ';'), "\"Bidang A; B\"");
        assert_eq!(sel("Bidang A, B", ';'), "Bidang A, B");
        assert_eq!(sel("Bidang A, B", ','), "\"Bidang A, B\"");
        assert_eq!(sel("Kata \"kutip\"", ';'), "\"Kata \"\"kutip\"\"\"");
        assert_eq!(sel("=HYPERLINK(\"x\")", ';'), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(sel("+62 812", ';'), "'+62 812");
        assert_eq!(angka_teks("198609262015051001"), "\"=\"\"198609262015051001\"\"\"");
    }

    #[test]
    fn sample_register_exports_one_row_per_active_pegawai() {
        use crate::domain::contoh::data_contoh;
        use crate::domain::tanggal::{Stempel, Tanggal};
        let (unit_kerja, pegawai) = data_contoh(2026, 40, Tanggal::new(2026, 11, 23).unwrap(), Stempel(0));
        let mut d = Dataset { pegawai, unit_kerja, ..Dataset::default() };
        let id = d.pegawai[0].id.clone();
        d.hapus_pegawai(&id, Stempel(1));
        let csv = ekspor_csv_pegawai(&d, ';');
        assert!(csv.starts_with("\u{feff}NIP;Nama;"));
        let baris: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(baris.len(), 1 + 39, "header + active pegawai");
        let p = &d.pegawai[1];
        let milik = baris.iter().find(|b| b.contains(p.nip.as_str())).expect("row of a pegawai");
        assert!(milik.starts_with(&format!("\"=\"\"{}\"\"\";", p.nip.as_str())));
        assert!(milik.contains(&p.tanggal_lahir.format_pendek()));
        assert!(baris.iter().all(|b| b.matches(';').count() >= 17), "every row has every column");
    }
}
