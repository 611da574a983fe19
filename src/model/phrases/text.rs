//! Sentences and word tokens.

use std::ops::Range;

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‽')
}

pub(super) fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`')
}

fn is_joiner(c: char) -> bool {
    is_apostrophe(c) || matches!(c, '-' | '‐' | '‑')
}

fn is_list_marker(c: char) -> bool {
    matches!(c, '-' | '*' | '•' | '–' | '—' | '>') || c.is_ascii_digit()
}

fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»')
}

/// How one language marks the end of a sentence, for the splitter.
pub(super) struct Marks {
    /// Words ending in a full stop that never end a sentence ("Dr.",
    /// "z. B."), from the language's `coach.toml`, separated by ", ".
    abbreviations: &'static str,
    /// Words ending in a full stop that end a sentence unless a lower-case
    /// letter, a digit or "#" follows ("etc.", "No. 5"), the same way.
    closing: &'static str,
    /// German, French or Spanish: a closing quotation mark or a French
    /// spaced "?" may stand after a space, "¿" and "¡" open a sentence, and
    /// any capital after a line break starts one.
    intl: bool,
    /// Closing quotation marks beyond the English ones (German "“" and
    /// "«").
    closers: &'static str,
}

impl Marks {
    /// The marks of the language this thread (or build) speaks.
    pub(super) fn of_lang() -> Marks {
        use crate::text::{coach, lang, Lang};
        let closers = match lang() {
            Lang::De => "“‘«‹",
            Lang::Fr => "›”",
            _ => "",
        };
        Marks {
            abbreviations: coach::abbreviations(),
            closing: coach::closing_abbreviations(),
            intl: lang() != Lang::En,
            closers,
        }
    }

    fn closer(&self, c: char) -> bool {
        is_closer(c) || (self.intl && self.closers.contains(c))
    }
}

/// Whether `list` holds an abbreviation with a full stop at `chars[i]`
/// (its last one when `last_only`): case aside, a space in an entry stands
/// for any space, and no letter stands just before it.
fn abbreviation_at(chars: &[(usize, char)], i: usize, list: &str, last_only: bool) -> bool {
    let same = |a: char, b: char| {
        if a == ' ' {
            b.is_whitespace()
        } else {
            a == b || a.to_lowercase().eq(b.to_lowercase())
        }
    };
    list.split(", ").any(|entry| {
        let a: Vec<char> = entry.chars().collect();
        (0..a.len())
            .filter(|&p| a[p] == '.' && (!last_only || p + 1 == a.len()))
            .any(|p| {
                let Some(start) = i.checked_sub(p) else {
                    return false;
                };
                let before_ok = start == 0 || {
                    let b = chars[start - 1].1;
                    !b.is_alphabetic() && b != '.'
                };
                before_ok
                    && start + a.len() <= chars.len()
                    && a.iter()
                        .zip(&chars[start..])
                        .all(|(&x, &(_, y))| same(x, y))
            })
    })
}

/// Whether the full stop at `chars[i]` (followed by white space or the
/// end, then by `next`) is not the end of a sentence: "Dr. Lee", "z. B.",
/// "No. 5", "etc. et".
fn ends_abbreviation(chars: &[(usize, char)], i: usize, next: Option<char>, marks: &Marks) -> bool {
    if abbreviation_at(chars, i, marks.abbreviations, false) || ordinal_dot(chars, i, marks) {
        return true;
    }
    let goes_on = next.is_some_and(|n| n.is_lowercase() || n.is_ascii_digit() || n == '#');
    goes_on && abbreviation_at(chars, i, marks.closing, true)
}

/// Whether the full stop at `chars[i]` belongs to one of the language's
/// abbreviations ("z. B.", "M.", "etc."), so that it is part of a word and
/// no clause ends there.
pub(super) fn abbreviation_dot(chars: &[(usize, char)], i: usize) -> bool {
    let marks = Marks::of_lang();
    abbreviation_at(chars, i, marks.abbreviations, false)
        || abbreviation_at(chars, i, marks.closing, true)
        || ordinal_dot(chars, i, &marks)
}

/// German writes an ordinal with a full stop ("ab dem 12. freizugeben"):
/// after a number of one or two digits and before a lower-case word, the
/// stop ends no sentence in the languages that write so.
fn ordinal_dot(chars: &[(usize, char)], i: usize, marks: &Marks) -> bool {
    let digits = (0..i)
        .rev()
        .take_while(|&k| chars[k].1.is_ascii_digit())
        .count();
    let word_start = i - digits;
    let alone = word_start == 0 || !chars[word_start - 1].1.is_alphanumeric();
    let mut k = i + 1;
    while k < chars.len() && is_space(chars[k].1) {
        k += 1;
    }
    marks.intl
        && (1..=2).contains(&digits)
        && alone
        && k > i + 1
        && chars.get(k).is_some_and(|&(_, c)| c.is_lowercase())
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// The sentences of `text` as byte ranges, trimmed of white space; empty
/// ones are left out. Where sentences end follows the language this
/// thread (or build) speaks.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    sentences_with(text, &Marks::of_lang())
}

pub(super) fn sentences_with(text: &str, marks: &Marks) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut raw = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if is_terminator(c) {
            let mut j = i + 1;
            let mut quoted = false;
            loop {
                if j < chars.len() && (is_terminator(chars[j].1) || marks.closer(chars[j].1)) {
                    quoted |= is_double_quote(chars[j].1) || marks.closers.contains(chars[j].1);
                    j += 1;
                    continue;
                }
                // "… ? »": French sets a (thin) space before a closing
                // guillemet.
                let mut k = j;
                while marks.intl && k < chars.len() && is_space(chars[k].1) {
                    k += 1;
                }
                if k > j && k < chars.len() && marks.closer(chars[k].1) {
                    j = k;
                    continue;
                }
                break;
            }
            let mut next = j;
            while next < chars.len()
                && (chars[next].1 == ' ' || (marks.intl && is_space(chars[next].1)))
            {
                next += 1;
            }
            let next_char = chars.get(next).map(|&(_, n)| n);
            // A quotation that the sentence goes on after ("“Can I pay by
            // card?” is the question we hear most") and "Dr. Lee" do not end
            // a sentence.
            let goes_on = next_char.is_some_and(|n| {
                quoted && (n.is_ascii_lowercase() || (marks.intl && n.is_lowercase()))
            });
            let abbreviation =
                c == '.' && j == i + 1 && ends_abbreviation(&chars, i, next_char, marks);
            // "¿Vienes?¿Cuándo?": an inverted mark opens a sentence.
            let opens = marks.intl && chars.get(j).is_some_and(|&(_, n)| matches!(n, '¿' | '¡'));
            if (j == chars.len() || chars[j].1.is_whitespace() || opens)
                && !goes_on
                && !abbreviation
            {
                raw.push(start..byte_at(j));
                start = byte_at(j);
            }
            i = j;
            continue;
        }
        if c == '\n' {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, ' ' | '\t' | '\r') {
                j += 1;
            }
            let boundary = match chars.get(j) {
                None => true,
                Some(&(_, next)) => {
                    next == '\n'
                        || next.is_ascii_uppercase()
                        || is_list_marker(next)
                        || (marks.intl
                            && (next.is_uppercase() || matches!(next, '¿' | '¡' | '«' | '„' | '“')))
                }
            };
            if boundary {
                raw.push(start..byte_at(i));
                start = byte_at(i + 1);
            }
        }
        i += 1;
    }
    raw.push(start..text.len());
    raw.into_iter()
        .filter_map(|r| {
            let s = &text[r.clone()];
            let lead = s.len() - s.trim_start().len();
            let trimmed = s.trim();
            (!trimmed.is_empty()).then(|| {
                let from = r.start + lead;
                from..from + trimmed.len()
            })
        })
        .collect()
}

/// A word or a punctuation mark of a sentence.
#[derive(Clone, Debug)]
pub(super) struct Token {
    /// Byte range in the whole text.
    pub start: usize,
    pub end: usize,
    /// Lower case, straight apostrophes, chat spellings made plain ("shld"
    /// is "should", "u" is "you").
    pub norm: String,
    pub word: bool,
    /// Inside double quotes, in a sentence that also has words outside them.
    pub quoted: bool,
}

/// Chat spellings read as the word they stand for.
const SPELLINGS: &[(&str, &str)] = &[
    ("shld", "should"),
    ("shd", "should"),
    ("u", "you"),
    ("ur", "your"),
    ("pls", "please"),
    ("plz", "please"),
    ("okay", "ok"),
    ("k", "ok"),
    ("im", "i'm"),
    ("ive", "i've"),
    ("dont", "don't"),
    ("cant", "can't"),
    ("shouldnt", "shouldn't"),
    ("couldnt", "couldn't"),
    ("wouldnt", "wouldn't"),
    ("isnt", "isn't"),
    ("wont", "won't"),
    ("whats", "what's"),
    ("thats", "that's"),
    ("youre", "you're"),
    ("id", "i'd"),
];

pub(super) fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let s = &text[range.clone()];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(s.len(), |&(b, _)| b);
    let mut toks = Vec::new();
    let mut in_quote = false;
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + 1;
            loop {
                if j < chars.len() && chars[j].1.is_alphanumeric() {
                    j += 1;
                } else if j + 1 < chars.len()
                    && is_joiner(chars[j].1)
                    && chars[j + 1].1.is_alphanumeric()
                {
                    j += 2;
                } else {
                    break;
                }
            }
            let end = byte_at(j);
            let mut norm = normalise(&s[pos..end]);
            if let Some(&(_, plain)) = SPELLINGS.iter().find(|(w, _)| *w == norm) {
                norm = plain.to_string();
            }
            toks.push(Token {
                start: range.start + pos,
                end: range.start + end,
                norm,
                word: true,
                quoted: in_quote,
            });
            i = j;
        } else {
            let end = byte_at(i + 1);
            match c {
                '“' => in_quote = true,
                '”' => in_quote = false,
                '"' => in_quote = !in_quote,
                _ => {}
            }
            toks.push(Token {
                start: range.start + pos,
                end: range.start + end,
                norm: normalise(&s[pos..end]),
                word: false,
                quoted: false,
            });
            i += 1;
        }
    }
    // Quotation marks matter only when the sentence goes on outside them.
    let outside = toks.iter().any(|t| t.word && !t.quoted);
    let inside = toks.iter().any(|t| t.quoted);
    if !(outside && inside) {
        for t in &mut toks {
            t.quoted = false;
        }
    }
    toks
}

fn normalise(s: &str) -> String {
    s.chars()
        .map(|c| if is_apostrophe(c) { '\'' } else { c })
        .map(|c| c.to_ascii_lowercase())
        .collect()
}
