//! "Muat data contoh": a realistic sample office for trying the app, for tests and for
//! benchmarks. Deterministic: the same seed gives the same units and pegawai (ids included).
//!
//! The office is a Badan Kepegawaian dan Pengembangan Sumber Daya Manusia with its Sekretariat,
//! two Subbagian and four Bidang. Its people come from across Indonesia, with names, birth
//! places, schools and titles that fit together, and careers that follow the rules the app
//! checks: golongan awal by ijazah, a kenaikan pangkat every 4–5 years on the KP period dates
//! of the time, never past the KP reguler ceiling except by KP pilihan, and a jenjang
//! fungsional that matches the golongan. Every NIP and NIK is built from the birth date and
//! validated by the same parsers the forms use.

use super::id::{Acak, Id};
use super::nip::{periksa_nik_terhadap_nip, JenisNomorInduk, Nik, Nip};
use super::pegawai::{
    JenisKelamin, JenisKenaikanPangkat, Pegawai, RiwayatJabatan, RiwayatPangkat, RiwayatPendidikan, StatusPegawai,
    UnitKerja,
};
use super::tanggal::{Stempel, Tanggal};
use crate::rules::jabatan::{JenisJabatan, JenjangFungsional, KategoriFungsional};
use crate::rules::pangkat::{Golongan, GolonganPns, GolonganPppk};
use crate::rules::pendidikan::TingkatPendidikan;
use crate::rules::tgl;
use std::collections::HashSet;

// ---------------------------------------------------------------------------------------------
// Reference lists
// ---------------------------------------------------------------------------------------------

/// An ethnic naming tradition with its towns and universities, so that a person's name, birth
/// place, NIK region and alma mater fit together.
struct Suku {
    depan_pria: &'static [&'static str],
    depan_wanita: &'static [&'static str],
    belakang_pria: &'static [&'static str],
    belakang_wanita: &'static [&'static str],
    /// Percent chance of a second given name (`Sri Rahayu Lestari`).
    tengah: u64,
    /// A name prefix and its percent chance (`Andi` among the Bugis).
    awalan: Option<(&'static str, u64)>,
    /// (town, NIK province + kabupaten/kota code).
    kota: &'static [(&'static str, &'static str)],
    kampus: &'static [&'static str],
    politeknik: &'static str,
    bobot: u64,
}

#[rustfmt::skip]
static MARGA_BATAK: &[&str] = &[
    "Siregar", "Nasution", "Simanjuntak", "Hutapea", "Sitompul", "Lubis", "Harahap", "Pardede",
    "Sinaga", "Panjaitan", "Simatupang", "Situmorang", "Hutagalung", "Manurung", "Tambunan",
    "Sihombing", "Silalahi", "Pasaribu",
];
#[rustfmt::skip]
static FAM_MINAHASA: &[&str] = &[
    "Lumempouw", "Rondonuwu", "Wowor", "Tumbelaka", "Sumual", "Kaunang", "Mandagi", "Lengkong",
    "Pangemanan", "Rumengan", "Supit", "Tuwaidan", "Karundeng", "Sondakh",
];

#[rustfmt::skip]
static SUKU: [Suku; 7] = [
    // Jawa
    Suku {
        depan_pria: &[
            "Agus", "Budi", "Bambang", "Joko", "Heru", "Eko", "Hadi", "Slamet", "Wahyu", "Sigit",
            "Teguh", "Yudi", "Arif", "Rudi", "Bayu", "Aris", "Dwi", "Gilang", "Fajar", "Rizky",
        ],
        depan_wanita: &[
            "Sri", "Endang", "Siti", "Rina", "Wulan", "Ratna", "Yuni", "Retno", "Ani", "Dewi",
            "Indah", "Tri", "Ayu", "Nur", "Putri", "Fitri", "Anisa",
        ],
        belakang_pria: &[
            "Santoso", "Prasetyo", "Wibowo", "Susilo", "Nugroho", "Setiawan", "Purnomo", "Hartono",
            "Widodo", "Kurniawan", "Saputro", "Hidayat", "Sutrisno", "Raharjo", "Suryadi",
            "Wicaksono", "Pamungkas", "Utomo",
        ],
        belakang_wanita: &[
            "Wahyuni", "Lestari", "Rahayu", "Handayani", "Purwaningsih", "Kusumawati", "Setyowati",
            "Widyastuti", "Rahmawati", "Susanti", "Utami", "Pertiwi", "Astuti", "Wulandari",
            "Ningrum", "Sulistyowati",
        ],
        tengah: 25,
        awalan: None,
        kota: &[
            ("Semarang", "3374"), ("Surakarta", "3372"), ("Yogyakarta", "3471"), ("Magelang", "3371"),
            ("Klaten", "3310"), ("Madiun", "3577"), ("Kediri", "3571"), ("Malang", "3573"),
            ("Surabaya", "3578"), ("Purwokerto", "3302"), ("Pekalongan", "3375"), ("Tegal", "3376"),
        ],
        kampus: &[
            "Universitas Gadjah Mada", "Universitas Diponegoro", "Universitas Sebelas Maret",
            "Universitas Airlangga", "Universitas Brawijaya", "Universitas Negeri Semarang",
            "Universitas Jenderal Soedirman",
        ],
        politeknik: "Politeknik Negeri Semarang",
        bobot: 35,
    },
    // Sunda
    Suku {
        depan_pria: &[
            "Asep", "Dede", "Ujang", "Cecep", "Deden", "Iwan", "Yayat", "Dadang", "Ade", "Aep",
            "Jajang", "Rahmat", "Ridwan", "Yusuf", "Hendra",
        ],
        depan_wanita: &[
            "Euis", "Neneng", "Iis", "Lilis", "Yeni", "Nining", "Eneng", "Cucu", "Teti", "Wida",
            "Resti", "Nurul", "Rika", "Sinta",
        ],
        belakang_pria: &[
            "Saepudin", "Sopandi", "Hidayat", "Kurniawan", "Supriatna", "Suherman", "Rusmana",
            "Sutisna", "Permana", "Gunawan", "Firmansyah", "Ramdani", "Mulyana", "Setiadi",
            "Nugraha", "Somantri",
        ],
        belakang_wanita: &[
            "Komariah", "Hasanah", "Nurhasanah", "Rosmiati", "Kurniasih", "Herlina", "Nurjanah",
            "Marlina", "Mulyani", "Suryani", "Sumiati", "Yuliani",
        ],
        tengah: 10,
        awalan: None,
        kota: &[
            ("Bandung", "3273"), ("Garut", "3205"), ("Tasikmalaya", "3278"), ("Sumedang", "3211"),
            ("Cianjur", "3203"), ("Bogor", "3271"), ("Sukabumi", "3272"), ("Ciamis", "3207"),
            ("Cirebon", "3274"), ("Kuningan", "3208"),
        ],
        kampus: &[
            "Universitas Padjadjaran", "Universitas Pendidikan Indonesia",
            "Institut Teknologi Bandung", "Universitas Pasundan", "Universitas Siliwangi",
        ],
        politeknik: "Politeknik Negeri Bandung",
        bobot: 20,
    },
    // Batak: the marga is the family name for men and women.
    Suku {
        depan_pria: &[
            "Togar", "Martua", "Parlindungan", "Sahat", "Bonar", "Hotman", "Tigor", "Marihot",
            "Jonner", "Ronald", "Hendra", "Benny", "Daniel", "Poltak", "Ramli", "Saut",
        ],
        depan_wanita: &[
            "Rohani", "Dameria", "Tiurma", "Rosmawati", "Lasma", "Nurmala", "Erna", "Rospita",
            "Marlina", "Hotnida", "Friska", "Sondang", "Rugun",
        ],
        belakang_pria: MARGA_BATAK,
        belakang_wanita: MARGA_BATAK,
        tengah: 0,
        awalan: None,
        kota: &[
            ("Medan", "1275"), ("Pematangsiantar", "1272"), ("Tarutung", "1205"), ("Balige", "1212"),
            ("Sibolga", "1273"), ("Padangsidimpuan", "1277"),
        ],
        kampus: &[
            "Universitas Sumatera Utara", "Universitas Negeri Medan", "Universitas HKBP Nommensen",
        ],
        politeknik: "Politeknik Negeri Medan",
        bobot: 10,
    },
    // Minangkabau
    Suku {
        depan_pria: &[
            "Rizal", "Afrizal", "Fadli", "Yusrizal", "Zulkifli", "Hendri", "Syafrizal", "Irwan",
            "Erizal", "Zainal", "Masrul", "Novrizal", "Ikhwan", "Defri",
        ],
        depan_wanita: &[
            "Yusnita", "Rahmi", "Fitri", "Novita", "Yulia", "Elfi", "Rini", "Silvia", "Mardiana",
            "Yesi", "Desi", "Welly", "Nelly",
        ],
        belakang_pria: &[
            "Putra", "Chaniago", "Koto", "Piliang", "Tanjung", "Jambak", "Sikumbang", "Syahputra",
            "Hakim", "Rasyid", "Effendi", "Arifin",
        ],
        belakang_wanita: &[
            "Yanti", "Sari", "Oktavia", "Fitriani", "Desmawati", "Yusnidar", "Putri", "Rahmadani",
            "Wati", "Hayati",
        ],
        tengah: 0,
        awalan: None,
        kota: &[
            ("Padang", "1371"), ("Bukittinggi", "1375"), ("Payakumbuh", "1376"), ("Solok", "1372"),
            ("Batusangkar", "1304"), ("Pariaman", "1377"),
        ],
        kampus: &[
            "Universitas Andalas", "Universitas Negeri Padang",
            "Universitas Islam Negeri Imam Bonjol",
        ],
        politeknik: "Politeknik Negeri Padang",
        bobot: 10,
    },
    // Bugis
    Suku {
        depan_pria: &[
            "Muhammad", "Arfah", "Baharuddin", "Syamsul", "Ilham", "Nasrullah", "Jusman",
            "Hasanuddin", "Amiruddin", "Akbar", "Rusdi", "Firman", "Syahrir", "Irfan",
        ],
        depan_wanita: &[
            "Hasnah", "Nurhayati", "Sitti", "Hartati", "Megawati", "Rosdiana", "Sumarni",
            "Nurfaidah", "Hasmawati", "Jumriani", "Musdalifah", "Fatmawati",
        ],
        belakang_pria: &[
            "Rahman", "Amir", "Latif", "Tahir", "Hamzah", "Djafar", "Arsyad", "Mappaselle",
            "Pawelloi", "Mattalitti", "Sanusi", "Makkasau",
        ],
        belakang_wanita: &["Nur", "Rahman", "Amir", "Tahir", "Hamid", "Said", "Syamsuddin", "Baso"],
        tengah: 0,
        awalan: Some(("Andi", 30)),
        kota: &[
            ("Makassar", "7371"), ("Watampone", "7308"), ("Parepare", "7372"), ("Sengkang", "7313"),
            ("Barru", "7311"), ("Pinrang", "7315"),
        ],
        kampus: &[
            "Universitas Hasanuddin", "Universitas Negeri Makassar", "Universitas Muslim Indonesia",
        ],
        politeknik: "Politeknik Negeri Ujung Pandang",
        bobot: 10,
    },
    // Bali: the birth-order name (I Wayan, Ni Made …) then the given name.
    Suku {
        depan_pria: &[
            "I Wayan", "I Made", "I Nyoman", "I Ketut", "I Putu", "I Gede", "I Kadek", "I Komang",
        ],
        depan_wanita: &[
            "Ni Wayan", "Ni Made", "Ni Nyoman", "Ni Ketut", "Ni Putu", "Ni Luh", "Ni Kadek",
            "Ni Komang",
        ],
        belakang_pria: &[
            "Sudarsana", "Suardana", "Astawa", "Sukadana", "Wirawan", "Mahendra", "Adnyana",
            "Budiarta", "Widiana", "Sukerta", "Suarjana", "Darmawan", "Ariawan",
        ],
        belakang_wanita: &[
            "Artini", "Sukerti", "Sriasih", "Suartini", "Ariani", "Kartini", "Suryani", "Puspawati",
            "Sudiartini", "Mariani", "Astiti", "Wiryani",
        ],
        tengah: 0,
        awalan: None,
        kota: &[
            ("Denpasar", "5171"), ("Singaraja", "5108"), ("Tabanan", "5102"), ("Gianyar", "5104"),
            ("Semarapura", "5105"), ("Amlapura", "5107"),
        ],
        kampus: &[
            "Universitas Udayana", "Universitas Pendidikan Ganesha", "Universitas Warmadewa",
        ],
        politeknik: "Politeknik Negeri Bali",
        bobot: 8,
    },
    // Minahasa: the fam is the family name for men and women.
    Suku {
        depan_pria: &[
            "Johny", "Ferry", "Stenly", "Meiky", "Jefry", "Rocky", "Hendrik", "Max", "Frans",
            "Ronald", "Recky", "Alfrets", "Vecky",
        ],
        depan_wanita: &[
            "Meity", "Vonny", "Lenny", "Deisy", "Jeane", "Henny", "Olivia", "Marlyn", "Stella",
            "Feybe", "Natalia", "Grace",
        ],
        belakang_pria: FAM_MINAHASA,
        belakang_wanita: FAM_MINAHASA,
        tengah: 0,
        awalan: None,
        kota: &[
            ("Manado", "7171"), ("Tomohon", "7173"), ("Bitung", "7172"), ("Tondano", "7102"),
            ("Kotamobagu", "7174"),
        ],
        kampus: &[
            "Universitas Sam Ratulangi", "Universitas Negeri Manado", "Universitas Klabat",
        ],
        politeknik: "Politeknik Negeri Manado",
        bobot: 7,
    },
];

/// Universities for S2 and S3, besides the regional ones.
#[rustfmt::skip]
static KAMPUS_PASCASARJANA: &[&str] = &[
    "Universitas Indonesia", "Universitas Gadjah Mada", "Universitas Padjadjaran",
    "Institut Pertanian Bogor", "Universitas Airlangga", "Universitas Brawijaya",
    "Universitas Diponegoro", "Universitas Hasanuddin",
];

/// The title an S1 graduate bore before Kepmendikbud 036/U/1993 introduced `S.Sos.`, `S.E.`,
/// `S.Kom.` …: `Drs.`/`Dra.` in front for the social sciences and economics, `Ir.` for
/// engineering.
#[derive(Clone, Copy)]
enum GelarLama {
    Doktorandus,
    Insinyur,
}

/// The last year whose S1 graduates are given the old title here.
const TAHUN_GELAR_LAMA_TERAKHIR: i32 = 1993;

/// A field of study from S1 to S3, so that `S.H., M.H.` go together.
struct BidangIlmu {
    s1: &'static str,
    gelar_s1: &'static str,
    gelar_lama: Option<GelarLama>,
    s2: &'static str,
    gelar_s2: &'static str,
    s3: &'static str,
    /// Computing graduates are drawn to JF Pranata Komputer.
    komputer: bool,
}

const fn bidang(
    s1: &'static str,
    gelar_s1: &'static str,
    gelar_lama: Option<GelarLama>,
    s2: &'static str,
    gelar_s2: &'static str,
    s3: &'static str,
    komputer: bool,
) -> BidangIlmu {
    BidangIlmu { s1, gelar_s1, gelar_lama, s2, gelar_s2, s3, komputer }
}

const DRS: Option<GelarLama> = Some(GelarLama::Doktorandus);
const IR: Option<GelarLama> = Some(GelarLama::Insinyur);

#[rustfmt::skip]
static BIDANG_ILMU: [BidangIlmu; 10] = [
    bidang("Ilmu Hukum", "S.H.", None, "Ilmu Hukum", "M.H.", "Ilmu Hukum", false),
    bidang("Manajemen", "S.E.", DRS, "Manajemen", "M.M.", "Ilmu Manajemen", false),
    bidang("Akuntansi", "S.E.", DRS, "Akuntansi", "M.Ak.", "Ilmu Akuntansi", false),
    bidang("Ilmu Administrasi Negara", "S.Sos.", DRS, "Administrasi Publik", "M.AP.", "Administrasi Publik", false),
    bidang("Ilmu Pemerintahan", "S.IP.", DRS, "Ilmu Pemerintahan", "M.Si.", "Ilmu Pemerintahan", false),
    bidang("Psikologi", "S.Psi.", DRS, "Psikologi", "M.Psi.", "Psikologi", false),
    bidang("Sosiologi", "S.Sos.", DRS, "Sosiologi", "M.Si.", "Sosiologi", false),
    bidang("Pendidikan Ekonomi", "S.Pd.", DRS, "Manajemen Pendidikan", "M.Pd.", "Manajemen Pendidikan", false),
    bidang("Teknik Informatika", "S.Kom.", IR, "Ilmu Komputer", "M.Kom.", "Ilmu Komputer", true),
    bidang("Sistem Informasi", "S.Kom.", None, "Sistem Informasi", "M.Kom.", "Ilmu Komputer", true),
];

/// D-III study programmes: (programme, sebutan since Permenristekdikti 59/2018, computing?).
/// Graduates before 2019 carry the plain `A.Md.`.
static PRODI_D3: [(&str, &str, bool); 4] = [
    ("Manajemen Informatika", "A.Md.Kom.", true),
    ("Akuntansi", "A.Md.Ak.", false),
    ("Administrasi Bisnis", "A.Md.AB.", false),
    ("Kearsipan", "A.Md.", false),
];
const TAHUN_SEBUTAN_D3_BARU: i32 = 2019;

/// Jabatan fungsional found in a BKPSDM: (name, has keahlian jenjang, has keterampilan jenjang).
static JF: [(&str, bool, bool); 9] = [
    (ANALIS_SDM, true, false),
    (ASESOR_SDM, true, false),
    (PRANATA_SDM, false, true),
    (PRANATA_KOMPUTER, true, true),
    ("Arsiparis", true, true),
    ("Perencana", true, false),
    ("Analis Kebijakan", true, false),
    ("Widyaiswara", true, false),
    ("Pengelola Pengadaan Barang/Jasa", true, false),
];
const PRANATA_KOMPUTER: &str = "Pranata Komputer";

/// Jabatan pelaksana (PermenPANRB 45/2022 names) by ijazah level.
static PELAKSANA_SARJANA: &[&str] = &["Penelaah Teknis Kebijakan", "Penata Layanan Operasional"];
const PELAKSANA_SARJANA_KOMPUTER: &str = "Penata Kelola Sistem dan Teknologi Informasi";
static PELAKSANA_DIPLOMA: &[&str] = &["Pengolah Data dan Informasi", "Pengelola Layanan Operasional"];
static PELAKSANA_SLTA: &[&str] = &["Pengadministrasi Perkantoran", "Operator Layanan Operasional"];

/// Earlier posts of today's heads, in other perangkat daerah (so without a unit here).
static PENGAWAS_LAIN: &[&str] = &[
    "Kepala Subbagian Tata Usaha Dinas Kesehatan",
    "Kepala Seksi Pemerintahan Kecamatan Kota",
    "Kepala Subbagian Program Dinas Pendidikan",
    "Kepala Subbidang Data dan Informasi Kepegawaian",
];
static ADMINISTRATOR_LAIN: &[&str] = &[
    "Kepala Bagian Organisasi Sekretariat Daerah",
    "Sekretaris Dinas Pendidikan",
    "Kepala Bidang Anggaran Badan Keuangan Daerah",
    "Sekretaris Dinas Komunikasi dan Informatika",
];

/// A unit of the sample office: its parent (index), the jenis jabatan of its head and the
/// jabatan fungsional (names from [`JF`]) its staff hold.
struct SpekUnit {
    nama: &'static str,
    induk: Option<usize>,
    kepala: JenisJabatan,
    jf: &'static [&'static str],
}

const ANALIS_SDM: &str = "Analis Sumber Daya Manusia Aparatur";
const ASESOR_SDM: &str = "Asesor Sumber Daya Manusia Aparatur";
const PRANATA_SDM: &str = "Pranata Sumber Daya Manusia Aparatur";

#[rustfmt::skip]
static UNIT: [SpekUnit; 8] = [
    SpekUnit { nama: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", induk: None, kepala: JenisJabatan::JptPratama, jf: &["Analis Kebijakan"] },
    SpekUnit { nama: "Sekretariat", induk: Some(0), kepala: JenisJabatan::Administrator, jf: &["Analis Kebijakan", "Arsiparis", PRANATA_SDM] },
    SpekUnit { nama: "Subbagian Umum dan Kepegawaian", induk: Some(1), kepala: JenisJabatan::Pengawas, jf: &["Arsiparis", PRANATA_SDM, ANALIS_SDM] },
    SpekUnit { nama: "Subbagian Perencanaan dan Keuangan", induk: Some(1), kepala: JenisJabatan::Pengawas, jf: &["Perencana", "Pengelola Pengadaan Barang/Jasa"] },
    SpekUnit { nama: "Bidang Pengadaan, Pemberhentian dan Informasi", induk: Some(0), kepala: JenisJabatan::Administrator, jf: &["Pranata Komputer", ANALIS_SDM, PRANATA_SDM] },
    SpekUnit { nama: "Bidang Mutasi dan Promosi", induk: Some(0), kepala: JenisJabatan::Administrator, jf: &[ANALIS_SDM, PRANATA_SDM] },
    SpekUnit { nama: "Bidang Pengembangan Kompetensi", induk: Some(0), kepala: JenisJabatan::Administrator, jf: &["Widyaiswara", ANALIS_SDM, ASESOR_SDM] },
    SpekUnit { nama: "Bidang Penilaian Kinerja dan Penghargaan", induk: Some(0), kepala: JenisJabatan::Administrator, jf: &[ASESOR_SDM, ANALIS_SDM, PRANATA_SDM] },
];

fn nama_jabatan_kepala(unit: &str) -> String {
    if unit == "Sekretariat" {
        "Sekretaris".to_string()
    } else {
        format!("Kepala {unit}")
    }
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

fn awal_bulan(t: Tanggal) -> Tanggal {
    t.awal_bulan_berikutnya().tambah_bulan(-1)
}

fn geser_hari(t: Tanggal, hari: i64) -> Tanggal {
    Tanggal::dari_hari_sejak_epoch(t.hari_sejak_epoch() + hari)
}

/// Whether a TMT kenaikan pangkat falls on a KP period of its time (asn-rules.md §5.5):
/// 1 April and 1 Oktober until 2023 (PP 99/2000; Kep BKN 12/2002); 1 Februari, April, Juni,
/// Agustus, Oktober and Desember from 2024 to September 2025 (Peraturan BKN 4/2023); the 1st
/// of every month from 1 Oktober 2025 (Peraturan BKN 4/2025).
fn periode_kp_sah(t: Tanggal) -> bool {
    t.hari() == 1
        && if t < tgl(2024, 1, 1) {
            matches!(t.bulan(), 4 | 10)
        } else if t < tgl(2025, 10, 1) {
            t.bulan().is_multiple_of(2)
        } else {
            true
        }
}

/// The first KP period on or after `t`.
fn periode_kp(t: Tanggal) -> Tanggal {
    let mut d = if t.hari() == 1 { t } else { t.awal_bulan_berikutnya() };
    for _ in 0..12 {
        if periode_kp_sah(d) {
            break;
        }
        d = d.tambah_bulan(1);
    }
    d
}

// ---------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------

/// A degree with its title, before it becomes a [`RiwayatPendidikan`].
struct Ijazah {
    tingkat: TingkatPendidikan,
    jurusan: String,
    institusi: String,
    tahun: i32,
    gelar_depan: Option<&'static str>,
    gelar_belakang: Option<&'static str>,
}

/// Which degrees a person earns: before appointment (with the age, in years after the birth
/// year, at graduation) and during service.
struct RencanaPendidikan {
    sebelum: Vec<(TingkatPendidikan, i32)>,
    dalam_dinas: Vec<TingkatPendidikan>,
}

impl RencanaPendidikan {
    /// The youngest age at which the person can be appointed with these degrees.
    fn usia_minimal(&self) -> i32 {
        self.sebelum.iter().map(|(_, k)| k + 1).max().unwrap_or(19).max(20)
    }
    fn tingkat_awal(&self) -> TingkatPendidikan {
        self.sebelum.iter().map(|(t, _)| *t).max().unwrap_or(TingkatPendidikan::Slta)
    }
}

/// One step of a career in jabatan; a JF step gets its jenjang from the golongan later.
#[derive(Clone)]
struct Langkah {
    tmt: Tanggal,
    jenis: JenisJabatan,
    nama: String,
    kategori: Option<KategoriFungsional>,
    unit: Option<Id>,
}

impl Langkah {
    fn pelaksana(tmt: Tanggal, nama: &str, unit: Option<Id>) -> Langkah {
        Langkah { tmt, jenis: JenisJabatan::Pelaksana, nama: nama.to_string(), kategori: None, unit }
    }
}

/// A staff post before it has a date and a unit.
struct JabatanStaf {
    nama: &'static str,
    kategori: Option<KategoriFungsional>,
}

impl JabatanStaf {
    fn di(&self, tmt: Tanggal, unit: Id) -> Langkah {
        Langkah {
            tmt,
            jenis: if self.kategori.is_some() { JenisJabatan::Fungsional } else { JenisJabatan::Pelaksana },
            nama: self.nama.to_string(),
            kategori: self.kategori,
            unit: Some(unit),
        }
    }
}

/// Whether any degree is in computing (drawn to JF Pranata Komputer and IT posts).
fn lulusan_komputer(pendidikan: &[Ijazah]) -> bool {
    pendidikan.iter().any(|i| {
        BIDANG_ILMU.iter().any(|b| b.komputer && (b.s1 == i.jurusan || b.s2 == i.jurusan))
            || PRODI_D3.iter().any(|d| d.2 && d.0 == i.jurusan)
    })
}

/// A golongan step: golongan, TMT, how reached.
type LangkahPangkat = (GolonganPns, Tanggal, JenisKenaikanPangkat);

#[derive(Clone, Copy)]
enum Peran {
    /// Head of the unit at this index.
    Kepala(usize),
    /// Staff of the unit at this index.
    Staf(usize),
}

struct Orang {
    nama: String,
    jenis_kelamin: JenisKelamin,
    suku: &'static Suku,
    kota: (&'static str, &'static str),
}

struct Pembuat {
    acak: Acak,
    hari_ini: Tanggal,
    sekarang: Stempel,
    nip_dipakai: HashSet<String>,
    nik_dipakai: HashSet<String>,
}

fn peluang(acak: &mut Acak, persen: u64) -> bool {
    acak.di_bawah(100) < persen
}

/// One of `xs` (not empty), like [`Acak::pilih`] but giving the `&'static str` itself.
fn pilih_teks(acak: &mut Acak, xs: &[&'static str]) -> &'static str {
    xs[acak.di_bawah(xs.len() as u64) as usize]
}

fn pilih_bobot<T: Copy>(acak: &mut Acak, pilihan: &[(T, u64)]) -> T {
    let total: u64 = pilihan.iter().map(|p| p.1).sum();
    let mut x = acak.di_bawah(total);
    for (v, b) in pilihan {
        if x < *b {
            return *v;
        }
        x -= b;
    }
    pilihan[pilihan.len() - 1].0
}

fn naik(g: GolonganPns) -> GolonganPns {
    GolonganPns::semua().nth(usize::from(g.urutan())).unwrap_or(g)
}

/// The jenjang whose golongan range holds `g` (PermenPANRB 1/2023), clamped to the kategori.
fn jenjang_untuk(g: GolonganPns, kategori: KategoriFungsional) -> JenjangFungsional {
    let calon: Vec<JenjangFungsional> = JenjangFungsional::semua().filter(|j| j.kategori() == kategori).collect();
    let terendah = calon[0];
    let tertinggi = calon[calon.len() - 1];
    calon
        .into_iter()
        .find(|j| {
            let (lo, hi) = j.rentang_golongan();
            lo <= g && g <= hi
        })
        .unwrap_or(if g < terendah.rentang_golongan().0 { terendah } else { tertinggi })
}

fn golongan_pada(pangkat: &[LangkahPangkat], t: Tanggal) -> GolonganPns {
    pangkat.iter().take_while(|r| r.1 <= t).last().or(pangkat.first()).map_or(GolonganPns::IA, |r| r.0)
}

fn langkah_pada(garis: &[Langkah], t: Tanggal) -> &Langkah {
    garis.iter().take_while(|l| l.tmt <= t).last().unwrap_or(&garis[0])
}

/// The KP reguler ceiling of the best ijazah earned before the year of `t` (Kep BKN 12/2002).
fn plafon_ijazah(pendidikan: &[Ijazah], t: Tanggal) -> GolonganPns {
    pendidikan
        .iter()
        .filter(|i| i.tahun < t.tahun())
        .map(|i| i.tingkat)
        .max()
        .unwrap_or(TingkatPendidikan::Sd)
        .golongan_tertinggi_reguler()
}

/// The issuing office in an SK number: most daerah renamed their BKD to BKPSDM when they
/// reorganised under PP 18/2016 tentang Perangkat Daerah (sample data only).
fn penerbit(tahun: i32) -> &'static str {
    if tahun < 2017 {
        "BKD"
    } else {
        "BKPSDM"
    }
}

impl Pembuat {
    fn unit_kerja(&mut self) -> Vec<UnitKerja> {
        let ids: Vec<Id> = UNIT.iter().map(|_| self.acak.id()).collect();
        UNIT.iter()
            .zip(&ids)
            .map(|(spek, id)| UnitKerja {
                id: id.clone(),
                created_at: self.sekarang,
                updated_at: self.sekarang,
                dihapus_pada: None,
                nama: spek.nama.to_string(),
                induk: spek.induk.map(|i| ids[i].clone()),
            })
            .collect()
    }

    fn orang(&mut self) -> Orang {
        let a = &mut self.acak;
        let mut x = a.di_bawah(SUKU.iter().map(|s| s.bobot).sum());
        let suku = SUKU
            .iter()
            .find(|s| {
                let kena = x < s.bobot;
                x = x.saturating_sub(s.bobot);
                kena
            })
            .unwrap_or(&SUKU[0]);
        let jenis_kelamin = if peluang(a, 48) { JenisKelamin::Wanita } else { JenisKelamin::Pria };
        let (depan, belakang) = match jenis_kelamin {
            JenisKelamin::Pria => (suku.depan_pria, suku.belakang_pria),
            JenisKelamin::Wanita => (suku.depan_wanita, suku.belakang_wanita),
        };
        let mut nama = String::new();
        if let Some((awalan, p)) = suku.awalan {
            if peluang(a, p) {
                nama.push_str(awalan);
                nama.push(' ');
            }
        }
        let pertama = pilih_teks(a, depan);
        nama.push_str(pertama);
        if peluang(a, suku.tengah) {
            let kedua = pilih_teks(a, depan);
            if kedua != pertama {
                nama.push(' ');
                nama.push_str(kedua);
            }
        }
        nama.push(' ');
        nama.push_str(pilih_teks(a, belakang));
        let kota = *a.pilih(suku.kota);
        Orang { nama, jenis_kelamin, suku, kota }
    }

    fn rencana_pendidikan(&mut self, tertinggi: TingkatPendidikan, s2_dalam_dinas: bool) -> RencanaPendidikan {
        use TingkatPendidikan as T;
        let a = &mut self.acak;
        let mut sebelum = Vec::new();
        let mut dalam_dinas = Vec::new();
        if tertinggi <= T::SltaKejuruan {
            sebelum.push((tertinggi, 18));
            return RencanaPendidikan { sebelum, dalam_dinas };
        }
        if tertinggi != T::S3 && peluang(a, 50) {
            sebelum.push((if peluang(a, 25) { T::SltaKejuruan } else { T::Slta }, 18));
        }
        let pertama = match tertinggi {
            T::D3 => (T::D3, 21),
            T::D4 => (T::D4, 22),
            _ => (T::S1, 22 + a.rentang(0, 1) as i32),
        };
        sebelum.push(pertama);
        if matches!(tertinggi, T::S2 | T::S3) {
            if s2_dalam_dinas {
                dalam_dinas.push(T::S2);
            } else {
                sebelum.push((T::S2, pertama.1 + 2 + a.rentang(0, 2) as i32));
            }
            if tertinggi == T::S3 {
                dalam_dinas.push(T::S3);
            }
        }
        RencanaPendidikan { sebelum, dalam_dinas }
    }

    /// The degrees with years, schools and titles; in-service degrees that would fall after
    /// this year are not (yet) earned.
    fn pendidikan(&mut self, r: &RencanaPendidikan, o: &Orang, lahir: Tanggal, tmt_tahun: i32) -> Vec<Ijazah> {
        use TingkatPendidikan as T;
        let tahun_ini = self.hari_ini.tahun();
        let a = &mut self.acak;
        let bidang = a.pilih(&BIDANG_ILMU);
        let mut hasil: Vec<Ijazah> = Vec::with_capacity(3);
        let mut tahun_sebelumnya = tmt_tahun;
        let rencana = r
            .sebelum
            .iter()
            .map(|(t, k)| (*t, Some(lahir.tahun() + k)))
            .chain(r.dalam_dinas.iter().map(|t| (*t, None)));
        for (tingkat, tahun) in rencana {
            let tahun = match (tingkat, tahun) {
                (_, Some(th)) => th,
                (T::S2, None) => tmt_tahun + a.rentang(2, 8) as i32,
                (_, None) => tahun_sebelumnya.max(tmt_tahun) + a.rentang(3, 6) as i32,
            };
            if tahun > tahun_ini {
                break;
            }
            tahun_sebelumnya = tahun;
            let (jurusan, institusi, depan, belakang): (&str, String, Option<&'static str>, Option<&'static str>) =
                match tingkat {
                    T::Slta => (
                        if peluang(a, 50) { "IPA" } else { "IPS" },
                        format!("SMA Negeri {} {}", a.rentang(1, 5), o.kota.0),
                        None,
                        None,
                    ),
                    T::SltaKejuruan => (
                        *a.pilih(&["Administrasi Perkantoran", "Akuntansi", "Teknik Komputer dan Jaringan"]),
                        format!("SMK Negeri {} {}", a.rentang(1, 3), o.kota.0),
                        None,
                        None,
                    ),
                    T::D3 => {
                        let (prodi, sebutan, _) = PRODI_D3[a.di_bawah(PRODI_D3.len() as u64) as usize];
                        let sebutan = if tahun < TAHUN_SEBUTAN_D3_BARU { "A.Md." } else { sebutan };
                        (prodi, o.suku.politeknik.to_string(), None, Some(sebutan))
                    }
                    T::D4 => (
                        "Manajemen Pemerintahan",
                        // STPDN became IPDN in 2004.
                        if tahun < 2005 {
                            "Sekolah Tinggi Pemerintahan Dalam Negeri"
                        } else {
                            "Institut Pemerintahan Dalam Negeri"
                        }
                        .to_string(),
                        None,
                        Some("S.STP."),
                    ),
                    T::S1 => {
                        let lama = bidang.gelar_lama.filter(|_| tahun <= TAHUN_GELAR_LAMA_TERAKHIR);
                        let depan = lama.map(|g| match (g, o.jenis_kelamin) {
                            (GelarLama::Insinyur, _) => "Ir.",
                            (GelarLama::Doktorandus, JenisKelamin::Pria) => "Drs.",
                            (GelarLama::Doktorandus, JenisKelamin::Wanita) => "Dra.",
                        });
                        let belakang = if depan.is_some() { None } else { Some(bidang.gelar_s1) };
                        (bidang.s1, a.pilih(o.suku.kampus).to_string(), depan, belakang)
                    }
                    T::S2 => {
                        let kampus = if peluang(a, 50) { a.pilih(o.suku.kampus) } else { a.pilih(KAMPUS_PASCASARJANA) };
                        (bidang.s2, kampus.to_string(), None, Some(bidang.gelar_s2))
                    }
                    _ => (bidang.s3, a.pilih(KAMPUS_PASCASARJANA).to_string(), Some("Dr."), None),
                };
            hasil.push(Ijazah {
                tingkat,
                jurusan: jurusan.to_string(),
                institusi,
                tahun,
                gelar_depan: depan,
                gelar_belakang: belakang,
            });
        }
        hasil
    }

    /// Titles as written on an SK: `Dr. Drs.` in front, then the highest first degree
    /// (D-III / S1 / D-IV) and the master's behind (`S.Kom., M.T.`).
    fn gelar(pendidikan: &[Ijazah]) -> (String, String) {
        let depan: Vec<&str> = pendidikan.iter().rev().filter_map(|i| i.gelar_depan).collect();
        let sarjana = pendidikan
            .iter()
            .rev()
            .find(|i| matches!(i.tingkat, TingkatPendidikan::D3 | TingkatPendidikan::S1 | TingkatPendidikan::D4))
            .and_then(|i| i.gelar_belakang);
        let magister = pendidikan.iter().find(|i| i.tingkat == TingkatPendidikan::S2).and_then(|i| i.gelar_belakang);
        let belakang: Vec<&str> = sarjana.into_iter().chain(magister).collect();
        (depan.join(" "), belakang.join(", "))
    }

    fn jabatan_pelaksana(&mut self, tingkat: TingkatPendidikan, komputer: bool) -> &'static str {
        let a = &mut self.acak;
        if tingkat >= TingkatPendidikan::S1 {
            if komputer && peluang(a, 60) {
                PELAKSANA_SARJANA_KOMPUTER
            } else {
                pilih_teks(a, PELAKSANA_SARJANA)
            }
        } else if tingkat >= TingkatPendidikan::D3 {
            pilih_teks(a, PELAKSANA_DIPLOMA)
        } else {
            pilih_teks(a, PELAKSANA_SLTA)
        }
    }

    /// A JF that exists in the unit (or anywhere) for the kategori the ijazah allows.
    fn jabatan_fungsional(&mut self, unit: usize, kategori: KategoriFungsional, komputer: bool) -> &'static str {
        let cocok = |jf: &&(&'static str, bool, bool)| match kategori {
            KategoriFungsional::Keahlian => jf.1,
            KategoriFungsional::Keterampilan => jf.2,
        };
        if komputer && peluang(&mut self.acak, 60) {
            return PRANATA_KOMPUTER;
        }
        let di_unit: Vec<&'static str> =
            JF.iter().filter(|jf| UNIT[unit].jf.contains(&jf.0)).filter(cocok).map(|jf| jf.0).collect();
        let semua: Vec<&'static str> = JF.iter().filter(cocok).map(|jf| jf.0).collect();
        let daftar = if di_unit.is_empty() { &semua } else { &di_unit };
        pilih_teks(&mut self.acak, daftar)
    }

    fn nomor_sk(&mut self, kode: &str, tanggal: Tanggal) -> String {
        format!("{kode}/{:03}/{}/{}", self.acak.rentang(1, 450), penerbit(tanggal.tahun()), tanggal.tahun())
    }

    /// A NIP (or NI PPPK) from its parts, with the next free nomor urut, validated.
    fn nomor_induk(&mut self, lahir: Tanggal, tengah: &str, jk: JenisKelamin, jenis: JenisNomorInduk) -> Option<Nip> {
        let g = match jk {
            JenisKelamin::Pria => 1,
            JenisKelamin::Wanita => 2,
        };
        let awal = format!("{:04}{:02}{:02}{tengah}{g}", lahir.tahun(), lahir.bulan(), lahir.hari());
        // Perka BKN 22/2007: nomor urut from 001, increasing when the first 15 digits repeat.
        let mut urut = 1 + self.acak.di_bawah(3) as u16;
        while urut <= 999 {
            let s = format!("{awal}{urut:03}");
            if !self.nip_dipakai.contains(&s) {
                let nip = Nip::parse(&s, jenis, self.hari_ini).ok()?;
                self.nip_dipakai.insert(s);
                return Some(nip);
            }
            urut += 1;
        }
        None
    }

    /// A NIK consistent with the NIP (Dukcapil: DDMMYY, DD + 40 for women), or `None` for the
    /// records that have none.
    fn nik(&mut self, o: &Orang, lahir: Tanggal, nip: &Nip) -> Option<Nik> {
        if !peluang(&mut self.acak, 85) {
            return None;
        }
        let dd = lahir.hari() + if o.jenis_kelamin == JenisKelamin::Wanita { 40 } else { 0 };
        for _ in 0..5 {
            let s = format!(
                "{}{:02}{dd:02}{:02}{:02}{:04}",
                o.kota.1,
                self.acak.rentang(1, 20),
                lahir.bulan(),
                lahir.tahun().rem_euclid(100),
                self.acak.rentang(1, 2500)
            );
            if self.nik_dipakai.contains(&s) {
                continue;
            }
            let nik = Nik::parse(&s).ok().filter(|n| periksa_nik_terhadap_nip(n, nip).is_empty())?;
            self.nik_dipakai.insert(s);
            return Some(nik);
        }
        None
    }

    fn pegawai(&mut self, peran: Peran, units: &[UnitKerja]) -> Option<Pegawai> {
        // A NIP that fails validation (or a full nomor urut range) is drawn again.
        for _ in 0..20 {
            let status = match peran {
                Peran::Kepala(_) => StatusPegawai::Pns,
                Peran::Staf(_) => pilih_bobot(
                    &mut self.acak,
                    &[(StatusPegawai::Pns, 78), (StatusPegawai::Cpns, 8), (StatusPegawai::Pppk, 14)],
                ),
            };
            let p = if status.pppk() { self.pppk(peran, units) } else { self.pns(peran, status, units) };
            if p.is_some() {
                return p;
            }
        }
        None
    }

    fn pns(&mut self, peran: Peran, status: StatusPegawai, units: &[UnitKerja]) -> Option<Pegawai> {
        let o = self.orang();
        let (indeks_unit, kepala) = match peran {
            Peran::Kepala(i) => (i, Some(UNIT[i].kepala)),
            Peran::Staf(i) => (i, None),
        };
        let unit_id = units[indeks_unit].id.clone();

        // Education first; it sets the youngest age at appointment.
        let (tertinggi, dalam_dinas) = self.pendidikan_tertinggi(kepala, status);
        let rencana = self.rencana_pendidikan(tertinggi, dalam_dinas);
        let usia_min = rencana.usia_minimal();
        let usia_max = match kepala {
            Some(JenisJabatan::JptPratama) => 27,
            Some(JenisJabatan::Administrator) => 29,
            Some(_) => 32,
            None => 35,
        }
        .max(usia_min);
        let usia_tmt = self.acak.rentang(i64::from(usia_min), i64::from(usia_max)) as i32;

        // A head's posts, counted back from today, give the TMT CPNS; staff have 0–32 years.
        let (tmt_cpns, struktural) = match kepala {
            Some(jenis) => self.jadwal_kepala(jenis),
            None => (self.tmt_cpns_staf(status, usia_tmt), Vec::new()),
        };
        let lahir = geser_hari(tmt_cpns.tambah_tahun(-usia_tmt), -self.acak.rentang(0, 364));
        let pendidikan = self.pendidikan(&rencana, &o, lahir, tmt_cpns.tahun());
        let tingkat_awal = rencana.tingkat_awal();
        let komputer = lulusan_komputer(&pendidikan);

        let mut garis = Vec::new();
        let pelaksana = self.jabatan_pelaksana(tingkat_awal, komputer);
        match kepala {
            Some(jenis) => {
                // Started as pelaksana in some unit, then the structural posts.
                garis.push(Langkah::pelaksana(tmt_cpns, pelaksana, self.unit_acak(units)));
                for (tmt, j) in struktural {
                    let (nama, unit) = if j == jenis {
                        (nama_jabatan_kepala(UNIT[indeks_unit].nama), Some(unit_id.clone()))
                    } else if j == JenisJabatan::Pengawas {
                        (pilih_teks(&mut self.acak, PENGAWAS_LAIN).to_string(), None)
                    } else {
                        (pilih_teks(&mut self.acak, ADMINISTRATOR_LAIN).to_string(), None)
                    };
                    garis.push(Langkah { tmt, jenis: j, nama, kategori: None, unit });
                }
            }
            None => {
                let masa_bulan = (self.hari_ini.tahun() - tmt_cpns.tahun()) * 12 + i32::from(self.hari_ini.bulan())
                    - i32::from(tmt_cpns.bulan());
                let kini = self.jabatan_staf(indeks_unit, tingkat_awal, komputer, 55);
                if masa_bulan >= 72 && peluang(&mut self.acak, 45) {
                    // Moved after some years: from another unit, or from pelaksana into a JF
                    // (penyetaraan / perpindahan jabatan).
                    let bulan = self.acak.rentang(36, i64::from(masa_bulan - 12)) as i32;
                    let dulu = if kini.kategori.is_some() {
                        pelaksana
                    } else {
                        self.jabatan_pelaksana(tingkat_awal, komputer)
                    };
                    garis.push(Langkah::pelaksana(tmt_cpns, dulu, self.unit_acak(units)));
                    garis.push(kini.di(tmt_cpns.tambah_bulan(bulan), unit_id.clone()));
                } else {
                    garis.push(kini.di(tmt_cpns, unit_id.clone()));
                }
            }
        }

        // Heads were promoted as soon as the 4 years were up; staff sometimes later.
        let tunda_maks = if kepala.is_some() { 3 } else { 12 };
        let pangkat =
            self.karier_pangkat(tingkat_awal.golongan_awal(), tmt_cpns, &garis, &pendidikan, tertinggi, tunda_maks);
        let jabatan = Self::isi_jenjang(&garis, &pangkat);

        let tengah = format!("{:04}{:02}", tmt_cpns.tahun(), tmt_cpns.bulan());
        let nip = self.nomor_induk(lahir, &tengah, o.jenis_kelamin, JenisNomorInduk::Nip)?;
        let nik = self.nik(&o, lahir, &nip);
        let pangkat = pangkat.into_iter().map(|(g, t, j)| (Golongan::Pns(g), t, j)).collect();
        Some(self.rakit(o, status, unit_id, nip, nik, lahir, pangkat, jabatan, pendidikan))
    }

    /// The highest ijazah, and whether an S2 is earned in service rather than before.
    fn pendidikan_tertinggi(
        &mut self,
        kepala: Option<JenisJabatan>,
        status: StatusPegawai,
    ) -> (TingkatPendidikan, bool) {
        use TingkatPendidikan as T;
        let a = &mut self.acak;
        match kepala {
            Some(JenisJabatan::JptPratama) => (if peluang(a, 30) { T::S3 } else { T::S2 }, true),
            Some(JenisJabatan::Administrator) => (if peluang(a, 70) { T::S2 } else { T::S1 }, true),
            Some(_) => (if peluang(a, 40) { T::S2 } else { T::S1 }, true),
            None => {
                let t = pilih_bobot(
                    a,
                    &[
                        (T::Slta, 10),
                        (T::SltaKejuruan, 6),
                        (T::D3, 14),
                        (T::S1, 45),
                        (T::D4, 5),
                        (T::S2, 17),
                        (T::S3, 3),
                    ],
                );
                // A CPNS brings every degree to the appointment.
                if status == StatusPegawai::Cpns {
                    (t.min(T::S2), false)
                } else {
                    (t, peluang(a, 50))
                }
            }
        }
    }

    /// TMT CPNS and structural posts (oldest first) of a unit head, counted back from today
    /// so that the head is well below the BUP.
    fn jadwal_kepala(&mut self, jenis: JenisJabatan) -> (Tanggal, Vec<(Tanggal, JenisJabatan)>) {
        let a = &mut self.acak;
        let mundur = |a: &mut Acak, t: Tanggal, lo: i64, hi: i64| geser_hari(t, -a.rentang(lo * 365, hi * 365));
        // (years in the current post, earlier posts with their years, years before the first).
        let (kini, dulu, awal): (_, &[(JenisJabatan, i64, i64)], _) = match jenis {
            JenisJabatan::JptPratama => {
                ((0, 3), &[(JenisJabatan::Administrator, 4, 6), (JenisJabatan::Pengawas, 4, 6)], (11, 15))
            }
            JenisJabatan::Administrator => ((0, 4), &[(JenisJabatan::Pengawas, 3, 6)], (10, 14)),
            _ => ((0, 5), &[], (6, 14)),
        };
        let mut t = mundur(a, self.hari_ini, kini.0, kini.1);
        let mut struktural = vec![(t, jenis)];
        for (j, lo, hi) in dulu {
            t = mundur(a, t, *lo, *hi);
            struktural.push((t, *j));
        }
        struktural.reverse();
        (awal_bulan(mundur(a, t, awal.0, awal.1)), struktural)
    }

    /// TMT CPNS of staff: within the last year for a CPNS (who becomes PNS after a one-year
    /// masa percobaan, PP 11/2017), otherwise 13 months to 32 years ago, below the BUP.
    fn tmt_cpns_staf(&mut self, status: StatusPegawai, usia_tmt: i32) -> Tanggal {
        let bulan = if status == StatusPegawai::Cpns {
            self.acak.rentang(0, 11)
        } else if status == StatusPegawai::Pns && usia_tmt < 50 && self.acak.di_bawah(6) == 0 {
            // About one in six is 56–57 years old now, so the register shows retirements
            // coming within two years (the birth date later moves up to a year earlier).
            self.acak.rentang(i64::from(56 - usia_tmt) * 12, i64::from(57 - usia_tmt) * 12 - 1)
        } else {
            self.acak.rentang(13, i64::from((56 - usia_tmt).clamp(2, 32)) * 12)
        };
        awal_bulan(self.hari_ini).tambah_bulan(-(bulan as i32))
    }

    /// A unit of the office other than the top one, for earlier posts.
    fn unit_acak(&mut self, units: &[UnitKerja]) -> Option<Id> {
        let i = 1 + self.acak.di_bawah(units.len() as u64 - 1) as usize;
        Some(units[i].id.clone())
    }

    /// The post of a staff member: a JF of the unit (with `persen_jf` chance, when the ijazah
    /// allows one: keahlian from S1, keterampilan from D-III) or a jabatan pelaksana.
    fn jabatan_staf(&mut self, unit: usize, tingkat: TingkatPendidikan, komputer: bool, persen_jf: u64) -> JabatanStaf {
        let kategori = if tingkat >= TingkatPendidikan::S1 {
            Some(KategoriFungsional::Keahlian)
        } else if tingkat >= TingkatPendidikan::D3 {
            Some(KategoriFungsional::Keterampilan)
        } else {
            None
        };
        match kategori.filter(|_| peluang(&mut self.acak, persen_jf)) {
            Some(k) => JabatanStaf { nama: self.jabatan_fungsional(unit, k, komputer), kategori: Some(k) },
            None => JabatanStaf { nama: self.jabatan_pelaksana(tingkat, komputer), kategori: None },
        }
    }

    /// KP every 4–5 years on the period dates of the time, up to what the jabatan held then
    /// allows: the ijazah's KP reguler ceiling for a pelaksana; beyond it only by KP pilihan
    /// for a JF or a structural post (PP 99/2000 jo. PP 12/2002; Kep BKN 12/2002).
    fn karier_pangkat(
        &mut self,
        awal: GolonganPns,
        tmt_cpns: Tanggal,
        garis: &[Langkah],
        pendidikan: &[Ijazah],
        tertinggi: TingkatPendidikan,
        tunda_maks: i64,
    ) -> Vec<LangkahPangkat> {
        let mut hasil = vec![(awal, tmt_cpns, JenisKenaikanPangkat::PengangkatanCpns)];
        let mut g = awal;
        let jeda = |a: &mut Acak| 48 + a.rentang(0, tunda_maks) as i32;
        let mut calon = periode_kp(tmt_cpns.tambah_bulan(jeda(&mut self.acak)));
        while calon <= self.hari_ini {
            let l = langkah_pada(garis, calon);
            let ijazah = plafon_ijazah(pendidikan, calon);
            // What the post allows beyond the ijazah (asn-rules.md §5.3): JF up to the top of
            // Penyelia (III/d) or Ahli Madya (IV/c; Ahli Utama IV/d only with an S3 here);
            // Pengawas ≈ eselon IV up to III/d, Administrator ≈ eselon III up to IV/b,
            // JPT Pratama ≈ eselon II from IV/c (PP 13/2002 ranges).
            let plafon_jabatan = match (l.jenis, l.kategori) {
                (JenisJabatan::Fungsional, Some(KategoriFungsional::Keterampilan)) => GolonganPns::IIID,
                (JenisJabatan::Fungsional, _) if tertinggi == TingkatPendidikan::S3 => GolonganPns::IVD,
                (JenisJabatan::Fungsional, _) => GolonganPns::IVC,
                (JenisJabatan::Pengawas, _) => GolonganPns::IIID,
                (JenisJabatan::Administrator, _) => GolonganPns::IVB,
                (JenisJabatan::Pelaksana, _) => GolonganPns::IA,
                _ => GolonganPns::IVC,
            };
            if g < ijazah.max(plafon_jabatan) {
                g = naik(g);
                let jenis = match l.jenis {
                    JenisJabatan::Fungsional => JenisKenaikanPangkat::PilihanFungsional,
                    JenisJabatan::Pelaksana => JenisKenaikanPangkat::Reguler,
                    _ if g > ijazah => JenisKenaikanPangkat::PilihanStruktural,
                    _ => JenisKenaikanPangkat::Reguler,
                };
                hasil.push((g, calon, jenis));
                calon = periode_kp(calon.tambah_bulan(jeda(&mut self.acak)));
            } else {
                // At the ceiling: look again a year later (a new ijazah or post may lift it).
                calon = periode_kp(calon.tambah_bulan(12));
            }
        }
        hasil
    }

    /// Gives each JF step the jenjang of its golongan (PermenPANRB 1/2023) and adds a step at
    /// each KP that moves the golongan into the next jenjang.
    fn isi_jenjang(garis: &[Langkah], pangkat: &[LangkahPangkat]) -> Vec<(Langkah, Option<JenjangFungsional>)> {
        let mut hasil = Vec::new();
        for (i, l) in garis.iter().enumerate() {
            let Some(kategori) = l.kategori else {
                hasil.push((l.clone(), None));
                continue;
            };
            let akhir = garis.get(i + 1).map(|n| n.tmt);
            let mut jenjang = jenjang_untuk(golongan_pada(pangkat, l.tmt), kategori);
            hasil.push((l.clone(), Some(jenjang)));
            for (g, tmt, _) in pangkat.iter().filter(|r| r.1 > l.tmt && akhir.is_none_or(|a| r.1 < a)) {
                let baru = jenjang_untuk(*g, kategori);
                if baru != jenjang {
                    jenjang = baru;
                    hasil.push((Langkah { tmt: *tmt, ..l.clone() }, Some(jenjang)));
                }
            }
        }
        hasil
    }

    fn pppk(&mut self, peran: Peran, units: &[UnitKerja]) -> Option<Pegawai> {
        use TingkatPendidikan as T;
        let hari_ini = self.hari_ini;
        let o = self.orang();
        let indeks_unit = match peran {
            Peran::Kepala(i) | Peran::Staf(i) => i,
        };
        let unit_id = units[indeks_unit].id.clone();
        // Perpres 98/2020 / asn-rules.md §5.8: golongan by ijazah — SLTA V, D-III VII,
        // S1/D-IV IX, S2 X.
        let (tertinggi, golongan) = pilih_bobot(
            &mut self.acak,
            &[((T::Slta, 5u8), 20), ((T::D3, 7), 15), ((T::S1, 9), 55), ((T::D4, 9), 3), ((T::S2, 10), 7)],
        );
        let rencana = self.rencana_pendidikan(tertinggi, false);
        let a = &mut self.acak;
        // The sample's PPPK were appointed from 2021 on, on the first of a month.
        let tahun = a.rentang(i64::from(hari_ini.tahun().min(2021)), i64::from(hari_ini.tahun())) as i32;
        let bulan_max = if tahun == hari_ini.tahun() { hari_ini.bulan() } else { 12 };
        let tmt = Tanggal::new(tahun, a.rentang(1, i64::from(bulan_max)) as u8, 1)?;
        let usia_min = rencana.usia_minimal().max(23);
        let usia = a.rentang(i64::from(usia_min), i64::from(usia_min.max(45))) as i32;
        let lahir = geser_hari(tmt.tambah_tahun(-usia), -a.rentang(0, 364));
        let pendidikan = self.pendidikan(&rencana, &o, lahir, tahun);
        let tingkat = rencana.tingkat_awal();
        let jabatan = self.jabatan_staf(indeks_unit, tingkat, lulusan_komputer(&pendidikan), 60);
        // asn-rules.md §5.8 (SE MenPANRB via Sumeks): Terampil VI–VII, Ahli Pertama IX–X.
        let jenjang = jabatan.kategori.map(|k| match k {
            KategoriFungsional::Keahlian => JenjangFungsional::AhliPertama,
            KategoriFungsional::Keterampilan => JenjangFungsional::Terampil,
        });
        let jabatan = vec![(jabatan.di(tmt, unit_id.clone()), jenjang)];
        // asn-rules.md §6.2: NI PPPK = birth date, year of appointment, code 21, sex, nomor urut.
        let nip = self.nomor_induk(lahir, &format!("{tahun:04}21"), o.jenis_kelamin, JenisNomorInduk::NiPppk)?;
        let nik = self.nik(&o, lahir, &nip);
        let golongan = Golongan::Pppk(GolonganPppk::new(golongan)?);
        let pangkat = vec![(golongan, tmt, JenisKenaikanPangkat::PengangkatanPppk)];
        Some(self.rakit(o, StatusPegawai::Pppk, unit_id, nip, nik, lahir, pangkat, jabatan, pendidikan))
    }

    #[allow(clippy::too_many_arguments)]
    fn rakit(
        &mut self,
        o: Orang,
        status: StatusPegawai,
        unit: Id,
        nip: Nip,
        nik: Option<Nik>,
        lahir: Tanggal,
        pangkat: Vec<(Golongan, Tanggal, JenisKenaikanPangkat)>,
        mut jabatan: Vec<(Langkah, Option<JenjangFungsional>)>,
        pendidikan: Vec<Ijazah>,
    ) -> Pegawai {
        let (gelar_depan, gelar_belakang) = Self::gelar(&pendidikan);
        // At most the last three posts, as a register summary keeps them.
        if jabatan.len() > 3 {
            jabatan.drain(..jabatan.len() - 3);
        }
        let riwayat_pangkat = pangkat
            .into_iter()
            .map(|(golongan, tmt, jenis_kenaikan)| {
                let tanggal_sk = geser_hari(tmt, -self.acak.rentang(20, 90));
                let kode = match jenis_kenaikan {
                    JenisKenaikanPangkat::PengangkatanCpns => "813.3",
                    JenisKenaikanPangkat::PengangkatanPppk => "813.3/PPPK",
                    _ => "823.3",
                };
                RiwayatPangkat {
                    id: self.acak.id(),
                    golongan,
                    tmt,
                    nomor_sk: self.nomor_sk(kode, tanggal_sk),
                    tanggal_sk: Some(tanggal_sk),
                    jenis_kenaikan,
                }
            })
            .collect();
        let riwayat_jabatan = jabatan
            .into_iter()
            .map(|(l, jenjang)| {
                let tanggal_sk = geser_hari(l.tmt, -self.acak.rentang(1, 30));
                RiwayatJabatan {
                    id: self.acak.id(),
                    jenis: l.jenis,
                    nama: l.nama,
                    jenjang,
                    unit_kerja: l.unit,
                    tmt: l.tmt,
                    nomor_sk: self.nomor_sk("821.2", tanggal_sk),
                    tanggal_sk: Some(tanggal_sk),
                }
            })
            .collect();
        let riwayat_pendidikan = pendidikan
            .into_iter()
            .map(|i| RiwayatPendidikan {
                id: self.acak.id(),
                tingkat: i.tingkat,
                jurusan: i.jurusan,
                institusi: i.institusi,
                tahun_lulus: i.tahun,
            })
            .collect();
        Pegawai {
            id: self.acak.id(),
            created_at: self.sekarang,
            updated_at: self.sekarang,
            dihapus_pada: None,
            nip,
            nik,
            nama: o.nama,
            gelar_depan,
            gelar_belakang,
            tempat_lahir: o.kota.0.to_string(),
            tanggal_lahir: lahir,
            jenis_kelamin: o.jenis_kelamin,
            status,
            unit_kerja: Some(unit),
            riwayat_pangkat,
            riwayat_jabatan,
            riwayat_pendidikan,
        }
    }
}

/// The seed and size of the sample behind "Muat data contoh": the same sample every time, so
/// a demonstration is repeatable.
pub const BENIH_CONTOH: u64 = 2026;
pub const JUMLAH_CONTOH: usize = 48;

/// A sample office of `jumlah_pegawai` people as of `hari_ini`, every record stamped
/// `sekarang`. The first eight pegawai head the eight units (JPT Pratama, Administrator,
/// Pengawas); the rest are staff: mostly PNS, some CPNS appointed within the last year and
/// some PPPK. Same `benih` → same data.
pub fn data_contoh(
    benih: u64,
    jumlah_pegawai: usize,
    hari_ini: Tanggal,
    sekarang: Stempel,
) -> (Vec<UnitKerja>, Vec<Pegawai>) {
    let mut p = Pembuat {
        acak: Acak::new(benih),
        hari_ini,
        sekarang,
        nip_dipakai: HashSet::with_capacity(jumlah_pegawai),
        nik_dipakai: HashSet::with_capacity(jumlah_pegawai),
    };
    let units = p.unit_kerja();
    let mut pegawai = Vec::with_capacity(jumlah_pegawai);
    for i in 0..jumlah_pegawai {
        let peran = if i < UNIT.len() {
            Peran::Kepala(i)
        } else if peluang(&mut p.acak, 3) {
            Peran::Staf(0)
        } else {
            Peran::Staf(1 + p.acak.di_bawah(UNIT.len() as u64 - 1) as usize)
        };
        if let Some(x) = p.pegawai(peran, &units) {
            pegawai.push(x);
        }
    }
    (units, pegawai)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::unit;
    use std::collections::HashMap;

    fn hari_ini() -> Tanggal {
        tgl(2026, 11, 22)
    }
    const SEKARANG: Stempel = Stempel(1_795_312_800_000);

    fn contoh(n: usize) -> (Vec<UnitKerja>, Vec<Pegawai>) {
        data_contoh(20_261_122, n, hari_ini(), SEKARANG)
    }

    fn golongan_pns(g: Golongan) -> GolonganPns {
        match g {
            Golongan::Pns(g) => g,
            Golongan::Pppk(g) => panic!("PNS dengan golongan PPPK {}", g.kode()),
        }
    }

    #[test]
    fn forty_pegawai_over_a_real_unit_tree() {
        let (units, pegawai) = contoh(40);
        assert_eq!(pegawai.len(), 40);
        assert!(units.len() >= 5);
        let pohon = unit::urutan_pohon(&units);
        assert_eq!(pohon.len(), units.len());
        assert!(pohon.iter().any(|(_, d)| *d == 2), "a sub-unit under the Sekretariat");
        assert_eq!(
            unit::jalur_teks(&units, &units[2].id),
            "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia › Sekretariat › Subbagian Umum dan Kepegawaian"
        );
        let terisi: HashSet<&Id> = pegawai.iter().filter_map(|p| p.unit_kerja.as_ref()).collect();
        assert!(terisi.len() >= 4, "{} units", terisi.len());
        assert!(pegawai.iter().all(|p| p.unit_kerja.as_ref().is_some_and(|u| units.iter().any(|x| &x.id == u))));
        assert!(units.iter().all(|u| u.created_at == SEKARANG && u.updated_at == SEKARANG && u.aktif()));
        assert!(pegawai.iter().all(|p| p.created_at == SEKARANG && p.updated_at == SEKARANG && p.aktif()));
    }

    #[test]
    fn each_unit_has_its_head() {
        // UU 20/2023: JPT Pratama heads the Badan, Administrator the Sekretariat and Bidang,
        // Pengawas the Subbagian.
        let (units, pegawai) = contoh(40);
        for (i, u) in units.iter().enumerate() {
            let kepala = &pegawai[i];
            let j = kepala.jabatan_terakhir().unwrap();
            assert_eq!((j.jenis, j.unit_kerja.as_ref()), (UNIT[i].kepala, Some(&u.id)), "{}", u.nama);
            assert_eq!(kepala.unit_kerja.as_ref(), Some(&u.id));
            assert!(j.nama.starts_with("Kepala ") || j.nama == "Sekretaris", "{}", j.nama);
            assert_eq!(kepala.status, StatusPegawai::Pns);
        }
        assert_eq!(
            pegawai[0].jabatan_terakhir().unwrap().nama,
            "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
        );
    }

    #[test]
    fn every_nip_reparses_and_matches_the_record() {
        // Perka BKN 22/2007 (NIP) and asn-rules.md §6.2 (NI PPPK): parsed against hari_ini.
        let (_, pegawai) = contoh(40);
        let mut nip_unik = HashSet::new();
        for p in &pegawai {
            let jenis = JenisNomorInduk::untuk_status(p.status);
            let n = Nip::parse(p.nip.as_str(), jenis, hari_ini())
                .unwrap_or_else(|e| panic!("{}: {}", p.nip.as_str(), e.pesan_id()));
            assert_eq!(n.jenis(), jenis);
            assert_eq!(n.tanggal_lahir(), p.tanggal_lahir);
            assert_eq!(n.jenis_kelamin(), p.jenis_kelamin);
            assert!(nip_unik.insert(p.nip.as_str().to_string()));
            let usia_pengangkatan = match n.tmt_cpns() {
                Some(tmt) => {
                    assert_eq!(tmt, p.riwayat_pangkat.iter().map(|r| r.tmt).min().unwrap());
                    crate::domain::tanggal::Rentang::antara(p.tanggal_lahir, tmt).tahun
                }
                None => {
                    assert_eq!(n.kode_pppk(), Some(21));
                    n.tahun_pengangkatan() - p.tanggal_lahir.tahun()
                }
            };
            assert!((20..=46).contains(&usia_pengangkatan), "{} {usia_pengangkatan}", p.nip.as_str());
        }
    }

    #[test]
    fn statuses_mostly_pns_with_recent_cpns_and_pppk() {
        let (_, pegawai) = contoh(400);
        let hitung = |s| pegawai.iter().filter(|p| p.status == s).count();
        let (pns, cpns, pppk) = (hitung(StatusPegawai::Pns), hitung(StatusPegawai::Cpns), hitung(StatusPegawai::Pppk));
        assert!(pns > 250 && cpns > 10 && pppk > 25, "{pns} {cpns} {pppk}");
        let setahun_lalu = hari_ini().tambah_bulan(-12);
        for p in &pegawai {
            let tmt = p.nip.tmt_cpns();
            match p.status {
                // A CPNS becomes PNS after a year of probation (PP 11/2017).
                StatusPegawai::Cpns => {
                    assert!(tmt.unwrap() > setahun_lalu && p.riwayat_pangkat.len() == 1)
                }
                StatusPegawai::Pns => assert!(tmt.unwrap() <= setahun_lalu),
                StatusPegawai::Pppk => {
                    assert_eq!(tmt, None);
                    assert!(matches!(p.pangkat_terakhir().unwrap().golongan, Golongan::Pppk(_)));
                }
            }
        }
        let wanita = pegawai.iter().filter(|p| p.jenis_kelamin == JenisKelamin::Wanita).count();
        assert!((120..=280).contains(&wanita), "{wanita}");
        let kota: HashSet<&str> = pegawai.iter().map(|p| p.tempat_lahir.as_str()).collect();
        assert!(kota.len() >= 25, "{}", kota.len());
    }

    #[test]
    fn nik_agrees_with_nip_where_present() {
        // asn-rules.md §6.3: NIK DDMMYY (+40 for women) against NIP digits 1–8 and 15.
        let (_, pegawai) = contoh(400);
        let dengan_nik: Vec<_> = pegawai.iter().filter_map(|p| p.nik.as_ref().map(|n| (p, n))).collect();
        assert!(dengan_nik.len() >= 300, "{}", dengan_nik.len());
        assert!(dengan_nik.len() < pegawai.len(), "some records have no NIK");
        for (p, nik) in dengan_nik {
            assert_eq!(periksa_nik_terhadap_nip(nik, &p.nip), vec![], "{} {}", nik.as_str(), p.nip.as_str());
            assert_eq!(Nik::parse(nik.as_str()).as_ref(), Ok(nik));
            let kota = SUKU.iter().flat_map(|s| s.kota.iter()).find(|k| k.0 == p.tempat_lahir).unwrap();
            assert!(nik.as_str().starts_with(kota.1));
        }
    }

    #[test]
    fn every_pegawai_has_pangkat_jabatan_pendidikan_and_fitting_titles() {
        let (_, pegawai) = contoh(400);
        for p in &pegawai {
            let (pangkat, jabatan, pendidikan) =
                (p.pangkat_terakhir().is_some(), p.jabatan_terakhir().is_some(), p.pendidikan_terakhir());
            assert!(pangkat && jabatan, "{}", p.nama);
            let pendidikan = pendidikan.unwrap().tingkat;
            assert!((1..=3).contains(&p.riwayat_pendidikan.len()));
            assert!((1..=3).contains(&p.riwayat_jabatan.len()));
            assert!(!p.nama.trim().is_empty() && !p.tempat_lahir.is_empty());
            let (depan, belakang) = (p.gelar_depan.as_str(), p.gelar_belakang.as_str());
            match pendidikan {
                TingkatPendidikan::Slta | TingkatPendidikan::SltaKejuruan => {
                    assert_eq!((depan, belakang), ("", ""))
                }
                TingkatPendidikan::D3 => assert!(depan.is_empty() && belakang.starts_with("A.Md."), "{belakang}"),
                TingkatPendidikan::D4 => assert_eq!(belakang, "S.STP."),
                TingkatPendidikan::S1 => assert!(
                    belakang.starts_with("S.") || ["Drs.", "Dra.", "Ir."].contains(&depan),
                    "{depan}|{belakang}"
                ),
                TingkatPendidikan::S2 => assert!(belakang.contains("M."), "{belakang}"),
                TingkatPendidikan::S3 => {
                    assert!(depan.starts_with("Dr.") && belakang.contains("M."), "{depan}|{belakang}")
                }
                t => panic!("tingkat tak terduga {t:?}"),
            }
        }
        assert!(pegawai.iter().any(|p| p.nama_lengkap().starts_with("Dr. ")));
    }

    #[test]
    fn histories_are_chronological_and_follow_the_rules() {
        let (_, pegawai) = contoh(1000);
        let mut pilihan = 0;
        for p in &pegawai {
            let tmt_awal = p.riwayat_pangkat[0].tmt;
            // Riwayat pangkat: rising golongan, rising TMT, SK dated before the TMT.
            for w in p.riwayat_pangkat.windows(2) {
                assert!(w[1].tmt > w[0].tmt, "{}", p.nama);
                assert!(golongan_pns(w[1].golongan) == naik(golongan_pns(w[0].golongan)));
                // asn-rules.md §5.5: KP on the period dates of the time; ≥ 4 years in rank.
                assert!(periode_kp_sah(w[1].tmt), "{}", w[1].tmt);
                assert!(crate::domain::tanggal::Rentang::antara(w[0].tmt, w[1].tmt).tahun >= 4);
            }
            for r in &p.riwayat_pangkat {
                assert!(r.tanggal_sk.unwrap() < r.tmt && r.tmt <= hari_ini());
                assert!(r.nomor_sk.ends_with(&format!("/{}", r.tanggal_sk.unwrap().tahun())), "{}", r.nomor_sk);
            }
            let ijazah = p.pendidikan_terakhir().unwrap().tingkat;
            if !p.status.pppk() {
                // Kep BKN 12/2002: golongan awal by the ijazah at appointment.
                let awal = p
                    .riwayat_pendidikan
                    .iter()
                    .filter(|i| i.tahun_lulus < tmt_awal.tahun())
                    .map(|i| i.tingkat)
                    .max()
                    .unwrap();
                assert_eq!(golongan_pns(p.riwayat_pangkat[0].golongan), awal.golongan_awal(), "{}", p.nama);
                assert_eq!(p.riwayat_pangkat[0].jenis_kenaikan, JenisKenaikanPangkat::PengangkatanCpns);
                for r in &p.riwayat_pangkat[1..] {
                    let g = golongan_pns(r.golongan);
                    match r.jenis_kenaikan {
                        // Kep BKN 12/2002: KP reguler never past the ijazah's ceiling.
                        JenisKenaikanPangkat::Reguler => {
                            assert!(g <= ijazah.golongan_tertinggi_reguler())
                        }
                        JenisKenaikanPangkat::PilihanFungsional | JenisKenaikanPangkat::PilihanStruktural => {
                            pilihan += usize::from(g > ijazah.golongan_tertinggi_reguler())
                        }
                        j => panic!("jenis KP tak terduga {j:?}"),
                    }
                }
            }
            // Riwayat jabatan: rising TMT from the appointment, SK before TMT.
            for w in p.riwayat_jabatan.windows(2) {
                assert!(w[1].tmt > w[0].tmt);
            }
            for j in &p.riwayat_jabatan {
                assert!(j.tmt >= tmt_awal && j.tmt <= hari_ini() && j.tanggal_sk.unwrap() < j.tmt);
                assert_eq!(j.jenjang.is_some(), j.jenis == JenisJabatan::Fungsional);
            }
            let terakhir = p.jabatan_terakhir().unwrap();
            assert_eq!(terakhir.unit_kerja, p.unit_kerja);
            // PermenPANRB 1/2023: the jenjang fits the golongan in force.
            if let (Some(jenjang), Golongan::Pns(g)) = (terakhir.jenjang, p.pangkat_terakhir().unwrap().golongan) {
                let (lo, hi) = jenjang.rentang_golongan();
                assert!(lo <= g && g <= hi, "{} {:?} {}", p.nama, jenjang, g.kode());
            }
            if let Some(JenjangFungsional::AhliPertama | JenjangFungsional::AhliMuda) = terakhir.jenjang {
                assert!(ijazah >= TingkatPendidikan::S1);
            }
            // Riwayat pendidikan: rising level and year, after age 17, not in the future.
            for w in p.riwayat_pendidikan.windows(2) {
                assert!(w[1].tingkat > w[0].tingkat && w[1].tahun_lulus > w[0].tahun_lulus, "{}", p.nama);
            }
            for r in &p.riwayat_pendidikan {
                assert!(r.tahun_lulus >= p.tanggal_lahir.tahun() + 17 && r.tahun_lulus <= hari_ini().tahun());
            }
            // Nobody is past the BUP (UU 20/2023 Pasal 55).
            let tabel = crate::rules::bup::TabelBupFungsional::default();
            assert!(crate::domain::turunan::tmt_pensiun(p, &tabel) > hari_ini(), "{}", p.nama);
        }
        assert!(pilihan > 0, "some KP pilihan beyond the ijazah ceiling");
    }

    #[test]
    fn kp_periods_follow_the_regulation_of_the_time() {
        // Kep BKN 12/2002: 1 April / 1 Oktober
        assert_eq!(periode_kp(tgl(2019, 5, 15)), tgl(2019, 10, 1));
        assert_eq!(periode_kp(tgl(2019, 4, 1)), tgl(2019, 4, 1));
        assert_eq!(periode_kp(tgl(2023, 10, 2)), tgl(2024, 2, 1));
        // Peraturan BKN 4/2023: even months in 2024 – September 2025
        assert_eq!(periode_kp(tgl(2024, 3, 2)), tgl(2024, 4, 1));
        assert_eq!(periode_kp(tgl(2025, 8, 2)), tgl(2025, 10, 1));
        // Peraturan BKN 4/2025: every month from 1 Oktober 2025
        assert_eq!(periode_kp(tgl(2025, 10, 15)), tgl(2025, 11, 1));
        assert_eq!(periode_kp(tgl(2026, 1, 1)), tgl(2026, 1, 1));
    }

    fn ijazah(
        tingkat: TingkatPendidikan,
        tahun: i32,
        depan: Option<&'static str>,
        belakang: Option<&'static str>,
    ) -> Ijazah {
        Ijazah {
            tingkat,
            jurusan: String::new(),
            institusi: String::new(),
            tahun,
            gelar_depan: depan,
            gelar_belakang: belakang,
        }
    }

    #[test]
    fn titles_are_written_as_on_an_sk() {
        use TingkatPendidikan as T;
        // Kepmendikbud 036/U/1993: an S1 of 1990 bears Drs. in front; S3 adds Dr.
        let lama = [
            ijazah(T::S1, 1990, Some("Drs."), None),
            ijazah(T::S2, 2001, None, Some("M.Si.")),
            ijazah(T::S3, 2010, Some("Dr."), None),
        ];
        assert_eq!(Pembuat::gelar(&lama), ("Dr. Drs.".to_string(), "M.Si.".to_string()));
        let baru = [
            ijazah(T::Slta, 2004, None, None),
            ijazah(T::S1, 2008, None, Some("S.Kom.")),
            ijazah(T::S2, 2015, None, Some("M.Kom.")),
        ];
        assert_eq!(Pembuat::gelar(&baru), (String::new(), "S.Kom., M.Kom.".to_string()));
        assert_eq!(Pembuat::gelar(&[ijazah(T::D3, 2012, None, Some("A.Md."))]), (String::new(), "A.Md.".to_string()));
        assert_eq!(Pembuat::gelar(&[ijazah(T::Slta, 2012, None, None)]), (String::new(), String::new()));
    }

    #[test]
    fn same_seed_same_data_other_seed_other_data() {
        let a = contoh(60);
        assert_eq!(a, contoh(60));
        let b = data_contoh(7, 60, hari_ini(), SEKARANG);
        assert_ne!(a.1[10].nip, b.1[10].nip);
        assert_ne!(a.0[0].id, b.0[0].id);
    }

    #[test]
    fn small_counts_fill_the_heads_first() {
        let (units, pegawai) = contoh(0);
        assert_eq!((units.len(), pegawai.len()), (8, 0));
        let (_, pegawai) = contoh(3);
        let jenis: Vec<_> = pegawai.iter().map(|p| p.jabatan_terakhir().unwrap().jenis).collect();
        assert_eq!(jenis, [JenisJabatan::JptPratama, JenisJabatan::Administrator, JenisJabatan::Pengawas]);
    }

    #[test]
    fn eight_thousand_pegawai_generate_with_unique_numbers() {
        let mulai = std::time::Instant::now();
        let (units, pegawai) = contoh(8_000);
        let lama = mulai.elapsed();
        assert_eq!(pegawai.len(), 8_000);
        let nip: HashSet<&str> = pegawai.iter().map(|p| p.nip.as_str()).collect();
        assert_eq!(nip.len(), 8_000);
        let nik: Vec<&str> = pegawai.iter().filter_map(|p| p.nik.as_ref().map(|n| n.as_str())).collect();
        assert_eq!(nik.iter().collect::<HashSet<_>>().len(), nik.len());
        let mut id: HashSet<&Id> = pegawai.iter().map(|p| &p.id).collect();
        id.extend(units.iter().map(|u| &u.id));
        assert_eq!(id.len(), 8_000 + units.len());
        let mut per_unit: HashMap<&Id, usize> = HashMap::new();
        for p in &pegawai {
            *per_unit.entry(p.unit_kerja.as_ref().unwrap()).or_default() += 1;
        }
        assert_eq!(per_unit.len(), units.len());
        eprintln!("data_contoh(8000): {lama:?}");
    }

    #[test]
    fn the_app_sample_shows_retirements_coming_within_two_years() {
        let (_, pegawai) = data_contoh(BENIH_CONTOH, JUMLAH_CONTOH, hari_ini(), Stempel(0));
        let tabel = crate::rules::bup::TabelBupFungsional::default();
        let batas = hari_ini().tambah_bulan(24);
        let segera = pegawai.iter().filter(|p| crate::domain::turunan::tmt_pensiun(p, &tabel) <= batas).count();
        assert!((1..=6).contains(&segera), "{segera} retire within 24 months");
    }
}
