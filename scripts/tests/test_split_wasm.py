"""The checks split_wasm.py makes before it splits cargo's wasm."""
import json
import os
import pathlib
import tempfile
import unittest

import _paths  # noqa: F401
import split_wasm


class FindsCargosWasm(unittest.TestCase):
    def test_the_target_directory_comes_from_cargo_metadata(self):
        text = json.dumps({"packages": [], "target_directory": "/elsewhere/tgt", "version": 1})
        self.assertEqual(split_wasm.target_directory(text), pathlib.Path("/elsewhere/tgt"))

    def test_dep_info_lists_every_source_even_with_spaces(self):
        text = "/t/app.wasm: /s/src/main.rs /s/my\\ dir/a.rs\n\n/s/src/main.rs:\n"
        self.assertEqual(
            split_wasm.dep_info_sources(text),
            [pathlib.Path("/s/src/main.rs"), pathlib.Path("/s/my dir/a.rs")],
        )


class RefusesAStaleWasm(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        d = pathlib.Path(self.dir.name)
        self.src, self.wasm = d / "lib.rs", d / "app.wasm"
        self.src.write_text("fn main() {}")
        self.wasm.write_bytes(b"\0asm")
        (d / "app.d").write_text(f"{self.wasm}: {self.src}\n")
        os.utime(self.src, (1_000, 1_000))
        os.utime(self.wasm, (2_000, 2_000))

    def tearDown(self):
        self.dir.cleanup()

    def test_a_wasm_newer_than_its_sources_is_current(self):
        self.assertEqual(split_wasm.stale_sources(self.wasm), [])

    def test_a_source_changed_after_the_wasm_makes_it_stale(self):
        os.utime(self.src, (3_000, 3_000))
        self.assertEqual(split_wasm.stale_sources(self.wasm), [self.src])

    def test_a_missing_source_makes_it_stale(self):
        self.src.unlink()
        self.assertEqual(split_wasm.stale_sources(self.wasm), [self.src])

    def test_without_dep_info_the_crate_sources_are_compared(self):
        (pathlib.Path(self.dir.name) / "app.d").unlink()
        newest = max(p.stat().st_mtime for p in (split_wasm.ROOT / "src").rglob("*.rs"))
        os.utime(self.wasm, (newest - 1, newest - 1))
        self.assertNotEqual(split_wasm.stale_sources(self.wasm), [])
        os.utime(self.wasm, (newest + 1, newest + 1))
        self.assertEqual(split_wasm.stale_sources(self.wasm), [])


LOCK = """
[[package]]
name = "wasm_split_helpers"
version = "0.2.3"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "wasm_split_macros"
version = "0.2.2"
"""

INSTALLED = """trunk v0.21.14:
    trunk
wasm-bindgen-cli v0.2.130:
    wasm-bindgen
wasm_split_cli_support v0.2.4:
    wasm-split-cli
"""


class SplitToolVersions(unittest.TestCase):
    def test_versions_are_read_from_the_lock_and_the_install_list(self):
        self.assertEqual(split_wasm.lock_version(LOCK, "wasm_split_helpers"), "0.2.3")
        self.assertEqual(split_wasm.lock_version(LOCK, "wasm_split_macros"), "0.2.2")
        self.assertIsNone(split_wasm.lock_version(LOCK, "wasm_split"))
        self.assertEqual(split_wasm.installed_version(INSTALLED, "wasm_split_cli_support"), "0.2.4")
        self.assertIsNone(split_wasm.installed_version(INSTALLED, "wasm_split"))

    def test_only_the_same_line_belongs_together(self):
        self.assertTrue(split_wasm.same_line("0.2.3", "0.2.4"))
        self.assertFalse(split_wasm.same_line("0.2.4", "0.3.0"))
        self.assertFalse(split_wasm.same_line("0.2.4", "1.2.4"))
        self.assertTrue(split_wasm.same_line("1.2.0", "1.9.1"))
        self.assertFalse(split_wasm.same_line("1.2.0", "2.0.0"))

    def test_this_checkout_passes(self):
        split_wasm.check_split_versions()


if __name__ == "__main__":
    unittest.main()
