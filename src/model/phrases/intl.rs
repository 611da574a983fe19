//! What the German, French and Spanish coaches share: word tokens matched
//! on folded lower case, clause edges, the reading of one sentence, and the
//! tidying of a rewrite. Each language's own rules live in `de`, `fr` and
//! `es`; `read_sentence` in the parent picks one by `crate::text::lang()`,
//! so a wasm build (where `lang()` is a const) carries only its own.
//!
//! Words are cut at hyphens and after apostrophes ("Puis-je" is "puis",
//! "je"; "qu'on" is "qu'", "on"), lower-cased with Unicode rules, and
//! folded: accents dropped for French and Spanish ("é" and "e" both match
//! "e"), umlauts written out for German ("können" and "koennen" both match
//! "koennen"). Punctuation marks are tokens too (`word` is true for every
//! token here so that a pattern can name a comma; `is_word` tells them
//! apart), except the full stop of an abbreviation listed in the language's
//! coach.toml ("z. B.", "M.", "p. ej."): it stays with its word, so no
//! clause ends there.

use std::ops::Range;

use super::patterns::{match_items, parse, Item};
use super::text::Token;
use super::{Reading, Rung, GAP};

/// One sentence, tokenised for the rules of one language.
pub(super) struct Sent<'a> {
    pub text: &'a str,
    pub range: Range<usize>,
    pub toks: Vec<Token>,
    /// Ends with a question mark, or (Spanish) opens with "¿".
    pub question: bool,
}

/// What a language's rules found in a sentence.
pub(super) struct Hit {
    /// Token range of the words that hand the decision up.
    pub cue: Range<usize>,
    /// Asks to be told what to do (rung 1) rather than for leave (rung 4).
    pub tell_me: bool,
    /// The sentence stated as intent; may hold [`GAP`]; empty means "leave
    /// the sentence out".
    pub rewrite: String,
}

/// One language's coach.
pub(super) struct Coach {
    /// Folds a lower-cased word for matching.
    pub fold: fn(&str) -> String,
    pub detect: fn(&Sent) -> Option<Hit>,
    /// A tag asking approval at the end (", wenn das okay ist"); `also`
    /// when the sentence already asks in another way.
    pub tag: fn(&Sent, bool) -> Option<Hit>,
    pub rung: fn(&Sent) -> Option<Rung>,
    /// Words that join two asks in one sentence ("und oder"): a clause
    /// after one of them (or after a comma) that asks on its own is a part
    /// of its own, marked and rewritten.
    pub joins: &'static str,
}

pub(super) fn fold_accents(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'œ' => 'o',
            c => c,
        })
        .collect()
}

pub(super) fn fold_umlauts(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            c => out.push(c),
        }
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// The tokens of `text[range]`: words (cut at hyphens; an apostrophe stays
/// with the word before it) and punctuation marks.
pub(super) fn tokenize(text: &str, range: Range<usize>, fold: fn(&str) -> String) -> Vec<Token> {
    let s = &text[range.clone()];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(s.len(), |&(b, _)| b);
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c.is_whitespace() || (is_hyphen(c) && i > 0 && chars[i - 1].1.is_alphanumeric()) {
            i += 1;
            continue;
        }
        let (end, norm) = if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() && chars[j].1.is_alphanumeric() {
                j += 1;
            }
            // "z. B.", "M. Dupont": the abbreviation's full stop stays
            // with its word.
            let abbreviated =
                j < chars.len() && chars[j].1 == '.' && super::text::abbreviation_dot(&chars, j);
            if abbreviated {
                j += 1;
            }
            let elided = j < chars.len()
                && is_apostrophe(chars[j].1)
                && chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
            let word = s[pos..byte_at(j)].to_lowercase();
            if elided {
                j += 1;
                (byte_at(j), format!("{}'", fold(&word)))
            } else {
                (byte_at(j), fold(&word))
            }
        } else {
            let norm = if is_apostrophe(c) {
                "'".to_string()
            } else {
                c.to_string()
            };
            (byte_at(i + 1), norm)
        };
        let next = chars
            .iter()
            .position(|&(b, _)| b == end)
            .unwrap_or(chars.len());
        toks.push(Token {
            start: range.start + pos,
            end: range.start + end,
            norm,
            word: true,
            quoted: false,
        });
        i = next;
    }
    toks
}

/// Whether the token is a word (not a punctuation mark).
pub(super) fn is_word(t: &Token) -> bool {
    t.norm.chars().next().is_some_and(char::is_alphanumeric)
}

/// Marks that end a clause.
pub(super) fn is_sep(t: &Token) -> bool {
    matches!(
        t.norm.as_str(),
        "," | ";"
            | ":"
            | "–"
            | "—"
            | "("
            | ")"
            | "¿"
            | "¡"
            | "«"
            | "»"
            | "„"
            | "“"
            | "”"
            | "\""
            | "-"
            | "?"
            | "!"
            | "."
            | "…"
    )
}

impl<'a> Sent<'a> {
    pub fn new(text: &'a str, range: Range<usize>, fold: fn(&str) -> String) -> Sent<'a> {
        let toks = tokenize(text, range.clone(), fold);
        let s = text[range.clone()].trim_end();
        let question = s
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '?')
            .ends_with('?')
            || s.starts_with('¿');
        Sent {
            text,
            range,
            toks,
            question,
        }
    }

    /// The folded word at token `i`, or "" for punctuation or past the end.
    pub fn w(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .filter(|t| is_word(t))
            .map_or("", |t| t.norm.as_str())
    }

    /// The token at `i` as written.
    pub fn raw(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// The end (exclusive) of the longest match of pattern `spec` at `i`.
    pub fn at(&self, spec: &Pattern, i: usize) -> Option<usize> {
        match_items(spec.items(), &self.toks, i)
    }

    /// The longest match of any of `specs` at `i`.
    pub fn at_any(&self, specs: &[Pattern], i: usize) -> Option<usize> {
        specs.iter().filter_map(|p| self.at(p, i)).max()
    }

    /// The first token of the clause that holds token `i`.
    pub fn clause_start(&self, i: usize) -> usize {
        (0..i)
            .rev()
            .find(|&k| is_sep(&self.toks[k]))
            .map_or(0, |k| k + 1)
    }

    /// The separator that ends the clause from `i` (or the token count).
    pub fn clause_end(&self, i: usize) -> usize {
        (i..self.toks.len())
            .find(|&k| is_sep(&self.toks[k]))
            .unwrap_or(self.toks.len())
    }

    /// Whether only words of `fillers` stand between the clause's start and
    /// token `i`.
    pub fn opens_clause(&self, i: usize, fillers: &str) -> bool {
        (self.clause_start(i)..i).all(|k| is_in(self.w(k), fillers))
    }

    /// The text from token `from` to the end of token `to - 1`.
    pub fn span(&self, from: usize, to: usize) -> &'a str {
        if from >= to || from >= self.toks.len() {
            return "";
        }
        &self.text[self.toks[from].start..self.toks[to - 1].end]
    }

    /// The text from token `from` (a separator, usually) to the sentence's
    /// end, without its final stop.
    pub fn tail(&self, from: usize) -> &'a str {
        match self.toks.get(from) {
            Some(t) => &self.text[t.start..self.range.end],
            None => "",
        }
    }

    /// Whether any word before token `i` is in `list`.
    pub fn any_before(&self, i: usize, list: &str) -> bool {
        (0..i).any(|k| is_in(self.w(k), list))
    }

    /// Whether every token from `i` on is punctuation.
    pub fn only_marks_from(&self, i: usize) -> bool {
        self.toks[i.min(self.toks.len())..]
            .iter()
            .all(|t| !is_word(t))
    }

    /// Indices of the word tokens.
    pub fn word_indices(&self) -> Vec<usize> {
        (0..self.toks.len())
            .filter(|&k| is_word(&self.toks[k]))
            .collect()
    }
}

/// The rest of the sentence after the clause ending at `stop`, when a comma
/// ends it and the rest holds words not in `drop` (", damit …" is kept,
/// ", svp ?" is not).
pub(super) fn rest_after<'a>(s: &Sent<'a>, stop: usize, drop: &str) -> &'a str {
    let kept = stop < s.toks.len()
        && s.raw(stop) == ","
        && (stop..s.toks.len()).any(|k| is_word(&s.toks[k]) && !is_in(s.w(k), drop));
    if kept {
        s.tail(stop)
    } else {
        ""
    }
}

/// The first index from `i` whose word is not in `list`.
pub(super) fn skip(s: &Sent, mut i: usize, list: &str) -> usize {
    while i < s.toks.len() && is_in(s.w(i), list) {
        i += 1;
    }
    i
}

/// Whether any pattern of `specs` matches somewhere in the sentence.
pub(super) fn anywhere(s: &Sent, specs: &[Pattern]) -> bool {
    (0..s.toks.len()).any(|i| s.at_any(specs, i).is_some())
}

/// Whether a pattern of `specs` matches at the start of a clause.
pub(super) fn opens_any(s: &Sent, specs: &[Pattern], fillers: &str) -> bool {
    (0..s.toks.len()).any(|i| s.at_any(specs, i).is_some() && s.opens_clause(i, fillers))
}

pub(super) fn is_in(word: &str, list: &str) -> bool {
    !word.is_empty() && list.split_whitespace().any(|w| w == word)
}

/// A word pattern in the notation of `patterns::parse`, read once.
pub(super) struct Pattern {
    spec: &'static str,
    items: std::sync::OnceLock<Vec<Item>>,
}

impl Pattern {
    pub const fn new(spec: &'static str) -> Pattern {
        Pattern {
            spec,
            items: std::sync::OnceLock::new(),
        }
    }

    fn items(&self) -> &[Item] {
        self.items.get_or_init(|| parse(self.spec))
    }
}

/// A rewrite made tidy: single spaces, no space before a stop, no
/// question or exclamation marks left at the end, a capital first letter
/// and a full stop (none after the gap).
pub(super) fn finish(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last_space = false;
    for c in s.chars() {
        if c == ' ' || c == '\t' || c == '\u{a0}' || c == '\u{202f}' {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
        } else {
            last_space = false;
            out.push(c);
        }
    }
    let out = out.replace(" ,", ",").replace(" .", ".").replace(",,", ",");
    let mut out = out
        .trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, '?' | '!' | '.' | ',' | ';' | ':' | '¿' | '¡' | '‽')
        })
        .to_string();
    while out.ends_with(|c: char| {
        !c.is_alphanumeric() && !matches!(c, '…' | '"' | '»' | '”' | '’' | ')' | '\'')
    }) || out.ends_with(['.', ' '])
    {
        out.pop();
    }
    let mut chars = out.chars();
    let mut result: String = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => return String::new(),
    };
    if !result.ends_with(GAP) {
        result.push('.');
    }
    result
}

/// The rewrite for a sentence below intent that names no plan: the sentence,
/// then the language's "I intend to …" (`intent_lead` in its coach.toml).
pub(super) fn keep_then_intent(sent: &Sent) -> String {
    let kept = finish(&sent.text[sent.range.clone()]);
    let lead = crate::text::coach::intent_lead();
    format!("{kept} {lead} {GAP}")
}

/// The sentence's part `range` (to be read on its own), a question if the
/// whole sentence is one.
fn part<'a>(coach: &Coach, sent: &Sent<'a>, range: Range<usize>) -> Sent<'a> {
    let mut p = Sent::new(sent.text, range, coach.fold);
    p.question = sent.question;
    p
}

/// The byte ranges of the parts of a sentence that each ask on their own
/// ("Darf ich X, oder soll ich Y?", "Puis-je X et puis-je Y ?"): a cut
/// before a clause that opens with an ask after a comma or a joining word,
/// where the words before the cut ask too. One range when the sentence
/// asks once or not at all.
fn ask_parts(coach: &Coach, sent: &Sent) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut from = sent.range.start;
    for p in 1..sent.toks.len() {
        let joined = sent.raw(p - 1) == "," || is_in(sent.w(p - 1), coach.joins);
        // A joining word itself ("oder") is not where the second ask
        // starts: the cut comes after it, and the rewrites keep it.
        let joining = is_in(sent.w(p), coach.joins);
        if !is_word(&sent.toks[p]) || !joined || joining || sent.toks[p].start <= from {
            continue;
        }
        let q = if p >= 2 && sent.raw(p - 2) == "," && is_in(sent.w(p - 1), coach.joins) {
            p - 2
        } else {
            p - 1
        };
        let tail = part(coach, sent, sent.toks[p].start..sent.range.end);
        let asks = (coach.detect)(&tail).is_some_and(|h| tail.clause_start(h.cue.start) == 0);
        // After a cut before "oder", the next word may also follow a
        // joining word: the cut is already made.
        if sent.toks[q].start <= from {
            continue;
        }
        let head = from..sent.toks[q].start;
        if asks && (coach.detect)(&part(coach, sent, head.clone())).is_some() {
            parts.push(head);
            from = sent.toks[p].start;
        }
    }
    parts.push(from..sent.range.end);
    parts
}

/// The marked words and the rewrite of `sent`, which `hit` found asking;
/// a tag after the ask (", wenn das okay ist?") is marked too, and goes.
fn marked(coach: &Coach, sent: &Sent, mut hit: Hit) -> (Vec<(Range<usize>, String)>, String) {
    let text = sent.text;
    let r = sent.toks[hit.cue.start].start..sent.toks[hit.cue.end - 1].end;
    let mut phrases = vec![(r.clone(), text[r].to_string())];
    if let Some(tag) = (coach.tag)(sent, true).filter(|t| t.cue.start >= hit.cue.end) {
        let t = sent.toks[tag.cue.start].start..sent.toks[tag.cue.end - 1].end;
        let from = (0..tag.cue.start)
            .rev()
            .find(|&k| sent.raw(k) == ",")
            .map_or(t.start, |k| sent.toks[k].start);
        let tag_text = &text[from..t.end];
        if !hit.rewrite.ends_with(GAP) && hit.rewrite.contains(tag_text) {
            hit.rewrite = finish(&hit.rewrite.replacen(tag_text, "", 1));
        }
        phrases.push((t.clone(), text[t].to_string()));
    }
    (phrases, hit.rewrite)
}

/// Reads one sentence with `coach`'s rules.
pub(super) fn read_sentence(coach: &Coach, text: &str, range: Range<usize>) -> Reading {
    let sent = Sent::new(text, range.clone(), coach.fold);
    let original = text[range.clone()].to_string();
    let parts = ask_parts(coach, &sent);
    if parts.len() > 1 {
        // Each ask marked and rewritten, the rewrites joined as the asks
        // were ("…, oder ich beabsichtige, …").
        let (mut phrases, mut rewrite, mut tell_me) = (Vec::new(), String::new(), false);
        let mut prev_end = None;
        for r in parts {
            let p = part(coach, &sent, r.clone());
            let Some(hit) = (coach.detect)(&p) else {
                continue;
            };
            tell_me |= hit.tell_me;
            let (marks, words) = marked(coach, &p, hit);
            phrases.extend(marks);
            match prev_end {
                None => rewrite = words,
                Some(end) => {
                    let join = text[end..r.start].trim();
                    let sep = if join.starts_with(',') {
                        format!("{join} ")
                    } else {
                        format!(" {join} ")
                    };
                    let mut chars = words.chars();
                    let lower: String = chars
                        .next()
                        .map(|c| c.to_lowercase().chain(chars).collect())
                        .unwrap_or_default();
                    let head = rewrite.strip_suffix('.').unwrap_or(&rewrite);
                    rewrite = format!("{head}{sep}{lower}");
                }
            }
            prev_end = Some(r.end);
        }
        return Reading {
            sentence: range,
            original,
            rung: Some(if tell_me {
                Rung::TellMeWhatToDo
            } else {
                Rung::IWouldLike
            }),
            phrases,
            rewrite: Some(rewrite),
        };
    }
    if let Some(hit) = (coach.detect)(&sent).or_else(|| (coach.tag)(&sent, false)) {
        let rung = if hit.tell_me {
            Rung::TellMeWhatToDo
        } else {
            Rung::IWouldLike
        };
        let (phrases, rewrite) = marked(coach, &sent, hit);
        return Reading {
            sentence: range,
            original,
            rung: Some(rung),
            phrases,
            rewrite: Some(rewrite),
        };
    }
    let rung = (coach.rung)(&sent);
    let rewrite = rung
        .filter(|r| r.below_intent())
        .map(|_| keep_then_intent(&sent));
    Reading {
        sentence: range,
        original,
        rung,
        phrases: Vec::new(),
        rewrite,
    }
}
