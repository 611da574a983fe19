//! The app's root: shared state, the router and the page layout.
//!
//! The home page is built into the main WebAssembly module. Every other page
//! is a split point (`wasm_split`, what Leptos's `#[lazy]` uses) in one of
//! four pieces: the journey, the assessment, the practice tools and the data
//! pages. The build (scripts/split_wasm.py) moves each piece's code, and
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

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::{path, ChooseView};

use crate::components::layout::Layout;
use crate::pages;
use crate::paths;
use crate::state::AppState;

/// The whole app. Loads the visitor's saved data once and shares it.
///
/// No route nests inside another, so the routes are `FlatRoutes`: the same
/// matching as `Routes` without the nested-outlet machinery, 13 KB (gzipped)
/// less in the main module, measured.
#[component]
pub fn App() -> impl IntoView {
    provide_context(AppState::load());
    view! {
        <Router base=paths::base()>
            <Layout>
                <FlatRoutes fallback=pages::not_found::NotFound>
                    <Route path=path!("/") view=Page::Home />
                    <Route path=path!("/model") view=Page::Model />
                    <Route path=path!("/pillars") view=Page::Pillars />
                    <Route path=path!("/stories") view=Page::Stories />
                    <Route path=path!("/steps") view=Page::Steps />
                    <Route path=path!("/steps/:slug") view=Page::Step />
                    <Route path=path!("/checklist") view=Page::Checklist />
                    <Route path=path!("/assess") view=Page::Assess />
                    <Route path=path!("/assess/results") view=Page::Results />
                    <Route path=path!("/assess/history") view=Page::History />
                    <Route path=path!("/practice") view=Page::Practice />
                    <Route path=path!("/practice/audit") view=Page::Audit />
                    <Route path=path!("/practice/intents") view=Page::Intents />
                    <Route path=path!("/practice/phrases") view=Page::Phrases />
                    <Route path=path!("/data") view=Page::Data />
                    <Route path=path!("/report") view=Page::Report />
                </FlatRoutes>
            </Layout>
        </Router>
    }
}

/// A page's piece of the app could not be fetched.
pub struct PieceMissing;

impl From<SplitLoaderError> for PieceMissing {
    fn from(_: SplitLoaderError) -> Self {
        PieceMissing
    }
}

/// Declares the pages: one variant each, and for every page but home a
/// split function that builds it, in the named piece of the wasm.
macro_rules! pages {
    ($($page:ident => $load:ident in $piece:ident => $view:path;)*) => {
        /// A page of the app, as the router's view for its route.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Page {
            Home,
            $($page,)*
        }

        impl ChooseView for Page {
            async fn choose(self) -> AnyView {
                // One boxed future rather than a state machine holding every
                // page's loader: the same behaviour in less code.
                let load: Pin<Box<dyn Future<Output = Result<AnyView, PieceMissing>>>> = match self {
                    Page::Home => return pages::home::Home().into_any(),
                    $(Page::$page => Box::pin($load()),)*
                };
                load.await.unwrap_or_else(|_| not_loaded())
            }

            async fn preload(&self) {}
        }

        $(
            #[wasm_split($piece, fallible, wasm_split_path = ::leptos::wasm_split)]
            fn $load() -> Result<AnyView, PieceMissing> {
                Ok($view().into_any())
            }
        )*
    };
}

pages! {
    Model => model_page in journey => pages::model::ModelPage;
    Pillars => pillars_page in journey => pages::pillars::PillarsPage;
    Stories => stories_page in journey => pages::stories::StoriesPage;
    Steps => steps_page in journey => pages::steps::StepsIndex;
    Step => step_page in journey => pages::steps::StepPage;
    Checklist => checklist_page in journey => pages::checklist::ChecklistPage;
    Assess => assess_page in assessment => pages::assess::AssessPage;
    Results => results_page in assessment => pages::assess::ResultsPage;
    History => history_page in assessment => pages::assess::HistoryPage;
    Practice => practice_page in practice => pages::practice::PracticeIndex;
    Audit => audit_page in practice => pages::practice::AuditPage;
    Intents => intents_page in practice => pages::practice::IntentLogPage;
    Phrases => phrases_page in practice => pages::practice::PhraseCoachPage;
    Data => data_page in your_data => pages::data::DataPage;
    Report => report_page in your_data => pages::report::ReportPage;
}

/// Shown instead of a page whose piece of the app could not be fetched.
fn not_loaded() -> AnyView {
    crate::components::set_title("Page not loaded");
    let reload = |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    };
    view! {
        <article class="page not-loaded">
            <h1>"This page could not be loaded"</h1>
            <p>
                "Part of the app that this page needs did not arrive, most likely because the connection dropped. "
                "Everything you have saved is still here."
            </p>
            <p>
                <button type="button" class="button" on:click=reload>
                    "Try again"
                </button>
            </p>
        </article>
    }
    .into_any()
}
