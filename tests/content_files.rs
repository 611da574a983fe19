//! The content files' checks (`build/content.rs`, which `build.rs` runs on
//! every build): the real `content/` passes, and each rule catches what it is
//! for, with the file, the key and the line in its message.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/content.rs"]
#[allow(dead_code)]
mod content;

use content::{check, generate, parse, read_all, Language, Problem};

fn language(code: &str, files: &[(&str, &str)]) -> Language {
    Language {
        code: code.to_string(),
        files: files
            .iter()
            .map(|(name, source)| {
                parse(&format!("content/{code}/{name}.toml"), name, source)
                    .unwrap_or_else(|p| panic!("{p:?}"))
            })
            .collect(),
    }
}

const ENGLISH: &str = r#"
title = "Start in the middle"
greeting = "Hello, {name}."

[[item]]
id = "first"
text = "Name the first group."
tips = ["Ask.", "Listen."]

[[item]]
id = "second"
text = "Invite, do not order."
tips = ["Wait."]
"#;

fn problems(translation: &str) -> Vec<Problem> {
    check(&[
        language("en", &[("steps", ENGLISH)]),
        language("de", &[("steps", translation)]),
    ])
}

fn one(translation: &str) -> String {
    let p = problems(translation);
    assert_eq!(p.len(), 1, "expected one problem, got {p:#?}");
    p[0].to_string()
}

const GERMAN: &str = r#"
title = "In der Mitte beginnen"
greeting = "Hallo, {name}."

[[item]]
id = "first"
text = "Die erste Gruppe benennen."
tips = ["Fragen.", "Zuhören."]

[[item]]
id = "second"
text = "Einladen, nicht anordnen."
tips = ["Warten."]
"#;

#[test]
fn every_language_in_content_has_every_key_and_every_id() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let languages = read_all(&dir).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(languages[0].code, "en");
    let problems = check(&languages);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_complete_translation_passes_and_is_written_as_rust() {
    assert_eq!(problems(GERMAN), vec![]);
    let en = language("en", &[("steps", ENGLISH)]);
    let de = language("de", &[("steps", GERMAN)]);
    let all = generate(&[en.clone(), de.clone()], None);
    assert!(all.contains("Lang::De => &DE_ITEM"), "{all}");
    assert!(all.contains("\"Einladen, nicht anordnen.\""));
    let german_only = generate(&[en, de], Some("de"));
    assert!(german_only.contains("\"Zuhören.\""));
    assert!(
        !german_only.contains("\"Listen.\""),
        "a German build carries no English text"
    );
}

#[test]
fn a_missing_key_names_the_file_the_key_and_where_english_has_it() {
    let text = GERMAN.replace("text = \"Einladen, nicht anordnen.\"\n", "");
    let message = one(&text);
    assert!(
        message.starts_with("content/de/steps.toml:10: `item[2].text`: missing key"),
        "{message}"
    );
    assert!(message.contains("content/en/steps.toml:12"), "{message}");
}

#[test]
fn an_extra_key_is_refused_at_its_line() {
    let text = GERMAN.replace("greeting =", "farewell = \"Tschüss.\"\ngreeting =");
    let message = one(&text);
    assert!(
        message.starts_with("content/de/steps.toml:3: `farewell`: extra key"),
        "{message}"
    );
}

#[test]
fn a_placeholder_that_differs_from_english_is_refused() {
    let message = one(&GERMAN.replace("{name}", "{nom}"));
    assert!(
        message.starts_with("content/de/steps.toml:3: `greeting`: placeholders {nom}"),
        "{message}"
    );
    assert!(message.contains("English's {name}"), "{message}");
}

#[test]
fn an_empty_text_is_refused_in_english_and_in_a_translation() {
    let message = one(&GERMAN.replace("\"Warten.\"", "\"  \""));
    assert!(
        message.starts_with("content/de/steps.toml:13: `item[2].tips[1]`: empty text"),
        "{message}"
    );
    let english = check(&[language(
        "en",
        &[("steps", &ENGLISH.replace("Start in the middle", ""))],
    )]);
    assert_eq!(english.len(), 1, "{english:#?}");
    assert!(english[0]
        .to_string()
        .starts_with("content/en/steps.toml:2: `title`: empty text"));
}

#[test]
fn a_translated_or_unknown_id_is_refused() {
    let message = one(&GERMAN.replace("id = \"second\"", "id = \"zweite\""));
    assert!(
        message.starts_with("content/de/steps.toml:11: `item[2].id`: unknown id `zweite`"),
        "{message}"
    );
}

#[test]
fn a_duplicated_id_is_refused() {
    let english = ENGLISH.replace("id = \"second\"", "id = \"first\"");
    let p = check(&[language("en", &[("steps", &english)])]);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(
        p[0].to_string()
            .contains("`item[2].id`: duplicated id `first` (first at line 6)"),
        "{}",
        p[0]
    );
}

#[test]
fn a_list_of_another_length_is_refused() {
    let message = one(&GERMAN.replace("[\"Fragen.\", \"Zuhören.\"]", "[\"Fragen.\"]"));
    assert!(
        message.starts_with("content/de/steps.toml:8: `item[1].tips`: 1 entry; English has 2"),
        "{message}"
    );
}

#[test]
fn a_missing_file_and_an_extra_file_are_named() {
    let p = check(&[
        language("en", &[("steps", ENGLISH)]),
        language("de", &[("stories", "title = \"x\"")]),
    ]);
    let text: Vec<String> = p.iter().map(|p| p.to_string()).collect();
    assert!(
        text.iter()
            .any(|t| t.starts_with("content/de/steps.toml:1: missing")),
        "{text:#?}"
    );
    assert!(
        text.iter()
            .any(|t| t.starts_with("content/de/stories.toml:1: extra file")),
        "{text:#?}"
    );
}

#[test]
fn what_a_content_file_may_not_hold_is_refused_with_its_line() {
    let bad = |source: &str| parse("content/en/x.toml", "x", source).unwrap_err()[0].to_string();
    assert!(bad("a = 1\n").starts_with("content/en/x.toml:1: `a`: content files hold text"));
    assert!(
        bad("\n\nWrong-Key = \"x\"\n").starts_with("content/en/x.toml:3: `Wrong-Key`: a key is")
    );
    assert!(bad("a = \"x\"\nb = \"unclosed\n").starts_with("content/en/x.toml:2: not valid TOML"));
    assert!(bad("a = \"x\"\na = \"y\"\n").contains("not valid TOML"));
    let p = check(&[language(
        "en",
        &[("x", "[[i]]\nid = \"a\"\n[[i]]\nid = \"b\"\nmore = \"c\"\n")],
    )]);
    assert!(
        p[0].to_string()
            .contains("`i[2]`: every entry of this list has the same keys"),
        "{p:#?}"
    );
}
