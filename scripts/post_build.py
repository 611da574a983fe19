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
    less) and links the service worker's registration script, minified
    with terser;
  - then finishes (`finish`), in this order: names the glue, the wasm, the
    pieces' folder, the stylesheet, the icon and the registration script
    after their final contents and fixes every reference and integrity hash;
    adds a Content-Security-Policy <meta> whose script-src allows Trunk's
    inline loader script by its SHA-256 hash (no 'unsafe-inline'); checks
    that the page names no file the site lacks; writes index.html and
    404.html; and last writes the service worker (web/sw.js with the SHA-256
    of every file it keeps and a version made from every final file).

Trunk runs it with TRUNK_STAGING_DIR, TRUNK_PUBLIC_URL and TRUNK_PROFILE set;
it can also be run by hand: post_build.py STAGING_DIR PUBLIC_URL PROFILE.
`post_build.py --restamp SITE PUBLIC_URL` runs the finishing steps again on
a built release site whose files were changed (the update tests use it to
"redeploy" a changed copy of the site).
"""
import base64
import hashlib
import json
import os
import pathlib
import re
import subprocess
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


def sha256_hex(data):
    return hashlib.sha256(data).hexdigest()


def content_hash(*parts):
    """16 hex digits of the SHA-256 of `parts` (bytes or text), each length-prefixed."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()[:16]


def replace_counted(text, old, new, at_least, where):
    if text.count(old) < at_least:
        raise SystemExit(f"post_build.py: {where} does not name {old}")
    return text.replace(old, new)


def rename_app_module(staging, public_url, pages):
    """Names the wasm glue, the main wasm and the pieces' folder after their
    final contents. They name one another (the glue imports the loader in
    the folder, the loader imports the glue), so they share one name made
    from all of them, each with those names left out. Returns the pages
    (file name to HTML) with their links, their inline loader and their
    integrity hashes updated, and the old file names that are gone."""
    glues = sorted(staging.glob(f"{split_wasm.CRATE}-*.js"))
    folders = sorted(p for p in staging.glob("split-*") if p.is_dir())
    if len(glues) != 1 or len(folders) != 1:
        raise SystemExit(f"post_build.py: expected one glue and one split folder, found {glues} {folders}")
    old_stem, old_dir = glues[0].stem, folders[0].name
    glue_path, wasm_path = staging / f"{old_stem}.js", staging / f"{old_stem}_bg.wasm"
    loader_path = folders[0] / "loader.js"
    glue_refs = [f'"./{old_dir}/loader.js"', f'"{old_stem}_bg.wasm"']
    loader_refs = [f'"../{old_stem}.js"']
    glue, loader = glue_path.read_text(), loader_path.read_text()
    glue_text, loader_text = glue, loader
    for i, ref in enumerate(glue_refs):
        glue_text = replace_counted(glue_text, ref, f"@{i}@", 1, glue_path.name)
    loader_text = replace_counted(loader_text, loader_refs[0], "@@", 1, "the split loader")
    pieces = sorted(p for p in folders[0].iterdir() if p.is_file() and p.name != "loader.js")
    new_hash = content_hash(
        wasm_path.read_bytes(), glue_text, loader_text,
        *[x for p in pieces for x in (p.name, p.read_bytes())],
    )
    new_stem, new_dir = f"{split_wasm.CRATE}-{new_hash}", f"split-{new_hash}"
    if new_stem == old_stem and new_dir == old_dir:
        return pages, []
    glue = glue.replace(glue_refs[0], f'"./{new_dir}/loader.js"').replace(glue_refs[1], f'"{new_stem}_bg.wasm"')
    loader_path.write_text(loader.replace(loader_refs[0], f'"../{new_stem}.js"'))
    glue_path.unlink()
    (staging / f"{new_stem}.js").write_text(glue)
    wasm_path.rename(staging / f"{new_stem}_bg.wasm")
    folders[0].rename(staging / new_dir)
    renamed = {}
    for file, html in pages.items():
        for old, new in [
            (f"{old_stem}.js", f"{new_stem}.js"),
            (f"{old_stem}_bg.wasm", f"{new_stem}_bg.wasm"),
            (f"{old_dir}/loader.js", f"{new_dir}/loader.js"),
        ]:
            html = replace_counted(html, public_url + old, public_url + new, 1, file)
        for name in (f"{new_stem}.js", f"{new_stem}_bg.wasm"):
            html = split_wasm.set_integrity(html, staging / name)
        renamed[file] = html
    return renamed, [f"{old_stem}.js", f"{old_stem}_bg.wasm", f"{old_dir}/"]


# Files named after their contents: Trunk's (`main-<hex>.css`: a 64-bit
# hash, without leading zeros), and the service-worker registration, written
# as register-sw.js.
HASHED = re.compile(r"^(?P<stem>.+)-[0-9a-f]{8,16}(?P<ext>\.[a-z]+)$")


def rename_by_content(staging, public_url, pages):
    """Names every file the pages link that Trunk or this hook names after
    its contents after its final contents (after splitting, minifying and
    renaming), so new contents never ship under an old name; fixes every
    reference and integrity hash in every page (file name to HTML).
    Running it again changes nothing."""
    pages, gone = rename_app_module(staging, public_url, pages)
    crate = re.compile(re.escape(split_wasm.CRATE) + r"-[0-9a-f]+(_bg)?\.")
    for path in sorted(p for p in staging.iterdir() if p.is_file()):
        m = HASHED.match(path.name)
        if path.name == "register-sw.js":
            stem, ext = "register-sw", ".js"
        elif m and not crate.match(path.name):
            stem, ext = m.group("stem"), m.group("ext")
        else:
            continue
        new = f"{stem}-{content_hash(path.read_bytes())}{ext}"
        if new == path.name:
            continue
        path.rename(staging / new)
        for file, html in pages.items():
            # The noscript stylesheet is linked only from pages: one may lack it.
            at_least = 0 if stem == "noscript" else 1
            html = replace_counted(html, public_url + path.name, public_url + new, at_least, file)
            if re.search(r'href="[^"]*' + re.escape(new) + r'"[^>]*integrity=', html):
                html = split_wasm.set_integrity(html, staging / new)
            pages[file] = html
        gone.append(path.name)
    # Nothing may still name a file that is gone. Another language's folder
    # (a whole site restamped) has its own copies of these files.
    others = tuple(f"{code}/" for code in languages() if code != "en")
    for path in staging.rglob("*"):
        if path.suffix in {".html", ".js", ".css", ".webmanifest"} and path.name != "sw.js":
            rel = path.relative_to(staging).as_posix()
            if rel.startswith(others):
                continue
            text = pages[rel] if rel in pages else path.read_text()
            for name in gone:
                if name in text:
                    raise SystemExit(f"post_build.py: {rel} still names {name}")
    return pages


def page_files(html, public_url):
    """The site's files that the page names (links, scripts, the inline
    loader's imports), relative to the site: quoted paths under the public
    URL that end in a file extension."""
    found = set()
    for m in re.finditer(r"""["']([^"'\s<>]+\.[a-z]+)["']""", html):
        url = m.group(1)
        if url.startswith(public_url):
            found.add(url[len(public_url):])
    return sorted(found)


def check_page_files(staging, public_url, file, html):
    missing = [f for f in page_files(html, public_url) if not (staging / f).is_file()]
    if missing:
        raise SystemExit(f"post_build.py: {file} names files the site lacks: {missing}")


def write_service_worker(staging, public_url, other_languages=()):
    """Writes sw.js with this build's files, each with the SHA-256 of its
    contents, and a version made from every file of the site. It comes last,
    when every other file (index.html and 404.html too) is final."""
    skip = tuple(folder[len(public_url):] for folder in other_languages)
    files = sorted(
        rel
        for p in staging.rglob("*")
        if p.is_file() and p.name != "sw.js"
        and not (rel := p.relative_to(staging).as_posix()).startswith(skip or ("\0",))
    )
    template = (WEB / "sw.js").read_text()
    # The worker's own code counts too: a new worker must never take the
    # name of the cache the current one serves from.
    version = content_hash(template, *[x for f in files for x in (f, (staging / f).read_bytes())])
    # A page is kept under the address it is served at ("steps/" for
    # steps/index.html, "model" for model.html); 404.html under its name.
    assets, pages = {}, []
    for f in files:
        digest = sha256_hex((staging / f).read_bytes())
        key = public_url + f
        if f.endswith(".html") and f != "404.html":
            key = public_url + (f[: -len("index.html")] if f.endswith("index.html") else f[: -len(".html")])
        assets[key] = digest
        if f.endswith(".html"):
            pages.append(key)
    sw = template.replace("__VERSION__", version).replace(
        "__ASSETS__", json.dumps(assets, indent=2)
    ).replace("__PAGES__", json.dumps(pages)).replace("__BASE__", public_url).replace(
        "__OTHER_LANGUAGES__", json.dumps(other_languages)
    )
    (staging / "sw.js").write_text(sw)
    return version


def set_csp(html):
    """index.html with a Content-Security-Policy <meta> (replacing any
    earlier one) whose script-src allows its inline scripts by their hashes."""
    html = re.sub(r'\n\s*<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    hashes = [sha256_b64(s) for s in inline_scripts(html)]
    meta = f'<meta http-equiv="Content-Security-Policy" content="{csp(hashes)}" />'
    return re.sub(r"(<meta charset=[^>]*>)", lambda m: m.group(1) + "\n    " + meta, html, count=1)


def finish(staging, public_url, pages):
    """The release site's last steps, in this order because each depends on
    the one before: names from final contents, the CSP (the inline loader
    names the renamed files), every page (file name to HTML, 404.html
    among them), and the service worker made from all of them."""
    pages = rename_by_content(staging, public_url, dict(pages))
    for file, html in pages.items():
        html = set_csp(html)
        check_page_files(staging, public_url, file, html)
        (staging / file).parent.mkdir(parents=True, exist_ok=True)
        (staging / file).write_text(html)
    lang = os.environ.get("LEADER_LANG", "en")
    # The English worker's scope takes in the other languages' folders;
    # each of those has its own worker and files, so it leaves them alone.
    others = [public_url + code + "/" for code in languages() if code != "en"] if lang == "en" else []
    return write_service_worker(staging, public_url, others)


def restamp(site, public_url):
    """Runs the finishing steps again on a built site whose files were
    changed after the build (the update tests "redeploy" a site this way)."""
    site = pathlib.Path(site)
    others = tuple(f"{code}/" for code in languages() if code != "en")
    pages = {
        rel: p.read_text()
        for p in sorted(site.rglob("*.html"))
        if not (rel := p.relative_to(site).as_posix()).startswith(others)
    }
    return finish(site, public_url, pages)


# ---- Every page its own HTML (src/prerender.rs renders them) ----

# Inside <div id="app">: what the template shows until the app takes over.
APP = re.compile(r'(<div id="app">)(.*?)(</div>\s*<!-- Shown instead)', re.S)
CONTROL = re.compile(r"<(input|textarea|select|button)\b")
MAIN = re.compile(r'(<main id="main"[^>]*>)')

NOSCRIPT_CSS = "/* Linked in <noscript>: the controls that only the app can run are hidden. */\n[inert]{display:none!important}\n"


# ---- Languages: one build per language (scripts/build.sh) ----

def languages():
    """The languages the site is built in: content/'s folders, English first."""
    codes = sorted(p.name for p in (ROOT / "content").iterdir() if p.is_dir() and len(p.name) == 2)
    return ["en"] + [c for c in codes if c != "en"]


def site_root(public_url, lang):
    """The site's own base for a build in `lang` under `public_url`: the
    German build's "/repo/de/" gives "/repo/"."""
    if lang == "en":
        return public_url
    suffix = f"{lang}/"
    if not public_url.endswith(suffix):
        raise SystemExit(f"post_build.py: the {lang} build's public URL {public_url} does not end in {suffix}")
    return public_url[: -len(suffix)]


def language_href(root, lang, path):
    """The address of `path` (relative to a language's base) in `lang`."""
    return root + ("" if lang == "en" else f"{lang}/") + path


def prerender(public_url, lang):
    """Every page as the app's own components render it in `lang` for a first
    visit (src/prerender.rs, run natively): a list of {address, file, href,
    title, description, tool, noscript, html}."""
    result = subprocess.run(
        ["cargo", "run", "--quiet", "--locked", "--bin", "prerender", "--", public_url, lang],
        cwd=ROOT, stdout=subprocess.PIPE, check=False, text=True,
    )
    if result.returncode != 0:
        raise SystemExit("post_build.py: rendering the pages failed (see above)")
    return json.loads(result.stdout)


def static_markup(html):
    """The app's HTML as the static page shows it: without the renderer's
    markers (`<!>`, `<!--<() />-->`), without style attributes (the CSP allows styles
    only from the stylesheet; a first visit's bars are empty, which the
    stylesheet draws by default), and with every control inert until the
    app runs it (a tick or a word typed into the static page would be lost
    when the app takes over; inert looks the same and takes no input)."""
    html = re.sub(r"<!>|<!--.*?-->", "", html, flags=re.S)
    html = re.sub(r'\sstyle="[^"]*"', "", html)
    return CONTROL.sub(r"<\1 inert", html)


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def site_address(site_url, public_url, href):
    """The absolute address of `href` (under `public_url`) on the site at `site_url`."""
    return site_url.rstrip("/") + "/" + href[len(public_url):] if href.startswith(public_url) else None


def alternates(page, public_url, lang, root_site_url):
    """The page in every language, for <link rel="alternate" hreflang>:
    absolute where the site's address is known (`root_site_url`, the
    English site's), else under the site's path; English is also the
    default for any other language."""
    root = site_root(public_url, lang)
    path = page["href"][len(public_url):]
    links = []
    for code in languages() + ["x-default"]:
        rel = ("" if code in ("en", "x-default") else f"{code}/") + path
        href = root_site_url.rstrip("/") + "/" + rel if root_site_url else root + rel
        links.append(f'<link rel="alternate" hreflang="{code}" href="{escape(href)}" />')
    return links


def not_found_script(public_url, lang):
    """GitHub Pages answers every unknown address with the root's 404.html,
    which is English. Under another language's folder, that page sends the
    visitor on to the language's own 404.html, naming the address asked for;
    there the address is put back before the app starts, so the visitor reads
    the not-found page in their language under the address they followed."""
    if lang == "en":
        others = [code for code in languages() if code != "en"]
        if not others:
            return []
        js = (
            "(function(b,l,p,i){p=location.pathname;for(i=0;i<l.length;i++)"
            'if(p.indexOf(b+l[i]+"/")===0){location.replace(b+l[i]+"/404.html?from="'
            "+encodeURIComponent(p+location.search+location.hash));return}})"
            f"({json.dumps(public_url)},{json.dumps(others)})"
        )
    else:
        js = (
            "(function(b,q){q=/[?&]from=([^&]*)/.exec(location.search);"
            "if(q){q=decodeURIComponent(q[1]);"
            'if(q.indexOf(b)===0&&q.indexOf("//")<0)history.replaceState(null,"",q)}})'
            f"({json.dumps(public_url)})"
        )
    return [f"<script>{js}</script>"]


def build_page(template, page, public_url, site_url, noscript_css, lang="en", root_site_url=None):
    """One page's HTML: the template with the page's language, title,
    description, Open Graph, its addresses in every language and its
    canonical address, and its static markup in #app."""
    html = re.sub(r'<html lang="[^"]*"', f'<html lang="{lang}"', template, count=1)
    title, description = escape(page["title"]), escape(page["description"])
    html = re.sub(r"<title>.*?</title>", lambda _: f"<title>{title}</title>", html, count=1, flags=re.S)
    html = re.sub(
        r'<meta name="description" content="[^"]*" />',
        lambda _: f'<meta name="description" content="{description}" />', html, count=1,
    )
    head = [
        f'<meta property="og:type" content="{"website" if page["address"] == "/" else "article"}" />',
        '<meta property="og:site_name" content="Leader-Leader" />',
        f'<meta property="og:title" content="{title}" />',
        f'<meta property="og:description" content="{description}" />',
    ]
    if site_url and page["file"] != "404.html":
        url = escape(site_address(site_url, public_url, page["href"]))
        head += [f'<link rel="canonical" href="{url}" />', f'<meta property="og:url" content="{url}" />']
    if page["file"] != "404.html":
        head += alternates(page, public_url, lang, site_url if root_site_url is None else root_site_url)
    if page["file"] == "404.html":
        head += not_found_script(public_url, lang)
    head.append(f'<noscript><link rel="stylesheet" href="{public_url}{noscript_css}" /></noscript>')
    html = html.replace("</head>", "  " + "\n    ".join(head) + "\n  </head>", 1)
    note = escape(page["noscript"])
    body = MAIN.sub(
        lambda m: m.group(1) + f'<noscript><p class="banner banner-warning">{note}</p></noscript>',
        static_markup(page["html"]), count=1,
    )
    if not APP.search(html):
        raise SystemExit("post_build.py: index.html has no <div id=\"app\"> before the framing message")
    return APP.sub(lambda m: m.group(1) + body + m.group(3), html, count=1)


def write_site_map(staging, public_url, site_url, pages):
    """sitemap.xml with every page's address in every language (the pages
    are the same in each), named in robots.txt: only where the site's
    address is known (the Pages workflow sets SITE_URL), since a sitemap
    lists absolute addresses. The English build, at the site's root, writes it."""
    if not site_url:
        return
    urls = "".join(
        f"  <url><loc>{escape(site_address(site_url, public_url, language_href(public_url, code, p['href'][len(public_url):])))}</loc></url>\n"
        for code in languages() for p in pages if p["file"] != "404.html"
    )
    (staging / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "</urlset>\n"
    )
    robots = staging / "robots.txt"
    robots.write_text(robots.read_text().rstrip("\n") + f"\nSitemap: {site_url.rstrip('/')}/sitemap.xml\n")


def build_pages(staging, public_url, template, lang="en"):
    """Every page its own file (file name to HTML) in `lang`, from the
    template and the app's rendering; writes the noscript stylesheet, and
    in the English build the site map. SITE_URL is the site's address (the
    English build's); a language's build is under it, in its folder."""
    site_url = root_site_url = os.environ.get("SITE_URL", "").strip()
    root = site_root(public_url, lang)
    if site_url and not site_url.rstrip("/").endswith(root.rstrip("/")):
        raise SystemExit(f"post_build.py: SITE_URL {site_url} does not end in the public URL {root}")
    if site_url and lang != "en":
        site_url = site_url.rstrip("/") + "/" + lang + "/"
    noscript_css = f"noscript-{content_hash(NOSCRIPT_CSS)}.css"
    (staging / noscript_css).write_text(NOSCRIPT_CSS)
    rendered = prerender(public_url, lang)
    if lang == "en":
        write_site_map(staging, public_url, site_url, rendered)
    return {
        p["file"]: build_page(template, p, public_url, site_url, noscript_css, lang, root_site_url)
        for p in rendered
    }


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
    if len(sys.argv) == 4 and sys.argv[1] == "--restamp":
        print(restamp(sys.argv[2], sys.argv[3]))
        return
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
        # Minified: it is part of the first load. finish() names it after
        # its contents.
        split_wasm.run(
            split_wasm.tool("terser"), WEB / "register-sw.js", "--compress", "--mangle",
            "-o", staging / "register-sw.js",
        )
        head_links.append(
            f'<script src="{public_url}register-sw.js" data-scope="{public_url}" defer></script>'
        )
    html = html.replace("</head>", "  " + "\n    ".join(head_links) + "\n  </head>", 1)

    if profile == "release":
        lang = os.environ.get("LEADER_LANG", "en")
        finish(staging, public_url, build_pages(staging, public_url, html, lang))
    else:
        index.write_text(html)
        (staging / "404.html").write_text(html)


if __name__ == "__main__":
    main()
