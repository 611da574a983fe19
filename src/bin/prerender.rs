//! Prints every page of the app as JSON, rendered for the site's public URL
//! in a language (`prerender /repo/de/ de`; English when none is given):
//! `scripts/post_build.py` writes each to its file.
//! Natively only; in the browser the app renders itself.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let public_url = std::env::args().nth(1).unwrap_or_else(|| "/".to_string());
    let code = std::env::args().nth(2).unwrap_or_else(|| "en".to_string());
    let Some(lang) = leader_leader::text::Lang::ALL
        .into_iter()
        .find(|l| l.code() == code)
    else {
        eprintln!("prerender: no language `{code}` in content/");
        std::process::exit(2);
    };
    let pages = leader_leader::prerender::render_all(&public_url, lang);
    println!(
        "{}",
        serde_json::to_string(&pages).expect("pages serialise")
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
