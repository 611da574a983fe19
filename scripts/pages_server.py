#!/usr/bin/env python3
"""Serves a built site the way GitHub Pages serves a project site.

The site lives under a sub-path (/<repo>/). A file that exists is served with
status 200; a folder is served through its index.html; "/<repo>" redirects to
"/<repo>/"; any other path gets the site's 404.html with status 404, which is
how a deep link or a reload reaches the app on GitHub Pages.

Usage: pages_server.py ROOT [--prefix /leader-leader/] [--port 4173]
Listens on 127.0.0.1 only.
"""
import argparse
import gzip
import http.server
import mimetypes
import pathlib
import posixpath
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


def make_handler(root: pathlib.Path, prefix: str):
    class Handler(http.server.BaseHTTPRequestHandler):
        server_version = "pages-like"

        def log_message(self, fmt, *args):  # quiet: tests read their own logs
            pass

        def send_file(self, path: pathlib.Path, status: int, head: bool):
            body = path.read_bytes()
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
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()
            if not head:
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the browser navigated away mid-transfer

        def not_found(self, head: bool):
            page = root / "404.html"
            if page.is_file():
                self.send_file(page, 404, head)
            else:
                self.send_error(404)

        def handle_any(self, head: bool):
            path = urllib.parse.urlsplit(self.path).path
            path = urllib.parse.unquote(path)
            if path == prefix.rstrip("/"):
                self.send_response(301)
                self.send_header("Location", prefix)
                self.end_headers()
                return
            if not path.startswith(prefix):
                return self.not_found(head)
            rel = posixpath.normpath(path[len(prefix):] or ".")
            if rel.startswith(".."):
                return self.not_found(head)
            target = (root / rel).resolve()
            if root not in target.parents and target != root:
                return self.not_found(head)
            if target.is_dir():
                target = target / "index.html"
            if target.is_file():
                return self.send_file(target, 200, head)
            return self.not_found(head)

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
    args = parser.parse_args()
    prefix = "/" + args.prefix.strip("/") + "/"
    root = pathlib.Path(args.root).resolve()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(root, prefix))
    print(f"Serving {root} at http://127.0.0.1:{args.port}{prefix}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
