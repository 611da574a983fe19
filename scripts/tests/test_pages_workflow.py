"""The Pages workflow deploys the very folder the tests ran against."""
import re
import unittest

import _paths

ROOT = _paths.SCRIPTS.parent
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def jobs(text):
    """Each job's lines, by name (the workflow's jobs are two-space keys;
    no YAML library on a fresh machine, so read the layout directly)."""
    body = text.split("\njobs:\n", 1)[1]
    found, name = {}, None
    for line in body.splitlines():
        m = re.match(r"^  ([A-Za-z0-9_-]+):\s*$", line)
        if m:
            name = m.group(1)
            found[name] = []
        elif name:
            found[name].append(line)
    return {k: "\n".join(v) for k, v in found.items()}


def runs(job):
    return re.findall(r"^\s*(?:- )?run:\s*(.+)$", job, re.M)


def uses(job):
    return re.findall(r"^\s*(?:- )?uses:\s*(\S+)", job, re.M)


class PagesWorkflow(unittest.TestCase):
    def setUp(self):
        self.jobs = jobs(WORKFLOW.read_text())

    def tested_folder(self):
        test_sh = (ROOT / "scripts" / "test.sh").read_text()
        built = re.findall(r'scripts/build\.sh"?\s+(\S+)', test_sh)
        self.assertEqual(len(built), 1, "test.sh builds the site exactly once")
        return built[0]

    def test_the_deploy_job_builds_nothing(self):
        deploy = self.jobs["deploy"]
        self.assertRegex(deploy, r"\n    needs: \[?test\]?\n")
        self.assertEqual(runs(deploy), [], "deploy runs no commands of its own")
        self.assertTrue(any(u.startswith("actions/deploy-pages@") for u in uses(deploy)))
        self.assertFalse(any(u.startswith("actions/checkout@") for u in uses(deploy)))

    def test_the_uploaded_artifact_is_the_tested_build(self):
        test = self.jobs["test"]
        self.assertIn("bash scripts/test.sh", runs(test))
        upload = [u for u in uses(test) if u.startswith("actions/upload-pages-artifact@")]
        self.assertEqual(len(upload), 1)
        after = test.split("actions/upload-pages-artifact@", 1)[1]
        self.assertEqual(re.search(r"\n\s+path:\s*(\S+)", after).group(1), self.tested_folder())

    def test_the_tests_run_on_the_repository_sub_path(self):
        # The tested build is built for the sub-path it is deployed under.
        self.assertRegex(self.jobs["test"], r"\n      PUBLIC_URL: .*github\.event\.repository\.name")

    def test_the_site_address_is_known_to_the_build(self):
        # Each page's canonical link and the sitemap need it.
        self.assertRegex(self.jobs["test"], r"\n      SITE_URL: .*github\.io.*github\.event\.repository\.name")


if __name__ == "__main__":
    unittest.main()
