//! Pieces of view shared by several pages.

pub mod chart;
pub mod clock;
pub mod files;
pub mod languages;
pub mod layout;
pub mod progress_bar;
pub mod reset;
pub mod role_picker;
pub mod step_nav;

/// Sets the browser tab's title for the page being shown.
pub fn set_title(page: &str) {
    let title = if page.is_empty() {
        "Leader-Leader: a guide to the leader-leader model".to_string()
    } else {
        format!("{page} · Leader-Leader")
    };
    // Natively the build is rendering the page: the title goes in its HTML.
    #[cfg(not(target_arch = "wasm32"))]
    crate::prerender::titled(&title);
    #[cfg(target_arch = "wasm32")]
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(&title);
    }
}
