"""The end-to-end server answers like GitHub Pages: ten minutes of HTTP
caching, ETags with 304, 404.html for unknown paths, several project sites
on one origin."""
import http.client
import pathlib
import tempfile
import threading
import unittest
from http.server import ThreadingHTTPServer

import _paths  # noqa: F401
import pages_server


class PagesLike(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        root = pathlib.Path(cls.tmp.name)
        for site, text in (("a", "first"), ("b", "second")):
            (root / site).mkdir()
            (root / site / "index.html").write_text(f"<p>{text}</p>")
            (root / site / "404.html").write_text(f"<p>{text} 404</p>")
            (root / site / "app.js").write_text(f"// {text}")
            (root / site / "model.html").write_text(f"<p>{text} model</p>")
            (root / site / "steps").mkdir()
            (root / site / "steps" / "index.html").write_text(f"<p>{text} steps</p>")
            (root / site / "steps" / "one.html").write_text(f"<p>{text} step one</p>")
        handler = pages_server.make_handler([("/one/", root / "a"), ("/two/", root / "b")])
        cls.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()
        cls.tmp.cleanup()

    def get(self, path, **headers):
        conn = http.client.HTTPConnection("127.0.0.1", self.server.server_address[1])
        conn.request("GET", path, headers=headers)
        res = conn.getresponse()
        body = res.read().decode()
        conn.close()
        return res, body

    def test_files_may_be_kept_ten_minutes_and_carry_an_etag(self):
        res, body = self.get("/one/app.js")
        self.assertEqual(res.status, 200)
        self.assertEqual(body, "// first")
        self.assertEqual(res.getheader("Cache-Control"), "max-age=600")
        self.assertTrue(res.getheader("ETag"))

    def test_a_known_etag_gets_304_without_a_body(self):
        etag = self.get("/one/app.js")[0].getheader("ETag")
        res, body = self.get("/one/app.js", **{"If-None-Match": etag})
        self.assertEqual((res.status, body), (304, ""))
        res, _ = self.get("/one/app.js", **{"If-None-Match": 'W/"other"'})
        self.assertEqual(res.status, 200)

    def test_two_sites_share_the_origin_each_with_its_own_404(self):
        self.assertEqual(self.get("/two/")[1], "<p>second</p>")
        self.assertEqual(self.get("/one/")[1], "<p>first</p>")
        res, body = self.get("/two/deep/link")
        self.assertEqual((res.status, body), (404, "<p>second 404</p>"))
        self.assertEqual(self.get("/two")[0].getheader("Location"), "/two/")

    def test_pages_are_served_from_their_html_files_and_folders_with_a_slash(self):
        res, body = self.get("/one/model")
        self.assertEqual((res.status, body), (200, "<p>first model</p>"))
        res, body = self.get("/one/steps/one")
        self.assertEqual((res.status, body), (200, "<p>first step one</p>"))
        res, body = self.get("/one/steps/")
        self.assertEqual((res.status, body), (200, "<p>first steps</p>"))
        res, _ = self.get("/one/steps?x=1")
        self.assertEqual((res.status, res.getheader("Location")), (301, "/one/steps/?x=1"))
        # A page file is not a folder: with a slash it is not found.
        self.assertEqual(self.get("/one/model/")[0].status, 404)
        self.assertEqual(self.get("/one/nothing")[0].status, 404)


if __name__ == "__main__":
    unittest.main()
