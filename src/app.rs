//! The app's root: shared state, the router and the page layout.
//!
//! Every page is a split point (`wasm_split`, what Leptos's `#[lazy]` uses)
//! in one of six pieces: the journey (with the home and not-found pages),
//! the assessment, the practice tools, the data pages, team rounds for the
//! person asking, and the page where a colleague answers a round (alone, as
//! what a colleague opens cold from a chat). Each address is painted by its
//! own HTML first (`prerender`), so the main module is only the shell. The build (scripts/split_wasm.py) moves each piece's code, and
//! whatever only it uses, out of the main module; the browser fetches a piece
//! (and any code it shares with another) the first time the visitor opens one
//! of its pages. Grouping pages this way, rather than a piece per page, was
//! measured: 15 modules instead of 169, a quarter fewer bytes in all, and the
//! first visit to the assessment in 202 ms instead of 558 ms. If a piece
//! cannot be fetched (the connection dropped before the service worker had
//! the files), the visitor gets a page saying so with a way to try again,
//! never a broken app. All routes share one view type, [`Page`], so the
//! router's code is made once rather than once per route.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};
use leptos_router::params::ParamsMap;
use leptos_router::{
    path, ChooseView, MatchInterface, MatchNestedRoutes, MatchParams, NestedRoute, RouteDefs,
};

use crate::components::layout::Layout;
use crate::pages;
use crate::paths;
use crate::state::AppState;

/// The whole app. Loads the visitor's saved data once and shares it.
#[component]
pub fn App() -> impl IntoView {
    provide_context(AppState::load());
    view! {
        <Router base=paths::base()>
            <Layout>
                <Pages />
            </Layout>
        </Router>
    }
}

/// The app's routes, matched by `leptos_router` under the site's base path.
/// No route nests inside another.
fn routes() -> RouteDefs<impl MatchNestedRoutes + Clone> {
    RouteDefs::new_with_base(
        (
            NestedRoute::new(path!("/"), Page::Home),
            NestedRoute::new(path!("/model"), Page::Model),
            NestedRoute::new(path!("/pillars"), Page::Pillars),
            NestedRoute::new(path!("/stories"), Page::Stories),
            NestedRoute::new(path!("/steps"), Page::Steps),
            NestedRoute::new(path!("/steps/:slug"), Page::Step),
            NestedRoute::new(path!("/checklist"), Page::Checklist),
            NestedRoute::new(path!("/assess"), Page::Assess),
            NestedRoute::new(path!("/assess/results"), Page::Results),
            NestedRoute::new(path!("/assess/history"), Page::History),
            NestedRoute::new(path!("/practice"), Page::Practice),
            NestedRoute::new(path!("/practice/audit"), Page::Audit),
            NestedRoute::new(path!("/practice/intents"), Page::Intents),
            NestedRoute::new(path!("/practice/phrases"), Page::Phrases),
            // A tuple holds at most 16 routes; a tuple of routes is one.
            (
                NestedRoute::new(path!("/data"), Page::Data),
                NestedRoute::new(path!("/report"), Page::Report),
                NestedRoute::new(path!("/rounds"), Page::Rounds),
                NestedRoute::new(path!("/rounds/add"), Page::AddAnswer),
                NestedRoute::new(path!("/rounds/round"), Page::Round),
                NestedRoute::new(path!("/answer"), Page::Answer),
            ),
        ),
        paths::base(),
    )
}

/// Every address the build writes a page for (`src/bin/prerender.rs`):
/// each route once, a step's route once per step. A native test checks that
/// each one opens its own page and that every page has one.
pub fn addresses() -> Vec<String> {
    let mut all: Vec<String> = [
        "/",
        "/model",
        "/pillars",
        "/stories",
        "/steps",
        "/checklist",
        "/assess",
        "/assess/results",
        "/assess/history",
        "/practice",
        "/practice/audit",
        "/practice/intents",
        "/practice/phrases",
        "/data",
        "/report",
        "/rounds",
        "/rounds/add",
        "/rounds/round",
        "/answer",
    ]
    .map(String::from)
    .into();
    all.extend(
        crate::content::STEPS
            .iter()
            .map(|s| format!("/steps/{}", s.slug)),
    );
    all
}

/// Shows the page for the current address.
///
/// `leptos_router` keeps the address (history, link clicks, the base path)
/// and matches it against [`routes`]; this component puts the matched page
/// on screen. It does what `FlatRoutes` does for this app, in 11 KB
/// (gzipped) less of the main module, measured: each page gets its own
/// reactive owner, disposed when the visitor leaves it, and its route
/// parameters; a page whose code must first be fetched replaces the current
/// one when it arrives, unless the visitor has gone elsewhere meanwhile; and
/// the router is told when the page is in place, so that it updates the
/// address bar and scrolls.
#[component]
fn Pages() -> impl IntoView {
    let routes = routes();
    let location = use_location();
    let browser_url = use_context::<BrowserUrl>();
    let outer = Owner::current().expect("Pages is rendered inside the app");
    // The newest page, with its owner, waiting to be put on screen.
    let arrived = RwSignal::new_local(None::<(Owner, AnyView)>);
    // Counts navigations, so a page that arrives late is dropped.
    let latest = StoredValue::new(0u32);

    let open = move |path: &str| {
        // "/steps/" is "/steps": GitHub Pages serves a folder's page there.
        let path = match path.strip_suffix('/') {
            Some(trimmed) if trimmed.len() > paths::base().len() => trimmed,
            _ => path,
        };
        latest.update_value(|n| *n = n.wrapping_add(1));
        let visit = Visit {
            latest,
            this: latest.get_value(),
        };
        let found = routes.match_route(path);
        let owner = outer.child();
        let params: ParamsMap = found
            .as_ref()
            .map(|m| m.to_params().into_iter().collect())
            .unwrap_or_default();
        let page = owner.with(|| {
            provide_context(ArcMemo::new(move |_| params.clone()));
            provide_context(visit);
            ScopedFuture::new_untracked(async move {
                match found {
                    Some(found) => found.into_view_and_child().0.choose().await,
                    None => Page::NotFound.choose().await,
                }
            })
        });
        let browser_url = browser_url.clone();
        let show = move |view: AnyView| {
            if visit.is_current() {
                arrived.set(Some((owner, view)));
                if let Some(url) = &browser_url {
                    url.ready_to_complete();
                }
                crate::take_over();
            } else {
                owner.cleanup();
            }
        };
        // Natively (the build renders every page) a piece is there at once.
        let mut page = Box::pin(page);
        match page.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(view) => show(view),
            Poll::Pending => leptos::task::spawn_local(async move { show(page.await) }),
        }
    };
    open(&location.pathname.get_untracked());
    Effect::watch(
        move || location.pathname.get(),
        move |path, _, _| open(path),
        false,
    );

    let mut on_screen: Option<Owner> = None;
    move || {
        arrived.track();
        let (owner, view) = arrived.write_untracked().take()?;
        // The page being left stops reacting; its view is replaced next.
        if let Some(left) = on_screen.replace(owner) {
            left.cleanup();
        }
        Some(view)
    }
}

/// One navigation: which page opening this is, counted by [`Pages`].
#[derive(Clone, Copy)]
pub struct Visit {
    latest: StoredValue<u32>,
    this: u32,
}

impl Visit {
    /// Whether the visitor is still waiting for this page (has not gone to
    /// another address since).
    fn is_current(self) -> bool {
        self.latest.get_value() == self.this
    }
}

/// A page's piece of the app could not be fetched.
pub struct PieceMissing;

impl From<SplitLoaderError> for PieceMissing {
    fn from(_: SplitLoaderError) -> Self {
        PieceMissing
    }
}

/// Declares the pages: one variant each, and for each piece of the wasm a
/// split function that builds any of its pages. One split function per
/// piece, not per page: each one costs the main module a loader of its own
/// (measured: 19 of them took 0.3 KB gzipped more than 6).
macro_rules! pages {
    ($($load:ident in $piece:ident { $($page:ident => $view:path;)* })*) => {
        /// A page of the app, as the router's view for its route.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Page {
            $($($page,)*)*
        }

        impl Page {
            /// Every page, for the build and its tests.
            pub const ALL: &[Page] = &[$($(Page::$page,)*)*];
        }

        impl ChooseView for Page {
            async fn choose(self) -> AnyView {
                #[cfg(not(target_arch = "wasm32"))]
                crate::prerender::chose(self);
                let visit = expect_context::<Visit>();
                // One boxed future rather than a state machine holding every
                // piece's loader: the same behaviour in less code.
                let load: Pin<Box<dyn Future<Output = Result<AnyView, PieceMissing>>>> = match self {
                    $($(Page::$page)|* => Box::pin($load(visit, self)),)*
                };
                match load.await {
                    Ok(view) => view,
                    Err(PieceMissing) if visit.is_current() => not_loaded(),
                    Err(PieceMissing) => ().into_any(),
                }
            }

            async fn preload(&self) {}
        }

        $(
            #[wasm_split($piece, fallible, wasm_split_path = ::leptos::wasm_split)]
            fn $load(visit: Visit, page: Page) -> Result<AnyView, PieceMissing> {
                // A page is built (and sets the title) only if the visitor
                // is still waiting for it.
                Ok(match page {
                    $(Page::$page if visit.is_current() => $view().into_any(),)*
                    _ => ().into_any(),
                })
            }
        )*
    };
}

pages! {
    journey_page in journey {
        Home => pages::home::Home;
        NotFound => pages::not_found::NotFound;
        Model => pages::model::ModelPage;
        Pillars => pages::pillars::PillarsPage;
        Stories => pages::stories::StoriesPage;
        Steps => pages::steps::StepsIndex;
        Step => pages::steps::StepPage;
        Checklist => pages::checklist::ChecklistPage;
    }
    assessment_page in assessment {
        Assess => pages::assess::AssessPage;
        Results => pages::assess::ResultsPage;
        History => pages::assess::HistoryPage;
    }
    practice_page in practice {
        Practice => pages::practice::PracticeIndex;
        Audit => pages::practice::AuditPage;
        Intents => pages::practice::IntentLogPage;
        Phrases => pages::practice::PhraseCoachPage;
    }
    data_page in your_data {
        Data => pages::data::DataPage;
        Report => pages::report::ReportPage;
    }
    rounds_page in rounds {
        Rounds => pages::rounds::RoundsPage;
        AddAnswer => pages::rounds::AddPage;
        Round => pages::rounds::RoundPage;
    }
    answer_page in answer {
        Answer => pages::answer::AnswerPage;
    }
}

/// Shown instead of a page whose piece of the app could not be fetched.
fn not_loaded() -> AnyView {
    let words = crate::text::shell::not_loaded();
    crate::components::set_title(words.title);
    let reload = |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    };
    view! {
        <article class="page not-loaded">
            <h1>{words.heading}</h1>
            <p>{words.text}</p>
            <p>
                <button type="button" class="button" on:click=reload>
                    {words.retry}
                </button>
            </p>
        </article>
    }
    .into_any()
}
