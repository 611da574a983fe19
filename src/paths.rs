//! Where the site lives. On GitHub Pages a project site is served under
//! `/<repo>/`; locally it is served at `/`. Trunk writes the public URL into
//! the module-preload link of the page it builds, so the base is read from
//! there once, and the same build works under any sub-path.

use std::sync::OnceLock;

static BASE: OnceLock<String> = OnceLock::new();

/// The site's base path without a trailing slash: `""` or `"/leader-leader"`.
pub fn base() -> &'static str {
    BASE.get_or_init(read_base)
}

#[cfg(target_arch = "wasm32")]
fn read_base() -> String {
    let href = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("link[rel=modulepreload][href]")
                .ok()
                .flatten()
        })
        .and_then(|el| el.get_attribute("href"))
        .unwrap_or_default();
    base_from_asset(&href)
}

#[cfg(not(target_arch = "wasm32"))]
fn read_base() -> String {
    String::new()
}

/// The directory of an asset's absolute path: "/repo/app-1a2b.js" gives
/// "/repo"; "/app.js" gives "".
pub fn base_from_asset(asset_path: &str) -> String {
    let path = asset_path
        .split_once("://")
        .map(|(_, rest)| rest.find('/').map(|i| &rest[i..]).unwrap_or("/"))
        .unwrap_or(asset_path);
    match path.rsplit_once('/') {
        Some((dir, _)) => dir.trim_end_matches('/').to_string(),
        None => String::new(),
    }
}

/// An app path ("/steps/genetic-code") as a link the browser can follow.
pub fn href(path: &str) -> String {
    join(base(), path)
}

fn join(base: &str, path: &str) -> String {
    if path == "/" {
        format!("{base}/")
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
    fn base_is_the_directory_of_the_asset() {
        assert_eq!(
            base_from_asset("/leader-leader/leader-leader-1a2b.js"),
            "/leader-leader"
        );
        assert_eq!(base_from_asset("/leader-leader-1a2b.js"), "");
        assert_eq!(base_from_asset("https://example.org/a/b/app.js"), "/a/b");
        assert_eq!(base_from_asset(""), "");
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
}
