//! The phrase coach's detector: finds permission-seeking phrasing in a
//! message ("Can I…?", "Is it OK if I…", "I would like to…", "request
//! permission"…) and suggests an "I intend to…" version of each sentence.
//!
//! Pure Rust with no browser types. Nothing here stores anything: the coach
//! hands the visitor's text in and gets findings back.
//!
//! How it works:
//! 1. The text is cut into sentences (at `.`, `?`, `!`, `…` followed by a
//!    space, at blank lines, and at line breaks before a capital letter or a
//!    list marker).
//! 2. Each sentence is cut into word tokens (letters and digits, joined by
//!    inner apostrophes or hyphens, so "I'd", "I’d" and "sign-off" are one
//!    word each) and punctuation tokens. Matching is on lower-cased words
//!    with curly apostrophes made straight, so "scan I" never holds "can I".
//! 3. A small set of word patterns (the [`RULES`]) is tried at every word;
//!    each match then passes checks on its neighbours, which keep out
//!    statements ("I can see"), questions that ask for information ("How can
//!    I…?", "What time is it?"), courtesies ("I would like to thank…") and
//!    other lookalikes ("In May I moved…", "…and so can I.").
//! 4. Each sentence with a match gets a rewrite: the asking part becomes
//!    "I intend to", tags such as ", if that's OK" are dropped, and the
//!    question mark becomes a full stop.
//!
//! Byte ranges in the results always point into the text as given.

use std::ops::Range;
use std::sync::OnceLock;

/// One permission-seeking phrase found in a text.
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

/// One sentence with one or more findings, and its rewrite.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// Byte range of the sentence in the text.
    pub sentence: Range<usize>,
    /// The sentence as written.
    pub original: String,
    /// The phrases found in it: byte range in the text, and the words.
    pub phrases: Vec<(Range<usize>, String)>,
    /// The sentence, stated as intent.
    pub rewrite: String,
}

/// A piece of the text for showing it with the findings marked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    /// Whether this piece is a permission-seeking phrase.
    pub flagged: bool,
}

/// Every permission-seeking phrase in `text`, in order.
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

/// The sentences of `text` that ask permission, each with its phrases and a
/// rewrite, in order.
pub fn analyse(text: &str) -> Vec<Suggestion> {
    sentences(text)
        .into_iter()
        .filter_map(|range| {
            let toks = tokenize(text, range.clone());
            let matches = find_matches(&toks);
            if matches.is_empty() {
                return None;
            }
            let rewrite = rewrite_sentence(text, &range, &toks, &matches);
            let phrases = matches
                .iter()
                .map(|m| {
                    let r = toks[m.start].start..toks[m.end - 1].end;
                    (r.clone(), text[r].to_string())
                })
                .collect();
            Some(Suggestion {
                original: text[range.clone()].to_string(),
                sentence: range,
                phrases,
                rewrite,
            })
        })
        .collect()
}

/// `text` with every sentence that asks permission replaced by its rewrite;
/// everything else is kept exactly.
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

// ---------------------------------------------------------------------------
// Sentences and tokens

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‽')
}

fn is_closer(c: char) -> bool {
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
            while j < chars.len() && (is_terminator(chars[j].1) || is_closer(chars[j].1)) {
                j += 1;
            }
            if j == chars.len() || chars[j].1.is_whitespace() {
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

#[derive(Clone, Debug)]
struct Token {
    start: usize,
    end: usize,
    /// Lower case, straight apostrophes.
    norm: String,
    word: bool,
}

fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let s = &text[range.clone()];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(s.len(), |&(b, _)| b);
    let mut toks = Vec::new();
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
            toks.push(Token {
                start: range.start + pos,
                end: range.start + end,
                norm: normalise(&s[pos..end]),
                word: true,
            });
            i = j;
        } else {
            let end = byte_at(i + 1);
            toks.push(Token {
                start: range.start + pos,
                end: range.start + end,
                norm: normalise(&s[pos..end]),
                word: false,
            });
            i += 1;
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

// ---------------------------------------------------------------------------
// Patterns

/// One slot of a pattern: alternatives (each one or more words), maybe
/// optional.
#[derive(Debug)]
struct Item {
    alts: Vec<Vec<&'static str>>,
    optional: bool,
}

/// Reads a pattern such as `"(is it|would it be)? (ok|okay) (if i|to)"`: bare
/// words must appear; `(a|b c)` offers alternatives; a `?` after the
/// parenthesis makes the slot optional.
fn parse(spec: &'static str) -> Vec<Item> {
    let mut items = Vec::new();
    let mut rest = spec.trim_start();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('(') {
            let close = after.find(')').expect("pattern parentheses are balanced");
            let alts = after[..close]
                .split('|')
                .map(|alt| alt.split_whitespace().collect())
                .collect();
            rest = &after[close + 1..];
            let optional = rest.starts_with('?');
            if optional {
                rest = &rest[1..];
            }
            items.push(Item { alts, optional });
        } else {
            let end = rest.find(' ').unwrap_or(rest.len());
            items.push(Item {
                alts: vec![vec![&rest[..end]]],
                optional: false,
            });
            rest = &rest[end..];
        }
        rest = rest.trim_start();
    }
    items
}

/// The end (exclusive token index) of the longest match of `items` from
/// token `i`, if any. Only word tokens match; punctuation breaks a match.
fn match_items(items: &[Item], toks: &[Token], i: usize) -> Option<usize> {
    let Some((item, rest)) = items.split_first() else {
        return Some(i);
    };
    let mut best: Option<usize> = None;
    for alt in &item.alts {
        let fits = alt
            .iter()
            .enumerate()
            .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.word && t.norm == *w));
        if fits {
            if let Some(end) = match_items(rest, toks, i + alt.len()) {
                best = best.max(Some(end));
            }
        }
    }
    if item.optional {
        if let Some(end) = match_items(rest, toks, i) {
            best = best.max(Some(end));
        }
    }
    best
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    /// Asks for permission; the asking part becomes "I intend to".
    Ask,
    /// Says what the writer would like (the ladder's fourth rung); becomes
    /// "I intend to".
    Wish,
    /// A tag that asks for approval (", if that's OK"); it is dropped.
    Tag,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Check {
    /// Only the question-word check.
    Plain,
    /// "can/could/may/might I": a real question asking to do something.
    Modal,
    /// "I would like to": not a courtesy, not "what I would like to…".
    Wish,
    /// "request permission": said by the writer.
    FirstPerson,
    /// ", is that OK?": after a clause, at the very end.
    TagAtEnd,
    /// "if that's OK": not "if it's OK to…", which asks outright.
    TagAlone,
    /// "let me": not "let me know".
    LetMe,
}

#[derive(Debug)]
struct RuleSpec {
    spec: &'static str,
    form: Form,
    check: Check,
    /// The cue must open its clause (only filler words before it).
    opens_clause: bool,
    /// The rewrite replaces everything from the start of the clause.
    takes_clause: bool,
    /// Only in a sentence ending with a question mark.
    question_only: bool,
}

const fn ask(spec: &'static str, check: Check) -> RuleSpec {
    RuleSpec {
        spec,
        form: Form::Ask,
        check,
        opens_clause: false,
        takes_clause: false,
        question_only: false,
    }
}

const fn ask_clause(spec: &'static str, check: Check) -> RuleSpec {
    RuleSpec {
        takes_clause: true,
        ..ask(spec, check)
    }
}

const fn opener(spec: &'static str) -> RuleSpec {
    RuleSpec {
        opens_clause: true,
        ..ask(spec, Check::Plain)
    }
}

const fn tag(spec: &'static str, check: Check) -> RuleSpec {
    RuleSpec {
        form: Form::Tag,
        ..ask(spec, check)
    }
}

/// The patterns of permission-seeking phrasing. Words are lower case with
/// straight apostrophes.
const RULES: &[RuleSpec] = &[
    // Can I…? Could I…? May I…? Might I…?
    ask("(can|could|may|might) i", Check::Modal),
    // Should I…? Shall I…? (questions only: "Should I need help, …" is not)
    RuleSpec {
        question_only: true,
        ..ask("(should|shall) i", Check::Modal)
    },
    // Is it OK if I…? Would it be alright to…? Is that fine with you if I…?
    ask(
        "(is it|is that|would it be|would that be|will it be|would it not be|is it still|would it still be) (ok|okay|alright|all right|fine|acceptable|cool) (with you|by you|for you)? (if i|if i'm|if i am|if we|for me to|for us to|to)",
        Check::Plain,
    ),
    ask(
        "(is it|would it be|would it not be) possible (for me to|for us to|if i|if we|that i|that we)",
        Check::Plain,
    ),
    // OK if I…? Alright to…? (opening the question)
    opener("(ok|okay|alright|all right|fine|cool) (with you)? (if i|if i'm|if i am|if we|for me to|for us to|to)"),
    // Are you OK if I…? Would you be happy for me to…?
    ask(
        "(are you|would you be|will you be) (ok|okay|alright|all right|fine|happy|comfortable) (if i|if i'm|if i am|if we|for me to|for us to)",
        Check::Plain,
    ),
    // Do you mind if I…? Would you mind if I…? Mind if I…?
    ask("(do|would|will) you mind if (i|i'm|i am|we)", Check::Plain),
    opener("mind if (i|i'm|i am|we)"),
    // Am I allowed to…? Would I be able to…?
    ask(
        "(am i|are we) (allowed|permitted|authorised|authorized|cleared|ok|okay|alright|good|able|free) to",
        Check::Plain,
    ),
    ask(
        "(would|will) (i|we) be (allowed|permitted|able|free|ok|okay) to",
        Check::Plain,
    ),
    // Do I have your permission to…?
    ask(
        "do (i|we) have (your|the)? (permission|approval|go-ahead|blessing|authorisation|authorization|clearance|sign-off) (to)?",
        Check::Plain,
    ),
    // I was wondering if I could…; I wanted to check whether I might…
    ask_clause(
        "(wondering|ask|asking|check|checking|see) (you|with you)? (if|whether) (i|we) (could|can|might|may)",
        Check::Modal,
    ),
    ask_clause("wonder (if|whether) (i|we) (could|might)", Check::Modal),
    // Let me know if it's OK to…; I was wondering whether it would be OK if I…
    ask_clause(
        "(if|whether) (it's|it is|it'd be|it would be|it was|that's|that is|that would be) (ok|okay|alright|all right|fine|acceptable|possible) (with you|by you)? (for me to|for us to|if i|if we|to)",
        Check::Plain,
    ),
    // Is there any chance I could…?
    ask(
        "is there (any)? chance (that)? (i|we) (could|can|might|may)",
        Check::Plain,
    ),
    // I was hoping I could…
    ask_clause(
        "hoping (that)? (i|we) (could|can|might|may)",
        Check::Modal,
    ),
    // Could you allow me to…? Can you let me…?
    ask(
        "(can|could|would|will) you (please|kindly)? (allow|permit|authorise|authorize) (me|us) to",
        Check::Plain,
    ),
    ask(
        "(can|could|would|will) you (please|kindly)? let (me|us)",
        Check::LetMe,
    ),
    // I request permission to…; requesting approval for…
    ask_clause(
        "(request|requesting|ask for|asking for|ask|asking|seek|seeking|obtain) (your|the|some|formal|prior)? (permission|approval|go-ahead|green light|blessing|authorisation|authorization|clearance|sign-off) (to)?",
        Check::FirstPerson,
    ),
    // I need your approval to…; I'd need the go-ahead…
    ask(
        "(i|we|i'll|we'll|i'd|we'd) (need|want|will need|would need) (to get|to have)? (your|the|some)? (permission|approval|go-ahead|green light|blessing|authorisation|authorization|clearance|sign-off) (to)?",
        Check::Plain,
    ),
    ask_clause(
        "(need|needing|want|wanting) your (permission|approval|go-ahead|blessing|sign-off|ok|okay) (to)?",
        Check::Plain,
    ),
    // Please grant me permission to…
    ask_clause(
        "(grant|give) (me|us) (your|the)? (permission|approval|go-ahead|green light|blessing|authorisation|authorization|clearance|sign-off) (to)?",
        Check::Plain,
    ),
    // Permission to speak freely?
    opener("(your)? permission to"),
    // I'd like permission to…
    ask(
        "(i would|i'd|i should|we would|we'd) (really)? like (your|the|some)? (permission|approval|go-ahead|green light|blessing|sign-off) (to)?",
        Check::Plain,
    ),
    // I would like to…; I'd like to… (the ladder's fourth rung)
    RuleSpec {
        form: Form::Wish,
        ..ask(
            "(i would|i'd|i should) (really|very much|so|also|just|still)? like to",
            Check::Wish,
        )
    },
    // Tags: …, if that's OK; …, is that alright?; …if you don't mind.
    tag(
        "if (that's|that is|it's|it is|this is|that'd be|that would be) (ok|okay|alright|all right|fine|acceptable|cool) (with you|by you|for you)?",
        Check::TagAlone,
    ),
    tag(
        "(is that|is this|would that be|is it|will that be|that) (ok|okay|alright|all right|fine|acceptable|cool) (with you|by you|for you)?",
        Check::TagAtEnd,
    ),
    tag(
        "if you (don't|do not) mind",
        Check::Plain,
    ),
    tag(
        "if (you're|you are) (ok|okay|fine|happy|alright|all right) with (that|it|this)",
        Check::Plain,
    ),
    tag("if you (agree|approve)", Check::Plain),
    tag(
        "(with|by) your (kind)? (permission|leave|approval|blessing)",
        Check::Plain,
    ),
];

/// Extensions tried after an asking phrase, so that "Can I please get your
/// approval to…" is one phrase.
const CHAINS: &[(&str, bool)] = &[
    ("(please|just|maybe|possibly|perhaps|also|quickly|kindly|now|still)", false),
    (
        "(get|have|request|ask for|ask|seek|obtain|receive) (your|the|some|formal|prior)? (permission|approval|go-ahead|green light|blessing|authorisation|authorization|clearance|sign-off) (to)?",
        true,
    ),
    ("(get|have|request|ask for) (your|the) (ok|okay|nod) (to)?", true),
    (
        "(ask|check|see|confirm) (you|with you)? (if|whether) (i|we) (could|can|might|may)",
        false,
    ),
    (
        "(ask|check|see|confirm) (you|with you)? (if|whether) (it's|it is|it'd be|it would be) (ok|okay|alright|all right|fine|acceptable|possible) (with you)? (for me to|for us to|if i|if we|to)",
        false,
    ),
];

struct Rule {
    spec: &'static RuleSpec,
    items: Vec<Item>,
}

struct Chain {
    items: Vec<Item>,
    /// Ends in a noun ("…your approval"): only kept when "to", a
    /// preposition or the end follows.
    noun: bool,
}

fn rules() -> &'static [Rule] {
    static COMPILED: OnceLock<Vec<Rule>> = OnceLock::new();
    COMPILED.get_or_init(|| {
        RULES
            .iter()
            .map(|spec| Rule {
                spec,
                items: parse(spec.spec),
            })
            .collect()
    })
}

fn chains() -> &'static [Chain] {
    static COMPILED: OnceLock<Vec<Chain>> = OnceLock::new();
    COMPILED.get_or_init(|| {
        CHAINS
            .iter()
            .map(|&(spec, noun)| Chain {
                items: parse(spec),
                noun,
            })
            .collect()
    })
}

// ---------------------------------------------------------------------------
// Word lists

const WH: &[&str] = &[
    "how", "what", "where", "when", "why", "who", "whom", "whose", "which", "whatever", "wherever",
    "whenever", "whoever",
];

/// Words before an inverted modal that make a statement ("Never could I…",
/// "…and so can I").
const INVERSION: &[&str] = &[
    "never", "only", "nor", "neither", "rarely", "seldom", "hardly", "little", "then", "than",
    "as", "too",
];

/// Subjects: "you can I guess" is no question.
const SUBJECTS: &[&str] = &[
    "i", "you", "he", "she", "we", "they", "it", "one", "that", "this", "there",
];

/// Words before "can" when it is a tin, not a modal.
const CAN_NOUN: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "my",
    "your",
    "his",
    "her",
    "our",
    "their",
    "trash",
    "garbage",
    "tin",
    "watering",
    "oil",
    "paint",
    "soda",
    "beer",
    "spray",
    "jerry",
    "recycling",
];

/// Words before "May" when it is the month.
const MONTH_PREV: &[&str] = &[
    "in",
    "of",
    "since",
    "until",
    "till",
    "by",
    "from",
    "during",
    "last",
    "next",
    "early",
    "late",
    "mid",
    "this",
    "that",
    "every",
    "each",
    "through",
    "before",
    "after",
    "on",
    "end",
    "start",
    "beginning",
];

/// Words that cannot follow "Can I" in a request to do something.
const NOT_A_VERB: &[&str] = &[
    "would", "could", "should", "will", "can", "may", "might", "must", "shall", "am", "is", "are",
    "was", "were", "i", "you", "he", "she", "we", "they", "it", "me", "us", "and", "or", "but",
    "too", "also", "either",
];

/// Courtesies and offers after "Can I" / "May I": "May I remind you",
/// "Can I help?".
const MODAL_SKIP: &[&str] = &[
    "remind",
    "introduce",
    "say",
    "congratulate",
    "thank",
    "welcome",
    "express",
    "mention",
    "wish",
    "help",
    "assist",
];

/// "Can I get you a coffee?" offers; it does not ask.
const OFFER_VERBS: &[&str] = &["get", "bring", "make", "fetch", "grab", "buy", "pour"];
const OFFER_OBJECTS: &[&str] = &[
    "you",
    "anyone",
    "anybody",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "y'all",
];

/// Past participles: "Could I have been clearer?" reflects; it does not ask.
const PARTICIPLES: &[&str] = &[
    "been",
    "done",
    "gone",
    "known",
    "seen",
    "told",
    "said",
    "had",
    "made",
    "taken",
    "got",
    "gotten",
    "given",
    "written",
    "thought",
    "brought",
    "sent",
    "missed",
    "left",
    "forgotten",
];

/// Words before "I would like to" that make it a description, not a wish
/// ("What I would like to see is…").
const WISH_PREV: &[&str] = &[
    "what",
    "all",
    "which",
    "that",
    "where",
    "how",
    "why",
    "when",
    "who",
    "everything",
    "anything",
    "something",
    "thing",
    "things",
    "whatever",
];

/// After "I would like to": courtesies and wishes to know, not requests.
const WISH_SKIP: &[&str] = &[
    "thank",
    "thanks",
    "welcome",
    "congratulate",
    "introduce",
    "acknowledge",
    "apologise",
    "apologize",
    "remind",
    "recognise",
    "recognize",
    "express",
    "wish",
    "invite",
    "extend",
    "say",
    "know",
    "hear",
    "learn",
    "understand",
    "echo",
    "emphasise",
    "emphasize",
    "highlight",
    "mention",
    "note",
    "point",
    "think",
    "believe",
    "hope",
    "see",
    "offer",
    "share",
    "begin",
    "start",
    "open",
    "close",
    "end",
    "commend",
    "celebrate",
];

/// Words before "request permission" when the writer is the one asking.
const FIRST_PERSON_PREV: &[&str] = &[
    "i",
    "we",
    "to",
    "am",
    "i'm",
    "we're",
    "are",
    "formally",
    "hereby",
    "kindly",
    "please",
    "humbly",
    "respectfully",
    "would",
    "i'd",
    "we'd",
    "also",
    "now",
    "just",
    "hence",
];

/// Words that may come before a request without changing it; the rewrite
/// drops them ("So can I…" becomes "I intend to…").
const FILLERS: &[&str] = &[
    "so", "and", "also", "please", "just", "ok", "okay", "well", "um", "uh", "um,", "then", "now",
    "anyway", "btw", "oh", "quick", "question", "real", "honestly", "maybe", "perhaps",
];

/// Where "I intend to go ahead" takes over: "…approval for the trip" becomes
/// "I intend to go ahead with the trip".
const PREPOSITIONS: &[&str] = &[
    "for",
    "with",
    "on",
    "about",
    "regarding",
    "re",
    "concerning",
    "before",
    "by",
    "of",
];

fn is_in(word: &str, list: &[&str]) -> bool {
    list.contains(&word)
}

// ---------------------------------------------------------------------------
// Matching

#[derive(Clone, Copy, Debug)]
struct Match {
    rule: &'static RuleSpec,
    /// Token range of the phrase (including any chain).
    start: usize,
    end: usize,
}

fn clause_separator(t: &Token) -> bool {
    !t.word
        && matches!(
            t.norm.as_str(),
            "," | ";"
                | ":"
                | "("
                | ")"
                | "—"
                | "–"
                | "-"
                | "\""
                | "“"
                | "”"
                | "«"
                | "»"
                | "["
                | "]"
        )
}

/// The token index where the clause holding token `i` starts.
fn clause_start(toks: &[Token], i: usize) -> usize {
    (0..i)
        .rev()
        .find(|&k| clause_separator(&toks[k]))
        .map_or(0, |k| k + 1)
}

/// Whether every token from the clause start up to `i` is a filler word.
fn only_fillers_before(toks: &[Token], i: usize) -> bool {
    toks[clause_start(toks, i)..i]
        .iter()
        .all(|t| t.word && is_in(&t.norm, FILLERS))
}

/// The word just before token `i`, if no punctuation comes between.
fn prev_word(toks: &[Token], i: usize) -> Option<&str> {
    let t = toks.get(i.checked_sub(1)?)?;
    t.word.then_some(t.norm.as_str())
}

/// The word at token `i`, if it is a word.
fn word_at(toks: &[Token], i: usize) -> Option<&str> {
    toks.get(i).filter(|t| t.word).map(|t| t.norm.as_str())
}

fn ends_in_question(toks: &[Token]) -> bool {
    toks.iter()
        .rev()
        .find(|t| t.word || !is_closer_str(&t.norm))
        .is_some_and(|t| !t.word && matches!(t.norm.as_str(), "?" | "‽"))
}

fn is_closer_str(s: &str) -> bool {
    s.chars().all(is_closer)
}

/// Extends a phrase over the chains ("…please get your approval to").
fn extend(toks: &[Token], mut end: usize) -> (usize, bool) {
    let mut chained_noun = false;
    for _ in 0..4 {
        let mut grew = false;
        for chain in chains() {
            let Some(e) = match_items(&chain.items, toks, end) else {
                continue;
            };
            if e <= end {
                continue;
            }
            if chain.noun {
                let ends_with_to = toks[e - 1].norm == "to";
                let next_ok = match word_at(toks, e) {
                    None => true,
                    Some(w) => is_in(w, PREPOSITIONS),
                };
                if !ends_with_to && !next_ok {
                    continue;
                }
                chained_noun = !ends_with_to;
            }
            end = e;
            grew = true;
            break;
        }
        if !grew {
            break;
        }
    }
    (end, chained_noun)
}

fn passes(
    rule: &RuleSpec,
    toks: &[Token],
    start: usize,
    core_end: usize,
    end: usize,
    chained: bool,
) -> bool {
    let prev = prev_word(toks, start);
    if rule.form != Form::Tag && prev.is_some_and(|p| is_in(p, WH)) {
        return false;
    }
    if rule.opens_clause && !only_fillers_before(toks, start) {
        return false;
    }
    if rule.question_only && !ends_in_question(toks) {
        return false;
    }
    let next = word_at(toks, end);
    match rule.check {
        Check::Plain => true,
        Check::Modal => {
            // The modal is the word before "I"/"we" at the end of the core.
            let modal = toks[core_end - 2].norm.as_str();
            let first = toks[start].norm.as_str();
            if first == modal {
                // An inverted question: "Can I…". Look at what came before.
                if let Some(p) = prev {
                    if is_in(p, INVERSION) || is_in(p, SUBJECTS) {
                        return false;
                    }
                    if modal == "can" && is_in(p, CAN_NOUN) {
                        return false;
                    }
                    if modal == "may" && is_in(p, MONTH_PREV) {
                        return false;
                    }
                }
            }
            if chained {
                return true;
            }
            let Some(next) = next else {
                return false;
            };
            if is_in(next, NOT_A_VERB) || is_in(next, MODAL_SKIP) {
                return false;
            }
            if next == "be" && matches!(modal, "could" | "might" | "should" | "shall") {
                return false;
            }
            if next == "have" {
                if let Some(after) = word_at(toks, end + 1) {
                    if is_in(after, PARTICIPLES) || (after.ends_with("ed") && after.len() > 3) {
                        return false;
                    }
                }
            }
            if is_in(next, OFFER_VERBS) {
                if let Some(after) = word_at(toks, end + 1) {
                    if is_in(after, OFFER_OBJECTS) {
                        return false;
                    }
                }
            }
            if next == "get" && matches!(word_at(toks, end + 1), Some("there" | "here" | "home")) {
                return false;
            }
            true
        }
        Check::Wish => {
            if prev.is_some_and(|p| is_in(p, WISH_PREV)) {
                return false;
            }
            if chained {
                return true;
            }
            // After a chain such as "ask if I could", any verb will do.
            let after_modal = matches!(
                toks[end - 1].norm.as_str(),
                "could" | "can" | "might" | "may"
            );
            match next {
                None => false,
                Some(n) if after_modal => !is_in(n, NOT_A_VERB),
                Some(n) => !is_in(n, WISH_SKIP) && !is_in(n, NOT_A_VERB),
            }
        }
        Check::FirstPerson => {
            prev.is_some_and(|p| is_in(p, FIRST_PERSON_PREV)) || only_fillers_before(toks, start)
        }
        Check::TagAtEnd => {
            let at_end = toks[end..].iter().all(|t| !t.word);
            let after_clause = start > 0
                && clause_separator(&toks[start - 1])
                && toks[..start - 1].iter().any(|t| t.word);
            at_end && after_clause
        }
        Check::TagAlone => !matches!(next, Some("to" | "for" | "if")),
        Check::LetMe => !matches!(
            next,
            None | Some("know" | "in" | "out" | "down" | "see" | "through" | "off" | "go")
        ),
    }
}

fn find_matches(toks: &[Token]) -> Vec<Match> {
    let mut found = Vec::new();
    for start in 0..toks.len() {
        if !toks[start].word {
            continue;
        }
        for rule in rules() {
            let Some(core_end) = match_items(&rule.items, toks, start) else {
                continue;
            };
            if core_end <= start {
                continue;
            }
            let (end, chained) = if rule.spec.form == Form::Tag {
                (core_end, false)
            } else {
                extend(toks, core_end)
            };
            if passes(rule.spec, toks, start, core_end, end, chained) {
                found.push(Match {
                    rule: rule.spec,
                    start,
                    end,
                });
            }
        }
    }
    // Earliest first; at the same start, the longest; no overlaps.
    found.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut kept: Vec<Match> = Vec::new();
    for m in found {
        if kept.last().is_none_or(|k| m.start >= k.end) {
            kept.push(m);
        }
    }
    kept
}

// ---------------------------------------------------------------------------
// Rewriting

struct Edit {
    start: usize,
    end: usize,
    text: String,
}

/// "I'll", "I'm going to"…: already a plan; stated as intent when a tag is
/// dropped.
const PLAN_FORMS: &str = "(i'll|i will|i'm going to|i am going to|i'm gonna|i plan to|i'm planning to|i am planning to|i want to|we'll|we will|we're going to|we are going to|we plan to|we want to)";

fn plan_items() -> &'static [Item] {
    static COMPILED: OnceLock<Vec<Item>> = OnceLock::new();
    COMPILED.get_or_init(|| parse(PLAN_FORMS))
}

fn rewrite_sentence(
    text: &str,
    sentence: &Range<usize>,
    toks: &[Token],
    matches: &[Match],
) -> String {
    let mut edits: Vec<Edit> = Vec::new();
    let mut asked = false;
    for m in matches {
        match m.rule.form {
            Form::Ask | Form::Wish => {
                asked = true;
                let cs = clause_start(toks, m.start);
                let from_tok = if m.rule.takes_clause || only_fillers_before(toks, m.start) {
                    cs
                } else {
                    m.start
                };
                let we = toks[m.start..m.end]
                    .iter()
                    .any(|t| t.word && matches!(t.norm.as_str(), "we" | "us" | "we'd" | "we'll"));
                let starts_sentence = toks[..from_tok].iter().all(|t| !t.word);
                let subject = match (we, starts_sentence) {
                    (false, _) => "I",
                    (true, true) => "We",
                    (true, false) => "we",
                };
                let mut replacement = format!("{subject} intend to");
                let mut end = toks[m.end - 1].end;
                let cue_ends_with_if = m.end >= 2 && toks[m.end - 2].norm == "if";
                let last = toks[m.end - 1].norm.as_str();
                let ends_with_am =
                    last == "i'm" || (last == "am" && m.end >= 2 && toks[m.end - 2].norm == "i");
                match toks.get(m.end) {
                    _ if ends_with_am => replacement.push_str(" be"),
                    Some(t) if t.word && is_in(&t.norm, PREPOSITIONS) => {
                        replacement.push_str(" go ahead");
                        if matches!(
                            t.norm.as_str(),
                            "for" | "on" | "about" | "regarding" | "re" | "concerning" | "of"
                        ) {
                            replacement.push_str(" with");
                            end = t.end;
                        }
                    }
                    Some(t) if t.word => {
                        if cue_ends_with_if {
                            if let Some(base) = base_form(&t.norm) {
                                replacement.push(' ');
                                replacement.push_str(&base);
                                end = t.end;
                            }
                        }
                    }
                    _ => replacement.push_str(" go ahead"),
                }
                edits.push(Edit {
                    start: toks[from_tok].start,
                    end,
                    text: replacement,
                });
            }
            Form::Tag => {
                let mut start = toks[m.start].start;
                let mut end = toks[m.end - 1].end;
                if m.start > 0 && clause_separator(&toks[m.start - 1]) {
                    start = toks[m.start - 1].start;
                } else if toks.get(m.end).is_some_and(|t| t.norm == ",") {
                    end = toks[m.end].end;
                }
                edits.push(Edit {
                    start,
                    end,
                    text: String::new(),
                });
            }
        }
    }
    if !asked {
        // Only tags: turn "I'll…" into "I intend to…" where it is free.
        let free = |i: usize| {
            let t = &toks[i];
            !edits.iter().any(|e| t.start < e.end && e.start < t.end)
        };
        for i in 0..toks.len() {
            if !toks[i].word || !free(i) {
                continue;
            }
            if let Some(end) = match_items(plan_items(), toks, i) {
                if end > i && (i..end).all(free) {
                    let we = toks[i].norm.starts_with("we");
                    let first = toks[..i].iter().all(|t| !t.word);
                    let subject = match (we, first) {
                        (false, _) => "I",
                        (true, true) => "We",
                        (true, false) => "we",
                    };
                    edits.push(Edit {
                        start: toks[i].start,
                        end: toks[end - 1].end,
                        text: format!("{subject} intend to"),
                    });
                    break;
                }
            }
        }
    }
    edits.sort_by_key(|e| e.start);
    let mut out = String::new();
    let mut pos = sentence.start;
    for e in edits {
        if e.start < pos {
            continue;
        }
        out.push_str(&text[pos..e.start]);
        out.push_str(&e.text);
        pos = e.end;
    }
    out.push_str(&text[pos..sentence.end]);
    tidy(&out, asked)
}

/// Spaces, the final stop and the first capital of a rewritten sentence.
fn tidy(s: &str, asked: bool) -> String {
    // Collapse runs of spaces and tabs; keep line breaks.
    let mut out = String::with_capacity(s.len());
    let mut last_space = false;
    for c in s.chars() {
        if c == ' ' || c == '\t' {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
        } else {
            last_space = false;
            out.push(c);
        }
    }
    let mut out = out
        .replace(" ,", ",")
        .replace(" .", ".")
        .replace(",,", ",")
        .trim()
        .to_string();
    loop {
        let before = out.len();
        out = out
            .trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '?' | '!' | '.' | ',' | ';' | ':' | '…' | '‽')
            })
            .to_string();
        if asked {
            for tail in [" please", " or not", " pls", " plz"] {
                let lower = out.to_ascii_lowercase();
                if lower.ends_with(tail) {
                    out.truncate(out.len() - tail.len());
                }
            }
        }
        if out.len() == before {
            break;
        }
    }
    // Leading punctuation left behind by a dropped tag.
    let out = out
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'))
        .to_string();
    let mut chars = out.chars();
    let mut result = match chars.next() {
        Some(first) if first.is_ascii_lowercase() => std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        _ => out,
    };
    if !result.is_empty() {
        result.push('.');
    }
    result
}

/// The plain form of a verb in the past tense ("took" → "take"), for "Would
/// it be OK if I took…" → "I intend to take…". `None` when the word does not
/// look like a past tense.
pub fn base_form(word: &str) -> Option<String> {
    const IRREGULAR: &[(&str, &str)] = &[
        ("took", "take"),
        ("went", "go"),
        ("left", "leave"),
        ("sent", "send"),
        ("came", "come"),
        ("made", "make"),
        ("gave", "give"),
        ("got", "get"),
        ("had", "have"),
        ("did", "do"),
        ("wrote", "write"),
        ("ran", "run"),
        ("brought", "bring"),
        ("bought", "buy"),
        ("spent", "spend"),
        ("met", "meet"),
        ("told", "tell"),
        ("said", "say"),
        ("saw", "see"),
        ("began", "begin"),
        ("kept", "keep"),
        ("held", "hold"),
        ("paid", "pay"),
        ("sold", "sell"),
        ("stood", "stand"),
        ("sat", "sit"),
        ("spoke", "speak"),
        ("chose", "choose"),
        ("drove", "drive"),
        ("flew", "fly"),
        ("rode", "ride"),
        ("threw", "throw"),
        ("built", "build"),
        ("lent", "lend"),
        ("wore", "wear"),
        ("woke", "wake"),
        ("forgot", "forget"),
        ("understood", "understand"),
        ("led", "lead"),
        ("found", "find"),
        ("thought", "think"),
        ("caught", "catch"),
        ("taught", "teach"),
        ("sought", "seek"),
        ("hung", "hang"),
        ("rang", "ring"),
        ("shot", "shoot"),
        ("slept", "sleep"),
        ("swam", "swim"),
        ("drew", "draw"),
        ("grew", "grow"),
        ("knew", "know"),
        ("took", "take"),
        ("joined", "join"),
        ("died", "die"),
        ("lied", "lie"),
        ("tied", "tie"),
        ("agreed", "agree"),
        ("freed", "free"),
        ("guaranteed", "guarantee"),
        ("added", "add"),
        ("developed", "develop"),
        ("visited", "visit"),
        ("edited", "edit"),
        ("exited", "exit"),
        ("limited", "limit"),
        ("audited", "audit"),
        ("credited", "credit"),
        ("benefited", "benefit"),
        ("monitored", "monitor"),
        ("piloted", "pilot"),
        ("pivoted", "pivot"),
        ("focused", "focus"),
        ("invited", "invite"),
        ("united", "unite"),
        ("cited", "cite"),
        ("expedited", "expedite"),
        ("rewrote", "rewrite"),
        ("undid", "undo"),
        ("redid", "redo"),
        ("set", "set"),
        ("put", "put"),
        ("cut", "cut"),
        ("shut", "shut"),
        ("let", "let"),
        ("read", "read"),
        ("split", "split"),
        ("quit", "quit"),
    ];
    if let Some(&(_, base)) = IRREGULAR.iter().find(|(past, _)| *past == word) {
        return Some(base.to_string());
    }
    if !word.is_ascii() || !word.ends_with("ed") || word.len() < 4 {
        return None;
    }
    if word.ends_with("eed") {
        return None; // need, proceed, exceed…: not a past tense here
    }
    if let Some(stem) = word.strip_suffix("ied") {
        return Some(format!("{stem}y"));
    }
    let stem = &word[..word.len() - 2];
    let b = stem.as_bytes();
    let n = b.len();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let last = b[n - 1];
    let before = if n >= 2 { Some(b[n - 2]) } else { None };
    // Doubled final consonant: stopped → stop, planned → plan.
    if let Some(p) = before {
        if p == last && !vowel(last) && !matches!(last, b'l' | b's' | b'f' | b'z') {
            return Some(stem[..n - 1].to_string());
        }
    }
    if matches!(stem, "us") {
        return Some("use".to_string());
    }
    let needs_e = match (before, last) {
        // A base ending in a vowel: continued, queued, issued.
        (_, c) if vowel(c) => true,
        (_, b'v' | b'c' | b'z') => true,
        (Some(p), b's') => p != b's' && !stem.ends_with("cus") && !stem.ends_with("bus"),
        (Some(p), b'l') => {
            matches!(
                p,
                b'b' | b'p'
                    | b'g'
                    | b't'
                    | b'k'
                    | b'd'
                    | b'c'
                    | b'z'
                    | b'f'
                    | b'i'
                    | b'o'
                    | b'u'
                    | b'y'
            ) && !double_vowel(b)
        }
        (Some(b'a'), b'g') => true,
        (Some(b'n'), b'g') => n > 4 && stem.ends_with("ang"),
        (Some(b'y'), b'p' | b'k' | b'm' | b'n' | b'r' | b't') => true,
        (Some(p), b'g') => matches!(p, b'r' | b'd' | b'l' | b'e' | b'i' | b'o' | b'u'),
        (Some(b'a'), b't') | (Some(b'u'), b't') => !double_vowel(b),
        (Some(b'e'), b't') => n >= 3 && matches!(b[n - 3], b'l' | b'p'),
        (Some(b'o'), b't') => !double_vowel(b),
        (Some(p), b'd' | b'k' | b'm' | b'b' | b'p' | b'r') if vowel(p) => {
            !(double_vowel(b) || (p == b'e' && matches!(last, b'r' | b'p')))
        }
        (Some(b'i' | b'a' | b'u'), b'n') => !double_vowel(b),
        _ => false,
    };
    Some(if needs_e {
        format!("{stem}e")
    } else {
        stem.to_string()
    })
}

/// Whether the stem ends in two vowels and a consonant ("join", "clean").
fn double_vowel(b: &[u8]) -> bool {
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let n = b.len();
    n >= 3 && vowel(b[n - 2]) && vowel(b[n - 3])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The phrases flagged in `text`, as written.
    fn phrases(text: &str) -> Vec<String> {
        detect(text).into_iter().map(|f| f.phrase).collect()
    }

    /// The one rewrite of `text`, which must hold exactly one flagged sentence.
    fn rewrite(text: &str) -> String {
        let s = analyse(text);
        assert_eq!(
            s.len(),
            1,
            "{text:?} should have one flagged sentence: {s:?}"
        );
        s[0].rewrite.clone()
    }

    #[test]
    fn flags_permission_seeking_phrasings() {
        let cases: &[(&str, &str)] = &[
            ("Can I deploy the fix tonight?", "Can I"),
            ("can i deploy the fix tonight", "can i"),
            ("CAN I DEPLOY THE FIX TONIGHT?", "CAN I"),
            ("Could I take Friday off?", "Could I"),
            ("May I leave early today?", "May I"),
            ("Might I borrow the spare laptop?", "Might I"),
            ("Should I merge the branch now?", "Should I"),
            ("Shall I book the meeting room?", "Shall I"),
            ("Is it OK if I move the stand-up to ten?", "Is it OK if I"),
            ("Is it okay if I skip the review?", "Is it okay if I"),
            (
                "Is it alright if I call the supplier?",
                "Is it alright if I",
            ),
            (
                "Is it all right if I call the supplier?",
                "Is it all right if I",
            ),
            (
                "Would it be OK if I took Friday off?",
                "Would it be OK if I",
            ),
            (
                "Would it be alright to push the release?",
                "Would it be alright to",
            ),
            (
                "Is it fine with you if I reorder the backlog?",
                "Is it fine with you if I",
            ),
            ("Is it OK to restart the server?", "Is it OK to"),
            (
                "Would it be possible for me to work from home?",
                "Would it be possible for me to",
            ),
            ("Do you mind if I join the call?", "Do you mind if I"),
            (
                "Would you mind if I shared the deck?",
                "Would you mind if I",
            ),
            ("Mind if I sit in on the interview?", "Mind if I"),
            ("OK if I close the ticket?", "OK if I"),
            ("Am I allowed to order a new monitor?", "Am I allowed to"),
            (
                "Would I be able to attend the course?",
                "Would I be able to",
            ),
            (
                "Do I have your permission to share the numbers?",
                "Do I have your permission to",
            ),
            (
                "I was wondering if I could leave at four.",
                "wondering if I could",
            ),
            (
                "I wanted to check whether I might swap shifts.",
                "check whether I might",
            ),
            ("Let me know if it's OK to merge.", "if it's OK to"),
            (
                "Is there any chance I could get a day off?",
                "Is there any chance I could",
            ),
            ("I was hoping I could present first.", "hoping I could"),
            (
                "Could you allow me to approve refunds?",
                "Could you allow me to",
            ),
            ("Can you let me take the lead on this?", "Can you let me"),
            (
                "I request permission to leave early.",
                "request permission to",
            ),
            (
                "Requesting permission to restart the cluster.",
                "Requesting permission to",
            ),
            (
                "I am writing to request approval for the trip.",
                "request approval",
            ),
            (
                "I need your approval to change the schedule.",
                "I need your approval to",
            ),
            (
                "Please grant me permission to access the logs.",
                "grant me permission to",
            ),
            ("Permission to speak freely?", "Permission to"),
            (
                "I'd like permission to hire a contractor.",
                "I'd like permission to",
            ),
            (
                "I would like to move the release to Friday.",
                "I would like to",
            ),
            ("I'd like to rename the project.", "I'd like to"),
            (
                "I'd also like to move the review to Monday.",
                "I'd also like to",
            ),
            (
                "I would like to request permission to leave early.",
                "I would like to request permission to",
            ),
            ("I'll leave at four, if that's OK.", "if that's OK"),
            ("I'll send it tomorrow, is that alright?", "is that alright"),
            (
                "I'll take the last slot if you don't mind.",
                "if you don't mind",
            ),
            (
                "With your permission, I'll reboot the server.",
                "With your permission",
            ),
            (
                "Are you happy for me to lead the retro?",
                "Are you happy for me to",
            ),
            (
                "Can I please get your sign-off to ship?",
                "Can I please get your sign-off to",
            ),
            ("Is it OK if I'm late tomorrow?", "Is it OK if I'm"),
            (
                "I’m writing to ask permission to attend the conference.",
                "ask permission to",
            ),
            (
                "Sorry to bother you, but could I get the go-ahead to order parts?",
                "could I get the go-ahead to",
            ),
            (
                "Hey Ana! I was wondering whether it would be OK if I left at 3.",
                "whether it would be OK if I",
            ),
            ("Do you mind if we start without him?", "Do you mind if we"),
            ("May I suggest we move the deadline?", "May I"),
        ];
        for (text, phrase) in cases {
            assert_eq!(phrases(text), vec![phrase.to_string()], "{text:?}");
        }
    }

    #[test]
    fn curly_apostrophes_are_the_same_as_straight_ones() {
        assert_eq!(phrases("I’d like to rename the project."), ["I’d like to"]);
        assert_eq!(phrases("I‘d like to rename it."), ["I‘d like to"]);
        assert_eq!(
            phrases("Let me know if it’s OK to merge."),
            ["if it’s OK to"]
        );
        assert_eq!(
            phrases("I’ll leave at four, if that’s OK."),
            ["if that’s OK"]
        );
        assert_eq!(
            rewrite("I’ll leave at four, if that’s OK."),
            "I intend to leave at four."
        );
    }

    #[test]
    fn leaves_statements_offers_and_information_questions_alone() {
        for text in [
            "I can see the problem now.",
            "You may notice a short delay.",
            "Can you send me the file?",
            "Could you review my pull request?",
            "Should we expect rain tomorrow?",
            "I would like to thank everyone for their help.",
            "I'd like to welcome Priya to the team.",
            "Can it be that the build is broken again?",
            "What time is it?",
            "The scan I ran found nothing.",
            "How can I help?",
            "Where can I find the style guide?",
            "What should I do next?",
            "Why should I care about this metric?",
            "In May I moved to Berlin.",
            "Since May I have led the team.",
            "Let me know if I can help.",
            "If I could, I would.",
            "If I could I would.",
            "You can leave early, and so can I.",
            "Never could I have imagined this.",
            "It's OK to make mistakes here.",
            "I have permission to park here.",
            "Don't deploy without permission.",
            "The manager may approve it later.",
            "I should have asked sooner.",
            "Should I need anything, I will call you.",
            "Could I have been clearer?",
            "Should I be worried about the test run?",
            "I'd like to know when the meeting starts.",
            "What I would like to see is more tests.",
            "Is it raining?",
            "Is it OK?",
            "Are you OK?",
            "Maybe I can join later.",
            "He asked whether I could come.",
            "I was wondering if you could review this.",
            "Users can request approval from their manager.",
            "Can I help you with anything?",
            "Can I get you a coffee?",
            "May I remind everyone that the office closes early.",
            "Could you let me know by Friday?",
            "The trash can I emptied was full.",
            "Thanks, I can take it from here.",
            "I intend to deploy the fix tonight.",
            "Cancel it if the tests fail.",
            "I’d love to hear your thoughts.",
            "Scan it and send it to me.",
            "We would like to thank our sponsors.",
            "Can we expect the numbers by Friday?",
            "Can I just say how great the launch was?",
            "Please allow me to introduce our new lead.",
            "Can I?",
            "She said I can go.",
            "Is it OK if the team takes Friday off?",
            "",
            "   \n\n  ",
        ] {
            assert_eq!(phrases(text), Vec::<String>::new(), "{text:?}");
        }
    }

    #[test]
    fn rewrites_state_the_intent() {
        let cases: &[(&str, &str)] = &[
            (
                "Can I deploy the fix tonight?",
                "I intend to deploy the fix tonight.",
            ),
            ("could I take Friday off", "I intend to take Friday off."),
            (
                "Should I merge the branch now?",
                "I intend to merge the branch now.",
            ),
            (
                "Would it be OK if I took Friday off?",
                "I intend to take Friday off.",
            ),
            (
                "Would you mind if I moved the meeting?",
                "I intend to move the meeting.",
            ),
            (
                "Is it OK if we ship on Monday?",
                "We intend to ship on Monday.",
            ),
            (
                "Hi Sam, can I deploy the fix tonight?",
                "Hi Sam, I intend to deploy the fix tonight.",
            ),
            (
                "So can I go ahead with the merge?",
                "I intend to go ahead with the merge.",
            ),
            (
                "Can I please deploy tonight?",
                "I intend to deploy tonight.",
            ),
            (
                "Can I deploy tonight, please?",
                "I intend to deploy tonight.",
            ),
            (
                "I was wondering if I could leave at four.",
                "I intend to leave at four.",
            ),
            (
                "Hey, I just wanted to check if I could swap shifts.",
                "Hey, I intend to swap shifts.",
            ),
            ("Let me know if it's OK to merge.", "I intend to merge."),
            (
                "I would like to request permission to leave early.",
                "I intend to leave early.",
            ),
            (
                "I am writing to request approval for the trip.",
                "I intend to go ahead with the trip.",
            ),
            ("Permission to speak freely?", "I intend to speak freely."),
            (
                "I'll leave at four, if that's OK.",
                "I intend to leave at four.",
            ),
            (
                "If that's OK, I'll leave at four.",
                "I intend to leave at four.",
            ),
            (
                "With your permission, I'll reboot the server.",
                "I intend to reboot the server.",
            ),
            (
                "I'm taking Friday off if that's alright with you.",
                "I'm taking Friday off.",
            ),
            (
                "Can I get your approval on the design?",
                "I intend to go ahead with the design.",
            ),
            (
                "Can I please get your sign-off to ship?",
                "I intend to ship.",
            ),
            (
                "Am I allowed to order a new monitor?",
                "I intend to order a new monitor.",
            ),
            (
                "I'd like to rename the project.",
                "I intend to rename the project.",
            ),
            (
                "Do I have your permission to share the numbers?",
                "I intend to share the numbers.",
            ),
            (
                "Is it OK if I'm late tomorrow?",
                "I intend to be late tomorrow.",
            ),
            (
                "Would it be OK if I scheduled the demo for Thursday?",
                "I intend to schedule the demo for Thursday.",
            ),
            (
                "We'll ship on Friday, is that OK with you?",
                "We intend to ship on Friday.",
            ),
            ("Requesting approval.", "I intend to go ahead."),
            (
                "Sorry to bother you, but could I get the go-ahead to order parts?",
                "Sorry to bother you, but I intend to order parts.",
            ),
            (
                "I'd like to ask if I could work remotely next week.",
                "I intend to work remotely next week.",
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(rewrite(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn several_sentences_and_line_breaks() {
        let text = "Hi Sam,\nThe build is green. Can I deploy tonight? I'd like to thank QA.\n\nAlso, should I tell the client?";
        let found = detect(text);
        assert_eq!(
            found.iter().map(|f| f.phrase.as_str()).collect::<Vec<_>>(),
            ["Can I", "should I"]
        );
        assert_eq!(found[0].rewrite, "I intend to deploy tonight.");
        assert_eq!(found[1].rewrite, "Also, I intend to tell the client.");
        for f in &found {
            assert_eq!(&text[f.start..f.end], f.phrase);
            let sentence = &text[f.sentence_start..f.sentence_end];
            assert!(sentence.contains(&f.phrase));
        }
        assert_eq!(
            &text[found[0].sentence_start..found[0].sentence_end],
            "Can I deploy tonight?"
        );
        // The whole message, rewritten, keeps everything else.
        assert_eq!(
            rewrite_message(text),
            "Hi Sam,\nThe build is green. I intend to deploy tonight. I'd like to thank QA.\n\nAlso, I intend to tell the client."
        );
    }

    #[test]
    fn a_phrase_may_run_over_a_wrapped_line() {
        let text = "Would it be OK\nif I took Friday off?";
        assert_eq!(phrases(text), ["Would it be OK\nif I"]);
        assert_eq!(rewrite(text), "I intend to take Friday off.");
    }

    #[test]
    fn several_requests_in_one_sentence_are_all_rewritten() {
        let text = "Can I leave early and could I take the car?";
        assert_eq!(phrases(text), ["Can I", "could I"]);
        assert_eq!(
            rewrite(text),
            "I intend to leave early and I intend to take the car."
        );
        let text = "Is it OK if I leave early, if that's alright?";
        assert_eq!(phrases(text), ["Is it OK if I", "if that's alright"]);
        assert_eq!(rewrite(text), "I intend to leave early.");
    }

    #[test]
    fn byte_ranges_hold_with_multibyte_text() {
        let text = "Café’s closed — ¿ok? Können wir… Can I order pizza? 🍕";
        let found = detect(text);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].range()], "Can I");
        let joined: String = segments(text, &found).into_iter().map(|s| s.text).collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn a_lone_approval_tag_is_left_out_of_the_rewrite() {
        let text = "I'll leave at four. If that's OK.";
        let found = detect(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rewrite, "");
        assert_eq!(rewrite_message(text), "I'll leave at four. ");
    }

    #[test]
    fn segments_mark_only_the_phrases() {
        let text = "Hi. Can I go? Yes.";
        let segs = segments(text, &detect(text));
        assert_eq!(
            segs,
            [
                Segment {
                    text: "Hi. ".into(),
                    flagged: false
                },
                Segment {
                    text: "Can I".into(),
                    flagged: true
                },
                Segment {
                    text: " go? Yes.".into(),
                    flagged: false
                },
            ]
        );
        assert_eq!(segments("", &[]), []);
    }

    #[test]
    fn sentences_split_where_people_expect() {
        let text =
            "One. Two? Three!\nfour\nFive\n\nsix... seven 2.5 eight\n- Can I go\nwrapped line";
        let got: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            got,
            [
                "One.",
                "Two?",
                "Three!",
                "four",
                "Five",
                "six...",
                "seven 2.5 eight",
                "- Can I go\nwrapped line"
            ]
        );
        assert!(sentences("").is_empty());
        assert!(sentences(" \n\n \t").is_empty());
    }

    #[test]
    fn past_tenses_become_plain_verbs() {
        for (past, base) in [
            ("took", "take"),
            ("left", "leave"),
            ("moved", "move"),
            ("stopped", "stop"),
            ("planned", "plan"),
            ("tried", "try"),
            ("updated", "update"),
            ("scheduled", "schedule"),
            ("changed", "change"),
            ("worked", "work"),
            ("called", "call"),
            ("pushed", "push"),
            ("released", "release"),
            ("used", "use"),
            ("focused", "focus"),
            ("shared", "share"),
            ("joined", "join"),
            ("ordered", "order"),
            ("opened", "open"),
            ("deleted", "delete"),
            ("budgeted", "budget"),
            ("enabled", "enable"),
            ("canceled", "cancel"),
            ("decided", "decide"),
            ("defined", "define"),
            ("continued", "continue"),
            ("reduced", "reduce"),
            ("developed", "develop"),
            ("submitted", "submit"),
            ("added", "add"),
            ("invited", "invite"),
            ("emailed", "email"),
            ("booked", "book"),
            ("invoked", "invoke"),
            ("typed", "type"),
            ("hired", "hire"),
            ("stored", "store"),
        ] {
            assert_eq!(base_form(past).as_deref(), Some(base), "{past}");
        }
        for word in ["need", "take", "leave", "proceed", "red", "bed", "go"] {
            assert_eq!(base_form(word), None, "{word}");
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in [
            "?",
            "Can",
            "Can I",
            "can I?",
            "I'd like to",
            "if that's OK",
            ", is that OK?",
            "Is it OK if I",
            "request permission",
            "'''---,,,???",
            "can\u{0301} I do it?",
            "Ｃａｎ Ｉ go?",
            "İs it OK if I go?",
        ] {
            let found = detect(text);
            for f in &found {
                assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
            }
            let _ = rewrite_message(text);
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_gives_sound_ranges(text in "(?s)(\\PC|[ \n'’?.,!]|can I |Can I go|is it OK if I |if that's OK|I'd like to ){0,40}") {
            let found = detect(&text);
            for f in &found {
                prop_assert!(f.start < f.end && f.end <= text.len());
                prop_assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
                prop_assert!(f.sentence_start <= f.start && f.end <= f.sentence_end);
                prop_assert_eq!(&text[f.start..f.end], f.phrase.as_str());
            }
            let joined: String = segments(&text, &found).into_iter().map(|s| s.text).collect();
            prop_assert_eq!(joined, text.clone());
            let _ = rewrite_message(&text);
        }
    }
}
