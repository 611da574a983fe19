//! The site in other languages: the switcher on every page, and the one-line
//! offer to a visitor whose browser prefers another language than the page's.
//!
//! Each language is a build of its own under its folder (`/de/…`), so moving
//! to another language is a full page load of that build (`rel="external"`
//! keeps the router out of it), on the same page, with its query and
//! fragment: an invitation opened in English can be answered in German. The
//! visitor's data is the same in every language (`paths::site_base`).

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::paths;
use crate::storage::{self, Key};
use crate::text::{lang, Lang};

/// Where the page is, in every language: its app path, query and fragment.
fn here() -> Memo<String> {
    let location = use_location();
    // The router gives the query and the fragment without their `?` and `#`.
    let mark = |sign: &str, part: String| {
        if part.is_empty() || part.starts_with(sign) {
            part
        } else {
            format!("{sign}{part}")
        }
    };
    Memo::new(move |_| {
        format!(
            "{}{}{}",
            paths::app_path(&location.pathname.get()),
            mark("?", location.search.get()),
            // The build renders no fragment (and the router warns if read).
            if cfg!(target_arch = "wasm32") {
                mark("#", location.hash.get())
            } else {
                String::new()
            }
        )
    })
}

/// The visitor's own choice of language, if they made one.
fn chosen() -> Option<Lang> {
    let code = storage::read_raw(Key::Language).ok().flatten()?;
    Lang::ALL.into_iter().find(|l| l.code() == code)
}

fn remember(choice: Lang) {
    // Not being able to save the choice only means being asked again.
    let _ = storage::write_raw(Key::Language, choice.code());
}

/// Links to the same page in every language, each named in itself. The
/// links are plain markup that one effect points at the current page (with
/// the page's alternate links in `<head>`), and one listener remembers the
/// choice: measured, a reactive `href` and a handler per link cost the main
/// module several KB.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let here = here();
    keep_links_current(here);
    let start = here.get_untracked();
    let links = Lang::ALL
        .into_iter()
        .map(|l| {
            view! {
                <li>
                    <a
                        href=paths::in_language(l, &start)
                        hreflang=l.code()
                        lang=l.code()
                        rel="external"
                        aria-current=(l == lang()).then_some("true")
                    >
                        {l.name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    let remember_clicked = |ev: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        let code = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[hreflang]").ok().flatten())
            .and_then(|a| a.get_attribute("hreflang"));
        if let Some(l) = code.and_then(|c| Lang::ALL.into_iter().find(|l| l.code() == c)) {
            remember(l);
        }
    };
    view! {
        <nav class="languages" aria-label=lang().switcher() on:click=remember_clicked>
            <ul>{links}</ul>
        </nav>
    }
}

/// Points the switcher's links, the offer's and the page's
/// `<link rel="alternate" hreflang>` and canonical link at the page the
/// visitor is on, as each page's built HTML has them.
fn keep_links_current(here: Memo<String>) {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    Effect::new(move |_| {
        let here = here.get();
        let page = here.split(['?', '#']).next().unwrap_or("/").to_string();
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(doc) = window.document() else {
            return;
        };
        let origin = window.location().origin().unwrap_or_default();
        let Ok(links) = doc.query_selector_all(
            "link[rel=alternate][hreflang], link[rel=canonical], .languages a, .language-offer a",
        ) else {
            return;
        };
        for i in 0..links.length() {
            use wasm_bindgen::JsCast;
            let Some(link) = links
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let in_head = link.tag_name() == "LINK";
            let target = match link.get_attribute("hreflang").as_deref() {
                None => lang(),
                Some("x-default") => Lang::En,
                Some(code) => match Lang::ALL.into_iter().find(|l| l.code() == code) {
                    Some(l) => l,
                    None => continue,
                },
            };
            // A page's address in <head> has no query or fragment; the
            // visitor's links keep them (an invitation, a round).
            let href = paths::in_language(target, if in_head { &page } else { &here });
            let absolute = link
                .get_attribute("href")
                .is_some_and(|h| h.starts_with("http"));
            let _ = link.set_attribute(
                "href",
                &if absolute {
                    format!("{origin}{href}")
                } else {
                    href
                },
            );
        }
    });
}

/// The language a visitor would rather read than the page's: their choice,
/// or else the first of their browser's languages the site speaks.
fn wanted() -> Option<Lang> {
    if let Some(choice) = chosen() {
        return Some(choice);
    }
    let languages = web_sys::window()?.navigator().languages();
    languages
        .iter()
        .filter_map(|v| v.as_string())
        .find_map(|tag| {
            let primary = tag
                .split('-')
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase();
            Lang::ALL.into_iter().find(|l| l.code() == primary)
        })
}

/// One line, at the foot of the window, offering the page in the language the
/// visitor prefers, written in that language. Never a redirect; dismissing it
/// keeps the page's language as the visitor's choice.
#[component]
pub fn LanguageOffer() -> impl IntoView {
    let offered = RwSignal::new(None::<Lang>);
    if cfg!(target_arch = "wasm32") {
        offered.set(wanted().filter(|l| *l != lang()));
    }
    let start = here().get_untracked();
    move || {
        offered.get().map(|l| {
            view! {
                <div class="language-offer" role="region" aria-label=l.switcher() lang=l.code()>
                    <p>
                        {l.offer()} " "
                        <a
                            href=paths::in_language(l, &start)
                            hreflang=l.code()
                            rel="external"
                            on:click=move |_| remember(l)
                        >
                            {l.accept()}
                        </a>
                    </p>
                    <button
                        type="button"
                        class="button secondary"
                        on:click=move |_| {
                            remember(lang());
                            offered.set(None);
                        }
                    >
                        {l.dismiss()}
                    </button>
                </div>
            }
        })
    }
}
