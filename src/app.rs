//! The app's root: shared state, the router and the page layout.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

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
                <Routes fallback=pages::not_found::NotFound>
                    <Route path=path!("/") view=pages::home::Home />
                    <Route path=path!("/model") view=pages::model::ModelPage />
                    <Route path=path!("/pillars") view=pages::pillars::PillarsPage />
                    <Route path=path!("/stories") view=pages::stories::StoriesPage />
                    <Route path=path!("/steps") view=pages::steps::StepsIndex />
                    <Route path=path!("/steps/:slug") view=pages::steps::StepPage />
                    <Route path=path!("/checklist") view=pages::checklist::ChecklistPage />
                    <Route path=path!("/assess") view=pages::assess::AssessPage />
                    <Route path=path!("/assess/results") view=pages::assess::ResultsPage />
                    <Route path=path!("/assess/history") view=pages::assess::HistoryPage />
                    <Route path=path!("/practice") view=pages::practice::PracticeIndex />
                    <Route path=path!("/practice/audit") view=pages::practice::AuditPage />
                    <Route path=path!("/practice/intents") view=pages::practice::IntentLogPage />
                    <Route path=path!("/practice/phrases") view=pages::practice::PhraseCoachPage />
                    <Route path=path!("/data") view=pages::data::DataPage />
                    <Route path=path!("/report") view=pages::report::ReportPage />
                </Routes>
            </Layout>
        </Router>
    }
}
