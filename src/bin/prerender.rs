//! Prints every page of the app as JSON, rendered for the site's public URL
//! (`prerender /repo/`): `scripts/post_build.py` writes each to its file.
//! Natively only; in the browser the app renders itself.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let public_url = std::env::args().nth(1).unwrap_or_else(|| "/".to_string());
    let pages = leader_leader::prerender::render_all(&public_url);
    println!(
        "{}",
        serde_json::to_string(&pages).expect("pages serialise")
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
