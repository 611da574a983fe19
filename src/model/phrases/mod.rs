//! The phrase coach's detector: reads a message sentence by sentence, says
//! which rung of the Ladder of Leadership each sentence stands on, finds
//! the words that hand a decision up ("Can I…?", "Should we…?", "Do you
//! want me to…?", "Please approve…", "What should I do about…?") and
//! suggests a version of each sentence that states intent ("I intend
//! to…").
//!
//! Pure Rust with no browser types. Nothing here stores anything: the coach
//! hands the visitor's text in and gets the reading back.
//!
//! How it works:
//! 1. The text is cut into sentences (at `.`, `?`, `!`, `…` followed by a
//!    space, at blank lines, and at line breaks before a capital letter or a
//!    list marker; not after "Dr." or inside a quotation the sentence goes
//!    on after). The abbreviations come from each language's coach.toml
//!    ("z. B.", "p. ex.", "Sra."); in German, French and Spanish a closing
//!    quotation mark after a (narrow no-break) space stays with its
//!    sentence, "¿" and "¡" open one, and so does any capital after a line
//!    break. There a sentence may ask more than once ("Darf ich …, oder
//!    soll ich …?"): each ask is marked and rewritten, as in English.
//! 2. Each sentence is cut into word tokens (letters and digits, joined by
//!    inner apostrophes or hyphens, so "I'd", "I’d" and "sign-off" are one
//!    word each) and punctuation tokens. Matching is on ASCII-lower-cased
//!    words with curly apostrophes made straight and chat spellings made
//!    plain ("shld", "u"), so "scan I" never holds "can I".
//! 3. Word patterns (`rules::RULES`) are tried at every word; each match
//!    then passes checks on its neighbours, which keep out statements ("We
//!    can ship tomorrow if…"), questions that ask for information ("How can
//!    I…?", "What time is it?"), requests for someone else's action ("Could
//!    you send…?"), reported speech ("She asked if I could…"), courtesies
//!    ("I would like to thank…") and other lookalikes ("In May I moved…").
//!    A match asks to be told what to do (rung 1) or asks leave or says what
//!    the writer would like to do (rung 4): either way the sentence hands a
//!    decision up and is flagged.
//! 4. A sentence with no match gets its rung from plainer cues (`rung`):
//!    "I will…" states intent (5), "I merged…" reports (6), "I've been…"
//!    reports a habit (7), "I think…" gives a view (3), a statement of fact
//!    says what the writer sees (2); greetings, thanks, questions for
//!    information and requests for someone else's action are not on the
//!    ladder.
//! 5. Each sentence below intent gets a rewrite toward it: the asking part
//!    becomes "I intend to", tags such as ", if that's OK" are dropped, and
//!    the question mark becomes a full stop. Where the sentence names no
//!    action ("What should I do about the invoices?"), the rewrite leaves a
//!    gap, "…", for the writer's own plan.
//!
//! Byte ranges in the results always point into the text as given.

mod de;
mod es;
mod fr;
mod intl;
mod patterns;
mod rewrite;
mod rules;
mod rung;
mod text;

use std::ops::Range;

pub use rewrite::base_form;
pub use text::sentences;

/// The seven rungs of the Ladder of Leadership (L. David Marquet's wider
/// material), lowest first: how a sentence speaks to the person above.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rung {
    /// 1: asks to be told what to do.
    TellMeWhatToDo,
    /// 2: says what the writer sees.
    ISee,
    /// 3: says what the writer thinks.
    IThink,
    /// 4: says what the writer would like to do, or asks permission.
    IWouldLike,
    /// 5: states intent.
    IIntend,
    /// 6: reports what the writer did.
    IDid,
    /// 7: reports what the writer has been doing.
    IHaveBeenDoing,
}

impl Rung {
    /// All seven, lowest first.
    pub const ALL: [Rung; 7] = [
        Rung::TellMeWhatToDo,
        Rung::ISee,
        Rung::IThink,
        Rung::IWouldLike,
        Rung::IIntend,
        Rung::IDid,
        Rung::IHaveBeenDoing,
    ];

    /// 1 (lowest) to 7.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    /// The rung numbered `n`, if any.
    pub fn from_number(n: u8) -> Option<Rung> {
        Rung::ALL.get(usize::from(n).checked_sub(1)?).copied()
    }

    /// Whether a sentence on this rung hands a decision up to the reader:
    /// it asks to be told what to do, or asks leave.
    pub fn hands_decision_up(self) -> bool {
        matches!(self, Rung::TellMeWhatToDo | Rung::IWouldLike)
    }

    /// Whether the rung is below "I intend to".
    pub fn below_intent(self) -> bool {
        self < Rung::IIntend
    }
}

/// The gap a rewrite leaves for the writer's own words ("I intend to …").
pub const GAP: &str = "…";

/// One sentence of a message, read against the ladder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    /// Byte range of the sentence in the text.
    pub sentence: Range<usize>,
    /// The sentence as written.
    pub original: String,
    /// Its rung; `None` for sentences that are not on the ladder
    /// (greetings, thanks, questions for information, requests for someone
    /// else's action).
    pub rung: Option<Rung>,
    /// The words that hand the decision up: byte range in the text, and the
    /// words as written. Empty unless the sentence is flagged.
    pub phrases: Vec<(Range<usize>, String)>,
    /// The sentence moved toward "I intend to…", for rungs below intent.
    /// It may hold [`GAP`] where the writer's plan goes. An empty rewrite
    /// means "leave this sentence out" (a lone ", if that's OK.").
    pub rewrite: Option<String>,
}

impl Reading {
    /// Whether the sentence hands a decision up (rung 1 or 4).
    pub fn flagged(&self) -> bool {
        self.rung.is_some_and(Rung::hands_decision_up)
    }
}

/// Every sentence of `text`, in order, with its rung and rewrite.
pub fn read(text: &str) -> Vec<Reading> {
    sentences(text)
        .into_iter()
        .map(|range| read_sentence(text, range))
        .collect()
}

fn read_sentence(text: &str, range: Range<usize>) -> Reading {
    // In a wasm build `lang()` is a const: only this build's rules remain.
    match crate::text::lang() {
        crate::text::Lang::En => read_english(text, range),
        crate::text::Lang::De => intl::read_sentence(&de::COACH, text, range),
        crate::text::Lang::Fr => intl::read_sentence(&fr::COACH, text, range),
        crate::text::Lang::Es => intl::read_sentence(&es::COACH, text, range),
        // A language added by its content files alone (README "Add a
        // language") has no rules yet: it builds, and its coach finds no
        // ask rather than reading the text with another language's rules.
        #[allow(unreachable_patterns)]
        _ => Reading {
            original: text[range.clone()].to_string(),
            sentence: range,
            rung: None,
            phrases: Vec::new(),
            rewrite: None,
        },
    }
}

fn read_english(text: &str, range: Range<usize>) -> Reading {
    let toks = text::tokenize(text, range.clone());
    let matches = rules::find_matches(&toks);
    let original = text[range.clone()].to_string();
    if matches.is_empty() {
        let rung = rung::classify(&toks);
        let rewrite = rung
            .filter(|r| r.below_intent())
            .map(|r| rung::toward_intent(text, &range, &toks, r));
        return Reading {
            sentence: range,
            original,
            rung,
            phrases: Vec::new(),
            rewrite,
        };
    }
    let rung = if matches.iter().any(|m| m.rule.tell_me) {
        Rung::TellMeWhatToDo
    } else {
        Rung::IWouldLike
    };
    let rewrite = rewrite::rewrite_sentence(text, &range, &toks, &matches);
    let phrases = matches
        .iter()
        .map(|m| {
            let r = toks[m.start].start..toks[m.end - 1].end;
            (r.clone(), text[r].to_string())
        })
        .collect();
    Reading {
        sentence: range,
        original,
        rung: Some(rung),
        phrases,
        rewrite: Some(rewrite),
    }
}

/// One phrase that hands a decision up, found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Byte range of the phrase in the text.
    pub start: usize,
    pub end: usize,
    /// The phrase as written, e.g. "Can I" or "if that's OK".
    pub phrase: String,
    /// Byte range of the sentence that holds it.
    pub sentence_start: usize,
    pub sentence_end: usize,
    /// The whole sentence, stated as intent.
    pub rewrite: String,
}

impl Finding {
    /// The byte range of the phrase.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// One sentence that hands a decision up, its phrases, and its rewrite.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// Byte range of the sentence in the text.
    pub sentence: Range<usize>,
    /// The sentence as written.
    pub original: String,
    /// Rung 1 (asks to be told what to do) or 4 (asks leave).
    pub rung: Rung,
    /// The phrases found in it: byte range in the text, and the words.
    pub phrases: Vec<(Range<usize>, String)>,
    /// The sentence, stated as intent.
    pub rewrite: String,
}

/// A piece of the text for showing it with the findings marked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    /// Whether this piece is a phrase that hands a decision up.
    pub flagged: bool,
}

/// Every phrase in `text` that hands a decision up, in order.
pub fn detect(text: &str) -> Vec<Finding> {
    analyse(text)
        .into_iter()
        .flat_map(|s| {
            let Suggestion {
                sentence,
                phrases,
                rewrite,
                ..
            } = s;
            phrases.into_iter().map(move |(range, phrase)| Finding {
                start: range.start,
                end: range.end,
                phrase,
                sentence_start: sentence.start,
                sentence_end: sentence.end,
                rewrite: rewrite.clone(),
            })
        })
        .collect()
}

/// The sentences of `text` that hand a decision up, each with its phrases
/// and a rewrite, in order.
pub fn analyse(text: &str) -> Vec<Suggestion> {
    read(text)
        .into_iter()
        .filter_map(|r| {
            let rung = r.rung.filter(|r| r.hands_decision_up())?;
            Some(Suggestion {
                sentence: r.sentence,
                original: r.original,
                rung,
                phrases: r.phrases,
                rewrite: r.rewrite.unwrap_or_default(),
            })
        })
        .collect()
}

/// `text` with every sentence that hands a decision up replaced by its
/// rewrite; everything else is kept exactly.
pub fn rewrite_message(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for s in analyse(text) {
        out.push_str(&text[pos..s.sentence.start]);
        out.push_str(&s.rewrite);
        pos = s.sentence.end;
    }
    out.push_str(&text[pos..]);
    out
}

/// `text` cut into plain and flagged pieces, for showing it with the
/// phrases of `findings` marked. Joined together the pieces give `text`.
pub fn segments(text: &str, findings: &[Finding]) -> Vec<Segment> {
    let mut ranges: Vec<Range<usize>> = findings.iter().map(Finding::range).collect();
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out = Vec::new();
    let mut pos = 0;
    for r in ranges {
        if r.start < pos || r.end > text.len() || r.start >= r.end {
            continue;
        }
        if !text.is_char_boundary(r.start) || !text.is_char_boundary(r.end) {
            continue;
        }
        if r.start > pos {
            out.push(Segment {
                text: text[pos..r.start].to_string(),
                flagged: false,
            });
        }
        out.push(Segment {
            text: text[r.clone()].to_string(),
            flagged: true,
        });
        pos = r.end;
    }
    if pos < text.len() {
        out.push(Segment {
            text: text[pos..].to_string(),
            flagged: false,
        });
    }
    out
}

// Natively only: the tests switch the language with `text::set_lang`.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod intl_tests;
#[cfg(test)]
mod tests;
