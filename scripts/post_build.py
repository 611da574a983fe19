#!/usr/bin/env python3
"""Trunk post-build hook: finishes the built site in Trunk's staging folder.

Always:
  - splits the wasm into a main module and pieces loaded on demand
    (split_wasm.py);
  - links the web app manifest under the site's public URL;
  - copies index.html to 404.html, so GitHub Pages serves the app for every
    deep link and reload.
Release builds only:
  - minifies the stylesheet (comments and spaces out, about 0.9 KB gzipped
    less) and updates its integrity hash;
  - writes the service worker (web/sw.js with this build's file list and a
    version made from their contents) and links its registration script,
    minified with terser;
  - adds a Content-Security-Policy <meta> whose script-src allows Trunk's
    inline loader script by its SHA-256 hash (no 'unsafe-inline').

Trunk runs it with TRUNK_STAGING_DIR, TRUNK_PUBLIC_URL and TRUNK_PROFILE set;
it can also be run by hand: post_build.py STAGING_DIR PUBLIC_URL PROFILE.
"""
import base64
import hashlib
import json
import os
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import split_wasm  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
WEB = ROOT / "web"


def csp(script_hashes):
    scripts = " ".join(f"'sha256-{h}'" for h in script_hashes)
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src 'self' 'wasm-unsafe-eval' {scripts}".strip(),
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "manifest-src 'self'",
            "worker-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def inline_scripts(html):
    return [
        m.group(1)
        for m in re.finditer(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S)
    ]


def sha256_b64(text):
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def write_service_worker(staging, public_url):
    files = sorted(
        p.relative_to(staging).as_posix()
        for p in staging.rglob("*")
        if p.is_file() and p.name not in {"sw.js", "404.html"}
    )
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode())
        digest.update((staging / name).read_bytes())
    version = digest.hexdigest()[:16]
    assets = [public_url] + [public_url + f for f in files if f != "index.html"]
    template = (WEB / "sw.js").read_text()
    sw = template.replace("__VERSION__", version).replace(
        "__ASSETS__", json.dumps(assets, indent=2)
    ).replace("__BASE__", public_url)
    (staging / "sw.js").write_text(sw)
    return version


def minify_css(text):
    """The stylesheet without comments and needless spaces. Quoted strings
    are copied as they are; a space stays wherever it could mean something
    (in selectors such as `a :focus`, in `calc(1px + 2px)`)."""
    out = []
    i, n = 0, len(text)
    tight = set("{};,>")

    def space():
        if out and out[-1] != " " and out[-1] not in tight:
            out.append(" ")

    while i < n:
        c = text[i]
        if c in "\"'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(text[i : j + 1])
            i = j + 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            space()
        elif c.isspace():
            while i < n and text[i].isspace():
                i += 1
            space()
        else:
            if c in tight and out and out[-1] == " ":
                out.pop()
            if c == "}" and out and out[-1] == ";":
                out.pop()
            out.append(c)
            i += 1
    return "".join(out).strip()


def minify_stylesheets(staging, html):
    """Minifies each of Trunk's stylesheets in place; returns index.html with
    their integrity hashes updated."""
    for sheet in staging.glob("*.css"):
        sheet.write_text(minify_css(sheet.read_text()))
        html = split_wasm.set_integrity(html, sheet)
    return html


def main():
    if len(sys.argv) == 4:
        staging, public_url, profile = sys.argv[1:]
    else:
        staging = os.environ["TRUNK_STAGING_DIR"]
        public_url = os.environ.get("TRUNK_PUBLIC_URL", "/")
        profile = os.environ.get("TRUNK_PROFILE", "debug")
    staging = pathlib.Path(staging)
    if not public_url.endswith("/"):
        public_url += "/"
    index = staging / "index.html"
    html = index.read_text().replace("%BASE%", public_url)
    html = split_wasm.split(staging, public_url, profile, html)

    head_links = [
        f'<link rel="manifest" href="{public_url}manifest.webmanifest" />',
        f'<link rel="apple-touch-icon" href="{public_url}apple-touch-icon.png" />',
    ]
    if profile == "release":
        html = minify_stylesheets(staging, html)
        # register-sw.js is listed in the worker's files, so write it first
        # (minified: it is part of the first load).
        split_wasm.run(
            split_wasm.tool("terser"), WEB / "register-sw.js", "--compress", "--mangle",
            "-o", staging / "register-sw.js",
        )
        write_service_worker(staging, public_url)
        head_links.append(
            f'<script src="{public_url}register-sw.js" data-scope="{public_url}" defer></script>'
        )
    html = html.replace("</head>", "  " + "\n    ".join(head_links) + "\n  </head>", 1)

    if profile == "release":
        hashes = [sha256_b64(s) for s in inline_scripts(html)]
        meta = f'<meta http-equiv="Content-Security-Policy" content="{csp(hashes)}" />'
        html = re.sub(r"(<meta charset=[^>]*>)", r"\1\n    " + meta, html, count=1)

    index.write_text(html)
    (staging / "404.html").write_text(html)


if __name__ == "__main__":
    main()
