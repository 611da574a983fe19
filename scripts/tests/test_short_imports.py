"""short_imports.shorten on a tiny module and glue built here."""
import re
import unittest

import _paths  # noqa: F401
import short_imports
from short_imports import _leb, _uleb

GLUE = "./app_bg.js"
ONCE = "__wbg_log_0123456789abcdef"
TWICE = "__wbg_now_fedcba9876543210"
OTHER = "__wbg_other_00112233aabbccdd"


def name(s):
    b = s.encode()
    return _uleb(len(b)) + b


def section(sid, body):
    return bytes([sid]) + _uleb(len(body)) + body


def module(imports):
    """A wasm module: one function type, the given imports (module, field,
    description bytes), and a custom section after them."""
    types = section(1, b"\x01\x60\x00\x00")  # one type: () -> ()
    body = _uleb(len(imports))
    for mod, field, desc in imports:
        body += name(mod) + name(field) + desc
    custom = section(0, name("note") + b"kept as is")
    return b"\0asm\x01\0\0\0" + types + section(2, body) + custom


def imports_of(wasm):
    """[(module, field, description)] of the import section, and the other
    sections' bytes."""
    i, found, others = 8, [], []
    while i < len(wasm):
        sid = wasm[i]
        size, start = _leb(wasm, i + 1)
        end = start + size
        if sid == 2:
            count, k = _leb(wasm, start)
            for _ in range(count):
                n, k = _leb(wasm, k)
                mod = wasm[k : k + n].decode()
                k += n
                n, k = _leb(wasm, k)
                field = wasm[k : k + n].decode()
                k += n
                d = short_imports._import_desc_end(wasm, k)
                found.append((mod, field, wasm[k:d]))
                k = d
            assert k == end, "the import section's size is right"
        else:
            others.append(wasm[i:end])
        i = end
    return found, others


FUNC = b"\x00\x00"  # function of type 0
MEMORY = b"\x02\x01\x11\x80\x02"  # memory, limits 17..256
GLOBAL = b"\x03\x7f\x00"  # immutable i32


class Shorten(unittest.TestCase):
    def setUp(self):
        self.wasm = module(
            [
                (GLUE, ONCE, FUNC),
                (GLUE, TWICE, FUNC),
                ("env", OTHER, FUNC),
                ("env", "memory", MEMORY),
                ("env", "g", GLOBAL),
            ]
        )
        self.js = (
            "const imports = {};\n"
            f"imports.wbg = {{ {ONCE}: function(a) {{ console.log(a); }},\n"
            f"  {TWICE} : function() {{ return Date.now(); }} }};\n"
            f"export function {TWICE}_again() {{}}\n"  # not the same token
            f"const t = {TWICE};\n"
            f"const o = {{ {OTHER}: 1 }};\n"
        )

    def test_a_key_used_once_is_renamed_in_wasm_and_glue_alike(self):
        wasm, js, renamed = short_imports.shorten(self.wasm, self.js, GLUE)
        self.assertEqual(renamed, 1)
        found, _ = imports_of(wasm)
        new = found[0][1]
        self.assertLess(len(new), 3)
        self.assertEqual(found[0], (GLUE, new, FUNC))
        self.assertNotIn(ONCE, js)
        self.assertRegex(js, r"\{ " + re.escape(new) + r": function\(a\)")
        # The glue's own code is untouched around it.
        self.assertIn("console.log(a)", js)

    def test_names_used_elsewhere_or_from_other_modules_stay(self):
        wasm, js, _ = short_imports.shorten(self.wasm, self.js, GLUE)
        found, _ = imports_of(wasm)
        self.assertEqual(found[1], (GLUE, TWICE, FUNC))
        self.assertEqual(found[2:], [("env", OTHER, FUNC), ("env", "memory", MEMORY), ("env", "g", GLOBAL)])
        self.assertEqual(js.count(TWICE), 3)
        self.assertIn(f"{{ {OTHER}: 1 }}", js)

    def test_other_sections_are_kept_byte_for_byte(self):
        wasm, _, _ = short_imports.shorten(self.wasm, self.js, GLUE)
        _, before = imports_of(self.wasm)
        _, after = imports_of(wasm)
        self.assertEqual(before, after)
        self.assertTrue(wasm.startswith(b"\0asm\x01\0\0\0"))

    def test_short_names_never_clash_with_the_glue(self):
        # "a" and "b" are already names in the glue: the import gets another.
        js = self.js + "let a = 1, b = 2;\n"
        wasm, js2, renamed = short_imports.shorten(self.wasm, js, GLUE)
        self.assertEqual(renamed, 1)
        new = imports_of(wasm)[0][0][1]
        self.assertNotIn(new, ("a", "b"))
        self.assertEqual(len(re.findall(r"(?<![\w$])" + new + r"(?![\w$])", js2)), 1)

    def test_many_imports_get_distinct_names(self):
        names = [f"__wbg_f{i}_{i:016x}" for i in range(60)]
        wasm = module([(GLUE, n, FUNC) for n in names])
        js = "const o = {" + ", ".join(f"{n}: () => {i}" for i, n in enumerate(names)) + "};"
        wasm2, js2, renamed = short_imports.shorten(wasm, js, GLUE)
        self.assertEqual(renamed, 60)
        new = [f for _, f, _ in imports_of(wasm2)[0]]
        self.assertEqual(len(set(new)), 60)
        for i, n in enumerate(new):
            self.assertIn(f"{n}: () => {i}", js2)

    def test_refuses_what_is_not_wasm(self):
        with self.assertRaises(SystemExit):
            short_imports.shorten(b"not wasm at all", "", GLUE)


if __name__ == "__main__":
    unittest.main()
