"""post_build.minify_css keeps what the stylesheet means."""
import unittest

import _paths  # noqa: F401
from post_build import minify_css


class MinifyCss(unittest.TestCase):
    def test_comments_and_needless_spaces_go(self):
        css = "/* header */\n.a ,\n.b  {\n  color : red ;\n  margin: 0 auto;\n}\n/* end */\n"
        self.assertEqual(minify_css(css), ".a,.b{color : red;margin: 0 auto}")

    def test_strings_are_copied_as_they_are(self):
        css = (
            '.q::before { content: "a  b; /* not a comment */ }"; }\n'
            ".r::after { content: 'it\\'s  ;  {x}'; }\n"
        )
        out = minify_css(css)
        self.assertIn('content: "a  b; /* not a comment */ }"', out)
        self.assertIn("content: 'it\\'s  ;  {x}'", out)
        self.assertEqual(out.count("{"), 3)

    def test_spaces_that_mean_something_stay(self):
        css = (
            "nav a :focus { width: calc(100% - 2 * 1rem); }\n"
            "a + b ~ c { margin: -1px 2px; }\n"
            "@media (min-width: 40em) and (prefers-color-scheme: dark) {\n"
            "  .x { grid-template-areas: 'a b' 'c d'; }\n"
            "}\n"
        )
        out = minify_css(css)
        self.assertIn("nav a :focus{", out)
        self.assertIn("calc(100% - 2 * 1rem)", out)
        self.assertIn("a + b ~ c{", out)
        self.assertIn("margin: -1px 2px", out)
        # `and(` would be a function, not the keyword.
        self.assertIn("@media (min-width: 40em) and (prefers-color-scheme: dark){", out)
        self.assertIn("grid-template-areas: 'a b' 'c d'}", out)

    def test_urls_and_custom_properties(self):
        css = (
            ":root {\n  --gap: 1rem ;\n  --font: system-ui, sans-serif;\n}\n"
            '.i { background: url("img/a b.svg") no-repeat, url(data:image/png;base64,AAAA); }\n'
            ".j { padding: var( --gap ); }\n"
        )
        out = minify_css(css)
        self.assertIn(":root{--gap: 1rem;--font: system-ui,sans-serif}", out)
        self.assertIn('url("img/a b.svg") no-repeat,url(data:image/png;base64,AAAA)}', out)
        self.assertIn("var( --gap )", out)

    def test_a_comment_between_words_still_separates_them(self):
        self.assertEqual(minify_css(".a{margin:1px/* x */2px}"), ".a{margin:1px 2px}")

    def test_minifying_twice_changes_nothing_more(self):
        css = ".a > .b { content: ' ; '; }\n\n@media print { .c { display: none } }\n"
        once = minify_css(css)
        self.assertEqual(once, ".a>.b{content: ' ; '}@media print{.c{display: none}}")
        self.assertEqual(minify_css(once), once)


if __name__ == "__main__":
    unittest.main()
