//! Daftar Urut Kepangkatan: the seniority list of PNS and CPNS (PP 15/1979), ordered by the
//! criteria of [`URUTAN_DUK`], each applied only when all before it are equal.

use super::pegawai::Pegawai;
use super::tanggal::Tanggal;
use crate::rules::duk::{KriteriaDuk, URUTAN_DUK};
use crate::rules::jabatan::JenisJabatan;
use crate::rules::pangkat::{Golongan, GolonganPns};
use crate::rules::pendidikan::TingkatPendidikan;
use std::cmp::{Ordering, Reverse};

/// What the DUK compares, read once per pegawai.
struct Kunci {
    /// PNS golongan ruang of the pangkat in force.
    golongan: Option<GolonganPns>,
    tmt_golongan: Option<Tanggal>,
    /// Jenis jabatan in force; `Reverse` because `JptUtama` is the smallest variant.
    jabatan: Option<Reverse<JenisJabatan>>,
    tmt_cpns: Option<Tanggal>,
    pendidikan: Option<TingkatPendidikan>,
    tanggal_lahir: Tanggal,
}

impl Kunci {
    fn dari(p: &Pegawai) -> Kunci {
        let pangkat = p.pangkat_terakhir();
        Kunci {
            golongan: pangkat.and_then(|r| match r.golongan {
                Golongan::Pns(g) => Some(g),
                Golongan::Pppk(_) => None,
            }),
            tmt_golongan: pangkat.map(|r| r.tmt),
            jabatan: p.jabatan_terakhir().map(|j| Reverse(j.jenis)),
            tmt_cpns: p.nip.tmt_cpns(),
            pendidikan: p.pendidikan_terakhir().map(|r| r.tingkat),
            tanggal_lahir: p.tanggal_lahir,
        }
    }

    /// `Less` when `self` goes before `lain` by criterion `k` alone.
    fn banding(&self, lain: &Kunci, k: KriteriaDuk) -> Ordering {
        match k {
            // Higher first; no PNS golongan last (`None < Some`, reversed).
            KriteriaDuk::Pangkat => lain.golongan.cmp(&self.golongan),
            KriteriaDuk::TmtPangkat => lebih_dahulu(self.tmt_golongan, lain.tmt_golongan),
            // Higher jabatan first; none recorded last.
            KriteriaDuk::Jabatan => lain.jabatan.cmp(&self.jabatan),
            KriteriaDuk::MasaKerja => lebih_dahulu(self.tmt_cpns, lain.tmt_cpns),
            KriteriaDuk::Pendidikan => lain.pendidikan.cmp(&self.pendidikan),
            KriteriaDuk::Usia => self.tanggal_lahir.cmp(&lain.tanggal_lahir),
        }
    }

    fn penentu(&self, lain: &Kunci) -> Option<KriteriaDuk> {
        URUTAN_DUK.into_iter().find(|k| self.banding(lain, *k) != Ordering::Equal)
    }
}

/// Earlier date first; a missing date last.
fn lebih_dahulu(a: Option<Tanggal>, b: Option<Tanggal>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Whether the pegawai is listed in the DUK: a PNS or CPNS (PP 15/1979 covers PNS; PPPK have
/// no pangkat), not deleted, whose pangkat in force is a PNS golongan ruang.
pub fn masuk_duk(p: &Pegawai) -> bool {
    p.aktif() && !p.status.pppk() && p.pangkat_terakhir().is_some_and(|r| matches!(r.golongan, Golongan::Pns(_)))
}

/// The DUK order of two pegawai: [`URUTAN_DUK`] criteria in turn, then the NIP (and the id)
/// so that the list is the same on every load even when the regulation's criteria tie.
pub fn bandingkan_duk(a: &Pegawai, b: &Pegawai) -> Ordering {
    banding_kunci(&Kunci::dari(a), a, &Kunci::dari(b), b)
}

fn banding_kunci(ka: &Kunci, a: &Pegawai, kb: &Kunci, b: &Pegawai) -> Ordering {
    URUTAN_DUK
        .into_iter()
        .map(|k| ka.banding(kb, k))
        .find(|o| o.is_ne())
        .unwrap_or_else(|| a.nip.as_str().cmp(b.nip.as_str()).then_with(|| a.id.cmp(&b.id)))
}

/// The DUK (PP 15/1979): the pegawai that [`masuk_duk`], most senior first.
pub fn urutkan_duk<'a>(pegawai: impl IntoIterator<Item = &'a Pegawai>) -> Vec<&'a Pegawai> {
    let mut v: Vec<(Kunci, &Pegawai)> =
        pegawai.into_iter().filter(|p| masuk_duk(p)).map(|p| (Kunci::dari(p), p)).collect();
    v.sort_by(|(ka, a), (kb, b)| banding_kunci(ka, a, kb, b));
    v.into_iter().map(|(_, p)| p).collect()
}

/// The criterion that decides the order of `a` and `b` — for neighbours in [`urutkan_duk`]'s
/// list, why `a` is above `b` — or `None` when they are equal on every criterion (then the
/// NIP decides, which the regulation does not).
pub fn penentu_urutan(a: &Pegawai, b: &Pegawai) -> Option<KriteriaDuk> {
    Kunci::dari(a).penentu(&Kunci::dari(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::id::Id;
    use crate::domain::nip::{JenisNomorInduk, Nip};
    use crate::domain::pegawai::{
        JenisKelamin, JenisKenaikanPangkat, RiwayatJabatan, RiwayatPangkat, RiwayatPendidikan, StatusPegawai,
    };
    use crate::domain::tanggal::Stempel;
    use crate::rules::pangkat::GolonganPppk;

    fn t(y: i32, m: u8, d: u8) -> Tanggal {
        Tanggal::new(y, m, d).unwrap()
    }

    /// A PNS: III/c since 1 April 2020, Administrator, S1, TMT CPNS 2005-03, born 1980-06-15;
    /// `urut` is the NIP's nomor urut (001–999) and the id byte.
    fn pns(urut: u16) -> Pegawai {
        let hari_ini = t(2026, 11, 22);
        let nip = Nip::parse(&format!("19800615200503{}{urut:03}", 1), JenisNomorInduk::Nip, hari_ini).unwrap();
        Pegawai {
            id: Id::dari_byte_acak([urut as u8; 16]),
            created_at: Stempel(0),
            updated_at: Stempel(0),
            dihapus_pada: None,
            tanggal_lahir: nip.tanggal_lahir(),
            jenis_kelamin: JenisKelamin::Pria,
            nip,
            nik: None,
            nama: format!("Pegawai {urut}"),
            gelar_depan: String::new(),
            gelar_belakang: String::new(),
            tempat_lahir: String::new(),
            status: StatusPegawai::Pns,
            unit_kerja: None,
            riwayat_pangkat: vec![RiwayatPangkat {
                id: Id::dari_byte_acak([200; 16]),
                golongan: Golongan::Pns(GolonganPns::IIIC),
                tmt: t(2020, 4, 1),
                nomor_sk: String::new(),
                tanggal_sk: None,
                jenis_kenaikan: JenisKenaikanPangkat::Reguler,
            }],
            riwayat_jabatan: vec![RiwayatJabatan {
                id: Id::dari_byte_acak([201; 16]),
                jenis: JenisJabatan::Administrator,
                nama: "Kepala Bidang".into(),
                jenjang: None,
                unit_kerja: None,
                tmt: t(2021, 1, 4),
                nomor_sk: String::new(),
                tanggal_sk: None,
            }],
            riwayat_pendidikan: vec![RiwayatPendidikan {
                id: Id::dari_byte_acak([202; 16]),
                tingkat: TingkatPendidikan::S1,
                jurusan: String::new(),
                institusi: String::new(),
                tahun_lulus: 2003,
            }],
        }
    }

    /// Same person data, but another NIP (birth date and TMT CPNS), keeping `urut`.
    fn dengan_nip(mut p: Pegawai, lahir: &str, tmt: &str) -> Pegawai {
        let s = format!("{lahir}{tmt}1{:03}", p.nip.nomor_urut());
        p.nip = Nip::parse(&s, JenisNomorInduk::Nip, t(2026, 11, 22)).unwrap();
        p.tanggal_lahir = p.nip.tanggal_lahir();
        p
    }

    fn urutan(v: &[&Pegawai]) -> Vec<u16> {
        v.iter().map(|p| p.nip.nomor_urut()).collect()
    }

    /// Checks that `a` goes before `b` by `k`, whichever order they are given in.
    fn diputuskan(a: &Pegawai, b: &Pegawai, k: KriteriaDuk) {
        assert_eq!(penentu_urutan(a, b), Some(k));
        assert_eq!(penentu_urutan(b, a), Some(k));
        assert_eq!(bandingkan_duk(a, b), Ordering::Less);
        assert_eq!(urutan(&urutkan_duk([b, a])), [a.nip.nomor_urut(), b.nip.nomor_urut()]);
    }

    #[test]
    fn higher_golongan_first() {
        // PP 15/1979: pangkat first — IV/a before III/c, even with a later TMT and lower jabatan
        let mut a = pns(1);
        a.riwayat_pangkat[0].golongan = Golongan::Pns(GolonganPns::IVA);
        a.riwayat_pangkat[0].tmt = t(2025, 10, 1);
        a.riwayat_jabatan[0].jenis = JenisJabatan::Pelaksana;
        diputuskan(&a, &pns(2), KriteriaDuk::Pangkat);
    }

    #[test]
    fn same_golongan_earlier_tmt_golongan_first() {
        // PP 15/1979: same pangkat → the one appointed to it earlier
        let mut a = pns(1);
        a.riwayat_pangkat[0].tmt = t(2019, 10, 1);
        a.riwayat_jabatan[0].jenis = JenisJabatan::Pelaksana;
        diputuskan(&a, &pns(2), KriteriaDuk::TmtPangkat);
    }

    #[test]
    fn same_pangkat_higher_jabatan_first() {
        // PP 15/1979: then jabatan — JPT Pratama before Administrator before none recorded
        let mut a = pns(1);
        a.riwayat_jabatan[0].jenis = JenisJabatan::JptPratama;
        let b = pns(2);
        diputuskan(&a, &b, KriteriaDuk::Jabatan);
        let mut c = pns(3);
        c.riwayat_jabatan.clear();
        diputuskan(&b, &c, KriteriaDuk::Jabatan);
        let mut d = pns(4);
        d.riwayat_jabatan[0].jenis = JenisJabatan::Pelaksana;
        diputuskan(&b, &d, KriteriaDuk::Jabatan);
        diputuskan(&d, &c, KriteriaDuk::Jabatan);
    }

    #[test]
    fn same_jabatan_longer_masa_kerja_first() {
        // PP 15/1979: then masa kerja — TMT CPNS 2004-03 before 2005-03 (NIP digits 9–14)
        let a = dengan_nip(pns(1), "19800615", "200403");
        let mut b = pns(2);
        b.riwayat_pendidikan[0].tingkat = TingkatPendidikan::S2;
        diputuskan(&a, &b, KriteriaDuk::MasaKerja);
    }

    #[test]
    fn same_masa_kerja_higher_pendidikan_first() {
        // PP 15/1979: then pendidikan — S2 before S1 (latihan jabatan not applied, SUMBER_DUK)
        let mut a = dengan_nip(pns(1), "19850101", "200503");
        a.riwayat_pendidikan.push(RiwayatPendidikan {
            id: Id::dari_byte_acak([9; 16]),
            tingkat: TingkatPendidikan::S2,
            jurusan: String::new(),
            institusi: String::new(),
            tahun_lulus: 2012,
        });
        diputuskan(&a, &pns(2), KriteriaDuk::Pendidikan);
        let mut c = pns(3);
        c.riwayat_pendidikan.clear();
        diputuskan(&pns(2), &c, KriteriaDuk::Pendidikan);
    }

    #[test]
    fn same_pendidikan_older_first() {
        // PP 15/1979: finally usia — born 1979 before born 1980
        let a = dengan_nip(pns(5), "19791231", "200503");
        diputuskan(&a, &pns(2), KriteriaDuk::Usia);
    }

    #[test]
    fn all_equal_orders_by_nip_and_names_no_criterion() {
        let (a, b) = (pns(1), pns(2));
        assert_eq!(penentu_urutan(&a, &b), None);
        assert_eq!(urutan(&urutkan_duk([&b, &a])), [1, 2]);
    }

    #[test]
    fn pppk_deleted_and_pppk_golongan_are_left_out() {
        // PP 15/1979 covers PNS: PPPK (golongan I–XVII, no pangkat) are not in the DUK
        let hari_ini = t(2026, 11, 22);
        let mut pppk = pns(1);
        pppk.status = StatusPegawai::Pppk;
        pppk.nip = Nip::parse("199009132021211014", JenisNomorInduk::NiPppk, hari_ini).unwrap();
        pppk.riwayat_pangkat[0].golongan = Golongan::Pppk(GolonganPppk::new(9).unwrap());
        let mut dihapus = pns(2);
        dihapus.dihapus_pada = Some(Stempel(1));
        let mut tanpa_pangkat = pns(3);
        tanpa_pangkat.riwayat_pangkat.clear();
        let mut salah_golongan = pns(4);
        salah_golongan.riwayat_pangkat[0].golongan = Golongan::Pppk(GolonganPppk::new(11).unwrap());
        let mut cpns = pns(5);
        cpns.status = StatusPegawai::Cpns;
        let semua = [pppk, dihapus, tanpa_pangkat, salah_golongan, cpns, pns(6)];
        assert_eq!(urutan(&urutkan_duk(&semua)), [5, 6]);
    }

    #[test]
    fn full_list_follows_every_criterion_in_turn() {
        let mut gol = pns(10);
        gol.riwayat_pangkat[0].golongan = Golongan::Pns(GolonganPns::IVA);
        let mut tmt = pns(20);
        tmt.riwayat_pangkat[0].tmt = t(2018, 4, 1);
        let mut jab = pns(30);
        jab.riwayat_jabatan[0].jenis = JenisJabatan::JptPratama;
        let mk = dengan_nip(pns(40), "19850101", "200401");
        let mut pend = dengan_nip(pns(50), "19850101", "200503");
        pend.riwayat_pendidikan[0].tingkat = TingkatPendidikan::S3;
        let tua = dengan_nip(pns(60), "19700101", "200503");
        let v = [pns(70), tua, pend, mk, jab, tmt, gol];
        assert_eq!(urutan(&urutkan_duk(v.iter())), [10, 20, 30, 40, 50, 60, 70]);
    }
}
