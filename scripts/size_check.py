#!/usr/bin/env python3
"""Fails when the release site's first load grows past a recorded ceiling.

Usage: size_check.py SITE_DIR

The first load is index.html and every file it links (styles, scripts, the
main wasm, the split loader, icons, manifest; not the .png icons, which the
browser fetches only to install the app), gzipped at level 9 as in
scripts/bench.mjs. The ceiling is the budget in bench/budget.json (160 KB),
so a change that takes the first load past it fails the tests;
scripts/bench.sh measures what a browser really fetches.
"""
import gzip
import pathlib
import re
import sys

CEILING = 160 * 1024  # bytes, gzipped: the budget; measured 156.9 KB on 2026-11-21


def first_load_files(site):
    html = (site / "index.html").read_text()
    names = {"index.html"}
    for match in re.finditer(r"""(?:href|src)=["']([^"']+)["']|module_or_path:\s*['"]([^'"]+)['"]|from\s+['"]([^'"]+)['"]""", html):
        url = next(g for g in match.groups() if g)
        # Links carry the public URL (/ or /<repo>/); find the file under either.
        path = url.lstrip("/")
        for rel in (path, path.partition("/")[2]):
            if rel and (site / rel).is_file() and not rel.endswith(".png"):
                names.add(rel)
                break
    return sorted(names)


def main():
    site = pathlib.Path(sys.argv[1])
    files = first_load_files(site)
    sizes = {name: len(gzip.compress((site / name).read_bytes(), 9)) for name in files}
    total = sum(sizes.values())
    for name, size in sizes.items():
        print(f"  {name:48} {size / 1024:8.1f} KB gzipped")
    print(f"  {'first load':48} {total / 1024:8.1f} KB gzipped (ceiling {CEILING / 1024:.1f} KB)")
    if not any(name.endswith(".wasm") for name in files):
        sys.exit("size_check.py: index.html links no wasm")
    if not any(name.startswith("split-") for name in files):
        sys.exit("size_check.py: the wasm is not split (no split loader linked)")
    if total > CEILING:
        sys.exit(f"size_check.py: the first load grew to {total / 1024:.1f} KB gzipped, past {CEILING / 1024:.1f} KB")


if __name__ == "__main__":
    main()
