//! Turns the content files (`content/<lang>/*.toml`) into static Rust data,
//! after checking every language against English. See `build/content.rs`.

#[path = "build/content.rs"]
mod content;

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=build/content.rs");
    let dir = Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("content");
    let fail = |problems: Vec<content::Problem>| -> ! {
        eprintln!();
        for p in &problems {
            eprintln!("{p}");
        }
        eprintln!(
            "\n{} problem{} in the content files (README: \"Change the content\").",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" }
        );
        std::process::exit(1);
    };
    let languages = content::read_all(&dir).unwrap_or_else(|p| fail(p));
    let problems = content::check(&languages);
    if !problems.is_empty() {
        fail(problems);
    }
    // A WebAssembly build carries one language, chosen by its cargo feature
    // (`lang-de`); no feature is English. Natively every language is carried.
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    let chosen: Vec<String> = std::env::vars()
        .filter_map(|(k, _)| {
            k.strip_prefix("CARGO_FEATURE_LANG_")
                .map(|c| c.to_lowercase())
        })
        .collect();
    let only = if wasm {
        match chosen.as_slice() {
            [] => Some(content::REFERENCE.to_string()),
            [one] if languages.iter().any(|l| &l.code == one) => Some(one.clone()),
            [one] => {
                eprintln!("feature lang-{one}: there is no content/{one} folder");
                std::process::exit(1);
            }
            _ => {
                eprintln!("one language per WebAssembly build; features asked for {chosen:?}");
                std::process::exit(1);
            }
        }
    } else {
        None
    };
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("text.rs");
    let code = content::generate(&languages, only.as_deref());
    if std::fs::read_to_string(&out).ok().as_deref() != Some(code.as_str()) {
        std::fs::write(&out, code).expect("write text.rs");
    }
}
