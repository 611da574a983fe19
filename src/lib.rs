//! Leader-Leader: a browser-only guide to L. David Marquet's leader-leader
//! model. See ARCHITECTURE.md for what lives where.

// Natively, without `erase_components`, the pages' view types nest deeper
// than the default limit when the build renders them to HTML.
#![recursion_limit = "256"]

pub mod app;
pub mod components;
pub mod content;
pub mod model;
pub mod pages;
pub mod paths;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod seal;
pub mod state;
pub mod storage;
pub mod text;

pub use app::App;

/// Builds the app out of sight, in a hidden `#app-next`; once its first
/// page is built, [`take_over`] tells the page, whose script puts it in
/// place of the static HTML.
///
/// Every address is served its own page, rendered at build time by these
/// same components (`prerender`). The app replaces that markup rather than
/// hydrating it: hydration would add its code to the first load, and a page
/// in a piece is not ready when the main module starts anyway. The static
/// page stays on screen, readable, until the app has the same page built.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use wasm_bindgen::JsCast;
    let document = leptos::prelude::document();
    let fresh: web_sys::HtmlElement = document
        .create_element("div")
        .expect("a div")
        .unchecked_into();
    fresh.set_id("app-next");
    let _ = fresh.set_attribute("hidden", "");
    if let Some(body) = document.body() {
        let _ = body.append_child(&fresh);
    }
    leptos::mount::mount_to(fresh, App).forget();
}

/// The first page is built: the page's script (`index.html`) swaps it in
/// before the next frame is painted. It is the same markup as the static
/// page for a first visit, so nothing moves; the scroll position stays, and
/// the link or menu the visitor had focused is focused again. (In
/// JavaScript: the same steps in Rust took 0.5 KB more of the first load.)
pub(crate) fn take_over() {
    #[cfg(target_arch = "wasm32")]
    {
        thread_local!(static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
        if !DONE.replace(true) {
            tell("leader-leader:built");
        }
    }
}

/// Sends the page an event by name (the service worker's registration
/// script and the take-over script listen).
pub fn tell(name: &str) {
    if let Some(w) = web_sys::window() {
        if let Ok(ev) = web_sys::Event::new(name) {
            let _ = w.dispatch_event(&ev);
        }
    }
}
