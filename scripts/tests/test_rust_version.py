"""env.sh's use_tested_rust: the tested Rust or a clear stop, never a silent other."""
import os
import pathlib
import subprocess
import tempfile
import textwrap
import unittest

import _paths

ENV_SH = _paths.SCRIPTS / "env.sh"


def tested_version():
    for line in ENV_SH.read_text().splitlines():
        if line.startswith("RUST_VERSION="):
            return line.split("=", 1)[1].strip('"')
    raise AssertionError("env.sh names no RUST_VERSION")


class UseTestedRust(unittest.TestCase):
    def run_with(self, rustc_version, installed, install_works):
        """Runs use_tested_rust with a fake rustc and rustup; returns
        (exit code, RUSTUP_TOOLCHAIN afterwards, stderr)."""
        with tempfile.TemporaryDirectory() as home:
            fake = pathlib.Path(home, "fake")
            fake.mkdir()
            listing = pathlib.Path(home, "toolchains")
            listing.write_text("".join(f"{t}-x86_64-unknown-linux-gnu\n" for t in installed))
            (fake / "rustc").write_text(f"#!/bin/sh\necho 'rustc {rustc_version} (0000000 2026-01-01)'\n")
            (fake / "rustup").write_text(textwrap.dedent(f"""\
                #!/bin/sh
                if [ "$1 $2" = "toolchain list" ]; then cat "{listing}"; exit 0; fi
                if [ "$1 $2" = "toolchain install" ]; then
                  {'echo "$3-x86_64-unknown-linux-gnu" >> "' + str(listing) + '"; exit 0' if install_works else 'exit 1'}
                fi
                exit 1
                """))
            for tool in ("rustc", "rustup"):
                (fake / tool).chmod(0o755)
            script = f'source "{ENV_SH}"; use_tested_rust; rc=$?; echo "rc=$rc tc=${{RUSTUP_TOOLCHAIN:-}}"'
            env = {"HOME": home, "PATH": f"{fake}:/usr/bin:/bin"}
            out = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True)
            last = out.stdout.strip().splitlines()[-1]
            rc, tc = last.split(" ")
            return int(rc[3:]), tc[3:], out.stderr

    def test_the_tested_version_is_used_as_it_is(self):
        rc, tc, _ = self.run_with(f"{tested_version()}.0", [], install_works=False)
        self.assertEqual((rc, tc), (0, ""))

    def test_another_default_switches_to_an_installed_tested_toolchain(self):
        v = tested_version()
        rc, tc, _ = self.run_with("9.99.0", ["stable", f"{v}.0"], install_works=False)
        self.assertEqual(rc, 0)
        self.assertEqual(tc, f"{v}.0-x86_64-unknown-linux-gnu")

    def test_another_default_installs_the_tested_version_when_it_can(self):
        v = tested_version()
        rc, tc, _ = self.run_with("9.99.0", ["stable"], install_works=True)
        self.assertEqual(rc, 0)
        self.assertTrue(tc.startswith(v), tc)

    def test_another_version_that_cannot_be_installed_stops_with_a_message(self):
        rc, tc, err = self.run_with("9.99.0", ["stable"], install_works=False)
        self.assertEqual(rc, 1)
        self.assertEqual(tc, "")
        self.assertIn(f"tested with Rust {tested_version()}", err)
        self.assertIn("rustc is 9.99.0", err)

    def test_a_version_that_only_starts_alike_is_another_version(self):
        v = tested_version()
        rc, _, _ = self.run_with(f"{v}0.0", ["stable"], install_works=False)
        self.assertEqual(rc, 1)


if __name__ == "__main__":
    unittest.main()
