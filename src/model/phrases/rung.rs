//! The rung of a sentence that hands no decision up (2, 3, 5, 6, 7 or not
//! on the ladder at all), and its step toward "I intend to…".

use std::ops::Range;

use super::rewrite::{base_form, ing_base, tidy};
use super::rules::{clause_separator, ends_in_question, is_in, is_ing, NOT_A_VERB};
use super::text::Token;
use super::{Rung, GAP};

/// Words that open a greeting, thanks or a courtesy: such a sentence is
/// not on the ladder.
const COURTESY: &str = "hi hello hey dear thanks thank thx ty cheers congrats congratulations welcome morning afternoon evening regards best enjoy lol haha wow yay hooray bravo kudos please pls kindly lmk";

/// Two-word openings of the same kind.
const COURTESY_PAIRS: &[(&str, &str)] = &[
    ("good", "morning"),
    ("good", "afternoon"),
    ("good", "evening"),
    ("good", "luck"),
    ("good", "night"),
    ("good", "job"),
    ("great", "job"),
    ("great", "work"),
    ("nice", "work"),
    ("well", "done"),
    ("have", "a"),
    ("have", "fun"),
    ("happy", "to"),
    ("happy", "birthday"),
    ("happy", "friday"),
    ("happy", "holidays"),
    ("can't", "wait"),
    ("feel", "free"),
    ("don't", "hesitate"),
    ("let", "me"),
    ("should", "you"),
    ("if", "you"),
    ("see", "you"),
    ("talk", "soon"),
    ("speak", "soon"),
];

/// Words that make a statement a view rather than a fact.
const VIEW: &str = "probably maybe perhaps likely unlikely possibly apparently honestly seems seem worth arguably imo imho should could might may would ought must shouldn't couldn't wouldn't mustn't";

/// Verbs of opinion after "I"/"we".
const THINK: &str = "think believe reckon feel suspect guess suppose doubt expect assume bet imagine fear worry figure sense thought felt believed suspected figured assumed guessed suggest recommend propose wonder";

/// Verbs of noticing after "I"/"we": what was seen, not what was done.
const SEE: &str = "see saw noticed notice spotted heard observed realised realized learned learnt discovered found can can't cannot couldn't could hear";

/// "-ing" words after "I'm" that describe, rather than announce, an action.
const ING_SEE: &str =
    "seeing noticing getting having struggling hearing finding running waiting missing";
const ING_THINK: &str = "thinking feeling guessing wondering hoping";
const ING_ONGOING: &str = "working looking dealing handling chasing";

/// Past tenses that the "-ed" rule misses.
const IRREGULAR_PAST: &str = "took went left sent came made gave got had did wrote ran brought bought spent met told said began kept held paid sold spoke chose drove flew built lent forgot led caught taught sought rang drew grew knew rewrote set put cut shut let read split quit done fixed won lost hit threw sat stood woke swapped";

/// Opening words that report a finished action with no subject ("Done",
/// "Just pushed the hotfix").
const DROPPED_SUBJECT_LEAD: &str = "just already also finally ok okay so";

fn is_past(word: &str) -> bool {
    is_in(word, IRREGULAR_PAST)
        || (word.len() > 4
            && word.ends_with("ed")
            && !word.ends_with("eed")
            && base_form(word).is_some()
            && !is_in(word, "need hundred red bed shed wed ted"))
}

/// The rung of a sentence in which no phrase hands a decision up; `None`
/// when it is not on the ladder.
pub(super) fn classify(toks: &[Token]) -> Option<Rung> {
    // A greeting before a comma ("Hi Sam, I merged it") is left out.
    let mut from = 0;
    if let Some(first) = toks.iter().find(|t| t.word) {
        if matches!(
            first.norm.as_str(),
            "hi" | "hello" | "hey" | "dear" | "morning"
        ) {
            if let Some(k) = toks.iter().position(clause_separator) {
                if toks[..k].iter().filter(|t| t.word).count() <= 4 {
                    from = k + 1;
                }
            }
        }
    }
    let w: Vec<&str> = toks[from..]
        .iter()
        .filter(|t| t.word)
        .map(|t| t.norm.as_str())
        .collect();
    let first = *w.first()?;
    let second = w.get(1).copied().unwrap_or("");
    let has = |seq: &[&str]| w.windows(seq.len()).any(|win| win == seq);
    let any = |list: &str| w.iter().any(|x| is_in(x, list));

    if is_in(first, COURTESY)
        || COURTESY_PAIRS
            .iter()
            .any(|&(a, b)| a == first && b == second)
        || (matches!(first, "i'd" | "we'd")
            && second == "like"
            && w.get(3)
                .is_some_and(|v| is_in(v, "thank welcome congratulate introduce wish say")))
        || (matches!(first, "can" | "may" | "could")
            && second == "i"
            && w[2..].iter().take(2).any(|v| *v == "say"))
    {
        return None;
    }
    if ends_in_question(toks) {
        // "Could this be a caching issue?" wonders aloud; other questions
        // ask for information.
        let speculates = matches!(first, "could" | "might" | "may" | "maybe" | "perhaps")
            && w.iter().skip(2).any(|x| *x == "be");
        return speculates.then_some(Rung::IThink);
    }
    if matches!(first, "can" | "could" | "would" | "will")
        && is_in(second, "you someone anyone somebody anybody y'all everyone")
    {
        return None;
    }
    // "I think…", "We reckon…" at the start: a view, whatever follows.
    if matches!(first, "i" | "we") && is_in(second, THINK) {
        return Some(Rung::IThink);
    }
    // Reported speech ("The customer asked whether…") says what happened.
    let reports = w.windows(2).any(|p| {
        is_in(
            p[1],
            "asked asks wondered wonders inquired enquired queried wanted wants like",
        ) && !matches!(p[0], "i" | "we" | "i'd" | "we'd")
            && (!matches!(p[1], "wanted" | "wants" | "like") || has(&["to", "know"]))
    });
    if reports {
        return Some(Rung::ISee);
    }
    // 7: "I've been reviewing…", "been cleaning up…".
    let been_doing = w.windows(2).any(|p| p[0] == "been" && is_ing(p[1]))
        && (has(&["i've", "been"])
            || has(&["we've", "been"])
            || has(&["i", "have", "been"])
            || has(&["we", "have", "been"])
            || first == "been");
    if been_doing {
        return Some(Rung::IHaveBeenDoing);
    }
    // 5: "I will…", "I'm going to…", "Unless you object, I'll…".
    let intends = any("i'll we'll let's intend intends")
        || has(&["i", "will"])
        || has(&["we", "will"])
        || has(&["i", "shall"])
        || has(&["going", "to"])
        || has(&["gonna"])
        || has(&["plan", "is"])
        || has(&["plan", "to"])
        || has(&["planning", "to"])
        || has(&["planning", "on"])
        || has(&["about", "to"])
        || has(&["unless", "you"])
        || has(&["unless", "anyone"])
        || has(&["no", "objections"])
        || has(&["i've", "decided"])
        || has(&["we've", "decided"])
        || has(&["i", "have", "decided"]);
    if intends {
        return Some(Rung::IIntend);
    }
    // "I'm taking Friday off": the present for a plan.
    if let Some(k) = w
        .iter()
        .position(|x| matches!(*x, "i'm" | "we're" | "am" | "are"))
    {
        let next = w.get(k + 1).copied().unwrap_or("");
        let next = if matches!(next, "just" | "also" | "now" | "currently" | "still") {
            w.get(k + 2).copied().unwrap_or("")
        } else {
            next
        };
        let subject_ok =
            matches!(w[k], "i'm" | "we're") || (k > 0 && matches!(w[k - 1], "i" | "we"));
        if subject_ok && is_ing(next) {
            return Some(if is_in(next, ING_SEE) {
                Rung::ISee
            } else if is_in(next, ING_THINK) {
                Rung::IThink
            } else if is_in(next, ING_ONGOING) {
                Rung::IHaveBeenDoing
            } else {
                Rung::IIntend
            });
        }
    }
    // 2, said outright: "FYI…", "Heads up…", "I noticed…", "I'd like to
    // flag that…".
    let flags = has(&["fyi"])
        || has(&["heads", "up"])
        || has(&["so", "you", "know"])
        || w.windows(4).any(|q| {
            matches!(q[0], "i'd" | "i")
                && matches!(q[1], "like" | "want" | "wanted" | "would")
                && (q[2] == "to" || q[3] == "to")
                && q.iter()
                    .any(|x| is_in(x, "flag note point mention highlight let share"))
        });
    if flags {
        return Some(Rung::ISee);
    }
    // After "I"/"we": noticing, thinking, or a past tense.
    for (k, word) in w.iter().enumerate() {
        if !matches!(*word, "i" | "we" | "i've" | "we've" | "i'd") {
            continue;
        }
        let mut j = k + 1;
        while w.get(j).is_some_and(|x| {
            is_in(
                x,
                "just already also finally then have had really actually don't do didn't did not",
            )
        }) {
            j += 1;
        }
        let Some(verb) = w.get(j).copied() else {
            continue;
        };
        if is_in(verb, THINK) {
            return Some(Rung::IThink);
        }
        if is_in(verb, SEE) {
            return Some(if has(&["if"]) && verb != "can't" {
                Rung::IThink
            } else {
                Rung::ISee
            });
        }
        if is_past(verb) || (matches!(*word, "i've" | "we've") && verb.ends_with("ed")) {
            return Some(Rung::IDid);
        }
    }
    // "Done ✅ updated the price tags", "Sent the quote this morning".
    let lead = w
        .iter()
        .position(|x| !is_in(x, DROPPED_SUBJECT_LEAD))
        .map_or(first, |k| w[k]);
    if lead == "done" || is_past(lead) && !is_in(lead, "used based supposed interested") {
        return Some(Rung::IDid);
    }
    // 3: a view.
    if any(VIEW)
        || any(THINK) && (has(&["i"]) || has(&["we"]))
        || has(&["in", "my"])
        || w.windows(2).any(|p| {
            p[0] == "my"
                && is_in(p[1], "recommendation view opinion suggestion sense feeling gut take guess concern worry preference vote advice")
        })
        || has(&["need", "to"])
        || has(&["needs", "to"])
        || w.windows(2).any(|p| {
            p[0] == "too"
                && is_in(p[1], "tight much many late early risky expensive long slow soon crowded big small short")
        })
        || (any("can") && has(&["if"]))
    {
        return Some(Rung::IThink);
    }
    // 2: any other statement of a few words.
    (w.len() >= 3).then_some(Rung::ISee)
}

/// The sentence moved one step toward "I intend to…": a view that names an
/// action ("We should stop X") becomes the intent ("We intend to stop X");
/// anything else is kept and followed by "I intend to …".
pub(super) fn toward_intent(
    text: &str,
    range: &Range<usize>,
    toks: &[Token],
    rung: Rung,
) -> String {
    if rung == Rung::IThink {
        if let Some(s) = view_as_intent(text, range, toks) {
            return s;
        }
    }
    let mut kept = text[range.clone()].trim_end().to_string();
    while kept.ends_with(|c: char| {
        c.is_whitespace() || (!c.is_ascii() && !c.is_alphanumeric() && !"…”’»".contains(c))
    }) {
        kept.pop();
    }
    if !kept.ends_with(['.', '!', '?', '…']) {
        kept.push('.');
    }
    if let Some(first) = kept.get(..1) {
        let upper = first.to_ascii_uppercase();
        kept.replace_range(..1, &upper);
    }
    format!("{kept} I intend to {GAP}")
}

/// "In my view we should switch vendors" → "We intend to switch vendors";
/// "It might be worth moving standup" → "I intend to move standup"; "My
/// recommendation is option B" → "I intend to go with option B".
fn view_as_intent(text: &str, range: &Range<usize>, toks: &[Token]) -> Option<String> {
    let words: Vec<usize> = (0..toks.len()).filter(|&i| toks[i].word).collect();
    let norm = |k: usize| words.get(k).map(|&i| toks[i].norm.as_str());
    let from_word = |k: usize, lead: &str| -> Option<String> {
        let &i = words.get(k)?;
        let rest = &text[toks[i].start..range.end];
        Some(tidy(&format!("{lead} {rest}"), false))
    };
    let adverbs = [
        "probably",
        "maybe",
        "perhaps",
        "really",
        "definitely",
        "just",
        "also",
        "still",
        "actually",
        "seriously",
    ];
    for k in 0..words.len() {
        let w = norm(k)?;
        // we/I + should/could/must/need to/ought to + verb
        if matches!(w, "we" | "i") {
            let mut j = k + 1;
            let modal = norm(j)?;
            let step = match modal {
                "should" | "could" | "must" | "can" => 1,
                "need" | "ought" | "have" if norm(j + 1) == Some("to") => 2,
                "might" | "may" if norm(j + 1) == Some("want") && norm(j + 2) == Some("to") => 3,
                _ => continue,
            };
            j += step;
            while norm(j).is_some_and(|a| adverbs.contains(&a)) {
                j += 1;
            }
            let verb = norm(j)?;
            if is_in(verb, NOT_A_VERB) || matches!(verb, "be" | "have" | "get" | "see" | "probably")
            {
                return None;
            }
            let who = if w == "we" { "We" } else { "I" };
            return from_word(j, &format!("{who} intend to"));
        }
        // worth + -ing
        if w == "worth" {
            let verb = norm(k + 1).filter(|v| is_ing(v))?;
            let base = ing_base(verb)?;
            let lead = format!("I intend to {base}");
            return match words.get(k + 2) {
                Some(_) => from_word(k + 2, &lead),
                None => Some(tidy(&lead, false)),
            };
        }
        // I suggest / I'd recommend / my recommendation is (that) (we) …
        let proposes = matches!(w, "suggest" | "recommend" | "propose")
            && k > 0
            && matches!(norm(k - 1), Some("i" | "i'd" | "we" | "would"))
            || (matches!(w, "recommendation" | "suggestion" | "proposal")
                && k > 0
                && norm(k - 1) == Some("my")
                && norm(k + 1) == Some("is"));
        if proposes {
            let mut j = k + 1;
            if norm(j) == Some("is") {
                j += 1;
            }
            if norm(j) == Some("that") {
                j += 1;
            }
            if matches!(norm(j), Some("we" | "i")) {
                j += 1;
            }
            let next = norm(j)?;
            if let Some(base) = is_ing(next).then(|| ing_base(next)).flatten() {
                return match words.get(j + 1) {
                    Some(_) => from_word(j + 1, &format!("I intend to {base}")),
                    None => Some(tidy(&format!("I intend to {base}"), false)),
                };
            }
            if is_in(next, "a an the option we plan going that this") {
                return from_word(j, "I intend to go with");
            }
            return from_word(j, "I intend to");
        }
    }
    None
}
