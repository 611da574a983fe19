//! Where the site lives. On GitHub Pages a project site is served under
//! `/<repo>/`; locally it is served at `/`. The post-build hook writes the
//! public URL into `index.html`'s `<meta name="app-base">`, so the base is read
//! from there once, and the same build works under any sub-path.

use std::sync::OnceLock;

static BASE: OnceLock<String> = OnceLock::new();

/// The site's base path without a trailing slash: `""` or `"/leader-leader"`.
pub fn base() -> &'static str {
    BASE.get_or_init(read_base)
}

#[cfg(target_arch = "wasm32")]
fn read_base() -> String {
    let url = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=app-base]").ok().flatten())
        .and_then(|el| el.get_attribute("content"))
        .unwrap_or_default();
    base_from_public_url(&url)
}

#[cfg(not(target_arch = "wasm32"))]
fn read_base() -> String {
    String::new()
}

/// The site's base without the language's folder: `"/leader-leader"` on
/// the German pages too (their [`base`] is `"/leader-leader/de"`). Every
/// language is one app to the visitor: one set of data under this base.
pub fn site_base() -> &'static str {
    let lang = crate::text::lang();
    if lang == crate::text::Lang::En {
        return base();
    }
    base()
        .strip_suffix(lang.code())
        .and_then(|b| b.strip_suffix('/'))
        .unwrap_or(base())
}

/// The address of app path `path` (with any `?query#fragment`) in `lang`.
pub fn in_language(lang: crate::text::Lang, path: &str) -> String {
    if lang == crate::text::Lang::En {
        join(site_base(), path)
    } else {
        join(&format!("{}/{}", site_base(), lang.code()), path)
    }
}

/// Natively, the base is what the build is for (`src/bin/prerender.rs`
/// renders the pages under it); set before anything reads it.
#[cfg(not(target_arch = "wasm32"))]
pub fn set_base(public_url: &str) {
    let _ = BASE.set(base_from_public_url(public_url));
}

/// The addresses that are also folders of other pages. Each one's page is
/// built as `<name>/index.html`, which GitHub Pages serves at `<name>/`
/// (and redirects `<name>` to), so links to them end in a slash, and the
/// app reads both spellings as the same page.
pub const FOLDERS: [&str; 4] = ["/steps", "/assess", "/practice", "/rounds"];

/// The base path of the site's public URL: "/repo/" gives "/repo"; "/"
/// gives ""; so does anything that is not a path (a page whose
/// `%BASE%` was never filled in, or no meta at all).
pub fn base_from_public_url(url: &str) -> String {
    let path = url
        .split_once("://")
        .map(|(_, rest)| rest.find('/').map(|i| &rest[i..]).unwrap_or("/"))
        .unwrap_or(url);
    if path.starts_with('/') {
        path.trim_end_matches('/').to_string()
    } else {
        String::new()
    }
}

/// An app path ("/steps/genetic-code") as a link the browser can follow.
pub fn href(path: &str) -> String {
    join(base(), path)
}

fn join(base: &str, path: &str) -> String {
    if path == "/" {
        format!("{base}/")
    } else if FOLDERS.contains(&path) {
        format!("{base}{path}/")
    } else {
        format!("{base}{path}")
    }
}

/// The app path of a browser path: the base taken off.
pub fn app_path(pathname: &str) -> String {
    strip(base(), pathname)
}

fn strip(base: &str, pathname: &str) -> String {
    let rest = pathname.strip_prefix(base).unwrap_or(pathname);
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    if rest.is_empty() {
        "/".to_string()
    } else {
        rest.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_is_the_public_url_without_its_last_slash() {
        assert_eq!(base_from_public_url("/leader-leader/"), "/leader-leader");
        assert_eq!(base_from_public_url("/a/b/"), "/a/b");
        assert_eq!(base_from_public_url("/"), "");
        assert_eq!(base_from_public_url("https://example.org/a/b/"), "/a/b");
        assert_eq!(base_from_public_url("https://example.org"), "");
        assert_eq!(base_from_public_url("%BASE%"), "");
        assert_eq!(base_from_public_url(""), "");
    }

    #[test]
    fn index_html_names_the_base_where_it_is_read() {
        // The post-build hook fills in %BASE%; read_base looks for this meta.
        let page = include_str!("../index.html");
        assert!(page.contains(r#"<meta name="app-base" content="%BASE%" />"#));
    }

    #[test]
    fn links_and_paths_round_trip_under_a_sub_path() {
        assert_eq!(join("/repo", "/"), "/repo/");
        assert_eq!(
            join("/repo", "/steps/genetic-code"),
            "/repo/steps/genetic-code"
        );
        assert_eq!(join("", "/"), "/");
        assert_eq!(
            strip("/repo", "/repo/steps/genetic-code"),
            "/steps/genetic-code"
        );
        assert_eq!(strip("/repo", "/repo/"), "/");
        assert_eq!(strip("/repo", "/repo"), "/");
        assert_eq!(strip("", "/checklist"), "/checklist");
    }

    #[test]
    fn folder_pages_are_linked_with_a_slash_and_read_either_way() {
        assert_eq!(join("/repo", "/steps"), "/repo/steps/");
        assert_eq!(join("", "/practice"), "/practice/");
        assert_eq!(join("/repo", "/model"), "/repo/model");
        assert_eq!(strip("/repo", "/repo/steps/"), "/steps");
        assert_eq!(strip("/repo", "/repo/steps"), "/steps");
    }
}
