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
    Memo::new(move |_| {
        format!(
            "{}{}{}",
            paths::app_path(&location.pathname.get()),
            location.search.get(),
            location.hash.get()
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

/// Links to the same page in every language, each named in itself.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let here = here();
    keep_alternates_current(here);
    let links = Lang::ALL
        .into_iter()
        .map(|l| {
            let current = l == lang();
            view! {
                <li>
                    <a
                        href=move || paths::in_language(l, &here.get())
                        hreflang=l.code()
                        lang=l.code()
                        rel="external"
                        aria-current=current.then_some("true")
                        on:click=move |_| remember(l)
                    >
                        {l.name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="languages" aria-label=lang().switcher()>
            <ul>{links}</ul>
        </nav>
    }
}

/// The page's `<link rel="alternate" hreflang>` (and canonical) follow the
/// visitor from page to page, as each page's built HTML has them.
fn keep_alternates_current(here: Memo<String>) {
    if !cfg!(target_arch = "wasm32") {
        return;
    }
    Effect::new(move |_| {
        let path = here.get();
        let path = path.split(['?', '#']).next().unwrap_or("/").to_string();
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(links) =
            doc.query_selector_all("link[rel=alternate][hreflang], link[rel=canonical]")
        else {
            return;
        };
        let origin = web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default();
        for i in 0..links.length() {
            use wasm_bindgen::JsCast;
            let Some(link) = links
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let code = link.get_attribute("hreflang");
            let target = match code.as_deref() {
                None => lang(),
                Some("x-default") => Lang::En,
                Some(code) => match Lang::ALL.into_iter().find(|l| l.code() == code) {
                    Some(l) => l,
                    None => continue,
                },
            };
            let absolute = link
                .get_attribute("href")
                .is_some_and(|h| h.starts_with("http"));
            let href = paths::in_language(target, &path);
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
    let here = here();
    move || {
        offered.get().map(|l| {
            view! {
                <div class="language-offer" role="region" aria-label=l.switcher() lang=l.code()>
                    <p>
                        {l.offer()} " "
                        <a
                            href=move || paths::in_language(l, &here.get())
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
