//! Rewriting a sentence as intent.

use std::ops::Range;
use std::sync::OnceLock;

use super::patterns::{match_items, parse, Item};
use super::rules::{
    clause_end, clause_separator, clause_start, is_in, is_ing, only_fillers_before, word_at, Check,
    Form, Match, PREPOSITIONS,
};
use super::text::Token;
use super::GAP;

/// Stands for [`GAP`] while a rewrite is tidied, so that trimming the final
/// punctuation leaves it alone.
const GAP_MARK: char = '\u{1}';

struct Edit {
    start: usize,
    end: usize,
    text: String,
}

/// "I'll", "I'm going to"…: already a plan; stated as intent when a tag is
/// dropped.
const PLAN_FORMS: &str = "(i'll|i will|i'm going to|i am going to|i'm gonna|i plan to|i'm planning to|i am planning to|we'll|we will|we're going to|we are going to|we plan to|let's)";

fn plan_items() -> &'static [Item] {
    static COMPILED: OnceLock<Vec<Item>> = OnceLock::new();
    COMPILED.get_or_init(|| parse(PLAN_FORMS))
}

/// Small words that stay with their verb ("pick up …", "work on …").
const PARTICLES: &str = "up on out off in back down over through into with";

/// Whether the words of `toks` name the writer as "we".
fn says_we(toks: &[Token]) -> bool {
    toks.iter().any(|t| {
        t.word
            && matches!(
                t.norm.as_str(),
                "we" | "us" | "we'd" | "we'll" | "we're" | "our"
            )
    })
}

/// "I" or "we", with a capital at the start of the sentence.
fn subject(we: bool, starts_sentence: bool) -> &'static str {
    match (we, starts_sentence) {
        (false, _) => "I",
        (true, true) => "We",
        (true, false) => "we",
    }
}

/// The text of tokens `from..to`, as written, or "" when empty.
fn span<'a>(text: &'a str, toks: &[Token], from: usize, to: usize) -> &'a str {
    if from >= to {
        return "";
    }
    &text[toks[from].start..toks[to - 1].end]
}

pub(super) fn rewrite_sentence(
    text: &str,
    sentence: &Range<usize>,
    toks: &[Token],
    matches: &[Match],
) -> String {
    if let Some(m) = matches.iter().find(|m| m.rule.form == Form::TellMe) {
        return tell_me(text, sentence, toks, m);
    }
    let mut edits: Vec<Edit> = Vec::new();
    let mut asked = false;
    for m in matches {
        match m.rule.form {
            Form::Ask if m.rule.check == Check::ThirdParty => {
                asked = true;
                third_party(toks, m, &mut edits);
            }
            Form::Ask | Form::Wish => {
                asked = true;
                let cs = clause_start(toks, m.start);
                let from_tok = if m.rule.takes_clause || only_fillers_before(toks, m.start) {
                    cs
                } else {
                    m.start
                };
                let we = says_we(&toks[m.start..m.end]);
                let starts_sentence = toks[..from_tok].iter().all(|t| !t.word);
                let mut replacement = format!("{} intend to", subject(we, starts_sentence));
                // "I'd like Friday off" → "I intend to take Friday off".
                if m.rule.check == Check::LikeOff {
                    replacement.push_str(" take");
                }
                let mut end = toks[m.end - 1].end;
                let cue_ends_with_if =
                    m.end >= 2 && matches!(toks[m.end - 2].norm.as_str(), "if" | "that");
                let last = toks[m.end - 1].norm.as_str();
                let ends_with_am =
                    last == "i'm" || (last == "am" && m.end >= 2 && toks[m.end - 2].norm == "i");
                // "…a sign-off from you on the plan": "from you" goes too.
                let mut after_cue = m.end;
                if word_at(toks, after_cue) == Some("from")
                    && word_at(toks, after_cue + 1) == Some("you")
                {
                    after_cue += 2;
                    end = toks[after_cue - 1].end;
                }
                match toks.get(after_cue) {
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
                        let base = if is_ing(&t.norm)
                            && is_in(
                                last,
                                "me us my our of about considering contemplating worth with",
                            ) {
                            ing_base(&t.norm)
                        } else if cue_ends_with_if {
                            base_form(&t.norm)
                        } else {
                            None
                        };
                        if let Some(base) = base {
                            replacement.push(' ');
                            replacement.push_str(&base);
                            end = t.end;
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
            Form::Approve => {
                asked = true;
                let cs = clause_start(toks, m.start);
                let starts_sentence = toks[..cs].iter().all(|t| !t.word);
                // "Please approve my PR so I can ship it": the goal is the
                // intent.
                let goal = (m.end..toks.len()).find_map(|k| {
                    if toks[k].norm != "so" {
                        return None;
                    }
                    let mut j = k + 1;
                    if word_at(toks, j) == Some("that") {
                        j += 1;
                    }
                    let we = matches!(word_at(toks, j), Some("we"));
                    (matches!(word_at(toks, j), Some("i" | "we"))
                        && word_at(toks, j + 1) == Some("can"))
                    .then_some((j + 2, we))
                });
                let edit = match goal {
                    Some((after, we)) => Edit {
                        start: toks[cs].start,
                        end: toks[after - 1].end,
                        text: format!("{} intend to", subject(we, starts_sentence)),
                    },
                    None => Edit {
                        start: toks[cs].start,
                        end: toks[m.end - 1].end,
                        text: format!(
                            "{} intend to go ahead{}",
                            subject(false, starts_sentence),
                            if word_at(toks, m.end).is_some() {
                                " with"
                            } else {
                                ""
                            }
                        ),
                    },
                };
                edits.push(edit);
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
            Form::TellMe => {}
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
                    let we = toks[i].norm.starts_with("we") || toks[i].norm == "let's";
                    let first = toks[..i].iter().all(|t| !t.word);
                    edits.push(Edit {
                        start: toks[i].start,
                        end: toks[end - 1].end,
                        text: format!("{} intend to", subject(we, first)),
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

/// "Is it OK if the team takes Friday off?" → "I intend to let the team
/// take Friday off"; "…for Sam to join" → "…let Sam join".
fn third_party(toks: &[Token], m: &Match, edits: &mut Vec<Edit>) {
    let cs = clause_start(toks, m.start);
    let starts_sentence = toks[..cs].iter().all(|t| !t.word);
    edits.push(Edit {
        start: toks[cs].start,
        end: toks[m.end - 1].end,
        text: format!("{} intend to let", subject(false, starts_sentence)),
    });
    let window = m.end..(m.end + 6).min(toks.len());
    if toks[m.end - 1].norm == "for" {
        if let Some(k) = window
            .clone()
            .find(|&k| toks[k].word && toks[k].norm == "to")
        {
            edits.push(Edit {
                start: toks[k - 1].end,
                end: toks[k].end,
                text: String::new(),
            });
        }
        return;
    }
    // The verb follows the subject: skip its determiners and its head word.
    let mut k = m.end;
    while k < window.end && toks[k].word && is_in(&toks[k].norm, DETERMINERS) {
        k += 1;
    }
    for t in toks.iter().take(window.end).skip(k + 1) {
        if !t.word {
            break;
        }
        if let Some(base) = present_base(&t.norm).or_else(|| base_form(&t.norm)) {
            edits.push(Edit {
                start: t.start,
                end: t.end,
                text: base,
            });
            break;
        }
    }
}

const DETERMINERS: &str =
    "the a an my our your his her their this that these those some all both each every";

/// The plain form of a verb in the third person ("takes" → "take"), if it
/// looks like one.
fn present_base(word: &str) -> Option<String> {
    let irregular = [
        ("is", "be"),
        ("has", "have"),
        ("does", "do"),
        ("goes", "go"),
        ("was", "be"),
    ];
    if let Some(&(_, base)) = irregular.iter().find(|(w, _)| *w == word) {
        return Some(base.to_string());
    }
    if word.len() < 4 || !word.is_ascii() || !word.ends_with('s') {
        return None;
    }
    if let Some(stem) = word.strip_suffix("ies") {
        return Some(format!("{stem}y"));
    }
    for ending in ["sses", "shes", "ches", "xes", "zes", "oes"] {
        if word.ends_with(ending) {
            return Some(word[..word.len() - 2].to_string());
        }
    }
    if word.ends_with("ss") || word.ends_with("us") || word.ends_with("is") {
        return None;
    }
    Some(word[..word.len() - 1].to_string())
}

/// The rewrite of a sentence that asks to be told what to do: "What should
/// I do about X?" becomes "I intend to … about X", with a gap for the
/// writer's own plan. Earlier clauses are kept; the rest of the asking
/// clause's sentence is left out.
fn tell_me(text: &str, sentence: &Range<usize>, toks: &[Token], m: &Match) -> String {
    let cs = clause_start(toks, m.start);
    let ce = clause_end(toks, m.end).max(m.end);
    // A choice laid out after a question ("Which matters more, speed or
    // cost?") is the whole ask: the rewrite replaces the sentence.
    let prefix = if m.rule.check == Check::Choice {
        ""
    } else {
        &text[sentence.start..toks[cs].start]
    };
    let cue = &toks[m.start..m.end];
    let wh = cue.iter().map(|t| t.norm.as_str()).find(|w| {
        matches!(
            *w,
            "what" | "which" | "how" | "where" | "when" | "who" | "whom"
        )
    });
    let last = cue[cue.len() - 1].norm.as_str();
    let we = says_we(cue) && !cue.iter().any(|t| t.norm == "me");
    let starts_sentence = toks[..cs].iter().all(|t| !t.word);
    let who = subject(we, starts_sentence);
    let gap = GAP_MARK;
    let (verb, rest_from) = if last == "do" && cue.len() > 1 {
        (Some("do".to_string()), m.end)
    } else if matches!(last, "to" | "i" | "we") && m.end < ce && toks[m.end].word {
        (Some(toks[m.end].norm.clone()), m.end + 1)
    } else {
        (None, m.end)
    };
    let tail = span(text, toks, rest_from, ce);
    let tail_first = word_at(toks, rest_from);
    let body = match verb.as_deref() {
        None | Some("do") => {
            let lower = tail.to_ascii_lowercase();
            if verb.is_none() && lower.contains("next step") {
                format!("Next, {} intend to {gap}", subject(we, false))
            } else if verb.is_none()
                && tail_first.is_some_and(|w| {
                    matches!(w, "on" | "for" | "about" | "with" | "regarding" | "re")
                })
            {
                let mut t = tail.to_string();
                capitalise(&mut t);
                format!("{t}, {} intend to {gap}", subject(we, false))
            } else if verb.is_some() && !tail.is_empty() {
                format!("{who} intend to {gap} {tail}")
            } else {
                format!("{who} intend to {gap}")
            }
        }
        Some(_) => {
            let v = span(text, toks, rest_from - 1, rest_from);
            match wh {
                Some("how") if tail.is_empty() => format!("{who} intend to {v} by {gap}"),
                Some("how") => format!("{who} intend to {v} {tail} by {gap}"),
                Some("what" | "which") => {
                    let particle = tail_first.filter(|w| is_in(w, PARTICLES));
                    let (p, rest) = match particle {
                        Some(_) => (
                            span(text, toks, rest_from, rest_from + 1),
                            span(text, toks, rest_from + 1, ce),
                        ),
                        None => ("", tail),
                    };
                    [
                        who,
                        " intend to ",
                        v,
                        if p.is_empty() { "" } else { " " },
                        p,
                        " ",
                    ]
                    .concat()
                        + &gap.to_string()
                        + if rest.is_empty() { "" } else { " " }
                        + rest
                }
                _ if tail.is_empty() => format!("{who} intend to {v} {gap}"),
                _ => format!("{who} intend to {v} {tail} {gap}"),
            }
        }
    };
    tidy(&format!("{prefix}{body}"), true)
}

fn capitalise(s: &mut String) {
    if let Some(first) = s.get(..1) {
        let upper = first.to_ascii_uppercase();
        s.replace_range(..1, &upper);
    }
}

/// Whether `c` is an emoji or another symbol that ends a chat message
/// ("ok if I merge? 🙏"): dropped from the end of a rewrite.
fn is_trailing_symbol(c: char) -> bool {
    !c.is_ascii() && !c.is_alphanumeric() && !super::text::is_closer(c) && c != '…'
        || matches!(c, '\u{fe0f}' | '\u{200d}')
}

/// Spaces, the final stop and the first capital of a rewritten sentence;
/// the gap mark becomes [`GAP`], with no stop after it.
pub(super) fn tidy(s: &str, asked: bool) -> String {
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
                c.is_whitespace()
                    || matches!(c, '?' | '!' | '.' | ',' | ';' | ':' | '…' | '‽' | '—' | '–')
                    || is_trailing_symbol(c)
            })
            .to_string();
        if asked {
            for tail in [" please", " or not", " pls", " plz", " thanks", " thx"] {
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
    let mut result: String = match chars.next() {
        Some(first) if first.is_ascii_lowercase() => std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        _ => out,
    };
    if !result.is_empty() && !result.ends_with(GAP_MARK) {
        result.push('.');
    }
    result.replace(GAP_MARK, GAP)
}

/// The plain form of an "-ing" word ("offering" → "offer"), for "Would you
/// be OK with me offering…" → "I intend to offer…".
pub fn ing_base(word: &str) -> Option<String> {
    const IRREGULAR: &[(&str, &str)] = &[
        ("being", "be"),
        ("seeing", "see"),
        ("going", "go"),
        ("doing", "do"),
        ("having", "have"),
        ("writing", "write"),
        ("rewriting", "rewrite"),
        ("lying", "lie"),
        ("dying", "die"),
        ("tying", "tie"),
        ("coming", "come"),
        ("becoming", "become"),
        ("giving", "give"),
        ("taking", "take"),
        ("making", "make"),
        ("leaving", "leave"),
        ("using", "use"),
        ("closing", "close"),
        ("trialling", "trial"),
        ("fleeing", "flee"),
        ("agreeing", "agree"),
        ("quitting", "quit"),
    ];
    if let Some(&(_, base)) = IRREGULAR.iter().find(|(w, _)| *w == word) {
        return Some(base.to_string());
    }
    if !is_ing(word) || !word.is_ascii() {
        return None;
    }
    let stem = &word[..word.len() - 3];
    if stem.ends_with('e') {
        return Some(stem.to_string()); // "seeing" is above; "freeing"…
    }
    base_form(&format!("{stem}ed"))
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
    // British doubling: cancelled → cancel, travelled → travel.
    if n >= 6
        && stem.ends_with("ell")
        && !vowel(b[n - 4])
        && ![
            "spell", "tell", "sell", "well", "smell", "shell", "dwell", "yell",
        ]
        .iter()
        .any(|w| stem.ends_with(w))
    {
        return Some(stem[..n - 1].to_string());
    }
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
