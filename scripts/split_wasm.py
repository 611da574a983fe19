"""Splits the app's WebAssembly into a main module and pieces loaded on demand.

Called by post_build.py, after Trunk has built the site into its staging
folder. It first checks that cargo's wasm (found in cargo's own target
directory) is current and that wasm-split-cli matches the wasm_split_helpers
in Cargo.lock. Trunk 0.21 cannot split a wasm, so this redoes its last two steps on
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
     hashes and a modulepreload for the loader. Those names still carry
     Trunk's hash of the wasm before all this: in release builds
     post_build.py then names them after their final contents.

The first page load then fetches only the main module; a piece is fetched
the first time the visitor opens one of its pages (the service worker
keeps all of them for offline use).
"""
import base64
import hashlib
import json
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


def target_directory(metadata_json):
    """The target directory in the output of `cargo metadata`."""
    return pathlib.Path(json.loads(metadata_json)["target_directory"])


def cargo_wasm(profile):
    """The wasm cargo built for `profile`, in the target directory cargo
    itself reports (it honours CARGO_TARGET_DIR and .cargo/config.toml)."""
    done = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps", "--offline"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit("split_wasm.py: `cargo metadata` failed; cannot find cargo's wasm")
    folder = "release" if profile == "release" else "debug"
    return target_directory(done.stdout) / "wasm32-unknown-unknown" / folder / f"{CRATE}.wasm"


def dep_info_sources(text):
    """The files listed in a cargo dep-info (`.d`) file, as Make writes them
    (`target: source source ...`, spaces in names escaped with a backslash)."""
    line = text.split("\n", 1)[0]
    _, _, sources = line.partition(": ")
    names = re.findall(r"(?:\\.|[^\s\\])+", sources)
    return [pathlib.Path(re.sub(r"\\(.)", r"\1", n)) for n in names]


def stale_sources(wasm):
    """The sources in the wasm's dep-info that are newer than the wasm.
    Cargo leaves the wasm as it is when nothing changed, so its age alone
    says nothing: it is stale when a file it was built from is newer."""
    dep_info = wasm.with_suffix(".d")
    if dep_info.exists():
        sources = dep_info_sources(dep_info.read_text())
    else:
        # Cargo writes no dep-info next to a binary it built only for
        # integration tests: the crate's own sources stand in for it.
        sources = [p for p in (ROOT / "src").rglob("*") if p.is_file()]
    built = wasm.stat().st_mtime
    return [s for s in sources if not s.exists() or s.stat().st_mtime > built]


def lock_version(lock_text, name):
    """The version of package `name` in Cargo.lock's text, or None."""
    m = re.search(r'^name = "' + re.escape(name) + r'"\nversion = "([^"]+)"', lock_text, re.M)
    return m.group(1) if m else None


def installed_version(install_list, crate):
    """The version of `crate` in the output of `cargo install --list`, or None."""
    m = re.search(r"^" + re.escape(crate) + r" v(\S+?):?$", install_list, re.M)
    return m.group(1) if m else None


def same_line(a, b):
    """Whether versions `a` and `b` are semver-compatible: the same major
    version, and below 1.0 the same minor one too (0.2.3 and 0.2.4 are,
    0.2.4 and 0.3.0 are not)."""
    pa, pb = a.split(".")[:2], b.split(".")[:2]
    return pa == pb if pa[0] == "0" else pa[0] == pb[0]


def check_split_versions():
    """The wasm-split-cli that cuts the wasm must match the wasm_split_helpers
    the app is linked with: the CLI reads what the helpers' macros emit."""
    helpers = lock_version((ROOT / "Cargo.lock").read_text(), "wasm_split_helpers")
    listed = subprocess.run(
        ["cargo", "install", "--list"], stdout=subprocess.PIPE, text=True, check=True
    ).stdout
    cli = installed_version(listed, "wasm_split_cli_support")
    if helpers is None:
        raise SystemExit("split_wasm.py: wasm_split_helpers is not in Cargo.lock")
    if cli is None:
        raise SystemExit("split_wasm.py: wasm_split_cli_support is not installed (run scripts/setup.sh)")
    if not same_line(helpers, cli):
        raise SystemExit(
            f"split_wasm.py: wasm_split_helpers {helpers} (Cargo.lock) and wasm-split-cli {cli} "
            "(wasm_split_cli_support) do not belong together: set WASM_SPLIT_VERSION in "
            "scripts/env.sh to the same 0.x line and run scripts/setup.sh"
        )


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
    stale = stale_sources(source)
    if stale:
        raise SystemExit(
            f"split_wasm.py: {source} is older than {len(stale)} of its sources "
            f"(e.g. {stale[0]}): it is not this build's"
        )
    check_split_versions()

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
            # --low-memory-unused: Rust links wasm with the stack first (1 MB
            # growing down towards 0, the data above it), so the first KB of
            # memory is reached only by a stack already overflowing or a null
            # pointer, and loads and stores may fold small offsets (0.8 KB
            # gzipped off the main module).
            done = subprocess.run(
                [opt, "-Oz", "--low-memory-unused", "--strip-producers", "--strip-target-features"]
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
