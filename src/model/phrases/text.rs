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

/// Short words that end with a full stop inside a sentence ("Mrs. Patel").
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "vs", "e.g", "i.e", "approx", "sr", "jr", "capt", "lt",
    "cmdr", "sgt", "no", "dept", "fig", "cf", "mt",
];

/// Whether the full stop at `chars[i]` ends an abbreviation such as "Dr.".
fn ends_abbreviation(chars: &[(usize, char)], i: usize) -> bool {
    let mut j = i;
    while j > 0 && (chars[j - 1].1.is_ascii_alphabetic() || chars[j - 1].1 == '.') {
        j -= 1;
    }
    if j == i {
        return false;
    }
    let word: String = chars[j..i]
        .iter()
        .map(|&(_, c)| c.to_ascii_lowercase())
        .collect();
    if word == "no" {
        // "No. 5" is an abbreviation; "The answer is no." is not.
        return chars
            .get(i + 2)
            .is_some_and(|&(_, c)| c.is_ascii_digit() || c == '#');
    }
    ABBREVIATIONS.contains(&word.as_str())
}

/// The sentences of `text` as byte ranges, trimmed of white space; empty
/// ones are left out.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
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
            while j < chars.len() && (is_terminator(chars[j].1) || is_closer(chars[j].1)) {
                quoted |= is_double_quote(chars[j].1);
                j += 1;
            }
            let mut next = j;
            while next < chars.len() && chars[next].1 == ' ' {
                next += 1;
            }
            // A quotation that the sentence goes on after ("“Can I pay by
            // card?” is the question we hear most") and "Dr. Lee" do not end
            // a sentence.
            let goes_on = chars
                .get(next)
                .is_some_and(|&(_, n)| n.is_ascii_lowercase() && quoted);
            let abbreviation = c == '.' && j == i + 1 && ends_abbreviation(&chars, i);
            if (j == chars.len() || chars[j].1.is_whitespace()) && !goes_on && !abbreviation {
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
                    next == '\n' || next.is_ascii_uppercase() || is_list_marker(next)
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
