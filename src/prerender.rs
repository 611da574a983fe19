//! Every page as HTML, rendered at build time by the app's own components
//! (natively, with tachys' HTML renderer) for a visitor with nothing saved.
//! `src/bin/prerender.rs` prints them; `scripts/post_build.py` puts each in
//! its own file, so every address paints its own page before the
//! WebAssembly arrives, and without JavaScript at all.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use serde::Serialize;

use crate::app::{addresses, App, Page};
use crate::paths;

thread_local! {
    static CHOSEN: Cell<Option<Page>> = const { Cell::new(None) };
    static TITLE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Called by the router as it picks a page, so the build knows which.
pub(crate) fn chose(page: Page) {
    CHOSEN.set(Some(page));
}

/// Called by `components::set_title`: natively, the title goes in the
/// page's `<title>`.
pub(crate) fn titled(title: &str) {
    TITLE.set(title.to_string());
}

/// One page, as the build writes it.
#[derive(Serialize)]
pub struct Rendered {
    /// The app path: "/steps/genetic-code".
    pub address: String,
    /// The file it is served from, relative to the site: "steps/genetic-code.html".
    pub file: String,
    /// The address as linked, under the base: "/leader-leader/steps/".
    pub href: String,
    #[serde(skip)]
    pub page: Option<Page>,
    pub title: String,
    pub description: String,
    /// A tool (a form to fill in, the visitor's data): without JavaScript
    /// only its explanation can be read, and the page says so.
    pub tool: bool,
    /// What the page says at its top when JavaScript is off.
    pub noscript: String,
    /// What goes inside `<div id="app">`.
    pub html: String,
}

/// Renders the app at `address` (an app path), as a first visit sees it.
pub fn render(address: &str) -> Rendered {
    CHOSEN.set(None);
    TITLE.set(String::new());
    let href = paths::href(address);
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(RequestUrl::new(&href));
        App().to_html()
    });
    owner.cleanup();
    let file = if address == "/" {
        "index.html".to_string()
    } else if paths::FOLDERS.contains(&address) {
        format!("{}/index.html", &address[1..])
    } else {
        format!("{}.html", &address[1..])
    };
    Rendered {
        address: address.to_string(),
        file,
        href,
        page: CHOSEN.get(),
        tool: CHOSEN.get().is_some_and(is_tool),
        noscript: {
            let note = crate::text::pages::noscript();
            let tool = CHOSEN.get().is_some_and(is_tool);
            (if tool { note.tool } else { note.reading }).to_string()
        },
        title: TITLE.take(),
        description: crate::content::pages::description(address)
            .unwrap_or_default()
            .to_string(),
        html,
    }
}

/// Whether the page is a tool rather than something to read.
fn is_tool(page: Page) -> bool {
    !matches!(
        page,
        Page::Home
            | Page::NotFound
            | Page::Model
            | Page::Pillars
            | Page::Stories
            | Page::Steps
            | Page::Step
            | Page::Checklist
            | Page::Practice
    )
}

/// The not-found page, for `404.html`.
pub fn render_not_found() -> Rendered {
    let mut page = render("/404");
    page.file = "404.html".to_string();
    page
}

/// Every page the build writes in `lang`, under the site's public URL
/// ("/repo/", "/repo/de/" for German).
pub fn render_all(public_url: &str, lang: crate::text::Lang) -> Vec<Rendered> {
    crate::text::set_lang(lang);
    paths::set_base(public_url);
    let mut all: Vec<Rendered> = addresses().iter().map(|a| render(a)).collect();
    all.push(render_not_found());
    all
}

/// Each run of text between tags in `html`, trimmed, with the entities the
/// renderer writes turned back; runs without a letter are left out. What the
/// tests of each language's words compare.
#[cfg(test)]
pub fn text_runs(html: &str) -> Vec<String> {
    html.split('<')
        .filter_map(|part| part.split_once('>').map(|(_, text)| text))
        .map(|text| {
            text.trim()
                .replace("&#x27;", "'")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&amp;", "&")
        })
        .filter(|text| text.chars().any(char::is_alphabetic))
        .collect()
}

/// [`text_runs`] of the pages at `addresses` as a first visit gets them,
/// each page's title first.
#[cfg(test)]
pub fn built_texts(addresses: &[&str]) -> Vec<String> {
    let html: String = addresses
        .iter()
        .map(|a| {
            let page = render(a);
            format!("<title>{}</title>{}", page.title, page.html)
        })
        .collect();
    text_runs(&html)
}

/// Checks that the pages at `addresses` show each of `words()` in English,
/// and in every other language its translation and not the English.
#[cfg(test)]
pub fn assert_pages_translated(addresses: &[&str], words: fn() -> Vec<&'static str>) {
    use crate::text::{set_lang, Lang};
    set_lang(Lang::En);
    let english = words();
    let texts = built_texts(addresses);
    for en in &english {
        assert!(
            texts.iter().any(|t| t.contains(en)),
            "English pages lack {en:?}"
        );
    }
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        set_lang(lang);
        let texts = built_texts(addresses);
        for (en, theirs) in english.iter().zip(words()) {
            assert!(
                texts.iter().any(|t| t.contains(theirs)),
                "{lang:?} pages lack {theirs:?}"
            );
            assert!(
                !texts.iter().any(|t| t == en),
                "{lang:?} pages still say {en:?}"
            );
        }
    }
    set_lang(Lang::En);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_has_an_address_and_every_address_its_own_page() {
        let pages: Vec<Rendered> = addresses().iter().map(|a| render(a)).collect();
        for page in &pages {
            assert!(page.page.is_some(), "{} opens no page", page.address);
            assert!(!page.title.is_empty(), "{} has no title", page.address);
            assert!(
                !page.description.is_empty(),
                "{} has no description",
                page.address
            );
        }
        for want in Page::ALL.iter().filter(|p| **p != Page::NotFound) {
            assert!(
                pages.iter().any(|p| p.page == Some(*want)),
                "{want:?} is in the router but no page is built for it"
            );
        }
        let steps = pages.iter().filter(|p| p.page == Some(Page::Step)).count();
        assert_eq!(steps, crate::content::STEPS.len());
        // Every page once, the step page once per step, the not-found page
        // only as 404.html.
        assert_eq!(pages.len(), Page::ALL.len() - 2 + steps);
        assert_eq!(render_not_found().page, Some(Page::NotFound));
    }
}
