//! The German coach: how people ask leave ("Darf ich…?", "Können wir…?",
//! "Ist es okay, wenn ich…?", "Ich wollte fragen, ob ich… kann"), ask to be
//! told ("Was soll ich wegen … tun?", "Wie sollen wir vorgehen?"), ask for
//! approval ("Bitte genehmigen Sie…") or tag a plan (", wenn das okay
//! ist?"), and the rewrite with Marquet's phrase as the glossary gives it:
//! "Ich beabsichtige, … zu …".
//!
//! German questions put the verb first, so a modal with "ich" or "wir" that
//! opens its clause asks, with or without a question mark; a statement
//! ("Ich kann morgen liefern.", "Morgen kann ich liefern.") never opens with
//! it. The action is the infinitive at the end of the clause: it gets its
//! "zu", inside a separable verb ("anrufen" → "anzurufen").

use super::intl::{finish, fold_umlauts, is_in, Coach, Hit, Pattern, Sent};
use super::{Rung, GAP};

pub(super) const COACH: Coach = Coach {
    fold: fold_umlauts,
    detect,
    tag,
    rung,
    joins: "und oder aber",
};

/// Words that may stand before a cue in its clause.
const FILLERS: &str = "also und ok okay kurz kurze frage hallo hi hey bitte chef chefin uebrigens sag mal noch eine aehm aeh aeh ach naja so ja gut du";

/// Verbs after which the sentence is a courtesy or asks for information,
/// not leave: "Darf ich Ihnen danken?", "Kann ich helfen?", "Kann ich das
/// sehen?".
const NOT_ACTIONS: &str = "sein danken bedanken vorstellen helfen fragen wissen sehen verstehen erkennen finden erreichen sagen hinweisen betonen erinnern mitteilen informieren gratulieren entschuldigen anmerken ergaenzen";

/// Words that report someone else's asking.
const REPORTING: &str =
    "fragte fragt gefragt fragten sagte sagt gesagt schrieb geschrieben meinte wollte wissen erkundigte";

const MODALS: &str = "darf kann koennte duerfte soll sollte koennen duerfen sollen koennten sollten duerften muss muessen";

/// Dropped from a rewritten action: they soften a request, not a plan.
const SOFTENERS: &str = "bitte vielleicht eventuell mal evtl gern gerne";

static TELL_WHAT: Pattern = Pattern::new("(was|wie) (soll|sollte|sollen|sollten) (ich|wir)");
static TELL_ME: Pattern = Pattern::new(
    "(sag|sagt|sagen|sagen sie|gib|geben sie) (mir|uns) (bitte)? (bescheid)? (,)? (bitte)? (was|wie) (ich|wir)",
);
static WAIT: Pattern = Pattern::new(
    "(ich warte|wir warten) auf (deine|ihre|eure|dein|ihr|euer) (freigabe|anweisung|anweisungen|entscheidung|zustimmung|ok|okay|go|vorgaben)",
);
static ASK_OB: [Pattern; 2] = [
    Pattern::new("(gib mir|geben sie mir|gebt mir|gib uns|geben sie uns|gebt uns|sag mir|sagen sie mir|sagt mir|sag uns|sagen sie uns|sagt uns) (bitte)? (kurz)? (bitte)? (bescheid)? (,)? ob (ich|wir)"),
    Pattern::new("(ich frage mich|ich wollte fragen|ich wollte mal fragen|ich wollte kurz fragen|darf ich fragen|ich moechte fragen|ich wuerde gern fragen|ich wuerde gerne fragen) (,)? ob (ich|wir)",
),
];
static ASK: [Pattern; 2] = [
    Pattern::new("(darf|kann|koennte|duerfte|soll|sollte) ich"),
    Pattern::new("(duerfen|koennen|koennten|sollen|sollten|duerften) wir"),
];
static ASK_IF: [Pattern; 8] = [
    Pattern::new("(ist|waere) (es|das) (fuer dich|fuer sie|fuer euch) (ok|okay|in ordnung|recht|moeglich|kein problem) (,)? (wenn|falls|dass) (ich|wir)"),
    Pattern::new("(haettest du|haetten sie|haettet ihr) (etwas|was)? dagegen (,)? (wenn|dass) (ich|wir)"),
    Pattern::new("(spricht|spraeche|gibt es|gaebe es) (etwas|was|irgendwas|irgendetwas)? (dagegen|einwaende) (,)? (wenn|dass) (ich|wir)"),
    Pattern::new("(sind sie|bist du|seid ihr|waeren sie|waerst du|waert ihr) (damit)? einverstanden (,)? (wenn|dass|falls) (ich|wir)"),
    Pattern::new("(ist|waere|waers) (es|das)? (,)? (ok|okay|in ordnung|recht|moeglich|kein problem) (fuer dich|fuer sie|fuer euch)? (,)? (wenn|falls|dass) (ich|wir)"),
    Pattern::new("(geht|passt|stoert) (es|das) (dich|dir|ihnen|euch)? (klar)? (,)? (wenn|falls) (ich|wir)"),
    Pattern::new("(hast du|haben sie|habt ihr) (etwas|was)? dagegen (,)? (wenn|dass) (ich|wir)"),
    Pattern::new("(macht|wuerde) es (dir|ihnen|euch) (etwas|was)? (aus|ausmachen)? (,)? (wenn|dass) (ich|wir)"),
];
static WISH: Pattern = Pattern::new(
    "(ich|wir) (moechte|moechten|will|wollen|wuerde|wuerden|haette gern|haette gerne)",
);
/// Asks for the go-ahead itself ("Gibst du mir grünes Licht für …?",
/// "Ich brauche noch deine Freigabe"): the plan, if named, follows "für" or
/// "um … zu".
static GO_AHEAD: [Pattern; 2] = [
    Pattern::new("(gibst du|geben sie|gebt ihr|kannst du|koennen sie|koenntest du|koennten sie|koennt ihr) (mir|uns) (bitte)? (dein|deine|ihr|ihre|euer|eure|das|ein|kurz)? (gruenes licht|go|ok|okay|freigabe|zustimmung|einverstaendnis|segen)"),
    Pattern::new("(ich brauche|wir brauchen|ich benoetige|wir benoetigen|ich braeuchte|wir braeuchten|ich haette gern|ich haette gerne|ich bitte um|wir bitten um|ich bitte sie um|ich bitte dich um|ich bitte euch um|wir bitten sie um) (noch)? (dein|deine|ihr|ihre|euer|eure|das|ein|eine) (gruenes licht|go|ok|okay|freigabe|zustimmung|einverstaendnis|segen|genehmigung|erlaubnis)"),
];
/// Offers to do something for the reader ("Soll ich dir … ausdrucken?").
const FOR_YOU: &str = "dir ihnen euch";
static APPROVE: Pattern =
    Pattern::new("(bitte)? (genehmigen sie|genehmige|genehmigt|bewilligen sie|bewillige) (bitte)?");
static RELEASE: Pattern = Pattern::new("(bitte)? (gib|geben sie|gebt) (bitte)?");
static CAN_YOU: Pattern = Pattern::new(
    "(kannst du|koennen sie|koenntest du|koenntet ihr|koennten sie|koennt ihr) (bitte)?",
);
static TAG: [Pattern; 5] = [
    Pattern::new("(bist du|sind sie|seid ihr) (damit)? einverstanden"),
    Pattern::new("(wenn|falls|sofern) (das|es) (fuer dich|fuer sie|fuer euch)? (ok|okay|in ordnung|recht) (ist|waere)"),
    Pattern::new("(ist|waere) (das|es) (fuer dich|fuer sie|fuer euch)? (ok|okay|in ordnung|recht)"),
    Pattern::new("(passt|geht) (das|es) (fuer dich|fuer sie|fuer euch|dir|ihnen|euch)? (so)?"),
    Pattern::new("(einverstanden|ok|okay|in ordnung|oder)"),
];

fn lead(we: bool) -> &'static str {
    if we {
        "Wir beabsichtigen,"
    } else {
        "Ich beabsichtige,"
    }
}

/// Whether the word as written looks like an infinitive: lower case (German
/// nouns are capitalised), ending in "n".
fn infinitive(s: &Sent, i: usize) -> bool {
    let raw = s.raw(i);
    raw.len() > 2 && raw.ends_with('n') && raw.starts_with(|c: char| c.is_lowercase())
}

/// Separable prefixes, longest first: "an|rufen" gives "anzurufen".
const PREFIXES: &[&str] = &[
    "zurück", "zusammen", "heraus", "herein", "herunter", "hinaus", "hinein", "voran", "voraus",
    "vorbei", "weiter", "dazu", "daran", "darauf", "durch", "fest", "heim", "hoch", "frei", "los",
    "weg", "mit", "nach", "vor", "auf", "aus", "ein", "bei", "her", "hin", "ab", "an", "um", "zu",
];

/// Verbs that start like a separable prefix but are not separable.
const INSEPARABLE: &str = "antworten analysieren einigen angeln abonnieren beinhalten herrschen hindern hinterlassen hinterfragen umarmen umfassen umgeben anonymisieren abstrahieren adressieren zusichern";

/// The infinitive with its "zu": "verschieben" → "zu verschieben",
/// "anrufen" → "anzurufen".
pub(super) fn zu_infinitive(verb: &str) -> String {
    let lower = verb.to_lowercase();
    if !is_in(&lower, INSEPARABLE) {
        for p in PREFIXES {
            if let Some(rest) = lower.strip_prefix(p) {
                let vowel = rest.starts_with(['a', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ü']);
                if rest.chars().count() < 4 || (vowel && lower.ends_with("ieren")) {
                    continue;
                }
                return format!("{}zu{}", &verb[..p.len()], &verb[p.len()..]);
            }
        }
    }
    format!("zu {verb}")
}

/// The infinitive of a verb in a "wenn ich …" clause ("verschiebe" →
/// "verschieben"); "wir" forms already are.
fn from_finite(verb: &str, we: bool) -> String {
    let lower = verb.to_lowercase();
    match lower.as_str() {
        "bin" | "sind" => return "sein".to_string(),
        "habe" | "hab" => return "haben".to_string(),
        "tu" | "tue" => return "tun".to_string(),
        "weiß" | "weiss" => return "wissen".to_string(),
        _ => {}
    }
    if we {
        verb.to_string()
    } else if lower.ends_with("ere") || lower.ends_with("ele") {
        format!("{}n", &verb[..verb.len() - 1])
    } else if lower.ends_with('e') {
        format!("{verb}n")
    } else {
        format!("{verb}en")
    }
}

/// The action `from..to` (its last word an infinitive) as a "zu" clause,
/// softeners left out: "den Termin morgen verschieben" → "den Termin
/// morgen zu verschieben".
fn action(s: &Sent, from: usize, to: usize, verb: &str) -> String {
    let mut words: Vec<&str> = (from..to)
        .filter(|&k| !is_in(s.w(k), SOFTENERS))
        .map(|k| s.raw(k))
        .collect();
    let zu = zu_infinitive(verb);
    words.push(&zu);
    words.join(" ")
}

/// "… zu tun, wenn …": the rest of the sentence after the clause.
fn rest<'a>(s: &Sent<'a>, clause_end: usize) -> &'a str {
    if clause_end < s.toks.len() && s.raw(clause_end) == "," {
        s.tail(clause_end)
    } else {
        ""
    }
}

fn says_we(s: &Sent, i: usize) -> bool {
    s.w(i) == "wir"
}

fn detect(s: &Sent) -> Option<Hit> {
    let chat = !s.text[s.range.clone()].trim_end().ends_with(['.', '!']);
    let asks = s.question || chat;
    for i in 0..s.toks.len() {
        // "… oder kann ich … einfach …?": the ask after "oder".
        if let Some(hit) = or_ask(s, i).filter(|_| asks) {
            return Some(hit);
        }
        if !super::intl::is_word(&s.toks[i]) || !s.opens_clause(i, FILLERS) {
            continue;
        }
        let reported = s.any_before(i, REPORTING) && !s.any_before(i, "ich wir");
        if reported {
            return None;
        }
        if let Some(hit) = tell_me(s, i) {
            return Some(hit);
        }
        // The go-ahead asked for, and offers that are not asks.
        if let Some(end) = s
            .at_any(&GO_AHEAD, i)
            .filter(|_| asks || s.w(i) == "ich" || s.w(i) == "wir")
        {
            return Some(go_ahead(s, i, end));
        }
        if matches!(s.w(i), "soll" | "sollte" | "sollen") && is_in(s.w(i + 2), FOR_YOU) {
            return None;
        }
        if let Some(end) = s.at_any(&ASK_OB, i) {
            let stop = s.clause_end(end);
            if stop >= end + 3
                && is_in(s.w(stop - 1), MODALS)
                && infinitive(s, stop - 2)
                && !is_in(s.w(stop - 2), NOT_ACTIONS)
            {
                let body = action(s, end, stop - 2, s.raw(stop - 2));
                let we = says_we(s, end - 1);
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite: finish(&format!("{} {body}{}", lead(we), rest(s, stop))),
                });
            }
        }
        if let Some(hit) = ask_to_approve(s, i).filter(|_| asks) {
            return Some(hit);
        }
        // "Darf ich Sie bitten, das Fenster zu schließen?" asks the reader
        // to act.
        let asks_you = s
            .at_any(&ASK, i)
            .is_some_and(|end| is_in(s.w(end), "sie dich euch") && s.w(end + 1) == "bitten");
        if asks_you {
            continue;
        }
        if let Some(end) = s.at_any(&ASK, i).filter(|_| asks) {
            let stop = s.clause_end(end);
            let we = says_we(s, end - 1);
            if stop == end && s.question {
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite: format!("{} {GAP}", lead(we)),
                });
            }
            let verb = stop
                .checked_sub(1)
                .filter(|&v| v >= end && infinitive(s, v));
            let courtesy = verb.is_some_and(|v| {
                is_in(s.w(v), NOT_ACTIONS)
                    || (s.w(v) == "stellen" && (end..v).any(|k| s.w(k) == "frage"))
            });
            if let Some(v) = verb.filter(|_| !courtesy) {
                let body = action(s, end, v, s.raw(v));
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite: finish(&format!("{} {body}{}", lead(we), rest(s, stop))),
                });
            }
        }
        if let Some(end) = s.at_any(&ASK_IF, i).filter(|_| asks) {
            let stop = s.clause_end(end);
            let we = says_we(s, end - 1);
            if stop > end {
                let mut v = stop - 1;
                if is_in(s.w(v), "wuerde wuerden koennte koennten darf kann duerfte") && v > end {
                    v -= 1;
                }
                let verb = if v == stop - 1 {
                    from_finite(s.raw(v), we)
                } else {
                    s.raw(v).to_string()
                };
                let body = action(s, end, v, &verb);
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite: finish(&format!("{} {body}{}", lead(we), rest(s, stop))),
                });
            }
        }
        if let Some(end) = s.at(&WISH, i) {
            let stop = s.clause_end(end);
            let wuerde = matches!(s.w(end - 1), "wuerde" | "wuerden");
            let gern = (end..stop).any(|k| matches!(s.w(k), "gern" | "gerne"));
            let verb = stop
                .checked_sub(1)
                .filter(|&v| v >= end && infinitive(s, v));
            if let Some(v) = verb.filter(|&v| !is_in(s.w(v), NOT_ACTIONS) && (!wuerde || gern)) {
                let body = action(s, end, v, s.raw(v));
                let we = says_we(s, i);
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite: finish(&format!("{} {body}{}", lead(we), rest(s, stop))),
                });
            }
        }
        if let Some(hit) = approve(s, i) {
            return Some(hit);
        }
    }
    None
}

/// "Dürfte ich Sie bitten, meinen Antrag freizugeben?": leave asked for
/// the reader to approve the writer's own request. Asking the reader to
/// act otherwise ("…, das Fenster zu schließen?") is not an ask for leave.
fn ask_to_approve(s: &Sent, i: usize) -> Option<Hit> {
    let end = s.at_any(&ASK, i)?;
    if !is_in(s.w(end), "sie dich euch") || s.w(end + 1) != "bitten" || s.raw(end + 2) != "," {
        return None;
    }
    let from = end + 3;
    let to = s.clause_end(from);
    let last = to.checked_sub(1).filter(|&l| l > from)?;
    let approving = is_in(
        s.w(last),
        "freizugeben abzusegnen abzuzeichnen genehmigen bewilligen unterschreiben zuzustimmen",
    );
    if !approving {
        return None;
    }
    let object_end = if s.w(last - 1) == "zu" {
        last - 1
    } else {
        last
    };
    if object_end <= from {
        return None;
    }
    Some(Hit {
        cue: i..end + 2,
        tell_me: false,
        rewrite: finish(&format!(
            "{} {} wie geplant umzusetzen",
            lead(says_we(s, end - 1)),
            s.span(from, object_end)
        )),
    })
}

/// "Müssen wir das abstimmen oder kann ich den PR einfach mergen?": a
/// leave asked after "oder" in the middle of a clause.
fn or_ask(s: &Sent, i: usize) -> Option<Hit> {
    if s.w(i) != "oder" {
        return None;
    }
    let end = s.at_any(&ASK, i + 1)?;
    let stop = s.clause_end(end);
    let v = stop
        .checked_sub(1)
        .filter(|&v| v > end && infinitive(s, v))?;
    if is_in(s.w(v), NOT_ACTIONS) {
        return None;
    }
    let we = says_we(s, end - 1);
    Some(Hit {
        cue: i + 1..end,
        tell_me: false,
        rewrite: finish(&format!("{} {}", lead(we), action(s, end, v, s.raw(v)))),
    })
}

/// "Gibst du mir grünes Licht, um … zu …?": the plan when it is named.
fn go_ahead(s: &Sent, i: usize, end: usize) -> Hit {
    let we = (i..end).any(|k| matches!(s.w(k), "uns" | "wir"));
    let mut stop = s.clause_end(end);
    if s.raw(stop) == "," && s.w(stop + 1) == "um" {
        stop = s.clause_end(stop + 1);
    }
    let mut rewrite = format!("{} {GAP}", lead(we));
    // "Ich bitte um Ihre Zustimmung, den Antrag vorzuziehen": the plan is
    // the "zu" clause after the comma.
    if s.raw(stop) == "," && s.w(stop + 1) != "um" {
        let to = s.clause_end(stop + 1);
        let last = s.w(to.saturating_sub(1));
        let zu = to > stop + 2
            && infinitive(s, to - 1)
            && (s.w(to - 2) == "zu" || (last.contains("zu") && last.len() > 5));
        if zu && (stop + 1..to).all(|k| !is_in(s.w(k), "dass ob wenn weil")) {
            return Hit {
                cue: i..end,
                tell_me: false,
                rewrite: finish(&format!("{} {}", lead(we), s.span(stop + 1, to))),
            };
        }
    }
    // "um … abzusagen" already is the "zu" clause the rewrite needs.
    if let Some(um) = (end..stop).find(|&k| s.w(k) == "um") {
        let last = s.w(stop - 1);
        if stop > um + 2 && (s.w(stop - 2) == "zu" || last.contains("zu")) {
            rewrite = finish(&format!("{} {}", lead(we), s.span(um + 1, stop)));
        }
    }
    Hit {
        cue: i..end,
        tell_me: false,
        rewrite,
    }
}

fn tell_me(s: &Sent, i: usize) -> Option<Hit> {
    let (end, what_i) = if let Some(end) = s.at(&TELL_WHAT, i) {
        (end, i)
    } else if let Some(end) = s.at(&TELL_ME, i) {
        (end, end - 2)
    } else if let Some(end) = s.at(&WAIT, i) {
        return Some(Hit {
            cue: i..end,
            tell_me: true,
            rewrite: format!("{} {GAP}", lead(says_we(s, i))),
        });
    } else {
        return None;
    };
    let we = says_we(s, end - 1);
    let stop = s.clause_end(end);
    let mut v = stop;
    if v > end && is_in(s.w(v - 1), "soll sollen sollte sollten") {
        v -= 1;
    }
    let verb = v.checked_sub(1).filter(|&k| k >= end && infinitive(s, k));
    let how = s.w(what_i) == "wie";
    let rewrite = match verb {
        Some(k) => {
            let mut body = String::new();
            for t in end..k {
                if !body.is_empty() {
                    body.push(' ');
                }
                body.push_str(s.raw(t));
            }
            let word = if how { "so" } else { "Folgendes" };
            let body = if body.is_empty() {
                format!("{word} {}", zu_infinitive(s.raw(k)))
            } else {
                format!("{body} {word} {}", zu_infinitive(s.raw(k)))
            };
            let after = rest(s, stop).trim_end_matches(['?', '!', '.', ' ']);
            format!("{} {body}{after}: {GAP}", lead(we))
        }
        None => format!("{} {GAP}", lead(we)),
    };
    Some(Hit {
        cue: i..end,
        tell_me: true,
        rewrite,
    })
}

fn approve(s: &Sent, i: usize) -> Option<Hit> {
    let (end, object) = if let Some(end) = s.at(&APPROVE, i) {
        let stop = s.clause_end(end);
        (end, (end, stop))
    } else if let Some(end) = s.at(&RELEASE, i) {
        let stop = s.clause_end(end);
        if stop <= end + 1 || s.w(stop - 1) != "frei" {
            return None;
        }
        (end, (end, stop - 1))
    } else if let Some(end) = s.at(&CAN_YOU, i) {
        let stop = s.clause_end(end);
        let last = stop.checked_sub(1)?;
        if last <= end
            || !is_in(
                s.w(last),
                "genehmigen freigeben absegnen abnicken bewilligen",
            )
        {
            return None;
        }
        (end, (end, last))
    } else {
        return None;
    };
    if object.1 <= object.0 {
        return None;
    }
    let what: Vec<&str> = (object.0..object.1)
        .filter(|&k| !is_in(s.w(k), SOFTENERS))
        .map(|k| s.raw(k))
        .collect();
    Some(Hit {
        cue: i..end,
        tell_me: false,
        rewrite: finish(&format!(
            "Ich beabsichtige, {} wie geplant umzusetzen",
            what.join(" ")
        )),
    })
}

/// ", wenn das okay ist?" after a plan: the tag goes.
fn tag(s: &Sent, also: bool) -> Option<Hit> {
    // A dash sets a tag off as a comma does ("… – einverstanden?").
    let comma = (1..s.toks.len())
        .rev()
        .find(|&k| matches!(s.raw(k), "," | "–" | "—" | "-"))?;
    let start = comma + 1;
    let end = s.at_any(&TAG, start)?;
    if !s.only_marks_from(end) {
        return None;
    }
    let bare = end == start + 1 || matches!(s.w(start), "in");
    let mine = "ich wir mein meine meinen mein unser unsere unseren";
    let plan = also || (0..comma).any(|k| is_in(s.w(k), mine));
    if bare && !(s.question && plan) {
        return None;
    }
    Some(Hit {
        cue: start..end,
        tell_me: false,
        rewrite: finish(s.span(0, comma)),
    })
}

static INTENT: [Pattern; 2] = [
    Pattern::new("(ich werde|wir werden|ich beabsichtige|wir beabsichtigen|ich plane|wir planen)"),
    Pattern::new("(ich habe|wir haben) vor ,"),
];
static HABIT: Pattern =
    Pattern::new("(seit|in den letzten|regelmaessig|jeden tag|taeglich|jede woche)");
static SEE: Pattern = Pattern::new(
    "(ich sehe|ich habe gesehen|mir ist aufgefallen|ich habe bemerkt|ich bemerke|mir faellt auf|es sieht so aus|anscheinend|offenbar)",
);
static THINK: Pattern = Pattern::new(
    "(ich denke|ich glaube|ich finde|ich meine|ich vermute|ich schaetze|meiner meinung|meines erachtens|meiner ansicht|ich schlage vor|ich empfehle|wir sollten|ich sollte|man sollte|vielleicht|wahrscheinlich|vermutlich|denke ich|glaube ich)",
);
static DID: Pattern = Pattern::new("(ich|wir)? (habe|hab|haben|bin|sind)");

const COURTESY: &str = "hallo hi hey danke vielen herzlichen liebe lieber gruesse viele beste mfg lg servus moin guten willkommen glueckwunsch bitte tschuess bis";

fn anywhere(s: &Sent, p: &Pattern) -> bool {
    (0..s.toks.len()).any(|i| s.at(p, i).is_some())
}

/// Words that put a present tense in the future: "Ich rufe dich morgen an".
const SOON: &str = "morgen uebermorgen spaeter nachher gleich bald heute sofort naechste naechsten naechster naechstes kommende kommenden kommender kommendes montag dienstag mittwoch donnerstag freitag samstag sonntag uhr";

/// Words of a habit, not of one plan: "Ich rufe ihn jeden Montag an".
const USUALLY: &str = "jeden jede jedes jedem immer oft meistens normalerweise regelmaessig taeglich woechentlich manchmal selten nie gewoehnlich montags dienstags mittwochs donnerstags freitags samstags sonntags morgens abends wieder";

/// Present forms that state a fact, an ability or a view, not a plan.
const NOT_PLANS: &str = "freue habe hab bin kann muss soll will darf mag moechte werde weiss denke glaube finde meine hoffe sehe brauche vermute schaetze wuerde koennte sollte muesste haette waere haben sind koennen muessen sollen wollen duerfen moegen moechten werden wissen denken glauben finden meinen hoffen sehen brauchen wuerden koennten sollten";

/// Clipped "ich" forms of everyday verbs ("Ich ruf dich an").
const CLIPPED: &str = "ruf schick meld komm geh mach schau fahr bring kuemmer";

/// "Ich rufe dich später an.", "Morgen schicken wir das Angebot.": the
/// present tense for one plan, as English says "I will…" (rung 5). Only
/// with a word that places it ahead (`SOON`) and none of a habit
/// (`USUALLY`): "Ich rufe ihn jeden Montag an" reports a routine and stays
/// a statement.
fn plan(s: &Sent) -> bool {
    let words = s.word_indices();
    if !words.iter().any(|&k| is_in(s.w(k), SOON)) || words.iter().any(|&k| is_in(s.w(k), USUALLY))
    {
        return false;
    }
    let finite = |k: usize, we: bool| {
        let raw = s.raw(k);
        let w = s.w(k);
        super::intl::is_word(&s.toks[k])
            && raw.starts_with(|c: char| c.is_lowercase())
            && !is_in(w, NOT_PLANS)
            && if we {
                w.len() > 3 && w.ends_with("en")
            } else {
                (w.len() > 2 && w.ends_with('e')) || is_in(w, CLIPPED)
            }
    };
    words.iter().any(|&k| {
        let we = match s.w(k) {
            "ich" => false,
            "wir" => true,
            _ => return false,
        };
        // "Ich rufe …" opens its clause; "Morgen rufe ich …" puts the verb
        // just before the subject, after what opens the sentence.
        (s.opens_clause(k, FILLERS) && finite(k + 1, we))
            || (k >= 2 && !s.opens_clause(k - 1, FILLERS) && finite(k - 1, we))
    })
}

fn rung(s: &Sent) -> Option<Rung> {
    let words = s.word_indices();
    let &first = words.first()?;
    if s.question || is_in(s.w(first), COURTESY) {
        return None;
    }
    let first_person = words.iter().any(|&k| matches!(s.w(k), "ich" | "wir"));
    if (0..s.toks.len()).any(|i| {
        s.at_any(&INTENT, i)
            .is_some_and(|_| s.opens_clause(i, FILLERS))
    }) {
        return Some(Rung::IIntend);
    }
    if first_person && anywhere(s, &HABIT) {
        return Some(Rung::IHaveBeenDoing);
    }
    if anywhere(s, &SEE) {
        return Some(Rung::ISee);
    }
    if anywhere(s, &THINK) {
        return Some(Rung::IThink);
    }
    if plan(s) {
        return Some(Rung::IIntend);
    }
    let last = *words.last()?;
    let participle = {
        let raw = s.raw(last);
        raw.starts_with(|c: char| c.is_lowercase())
            && (raw.ends_with('t') || raw.ends_with("en"))
            && last != first
    };
    if participle && s.at(&DID, first).is_some() {
        return Some(Rung::IDid);
    }
    if matches!(
        s.w(last),
        "erledigt" | "fertig" | "verschickt" | "raus" | "behoben"
    ) && words.len() <= 6
    {
        return Some(Rung::IDid);
    }
    (words.len() >= 3).then_some(Rung::ISee)
}
