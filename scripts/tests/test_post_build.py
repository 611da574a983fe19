"""post_build.py's finishing steps on a small built site: names from final
contents, the page and its files in step, and a service worker made last."""
import base64
import hashlib
import json
import pathlib
import re
import subprocess
import tempfile
import unittest

import _paths  # noqa: F401
import post_build

BASE = "/ll/"
OLD = "1111111111111111"
PAGE = f"""<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Test</title>
<script type="module">
import init, * as bindings from '{BASE}leader-leader-{OLD}.js';
const wasm = await init({{ module_or_path: '{BASE}leader-leader-{OLD}_bg.wasm' }});
</script>
<link rel="icon" href="{BASE}favicon-3333333333333333.svg" integrity="sha384-x"/>
<link rel="stylesheet" href="{BASE}main-222222222222222.css" integrity="sha384-x"/>
<link rel="modulepreload" href="{BASE}leader-leader-{OLD}.js" crossorigin="anonymous" integrity="sha384-x">
<link rel="preload" href="{BASE}leader-leader-{OLD}_bg.wasm" crossorigin="anonymous" integrity="sha384-x" as="fetch" type="application/wasm">
  <link rel="modulepreload" href="{BASE}split-{OLD}/loader.js" crossorigin="anonymous" />
  <link rel="manifest" href="{BASE}manifest.webmanifest" />
    <script src="{BASE}register-sw.js" data-scope="{BASE}" defer></script>
  </head>
  <body><a href="{BASE}model">The model</a><p>First words.</p></body>
</html>
"""


def make_site(d):
    (d / f"leader-leader-{OLD}.js").write_text(
        f'import*as t from"./split-{OLD}/loader.js";export default function(n){{'
        f'void 0===n&&(n=new URL("leader-leader-{OLD}_bg.wasm",import.meta.url));'
        f'return{{"./leader-leader-{OLD}_bg.js":t}}}}'
    )
    (d / f"leader-leader-{OLD}_bg.wasm").write_bytes(b"\0asm\1\0\0\0" + f"./leader-leader-{OLD}_bg.js".encode())
    (d / f"split-{OLD}").mkdir()
    (d / f"split-{OLD}" / "loader.js").write_text(
        f'import{{initSync as t}}from"../leader-leader-{OLD}.js";fetch(new URL("./split_a.wasm",import.meta.url))'
    )
    (d / f"split-{OLD}" / "split_a.wasm").write_bytes(b"\0asm\1\0\0\0a")
    (d / "main-222222222222222.css").write_text("body{color:red}")
    (d / "favicon-3333333333333333.svg").write_text("<svg/>")
    (d / "register-sw.js").write_text("navigator.serviceWorker")
    (d / "manifest.webmanifest").write_text("{}")
    (d / "index.html").write_text(PAGE)
    # Every address has a page of its own: a folder's in <folder>/index.html.
    (d / "model.html").write_text(PAGE.replace("First words.", "The model."))
    (d / "steps").mkdir()
    (d / "steps" / "index.html").write_text(PAGE.replace("First words.", "The steps."))
    (d / "404.html").write_text(PAGE.replace("First words.", "Not found."))


def names(d):
    return sorted(p.relative_to(d).as_posix() for p in d.rglob("*") if p.is_file())


def worker(d):
    sw = (d / "sw.js").read_text()
    version = re.search(r"const VERSION = '([^']*)'", sw).group(1)
    assets = json.loads(re.search(r"const ASSETS = (\{.*?\});", sw, re.S).group(1))
    return version, assets


def sri(path):
    return "sha384-" + base64.b64encode(hashlib.sha384(path.read_bytes()).digest()).decode()


def one(d, pattern):
    found = [p for p in d.glob(pattern)]
    assert len(found) == 1, found
    return found[0]


class Finishing(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.site = pathlib.Path(self.tmp.name)
        make_site(self.site)
        post_build.restamp(self.site, BASE)

    def tearDown(self):
        self.tmp.cleanup()

    def page(self):
        return (self.site / "index.html").read_text()

    def test_no_file_keeps_the_name_it_was_built_with(self):
        self.assertFalse(any(OLD in n for n in names(self.site)), names(self.site))
        for old in ("main-222222222222222.css", "favicon-3333333333333333.svg", "register-sw.js"):
            self.assertNotIn(old, names(self.site))
            self.assertNotIn(old, self.page())

    def test_the_page_names_only_files_that_exist_with_their_integrity(self):
        page = self.page()
        named = post_build.page_files(page, BASE)
        self.assertEqual(len(named), 7, named)
        for rel in named:
            self.assertTrue((self.site / rel).is_file(), rel)
        for name in ("index.html", "model.html", "steps/index.html", "404.html"):
            page = (self.site / name).read_text()
            self.assertEqual(post_build.page_files(page, BASE), named, name)
            for m in re.finditer(r'href="' + BASE + r'([^"]+)"[^>]*integrity="([^"]+)"', page):
                self.assertEqual(m.group(2), sri(self.site / m.group(1)), m.group(1))
            self.assertEqual(page.count("Content-Security-Policy"), 1, name)

    def test_the_glue_and_the_loader_name_each_other_by_their_new_names(self):
        glue = one(self.site, "leader-leader-*.js")
        wasm = one(self.site, "leader-leader-*_bg.wasm")
        folder = one(self.site, "split-*")
        self.assertIn(f'"./{folder.name}/loader.js"', glue.read_text())
        self.assertIn(f'"{wasm.name}"', glue.read_text())
        self.assertIn(f'"../{glue.name}"', (folder / "loader.js").read_text())
        # The wasm's import namespace is a name, not a file: it stays.
        self.assertIn(f'"./leader-leader-{OLD}_bg.js"', glue.read_text())

    def test_finishing_again_changes_nothing(self):
        before = {n: (self.site / n).read_bytes() for n in names(self.site)}
        post_build.restamp(self.site, BASE)
        after = {n: (self.site / n).read_bytes() for n in names(self.site)}
        self.assertEqual(before, after)

    def test_a_changed_piece_renames_the_whole_module_and_nothing_else(self):
        glue, css = one(self.site, "leader-leader-*.js").name, one(self.site, "main-*.css").name
        piece = one(self.site, "split-*") / "split_a.wasm"
        piece.write_bytes(piece.read_bytes() + b"\0\4\3abc")
        post_build.restamp(self.site, BASE)
        self.assertNotEqual(one(self.site, "leader-leader-*.js").name, glue)
        self.assertEqual(one(self.site, "main-*.css").name, css)
        self.assertNotIn(glue, self.page())

    def test_a_changed_stylesheet_gets_a_new_name(self):
        css = one(self.site, "main-*.css")
        css.write_text("body{color:blue}")
        post_build.restamp(self.site, BASE)
        self.assertNotEqual(one(self.site, "main-*.css").name, css.name)
        self.assertIn(one(self.site, "main-*.css").name, self.page())

    def test_the_csp_allows_the_final_inline_loader_once(self):
        page = self.page()
        script = post_build.inline_scripts(page)[0]
        self.assertIn(one(self.site, "leader-leader-*.js").name, script)
        self.assertEqual(page.count("Content-Security-Policy"), 1)
        self.assertIn(f"'sha256-{post_build.sha256_b64(script)}'", page)

    def test_the_worker_lists_every_file_with_the_digest_of_its_final_bytes(self):
        _, assets = worker(self.site)
        # Pages are kept under the addresses they are served at.
        served = {BASE: "index.html", BASE + "model": "model.html", BASE + "steps/": "steps/index.html"}
        pages = {"index.html", "model.html", "steps/index.html", "sw.js"}
        expected = set(served) | {BASE + n for n in names(self.site) if n not in pages}
        self.assertEqual(set(assets), expected)
        for path, digest in assets.items():
            rel = served.get(path, path[len(BASE):])
            self.assertEqual(digest, hashlib.sha256((self.site / rel).read_bytes()).hexdigest(), path)
        listed = json.loads(re.search(r"const PAGES = (\[.*?\]);", (self.site / "sw.js").read_text(), re.S).group(1))
        self.assertEqual(set(listed), set(served) | {BASE + "404.html"})

    def test_a_change_to_the_page_alone_changes_the_worker(self):
        version, _ = worker(self.site)
        page = self.site / "steps" / "index.html"
        page.write_text(page.read_text().replace("The steps.", "Other words."))
        post_build.restamp(self.site, BASE)
        self.assertNotEqual(worker(self.site)[0], version)

    def test_a_change_to_the_worker_alone_changes_its_version(self):
        # Else the new worker would fill, and on failure delete, the cache
        # the current one serves from.
        version, _ = worker(self.site)
        with tempfile.TemporaryDirectory() as web:
            (pathlib.Path(web) / "sw.js").write_text((post_build.WEB / "sw.js").read_text() + "// changed\n")
            kept, post_build.WEB = post_build.WEB, pathlib.Path(web)
            try:
                post_build.restamp(self.site, BASE)
            finally:
                post_build.WEB = kept
        self.assertNotEqual(worker(self.site)[0], version)

    def test_a_page_naming_a_missing_file_is_refused(self):
        index = self.site / "index.html"
        index.write_text(index.read_text().replace("</head>", f'<script src="{BASE}gone.js"></script></head>'))
        with self.assertRaises(SystemExit) as refused:
            post_build.restamp(self.site, BASE)
        self.assertIn("gone.js", str(refused.exception))


class TheWorkerTemplate(unittest.TestCase):
    def test_it_fetches_past_the_http_cache_and_checks_digests(self):
        sw = (post_build.WEB / "sw.js").read_text()
        self.assertIn("cache: 'reload'", sw)
        self.assertIn("crypto.subtle.digest('SHA-256'", sw)
        for placeholder in ("__VERSION__", "__BASE__", "__ASSETS__", "__PAGES__", "__OTHER_LANGUAGES__"):
            self.assertEqual(sw.count(placeholder), 1, placeholder)


TEMPLATE = """<html lang="en"><head><title>Leader-Leader</title>
    <meta name="description" content="The app." />
  </head><body>
    <div id="app">
      <noscript><p>Needs JavaScript.</p></noscript>
    </div>
    <!-- Shown instead of the app when another site frames it. -->
    <div id="framed" hidden></div></body></html>"""

RENDERED = {
    "address": "/steps",
    "file": "steps/index.html",
    "href": "/ll/steps/",
    "title": "The four steps · Leader-Leader",
    "description": "Four steps & a \"checklist\".",
    "tool": False,
    "noscript": "You can read this page without JavaScript.",
    "html": '<header><!>Menu</header><main id="main" class="wrap"><h1>Steps<!--<() />--></h1>'
    '<div class="progress-fill" style="width:0%;"></div><input type="checkbox" id="a">'
    '<button type="button">Reset</button><textarea></textarea></main>',
}


class StaticPages(unittest.TestCase):
    def test_the_app_markup_is_static_inert_and_free_of_style_attributes(self):
        html = post_build.static_markup(RENDERED["html"])
        self.assertNotIn("<!", html)
        self.assertNotIn("style=", html)
        for tag in ("input", "button", "textarea"):
            self.assertIn(f"<{tag} inert", html)
        self.assertIn("<h1>Steps</h1>", html)

    def test_a_page_has_its_own_head_and_markup(self):
        html = post_build.build_page(TEMPLATE, RENDERED, BASE, "https://example.org/ll/", "noscript-1.css")
        self.assertIn("<title>The four steps · Leader-Leader</title>", html)
        self.assertIn('<meta name="description" content="Four steps &amp; a &quot;checklist&quot;." />', html)
        self.assertIn('<meta property="og:title" content="The four steps · Leader-Leader" />', html)
        self.assertIn('<meta property="og:type" content="article" />', html)
        self.assertIn('<link rel="canonical" href="https://example.org/ll/steps/" />', html)
        self.assertIn('<meta property="og:url" content="https://example.org/ll/steps/" />', html)
        self.assertIn(f'<noscript><link rel="stylesheet" href="{BASE}noscript-1.css" /></noscript>', html)
        self.assertNotIn("Needs JavaScript.", html)
        self.assertIn('<div id="app"><header>Menu</header><main id="main" class="wrap"><noscript>', html)
        self.assertIn("<noscript><p class=\"banner banner-warning\">You can read this page without JavaScript.</p></noscript>", html)
        self.assertIn('<html lang="en">', html)
        self.assertIn('<link rel="alternate" hreflang="en" href="https://example.org/ll/steps/" />', html)
        self.assertIn('<link rel="alternate" hreflang="de" href="https://example.org/ll/de/steps/" />', html)
        self.assertIn('<link rel="alternate" hreflang="x-default" href="https://example.org/ll/steps/" />', html)
        self.assertIn('<div id="framed" hidden>', html)

    def test_without_a_site_address_there_is_no_canonical_link(self):
        html = post_build.build_page(TEMPLATE, RENDERED, BASE, "", "noscript-1.css")
        self.assertNotIn("canonical", html)
        self.assertNotIn("og:url", html)
        # The other languages' pages are still named, under the site's path.
        self.assertIn('<link rel="alternate" hreflang="fr" href="/ll/fr/steps/" />', html)

    def test_a_language_build_names_its_language_and_every_other(self):
        german = dict(RENDERED, href="/ll/de/steps/", title="Die vier Schritte · Leader-Leader")
        html = post_build.build_page(
            TEMPLATE, german, "/ll/de/", "https://example.org/ll/de/", "noscript-1.css", "de", "https://example.org/ll/"
        )
        self.assertIn('<html lang="de">', html)
        self.assertIn('<link rel="canonical" href="https://example.org/ll/de/steps/" />', html)
        for code, href in (("en", "ll/steps/"), ("de", "ll/de/steps/"), ("fr", "ll/fr/steps/"), ("es", "ll/es/steps/"), ("x-default", "ll/steps/")):
            self.assertIn(f'<link rel="alternate" hreflang="{code}" href="https://example.org/{href}" />', html)
        self.assertEqual(post_build.site_root("/ll/de/", "de"), "/ll/")
        with self.assertRaises(SystemExit):
            post_build.site_root("/ll/", "de")

    def test_an_unknown_address_under_a_language_gets_that_languages_not_found_page(self):
        def run(script, pathname, search=""):
            """What the script does in a browser at that address: the
            addresses it sends the visitor to, and puts back."""
            js = (
                "var done=[],location={pathname:%s,search:%s,hash:'#top',"
                "replace:function(u){done.push(['replace',u])}},"
                "history={replaceState:function(s,t,u){done.push(['restore',u])}};%s;"
                "console.log(JSON.stringify(done))"
            ) % (json.dumps(pathname), json.dumps(search), script)
            out = subprocess.run(["node", "-e", js], capture_output=True, text=True, check=True)
            return json.loads(out.stdout)

        def script_of(html):
            found = re.findall(r"<script>(.*?)</script>", html)
            self.assertEqual(len(found), 1, html)
            return found[0]

        not_found = dict(RENDERED, file="404.html", href=BASE + "404")
        english = script_of(post_build.build_page(TEMPLATE, not_found, BASE, "", "noscript-1.css"))
        self.assertEqual(
            run(english, "/ll/de/stepz", "?id=1"),
            [["replace", "/ll/de/404.html?from=%2Fll%2Fde%2Fstepz%3Fid%3D1%23top"]],
        )
        self.assertEqual(run(english, "/ll/stepz"), [], "an English address stays English")
        self.assertEqual(run(english, "/ll/details"), [], "a page whose name starts like a language")

        german = script_of(post_build.build_page(TEMPLATE, dict(not_found, href="/ll/de/404"), "/ll/de/", "", "noscript-1.css", "de"))
        self.assertEqual(run(german, "/ll/de/404.html", "?from=%2Fll%2Fde%2Fstepz%3Fid%3D1"), [["restore", "/ll/de/stepz?id=1"]])
        for elsewhere in ("%2F%2Fexample.org%2Fll%2Fde%2F", "%2Fll%2Ffr%2Fx", "https%3A%2F%2Fexample.org%2F"):
            self.assertEqual(run(german, "/ll/de/404.html", "?from=" + elsewhere), [], elsewhere)
        self.assertEqual(run(german, "/ll/de/404.html"), [])

        # Only the not-found page carries it.
        self.assertNotIn("<script>", post_build.build_page(TEMPLATE, RENDERED, BASE, "", "noscript-1.css"))

    def test_the_languages_are_the_content_folders_english_first(self):
        codes = post_build.languages()
        self.assertEqual(codes[0], "en")
        self.assertEqual(sorted(codes), sorted(p.name for p in (post_build.ROOT / "content").iterdir() if p.is_dir()))
        self.assertGreaterEqual(set(codes), {"en", "de", "fr", "es"})

    def test_the_sitemap_lists_every_page_but_404_and_robots_names_it(self):
        with tempfile.TemporaryDirectory() as tmp:
            site = pathlib.Path(tmp)
            (site / "robots.txt").write_text("User-agent: *\nAllow: /\n")
            pages = [dict(RENDERED, file="index.html", href=BASE), RENDERED, dict(RENDERED, file="404.html", href=BASE + "404")]
            post_build.write_site_map(site, BASE, "https://example.org/ll/", pages)
            sitemap = (site / "sitemap.xml").read_text()
            locs = re.findall(r"<loc>([^<]*)</loc>", sitemap)
            self.assertEqual(locs[:2], ["https://example.org/ll/", "https://example.org/ll/steps/"])
            self.assertIn("https://example.org/ll/de/steps/", locs)
            self.assertIn("https://example.org/ll/es/", locs)
            self.assertEqual(len(locs), 2 * len(post_build.languages()))
            self.assertTrue((site / "robots.txt").read_text().endswith("Sitemap: https://example.org/ll/sitemap.xml\n"))
        with tempfile.TemporaryDirectory() as tmp:
            post_build.write_site_map(pathlib.Path(tmp), BASE, "", pages)
            self.assertFalse((pathlib.Path(tmp) / "sitemap.xml").exists())


if __name__ == "__main__":
    unittest.main()
