//! The German, French and Spanish coaches' tables: every sentence in
//! `tests/fixtures/coach-<lang>.tsv` must be read as labelled.

use super::*;
use crate::text::{set_lang, Lang};

/// One row's failure, or `None`; and whether the row was flagged.
fn check(line: &str) -> (Option<String>, bool) {
    let cols: Vec<&str> = line.split('\t').collect();
    let want_flag = cols[0] == "flag";
    let want_rung = cols[1].parse::<u8>().ok().and_then(Rung::from_number);
    let sentence = cols[2];
    let readings = read(sentence);
    let fail = |why: String| (Some(format!("{sentence:?}: {why}")), want_flag);
    let [r] = readings.as_slice() else {
        return fail(format!("{} sentences", readings.len()));
    };
    if r.flagged() != want_flag {
        return fail(format!("flagged {} (rung {:?})", r.flagged(), r.rung));
    }
    if r.rung != want_rung {
        return fail(format!("rung {:?}, wanted {want_rung:?}", r.rung));
    }
    if want_flag {
        let phrase: Vec<&str> = r.phrases.iter().map(|(_, p)| p.as_str()).collect();
        let want: Vec<&str> = cols[3].split(" | ").collect();
        if phrase != want {
            return fail(format!("asking words {phrase:?}, wanted {:?}", cols[3]));
        }
        if r.rewrite.as_deref() != Some(cols[4]) {
            return fail(format!("rewrite {:?}, wanted {:?}", r.rewrite, cols[4]));
        }
    }
    (None, want_flag)
}

fn table(lang: Lang, name: &str) {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let body = std::fs::read_to_string(&path).expect("the table is readable");
    set_lang(lang);
    let mut fails = Vec::new();
    let (mut flags, mut oks) = (0, 0);
    for line in body
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (fail, flag) = check(line);
        if flag {
            flags += 1;
        } else {
            oks += 1;
        }
        fails.extend(fail);
    }
    set_lang(Lang::En);
    assert!(
        flags >= 25 && oks >= 25,
        "{name}: {flags} flagged, {oks} not"
    );
    assert!(fails.is_empty(), "{name}:\n{}", fails.join("\n"));
}

#[test]
fn german_table() {
    table(Lang::De, "coach-de.tsv");
}

#[test]
fn french_table() {
    table(Lang::Fr, "coach-fr.tsv");
}

#[test]
fn spanish_table() {
    table(Lang::Es, "coach-es.tsv");
}

#[test]
fn english_is_unchanged_by_the_other_coaches() {
    set_lang(Lang::En);
    assert_eq!(analyse("Darf ich den Termin verschieben?").len(), 0);
    assert_eq!(analyse("Can I move the meeting?").len(), 1);
}

#[test]
fn german_zu_goes_inside_separable_verbs() {
    for (verb, want) in [
        ("anrufen", "anzurufen"),
        ("zurückrufen", "zurückzurufen"),
        ("vorbereiten", "vorzubereiten"),
        ("herausfinden", "herauszufinden"),
        ("verschieben", "zu verschieben"),
        ("antworten", "zu antworten"),
        ("analysieren", "zu analysieren"),
        ("übernehmen", "zu übernehmen"),
        ("einigen", "zu einigen"),
        ("ausprobieren", "auszuprobieren"),
    ] {
        assert_eq!(de::zu_infinitive(verb), want, "{verb}");
    }
}

/// Each language's "Try an example" text shows the coach at work: two
/// sentences flagged, the second with its tag marked too and dropped.
#[test]
fn each_sample_is_read_in_its_language() {
    for lang in [Lang::De, Lang::Fr, Lang::Es] {
        set_lang(lang);
        let sample = crate::content::practice::coach_sample();
        let found = analyse(sample);
        let phrases: usize = found.iter().map(|s| s.phrases.len()).sum();
        assert_eq!((found.len(), phrases), (2, 3), "{lang:?}: {found:#?}");
        assert!(found.iter().all(|s| !s.rewrite.contains('?')), "{found:#?}");
    }
    set_lang(Lang::En);
}

#[test]
fn a_tag_after_another_ask_is_marked_and_dropped() {
    set_lang(Lang::De);
    let s = analyse("Ich würde gern den Termin verschieben, wenn das okay ist.");
    set_lang(Lang::En);
    assert_eq!(s[0].phrases.len(), 2, "{s:?}");
    assert_eq!(s[0].rewrite, "Ich beabsichtige, den Termin zu verschieben.");
}

fn split(lang: Lang, text: &str) -> Vec<String> {
    set_lang(lang);
    let out = sentences(text)
        .into_iter()
        .map(|r| text[r].to_string())
        .collect();
    set_lang(Lang::En);
    out
}

#[test]
fn french_sentences_end_after_spaced_marks_and_guillemets() {
    let n = '\u{202f}';
    assert_eq!(
        split(Lang::Fr, &format!("«{n}Puis-je partir{n}?{n}» Merci.")),
        [format!("«{n}Puis-je partir{n}?{n}»"), "Merci.".to_string()]
    );
    assert_eq!(
        split(Lang::Fr, "Puis-je partir ? Merci !\u{a0}À demain."),
        ["Puis-je partir ?", "Merci !", "À demain."]
    );
    assert_eq!(
        split(Lang::Fr, "« Puis-je partir ? » demande-t-il."),
        ["« Puis-je partir ? » demande-t-il."]
    );
    assert_eq!(
        split(
            Lang::Fr,
            "Voyez p. ex. M. Dupont, Mme. Roy, etc. et les autres. Le devis, les factures, etc. Demain je pars."
        ),
        [
            "Voyez p. ex. M. Dupont, Mme. Roy, etc. et les autres.",
            "Le devis, les factures, etc.",
            "Demain je pars."
        ]
    );
}

#[test]
fn german_abbreviations_do_not_end_a_sentence() {
    assert_eq!(
        split(
            Lang::De,
            "Wir brauchen z. B. die Zahlen, d. h. ca. 20 Seiten, u. a. Nr. 5 bzw. Nr. 6, usw. und mehr. Danke!"
        ),
        [
            "Wir brauchen z. B. die Zahlen, d. h. ca. 20 Seiten, u. a. Nr. 5 bzw. Nr. 6, usw. und mehr.",
            "Danke!"
        ]
    );
    assert_eq!(
        split(Lang::De, "Äpfel, Birnen usw. Danach gehe ich."),
        ["Äpfel, Birnen usw.", "Danach gehe ich."]
    );
    assert_eq!(
        split(
            Lang::De,
            "„Darf ich gehen?“ Er schwieg.\nÜbrigens bin ich morgen da."
        ),
        [
            "„Darf ich gehen?“",
            "Er schwieg.",
            "Übrigens bin ich morgen da."
        ]
    );
}

#[test]
fn spanish_inverted_marks_open_a_sentence() {
    assert_eq!(
        split(Lang::Es, "¿Vienes?¿Cuándo?"),
        ["¿Vienes?", "¿Cuándo?"]
    );
    assert_eq!(
        split(Lang::Es, "Hola\n¿Puedo ir?\n¡Gracias!"),
        ["Hola", "¿Puedo ir?", "¡Gracias!"]
    );
    assert_eq!(
        split(
            Lang::Es,
            "Hablé con la Sra. García y con Dña. Ana, p. ej. ayer, etc. y luego. Oye, ¿puedo ir?"
        ),
        [
            "Hablé con la Sra. García y con Dña. Ana, p. ej. ayer, etc. y luego.",
            "Oye, ¿puedo ir?"
        ]
    );
    // In English the same text keeps its old cuts: "¿" opens nothing.
    assert_eq!(split(Lang::En, "Ok?¿Y tú?").len(), 1);
}

/// The lead for sentences that name no plan comes from each coach.toml,
/// the rewrite as before.
#[test]
fn a_sentence_without_a_plan_gets_the_languages_lead() {
    for (lang, text, want) in [
        (
            Lang::De,
            "Der Server ist langsam.",
            "Der Server ist langsam. Ich beabsichtige, …",
        ),
        (
            Lang::Fr,
            "Le serveur est lent.",
            "Le serveur est lent. J'ai l'intention de …",
        ),
        (
            Lang::Es,
            "El servidor va lento.",
            "El servidor va lento. Tengo la intención de …",
        ),
    ] {
        set_lang(lang);
        let r = read(text);
        set_lang(Lang::En);
        assert_eq!(r[0].rewrite.as_deref(), Some(want), "{lang:?}");
    }
}

/// How a labelled file (`flag` or `ok`, a tab, a sentence) is read:
/// asks flagged, asks, others flagged, others, and the sentences read wrong.
fn measure(lang: Lang, name: &str) -> (usize, usize, usize, usize, Vec<String>) {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let body = std::fs::read_to_string(&path).expect("the file is readable");
    set_lang(lang);
    let (mut caught, mut asks, mut wrong, mut others) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    for line in body
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (label, sentence) = line.split_once('\t').expect("label and sentence");
        let flagged = !analyse(sentence).is_empty();
        if label == "flag" {
            asks += 1;
            caught += usize::from(flagged);
        } else {
            others += 1;
            wrong += usize::from(flagged);
        }
        if flagged != (label == "flag") {
            misses.push(format!("{label}: {sentence}"));
        }
    }
    set_lang(Lang::En);
    (caught, asks, wrong, others, misses)
}

/// Sentences written after the rules, never tuned on: the share of asking
/// sentences flagged and of others left alone, printed for the record
/// (`cargo test heldout -- --nocapture`), with a floor. The "-2" sets were
/// written independently of the rules, by readers who did not see them.
#[test]
fn heldout_sentences_are_mostly_read_right() {
    for (lang, name) in [
        (Lang::De, "coach-de-heldout.tsv"),
        (Lang::Fr, "coach-fr-heldout.tsv"),
        (Lang::Es, "coach-es-heldout.tsv"),
        (Lang::De, "coach-de-heldout-2.tsv"),
        (Lang::Fr, "coach-fr-heldout-2.tsv"),
        (Lang::Es, "coach-es-heldout-2.tsv"),
        (Lang::De, "coach-de-heldout-3.tsv"),
        (Lang::Fr, "coach-fr-heldout-3.tsv"),
        (Lang::Es, "coach-es-heldout-3.tsv"),
        (Lang::De, "coach-de-heldout-4.tsv"),
        (Lang::Fr, "coach-fr-heldout-4.tsv"),
        (Lang::Es, "coach-es-heldout-4.tsv"),
        (Lang::De, "coach-de-heldout-5.tsv"),
        (Lang::Fr, "coach-fr-heldout-5.tsv"),
        (Lang::Es, "coach-es-heldout-5.tsv"),
    ] {
        let (caught, asks, wrong, others, misses) = measure(lang, name);
        println!(
            "{name}: flagged {caught}/{asks}, wrongly flagged {wrong}/{others}; missed: {misses:?}"
        );
        // Every set from "-2" on was written by other hands without
        // reading the rules. "-4" was measured blind once (70 to 77% of its
        // asks found) before the larger tuning files: its floor only guards
        // against falling back. "-5" (100 lines) was measured blind after
        // them: 92 to 96%, the figure to compare with English's 94%.
        let floor = if name.ends_with("-4.tsv") { 7 } else { 9 };
        assert!(
            caught * 10 >= asks * floor,
            "{name}: {caught}/{asks} flagged: {misses:?}"
        );
        assert!(
            wrong * 10 <= others,
            "{name}: {wrong}/{others} wrongly: {misses:?}"
        );
    }
}

/// The larger tuning files (four per language, written by readers who had
/// not seen the rules: "a", 160 lines, asks for leave and go-ahead in every
/// register; "b", 160, asks to be told what to do, tags and chat; "c" and
/// "d", 120 each, broad samples of every kind):
/// the rules are written from them, so they must read nearly all of them
/// right (`cargo test tuning_files -- --nocapture` lists what they miss).
#[test]
fn tuning_files_are_read_right() {
    let mut report = Vec::new();
    for (lang, name) in [
        (Lang::De, "coach-de-tuning-a.tsv"),
        (Lang::De, "coach-de-tuning-b.tsv"),
        (Lang::De, "coach-de-tuning-c.tsv"),
        (Lang::De, "coach-de-tuning-d.tsv"),
        (Lang::Fr, "coach-fr-tuning-a.tsv"),
        (Lang::Fr, "coach-fr-tuning-b.tsv"),
        (Lang::Fr, "coach-fr-tuning-c.tsv"),
        (Lang::Fr, "coach-fr-tuning-d.tsv"),
        (Lang::Es, "coach-es-tuning-a.tsv"),
        (Lang::Es, "coach-es-tuning-b.tsv"),
        (Lang::Es, "coach-es-tuning-c.tsv"),
        (Lang::Es, "coach-es-tuning-d.tsv"),
    ] {
        let (caught, asks, wrong, others, misses) = measure(lang, name);
        println!("{name}: flagged {caught}/{asks}, wrongly flagged {wrong}/{others}");
        for miss in &misses {
            println!("    {miss}");
        }
        if caught * 100 < asks * TUNING_FOUND || wrong * 100 > others * TUNING_WRONG {
            report.push(format!(
                "{name}: {caught}/{asks} found, {wrong}/{others} wrong"
            ));
        }
    }
    assert!(report.is_empty(), "{}", report.join("\n"));
}

/// The tuning files' floors, in percent: asks found, others flagged.
const TUNING_FOUND: usize = 95;
const TUNING_WRONG: usize = 2;

/// A panic in the coach stops the whole page (WebAssembly aborts), so
/// every pair of sentences from a language's tables, joined by a comma and
/// each of its joining words or run together as one message, is read
/// without one: the cuts between asks and the splitter see shapes no
/// single row has.
#[test]
fn joined_sentences_never_panic() {
    for (lang, joins, names) in [
        (
            Lang::De,
            ["und", "oder", "aber"],
            [
                "coach-de.tsv",
                "coach-de-heldout.tsv",
                "coach-de-heldout-2.tsv",
            ],
        ),
        (
            Lang::Fr,
            ["et", "ou", "mais"],
            [
                "coach-fr.tsv",
                "coach-fr-heldout.tsv",
                "coach-fr-heldout-2.tsv",
            ],
        ),
        (
            Lang::Es,
            ["y", "o", "pero"],
            [
                "coach-es.tsv",
                "coach-es-heldout.tsv",
                "coach-es-heldout-2.tsv",
            ],
        ),
    ] {
        let mut sentences = Vec::new();
        for name in names {
            let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
            let body = std::fs::read_to_string(&path).expect("the table is readable");
            for line in body
                .lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
            {
                let sentence = line.split('\t').find(|c| c.chars().count() > 12);
                sentences.extend(sentence.map(str::to_string));
            }
        }
        set_lang(lang);
        let stride = (sentences.len() / 12).max(1);
        for (i, a) in sentences.iter().enumerate() {
            let a = a.trim_end_matches(['.', '?', '!', ' ', '\u{202f}', '\u{a0}']);
            // Every pair would be slow (the tables have hundreds of rows);
            // a stride still pairs each sentence with a dozen others of
            // every kind.
            for b in sentences.iter().skip(i % stride).step_by(stride) {
                let b_low = b.to_lowercase();
                for join in joins {
                    let _ = read(&format!("{a}, {join} {b_low}"));
                    let _ = read(&format!("{a} {join} {b_low}"));
                }
                let _ = read(&format!("{a}. {b}"));
            }
        }
        set_lang(Lang::En);
    }
}
