#!/usr/bin/env python3
"""scripts/pasca-build.py — trunk post_build hook (see Trunk.toml [[hooks]]).

Runs in trunk's staging dir ($TRUNK_STAGING_DIR) after index.html is final and before the
staging dir replaces dist/:

1. CSP: trunk injects its wasm loader as an inline <script type="module"> (and, under
   `trunk serve`, its autoreload script). Each inline script's sha256 replaces the
   `'sha256-@SKRIP@'` placeholder in the Content-Security-Policy <meta> of index.html, so
   script-src stays 'self' + exactly these scripts.
2. Service worker: every file of the build except sw.js (sorted, relative URLs) is written
   into sw.js as the precache list, and a hash of all their names and bytes as the version
   (the cache name is `jenjang-<version>`). In a debug build the list is empty and the
   version "dev": nothing is cached, so a dev server's rebuilds always show.

Fails (and with it the build) if a placeholder is missing. Python 3 stdlib only.
"""
import base64
import hashlib
import json
import os
import re
import sys

PENANDA_CSP = "'sha256-@SKRIP@'"


def gagal(pesan):
    print(f"pasca-build: {pesan}", file=sys.stderr)
    sys.exit(1)


def main():
    staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "")
    if not staging:
        gagal("TRUNK_STAGING_DIR is not set (run me from trunk, or give the directory)")
    if not os.path.isdir(staging):
        gagal(f"the staging dir {staging} is gone — is another trunk build writing the same dist/?")

    # 1. CSP hashes of the inline scripts.
    jalur_html = os.path.join(staging, "index.html")
    with open(jalur_html, encoding="utf-8") as f:
        html = f.read()
    if PENANDA_CSP not in html:
        gagal(f"index.html has no {PENANDA_CSP} placeholder in its Content-Security-Policy")
    hash_skrip = []
    for m in re.finditer(r"<script\b([^>]*)>(.*?)</script>", html, re.S | re.I):
        atribut, isi = m.group(1), m.group(2)
        if re.search(r"\bsrc\s*=", atribut, re.I):
            continue
        h = base64.b64encode(hashlib.sha256(isi.encode("utf-8")).digest()).decode("ascii")
        hash_skrip.append(f"'sha256-{h}'")
    # No inline script at all: the placeholder becomes 'none'-equivalent noise-free text.
    html = html.replace(PENANDA_CSP, " ".join(dict.fromkeys(hash_skrip)) or "")
    with open(jalur_html, "w", encoding="utf-8") as f:
        f.write(html)

    # 2. The service worker's precache list and version.
    jalur_sw = os.path.join(staging, "sw.js")
    if not os.path.isfile(jalur_sw):
        gagal("sw.js is not in the build (index.html must copy static/sw.js)")
    berkas = []
    for akar, _dirs, nama in os.walk(staging):
        for n in nama:
            rel = os.path.relpath(os.path.join(akar, n), staging).replace(os.sep, "/")
            if rel != "sw.js":
                berkas.append(rel)
    berkas.sort()
    h = hashlib.sha256()
    for rel in berkas:
        h.update(rel.encode("utf-8") + b"\0")
        with open(os.path.join(staging, rel), "rb") as f:
            h.update(hashlib.sha256(f.read()).digest())
    versi = h.hexdigest()[:16]
    if os.environ.get("TRUNK_PROFILE", "release") != "release":
        # A debug build (`trunk serve` without release): a worker that caches nothing and never
        # changes, so every rebuild is loaded from the dev server without an update banner.
        versi, berkas = "dev", []

    with open(jalur_sw, encoding="utf-8") as f:
        sw = f.read()
    baru, n1 = re.subn(r'/\*@VERSI@\*/ *"[^"]*"', json.dumps(versi), sw)
    baru, n2 = re.subn(r"/\*@BERKAS@\*/ *\[[^\]]*\]", json.dumps(berkas), baru)
    if n1 != 1 or n2 != 1:
        gagal("sw.js lacks the /*@VERSI@*/ or /*@BERKAS@*/ placeholder")
    with open(jalur_sw, "w", encoding="utf-8") as f:
        f.write(baru)
    print(f"pasca-build: sw.js version {versi}, {len(berkas)} files precached; "
          f"CSP allows {len(hash_skrip)} inline script(s) by hash")


if __name__ == "__main__":
    main()
