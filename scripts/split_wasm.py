"""Splits the app's WebAssembly into a main module and pieces loaded on demand.

Called by post_build.py, after Trunk has built the site into its staging
folder. Trunk 0.21 cannot split a wasm, so this redoes its last two steps on
the wasm that cargo built (linked with --emit-relocs, see .cargo/config.toml):

  1. wasm-split-cli cuts the cargo output at every split function (the pages
     in src/app.rs) into a main module, one module per named piece (journey,
     assessment, practice, your data), modules for the code pieces share, and
     a small JavaScript loader;
  2. wasm-bindgen makes the main module's JavaScript glue, exactly as Trunk
     did, keeping the exports the pieces link against;
  3. in release builds, the main module's imports get short names
     (short_imports.py), wasm-opt -Oz shrinks every module, and terser the
     JavaScript;
  4. the results replace Trunk's .js and _bg.wasm under the same names, with
     the pieces in split-<hash>/, and index.html gets the new integrity
     hashes and a modulepreload for the loader.

The first page load then fetches only the main module; a piece is fetched
the first time the visitor opens one of its pages (the service worker
keeps all of them for offline use).
"""
import base64
import hashlib
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import short_imports

ROOT = pathlib.Path(__file__).resolve().parent.parent
CRATE = "leader-leader"


def sri(path):
    digest = hashlib.sha384(path.read_bytes()).digest()
    return "sha384-" + base64.b64encode(digest).decode()


def set_integrity(html, asset):
    """index.html with the integrity hash of the link to `asset` (a file of
    the site whose contents changed after Trunk hashed it) brought up to date."""
    pattern = re.compile(r'(href="[^"]*' + re.escape(asset.name) + r'"[^>]*integrity=")[^"]*(")')
    html, count = pattern.subn(lambda m: m.group(1) + sri(asset) + m.group(2), html)
    if count != 1:
        raise SystemExit(f"no integrity attribute for {asset.name} in index.html")
    return html


def cargo_wasm(profile):
    target = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    folder = "release" if profile == "release" else "debug"
    return target / "wasm32-unknown-unknown" / folder / f"{CRATE}.wasm"


def tool(name):
    local = ROOT / "node_modules" / ".bin" / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"split_wasm.py: {name} is not installed (run scripts/setup.sh)")
    return found


def run(*args):
    subprocess.run([str(a) for a in args], check=True)


def split(staging, public_url, profile, html):
    """Splits the wasm in `staging` and returns index.html updated to match."""
    js_files = sorted(staging.glob(f"{CRATE}-*.js"))
    if len(js_files) != 1:
        raise SystemExit(f"split_wasm.py: expected one {CRATE}-*.js in {staging}, found {js_files}")
    stem = js_files[0].stem  # leader-leader-<hash>
    build_hash = stem[len(CRATE) + 1 :]
    main_js = staging / f"{stem}.js"
    main_wasm = staging / f"{stem}_bg.wasm"
    source = cargo_wasm(profile)
    if not source.exists():
        raise SystemExit(f"split_wasm.py: cargo's wasm is missing at {source}")

    piece_dir_name = f"split-{build_hash}"
    piece_dir = staging / piece_dir_name
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        cut, glue = tmp / "cut", tmp / "glue"
        cut.mkdir()
        run(tool("wasm-split-cli"), source, cut, "--target", "web", "--out-name", stem)
        bindgen = [tool("wasm-bindgen"), "--target=web", "--no-typescript"]
        bindgen += ["--keep-lld-exports", "--no-demangle"]
        if profile != "release":
            bindgen += ["--keep-debug"]
        run(*bindgen, f"--out-dir={glue}", f"--out-name={stem}", cut / f"{stem}.wasm")
        (cut / f"{stem}.wasm").unlink()

        if piece_dir.exists():
            shutil.rmtree(piece_dir)
        piece_dir.mkdir()
        for piece in cut.glob("*.wasm"):
            shutil.move(str(piece), piece_dir / piece.name)
        loader = (cut / "__wasm_split.js").read_text()
        if f'from "./{stem}.js"' not in loader:
            raise SystemExit("split_wasm.py: the split loader does not import the glue")
        loader = loader.replace(f'from "./{stem}.js"', f'from "../{stem}.js"')
        (piece_dir / "loader.js").write_text(loader)

        glue_js = (glue / f"{stem}.js").read_text()
        if profile == "release":
            bound = glue / f"{stem}_bg.wasm"
            wasm, glue_js, renamed = short_imports.shorten(
                bound.read_bytes(), glue_js, f"./{stem}_bg.js"
            )
            if renamed == 0:
                raise SystemExit("split_wasm.py: no import of the glue could be renamed")
            bound.write_bytes(wasm)
        # Only the module specifiers move; the same string is also the wasm's
        # import namespace, which must stay as it is.
        glue_js, count = re.subn(
            r'(\bfrom\s*)"\./__wasm_split\.js"', rf'\1"./{piece_dir_name}/loader.js"', glue_js
        )
        if count == 0:
            raise SystemExit("split_wasm.py: the glue does not import the split loader")
        main_js.write_text(glue_js)
        shutil.move(str(glue / f"{stem}_bg.wasm"), main_wasm)
        if (glue / "snippets").exists():
            raise SystemExit("split_wasm.py: wasm-bindgen made snippets; copy them too")

    if profile == "release":
        opt = tool("wasm-opt")
        for module in [main_wasm, *piece_dir.glob("*.wasm")]:
            # Binaryen reads the wasm features from the target_features section
            # and then drops it, with the producers section: the browser needs
            # neither (0.2 KB gzipped). It warns about every piece's name-section entry it does not know
            # (wasm-split writes one per function); those warnings are dropped.
            done = subprocess.run(
                [opt, "-Oz", "--strip-producers", "--strip-target-features"]
                + [str(module), "-o", str(module)],
                stderr=subprocess.PIPE,
                text=True,
            )
            for line in done.stderr.splitlines():
                if not line.startswith("warning: unknown name subsection"):
                    print(line, file=sys.stderr)
            done.check_returncode()
        # The glue and the loader are ES modules: names they export stay.
        for script in (main_js, piece_dir / "loader.js"):
            run(tool("terser"), script, "--module", "--compress", "--mangle", "-o", script)

    for asset in (main_js, main_wasm):
        html = set_integrity(html, asset)
    loader_url = f"{public_url}{piece_dir_name}/loader.js"
    preload = f'<link rel="modulepreload" href="{loader_url}" crossorigin="anonymous" />'
    html = html.replace("</head>", f"  {preload}\n  </head>", 1)
    return html
