#!/usr/bin/env python3
"""scripts/ikon.py — draws the app icons into static/ (python3 stdlib only: zlib + struct).

A white "J" on the brand colour #08447f (style/dasar.css --warna-utama-gelap):
  static/ikon-192.png, static/ikon-512.png   rounded square, transparent corners ("any")
  static/ikon-maskable-512.png               full-bleed square, glyph inside the 80 % safe zone
The PNGs are committed; run this again only to change the design:  python3 scripts/ikon.py
"""
import os
import struct
import zlib

LATAR = (0x08, 0x44, 0x7F)
PUTIH = (0xFF, 0xFF, 0xFF)
SAMPEL = 4  # supersampling per axis (anti-aliasing)


def di_j(x, y):
    """Whether the unit-square point (x, y) lies in the J glyph (drawn in a 0..1 box)."""
    if 0.36 <= x <= 0.70 and 0.20 <= y <= 0.30:  # top bar
        return True
    if 0.57 <= x <= 0.70 and 0.20 <= y <= 0.62:  # stem
        return True
    if y >= 0.62:  # hook: lower half of a ring
        cx, cy = 0.465, 0.62
        r2 = (x - cx) ** 2 + (y - cy) ** 2
        if 0.105 ** 2 <= r2 <= 0.235 ** 2:
            return True
    if 0.23 <= x <= 0.36 and 0.56 <= y <= 0.62:  # end of the hook
        return True
    return False


def di_latar(x, y, bentuk):
    if bentuk == "penuh":
        return True
    r = 0.18  # rounded-square corner radius
    dx = max(r - x, 0, x - (1 - r))
    dy = max(r - y, 0, y - (1 - r))
    return dx * dx + dy * dy <= r * r


def gambar(ukuran, bentuk, skala):
    baris = []
    n = SAMPEL * SAMPEL
    for py in range(ukuran):
        row = bytearray([0])  # filter type 0
        for px in range(ukuran):
            latar = huruf = 0
            for sy in range(SAMPEL):
                for sx in range(SAMPEL):
                    x = (px + (sx + 0.5) / SAMPEL) / ukuran
                    y = (py + (sy + 0.5) / SAMPEL) / ukuran
                    if di_latar(x, y, bentuk):
                        latar += 1
                        # the glyph, scaled around the centre
                        gx = 0.5 + (x - 0.5) / skala
                        gy = 0.5 + (y - 0.5) / skala
                        if di_j(gx, gy):
                            huruf += 1
            a = latar / n
            if latar:
                t = huruf / latar
                rgb = [round(LATAR[i] * (1 - t) + PUTIH[i] * t) for i in range(3)]
            else:
                rgb = [0, 0, 0]
            row += bytes(rgb + [round(a * 255)])
        baris.append(bytes(row))
    return png(ukuran, ukuran, b"".join(baris))


def png(w, h, mentah):
    def chunk(tipe, data):
        c = struct.pack(">I", len(data)) + tipe + data
        return c + struct.pack(">I", zlib.crc32(tipe + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(mentah, 9)) + chunk(b"IEND", b"")


def main():
    akar = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "static")
    os.makedirs(akar, exist_ok=True)
    for nama, ukuran, bentuk, skala in [
        ("ikon-192.png", 192, "bulat", 1.0),
        ("ikon-512.png", 512, "bulat", 1.0),
        ("ikon-maskable-512.png", 512, "penuh", 0.8),
    ]:
        data = gambar(ukuran, bentuk, skala)
        with open(os.path.join(akar, nama), "wb") as f:
            f.write(data)
        print(f"ikon: static/{nama} {len(data)} bytes")


if __name__ == "__main__":
    main()
