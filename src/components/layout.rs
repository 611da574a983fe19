//! The frame around every page: skip link, header with navigation, the
//! notice about saving, the main region and the footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::files::{export_backup_on_demand, Saved};
use crate::components::languages::{LanguageOffer, LanguageSwitcher};
use crate::content::SOURCE;
use crate::paths::{self, href};
use crate::state::{now_ms, use_app, DataNotice, SaveHealth};

/// The main navigation: app path and label.
pub const NAV: [(&str, &str); 10] = [
    ("/", "Home"),
    ("/model", "The model"),
    ("/pillars", "Three pillars"),
    ("/steps", "Four steps"),
    ("/checklist", "Checklist"),
    ("/stories", "Stories"),
    ("/assess", "Assess"),
    ("/practice", "Practice"),
    ("/rounds", "Ask others"),
    ("/data", "Your data"),
];

/// Whether a nav entry is the section the visitor is in.
pub fn nav_is_current(entry: &str, app_path: &str) -> bool {
    if entry == "/" {
        app_path == "/"
    } else {
        app_path == entry || app_path.starts_with(&format!("{entry}/"))
    }
}

/// The page frame. `children` is the routed page.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let location = use_location();
    let app_path = Memo::new(move |_| paths::app_path(&location.pathname.get()));
    let app = use_app();
    // Remember journey pages so the home page can offer to continue.
    Effect::new(move |_| app.visit(&app_path.get()));

    let nav_items = NAV
        .iter()
        .map(|&(path, label)| {
            let current = move || nav_is_current(path, &app_path.get()).then_some("page");
            view! {
                <li>
                    <a href=href(path) aria-current=current>
                        {label}
                    </a>
                </li>
            }
        })
        .collect_view();

    // On narrow screens the list opens from a Menu disclosure (shown by the
    // stylesheet only there): native, so it works from the keyboard, tells
    // screen readers whether it is open, and works in the static page too.
    // Following a link closes it; so does Escape, which puts focus back on
    // the disclosure.
    let menu = || document().get_element_by_id("menu");
    let close_menu = move |_| {
        if let Some(menu) = menu() {
            let _ = menu.remove_attribute("open");
        }
    };
    let menu_keys = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() != "Escape" {
            return;
        }
        if let Some(menu) = menu().filter(|m| m.has_attribute("open")) {
            let _ = menu.remove_attribute("open");
            if let Some(summary) = menu.first_element_child() {
                use wasm_bindgen::JsCast;
                let _ = summary.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
    };

    view! {
        <a class="skip-link" href="#main" rel="external">
            "Skip to content"
        </a>
        <header class="site-header">
            <div class="wrap header-inner">
                <a class="brand" href=href("/")>
                    <span class="brand-mark" aria-hidden="true">
                        "LL"
                    </span>
                    "Leader-Leader"
                </a>
                <nav aria-label="Main" on:keydown=menu_keys>
                    <details class="menu" id="menu">
                        <summary>"Menu"</summary>
                    </details>
                    <ul class="nav-list" on:click=close_menu>
                        {nav_items}
                    </ul>
                </nav>
            </div>
        </header>
        <SaveBanner />
        <main id="main" tabindex="-1" class="wrap">
            {children()}
        </main>
        <footer class="site-footer">
            <div class="wrap">
                <p>
                    "Based on "<cite>{SOURCE.title()}": "{SOURCE.subtitle()}</cite>" by "
                    {SOURCE.author()}" ("{SOURCE.year}"). "
                    "Leader-Leader is an independent study aid and is not affiliated with the author."
                </p>
                <p>
                    "Your ticks and notes are kept only in this browser. Nothing you write is sent anywhere."
                </p>
                <LanguageSwitcher />
            </div>
        </footer>
        <LanguageOffer />
    }
}

/// A persistent notice when changes are not being saved, a notice when
/// saved data had to be set aside, and the reminder to make a backup.
#[component]
fn SaveBanner() -> impl IntoView {
    let app = use_app();
    let health = move || {
        match app.health.get() {
        SaveHealth::Saving => None,
        SaveHealth::NotSaving(problem, others) => Some(format!(
            "Your changes in this tab are not being saved: {problem}. They stay on screen while this tab is open{}; \
             download a backup from Your data to keep them.",
            if others { ", with the changes another tab saved (those are saved)" } else { "" }
        )),
        SaveHealth::HoldingDamaged => Some(
            "Your saved data could not be read, and there was no room to keep a copy of it. \
             To protect it, nothing new is saved until you download it or delete it on the Your data page."
                .to_string(),
        ),
        SaveHealth::ReadOnlyNewer { found } => Some(format!(
            "This browser holds data saved by a newer version of Leader-Leader (format {found}). \
             It is shown here read-only: this version will not change it, so nothing you do here is saved. \
             Reload to get the newer version."
        )),
    }
    };
    let notice = move || {
        app.notice.get().map(|DataNotice::Recovered { error, copy_kept, part }| {
            match part {
                None => {
                    let kept = if copy_kept {
                        "A copy of it is kept in this browser, untouched, and you are starting afresh."
                    } else {
                        "It has been left as it was."
                    };
                    format!("Your saved progress could not be read: {error}. {kept}")
                }
                Some(part) if copy_kept => format!(
                    "Your saved {part} could not be read: {error}. A copy of everything you had \
                     saved is kept in this browser, untouched, and your {part} start afresh."
                ),
                Some(part) => format!(
                    "Your saved {part} could not be read: {error}. They have been left as they \
                     were, and nothing is saved until you decide what to do with them on the \
                     Your data page."
                ),
            }
        })
    };
    let (exported_now, set_exported_now) = signal(None::<Result<Saved, String>>);
    // Not where a colleague answers a round: that page leaves the
    // visitor's own data alone, and its nudges would only confuse.
    let location = use_location();
    let reminder = move || {
        app.meta.with(|m| m.backup_reminder_due(now_ms()))
            && !location.pathname.with(|p| p.ends_with("/answer"))
    };
    let download_backup = move |_| {
        leptos::task::spawn_local(async move {
            if export_backup_on_demand(app, set_exported_now)
                .await
                .is_err()
            {
                set_exported_now.set(Some(Err(
                    "The backup could not be made: part of the app did not arrive. \
                     Check the connection and try again."
                        .to_string(),
                )));
            }
        });
    };
    // The service worker (web/register-sw.js) says when a new version has
    // been downloaded; the visitor chooses when to load it.
    let (update_ready, set_update_ready) = signal(false);
    #[cfg(target_arch = "wasm32")]
    {
        let handle = leptos::leptos_dom::helpers::window_event_listener_untyped(
            "leader-leader:update-ready",
            move |_| set_update_ready.set(true),
        );
        on_cleanup(move || handle.remove());
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = set_update_ready;
    let send = crate::tell;
    // The news may have come before the app was listening (the wasm arrives
    // after the page's load event): register-sw.js tells again at once if a
    // new version is waiting.
    if cfg!(target_arch = "wasm32") {
        send("leader-leader:listening");
    }
    let apply_update = move |_| send("leader-leader:apply-update");
    view! {
        <div class="wrap banners">
            {move || {
                update_ready
                    .get()
                    .then(|| {
                        view! {
                            <section class="banner banner-info" aria-labelledby="update-title" role="status">
                                <p id="update-title">
                                    <strong>"A new version of Leader-Leader is ready. "</strong>
                                    "Reload to use it. Your data stays as it is."
                                </p>
                                <button type="button" class="button" on:click=apply_update>
                                    "Reload now"
                                </button>
                            </section>
                        }
                    })
            }}
            <div role="status">
                {move || {
                    health()
                        .map(|text| {
                            view! {
                                <p class="banner banner-warning" id="save-problem">
                                    <strong>"Not saving. "</strong>
                                    {text}
                                </p>
                            }
                        })
                }}
            </div>
            {move || {
                notice()
                    .map(|text| {
                        view! {
                            <div class="banner banner-warning" role="alert">
                                <p>{text}</p>
                                <p>
                                    <a href=href("/data")>"Download the damaged copy, or restore a backup"</a>
                                </p>
                                <button type="button" on:click=move |_| app.notice.set(None)>
                                    "Dismiss"
                                </button>
                            </div>
                        }
                    })
            }}
            {move || {
                reminder()
                    .then(|| {
                        view! {
                            <section class="banner banner-info" aria-labelledby="reminder-title">
                                <p id="reminder-title">
                                    <strong>"Time for a backup. "</strong>
                                    "Some of your work has been in this browser for over a week without a backup file. Browsers can clear a site's data, so keep a copy."
                                </p>
                                <div class="banner-actions">
                                    <button
                                        type="button"
                                        class="button"
                                        on:click=download_backup
                                    >
                                        "Download a backup"
                                    </button>
                                    <button
                                        type="button"
                                        on:click=move |_| {
                                            set_exported_now.set(None);
                                            app.dismiss_backup_reminder();
                                        }
                                    >
                                        "Not now"
                                    </button>
                                </div>
                            </section>
                        }
                    })
            }}
            {move || match exported_now.get() {
                Some(Err(e)) => {
                    Some(
                        view! {
                            <p class="banner banner-warning" role="alert">
                                {e}
                            </p>
                        },
                    )
                }
                _ => None,
            }}
            <p role="status" class="visually-hidden">
                {move || exported_now.get().and_then(|done| done.ok()?.words())}
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nav_marks_the_section_not_just_the_page() {
        assert!(nav_is_current("/", "/"));
        assert!(!nav_is_current("/", "/steps"));
        assert!(nav_is_current("/steps", "/steps/genetic-code"));
        assert!(!nav_is_current("/steps", "/stepsx"));
        assert!(nav_is_current("/checklist", "/checklist"));
    }
}
