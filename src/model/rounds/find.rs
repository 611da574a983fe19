//! Finding codes in whatever a person pastes: one code or many, alone or
//! inside the words of an email or chat message, in quotes, in a reply link
//! after its `#`, or broken over several lines by an email client (with or
//! without `> ` quote marks in front of each line).
//!
//! A code starts with its prefix (`LLA` and the version, or `LLI` for an
//! invitation pasted by mistake) where no other code character comes just
//! before it, and runs over base64url characters. Its first bytes say how
//! long it is (see [`super::text`]), so a code that stops short at the end
//! of a line is continued on the next, as long as what follows is more code
//! and not words: the next run of code characters must not start another
//! code, must not make the code longer than it says it is, and must either
//! finish it exactly or be at least [`MIN_WRAPPED_RUN`] characters long
//! (a wrapped line, not a word like "Thanks"). A code that still stops short
//! is returned as it is; reading it then says it was cut off.

use super::codes::{CODE_PREFIX, INVITATION_PREFIX};
use super::text::{expected_chars, is_code_char};

/// The shortest run of code characters taken as the next line of a wrapped
/// code, unless it completes the code exactly.
pub const MIN_WRAPPED_RUN: usize = 16;

/// What a candidate looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CandidateKind {
    /// An answer code (`LLA…`).
    Answer,
    /// An invitation (`LLI…`), which is not an answer.
    Invitation,
}

/// A code found in pasted text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// Where it starts in the pasted text (a byte offset).
    pub start: usize,
    /// Where it ends (a byte offset, exclusive); line breaks and quote
    /// marks inside a wrapped code are inside `start..end`.
    pub end: usize,
    /// The code itself, joined back into one piece.
    pub code: String,
    pub kind: CandidateKind,
}

impl Candidate {
    /// What to say about a candidate that is not an answer.
    pub fn kind_message(&self) -> Option<&'static str> {
        match self.kind {
            CandidateKind::Answer => None,
            CandidateKind::Invitation => Some(
                "This is an invitation link, not an answer. Send it to the people you are \
                 asking; their answers come back as codes that start with LLA1-.",
            ),
        }
    }
}

/// The pasted text holds no code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoCode;

impl NoCode {
    pub fn message(self) -> &'static str {
        "No answer code was found in this text. An answer code starts with LLA1-: paste the \
         whole message it came in, or the code itself."
    }
}

/// The kind of code `rest` starts with: its letters, then a digit
/// ("LLAMA" is a word, not a code).
fn prefix_kind(rest: &str) -> Option<CandidateKind> {
    let kind = if rest.starts_with(CODE_PREFIX) {
        CandidateKind::Answer
    } else if rest.starts_with(INVITATION_PREFIX) {
        CandidateKind::Invitation
    } else {
        return None;
    };
    rest[3..]
        .bytes()
        .next()
        .filter(u8::is_ascii_digit)
        .map(|_| kind)
}

/// Whether a code starts at `at`: a prefix with no code character just
/// before it.
fn prefix_at(text: &str, at: usize) -> Option<CandidateKind> {
    let before = text[..at].chars().next_back();
    if before.is_some_and(is_code_char) {
        return None;
    }
    prefix_kind(&text[at..])
}

fn code_run(text: &str, from: usize) -> usize {
    text[from..]
        .find(|c: char| !is_code_char(c))
        .map_or(text.len(), |n| from + n)
}

/// Whitespace and `>` quote marks between the lines of a wrapped code, and
/// a quoted-printable soft break (`=` at the end of a line).
fn separator_end(text: &str, from: usize) -> usize {
    let rest = &text[from..];
    let rest_trimmed = rest
        .strip_prefix('=')
        .filter(|r| r.starts_with(['\r', '\n']));
    let skip = rest.len() - rest_trimmed.unwrap_or(rest).len();
    let after = &rest[skip..];
    let n = after
        .find(|c: char| !(c.is_whitespace() || c == '>'))
        .unwrap_or(after.len());
    from + skip + n
}

/// One code starting at `start` (where [`prefix_at`] found one).
fn read_code(text: &str, start: usize, kind: CandidateKind) -> Candidate {
    let mut end = code_run(text, start);
    let mut code = text[start..end].to_string();
    // The base64url part, once the prefix's `-` is there.
    let b64_start = code.find('-').map(|i| i + 1);
    if let Some(b64_start) = b64_start {
        loop {
            let b64 = &code[b64_start..];
            let expected = expected_chars(b64);
            if let Some(expected) = expected {
                if b64.len() > expected {
                    // Another code glued on right after this one.
                    let glued = b64_start + expected;
                    if prefix_kind(&code[glued..]).is_some() {
                        end -= code.len() - glued;
                        code.truncate(glued);
                    }
                    break;
                }
                if b64.len() == expected {
                    break;
                }
            }
            let next = separator_end(text, end);
            if next == end {
                break;
            }
            let next_end = code_run(text, next);
            let run = &text[next..next_end];
            let fits = match expected {
                Some(expected) => {
                    let total = b64.len() + run.len();
                    total == expected || (total < expected && run.len() >= MIN_WRAPPED_RUN)
                }
                None => run.len() >= MIN_WRAPPED_RUN,
            };
            if run.is_empty() || !fits || prefix_kind(run).is_some() {
                break;
            }
            code.push_str(run);
            end = next_end;
        }
    }
    Candidate {
        start,
        end,
        code,
        kind,
    }
}

/// Every code in `text`, in order, or [`NoCode`].
pub fn find_codes(text: &str) -> Result<Vec<Candidate>, NoCode> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(n) = text[at..].find("LL") {
        let start = at + n;
        match prefix_at(text, start) {
            Some(kind) => {
                let candidate = read_code(text, start, kind);
                at = candidate.end;
                found.push(candidate);
            }
            None => at = start + 1,
        }
    }
    if found.is_empty() {
        Err(NoCode)
    } else {
        Ok(found)
    }
}
