//! The BerAKHLAK core values and their official panduan perilaku (SE MenPANRB 20/2021), used
//! as the perilaku kerja of every SKP under PermenPANRB 6/2022: seven values, three behaviour
//! guides each, no levels and no per-value score.

use super::{tgl, Sumber};
use serde::{Deserialize, Serialize};

pub const SUMBER_BERAKHLAK: Sumber = Sumber {
    berlaku_sejak: tgl(2021, 7, 27),
    sumber: "SE MenPANRB 20/2021 tentang Implementasi Core Values dan Employer Branding ASN; perilaku kerja dalam PermenPANRB 6/2022",
    belum_terkonfirmasi: None,
};

/// One of the seven core values, in the official order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NilaiBerakhlak {
    BerorientasiPelayanan,
    Akuntabel,
    Kompeten,
    Harmonis,
    Loyal,
    Adaptif,
    Kolaboratif,
}

/// A value with its definition and its three panduan perilaku (the exact Indonesian strings
/// printed on the SKP form), and English glosses.
pub struct UraianNilai {
    pub nilai: NilaiBerakhlak,
    pub nama: &'static str,
    pub nama_en: &'static str,
    pub definisi_id: &'static str,
    pub definisi_en: &'static str,
    pub panduan_id: [&'static str; 3],
    pub panduan_en: [&'static str; 3],
}

pub const NILAI_BERAKHLAK: [UraianNilai; 7] = [
    UraianNilai {
        nilai: NilaiBerakhlak::BerorientasiPelayanan,
        nama: "Berorientasi Pelayanan",
        nama_en: "Service-oriented",
        definisi_id: "Komitmen memberikan pelayanan prima demi kepuasan masyarakat",
        definisi_en: "Committed to excellent service for the public's satisfaction",
        panduan_id: [
            "Memahami dan memenuhi kebutuhan masyarakat",
            "Ramah, cekatan, solutif, dan dapat diandalkan",
            "Melakukan perbaikan tiada henti",
        ],
        panduan_en: [
            "Understands and meets the public's needs",
            "Friendly, quick, solution-minded and reliable",
            "Improves continuously",
        ],
    },
    UraianNilai {
        nilai: NilaiBerakhlak::Akuntabel,
        nama: "Akuntabel",
        nama_en: "Accountable",
        definisi_id: "Bertanggung jawab atas kepercayaan yang diberikan",
        definisi_en: "Responsible for the trust given",
        panduan_id: [
            "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi",
            "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
            "Tidak menyalahgunakan kewenangan jabatan",
        ],
        panduan_en: [
            "Carries out duties honestly, responsibly, carefully, with discipline and high integrity",
            "Uses state assets and property responsibly, effectively and efficiently",
            "Does not abuse the authority of the office",
        ],
    },
    UraianNilai {
        nilai: NilaiBerakhlak::Kompeten,
        nama: "Kompeten",
        nama_en: "Competent",
        definisi_id: "Terus belajar dan mengembangkan kapabilitas",
        definisi_en: "Keeps learning and developing capability",
        panduan_id: [
            "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
            "Membantu orang lain belajar",
            "Melaksanakan tugas dengan kualitas terbaik",
        ],
        panduan_en: [
            "Develops own competence to meet ever-changing challenges",
            "Helps others learn",
            "Carries out duties with the best quality",
        ],
    },
    UraianNilai {
        nilai: NilaiBerakhlak::Harmonis,
        nama: "Harmonis",
        nama_en: "Harmonious",
        definisi_id: "Saling peduli dan menghargai perbedaan",
        definisi_en: "Cares for one another and respects differences",
        panduan_id: [
            "Menghargai setiap orang apapun latar belakangnya",
            "Suka menolong orang lain",
            "Membangun lingkungan kerja yang kondusif",
        ],
        panduan_en: [
            "Respects everyone whatever their background",
            "Likes helping others",
            "Builds a conducive work environment",
        ],
    },
    UraianNilai {
        nilai: NilaiBerakhlak::Loyal,
        nama: "Loyal",
        nama_en: "Loyal",
        definisi_id: "Berdedikasi dan mengutamakan kepentingan bangsa dan negara",
        definisi_en: "Dedicated, putting the nation and the state first",
        panduan_id: [
            "Memegang teguh ideologi Pancasila, UUD NRI 1945, setia kepada NKRI serta pemerintahan yang sah",
            "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara",
            "Menjaga rahasia jabatan dan negara",
        ],
        panduan_en: [
            "Holds firmly to Pancasila and the 1945 Constitution, loyal to the Republic and its lawful government",
            "Protects the good name of fellow civil servants, leaders, the agency and the state",
            "Keeps official and state secrets",
        ],
    },
    UraianNilai {
        nilai: NilaiBerakhlak::Adaptif,
        nama: "Adaptif",
        nama_en: "Adaptive",
        definisi_id: "Terus berinovasi dan antusias dalam menggerakkan ataupun menghadapi perubahan",
        definisi_en: "Keeps innovating and is enthusiastic about driving or facing change",
        panduan_id: [
            "Cepat menyesuaikan diri menghadapi perubahan",
            "Terus berinovasi dan mengembangkan kreativitas",
            "Bertindak proaktif",
        ],
        panduan_en: ["Adjusts quickly to change", "Keeps innovating and developing creativity", "Acts proactively"],
    },
    UraianNilai {
        nilai: NilaiBerakhlak::Kolaboratif,
        nama: "Kolaboratif",
        nama_en: "Collaborative",
        definisi_id: "Membangun kerja sama yang sinergis",
        definisi_en: "Builds synergistic cooperation",
        panduan_id: [
            "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
            "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
            "Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama",
        ],
        panduan_en: [
            "Gives all parties the chance to contribute",
            "Open to working together to add value",
            "Mobilises the use of resources for shared goals",
        ],
    },
];

impl NilaiBerakhlak {
    pub const SEMUA: [NilaiBerakhlak; 7] = [
        NilaiBerakhlak::BerorientasiPelayanan,
        NilaiBerakhlak::Akuntabel,
        NilaiBerakhlak::Kompeten,
        NilaiBerakhlak::Harmonis,
        NilaiBerakhlak::Loyal,
        NilaiBerakhlak::Adaptif,
        NilaiBerakhlak::Kolaboratif,
    ];
    pub fn uraian(self) -> &'static UraianNilai {
        &NILAI_BERAKHLAK[self as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seven_values_in_official_order_with_three_guides_each() {
        let akronim: String = NILAI_BERAKHLAK.iter().map(|n| n.nama.chars().next().unwrap_or(' ')).collect();
        // Ber-A-K-H-L-A-K: the acronym the values spell.
        assert_eq!(akronim, "BAKHLAK");
        for (i, n) in NilaiBerakhlak::SEMUA.into_iter().enumerate() {
            assert_eq!(n.uraian().nilai, n);
            assert_eq!(NILAI_BERAKHLAK[i].nilai, n);
            assert!(n.uraian().panduan_id.iter().chain(n.uraian().panduan_en.iter()).all(|p| p.len() > 5));
        }
    }
}
