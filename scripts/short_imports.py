"""Gives the main module's JavaScript imports short names.

wasm-bindgen names every function the wasm imports from its JavaScript glue
`__wbg_<name>_<16 hex digits>`, and each name appears twice in what a visitor
downloads: in the wasm's import section and as a key in the glue. The hex
digits do not compress. Renaming each import to a short name ("a", "b", ...,
"Ab", ...) in both places, consistently, changes nothing else: measured, the
first load is about 5.6 KB gzipped smaller.

A name is renamed only when it appears exactly once in the glue, as an object
key (the import object wasm-bindgen builds); any other use leaves it alone.
split_wasm.py calls shorten() on release builds, before wasm-opt and terser.
"""
import re


def _leb(data, i):
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def _uleb(n):
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | 0x80 if n else byte)
        if not n:
            return bytes(out)


def _short_names():
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    n = 0
    while True:
        name, k = "", n
        while True:
            name = letters[k % 52] + name
            k //= 52
            if k == 0:
                break
        n += 1
        yield name


def _token(name):
    return re.compile(r"(?<![\w$])" + re.escape(name) + r"(?![\w$])")


def _import_desc_end(wasm, k):
    """Where the import description starting at `k` ends."""
    kind = wasm[k]
    k += 1
    if kind == 0:  # function: type index
        _, k = _leb(wasm, k)
    elif kind in (1, 2):  # table (element type, limits) or memory (limits)
        if kind == 1:
            k += 1
        flags, k = _leb(wasm, k)
        _, k = _leb(wasm, k)
        if flags & 1:
            _, k = _leb(wasm, k)
    elif kind == 3:  # global: value type, mutability
        k += 2
    elif kind == 4:  # tag: attribute, type index
        k += 1
        _, k = _leb(wasm, k)
    else:
        raise SystemExit(f"short_imports.py: unknown import kind {kind}")
    return k


def shorten(wasm, js, module):
    """Returns (wasm, js) with the imports from `module` renamed, and how
    many were renamed."""
    if wasm[:8] != b"\0asm\x01\0\0\0":
        raise SystemExit("short_imports.py: not a WebAssembly module")
    out = bytearray(wasm[:8])
    names = _short_names()
    renamed = 0
    i = 8
    while i < len(wasm):
        section = wasm[i]
        size, start = _leb(wasm, i + 1)
        end = start + size
        if section != 2:
            out += wasm[i:end]
            i = end
            continue
        count, k = _leb(wasm, start)
        body = bytearray(_uleb(count))
        for _ in range(count):
            length, k = _leb(wasm, k)
            mod = wasm[k : k + length]
            k += length
            length, k = _leb(wasm, k)
            field = wasm[k : k + length].decode()
            k += length
            desc_end = _import_desc_end(wasm, k)
            desc = wasm[k:desc_end]
            k = desc_end
            if mod.decode() == module:
                uses = _token(field).findall(js)
                as_key = re.search(_token(field).pattern + r"\s*:", js)
                if len(uses) == 1 and as_key:
                    new = next(names)
                    while _token(new).search(js):
                        new = next(names)
                    js = _token(field).sub(new, js)
                    field = new
                    renamed += 1
            field = field.encode()
            body += _uleb(len(mod)) + mod + _uleb(len(field)) + field + desc
        if k != end:
            raise SystemExit("short_imports.py: the import section did not parse")
        out += bytes([2]) + _uleb(len(body)) + body
        i = end
    return bytes(out), js, renamed
