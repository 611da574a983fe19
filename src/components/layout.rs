//! The frame around every page: skip link, header with navigation, the
//! notice about saving, the main region and the footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::content::SOURCE;
use crate::paths::{self, href};
use crate::state::{use_app, DataNotice, SaveHealth};

/// The main navigation: app path and label.
pub const NAV: [(&str, &str); 6] = [
    ("/", "Home"),
    ("/model", "The model"),
    ("/pillars", "Three pillars"),
    ("/steps", "Four steps"),
    ("/checklist", "Checklist"),
    ("/stories", "Stories"),
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
                <nav aria-label="Main">
                    <ul class="nav-list">{nav_items}</ul>
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
                    "Based on "<cite>{SOURCE.title}": "{SOURCE.subtitle}</cite>" by "
                    {SOURCE.author}" ("{SOURCE.year}"). "
                    "Leader-Leader is an independent study aid and is not affiliated with the author."
                </p>
                <p>
                    "Your ticks and notes are kept only in this browser. Nothing you write is sent anywhere."
                </p>
            </div>
        </footer>
    }
}

/// A persistent notice when changes are not being saved, and a one-time
/// notice when saved data had to be set aside.
#[component]
fn SaveBanner() -> impl IntoView {
    let app = use_app();
    let health = move || {
        match app.health.get() {
        SaveHealth::Saving => None,
        SaveHealth::NotSaving(problem) => Some(format!(
            "Your changes are not being saved: {problem}. They stay on screen until you close this tab."
        )),
        SaveHealth::ReadOnlyNewer { found } => Some(format!(
            "This browser holds data saved by a newer version of Leader-Leader (format {found}). \
             This version will not change it, so nothing you do here is saved. Reload to get the newer version."
        )),
    }
    };
    let notice = move || {
        app.notice.get().map(|DataNotice::Recovered { error, copy_kept }| {
            let kept = if copy_kept {
                "A copy of it has been kept in this browser, untouched, and you are starting afresh."
            } else {
                "It could not be copied aside, so it has been left as it was and nothing new is saved."
            };
            format!("Your saved progress could not be read: {error}. {kept}")
        })
    };
    view! {
        <div class="wrap banners" role="status">
            {move || {
                health()
                    .map(|text| {
                        view! {
                            <p class="banner banner-warning">
                                <strong>"Not saving. "</strong>
                                {text}
                            </p>
                        }
                    })
            }}
            {move || {
                notice()
                    .map(|text| {
                        view! {
                            <div class="banner banner-warning">
                                <p>{text}</p>
                                <button type="button" on:click=move |_| app.notice.set(None)>
                                    "Dismiss"
                                </button>
                            </div>
                        }
                    })
            }}
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
