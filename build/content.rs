//! The content files: read every language's TOML files, check each against
//! English, and write the Rust that holds them as static data.
//!
//! Used by `build.rs` (every build) and by `tests/content_files.rs` (the
//! checks' own tests, and "every language has every key and every id").
//! Plain `std` and `toml`'s span-keeping parser, nothing else, so that a
//! message can name the file, the key and the line.
//!
//! The rules, in the words the README gives a content editor:
//! - English (`content/en/`) is the reference. Every other language has the
//!   same files, the same keys, the same number of entries in each list and
//!   the same ids in the same order.
//! - Every value is text, a list of texts, a table or a list of tables; a
//!   list of tables has the same keys in every entry. `id` values are not
//!   translated.
//! - No text is empty, and each text names the same `{placeholders}` as its
//!   English one.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// The reference language: its files define every key, list and id.
pub const REFERENCE: &str = "en";

/// The file that names each language in itself (top-level texts only):
/// every build carries it for every language.
pub const LANGUAGE_FILE: &str = "language";

/// One problem in the content files, located for the person who fixes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file, as `content/<lang>/<name>.toml`.
    pub file: String,
    /// 1-based line in that file.
    pub line: usize,
    /// The key path, as `step[2].tips`.
    pub key: String,
    /// What is wrong, and where English has it when that helps.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.key.is_empty() {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        } else {
            write!(
                f,
                "{}:{}: `{}`: {}",
                self.file, self.line, self.key, self.message
            )
        }
    }
}

/// A content value with everything but its shape and text taken away.
#[derive(Clone, Debug)]
pub enum Node {
    Text(String, usize),
    Texts(Vec<(String, usize)>, usize),
    Table(Table),
    Tables(Vec<Table>, usize),
}

/// A table: its keys in the file's order, and the line it starts on.
#[derive(Clone, Debug, Default)]
pub struct Table {
    pub line: usize,
    pub entries: Vec<(String, usize, Node)>,
}

impl Table {
    fn get(&self, key: &str) -> Option<&(String, usize, Node)> {
        self.entries.iter().find(|(k, _, _)| k == key)
    }
}

/// One file of one language.
#[derive(Clone, Debug)]
pub struct File {
    /// `content/<lang>/<name>.toml`, for messages.
    pub label: String,
    /// The file's name without `.toml`: the Rust module's name.
    pub name: String,
    pub root: Table,
}

/// Every file of one language.
#[derive(Clone, Debug)]
pub struct Language {
    pub code: String,
    pub files: Vec<File>,
}

fn line_of(source: &str, span: &Range<usize>) -> usize {
    source[..span.start.min(source.len())].matches('\n').count() + 1
}

/// Reads `<dir>/<lang>/*.toml` for every language folder, English first.
pub fn read_all(dir: &Path) -> Result<Vec<Language>, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut codes: Vec<String> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect(),
        Err(e) => {
            return Err(vec![Problem {
                file: dir.display().to_string(),
                line: 1,
                key: String::new(),
                message: format!("cannot read the content folder: {e}"),
            }])
        }
    };
    codes.sort();
    if !codes.iter().any(|c| c == REFERENCE) {
        return Err(vec![Problem {
            file: dir.display().to_string(),
            line: 1,
            key: String::new(),
            message: format!("there is no `{REFERENCE}` folder; English is the reference"),
        }]);
    }
    codes.retain(|c| c != REFERENCE);
    codes.insert(0, REFERENCE.to_string());
    let mut languages = Vec::new();
    for code in codes {
        if !is_language_code(&code) {
            problems.push(Problem {
                file: format!("content/{code}"),
                line: 1,
                key: String::new(),
                message: "a language folder is named by its two-letter code (`de`, `pt`)"
                    .to_string(),
            });
            continue;
        }
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir.join(&code))
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                    .collect()
            })
            .unwrap_or_default();
        paths.sort();
        let mut files = Vec::new();
        for path in paths {
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let label = format!("content/{code}/{name}.toml");
            let source = match std::fs::read_to_string(&path) {
                Ok(s) => s,
                Err(e) => {
                    problems.push(Problem {
                        file: label,
                        line: 1,
                        key: String::new(),
                        message: format!("cannot be read as UTF-8 text: {e}"),
                    });
                    continue;
                }
            };
            match parse(&label, &name, &source) {
                Ok(file) => files.push(file),
                Err(mut p) => problems.append(&mut p),
            }
        }
        languages.push(Language { code, files });
    }
    if problems.is_empty() {
        Ok(languages)
    } else {
        Err(problems)
    }
}

fn is_language_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// Parses one file into its shape, refusing what content files may not hold.
pub fn parse(label: &str, name: &str, source: &str) -> Result<File, Vec<Problem>> {
    let mut problems = Vec::new();
    if !is_identifier(name) {
        problems.push(Problem {
            file: label.to_string(),
            line: 1,
            key: String::new(),
            message: "a content file's name is lower-case letters, digits and `_`".to_string(),
        });
    }
    let table = match DeTable::parse(source) {
        Ok(t) => t,
        Err(e) => {
            let line = e.span().map(|s| line_of(source, &s)).unwrap_or(1);
            problems.push(Problem {
                file: label.to_string(),
                line,
                key: String::new(),
                message: format!("not valid TOML: {}", e.message().trim()),
            });
            return Err(problems);
        }
    };
    let ctx = Ctx { label, source };
    let root = ctx.table(table.get_ref(), 1, "", &mut problems);
    if problems.is_empty() {
        Ok(File {
            label: label.to_string(),
            name: name.to_string(),
            root,
        })
    } else {
        Err(problems)
    }
}

struct Ctx<'a> {
    label: &'a str,
    source: &'a str,
}

impl Ctx<'_> {
    fn problem(&self, line: usize, key: &str, message: impl Into<String>) -> Problem {
        Problem {
            file: self.label.to_string(),
            line,
            key: key.to_string(),
            message: message.into(),
        }
    }

    fn table(&self, table: &DeTable, line: usize, path: &str, out: &mut Vec<Problem>) -> Table {
        let mut entries: Vec<(String, usize, Node)> = Vec::new();
        let mut sorted: Vec<_> = table.iter().collect();
        sorted.sort_by_key(|(k, _)| k.span().start);
        for (key, value) in sorted {
            let k = key.get_ref().to_string();
            let key_line = line_of(self.source, &key.span());
            let here = join(path, &k);
            if !is_identifier(&k) {
                out.push(self.problem(
                    key_line,
                    &here,
                    "a key is lower-case letters, digits and `_`, starting with a letter",
                ));
                continue;
            }
            if let Some(node) = self.value(value, key_line, &here, out) {
                entries.push((k, key_line, node));
            }
        }
        Table { line, entries }
    }

    fn value(
        &self,
        value: &Spanned<DeValue>,
        key_line: usize,
        path: &str,
        out: &mut Vec<Problem>,
    ) -> Option<Node> {
        let line = line_of(self.source, &value.span()).max(key_line);
        match value.get_ref() {
            DeValue::String(s) => Some(Node::Text(s.to_string(), line)),
            DeValue::Table(t) => Some(Node::Table(self.table(t, key_line, path, out))),
            DeValue::Array(items) => {
                if items.is_empty() {
                    out.push(self.problem(
                        key_line,
                        path,
                        "an empty list; leave the key out of the code instead, or give it entries",
                    ));
                    return None;
                }
                if items
                    .iter()
                    .all(|i| matches!(i.get_ref(), DeValue::String(_)))
                {
                    let texts = items
                        .iter()
                        .map(|i| match i.get_ref() {
                            DeValue::String(s) => (s.to_string(), line_of(self.source, &i.span())),
                            _ => unreachable!(),
                        })
                        .collect();
                    Some(Node::Texts(texts, key_line))
                } else if items
                    .iter()
                    .all(|i| matches!(i.get_ref(), DeValue::Table(_)))
                {
                    let tables = items
                        .iter()
                        .enumerate()
                        .map(|(n, i)| match i.get_ref() {
                            DeValue::Table(t) => {
                                let l = line_of(self.source, &i.span());
                                self.table(t, l, &format!("{path}[{}]", n + 1), out)
                            }
                            _ => unreachable!(),
                        })
                        .collect();
                    Some(Node::Tables(tables, key_line))
                } else {
                    out.push(self.problem(
                        key_line,
                        path,
                        "a list holds only texts or only tables",
                    ));
                    None
                }
            }
            _ => {
                out.push(self.problem(
                    line,
                    path,
                    "content files hold text: put the value in quotes",
                ));
                None
            }
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !RUST_KEYWORDS.contains(&s)
}

const RUST_KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use",
    "where", "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv",
    "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// The `{name}` placeholders in a text, in order of first use.
pub fn placeholders(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        if let Some(close) = rest.find('}') {
            let name = &rest[..close];
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                found.insert(name.to_string());
            }
            rest = &rest[close + 1..];
        }
    }
    found
}

/// Checks every language: English's own rules (no empty text, one shape per
/// list of tables, ids unique), then every other language against English.
pub fn check(languages: &[Language]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let Some(reference) = languages.iter().find(|l| l.code == REFERENCE) else {
        return problems;
    };
    for file in &reference.files {
        check_reference(file, &file.root, "", &mut problems);
    }
    for language in languages {
        for file in language.files.iter().filter(|f| f.name == LANGUAGE_FILE) {
            for (key, line, node) in &file.root.entries {
                if !matches!(node, Node::Text(..)) {
                    problems.push(Problem {
                        file: file.label.clone(),
                        line: *line,
                        key: key.clone(),
                        message: format!("{LANGUAGE_FILE}.toml holds only texts at its top level"),
                    });
                }
            }
        }
    }
    for language in languages.iter().filter(|l| l.code != REFERENCE) {
        for english in &reference.files {
            match language.files.iter().find(|f| f.name == english.name) {
                Some(file) => compare(file, english, &file.root, &english.root, "", &mut problems),
                None => problems.push(Problem {
                    file: format!("content/{}/{}.toml", language.code, english.name),
                    line: 1,
                    key: String::new(),
                    message: format!(
                        "missing: every language has the files English has ({})",
                        english.label
                    ),
                }),
            }
        }
        for file in &language.files {
            if !reference.files.iter().any(|f| f.name == file.name) {
                problems.push(Problem {
                    file: file.label.clone(),
                    line: 1,
                    key: String::new(),
                    message: format!(
                        "extra file: English has no content/{REFERENCE}/{}.toml",
                        file.name
                    ),
                });
            }
        }
    }
    problems
}

fn check_text(file: &File, text: &str, line: usize, path: &str, out: &mut Vec<Problem>) {
    if text.trim().is_empty() {
        out.push(Problem {
            file: file.label.clone(),
            line,
            key: path.to_string(),
            message: "empty text".to_string(),
        });
    }
}

fn check_reference(file: &File, table: &Table, path: &str, out: &mut Vec<Problem>) {
    for (key, _line, node) in &table.entries {
        let here = join(path, key);
        match node {
            Node::Text(text, line) => check_text(file, text, *line, &here, out),
            Node::Texts(texts, _) => {
                for (n, (text, line)) in texts.iter().enumerate() {
                    check_text(file, text, *line, &format!("{here}[{}]", n + 1), out);
                }
            }
            Node::Table(t) => check_reference(file, t, &here, out),
            Node::Tables(tables, line) => {
                let shape: Vec<&str> = tables[0].entries.iter().map(|e| e.0.as_str()).collect();
                let mut ids = BTreeMap::new();
                for (n, t) in tables.iter().enumerate() {
                    let item = format!("{here}[{}]", n + 1);
                    let keys: Vec<&str> = t.entries.iter().map(|e| e.0.as_str()).collect();
                    let (mut a, mut b) = (keys.clone(), shape.clone());
                    a.sort();
                    b.sort();
                    if a != b {
                        out.push(Problem {
                            file: file.label.clone(),
                            line: t.line,
                            key: item.clone(),
                            message: format!(
                                "every entry of this list has the same keys as the first ({}); this one has {}",
                                shape.join(", "),
                                keys.join(", ")
                            ),
                        });
                    }
                    if let Some((_, l, Node::Text(id, _))) = t.get("id") {
                        if let Some(first) = ids.insert(id.clone(), *l) {
                            out.push(Problem {
                                file: file.label.clone(),
                                line: *l,
                                key: format!("{item}.id"),
                                message: format!("duplicated id `{id}` (first at line {first})"),
                            });
                        }
                    }
                    check_reference(file, t, &item, out);
                }
                let _ = line;
            }
        }
    }
}

fn entries(n: usize) -> String {
    if n == 1 {
        "1 entry".to_string()
    } else {
        format!("{n} entries")
    }
}

fn kind(node: &Node) -> &'static str {
    match node {
        Node::Text(..) => "a text",
        Node::Texts(..) => "a list of texts",
        Node::Table(_) => "a table",
        Node::Tables(..) => "a list of tables",
    }
}

fn compare(
    file: &File,
    english: &File,
    table: &Table,
    reference: &Table,
    path: &str,
    out: &mut Vec<Problem>,
) {
    let problem = |line: usize, key: &str, message: String| Problem {
        file: file.label.clone(),
        line,
        key: key.to_string(),
        message,
    };
    let other_length = |n: usize, english_n: usize, line: usize, eline: usize, key: &str| {
        (n != english_n).then(|| {
            problem(
                line,
                key,
                format!(
                    "{}; English has {english_n} ({}:{eline})",
                    entries(n),
                    english.label
                ),
            )
        })
    };
    for (key, eline, enode) in &reference.entries {
        let here = join(path, key);
        let Some((_, line, node)) = table.get(key) else {
            out.push(problem(
                table.line,
                &here,
                format!("missing key (English has it at {}:{eline})", english.label),
            ));
            continue;
        };
        match (node, enode) {
            (Node::Text(text, tline), Node::Text(etext, _)) => {
                if key == "id" {
                    if text != etext {
                        out.push(problem(
                            *tline,
                            &here,
                            format!("unknown id `{text}`: ids are not translated; English has `{etext}` here"),
                        ));
                    }
                    continue;
                }
                check_text(file, text, *tline, &here, out);
                compare_placeholders(file, english, text, etext, *tline, *eline, &here, out);
            }
            (Node::Texts(texts, tline), Node::Texts(etexts, _)) => {
                if let Some(p) = other_length(texts.len(), etexts.len(), *tline, *eline, &here) {
                    out.push(p);
                }
                for (n, ((text, l), (etext, el))) in texts.iter().zip(etexts).enumerate() {
                    let item = format!("{here}[{}]", n + 1);
                    check_text(file, text, *l, &item, out);
                    compare_placeholders(file, english, text, etext, *l, *el, &item, out);
                }
            }
            (Node::Table(t), Node::Table(et)) => compare(file, english, t, et, &here, out),
            (Node::Tables(tables, tline), Node::Tables(etables, _)) => {
                if let Some(p) = other_length(tables.len(), etables.len(), *tline, *eline, &here) {
                    out.push(p);
                }
                let mut seen = BTreeMap::new();
                for t in tables {
                    if let Some((_, l, Node::Text(id, _))) = t.get("id") {
                        if let Some(first) = seen.insert(id.clone(), *l) {
                            out.push(problem(
                                *l,
                                &format!("{here}.id"),
                                format!("duplicated id `{id}` (first at line {first})"),
                            ));
                        }
                    }
                }
                for (n, (t, et)) in tables.iter().zip(etables).enumerate() {
                    compare(file, english, t, et, &format!("{here}[{}]", n + 1), out);
                }
            }
            (node, enode) => out.push(problem(
                *line,
                &here,
                format!(
                    "{} here, {} in English ({}:{eline})",
                    kind(node),
                    kind(enode),
                    english.label
                ),
            )),
        }
    }
    for (key, line, _) in &table.entries {
        if reference.get(key).is_none() {
            out.push(problem(
                *line,
                &join(path, key),
                format!(
                    "extra key: English has no such key here ({}:{})",
                    english.label, reference.line
                ),
            ));
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn compare_placeholders(
    file: &File,
    english: &File,
    text: &str,
    etext: &str,
    line: usize,
    eline: usize,
    path: &str,
    out: &mut Vec<Problem>,
) {
    let (mine, theirs) = (placeholders(text), placeholders(etext));
    if mine != theirs {
        let show = |s: &BTreeSet<String>| {
            if s.is_empty() {
                "none".to_string()
            } else {
                s.iter()
                    .map(|p| format!("{{{p}}}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        out.push(Problem {
            file: file.label.clone(),
            line,
            key: path.to_string(),
            message: format!(
                "placeholders {} do not match English's {} ({}:{eline})",
                show(&mine),
                show(&theirs),
                english.label
            ),
        });
    }
}

// ---------------------------------------------------------------------------
// Writing the Rust.

/// The Rust source for the given languages. `only` picks the one language a
/// WebAssembly build carries; natively (`None`) every language is written and
/// the accessors read the thread's current language.
pub fn generate(languages: &[Language], only: Option<&str>) -> String {
    let mut out = String::new();
    let reference = &languages[0];
    let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
    out.push_str("// Generated by build.rs from content/*/*.toml. Do not edit.\n\n");
    out.push_str("/// A language the app speaks: one folder of `content/`.\n");
    out.push_str(
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum Lang {\n",
    );
    for c in &codes {
        let _ = writeln!(out, "    {},", camel(c));
    }
    out.push_str("}\n\nimpl Lang {\n    /// Every language, English first.\n");
    let _ = writeln!(
        out,
        "    pub const ALL: [Lang; {}] = [{}];",
        codes.len(),
        codes
            .iter()
            .map(|c| format!("Lang::{}", camel(c)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    out.push_str("    /// The language's code: its folder, its address prefix, `<html lang>`.\n");
    out.push_str("    pub fn code(self) -> &'static str {\n        match self {\n");
    for c in &codes {
        let _ = writeln!(out, "            Lang::{} => {c:?},", camel(c));
    }
    out.push_str("        }\n    }\n}\n\n");
    // `language.toml` names each language in itself and offers it: every
    // build carries these few words of every language, for the switcher and
    // the offer to a visitor whose browser prefers another language.
    if let Some(file) = reference.files.iter().find(|f| f.name == LANGUAGE_FILE) {
        out.push_str("impl Lang {\n");
        for (key, _, _) in &file.root.entries {
            let _ = writeln!(
                out,
                "    /// `{key}` in `content/<lang>/{LANGUAGE_FILE}.toml`, in that language.\n    pub fn {key}(self) -> &'static str {{\n        match self {{"
            );
            for lang in languages {
                let text = lang
                    .files
                    .iter()
                    .find(|f| f.name == LANGUAGE_FILE)
                    .and_then(|f| f.root.get(key))
                    .map(|(_, _, n)| match n {
                        Node::Text(t, _) => t.as_str(),
                        _ => "",
                    })
                    .unwrap_or("");
                let _ = writeln!(out, "            Lang::{} => {text:?},", camel(&lang.code));
            }
            out.push_str("        }\n    }\n");
        }
        out.push_str("}\n\n");
    }
    match only {
        Some(code) => {
            let _ = writeln!(
                out,
                "/// The language this build speaks.\npub const fn lang() -> Lang {{\n    Lang::{}\n}}\n",
                camel(code)
            );
        }
        None => {
            out.push_str(
                "thread_local! {\n    static LANG: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };\n}\n\n\
                 /// The language being rendered on this thread (English unless set).\n\
                 pub fn lang() -> Lang {\n    LANG.with(|l| l.get())\n}\n\n\
                 /// Renders what follows on this thread in `lang`.\n\
                 pub fn set_lang(lang: Lang) {\n    LANG.with(|l| l.set(lang));\n}\n\n",
            );
        }
    }
    let carried: Vec<&Language> = languages
        .iter()
        .filter(|l| only.is_none_or(|c| c == l.code))
        .collect();
    for file in reference.files.iter().filter(|f| f.name != LANGUAGE_FILE) {
        let _ = writeln!(out, "/// From `content/*/{}.toml`.", file.name);
        let _ = writeln!(out, "pub mod {} {{", file.name);
        out.push_str(
            "    #![allow(clippy::all, dead_code, unused_imports)]\n    use super::*;\n\n",
        );
        let mut types = BTreeMap::new();
        collect_types(&file.root, "", &mut types);
        for (name, table) in &types {
            let _ = writeln!(out, "    #[derive(Debug)]\n    pub struct {name} {{");
            for (key, _, node) in &table.entries {
                let _ = writeln!(out, "        pub {key}: {},", rust_type(key, node, name));
            }
            out.push_str("    }\n\n");
        }
        for (key, _, node) in &file.root.entries {
            let ty = rust_type(key, node, "");
            let static_ty = static_type(key, node, "");
            for lang in &carried {
                let f = lang.files.iter().find(|f| f.name == file.name);
                let value = f
                    .and_then(|f| f.root.get(key))
                    .map(|(_, _, n)| n)
                    .unwrap_or(node);
                let _ = writeln!(
                    out,
                    "    static {}_{}: {static_ty} = {};",
                    lang.code.to_uppercase(),
                    key.to_uppercase(),
                    literal(value, key, "", true)
                );
            }
            let ret = match node {
                Node::Text(..) | Node::Texts(..) | Node::Tables(..) => ty.clone(),
                Node::Table(_) => format!("&'static {ty}"),
            };
            let borrow = match node {
                Node::Text(..) => "",
                _ => "&",
            };
            let _ = writeln!(out, "    pub fn {key}() -> {ret} {{");
            match only {
                Some(code) => {
                    let _ = writeln!(
                        out,
                        "        {borrow}{}_{}",
                        code.to_uppercase(),
                        key.to_uppercase()
                    );
                }
                None => {
                    out.push_str("        match lang() {\n");
                    for lang in &carried {
                        let _ = writeln!(
                            out,
                            "            Lang::{} => {borrow}{}_{},",
                            camel(&lang.code),
                            lang.code.to_uppercase(),
                            key.to_uppercase()
                        );
                    }
                    out.push_str("        }\n");
                }
            }
            out.push_str("    }\n\n");
        }
        out.push_str("}\n\n");
    }
    out
}

fn camel(s: &str) -> String {
    s.split('_')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

fn type_name(parent: &str, key: &str) -> String {
    format!("{parent}{}", camel(key))
}

fn collect_types(table: &Table, parent: &str, types: &mut BTreeMap<String, Table>) {
    for (key, _, node) in &table.entries {
        match node {
            Node::Table(t) => {
                let name = type_name(parent, key);
                collect_types(t, &name, types);
                types.insert(name, t.clone());
            }
            Node::Tables(ts, _) => {
                let name = type_name(parent, key);
                collect_types(&ts[0], &name, types);
                types.insert(name, ts[0].clone());
            }
            _ => {}
        }
    }
}

fn rust_type(key: &str, node: &Node, parent: &str) -> String {
    match node {
        Node::Text(..) => "&'static str".to_string(),
        Node::Texts(..) => "&'static [&'static str]".to_string(),
        Node::Table(_) => type_name(parent, key),
        Node::Tables(..) => format!("&'static [{}]", type_name(parent, key)),
    }
}

/// The type of a top-level static: lists are arrays of their known length.
fn static_type(key: &str, node: &Node, parent: &str) -> String {
    match node {
        Node::Texts(t, _) => format!("[&str; {}]", t.len()),
        Node::Tables(t, _) => format!("[{}; {}]", type_name(parent, key), t.len()),
        _ => rust_type(key, node, parent),
    }
}

fn literal(node: &Node, key: &str, parent: &str, top: bool) -> String {
    match node {
        Node::Text(s, _) => format!("{s:?}"),
        Node::Texts(ts, _) => {
            let items = ts
                .iter()
                .map(|(s, _)| format!("{s:?}"))
                .collect::<Vec<_>>()
                .join(", ");
            if top {
                format!("[{items}]")
            } else {
                format!("&[{items}]")
            }
        }
        Node::Table(t) => struct_literal(t, &type_name(parent, key)),
        Node::Tables(ts, _) => {
            let name = type_name(parent, key);
            let items = ts
                .iter()
                .map(|t| struct_literal(t, &name))
                .collect::<Vec<_>>()
                .join(", ");
            if top {
                format!("[{items}]")
            } else {
                format!("&[{items}]")
            }
        }
    }
}

fn struct_literal(table: &Table, name: &str) -> String {
    let fields = table
        .entries
        .iter()
        .map(|(k, _, n)| format!("{k}: {}", literal(n, k, name, false)))
        .collect::<Vec<_>>()
        .join(", ");
    format!("{name} {{ {fields} }}")
}
