//! The French coach: asking leave ("Puis-je… ?", "Est-ce que je peux… ?",
//! "Je peux… ?", "Pourrions-nous… ?", "Dois-je… ?", "Est-ce que ça vous va
//! si… ?", "Je me demandais si je pouvais…"), asking to be told ("Que
//! dois-je faire pour… ?", "Comment dois-je… ?"), asking for approval
//! ("Merci de valider…") and tags (", ça vous va ?"); the rewrite uses
//! Marquet's phrase as the glossary gives it: "J'ai l'intention de …", with
//! "d'" before a vowel.
//!
//! "Je peux…" is a question only with its question mark; the inverted and
//! "est-ce que" forms are questions by their shape. Requests for someone
//! else's action ("Pouvez-vous m'envoyer… ?") have another subject and are
//! not matched.

use super::intl::{
    finish, fold_accents, is_in, is_word, opens_any, rest_after, skip, Coach, Hit, Pattern, Sent,
};
use super::{Rung, GAP};

pub(super) const COACH: Coach = Coach {
    fold: fold_accents,
    detect,
    tag,
    rung,
    joins: "et ou mais",
};

const FILLERS: &str =
    "alors et ok okay bon bonjour salut dites dis donc petite question juste euh sinon chef c";

/// Object pronouns that stand before the infinitive ("vous appeler").
const PRONOUNS: &str = "le la les l' lui leur vous te t' me m' y en se s' nous";

/// Infinitives after which the sentence is a courtesy or asks for
/// information or a thing: "Puis-je vous remercier… ?", "Puis-je avoir… ?".
const NOT_ACTIONS: &str = "remercier aider demander avoir savoir comprendre voir trouver obtenir recevoir presenter souligner rappeler signaler dire preciser feliciter excuser informer etre";

const REPORTING: &str = "demande demandait demandaient dit disait ecrit voulait savoir repondu";

const SOFTENERS: &str = "svp stp merci plait s'il vous";

static ASK: [Pattern; 6] = [
    Pattern::new("(vous m'|vous m|tu m'|tu m|vous nous|tu nous) (autorisez|autorises) (a)"),
    Pattern::new("(m'|m|nous) (autorisez|autorises) (vous|tu) (a)"),
    Pattern::new("(me|nous) (permettez|permets) (vous|tu) (de|d')"),
    Pattern::new("(puis|pourrais|peux|dois|devrais|pourrions|pouvons|devons|devrions|peut|pourrait|doit|devrait) (je|nous|on)"),
    Pattern::new("est ce (que|qu') (je|j'|nous|on) (peux|pourrais|peut|pourrait|pouvons|pourrions|dois|devrais|doit|devrait|devons|devrions)"),
    Pattern::new("(je me demandais|je me demande|je voulais savoir|je voulais vous demander|je voulais te demander) (si|s') (je|j'|nous|on) (pouvais|pourrais|peux|pouvions|pourrions|devais|devrais|dois)"),
];
/// "Je peux… ?": a question only with its question mark.
static ASK_TONE: Pattern = Pattern::new(
    "(je|on|nous) (peux|peut|pouvons|pourrais|pourrait|pourrions|dois|devrais|doit|devons|devrions)",
);
static ASK_IF: [Pattern; 7] = [
    Pattern::new("(c' est|c|cest|ce serait)? (ok|bon|d' accord|possible|jouable) (pour toi|pour vous) (si|s') (je|j'|nous|on)"),
    Pattern::new("(est ce que|est ce qu')? (vous etes|tu es|etes vous|es tu|vous seriez|tu serais|seriez vous|serais tu) d' accord (pour que|pour qu') (je|j'|nous|on)"),
    Pattern::new("(auriez vous|avez vous|aurais tu|as tu|vous auriez|tu aurais|vous avez|tu as) (une|un|des)? (objection|objections|inconvenient|probleme) (a ce que|a ce qu') (je|j'|nous|on)"),
    Pattern::new("(est ce que)? (serait il|est il|ce serait|c' est|il serait) possible (que|qu') (je|j'|nous|on)"),
    Pattern::new("(est ce que|est ce qu')? (ca|cela) (vous|te|t')? (va|irait|derange|derangerait|gene|generait|embete|convient|conviendrait|pose probleme|poserait probleme) (si) (je|j'|nous|on)"),
    Pattern::new("(est ce que|est ce qu')? (c' est|ce serait|ce sera|c' serait) (ok|bon|possible|d' accord|un probleme|genant) (si) (je|j'|nous|on)"),
    Pattern::new("(vous etes|tu es|vous seriez|tu serais|etes vous|es tu|seriez vous|serais tu) d' accord (si) (je|j'|nous|on)"),
];
static WISH: [Pattern; 2] = [
    Pattern::new("(je|j') (voudrais|aimerais|souhaiterais|souhaite|veux)"),
    Pattern::new("(nous|on) (voudrions|aimerions|souhaiterions|souhaitons|voulons|voudrait|aimerait|souhaiterait)"),
];
static TELL_WHAT: [Pattern; 3] = [
    Pattern::new("(que|qu') (dois|devrais|devons|devrions|doit|devrait) (je|nous|on) faire"),
    Pattern::new(
        "qu' est ce (que|qu') (je|j'|nous|on) (dois|devrais|devons|devrions|doit|devrait) faire",
    ),
    Pattern::new("qu' est ce (que|qu') (je|j'|nous|on) (fais|fait|faisons)"),
];
static TELL_HOW: [Pattern; 2] = [
    Pattern::new("comment (dois|devrais|devons|devrions|doit|devrait) (je|nous|on)"),
    Pattern::new(
        "comment est ce (que|qu') (je|j'|nous|on) (dois|devrais|doit|devrait|devons|devrions)",
    ),
];
static TELL_ME: Pattern =
    Pattern::new("(dites|dis) (moi|nous) (ce que|ce qu'|quoi) (je|j'|nous|on)?");
static WAIT_PLAN: Pattern = Pattern::new(
    "(j' attends|nous attendons|on attend) (votre|ta|ton|vos|tes) (feu vert|validation|accord|go|ok|aval|autorisation) (pour|avant)",
);
static WAIT: Pattern = Pattern::new(
    "(j' attends|nous attendons|on attend) (votre|ta|ton|vos|tes) (feu vert|validation|accord|instructions|decision|go|autorisation)",
);
static APPROVE: [Pattern; 2] = [
    Pattern::new("(merci de|merci d'|veuillez|pouvez vous|pourriez vous|peux tu|pourrais tu|tu peux|vous pouvez|tu pourrais|vous pourriez) (bien vouloir)? (valider|approuver|autoriser|signer)"),
    Pattern::new("(validez|valide|approuvez|approuve)"),
];
static TAG: [Pattern; 5] = [
    Pattern::new("(vous validez|tu valides|validez vous|valides tu|on valide|vous approuvez|tu approuves|vous etes d' accord|tu es d' accord)"),
    Pattern::new("(c' est|c|cest|ca est) (ok|bon|d' accord) (pour toi|pour vous)"),
    Pattern::new("(si)? (ca|cela) (vous|te) (va|convient|irait)"),
    Pattern::new("(si)? (c' est) (ok|bon)"),
    Pattern::new("(si vous etes d' accord|si tu es d' accord|d' accord|ok|okay|ca marche|si ca ne vous derange pas|si ca ne te derange pas)"),
];

/// Leave asked whatever the punctuation ("Dis-moi si je peux…", "Merci de
/// me confirmer que je peux…", "Ai-je le droit de…").
static LEAVE: [Pattern; 2] = [
    Pattern::new("(dis moi|dites moi|dis nous|dites nous|merci de me confirmer|merci de nous confirmer|confirme moi|confirmez moi|tu me confirmes|vous me confirmez|pouvez vous me confirmer|peux tu me confirmer|pourriez vous me confirmer) (si|s'|que|qu') (je|j'|nous|on) (peux|pourrais|peut|pouvons|pourrions|dois|doit|devons)"),
    Pattern::new("(ai je|avons nous|a t on|est ce que j' ai|est ce qu' on a|est ce que nous avons) le droit (de|d')"),
];
/// The go-ahead itself asked for: "Tu me donnes le feu vert pour… ?",
/// "J'aurais besoin de votre validation avant d'envoyer…".
static GO_AHEAD: [Pattern; 3] = [
    Pattern::new("(ai je|avons nous|a t on|est ce que j' ai|est ce qu' on a|est ce que nous avons) (bien)? (votre|ton|ta|vos) (feu vert|accord|autorisation|aval|go|ok|validation|approbation|permission)"),
    Pattern::new("(tu me donnes|vous me donnez|me donnes tu|me donnez vous|tu nous donnes|vous nous donnez|nous donnez vous|tu peux me donner|vous pouvez me donner|pouvez vous me donner|peux tu me donner|pourriez vous me donner|donne moi|donnez moi) (le|ton|votre|ta|un|l')? (go|feu vert|accord|autorisation|ok|aval|validation)"),
    Pattern::new("(j' aurais besoin|j' ai besoin|nous aurions besoin|nous avons besoin|on aurait besoin|on a besoin|j' aimerais avoir|j' aimerais obtenir|je voudrais avoir|je voudrais obtenir|je souhaiterais avoir|je souhaite avoir|nous aimerions avoir|je te demande|je vous demande|je me permets de vous demander|je me permets de te demander|je sollicite|j' attends|nous attendons|on attend) (de|d')? (votre|ton|ta|vos|tes) (feu vert|validation|accord|autorisation|aval|go|ok|approbation|permission)"),
];
fn lead(we: bool) -> &'static str {
    if we {
        "Nous avons l'intention"
    } else {
        "J'ai l'intention"
    }
}

fn says_we(s: &Sent, from: usize, to: usize) -> bool {
    (from..to).any(|k| matches!(s.w(k), "nous" | "on"))
}

/// "de" before `body`, elided before a vowel or a silent h.
fn de(body: &str) -> String {
    let first = fold_accents(&body.to_lowercase());
    let aspirate = ["hausser", "hacher", "hair", "heurter", "harceler", "hurler"];
    let elide = first.starts_with(['a', 'e', 'i', 'o', 'u', 'y'])
        || (first.starts_with('h') && !aspirate.iter().any(|a| first.starts_with(a)));
    if elide {
        format!("d'{body}")
    } else {
        format!("de {body}")
    }
}

fn infinitive(word: &str) -> bool {
    word.len() > 3 && ["er", "ir", "re", "oir"].iter().any(|e| word.ends_with(e))
}

/// The action from `from` to the clause's end: object pronouns, then an
/// infinitive that is not a courtesy. Returns the text from `from`.
fn action<'a>(s: &Sent<'a>, from: usize, stop: usize) -> Option<&'a str> {
    let from = skip(
        s,
        from,
        "bien juste simplement aussi egalement vraiment donc plutot",
    );
    let v = skip(s, from, PRONOUNS);
    if v >= stop || !infinitive(s.w(v)) || courtesy(s, v, stop) {
        return None;
    }
    let mut end = stop;
    while end > from && is_in(s.w(end - 1), SOFTENERS) {
        end -= 1;
    }
    Some(s.span(from, end))
}

/// Whether the infinitive at `v` makes a courtesy or a question, judged by
/// what follows where the verb alone cannot tell: "poser une question"
/// (but "poser mon vendredi" takes a day off), "informer que …" (but
/// "informer les parents" acts).
fn courtesy(s: &Sent, v: usize, stop: usize) -> bool {
    let next = |k: usize| {
        (v + 1..stop.min(v + 1 + k))
            .map(|j| s.w(j))
            .collect::<Vec<_>>()
    };
    match s.w(v) {
        "poser" => next(3).iter().any(|w| is_in(w, "question questions")),
        "informer" => v + 1 >= stop || is_in(s.w(v + 1), "que qu' de d' du des"),
        w => is_in(w, NOT_ACTIONS),
    }
}

/// The infinitive of a verb in a "si je …" clause, as written in French.
fn from_finite(word: &str, raw: &str) -> Option<String> {
    const IRREGULAR: &[(&str, &str)] = &[
        ("pars partons", "partir"),
        ("prends prenons", "prendre"),
        ("fais faisons", "faire"),
        ("vais allons", "aller"),
        ("viens venons", "venir"),
        ("reviens revenons", "revenir"),
        ("sors sortons", "sortir"),
        ("mets mettons", "mettre"),
        ("remets remettons", "remettre"),
        ("finis finissons", "finir"),
        ("choisis choisissons", "choisir"),
        ("ecris ecrivons", "écrire"),
        ("lis lisons", "lire"),
        ("dis disons", "dire"),
        ("envoie envoyons", "envoyer"),
        ("renvoie renvoyons", "renvoyer"),
        ("paie paye payons", "payer"),
        ("essaie essaye essayons", "essayer"),
        ("appelle appelons", "appeler"),
        ("rappelle rappelons", "rappeler"),
        ("suis sommes", "être"),
        ("ai avons", "avoir"),
        ("reponds repondons", "répondre"),
        ("attends attendons", "attendre"),
        ("rends rendons", "rendre"),
        ("recois recevons", "recevoir"),
        ("ouvre ouvrons", "ouvrir"),
        ("offre offrons", "offrir"),
        ("fasse fassions", "faire"),
        ("prenne prenions", "prendre"),
        ("aille allions", "aller"),
        ("parte partions", "partir"),
        ("sorte sortions", "sortir"),
        ("mette mettions", "mettre"),
        ("vienne venions", "venir"),
        ("dise disions", "dire"),
        ("ecrive ecrivions", "écrire"),
        ("sois soyons", "être"),
        ("aie ayons", "avoir"),
        ("reponde repondions", "répondre"),
        ("attende attendions", "attendre"),
        ("finisse finissions", "finir"),
    ];
    if let Some((_, inf)) = IRREGULAR.iter().find(|(forms, _)| is_in(word, forms)) {
        return Some((*inf).to_string());
    }
    if word.ends_with('e') && word.len() > 2 {
        return Some(format!("{raw}r"));
    }
    let stem = raw.strip_suffix("ons")?;
    let stem = stem
        .strip_suffix('ç')
        .map_or(stem.to_string(), |s| format!("{s}c"));
    let stem = stem
        .strip_suffix("ge")
        .map_or(stem.clone(), |s| format!("{s}g"));
    Some(format!("{stem}er"))
}

fn detect(s: &Sent) -> Option<Hit> {
    let chat = !s.text[s.range.clone()].trim_end().ends_with(['.', '!']);
    let asks = s.question || chat;
    for i in 0..s.toks.len() {
        if !is_word(&s.toks[i]) || !s.opens_clause(i, FILLERS) {
            continue;
        }
        if s.any_before(i, REPORTING) && !s.any_before(i, "je j' nous on") {
            return None;
        }
        // "J'attends ton OK pour lancer…": waiting on a go-ahead for a
        // named plan hands that plan up.
        if s.at(&WAIT_PLAN, i).is_some() {
            if let Some(hit) = go_ahead(s, i, asks) {
                return Some(hit);
            }
        }
        if let Some(hit) = tell_me(s, i) {
            return Some(hit);
        }
        // Leave and the go-ahead asked in the forms of `LEAVE` and `GO_AHEAD`.
        if let Some(hit) = go_ahead(s, i, asks) {
            return Some(hit);
        }
        let ask = s
            .at_any(&ASK, i)
            .filter(|_| asks || s.w(i) == "je")
            .or_else(|| s.at(&ASK_TONE, i).filter(|_| s.question));
        if let Some(end) = ask {
            let stop = s.clause_end(end);
            let we = says_we(s, i, end);
            if stop == end && s.question {
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite: format!("{} de {GAP}", lead(we)),
                });
            }
            if let Some(body) = action(s, end, stop) {
                let rest = rest_after(s, stop, SOFTENERS);
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite: finish(&format!("{} {}{rest}", lead(we), de(body))),
                });
            }
        }
        if let Some(end) = s.at_any(&ASK_IF, i).filter(|_| asks) {
            let stop = s.clause_end(end);
            let we = says_we(s, end - 1, end);
            let v = skip(s, end, PRONOUNS);
            if v < stop {
                let rewrite = match from_finite(s.w(v), &s.raw(v).to_lowercase()) {
                    Some(inf) => {
                        let pronouns = s.span(end, v);
                        let after = s.span(v + 1, stop);
                        let rest = rest_after(s, stop, SOFTENERS);
                        let body = [pronouns, inf.as_str(), after]
                            .iter()
                            .filter(|p| !p.is_empty())
                            .copied()
                            .collect::<Vec<_>>()
                            .join(" ");
                        finish(&format!("{} {}{rest}", lead(we), de(&body)))
                    }
                    None => format!("{} de {GAP}", lead(we)),
                };
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite,
                });
            }
        }
        if let Some(end) = s.at_any(&WISH, i) {
            let stop = s.clause_end(end);
            if let Some(body) = action(s, end, stop) {
                let we = says_we(s, i, end);
                let rest = rest_after(s, stop, SOFTENERS);
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite: finish(&format!("{} {}{rest}", lead(we), de(body))),
                });
            }
        }
        if let Some(end) = s.at_any(&APPROVE, i) {
            let stop = s.clause_end(end);
            // "Pourriez-vous signer le bon de commande ?" asks the reader
            // to act; "… signer ma demande ?" asks approval of mine.
            let theirs = s.w(end - 1) == "signer"
                && !is_in(s.w(i), "merci veuillez")
                && !is_in(s.w(end), "ma mon mes notre nos");
            if theirs {
                continue;
            }
            let mut last = stop;
            while last > end && is_in(s.w(last - 1), SOFTENERS) {
                last -= 1;
            }
            if last > end {
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite: finish(&format!(
                        "J'ai l'intention d'aller de l'avant avec {}",
                        s.span(end, last)
                    )),
                });
            }
        }
    }
    None
}

fn go_ahead(s: &Sent, i: usize, asks: bool) -> Option<Hit> {
    let (end, plan_from) = if let Some(end) = s.at_any(&LEAVE, i) {
        (end, end)
    } else {
        let end = s
            .at_any(&GO_AHEAD[..2], i)
            .filter(|_| asks)
            .or_else(|| s.at(&GO_AHEAD[2], i))?;
        // "… pour lancer", "… avant d'envoyer": the plan after the noun.
        let stop = s.clause_end(end);
        let from = (end..stop)
            .find(|&k| is_in(s.w(k), "pour avant"))
            .map_or(stop, |k| skip(s, k + 1, "de d'"));
        (end, from)
    };
    let we = says_we(s, i, end);
    let stop = s.clause_end(end);
    let rewrite = match action(s, plan_from, stop) {
        Some(body) => finish(&format!(
            "{} {}{}",
            lead(we),
            de(body),
            rest_after(s, stop, SOFTENERS)
        )),
        None => format!("{} de {GAP}", lead(we)),
    };
    Some(Hit {
        cue: i..end,
        tell_me: false,
        rewrite,
    })
}

fn tell_me(s: &Sent, i: usize) -> Option<Hit> {
    if let Some(end) = s.at_any(&TELL_WHAT, i) {
        let we = says_we(s, i, end);
        let stop = s.clause_end(end);
        let topic = s.span(end, stop);
        let rewrite = if topic.is_empty() {
            format!("{} de {GAP}", lead(we))
        } else {
            let l = lead(we);
            let lower = format!("{}{}", l[..1].to_lowercase(), &l[1..]);
            let mut t = topic.to_string();
            if let Some(c) = t.get(..1) {
                let up = c.to_uppercase();
                t.replace_range(..1, &up);
            }
            format!("{t}, {lower} de {GAP}")
        };
        return Some(Hit {
            cue: i..end,
            tell_me: true,
            rewrite,
        });
    }
    if let Some(end) = s.at_any(&TELL_HOW, i) {
        let we = says_we(s, i, end);
        let stop = s.clause_end(end);
        let rewrite = match action(s, end, stop) {
            Some(body) => format!("{} {} ainsi\u{a0}: {GAP}", lead(we), de(body)),
            None => format!("{} de {GAP}", lead(we)),
        };
        return Some(Hit {
            cue: i..end,
            tell_me: true,
            rewrite,
        });
    }
    let end = s.at(&TELL_ME, i).or_else(|| s.at(&WAIT, i))?;
    Some(Hit {
        cue: i..end,
        tell_me: true,
        rewrite: format!("{} de {GAP}", lead(says_we(s, i, end))),
    })
}

/// ", ça vous va ?" after a plan: the tag goes.
fn tag(s: &Sent, also: bool) -> Option<Hit> {
    let comma = (1..s.toks.len()).rev().find(|&k| s.raw(k) == ",")?;
    let start = comma + 1;
    let end = s.at_any(&TAG, start)?;
    if !s.only_marks_from(end) {
        return None;
    }
    let plan = (0..comma).any(|k| is_in(s.w(k), "je j' nous on"));
    let full = s.w(start) == "si" || end > start + 2;
    if !(s.question || full) || !(plan || also) {
        return None;
    }
    Some(Hit {
        cue: start..end,
        tell_me: false,
        rewrite: finish(s.span(0, comma)),
    })
}

static INTENT: [Pattern; 1] = [Pattern::new(
    "(je vais|nous allons|on va|j' ai l' intention|nous avons l' intention|je compte|nous comptons|je prevois|nous prevoyons)",
)];
static HABIT: [Pattern; 2] = [
    Pattern::new("(ces derniers jours|ces dernieres semaines|chaque jour|tous les jours|chaque semaine|toutes les semaines)"),
    Pattern::new("depuis"),
];
static SEE: [Pattern; 1] = [Pattern::new(
    "(je vois|j' ai vu|j' ai remarque|je remarque|j' ai constate|je constate|il semble|on dirait|apparemment|j' ai note|je note)",
)];
static THINK: [Pattern; 1] = [Pattern::new(
    "(je pense|je crois|je trouve|a mon avis|selon moi|il faudrait|on devrait|nous devrions|je devrais|peut etre|probablement|je suppose|je suggere|je propose|je recommande|il vaudrait mieux)",
)];
static DID: [Pattern; 1] = [Pattern::new(
    "(j' ai|nous avons|on a|je suis|nous sommes|ai) (deja|bien|enfin|tout)?",
)];

const COURTESY: &str = "bonjour salut merci bonne cher chere chers cheres cordialement bravo felicitations bienvenue coucou bisous amities bonsoir";

/// Words that put a present tense in the future: "Je l'appelle demain".
/// "soir", "midi", "semaine" count after "ce", "cet", "cette"; a weekday
/// not after "le" or "les" ("lundi", not "le lundi").
const SOON: &str = "demain tard bientot prochain prochaine prochains prochaines suite";
const DAYS: &str = "lundi mardi mercredi jeudi vendredi samedi dimanche";

/// Other words of a time that may open the clause before "je": "Ce soir,
/// je…", "Tout de suite, je…".
const WHEN: &str =
    "ce cet cette soir matin midi apres semaine plus des que possible tout de aujourd' hui";

/// Words of a habit, not of one plan: "Je l'appelle chaque lundi".
const USUALLY: &str = "chaque tous toutes toujours souvent habituellement generalement parfois jamais habitude lundis mardis mercredis jeudis vendredis samedis dimanches";

/// Present forms that state a fact, an ability or a view, not a plan.
const NOT_PLANS: &str = "suis ai avons sommes es est peux pouvons peut dois devons doit veux voulons veut vais allons va sais savons sait pense pensons crois croyons trouve trouvons vois voyons espere esperons compte comptons prevois prevoyons remercie remercions ne n' pas";

/// "Je l'appelle demain.", "Demain, j'envoie le rapport.": the present
/// tense for one plan, as English says "I will…" (rung 5). Only with a
/// word that places it ahead and none of a habit ("Je l'appelle chaque
/// lundi" reports a routine and stays a statement).
fn plan(s: &Sent) -> bool {
    let words = s.word_indices();
    let soon = words.iter().any(|&k| {
        let w = s.w(k);
        let before = if k > 0 { s.w(k - 1) } else { "" };
        is_in(w, SOON)
            || (is_in(w, "soir midi semaine matin") && is_in(before, "ce cet cette apres"))
            || (is_in(w, DAYS) && !is_in(before, "le les chaque"))
            || w == "aujourd'"
    });
    if !soon || words.iter().any(|&k| is_in(s.w(k), USUALLY)) {
        return false;
    }
    words.iter().any(|&k| {
        if !is_in(s.w(k), "je j' nous on") {
            return false;
        }
        let opens = (s.clause_start(k)..k).all(|j| {
            let w = s.w(j);
            is_in(w, FILLERS) || is_in(w, SOON) || is_in(w, DAYS) || is_in(w, WHEN)
        });
        let v = skip(s, k + 1, PRONOUNS);
        let w = s.w(v);
        opens
            && w.len() > 1
            && !is_in(w, NOT_PLANS)
            && !["rais", "rait", "rions", "riez"]
                .iter()
                .any(|e| w.ends_with(e))
    })
}

fn rung(s: &Sent) -> Option<Rung> {
    let words = s.word_indices();
    let &first = words.first()?;
    if s.question || is_in(s.w(first), COURTESY) {
        return None;
    }
    let first_person = words.iter().any(|&k| is_in(s.w(k), "je j' nous on"));
    if opens_any(s, &INTENT, FILLERS) {
        return Some(Rung::IIntend);
    }
    if first_person && super::intl::anywhere(s, &HABIT) {
        return Some(Rung::IHaveBeenDoing);
    }
    if super::intl::anywhere(s, &SEE) {
        return Some(Rung::ISee);
    }
    if super::intl::anywhere(s, &THINK) {
        return Some(Rung::IThink);
    }
    if plan(s) {
        return Some(Rung::IIntend);
    }
    for i in 0..s.toks.len() {
        if let Some(end) = s.at_any(&DID, i).filter(|_| s.opens_clause(i, FILLERS)) {
            let raw = s.raw(end).to_lowercase();
            let done = [
                "é", "ée", "és", "ées", "i", "is", "it", "u", "ert", "te", "ts",
            ]
            .iter()
            .any(|e| raw.ends_with(e));
            if done && !is_in(s.w(end), "pas besoin envie peur l' un une des le la du") {
                return Some(Rung::IDid);
            }
        }
    }
    if matches!(s.w(first), "c'") && is_in(s.w(first + 2), "fait regle termine envoye fini") {
        return Some(Rung::IDid);
    }
    (words.len() >= 3).then_some(Rung::ISee)
}
