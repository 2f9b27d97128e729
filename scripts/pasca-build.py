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

0. Lazy pages (cargo feature `split`, set in index.html; src/ui/components/lazy_page.rs): the
   wasm trunk built still calls its split points through the placeholder import module of
   wasm_split_helpers, so it cannot run as is. The hook takes cargo's output
   ($CARGO_TARGET_DIR/wasm32-unknown-unknown/<profile>/jenjang.wasm, linked with --emit-relocs
   by build.rs), cuts it with `wasm-split-cli` (wasm_split_cli_support, installed by
   scripts/setup) into the main module, one chunk per lazy page and the chunks they share, plus
   the JS that loads them; runs the installed `wasm-bindgen` on the main module as trunk does;
   names every output `jenjang-<hash of them all>…` and puts them in place of trunk's js/wasm,
   with index.html's links, integrity hashes and loader pointing at the new names (and a
   modulepreload of the chunk loader). Skipped when trunk's JS has no placeholder import.

Fails (and with it the build) if a placeholder is missing. Python 3 stdlib only.
"""
import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

PENANDA_CSP = "'sha256-@SKRIP@'"
# wasm_split_helpers' import module for the split points until wasm-split-cli rewrites them.
PENANDA_SPLIT = "__wasm_split_placeholder__"
# What wasm-split-cli names its loader module (and the wasm imports it).
MODUL_SPLIT = "./__wasm_split.js"


def gagal(pesan):
    print(f"pasca-build: {pesan}", file=sys.stderr)
    sys.exit(1)


def wasm_cargo():
    """The wasm cargo linked for this trunk build (before wasm-bindgen)."""
    target = os.environ.get("CARGO_TARGET_DIR")
    if not target:
        meta = subprocess.run(
            ["cargo", "metadata", "--format-version", "1", "--no-deps", "--offline"],
            stdout=subprocess.PIPE, check=True, cwd=os.environ.get("TRUNK_SOURCE_DIR") or None,
        )
        target = json.loads(meta.stdout)["target_directory"]
    profil = "release" if os.environ.get("TRUNK_PROFILE", "release") == "release" else "debug"
    return os.path.join(target, "wasm32-unknown-unknown", profil, "jenjang.wasm")


def ganti_tepat(teks, lama, baru, berkas, minimal=1, maksimal=1):
    n = teks.count(lama)
    if not minimal <= n <= maksimal:
        gagal(f"split: expected {minimal}..{maksimal} occurrence(s) of {lama!r} in {berkas}, found {n}")
    return teks.replace(lama, baru)


def sri(jalur):
    with open(jalur, "rb") as f:
        return "sha384-" + base64.b64encode(hashlib.sha384(f.read()).digest()).decode("ascii")


def pisah_wasm(staging):
    """Step 0: replace trunk's unsplit js/wasm by the split ones. Returns a summary or None."""
    js_trunk = []
    for n in sorted(os.listdir(staging)):
        if re.fullmatch(r"jenjang-[0-9a-f]+\.js", n):
            with open(os.path.join(staging, n), encoding="utf-8") as f:
                if PENANDA_SPLIT in f.read():
                    js_trunk.append(n)
    if not js_trunk:
        return None
    if len(js_trunk) != 1:
        gagal(f"split: more than one of trunk's JS files imports {PENANDA_SPLIT}: {js_trunk}")
    js_lama = js_trunk[0]
    wasm_lama = js_lama[: -len(".js")] + "_bg.wasm"
    if not os.path.isfile(os.path.join(staging, wasm_lama)):
        gagal(f"split: {wasm_lama} (beside {js_lama}) is not in the staging dir")

    masukan = wasm_cargo()
    if not os.path.isfile(masukan):
        gagal(f"split: cargo's output {masukan} is missing")
    with open(masukan, "rb") as f:
        if PENANDA_SPLIT.encode() not in f.read():
            gagal(f"split: {masukan} has no split points: is it from another build than trunk's?")
    for alat in ("wasm-split-cli", "wasm-bindgen"):
        if not shutil.which(alat):
            gagal(f"split: `{alat}` not found — run ./scripts/setup")

    with tempfile.TemporaryDirectory(prefix="jenjang-split-") as tmp:
        d_split, d_bg = os.path.join(tmp, "split"), os.path.join(tmp, "bg")
        subprocess.run(["wasm-split-cli", masukan, d_split, "--out-name", "jenjang"], check=True)
        subprocess.run(
            ["wasm-bindgen", "--target=web", f"--out-dir={d_bg}", "--out-name=jenjang",
             os.path.join(d_split, "jenjang.wasm"), "--no-typescript",
             # The chunks import the main module's function table, which lld exports.
             "--keep-lld-exports"],
            check=True,
        )
        # JS snippets (`#[wasm_bindgen(inline_js)]`, e.g. the IndexedDB backend): the glue
        # imports them as ./snippets/<crate-hash>/inlineN.js; they replace trunk's copies.
        snippet = {}
        d_snip = os.path.join(d_bg, "snippets")
        for akar, _dirs, nama in os.walk(d_snip):
            for n in nama:
                jalur = os.path.join(akar, n)
                rel = os.path.relpath(jalur, d_bg).replace(os.sep, "/")
                with open(jalur, "rb") as f:
                    snippet[rel] = f.read()
        chunk = sorted(
            n[: -len(".wasm")] for n in os.listdir(d_split) if n.endswith(".wasm") and n != "jenjang.wasm"
        )
        baca = lambda d, n: open(os.path.join(d, n), "rb").read()  # noqa: E731
        isi = {"js": baca(d_bg, "jenjang.js"), "wasm": baca(d_bg, "jenjang_bg.wasm"),
               "link": baca(d_split, "__wasm_split.js")}
        isi.update({f"chunk:{c}": baca(d_split, c + ".wasm") for c in chunk})
        isi.update({f"snippet:{rel}": b for rel, b in snippet.items()})

    # One hash of every output names them all: the main module and its chunks only work together.
    h = hashlib.sha256()
    for k in sorted(isi):
        h.update(k.encode() + b"\0" + hashlib.sha256(isi[k]).digest())
    dasar = "jenjang-" + h.hexdigest()[:16]
    js_baru, wasm_baru, link_baru = f"{dasar}.js", f"{dasar}_bg.wasm", f"{dasar}-split.js"

    link = isi["link"].decode("utf-8")
    link = ganti_tepat(link, 'from "./jenjang.js"', f'from "./{js_baru}"', "the chunk loader")
    for c in chunk:
        link = ganti_tepat(link, f'"./{c}.wasm"', f'"./{dasar}-{c}.wasm"', "the chunk loader")
    js = isi["js"].decode("utf-8")
    # Only the module specifiers: the import object's keys stay the wasm's import module names.
    js = ganti_tepat(js, f'from "{MODUL_SPLIT}"', f'from "./{link_baru}"', "the JS glue", 1, 10_000)
    js = ganti_tepat(js, "'jenjang_bg.wasm'", f"'{wasm_baru}'", "the JS glue")

    for lama in (js_lama, wasm_lama):
        os.remove(os.path.join(staging, lama))
    tulis = lambda n, b: open(os.path.join(staging, n), "wb").write(b)  # noqa: E731
    tulis(js_baru, js.encode("utf-8"))
    tulis(wasm_baru, isi["wasm"])
    tulis(link_baru, link.encode("utf-8"))
    for c in chunk:
        tulis(f"{dasar}-{c}.wasm", isi[f"chunk:{c}"])
    shutil.rmtree(os.path.join(staging, "snippets"), ignore_errors=True)
    for rel, b in snippet.items():
        os.makedirs(os.path.dirname(os.path.join(staging, rel)), exist_ok=True)
        tulis(rel, b)

    jalur_html = os.path.join(staging, "index.html")
    with open(jalur_html, encoding="utf-8") as f:
        html = f.read()
    # trunk's modulepreload/preload links and its inline loader, with their integrity hashes.
    for lama, baru in ((js_lama, js_baru), (wasm_lama, wasm_baru)):
        html = ganti_tepat(html, f"./{lama}'", f"./{baru}'", "index.html's loader")
        pola = re.compile(r'(<link\b[^>]*href="\./' + re.escape(lama) + r'"[^>]*>)')
        tautan = pola.findall(html)
        if len(tautan) != 1:
            gagal(f"split: expected one <link> to {lama} in index.html, found {len(tautan)}")
        t = tautan[0].replace(f"./{lama}", f"./{baru}")
        t = re.sub(r'integrity="[^"]*"', f'integrity="{sri(os.path.join(staging, baru))}"', t)
        if baru == js_baru:
            # The chunk loader is a static import of the glue: preload it beside it.
            t_link = t.replace(f"./{js_baru}", f"./{link_baru}")
            t_link = re.sub(r'integrity="[^"]*"', f'integrity="{sri(os.path.join(staging, link_baru))}"', t_link)
            t = t + t_link
        html = html.replace(tautan[0], t)
    with open(jalur_html, "w", encoding="utf-8") as f:
        f.write(html)
    return f"split: {len(chunk)} wasm chunks beside {wasm_baru}"


def main():
    staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "")
    if not staging:
        gagal("TRUNK_STAGING_DIR is not set (run me from trunk, or give the directory)")
    if not os.path.isdir(staging):
        gagal(f"the staging dir {staging} is gone — is another trunk build writing the same dist/?")

    # 0. Lazy pages: the split build's js/wasm in place of trunk's.
    ringkasan_split = pisah_wasm(staging)
    if ringkasan_split:
        print(f"pasca-build: {ringkasan_split}")

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
