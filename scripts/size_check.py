#!/usr/bin/env python3
"""Fails when the release site's first load grows past a recorded ceiling.

Usage: size_check.py SITE_DIR

A page's first load is its HTML and every file it links (styles, scripts,
the main wasm, the split loader, icons, manifest; not the .png icons, which
the browser fetches only to install the app, nor what is linked inside
<noscript>, fetched only without JavaScript), gzipped at level 9 as in
scripts/bench.mjs. Every page the build wrote is checked (each address has
its own HTML); the largest is printed in full. The ceiling is the budget in
bench/budget.json (160 KB), so a change that takes any page's first load
past it fails the tests; scripts/bench.sh measures what a browser really
fetches. A page in a piece fetches the piece as well, once the page is
already painted; the benchmark measures that.
"""
import gzip
import pathlib
import re
import sys

CEILING = 160 * 1024  # bytes, gzipped: the budget; measured 156.9 KB on 2026-11-21


def first_load_files(site, page="index.html"):
    html = re.sub(r"<noscript>.*?</noscript>", "", (site / page).read_text(), flags=re.S)
    names = {page}
    for match in re.finditer(r"""(?:href|src)=["']([^"']+)["']|module_or_path:\s*['"]([^'"]+)['"]|from\s+['"]([^'"]+)['"]""", html):
        url = next(g for g in match.groups() if g)
        # Links carry the public URL (/ or /<repo>/); find the file under either.
        path = url.lstrip("/")
        for rel in (path, path.partition("/")[2]):
            if rel and (site / rel).is_file() and not rel.endswith(".png"):
                names.add(rel)
                break
    return sorted(names)


def first_load(site, page):
    files = first_load_files(site, page)
    sizes = {name: len(gzip.compress((site / name).read_bytes(), 9)) for name in files}
    return files, sizes, sum(sizes.values())


def main():
    site = pathlib.Path(sys.argv[1])
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    loads = {page: first_load(site, page) for page in pages}
    largest = max(pages, key=lambda page: loads[page][2])
    for page in ["index.html"] + ([largest] if largest != "index.html" else []):
        files, sizes, total = loads[page]
        print(f"{page}:")
        for name, size in sizes.items():
            print(f"  {name:48} {size / 1024:8.1f} KB gzipped")
        print(f"  {'first load':48} {total / 1024:8.1f} KB gzipped (ceiling {CEILING / 1024:.1f} KB)")
    print(f"{len(pages)} pages, first loads {min(l[2] for l in loads.values()) / 1024:.1f} "
          f"to {loads[largest][2] / 1024:.1f} KB gzipped")
    # Each language is a build of its own, in its folder (English at the root).
    by_language = {}
    for page, (_, _, total) in loads.items():
        folder = page.split("/")[0] if re.fullmatch(r"[a-z]{2}", page.split("/")[0]) and "/" in page else "en"
        by_language.setdefault(folder, []).append(total)
    for code, totals in sorted(by_language.items()):
        print(f"  {code}: {len(totals)} pages, {min(totals) / 1024:.1f} to {max(totals) / 1024:.1f} KB gzipped")
    for page, (files, sizes, total) in loads.items():
        if not any(name.endswith(".wasm") for name in files):
            sys.exit(f"size_check.py: {page} links no wasm")
        if not any(name.startswith("split-") or "/split-" in name for name in files):
            sys.exit(f"size_check.py: the wasm is not split (no split loader linked from {page})")
        if total > CEILING:
            sys.exit(f"size_check.py: the first load of {page} grew to {total / 1024:.1f} KB gzipped, past {CEILING / 1024:.1f} KB")


if __name__ == "__main__":
    main()
