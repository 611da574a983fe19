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
const NOT_ACTIONS: &str = "sein danken bedanken vorstellen helfen fragen wissen sehen verstehen erkennen finden erreichen sagen hinweisen betonen erinnern mitteilen informieren gratulieren entschuldigen anmerken ergaenzen nachlesen nachschauen nachsehen herausfinden erfahren";

/// Words that report someone else's asking.
const REPORTING: &str =
    "fragte fragt gefragt fragten sagte sagt gesagt schrieb geschrieben meinte wollte wissen erkundigte";

const MODALS: &str = "darf kann koennte duerfte soll sollte koennen duerfen sollen koennten sollten duerften muss muessen";

/// Dropped from a rewritten action: they soften a request, not a plan.
const SOFTENERS: &str = "bitte vielleicht eventuell mal evtl gern gerne";

static TELL_WHAT: Pattern = Pattern::new("(was|wie) (soll|sollte|sollen|sollten) (ich|wir)");
/// "Wo soll ich die Proben einlagern?", "Wann sollen wir liefern?": any
/// question word before "soll ich" asks to be told, unless the reader is
/// the one served ("Wo soll ich dich abholen?").
static TELL_WH: Pattern = Pattern::new(
    "(wo|wohin|wann|womit|wem|wen|wieviel|wie viel|wie viele|wie lange|wie oft|bis wann|ab wann|an wen|mit wem|in welcher|in welchem|auf welche|an welche|nach welchem) (soll|sollte|sollen|sollten) (ich|wir|i)",
);
static TELL_ME: [Pattern; 2] = [
    Pattern::new("(sag|sagt|sagen|sagen sie|gib|geben sie|gebt|schreib|schreibt|schreiben sie|zeig|zeigt|zeigen sie|lass mich wissen|lasst mich wissen|lassen sie mich wissen) (mir|uns)? (doch)? (bitte)? (einfach)? (kurz)? (mal)? (bitte)? (bescheid|ein zeichen|ein kurzes zeichen)? (,)? (bitte)? (was|wie) (ich|wir)"),
    Pattern::new("(kannst du|koennen sie|koenntest du|koennten sie|koennt ihr|koenntet ihr) (mir|uns) (bitte)? (kurz)? (sagen|schreiben|erklaeren) (,)? (was|wie) (ich|wir)"),
];
/// Handing the choice up: "Was wäre dir lieber: …", "Wie möchten Sie, dass
/// ich …", "Was erwarten Sie von mir …", "Was würdest du an meiner Stelle …".
static PREFER: [Pattern; 6] = [
    Pattern::new("(was|welche|welcher|welches|wie|wen|wer) (waere|ist|waer) (dir|ihnen|euch) (denn)? (eigentlich)? (lieber|wichtiger|am liebsten)"),
    Pattern::new("(wie|was|wann|wo|welche|welchen|welches)? (moechten|moechtest|moechtet|willst|wollen|wollt|wuenschen|wuenschst|haettest|haetten|haettet) (sie|du|ihr) (es)? (denn)? (gern|gerne)? (haben)? (,)? (dass|das) (ich|wir|i)"),
    Pattern::new("was (erwarten sie|erwartest du|erwartet ihr) (denn)? (jetzt)? von (mir|uns)"),
    Pattern::new("(was|wie) (wuerdest du|wuerden sie|wuerdet ihr) (denn)? an (meiner|unserer) stelle"),
    Pattern::new("(wie|wann) (haettest|haetten|haettet|moechtest|moechten|willst|wollen|wollt) (du|sie|ihr|du'|sie'|ihr') (es|das|s) (denn)? (am liebsten|lieber|gern|gerne)"),
    // "Welche Variante wäre Ihnen lieber?"
    Pattern::new("(welche|welcher|welches|welchen) _ (waere|ist|waer) (dir|ihnen|euch) (denn)? (eigentlich)? (lieber|am liebsten)"),
];
/// "Entscheide du", "deine Entscheidung", "Entscheiden Sie bitte, ob ich …",
/// "Magst du entscheiden, welche … ich …".
static DECIDE: [Pattern; 4] = [
    Pattern::new("(entscheide|entscheid|entscheidet) (du|ihr)"),
    Pattern::new("(das|die entscheidung|die wahl) (ueberlasse|ueberlassen) (ich|wir) (dir|ihnen|euch)"),
    Pattern::new("(entscheide|entscheid|entscheidet|entscheiden sie) (du|ihr)? (bitte)? (du|ihr)? (,)? (ob|was|wie|welche|welchen|welcher|welches|wann|wo)"),
    Pattern::new("(magst du|willst du|moechtest du|kannst du|koenntest du|moechten sie|koennen sie|koennten sie|wollen sie|wuerden sie|wuerdest du|koenntet ihr|koennt ihr) (bitte)? (das)? (bitte)? entscheiden (,)? (ob|was|wie|welche|welchen|welcher|welches|wann|wo)"),
];
static YOUR_CALL: Pattern =
    Pattern::new("(deine|ihre|eure|dein|ihr|euer) (entscheidung|wahl|call)");
/// "Du entscheidest, mir ist beides recht.", "Das liegt ganz bei Ihnen.",
/// "Ich richte mich ganz nach Ihnen.": the choice handed up in a statement.
/// "Das entscheidest du selbst" gives leave, and stays.
static YOU_DECIDE: [Pattern; 4] = [
    Pattern::new("(ich|wir) (tu|tue|mache|mach|tun|machen) (alles|das|genau das|einfach)? (,)? was (du|sie|ihr) (sagst|sagen|sagt|willst|wollen|wollt|moechtest|moechten|moechtet)"),
    Pattern::new("(du entscheidest|sie entscheiden|ihr entscheidet|du bestimmst|sie bestimmen|ihr bestimmt|du sagst es|sie sagen es)"),
    Pattern::new("(das|des|die entscheidung|die wahl|es) (liegt|steht) (ganz)? (voll)? bei (dir|ihnen|euch)"),
    Pattern::new("(ich|wir) (richte|richten) (mich|uns) (da)? (ganz|voll|gern|gerne)? nach (dir|ihnen|euch)"),
];
/// Asks for the go-ahead put as a question about having it ("Hab ich dein
/// Okay, …?", "Bekomme ich die Erlaubnis, …?").
static GO_HAVE: Pattern = Pattern::new(
    "(haette|habe|hab|bekomme|bekaeme|krieg|kriege|kriegen|bekommen|haben|haetten|kriegt|bekommt) (ich|wir|i) (dafuer|dazu|noch|jetzt|denn)? (von dir|von ihnen|von euch)? (dein|deine|ihr|ihre|euer|eure|das|die|ein|eine|den)? (gruenes licht|go|ok|okay|freigabe|zustimmung|einverstaendnis|segen|genehmigung|erlaubnis|bewilligung|plazet|zusage|einwilligung)",
);
/// A formal request for leave, in a letter or chat ("Hiermit bitte ich um
/// Genehmigung, …", "Ich ersuche um Bewilligung …", "Bitte um Freigabe:"),
/// or the go-ahead asked for as an order ("Geben Sie mir bitte kurz Ihr
/// Okay").
static GO_REQUEST: [Pattern; 5] = [
    Pattern::new("(hiermit)? (ich bitte|wir bitten|bitte ich|bitten wir|ich ersuche|wir ersuchen|ersuche ich|ersuchen wir|bitte|ersuche) (sie|dich|euch)? (hiermit)? (hoeflich|hoeflichst|freundlich|nochmals|daher|deshalb|ausdruecklich)? um (die|eine|ihre|deine|eure|dein|ihr|euer)? (gruenes licht|go|ok|okay|freigabe|zustimmung|einverstaendnis|segen|genehmigung|erlaubnis|bewilligung|plazet|zusage|einwilligung)"),
    Pattern::new("(hiermit)? (ich beantrage|wir beantragen|beantrage ich|beantragen wir) (hiermit)? (die|eine)? (freigabe|genehmigung|erlaubnis|bewilligung)"),
    // "Hiermit beantrage ich drei Tage Sonderurlaub": a formal request.
    Pattern::new("hiermit (beantrage ich|beantragen wir)"),
    Pattern::new("(ich beantrage|wir beantragen) hiermit"),
    Pattern::new("(gib|geben sie|gebt) (mir|uns) (bitte)? (noch)? (kurz)? (bitte)? (dein|deine|ihr|ihre|euer|eure|das|ein|kurz)? (gruenes licht|go|ok|okay|freigabe|zustimmung|einverstaendnis|segen)"),
];
/// "Grünes Licht für den Versand …?": the go-ahead asked for in a bare
/// noun question.
static GO_BARE: Pattern = Pattern::new(
    "(gruenes licht|freigabe|okay|ok|go|zustimmung|genehmigung|erlaubnis) (fuer|zum|zur)",
);
/// "Bin ich befugt, die Rechnung freizugeben?": leave asked as a right.
static ENTITLED: Pattern = Pattern::new(
    "(bin ich|sind wir|waere ich|waeren wir) (denn)? (dazu)? (ueberhaupt)? (befugt|berechtigt|ermaechtigt|autorisiert)",
);
static LET_IF: Pattern = Pattern::new(
    "(erlauben sie|erlaubst du|erlaubt ihr|gestatten sie|gestattest du|gestattet ihr) (mir|uns)? (bitte)? (,)? (dass|wenn) (ich|wir)",
);
/// "Erlauben Sie mir, …?", "Würden Sie mir gestatten, … zu …?".
static LET_ME: [Pattern; 2] = [
    Pattern::new("(erlauben sie|erlaubst du|erlaubt ihr|gestatten sie|gestattest du|gestattet ihr) (mir|uns) (bitte)? ,"),
    Pattern::new("(wuerden sie|wuerdest du|wuerdet ihr|koennten sie|koenntest du) (mir|uns) (bitte)? (erlauben|gestatten) ,"),
];
static WAIT: Pattern = Pattern::new(
    "(ich warte|wir warten) auf (deine|ihre|eure|dein|ihr|euer) (freigabe|anweisung|anweisungen|entscheidung|zustimmung|ok|okay|go|vorgaben)",
);
static ASK_OB: [Pattern; 7] = [
    // "Melde dich, wenn ich loslegen darf."
    Pattern::new("(melde dich|meld dich|melden sie sich|meldet euch|gib|gebt|geben sie|sag|sagt|sagen sie) (mir|uns)? (bitte)? (kurz)? (bitte)? (bescheid)? (,)? (wenn|sobald) (ich|wir)"),
    Pattern::new("(sag|sagt|sagen sie|gib|gebt|geben sie) (bitte)? (kurz)? (bitte)? (bescheid|rueckmeldung) (,)? ob (ich|wir)"),
    // "Könnten Sie mir bestätigen, dass ich den Raum nutzen darf?"
    Pattern::new("(koennten sie|koennen sie|kannst du|koenntest du|koennt ihr|bitte)? (mir|uns)? (kurz)? (bitte)? (noch)? (bestaetigen|bestaetige|bestaetigt) (,)? dass (ich|wir)"),
    Pattern::new("(ich|wir)? (bitte|bitten) (um)? (eine|ihre|deine)? (kurze)? (rueckmeldung|info|antwort|nachricht) (,)? ob (ich|wir)"),
    Pattern::new("(gib mir|geben sie mir|gebt mir|gib uns|geben sie uns|gebt uns|sag mir|sagen sie mir|sagt mir|sag uns|sagen sie uns|sagt uns|lass mich|lasst mich|lassen sie mich|lass uns|lassen sie uns) (bitte)? (kurz)? (bitte)? (bescheid|wissen|rueckmeldung)? (,)? ob (ich|wir)"),
    Pattern::new("(ich frage mich|ich wollte fragen|ich wollte mal fragen|ich wollte kurz fragen|darf ich fragen|ich moechte fragen|ich wuerde gern fragen|ich wuerde gerne fragen) (,)? ob (ich|wir)",
),
    Pattern::new("(ich|wir)? (wollte|wollten|wollt|moechte|moechten|wuerde gern|wuerde gerne|wuerden gern) (nur|einfach)? (mal)? (kurz)? (nachfragen|fragen|anfragen|wissen) (,)? ob (ich|wir)"),
];
/// "Meinst du, ich kann das so rausschicken?": a view asked about the
/// writer's own act, which asks leave.
static THINK_I: Pattern = Pattern::new(
    "(meinst du|glaubst du|denkst du|findest du|meinen sie|glauben sie|denken sie|finden sie|meint ihr|glaubt ihr|findet ihr) (,)? (ich|wir) (kann|koennte|soll|sollte|darf|duerfte|koennen|koennten|sollen|sollten|duerfen)",
);
/// "Was tun mit …?", "Wohin mit den alten Akten?", "Wie weiter?": asks to
/// be told, without a verb of their own.
static WHAT_NOW: [Pattern; 4] = [
    Pattern::new("was (jetzt|nun)? (tun|machen)? (mit)?"),
    Pattern::new("wohin (jetzt|nun)? mit"),
    Pattern::new("wie (jetzt|nun)? (weiter|vorgehen|verfahren)"),
    Pattern::new("wie (soll|solls|soll') (s|es)? (jetzt|nun|denn)? (weitergehen)"),
];
/// "Was schlägst du vor?", "Was würdest du tun?": asks to be told.
static ADVISE: [Pattern; 2] = [
    Pattern::new("(was|wie) (schlaegst du|schlagen sie|schlagt ihr|raetst du|raten sie|ratet ihr|empfiehlst du|empfehlen sie) (mir|uns) (denn)? (vor)?"),
    Pattern::new("(was|wie) (schlaegst du|schlagen sie|schlagt ihr) (denn)? vor"),
];
static ASK: [Pattern; 2] = [
    Pattern::new("(darf|kann|koennte|duerfte|soll|sollte) (ich|i)"),
    Pattern::new("(duerfen|koennen|koennten|sollen|sollten|duerften) wir"),
];
static ASK_IF: [Pattern; 12] = [
    // "Würde es Sie stören, wenn ich …?", "Stört es dich, wenn ich …?"
    Pattern::new("(stoert|stoerte|wuerde|wird) es (dich|sie|euch) (sehr|arg)? (stoeren)? (,)? (wenn|dass|falls) (ich|wir|i)"),
    // "Gehst du mit, wenn ich …?": going along with the writer's plan.
    Pattern::new("(gehst du|gehen sie|geht ihr|ziehst du|ziehen sie|zieht ihr) (da)? mit (,)? (wenn|falls|dass) (ich|wir|i)"),
    // "Was hältst du davon, wenn ich …?", "Wie stehen Sie dazu, dass wir …?"
    Pattern::new("(was haeltst du|was halten sie|was haltet ihr|wie stehst du|wie stehen sie|wie steht ihr|was sagst du|was sagen sie|was sagt ihr|wie faendest du|wie faenden sie|wie findest du|wie finden sie) (denn)? (davon|dazu|es)? (,)? (wenn|dass|falls) (ich|wir|i)"),
    Pattern::new("(waere|ist|waer) (es|das) (dir|ihnen|euch) (recht|lieb|genehm) (,)? (wenn|falls|dass) (ich|wir|i)"),
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
    Pattern::new("(ich brauche|wir brauchen|ich benoetige|wir benoetigen|ich braeuchte|wir braeuchten|ich haette gern|ich haette gerne|ich bitte um|wir bitten um|ich bitte sie um|ich bitte dich um|ich bitte euch um|wir bitten sie um|brauche|brauch|benoetige|braeuchte) (noch)? (kurz)? (noch)? (dein|deine|ihr|ihre|euer|eure|das|ein|eine) (gruenes licht|go|ok|okay|freigabe|zustimmung|einverstaendnis|segen|genehmigung|erlaubnis|zusage|einwilligung)"),
];
/// Offers to do something for the reader ("Soll ich dir … ausdrucken?").
const FOR_YOU: &str = "dir ihnen euch";
static APPROVE: Pattern = Pattern::new(
    "(bitte)? (genehmigen sie|genehmige|genehmigt|bewilligen sie|bewillige|genehmigst du|genehmigt ihr|bewilligst du|bewilligt ihr) (bitte)?",
);
static RELEASE: Pattern = Pattern::new("(bitte)? (gib|geben sie|gebt|gibst du|gebt ihr) (bitte)?");
/// "Segnest du mir das Budget ab?", "Zeichnen Sie mir den Antrag ab?",
/// "Nick das bitte ab": signing off, with its "ab" last.
static SIGN_OFF: Pattern = Pattern::new(
    "(bitte)? (segnest du|segnen sie|segnet ihr|segne|segnet|nickst du|nicken sie|nickt ihr|nick|nicke|zeichnest du|zeichnen sie|zeichnet ihr|zeichne) (bitte)?",
);
static CAN_YOU: Pattern = Pattern::new(
    "(kannst du|koennen sie|koenntest du|koenntet ihr|koennten sie|koennt ihr|wuerden sie|wuerdest du|wuerdet ihr) (bitte)?",
);
static TAG: [Pattern; 12] = [
    Pattern::new("(wenn|falls|sofern|wenn') (das|es|s) (fuer dich|fuer sie|fuer euch|dir|ihnen|euch)? (so)? (passt|geht|klar geht|recht ist|okay ist|ok ist|in ordnung geht|in ordnung ist)"),
    Pattern::new("(spricht|gibt es) (etwas|was|irgendwas)? (dagegen|einwaende)"),
    Pattern::new("(hast du|haben sie|habt ihr|haettest du|haetten sie) (etwas|was|irgendwas)? (dagegen|einwaende)"),
    Pattern::new("(darf|kann|duerfen|koennen) (ich|wir|i) (das)? (so)?"),
    Pattern::new("(bist du|sind sie|seid ihr|waerst du|waeren sie|waert ihr) (damit)? einverstanden"),
    Pattern::new("(passt|geht) (dir|ihnen|euch) (das|es|des) (so)?"),
    Pattern::new("(wenn|falls|sofern) (das|es) (fuer dich|fuer sie|fuer euch)? (ok|okay|in ordnung|recht) (ist|waere)"),
    Pattern::new("(ist|waere|is|waer') (das|es|des|s) (fuer dich|fuer sie|fuer euch)? (so)? (ok|okay|in ordnung|recht|gut|gut so|recht so)"),
    Pattern::new("(passt|geht|passt'|geht') (das|es|des|s)? (fuer dich|fuer sie|fuer euch|dir|ihnen|euch)? (so)? (eh|klar|so|in ordnung)?"),
    Pattern::new("(einverstanden|ok|okay|in ordnung|oder|recht so|gell|ja|so ok|so okay|alles klar)"),
    Pattern::new("oder (hast du|haben sie|habt ihr|gibt es|spricht) (noch)? (was|etwas|irgendwas)? (einwaende|bedenken|dagegen|einwand|widerspruch|was dagegen|anmerkungen|aenderungswuensche|korrekturen)"),
    Pattern::new("(kann|koennen|darf|duerfen) (ich|wir) das so (machen|lassen)"),
];

/// Approval tags that ask only after the writer's own plan, in a question
/// or in chat: "…, ok so?", "…, gut so?", "…, okay für dich?", "…,
/// schlimm?", "…, ist Ihnen das recht?", "…, klingt das gut?".
static TAG_PLAN: [Pattern; 13] = [
    Pattern::new("(wenn|falls|sofern) (du|sie|ihr) (zustimmst|zustimmen|zustimmt|einverstanden bist|einverstanden sind|einverstanden seid|nichts dagegen hast|nichts dagegen haben|nichts dagegen habt)"),
    Pattern::new("(so)? (ok|okay|okidoki|gut|recht|in ordnung|schlimm|akzeptabel|vertretbar|machbar|einverstanden|fein|cool) (so)? (fuer dich|fuer sie|fuer euch|von deiner seite|von ihrer seite)?"),
    Pattern::new("(passt|basst) (scho|schon)"),
    Pattern::new("(ist|waere|is|waer) (dir|ihnen|euch) (das|es|des|s) (so)? (ok|okay|in ordnung|recht|genehm|lieb|gut so|recht so)"),
    Pattern::new("(ist|waere|is|waer) (das|es|des|s) (dir|ihnen|euch) (so)? (ok|okay|in ordnung|recht|genehm|lieb|gut so|recht so)"),
    Pattern::new("(ist|waere|is|waer) (das|es|des|s) (so)? (ein|kein)? (problem|schlimm|problematisch|tragisch) (fuer dich|fuer sie|fuer euch)?"),
    Pattern::new("(ein|kein)? problem (fuer dich|fuer sie|fuer euch|damit)?"),
    Pattern::new("(etwas|was|irgendwas)? (dagegen|einwaende|einwand|bedenken|widerspruch|einspruch)"),
    Pattern::new("(gehst du|gehen sie|geht ihr|ziehst du|ziehen sie|zieht ihr) (da)? mit"),
    Pattern::new("(klingt|hoert sich) (das|es|des) (fuer dich|fuer sie|fuer euch)? (gut|ok|okay|vernuenftig|sinnvoll|plausibel) (an)?"),
    Pattern::new("(kannst du|koennen sie|koennt ihr) (damit)? leben"),
    Pattern::new("(stoert|stoert') (es|das|s)? (dich|sie|euch)? (das|es)?"),
    Pattern::new("(bist du|sind sie|seid ihr) (damit)? (dabei|einverstanden|okay|ok|fein)"),
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
    "vorbei", "weiter", "dazu", "daran", "darauf", "durch", "runter", "drauf", "fest", "heim",
    "hoch", "frei", "raus", "rein", "teil", "los", "weg", "mit", "nach", "vor", "auf", "aus",
    "ein", "bei", "her", "hin", "ab", "an", "um", "zu",
];

/// Verbs that start like a separable prefix but are not separable.
const INSEPARABLE: &str = "antworten analysieren einigen angeln abonnieren beinhalten herrschen hindern hinterlassen hinterfragen umarmen umfassen umgeben anonymisieren abstrahieren adressieren zusichern rauschen";

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
    } else if lower.ends_with("iere") {
        format!("{verb}n")
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
        if let Some(hit) = tell_me(s, i).or_else(|| hand_up(s, i)) {
            return Some(hit);
        }
        if let Some(hit) = which_act(s, i).filter(|_| asks) {
            return Some(hit);
        }
        if let Some(hit) = advise(s, i).filter(|_| asks) {
            return Some(hit);
        }
        if let Some(end) = s.at(&THINK_I, i).filter(|_| asks) {
            let stop = s.clause_end(end);
            let we = says_we(s, end - 2);
            let v = stop
                .checked_sub(1)
                .filter(|&v| v >= end && infinitive(s, v));
            if let Some(v) = v.filter(|&v| !is_in(s.w(v), NOT_ACTIONS)) {
                let body = action(s, end, v, s.raw(v));
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite: finish(&format!("{} {body}{}", lead(we), rest(s, stop))),
                });
            }
        }
        // The go-ahead asked for in other forms: "Hab ich dein Okay, …?",
        // "Hiermit bitte ich um Genehmigung, …", "Grünes Licht für …?".
        if let Some(end) = s.at(&GO_HAVE, i).filter(|_| asks) {
            return Some(go_ahead(s, i, end));
        }
        if let Some(end) = s.at_any(&GO_REQUEST, i) {
            return Some(go_ahead(s, i, end));
        }
        let bare_go = s.question && s.clause_start(i) == 0 && frame(s, i).is_none();
        if let Some(end) = s.at(&GO_BARE, i).filter(|_| bare_go) {
            return Some(go_ahead(s, i, end));
        }
        if let Some(hit) = let_me(s, i).filter(|_| asks) {
            return Some(hit);
        }
        // The go-ahead asked for, and offers that are not asks.
        if let Some(end) = s
            .at_any(&GO_AHEAD, i)
            .filter(|_| asks || s.w(i) == "ich" || s.w(i) == "wir")
        {
            return Some(go_ahead(s, i, end));
        }
        // "Soll ich dir … ausdrucken?", "Soll ich dich mitnehmen?", "Soll
        // ich Sie abholen?" offer.
        let you = is_in(s.w(i + 2), FOR_YOU) || s.w(i + 2) == "dich" || s.raw(i + 2) == "Sie";
        if matches!(s.w(i), "soll" | "sollte" | "sollen") && you {
            return None;
        }
        if let Some(end) = s.at_any(&ASK_OB, i) {
            let stop = s.clause_end(end);
            if stop >= end + 2
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
        if let Some(hit) = bid_approve(s, i) {
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
        // "Darf ich Ihnen einen Kaffee bringen?" offers.
        let offer = s.at_any(&ASK, i).is_some_and(|end| {
            let stop = s.clause_end(end);
            stop > end && serves_you(s, end, stop) && is_in(s.w(stop - 1), SERVING)
        });
        if offer {
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
            // "Darf ich die Kundin anrufen oder läuft das über dich?": the
            // ask ends before "oder".
            let (verb, stop) = match verb {
                Some(v) => (Some(v), stop),
                None => match (end + 1..stop).find(|&k| s.w(k) == "oder" && infinitive(s, k - 1)) {
                    Some(k) => (Some(k - 1), k),
                    None => (None, stop),
                },
            };
            // "Kann ich irgendwo nachlesen, …?", "Kann ich hier irgendwo
            // parken?" ask where, not leave.
            if (end..stop).any(|k| s.w(k) == "irgendwo") {
                continue;
            }
            // "Darf ich Sie um Erlaubnis bitten, …?": the plan is the "zu"
            // clause.
            if verb.is_some_and(|v| s.w(v) == "bitten")
                && (end..stop).any(|k| is_in(s.w(k), GO_NOUNS))
            {
                return Some(go_ahead(s, i, end));
            }
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
            // "darf ich heut früher los": the verb of going left out.
            let away = stop
                .checked_sub(1)
                .filter(|&p| p >= end && is_in(s.w(p), "los weg heim raus frei mit"));
            if let Some(p) = away {
                let full = match s.w(p) {
                    "frei" => "freinehmen".to_string(),
                    "mit" => "mitkommen".to_string(),
                    w => format!("{w}gehen"),
                };
                let body = action(s, end, p, &full);
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
        if let Some(end) = s.at(&ENTITLED, i).filter(|&e| asks && s.raw(e) == ",") {
            if let Some(hit) = zu_frame(s, i, end) {
                return Some(hit);
            }
        }
        if let Some(hit) = goes_out(s, i).filter(|_| asks) {
            return Some(hit);
        }
        if let Some(hit) = my_plan(s, i).filter(|_| asks) {
            return Some(hit);
        }
        if let Some(hit) = frame(s, i).filter(|_| asks) {
            return Some(hit);
        }
        // "Erlauben Sie, dass ich …?"; "Gestatten Sie, dass ich mich
        // vorstelle" is a courtesy.
        if let Some(end) = s.at(&LET_IF, i).filter(|_| asks) {
            if let Some(hit) = clause_hit(s, i, end) {
                return Some(hit);
            }
        }
        if let Some(hit) = own_act(s, i).filter(|_| asks) {
            return Some(hit);
        }
        if let Some(end) = s.at(&WISH, i) {
            let stop = s.clause_end(end);
            let wuerde = matches!(s.w(end - 1), "wuerde" | "wuerden");
            let gern = (end..stop).any(|k| matches!(s.w(k), "gern" | "gerne"));
            // "Ich hätte gern am Freitag frei."
            let free =
                stop > end + 1 && s.w(stop - 1) == "frei" && is_in(s.w(end - 1), "gern gerne");
            if free {
                let body = action(s, end, stop - 1, "freinehmen");
                return Some(Hit {
                    cue: i..end,
                    tell_me: false,
                    rewrite: finish(&format!("{} {body}{}", lead(says_we(s, i)), rest(s, stop))),
                });
            }
            let verb = stop
                .checked_sub(1)
                .filter(|&v| v >= end && infinitive(s, v));
            // "Ich möchte Sie bitten, die Tür abzuschließen" asks the reader
            // to act; "Ich möchte um Ihre Erlaubnis bitten, …" asks leave.
            if verb.is_some_and(|v| s.w(v) == "bitten") {
                if (end..stop).any(|k| is_in(s.w(k), GO_NOUNS)) {
                    return Some(go_ahead(s, i, end));
                }
                continue;
            }
            // "Ich möchte höflich anfragen, ob ich … darf": the act is in
            // the "ob" clause.
            let asking = verb.is_some_and(|v| is_in(s.w(v), "fragen anfragen nachfragen"));
            if asking && s.raw(stop) == "," && s.w(stop + 1) == "ob" {
                if let Some(hit) = ob_clause(s, i, stop + 2) {
                    return Some(hit);
                }
            }
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
    submit(s)
}

static FOR_APPROVAL: Pattern = Pattern::new(
    "(zur|zwecks|fuer die) (genehmigung|freigabe|absegnung|bewilligung|zustimmung|abnahme)",
);

/// "Ich lege Ihnen den Vertrag zur Genehmigung vor.": the writer's work
/// handed to the reader for approval. "Der Vertrag liegt zur Genehmigung
/// beim Vorstand" reports, and stays.
fn submit(s: &Sent) -> Option<Hit> {
    let words = s.word_indices();
    let mine = words.iter().any(|&k| is_in(s.w(k), "ich wir"));
    let you = words
        .iter()
        .any(|&k| is_in(s.w(k), "dir euch dich") || matches!(s.raw(k), "Ihnen" | "Sie"));
    if !mine || !you {
        return None;
    }
    let at = (0..s.toks.len()).find(|&k| s.at(&FOR_APPROVAL, k).is_some())?;
    let end = s.at(&FOR_APPROVAL, at)?;
    Some(Hit {
        cue: at..end,
        tell_me: false,
        rewrite: format!("{} {GAP}", lead(says_we(s, words[0]))),
    })
}

/// "…, ob ich den Termin verschieben kann": the subject at `subj`, a modal
/// last and its infinitive before it.
fn ob_clause(s: &Sent, i: usize, subj: usize) -> Option<Hit> {
    if !is_in(s.w(subj), "ich wir") {
        return None;
    }
    let from = subj + 1;
    let stop = s.clause_end(from);
    let ok = stop >= from + 2
        && is_in(s.w(stop - 1), MODALS)
        && infinitive(s, stop - 2)
        && !is_in(s.w(stop - 2), NOT_ACTIONS);
    if !ok {
        return None;
    }
    let body = action(s, from, stop - 2, s.raw(stop - 2));
    Some(Hit {
        cue: i..from,
        tell_me: false,
        rewrite: finish(&format!(
            "{} {body}{}",
            lead(says_we(s, subj)),
            rest(s, stop)
        )),
    })
}

/// Nouns of the go-ahead.
const GO_NOUNS: &str =
    "freigabe zustimmung einverstaendnis segen genehmigung erlaubnis bewilligung okay ok plazet zusage einwilligung";

/// "Erlauben Sie mir, die Sitzung früher zu verlassen?": leave for the "zu"
/// clause; "…, Ihnen alles Gute zu wünschen" is a courtesy.
fn let_me(s: &Sent, i: usize) -> Option<Hit> {
    let from = s.at_any(&LET_ME, i)?;
    let to = s.clause_end(from);
    let last = to.checked_sub(1).filter(|&l| l > from)?;
    let zu = infinitive(s, last) && (s.w(last - 1) == "zu" || s.w(last).contains("zu"));
    let courtesy = serves_you(s, from, to)
        || is_in(
            s.w(last),
            "wuenschen gratulieren danken bedanken vorzustellen",
        );
    if !zu || courtesy {
        return None;
    }
    Some(Hit {
        cue: i..from - 1,
        tell_me: false,
        rewrite: finish(&format!(
            "{} {}{}",
            lead((i..from).any(|k| s.w(k) == "uns")),
            s.span(from, to),
            rest(s, to)
        )),
    })
}

/// "Dürfte ich Sie bitten, meinen Antrag freizugeben?": leave asked for
/// the reader to approve the writer's own request. Asking the reader to
/// act otherwise ("…, das Fenster zu schließen?") is not an ask for leave.
fn ask_to_approve(s: &Sent, i: usize) -> Option<Hit> {
    let end = s.at_any(&ASK, i)?;
    if !is_in(s.w(end), "sie dich euch") || s.w(end + 1) != "bitten" || s.raw(end + 2) != "," {
        return None;
    }
    approve_clause(s, i, end + 2, end + 3, says_we(s, end - 1))
}

/// "Ich ersuche Sie höflich, mir die Teilnahme zu genehmigen.", "Ich würde
/// Sie bitten, meinen Antrag freizugeben.": the reader asked to approve.
static BID: Pattern = Pattern::new(
    "(hiermit)? (ich|wir) (bitte|bitten|ersuche|ersuchen|wuerde|wuerden|moechte|moechten) (sie|dich|euch) (hiermit)? (hoeflich|hoeflichst|freundlich|daher|deshalb|nochmals|hoeflich darum)? (bitten|ersuchen)? ,",
);

fn bid_approve(s: &Sent, i: usize) -> Option<Hit> {
    let from = s.at(&BID, i)?;
    approve_clause(s, i, from - 1, from, (i..from).any(|k| s.w(k) == "wir"))
}

/// The "zu" clause from `from` when its verb approves ("…, meinen Antrag
/// freizugeben"): the rewrite carries the thing out.
fn approve_clause(s: &Sent, i: usize, cue_end: usize, from: usize, we: bool) -> Option<Hit> {
    let from = if is_in(s.w(from), "mir uns") {
        from + 1
    } else {
        from
    };
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
        cue: i..cue_end,
        tell_me: false,
        rewrite: finish(&format!(
            "{} {} wie geplant umzusetzen",
            lead(we),
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
            // "… schreiben zu dürfen": the plan is "… zu schreiben".
            let may = to > stop + 3
                && is_in(s.w(to - 1), "duerfen koennen")
                && s.w(to - 2) == "zu"
                && infinitive(s, to - 3);
            let plan = if may {
                format!(
                    "{} {}",
                    s.span(stop + 1, to - 3),
                    zu_infinitive(s.raw(to - 3))
                )
            } else {
                s.span(stop + 1, to).to_string()
            };
            return Hit {
                cue: i..end,
                tell_me: false,
                rewrite: finish(&format!("{} {plan}", lead(we))),
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

/// Words an approval frame before "wenn/dass ich" is made of ("Wäre es
/// Ihnen genehm", "Ließe es sich einrichten", "Okay für dich").
const FRAME_WORDS: &str = "reicht genuegt reicht' ist waere waer' waers is es das des s fuer dich sie euch dir ihnen ein eine kein problem etwas was irgendwas dagegen einwaende einwand besteht bestuende gibt gaebe die moeglichkeit chance ginge geht geht' gehts passt passt' stoert laesst liesse sich einrichten hast haben habt haettest haetten du ihr macht wuerde spricht spraeche klar so in ordnung ok okay recht moeglich machbar erlaubt gestattet genehm einverstanden sind bist seid waeren waerst damit denn eigentlich vielleicht eventuell noch auch wohl irgendwie grundsaetzlich schlimm akzeptabel vertretbar denkbar drin realisierbar cool fein";

/// The words of a frame that carry the approval.
const APPROVAL: &str = "reicht genuegt reicht' problem dagegen einwaende einwand moeglichkeit ginge geht geht' gehts passt passt' stoert einrichten ordnung ok okay recht moeglich machbar erlaubt gestattet genehm einverstanden schlimm akzeptabel vertretbar denkbar drin realisierbar cool fein";

/// The approval words that may take a "zu" clause for the writer's own
/// act ("Wäre es möglich, den Kurs online zu besuchen?"); "Spricht etwas
/// dagegen, den Server neu zu starten?" asks for a view instead.
const APPROVAL_ZU: &str = "ok okay ordnung recht moeglich machbar erlaubt gestattet denkbar";

/// "Ginge es, dass ich …?", "Passt's, wenn i …?", "Okay für dich, wenn ich
/// …?", "Wäre es möglich, … zu …?": a frame of approval words, then the
/// writer's act in a "wenn/dass" clause or (impersonal) a "zu" clause.
fn frame(s: &Sent, i: usize) -> Option<Hit> {
    let mut j = i;
    let mut approving = false;
    let mut zu_ok = false;
    loop {
        if j >= s.toks.len() || j > i + 9 {
            return None;
        }
        let w = s.w(j);
        if is_in(w, "wenn falls dass") {
            break;
        }
        if s.raw(j) == "," {
            if is_in(s.w(j + 1), "wenn falls dass") {
                j += 1;
                break;
            }
            return (approving && zu_ok).then(|| zu_frame(s, i, j)).flatten();
        }
        if !is_in(w, FRAME_WORDS) {
            return None;
        }
        approving |= is_in(w, APPROVAL);
        // "Gäbe es die Möglichkeit, … zu …?"; "Gibt es die Möglichkeit"
        // may ask a fact.
        zu_ok |= is_in(w, APPROVAL_ZU)
            || (is_in(w, "moeglichkeit chance") && is_in(s.w(i), "gaebe bestuende"));
        j += 1;
    }
    if !approving || j == i || !is_in(s.w(j + 1), "ich wir i") {
        return None;
    }
    let hit = clause_hit(s, i, j + 2)?;
    Some(hit)
}

/// "Wäre es möglich, den Kurs online zu besuchen?": the "zu" clause after
/// the frame's comma at `comma`, unless another acts for the writer
/// ("…, mir die Unterlagen zu schicken").
fn zu_frame(s: &Sent, i: usize, comma: usize) -> Option<Hit> {
    let from = comma + 1;
    let to = s.clause_end(from);
    let last = to.checked_sub(1).filter(|&l| l > from)?;
    let zu = infinitive(s, last) && (s.w(last - 1) == "zu" || s.w(last).contains("zu"));
    let others = (from..to).any(|k| is_in(s.w(k), "mir uns dir euch ihnen"));
    if !zu || others || is_in(s.w(last), "bekommen erhalten kriegen") {
        return None;
    }
    Some(Hit {
        cue: i..comma,
        tell_me: false,
        rewrite: finish(&format!(
            "{} {}{}",
            lead(false),
            s.span(from, to),
            rest(s, to)
        )),
    })
}

/// The rewrite of a "wenn ich …" clause whose subject ends at `end`: its
/// verb, last, made an infinitive with "zu".
fn clause_hit(s: &Sent, i: usize, end: usize) -> Option<Hit> {
    let stop = s.clause_end(end);
    let we = says_we(s, end - 1);
    if stop <= end {
        return None;
    }
    let mut v = stop - 1;
    if is_in(s.w(v), "wuerde wuerden koennte koennten darf kann duerfte") && v > end {
        v -= 1;
    }
    let verb = if v == stop - 1 {
        from_finite(s.raw(v), we)
    } else {
        s.raw(v).to_string()
    };
    if is_in(&fold_umlauts(&verb.to_lowercase()), NOT_ACTIONS) {
        return None;
    }
    let body = action(s, end, v, &verb);
    Some(Hit {
        cue: i..end,
        tell_me: false,
        rewrite: finish(&format!("{} {body}{}", lead(we), rest(s, stop))),
    })
}

/// Verbs of serving the reader: with "Ihnen", "dir" or "euch" they make
/// "Darf ich Ihnen einen Kaffee bringen?" an offer.
const SERVING: &str = "aufhalten abholen bringen mitbringen vorbeibringen holen anbieten abnehmen helfen weiterhelfen zeigen einschenken nachschenken reichen besorgen ausdrucken geben empfehlen erklaeren servieren kochen machen zubereiten tragen aufhaengen reservieren organisieren zeigen buchen bestellen";

/// Whether the clause from `from` to `to` names the reader as the one
/// served: "dir", "euch", or a capitalised "Ihnen".
fn serves_you(s: &Sent, from: usize, to: usize) -> bool {
    (from..to).any(|k| is_in(s.w(k), "dir euch") || s.raw(k) == "Ihnen")
}

/// First words that open a clause before "ich" but are no verb of an act
/// of the writer's ("Wie komme ich …" asks for information, "Bin ich …",
/// "Muss ich …").
const NOT_V1: &str = "auch nur nicht noch schon so da dann jetzt hier dort ja nein doch aber sondern denn weil wenn dass ob als wie was wo wann warum wer wen wem welche welcher welches welchen weshalb wieso weswegen wozu womit worueber woran wohin bin habe hab hatte war waere haette bekomme bekaeme krieg kriege kriegen bekommen weiss kenne verstehe sehe brauche finde komme muss mag moechte will werde wuerde koennte kann darf soll sollte duerfte liege stehe sitze heisse glaube denke meine hoffe irre stoere schaffe schaff haben sind waren haetten hatten wissen kennen verstehen sehen brauchen finden kommen muessen moegen wollen werden wuerden koennten liegen stehen sitzen heissen glauben denken meinen hoffen irren stoeren damit bevor nachdem sobald obwohl waehrend seit bis falls sofern indem ehe solange der die das den dem des denen dessen deren sorry danke bitte super prima klar genau stimmt gut ok okay hallo hi hey moin servus tja naja achso ach oh heute morgen gestern immer oft gerade eben sonst trotzdem deshalb darum also und oder erst zuerst zuletzt hoffentlich leider vielleicht natuerlich";

/// Words at a clause's end that complete a separable verb ("schick ich …
/// raus", "leit ich … weiter").
const PARTICLES: &str = "raus rein weiter mit ab an aus auf zu weg los vor nach um ein hin her zurueck drauf vorbei heim fest frei hoch dran durch";

/// The finite verb at `v` with the particle at `p` (if any), as a "zu"
/// infinitive: "leit" … "weiter" → "weiterzuleiten".
fn separable(s: &Sent, v: usize, p: Option<usize>, we: bool) -> String {
    let inf = from_finite(&s.raw(v).to_lowercase(), we);
    match p {
        Some(p) => zu_infinitive(&format!("{}{inf}", s.raw(p).to_lowercase())),
        None => zu_infinitive(&inf),
    }
}

/// "Schicke ich das heute raus?", "Leit ich den Akt weiter?", "wart ich
/// noch": the writer's own next act asked as a bare question, verb first.
/// "Bring ich Ihnen einen Kaffee?" offers, and stays.
fn own_act(s: &Sent, i: usize) -> Option<Hit> {
    let subj = i + 1;
    // "Mach ich's so?": "ich'" with its "s" after.
    if !is_in(s.w(subj), "ich wir i ich'") || s.w(i).is_empty() || is_in(s.w(i), MODALS) {
        return None;
    }
    let stop = s.clause_end(subj + 1);
    let we = says_we(s, subj);
    // "Krieg ich nächsten Freitag frei?": time off asked for.
    if is_in(s.w(i), "krieg kriege kriegen bekomme bekommen") && s.w(stop.checked_sub(1)?) == "frei"
    {
        let body = action(s, subj + 1, stop - 1, "freinehmen");
        return Some(Hit {
            cue: i..subj + 1,
            tell_me: false,
            rewrite: finish(&format!("{} {body}{}", lead(we), rest(s, stop))),
        });
    }
    // A clause after a comma that opens with "ich" second is a relative
    // or follows a subordinate one ("…, die ich geschickt habe"); only
    // the sentence's first, or one after "oder" or a colon, asks.
    let opening =
        s.clause_start(i) == 0 || s.raw(i - 1) == ":" || (i > 0 && is_in(s.w(i - 1), "oder und"));
    // "Gehen wir essen?" invites.
    let invites = is_in(s.w(i), "gehen fahren kommen gehe fahre komme")
        && stop > subj + 1
        && infinitive(s, stop - 1);
    if !opening || invites || is_in(s.w(i), NOT_V1) || serves_you(s, subj + 1, stop) {
        return None;
    }
    // "mach ich morgen früh" promises; "schick ich die Rechnung raus"
    // names what it asks about.
    let words = (subj + 1..stop)
        .filter(|&k| super::intl::is_word(&s.toks[k]) && !is_in(s.w(k), SOON) && s.w(k) != "frueh")
        .count();
    let first_clause = s.clause_start(i) == 0;
    if !(s.question || (first_clause && words >= 2)) {
        return None;
    }
    let last = stop.checked_sub(1).filter(|&l| l > subj);
    let particle = last.filter(|&l| is_in(s.w(l), PARTICLES));
    let body_end = particle.unwrap_or(stop);
    let verb = separable(s, i, particle, we);
    let body: Vec<&str> = (subj + 1..body_end)
        .filter(|&k| !is_in(s.w(k), SOFTENERS))
        .map(|k| match s.raw(k) {
            "s" if k == subj + 1 => "es",
            w => w,
        })
        .collect();
    let cue_end = if s.w(subj) == "ich'" {
        subj + 2
    } else {
        subj + 1
    };
    Some(Hit {
        cue: i..cue_end,
        tell_me: false,
        rewrite: finish(&format!(
            "{} {} {verb}{}",
            lead(we),
            body.join(" "),
            rest(s, stop)
        )),
    })
}

/// "Wie gehe ich mit … um?", "Was mach ich mit …?", "Welche Rechnung zahle
/// ich zuerst?", "Welche Farbe soll ich nehmen?": asks to be told, in the
/// present or with "soll". Information questions ("Wie komme ich …",
/// "Welche Unterlagen brauche ich …") stay.
fn which_act(s: &Sent, i: usize) -> Option<Hit> {
    let q = s.w(i);
    let mut v = i + 1;
    let which = is_in(q, "welche welchen welcher welches");
    if which && s.raw(v).starts_with(char::is_uppercase) {
        v += 1;
    }
    let subj = v + 1;
    if !is_in(s.w(subj), "ich wir i") {
        return None;
    }
    let verb = s.w(v);
    let stop = s.clause_end(subj);
    let last = s.w(stop.saturating_sub(1));
    let modal = is_in(verb, "soll sollte sollen sollten");
    let ok = if which {
        modal || !is_in(verb, NOT_V1)
    } else if q == "was" {
        // "Was machen wir heute Abend?" plans leisure; "Was mach ich jetzt
        // mit …?", "Was mache ich?" ask.
        let handling = stop == subj + 1
            || (subj..stop).any(|k| is_in(s.w(k), "mit damit jetzt nun dann denn da"));
        is_in(
            verb,
            "mach mache machen tu tue tun antworte antworten sage sagen schreibe schreiben",
        ) && (handling || !is_in(verb, "mach mache machen tu tue tun"))
    } else if q == "wie" {
        // "Wie machen wir das mit dem Urlaub?": how to handle it.
        let handle = is_in(verb, "mache mach machen handhabe handhaben regle regeln")
            && is_in(s.w(subj + 1), "das es")
            && s.w(subj + 2) == "mit";
        handle
            || (is_in(verb, "gehe geh gehen") && is_in(last, "vor um"))
            || is_in(
                verb,
                "verfahre verfahren handhabe handhaben reagiere reagieren entscheide entscheiden",
            )
    } else {
        false
    };
    // "Welchen Bus nehme ich zum Flughafen?" asks the way.
    let route = is_in(
        verb,
        "nehme nehm nehmen fahre fahr fahren steige steig steigen gehe geh gehen laufe lauf",
    ) && (subj..stop).any(|k| is_in(s.w(k), "zum zur nach bis"));
    if !ok || route || serves_you(s, subj, stop) {
        return None;
    }
    Some(Hit {
        cue: i..subj + 1,
        tell_me: true,
        rewrite: format!("{} {GAP}", lead(says_we(s, subj))),
    })
}

/// "Was schlägst du vor?", "Wie würden Sie vorgehen?", "Was würdest du
/// mit dem Kunden machen?": advice on what to do, asked.
fn advise(s: &Sent, i: usize) -> Option<Hit> {
    let end = if let Some(end) = s.at_any(&ADVISE, i) {
        end
    } else if let Some(end) = s.at_any(&WHAT_NOW, i).filter(|&e| {
        // "Was tun?", "Was machen mit …?", not "Was machen die Kinder?".
        let done = s.w(e - 1) == "mit" || s.w(e).is_empty();
        s.clause_start(i) == 0 && e > i + 1 && done
    }) {
        end
    } else {
        let would = is_in(s.w(i), "was wie")
            && is_in(s.w(i + 1), "wuerdest wuerden wuerdet")
            && is_in(s.w(i + 2), "du sie ihr");
        let stop = s.clause_end(i);
        let last = s.w(stop.saturating_sub(1));
        if !would || !is_in(last, "vorgehen machen tun entscheiden handhaben reagieren") {
            return None;
        }
        i + 3
    };
    Some(Hit {
        cue: i..end,
        tell_me: true,
        rewrite: format!("{} {GAP}", lead(false)),
    })
}

/// "Entscheide du", "Entscheiden Sie bitte, ob ich …", "deine
/// Entscheidung", "Was wäre dir lieber: …", "Wie möchten Sie, dass ich
/// …": the choice handed up.
fn hand_up(s: &Sent, i: usize) -> Option<Hit> {
    let mine_later = |e: usize| (e..s.toks.len()).any(|k| is_in(s.w(k), "ich wir i"));
    let end = if let Some(end) = s.at_any(&DECIDE[..2], i) {
        end
    } else if let Some(end) = s.at_any(&DECIDE[2..], i).filter(|&e| mine_later(e)) {
        end
    } else if let Some(end) = s
        .at(&YOUR_CALL, i)
        .or_else(|| s.at_any(&YOU_DECIDE[1..3], i))
        .filter(|&e| s.only_marks_from(e) || (s.clause_start(i) == 0 && handed(s, e)))
    {
        end
    } else if let Some(end) = s.at(&YOU_DECIDE[0], i).filter(|&e| s.only_marks_from(e)) {
        end
    } else if let Some(end) = s.at(&YOU_DECIDE[3], i).filter(|&e| {
        let you = e - 1;
        s.w(you) != "ihnen" || s.raw(you) == "Ihnen"
    }) {
        end
    } else {
        let end = s.at_any(&PREFER, i)?;
        // "Möchten Sie, dass ich Ihnen ein Taxi rufe?" offers.
        if serves_you(s, end, s.clause_end(end)) {
            return None;
        }
        // "Wollen Sie, dass ich die Kündigung heute zustelle?": the act is
        // named, so it is the plan.
        if !is_in(s.w(i), "wie was wann wo welche welchen welches wen wer") {
            return clause_hit(s, i, end);
        }
        end
    };
    let we =
        (i..s.toks.len()).any(|k| s.w(k) == "wir") && !(i..s.toks.len()).any(|k| s.w(k) == "ich");
    Some(Hit {
        cue: i..end,
        tell_me: true,
        rewrite: format!("{} {GAP}", lead(we)),
    })
}

/// Whether the words from `e` leave the choice with the reader: nothing
/// more, or a clause of the writer's after a comma or dash ("…, ich mach
/// beides"), not "…, wie du das machst" nor "… selbst".
fn handed(s: &Sent, e: usize) -> bool {
    if s.only_marks_from(e) {
        return true;
    }
    if !matches!(s.raw(e), "," | "–" | "—" | "-" | ":" | ";") {
        return false;
    }
    let next = s.w(e + 1);
    if is_in(next, "ich wir mir uns i beides alles mich") {
        return true;
    }
    is_in(next, "ob was welche welchen welches welcher wann wie")
        && (e + 1..s.toks.len()).any(|k| is_in(s.w(k), "ich wir i"))
}

fn tell_me(s: &Sent, i: usize) -> Option<Hit> {
    let (end, what_i) = if let Some(end) = s.at(&TELL_WHAT, i) {
        (end, i)
    } else if let Some(end) = s.at(&TELL_WH, i) {
        let stop = s.clause_end(end);
        let you = (end..stop)
            .any(|k| is_in(s.w(k), "dich dir euch") || matches!(s.raw(k), "Sie" | "Ihnen"));
        // "Wo soll ich die Proben einlagern?" names a thing to act on;
        // "Wann soll ich da sein?", "Wo sollen wir uns treffen?" arrange.
        let thing = (end..stop.saturating_sub(1)).any(|k| {
            super::intl::is_word(&s.toks[k])
                && !is_in(s.w(k), "da dort hier uns mich sich denn eigentlich dann")
        });
        if you || !thing {
            return None;
        }
        return Some(Hit {
            cue: i..end,
            tell_me: true,
            rewrite: format!("{} {GAP}", lead(says_we(s, end - 1))),
        });
    } else if let Some(end) = s.at_any(&TELL_ME, i) {
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
    // "Wie soll ich das verstehen?", "Was soll ich davon halten?" wonder.
    if verb.is_some_and(|k| is_in(s.w(k), "verstehen denken halten glauben meinen")) {
        return None;
    }
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
    let mut dative = false;
    let (end, object) = if let Some(end) = s.at(&APPROVE, i) {
        let stop = s.clause_end(end);
        (end, (end, stop))
    } else if let Some(end) = s.at(&RELEASE, i) {
        let stop = s.clause_end(end);
        if stop <= end + 1 || s.w(stop - 1) != "frei" {
            return None;
        }
        (end, (end, stop - 1))
    } else if let Some(end) = s.at(&SIGN_OFF, i) {
        let stop = s.clause_end(end);
        if stop <= end + 1 || s.w(stop - 1) != "ab" {
            return None;
        }
        (end, (end, stop - 1))
    } else if let Some(end) = s.at(&CAN_YOU, i) {
        let stop = s.clause_end(end);
        let last = stop.checked_sub(1)?;
        // "Würden Sie meinem Antrag zustimmen?": signing or agreeing
        // approves when the thing is the writer's own.
        let mine = (end..last).any(|k| {
            is_in(
                s.w(k),
                "mein meine meinen meinem meiner unser unsere unseren unserem unserer",
            )
        });
        let approving = is_in(
            s.w(last),
            "genehmigen freigeben absegnen abnicken bewilligen abzeichnen gegenzeichnen",
        ) || (mine && is_in(s.w(last), "zustimmen unterschreiben unterzeichnen"));
        if last <= end || !approving {
            return None;
        }
        dative = s.w(last) == "zustimmen";
        (end, (end, last))
    } else {
        return None;
    };
    if object.1 <= object.0 {
        return None;
    }
    // "meinem Antrag zustimmen" → "meinen Antrag … umzusetzen".
    let what: Vec<&str> = (object.0..object.1)
        .filter(|&k| {
            let to_me = k == object.0 && is_in(s.w(k), "mir uns");
            !is_in(s.w(k), SOFTENERS) && !to_me
        })
        .map(|k| match s.raw(k) {
            "meinem" if dative => "meinen",
            "unserem" if dative => "unseren",
            "dem" if dative => "den",
            w => w,
        })
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

/// "Kann das so raus?", "Geht das heute raus?", "…, oder kann es raus?":
/// leave asked for the work itself to go out.
fn goes_out(s: &Sent, i: usize) -> Option<Hit> {
    if !is_in(s.w(i), "kann darf koennte duerfte geht soll") {
        return None;
    }
    let opening = s.clause_start(i) == 0 || (i > 0 && s.w(i - 1) == "oder");
    let stop = s.clause_end(i);
    let last = stop.checked_sub(1).filter(|&l| l > i + 1)?;
    // "das" itself, not "das Kind": "Kann das Kind schon raus?" asks a fact.
    let it = is_in(s.w(i + 1), "das es des")
        && (i + 2 == last || is_in(s.w(i + 2), "so jetzt schon dann heute morgen"));
    if !opening || !it || !is_in(s.w(last), "raus rausgehen hinaus weg online live") {
        return None;
    }
    Some(Hit {
        cue: i..i + 1,
        tell_me: false,
        rewrite: format!("{} {GAP}", lead(false)),
    })
}

/// "Ist mein Plan für die Umstellung so ok für dich?", "Sind Sie mit
/// meinem Vorschlag einverstanden?", "Passt mein Entwurf so?": the writer's
/// own plan put up for approval, verb first. "Ist mein Paket schon
/// angekommen?" asks a fact, and stays.
fn my_plan(s: &Sent, i: usize) -> Option<Hit> {
    let verb = s.w(i);
    // "Krieg ich das genehmigt?", "Bekomme ich den Antrag durch?"
    let stop = s.clause_end(i);
    let getting = is_in(verb, "krieg kriege kriegen bekomme bekommen bekaeme")
        && is_in(s.w(i + 1), "ich wir i")
        && stop > i + 2
        && is_in(
            s.w(stop - 1),
            "genehmigt bewilligt freigegeben abgesegnet abgezeichnet",
        );
    if getting {
        return Some(Hit {
            cue: i..i + 2,
            tell_me: false,
            rewrite: format!("{} {GAP}", lead(says_we(s, i + 1))),
        });
    }
    if !is_in(
        verb,
        "ist waere sind waeren passt geht bist seid findest finden findet",
    ) {
        return None;
    }
    let stop = s.clause_end(i);
    let mine = (i + 1..stop).find(|&k| {
        is_in(
            s.w(k),
            "mein meine meinen meinem meiner unser unsere unseren unserem unserer",
        )
    })?;
    let mut last = stop;
    while last > mine + 2
        && is_in(
            s.w(last - 1),
            "fuer dich sie euch dir ihnen denn eigentlich auch jetzt an damit",
        )
    {
        last -= 1;
    }
    let tail = s.w(last - 1);
    let approving = if is_in(verb, "passt geht") {
        (mine..last).any(|k| is_in(s.w(k), "so klar"))
    } else if is_in(verb, "findest finden findet") {
        is_in(tail, "gut ok okay sinnvoll vernuenftig akzeptabel")
    } else {
        is_in(
            tail,
            "ok okay ordnung recht genehmigt freigegeben abgesegnet einverstanden akzeptabel vertretbar machbar genehm",
        ) || (tail == "so" && mine + 2 < last)
    };
    if !approving || last <= mine + 1 {
        return None;
    }
    let we = is_in(s.w(mine), "unser unsere unseren unserem unserer");
    Some(Hit {
        cue: i..mine,
        tell_me: false,
        rewrite: format!("{} {GAP}", lead(we)),
    })
}

/// Whether the words before `to` state a plan of the writer's: "mein
/// Plan", or "ich"/"wir" with a verb of acting ("Ich ruf …", "Dann mach
/// ich …"), not a fact ("Wir haben am Montag frei, gell?").
fn own_plan(s: &Sent, to: usize) -> bool {
    let mine = "mein meine meinen unser unsere unseren";
    (0..to).any(|k| {
        if is_in(s.w(k), mine) {
            return true;
        }
        if !is_in(s.w(k), "ich wir i") {
            return false;
        }
        // "Ich würde …", "Ich will …" put a plan too.
        let verb = |v: usize| {
            v < to
                && super::intl::is_word(&s.toks[v])
                && (!is_in(s.w(v), NOT_PLANS)
                    || is_in(
                        s.w(v),
                        "wuerde wuerden moechte moechten will wollen werde werden",
                    ))
        };
        (s.opens_clause(k, FILLERS) && verb(k + 1)) || (k > 0 && verb(k - 1))
    })
}

/// ", wenn das okay ist?" after a plan: the tag goes.
fn tag(s: &Sent, also: bool) -> Option<Hit> {
    comma_tag(s, also).or_else(|| chat_tag(s))
}

/// "Einverstanden?", "Passt das so?", "Ist das okay für Sie?" on their
/// own, after a plan in the sentence before: the sentence goes.
static ALONE: [Pattern; 14] = [
    Pattern::new("(passt|geht klar|passt so)"),
    Pattern::new("(irgendwelche)? (einwaende|bedenken|einspruch)"),
    Pattern::new("(hast du|haben sie|habt ihr|haettest du|haetten sie) (etwas|was|irgendwas)? (dagegen|einwaende|bedenken)"),
    Pattern::new("(ist|waere) (das|es) so (genehmigt|freigegeben|abgesegnet|abgenickt)"),
    Pattern::new("(ok|okay|in ordnung) (so)? (fuer dich|fuer sie|fuer euch)?"),
    Pattern::new("(so)? (gut|recht|ok|okay) so"),
    Pattern::new("(ist|waere) (dir|ihnen|euch) (das|es) (so)? (recht|ok|okay|genehm|in ordnung)"),
    Pattern::new("(ist|waere) (das|es) (dir|ihnen|euch) (so)? (recht|ok|okay|genehm|in ordnung)"),
    Pattern::new("(klingt|hoert sich) (das|es) (gut|ok|okay|vernuenftig|sinnvoll) (an)?"),
    Pattern::new("(kannst du|koennen sie|koennt ihr) damit leben"),
    Pattern::new("einverstanden"),
    Pattern::new("(passt|geht) (das|es) (so)? (fuer dich|fuer sie|fuer euch|dir|ihnen|euch)? (so)? (klar)?"),
    Pattern::new("(ist|waere) (das|es) (so)? (fuer dich|fuer sie|fuer euch)? (ok|okay|in ordnung) (fuer dich|fuer sie|fuer euch)?"),
    Pattern::new("(bist du|sind sie|seid ihr|waerst du|waeren sie) (damit)? einverstanden"),
];
/// "…, was meinst du?" after the writer's plan.
static OPINION: Pattern = Pattern::new(
    "(oder)? (was meinst du|was meinen sie|was meint ihr|was sagst du|was sagen sie|was sagt ihr|was haeltst du davon|was halten sie davon|was haltet ihr davon|was denkst du|was denken sie|wie siehst du das|wie sehen sie das|wie seht ihr das) (dazu)?",
);

fn comma_tag(s: &Sent, also: bool) -> Option<Hit> {
    let words = s.word_indices();
    if let (Some(&first), true) = (words.first(), s.question) {
        let alone = s
            .at_any(&ALONE, first)
            .is_some_and(|e| s.only_marks_from(e));
        if alone && first == 0 {
            let end = s.at_any(&ALONE, first).unwrap_or(first + 1);
            return Some(Hit {
                cue: first..end,
                tell_me: false,
                rewrite: String::new(),
            });
        }
    }
    // A dash sets a tag off as a comma does ("… – einverstanden?").
    let comma = (1..s.toks.len())
        .rev()
        .find(|&k| matches!(s.raw(k), "," | "–" | "—" | "-"))?;
    let start = comma + 1;
    if let Some(end) = s.at(&OPINION, start).filter(|&e| s.only_marks_from(e)) {
        return (also || own_plan(s, comma)).then(|| Hit {
            cue: start..end,
            tell_me: false,
            rewrite: finish(s.span(0, comma)),
        });
    }
    let chat = !s.text[s.range.clone()].trim_end().ends_with(['.', '!']);
    if let Some(end) = s.at_any(&TAG_PLAN, start).filter(|&e| s.only_marks_from(e)) {
        if (s.question || chat) && (also || own_plan(s, comma)) {
            return Some(Hit {
                cue: start..end,
                tell_me: false,
                rewrite: finish(s.span(0, comma)),
            });
        }
    }
    let end = s.at_any(&TAG, start)?;
    if !s.only_marks_from(end) {
        return None;
    }
    let bare = end == start + 1 || matches!(s.w(start), "in");
    let plan = also || own_plan(s, comma);
    if bare && !(s.question && plan) {
        return None;
    }
    Some(Hit {
        cue: start..end,
        tell_me: false,
        rewrite: finish(s.span(0, comma)),
    })
}

/// "ich nehm die zwei Tage frei ok": a tag without its comma, in chat.
fn chat_tag(s: &Sent) -> Option<Hit> {
    let chat = !s.text[s.range.clone()].trim_end().ends_with(['.', '!']);
    let words = s.word_indices();
    let &last = words.last()?;
    let tagged = is_in(s.w(last), "ok okay oder passt gell")
        && last > 0
        && super::intl::is_word(&s.toks[last - 1])
        && words.len() >= 4;
    if !chat || !tagged || !own_plan(s, last) {
        return None;
    }
    Some(Hit {
        cue: last..last + 1,
        tell_me: false,
        rewrite: finish(s.span(0, last)),
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
