#!/usr/bin/env python3
"""Serves a built site the way GitHub Pages serves a project site.

The site lives under a sub-path (/<repo>/). A file that exists is served with
status 200; "/x" is served from x.html when there is one; a folder is served
through its index.html at "/x/", and "/x" redirects there (so "/<repo>"
redirects to "/<repo>/"); any other path gets the site's 404.html with
status 404. Like GitHub
Pages, every response may be kept ten minutes by the browser
(`Cache-Control: max-age=600`) and carries an ETag, and a request whose
If-None-Match names the current ETag gets 304 Not Modified.

Several project sites of one account share an origin on GitHub Pages:
`--also PREFIX ROOT` serves another site under another prefix from the same
server (the same origin). `--slow REGEX SECONDS` holds back the responses to
paths that match (the tests use it to catch a service worker mid-install).

Usage: pages_server.py ROOT [--prefix /leader-leader/] [--port 4173]
                            [--also PREFIX ROOT]... [--slow REGEX SECONDS]
Listens on 127.0.0.1 only; with --port 0 it picks a free port and prints it.
"""
import argparse
import gzip
import hashlib
import http.server
import mimetypes
import pathlib
import posixpath
import re
import time
import urllib.parse

mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("text/javascript", ".js")
mimetypes.add_type("application/manifest+json", ".webmanifest")


COMPRESSIBLE = {
    "application/wasm",
    "text/javascript",
    "application/json",
    "application/manifest+json",
    "image/svg+xml",
}

MAX_AGE = 600  # seconds, as GitHub Pages sends


def normal_prefix(prefix):
    return "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"


def make_handler(sites, slow=None):
    """`sites`: (prefix, root folder) pairs; `slow`: (compiled regex, seconds) or None."""
    sites = sorted(
        ((normal_prefix(p), pathlib.Path(r).resolve()) for p, r in sites),
        key=lambda s: -len(s[0]),
    )

    class Handler(http.server.BaseHTTPRequestHandler):
        server_version = "pages-like"

        def log_message(self, fmt, *args):  # quiet: tests read their own logs
            pass

        def send_file(self, path: pathlib.Path, status: int, head: bool):
            body = path.read_bytes()
            etag = 'W/"' + hashlib.sha1(body).hexdigest()[:20] + '"'
            if status == 200 and etag in self.headers.get("If-None-Match", ""):
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Cache-Control", f"max-age={MAX_AGE}")
                self.end_headers()
                return
            ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            # Like GitHub Pages, compress text and WebAssembly when asked to.
            compressible = ctype.startswith("text/") or ctype in COMPRESSIBLE
            if compressible and "gzip" in self.headers.get("Accept-Encoding", ""):
                body = gzip.compress(body, 6)
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Vary", "Accept-Encoding")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", f"max-age={MAX_AGE}")
            self.send_header("ETag", etag)
            self.end_headers()
            if not head:
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the browser navigated away mid-transfer

        def not_found(self, root, head: bool):
            page = root / "404.html"
            if page.is_file():
                self.send_file(page, 404, head)
            else:
                self.send_error(404)

        def handle_any(self, head: bool):
            path = urllib.parse.urlsplit(self.path).path
            path = urllib.parse.unquote(path)
            if slow and slow[0].search(path):
                time.sleep(slow[1])
            # The longest prefix first, as a project site under /<repo>/ is
            # served ahead of the account's site at "/".
            for prefix, root in sorted(sites, key=lambda site: -len(site[0])):
                if path == prefix.rstrip("/") and prefix != "/":
                    self.send_response(301)
                    self.send_header("Location", prefix)
                    self.end_headers()
                    return
                if path.startswith(prefix):
                    break
            else:
                return self.not_found(sites[-1][1], head)
            rel = posixpath.normpath(path[len(prefix):] or ".")
            if rel.startswith(".."):
                return self.not_found(root, head)
            target = (root / rel).resolve()
            if root not in target.parents and target != root:
                return self.not_found(root, head)
            if target.is_dir():
                if not path.endswith("/"):
                    query = urllib.parse.urlsplit(self.path).query
                    self.send_response(301)
                    self.send_header("Location", path + "/" + ("?" + query if query else ""))
                    self.end_headers()
                    return
                target = target / "index.html"
            elif not path.endswith("/") and not target.is_file():
                target = target.with_name(target.name + ".html")
            if target.is_file():
                return self.send_file(target, 200, head)
            return self.not_found(root, head)

        def do_GET(self):
            self.handle_any(head=False)

        def do_HEAD(self):
            self.handle_any(head=True)

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root")
    parser.add_argument("--prefix", default="/leader-leader/")
    parser.add_argument("--port", type=int, default=4173)
    parser.add_argument("--also", nargs=2, action="append", default=[], metavar=("PREFIX", "ROOT"))
    parser.add_argument("--slow", nargs=2, metavar=("REGEX", "SECONDS"))
    args = parser.parse_args()
    sites = [(args.prefix, args.root), *args.also]
    slow = (re.compile(args.slow[0]), float(args.slow[1])) if args.slow else None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(sites, slow))
    port = server.server_address[1]
    for prefix, root in sites:
        print(f"Serving {pathlib.Path(root).resolve()} at http://127.0.0.1:{port}{normal_prefix(prefix)}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
