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

/// The text before and after the `{name}` placeholder of a sentence, for
/// a sentence with markup in its middle (a link, a bold name): the
/// sentence stays whole in the content files, whatever the word order.
/// `None` for an empty side: the build's renderer would write an empty
/// text as a space.
pub fn around(text: &'static str, name: &str) -> (Option<&'static str>, Option<&'static str>) {
    let placeholder = format!("{{{name}}}");
    let (before, after) = text.split_once(placeholder.as_str()).unwrap_or((text, ""));
    let some = |s: &'static str| (!s.is_empty()).then_some(s);
    (some(before), some(after))
}

/// Sets the browser tab's title for the page being shown.
pub fn set_title(page: &str) {
    let t = crate::text::shell::title();
    let title = if page.is_empty() {
        t.home.to_string()
    } else {
        crate::text::fill(t.page, &[("page", page)])
    };
    // Natively the build is rendering the page: the title goes in its HTML.
    #[cfg(not(target_arch = "wasm32"))]
    crate::prerender::titled(&title);
    #[cfg(target_arch = "wasm32")]
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(&title);
    }
}

#[cfg(test)]
mod tests {
    use super::around;

    #[test]
    fn around_splits_at_the_placeholder() {
        assert_eq!(
            around("Next open step: {step}.", "step"),
            (Some("Next open step: "), Some("."))
        );
        assert_eq!(around("{step} next", "step"), (None, Some(" next")));
        assert_eq!(
            around("No place here", "step"),
            (Some("No place here"), None)
        );
    }
}
