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

/// The pasted text holds no code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoCode;

impl NoCode {
    pub fn message(self) -> &'static str {
        crate::text::rounds_page::code_problem().no_code
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

/// Whether a wrapped line is a code of its own rather than the next piece
/// of the one being read: its prefix with the version and the `-`. The
/// letters and a digit alone are not enough, since a piece of base64url can
/// start with them ("LLI9r7…").
fn starts_a_code(run: &str) -> bool {
    prefix_kind(run).is_some()
        && run[3..]
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .starts_with('-')
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

/// Invisible characters some programs put into long words so they can
/// break them: zero-width spaces and joiners, the word joiner, a byte-order
/// mark, the soft hyphen.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}'
    )
}

/// Whitespace, invisible break characters and `>` quote marks between the
/// pieces of a wrapped code, and a quoted-printable soft break (`=` at the
/// end of a line).
fn separator_end(text: &str, from: usize) -> usize {
    let rest = &text[from..];
    let rest_trimmed = rest
        .strip_prefix('=')
        .filter(|r| r.starts_with(['\r', '\n']));
    let skip = rest.len() - rest_trimmed.unwrap_or(rest).len();
    let after = &rest[skip..];
    let n = after
        .find(|c: char| !(c.is_whitespace() || c == '>' || invisible(c)))
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
                    // Another code glued on right after this one. Runs are
                    // joined only while the code is short, so the excess is
                    // all in the last run, which ends at `end`.
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
            if run.is_empty() || !fits || starts_a_code(run) {
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
        // A code glued straight after the last one starts where it ended.
        let glued = n == 0 && found.last().is_some_and(|c: &Candidate| c.end == start);
        let kind = if glued {
            prefix_kind(&text[start..])
        } else {
            prefix_at(text, start)
        };
        match kind {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::rounds::codes::{
        CodeError, Invitation, RoundId, RoundKind, SealedCode, NONCE_BYTES, PUBLIC_KEY_BYTES,
        TAG_BYTES,
    };

    fn code(seed: u8, plain_len: usize) -> String {
        let mut key = [seed; PUBLIC_KEY_BYTES];
        key[0] = 4;
        SealedCode {
            round: RoundId([seed; 8]),
            ephemeral_key: key,
            nonce: [seed; NONCE_BYTES],
            ciphertext: (0..plain_len + TAG_BYTES)
                .map(|i| (i as u8).wrapping_mul(seed))
                .collect(),
        }
        .encode()
    }

    fn codes_in(text: &str) -> Vec<String> {
        find_codes(text)
            .unwrap()
            .into_iter()
            .map(|c| c.code)
            .collect()
    }

    /// Breaks `code` into lines of `width`, each started with `lead`.
    fn wrapped(code: &str, width: usize, lead: &str) -> String {
        code.as_bytes()
            .chunks(width)
            .map(|c| format!("{lead}{}", std::str::from_utf8(c).unwrap()))
            .collect::<Vec<_>>()
            .join("\r\n")
    }

    #[test]
    fn a_code_alone_or_with_spaces_and_quotes_around_it() {
        let a = code(3, 40);
        assert_eq!(codes_in(&a), vec![a.clone()]);
        assert_eq!(codes_in(&format!("  \n{a}\n\n")), vec![a.clone()]);
        assert_eq!(codes_in(&format!("\"{a}\"")), vec![a.clone()]);
        assert_eq!(codes_in(&format!("«{a}».")), vec![a.clone()]);
        assert_eq!(codes_in(&format!("`{a}`")), vec![a.clone()]);
        let found = find_codes(&format!("Code: {a}.")).unwrap();
        assert_eq!((found[0].start, found[0].end), (6, 6 + a.len()));
        assert_eq!(found[0].kind, CandidateKind::Answer);
        assert!(SealedCode::decode(&found[0].code).is_ok());
    }

    #[test]
    fn codes_in_an_email_with_its_words_and_a_reply_link() {
        let (a, b) = (code(1, 300), code(2, 60));
        let email = format!(
            "Hi Sam,\n\nHere is my answer for the round:\n\n{a}\n\nAnd Priya asked me to pass \
             hers on, she used the link:\nhttps://example.github.io/leader-leader/rounds/add#{b}\n\n\
             Cheers,\nLeo\n\n> On Monday, Sam wrote:\n> Could you answer by Friday? ALL the best"
        );
        let found = find_codes(&email).unwrap();
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].code, a);
        assert_eq!(found[1].code, b);
        assert_eq!(&email[found[1].start..found[1].end], b);
        assert!(found[0].end < found[1].start);
    }

    #[test]
    fn a_code_an_email_client_wrapped_is_joined_back() {
        let a = code(5, 309);
        for (width, lead) in [(76, ""), (72, "> "), (64, ">> "), (40, "  ")] {
            let text = format!("My answer:\n{}\nThanks!", wrapped(&a, width, lead));
            let found = find_codes(&text).unwrap();
            assert_eq!(found.len(), 1, "{width}");
            assert_eq!(found[0].code, a, "{width} {lead:?}");
            assert!(text[found[0].end..].starts_with("\nThanks"));
        }
        // Invisible break points a chat program put into a long word.
        let broken: String = a
            .as_bytes()
            .chunks(30)
            .map(|c| std::str::from_utf8(c).unwrap())
            .collect::<Vec<_>>()
            .join("\u{200B}");
        assert_eq!(
            codes_in(&format!("Code:\u{A0}{broken}\u{A0}ok")),
            vec![a.clone()]
        );
        // A quoted-printable soft break, as some programs show raw mail.
        let (head, tail) = a.split_at(76);
        assert_eq!(codes_in(&format!("{head}=\n{tail}")), vec![a.clone()]);
        // Two wrapped codes one after the other.
        let b = code(6, 200);
        let both = format!("{}\n{}\n", wrapped(&a, 70, ""), wrapped(&b, 70, ""));
        assert_eq!(codes_in(&both), [a.clone(), b.clone()]);
    }

    #[test]
    fn a_cut_off_code_is_found_and_reads_as_cut_off_without_eating_the_next_words() {
        let a = code(7, 309);
        let cut = &a[..200];
        for text in [
            format!("{cut}\nThanks, Leo"),
            format!("{cut} thanks a lot for asking me, it was useful"),
            cut.to_string(),
            format!("{}\n", &a[..4]),
            format!("{}\n", &a[..6]),
        ] {
            let found = find_codes(&text).unwrap();
            assert_eq!(found.len(), 1, "{text}");
            assert!(a.starts_with(&found[0].code), "{text}");
            assert_eq!(SealedCode::decode(&found[0].code), Err(CodeError::CutOff));
        }
    }

    #[test]
    fn codes_one_per_line_with_commas_or_glued_together() {
        let codes: Vec<_> = (10..15).map(|s| code(s, 30 + usize::from(s))).collect();
        assert_eq!(codes_in(&codes.join("\n")), codes);
        assert_eq!(codes_in(&codes.join(", ")), codes);
        assert_eq!(codes_in(&codes.join(" ")), codes);
        assert_eq!(
            codes_in(&codes.join("")),
            codes,
            "pasted with nothing between"
        );
        assert_eq!(codes_in(&codes.join("\r\n\r\n")), codes);
    }

    #[test]
    fn words_that_look_like_a_prefix_are_not_codes() {
        for text in [
            "",
            "   \n",
            "Thanks for asking! I will answer tomorrow.",
            "LLAMA farm, HALLA1, CALLA1-lily, LLA-without-version",
            "https://example.github.io/leader-leader/rounds",
            "ll a 1 - not a code",
        ] {
            assert_eq!(find_codes(text), Err(NoCode), "{text}");
        }
        assert!(NoCode.message().contains("LLA1-"));
    }

    #[test]
    fn an_invitation_pasted_by_mistake_is_named_as_such() {
        let mut key = [9u8; 65];
        key[0] = 4;
        let inv = Invitation::new(RoundId([1; 8]), RoundKind::Team, None, None, &key)
            .unwrap()
            .encode();
        let found = find_codes(&format!("https://x.org/leader-leader/answer#{inv}")).unwrap();
        assert_eq!(found[0].kind, CandidateKind::Invitation);
        assert_eq!(found[0].code, inv);
    }

    #[test]
    fn a_newer_or_damaged_code_is_still_found_to_be_reported() {
        let found = find_codes("here: LLA2-AAAAAAAAAAAAAAAAAAAAAAAAAAAAA end").unwrap();
        assert_eq!(
            SealedCode::decode(&found[0].code),
            Err(CodeError::Newer { version: 2 })
        );
        let a = code(8, 50);
        let mut damaged = a.clone().into_bytes();
        damaged[30] = if damaged[30] == b'x' { b'y' } else { b'x' };
        let damaged = String::from_utf8(damaged).unwrap();
        let found = find_codes(&format!("Answer: {damaged}")).unwrap();
        assert_eq!(found[0].code, damaged);
        assert_eq!(SealedCode::decode(&found[0].code), Err(CodeError::Damaged));
    }
}
