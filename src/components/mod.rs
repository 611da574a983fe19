//! Pieces of view shared by several pages.

pub mod chart;
pub mod clock;
pub mod files;
pub mod layout;
pub mod progress_bar;
pub mod reset;
pub mod role_picker;
pub mod step_nav;

/// Sets the browser tab's title for the page being shown.
pub fn set_title(page: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if page.is_empty() {
            doc.set_title("Leader-Leader: a guide to the leader-leader model");
        } else {
            doc.set_title(&format!("{page} · Leader-Leader"));
        }
    }
}
