//! The frame around every page: skip link, header with navigation, the
//! notice about saving, the main region and the footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::around;
use crate::components::files::{export_backup_on_demand, Saved};
use crate::components::languages::{LanguageOffer, LanguageSwitcher};
use crate::content::SOURCE;
use crate::paths::{self, href};
use crate::state::{now_ms, use_app, DataNotice, SaveHealth};
use crate::text::{fill, shell};

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

    let nav = shell::nav();
    // The main navigation: app path and label.
    let nav_items = [
        ("/", nav.home),
        ("/model", nav.model),
        ("/pillars", nav.pillars),
        ("/steps", nav.steps),
        ("/checklist", nav.checklist),
        ("/stories", nav.stories),
        ("/assess", nav.assess),
        ("/practice", nav.practice),
        ("/rounds", nav.rounds),
        ("/data", nav.data),
    ]
    .into_iter()
    .map(|(path, label)| {
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

    let words = shell::layout();
    // The main module renders both sides as text, even an empty one (an
    // `Option` would cost it code): the built page then has a space there.
    let (based_on, source_and_more) = around(words.based_on, "book");
    let based_on = based_on.unwrap_or_default();
    let book = fill(
        words.book,
        &[("title", SOURCE.title()), ("subtitle", SOURCE.subtitle())],
    );
    let source_and_more = fill(
        source_and_more.unwrap_or_default(),
        &[
            ("author", SOURCE.author()),
            // As u64, whose formatting the main module has anyway.
            ("year", &u64::from(SOURCE.year).to_string()),
        ],
    );

    view! {
        <a class="skip-link" href="#main" rel="external">
            {words.skip_link}
        </a>
        <header class="site-header">
            <div class="wrap header-inner">
                <a class="brand" href=href("/")>
                    <span class="brand-mark" aria-hidden="true">
                        {words.brand_mark}
                    </span>
                    {words.brand}
                </a>
                <nav aria-label=words.nav_label on:keydown=menu_keys>
                    <details class="menu" id="menu">
                        <summary>{words.menu}</summary>
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
                <p>{based_on}<cite>{book}</cite>{source_and_more}</p>
                <p>{words.privacy}</p>
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
    let words = shell::banner();
    // One `fill` for every case: each call costs the main module code.
    let health = move || {
        let (text, value) = match app.health.get() {
            SaveHealth::Saving => return None,
            SaveHealth::NotSaving(problem, others) => (
                if others {
                    words.not_saving_with_others
                } else {
                    words.not_saving
                },
                problem.to_string(),
            ),
            SaveHealth::HoldingDamaged => (words.holding_damaged, String::new()),
            SaveHealth::ReadOnlyNewer { found } => (words.read_only_newer, found.to_string()),
        };
        Some(fill(text, &[("problem", &value), ("format", &value)]))
    };
    let notice = move || {
        app.notice.get().map(
            |DataNotice::Recovered {
                 error,
                 copy_kept,
                 part,
             }| {
                let text = match (part, copy_kept) {
                    (None, true) => words.progress_unreadable_kept,
                    (None, false) => words.progress_unreadable_left,
                    (Some(_), true) => words.part_unreadable_kept,
                    (Some(_), false) => words.part_unreadable_left,
                };
                fill(
                    text,
                    &[
                        ("part", part.unwrap_or_default()),
                        ("error", &error.to_string()),
                    ],
                )
            },
        )
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
                set_exported_now.set(Some(Err(words.backup_missing_piece.to_string())));
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
                                    <strong>{words.update_title} " "</strong>
                                    {words.update_text}
                                </p>
                                <button type="button" class="button" on:click=apply_update>
                                    {words.update_button}
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
                                    <strong>{words.not_saving_title} " "</strong>
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
                                    <a href=href("/data")>{words.damaged_link}</a>
                                </p>
                                <button type="button" on:click=move |_| app.notice.set(None)>
                                    {words.dismiss}
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
                                    <strong>{words.reminder_title} " "</strong>
                                    {words.reminder_text}
                                </p>
                                <div class="banner-actions">
                                    <button
                                        type="button"
                                        class="button"
                                        on:click=download_backup
                                    >
                                        {words.reminder_button}
                                    </button>
                                    <button
                                        type="button"
                                        on:click=move |_| {
                                            set_exported_now.set(None);
                                            app.dismiss_backup_reminder();
                                        }
                                    >
                                        {words.reminder_later}
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

// The tests render pages natively, in each language (a WebAssembly build
// carries one).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::text::{journey, set_lang, Lang};

    /// Interface words of the shell and the journey's pages that the pages
    /// built for a first visit show, in the thread's language. (Not the
    /// model page's heading: the framework's own name of the model, in its
    /// facts, is the same English text until its file is translated.)
    fn built_words() -> Vec<&'static str> {
        let layout = shell::layout();
        let nav = shell::nav();
        let home = journey::home();
        let model = journey::model();
        let step_page = journey::step_page();
        let mut words = vec![
            layout.skip_link,
            layout.privacy,
            nav.model,
            nav.pillars,
            nav.steps,
            nav.rounds,
            nav.data,
            shell::title().home,
            shell::role_picker().legend,
            shell::role_picker().hint,
            shell::reset().button,
            home.heading,
            home.lead,
            home.new_here,
            home.start,
            home.progress_heading,
            home.journey_heading,
            model.problem,
            model.core_idea,
            model.empowerment,
            model.results_last,
            model.next,
            journey::pillars().heading,
            journey::pillars().leader,
            journey::pillars().not_leader,
            journey::stories().mistakes,
            journey::stories().origin,
            journey::steps().lead,
            step_page.items,
            step_page.reflection,
            step_page.saved,
            journey::step_nav().all_steps,
            journey::step_nav().to_checklist,
            journey::checklist().lead,
            journey::not_found().heading,
            journey::not_found().home,
            journey::step().whole_checklist,
        ];
        words.extend(journey::journey().iter().map(|stage| stage.link));
        words
    }

    /// The texts of the journey's pages as built (the title, and each run of
    /// text between tags), with the few entities the renderer writes turned back.
    fn built_texts() -> Vec<String> {
        let journey = [
            "/",
            "/model",
            "/pillars",
            "/stories",
            "/steps",
            "/checklist",
        ];
        let addresses = crate::app::addresses();
        let ours = addresses
            .iter()
            .filter(|a| journey.contains(&a.as_str()) || a.starts_with("/steps/"));
        let ours: Vec<&str> = ours.map(String::as_str).collect();
        let mut texts = crate::prerender::built_texts(&ours);
        texts.extend(crate::prerender::text_runs(
            &crate::prerender::render_not_found().html,
        ));
        texts
    }

    #[test]
    fn the_shell_and_the_journey_speak_every_language() {
        set_lang(Lang::En);
        let english = built_words();
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            set_lang(lang);
            let translated = built_words();
            let texts = built_texts();
            for (en, theirs) in english.iter().zip(&translated) {
                assert!(
                    texts.iter().any(|t| t == theirs),
                    "{lang:?} pages lack {theirs:?}"
                );
                if en != theirs {
                    assert!(
                        !texts.iter().any(|t| t == en),
                        "{lang:?} pages still say {en:?}"
                    );
                }
            }
        }
        set_lang(Lang::En);
        let texts = built_texts();
        for en in english {
            assert!(texts.iter().any(|t| t == en), "English pages lack {en:?}");
        }
    }

    #[test]
    fn nav_marks_the_section_not_just_the_page() {
        assert!(nav_is_current("/", "/"));
        assert!(!nav_is_current("/", "/steps"));
        assert!(nav_is_current("/steps", "/steps/genetic-code"));
        assert!(!nav_is_current("/steps", "/stepsx"));
        assert!(nav_is_current("/checklist", "/checklist"));
    }
}
