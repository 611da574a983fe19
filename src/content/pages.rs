//! What each page is about, in a sentence: its `<meta name="description">`
//! and the text a chat app or a search engine shows beside a shared link.
//! Only the build reads these (`src/prerender.rs`); a step's sentence is
//! the step's own summary. The sentences are in `content/<lang>/pages.toml`.

use super::step_by_slug;

/// The description of the page at `address` (an app path), if it has one.
pub fn description(address: &str) -> Option<&'static str> {
    if let Some(slug) = address.strip_prefix("/steps/") {
        return step_by_slug(slug).map(|step| step.text().summary);
    }
    let d = crate::text::pages::description();
    Some(match address {
        "/" => d.home,
        "/model" => d.model,
        "/pillars" => d.pillars,
        "/stories" => d.stories,
        "/steps" => d.steps,
        "/checklist" => d.checklist,
        "/assess" => d.assess,
        "/assess/results" => d.assess_results,
        "/assess/history" => d.assess_history,
        "/practice" => d.practice,
        "/practice/audit" => d.practice_audit,
        "/practice/intents" => d.practice_intents,
        "/practice/phrases" => d.practice_phrases,
        "/data" => d.data,
        "/report" => d.report,
        "/rounds" => d.rounds,
        "/rounds/add" => d.rounds_add,
        "/rounds/round" => d.rounds_round,
        "/answer" => d.answer,
        _ => return None,
    })
}
