//! Leader-Leader: a browser-only guide to L. David Marquet's leader-leader
//! model. See ARCHITECTURE.md for what lives where.

pub mod app;
pub mod components;
pub mod content;
pub mod model;
pub mod pages;
pub mod paths;
pub mod seal;
pub mod state;
pub mod storage;

pub use app::App;

/// Mounts the app in place of the static message in `index.html`.
pub fn start() {
    use wasm_bindgen::JsCast;
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match root {
        Some(root) => {
            root.set_inner_html("");
            leptos::mount::mount_to(root, App).forget();
        }
        None => leptos::mount::mount_to_body(App),
    }
    // For the benchmark (scripts/bench.mjs): when the app has mounted.
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("app-mounted");
    }
}
