//! What each page is about, in a sentence: its `<meta name="description">`
//! and the text a chat app or a search engine shows beside a shared link.
//! Only the build reads these (`src/prerender.rs`); a step's sentence is
//! the step's own summary.

use super::step_by_slug;

/// The description of the page at `address` (an app path), if it has one.
pub fn description(address: &str) -> Option<&'static str> {
    if let Some(slug) = address.strip_prefix("/steps/") {
        return step_by_slug(slug).map(|step| step.text().summary);
    }
    Some(match address {
        "/" => {
            "Work through L. David Marquet's leader-leader model: its principles, four steps \
            and a checklist, with your notes kept only in your browser."
        }
        "/model" => {
            "The leader-leader model on one page: the idea, the seven principles, what \
            it suits and what it does not, and where it comes from."
        }
        "/pillars" => {
            "Control, competence and clarity: what each pillar means, and what a \
            leader and a team member can each do to build it."
        }
        "/stories" => {
            "How a submarine crew moved from following orders to leading, in short \
            stories, with the mistakes that undo the change."
        }
        "/steps" => {
            "The four steps for moving decisions to the people who do the work, each \
            with tips, a trap to avoid and checklist items."
        }
        "/checklist" => {
            "Every checklist item of the four steps in one list, to tick off as \
            you put the model into practice."
        }
        "/assess" => {
            "Rate yourself on control, competence and clarity, and see which pillar \
            to work on next. Your answers stay in your browser."
        }
        "/assess/results" => {
            "Your self-assessment on control, competence and clarity, with the \
            pattern it shows and what to do next."
        }
        "/assess/history" => {
            "Your self-assessments over time, to see whether you moved on \
            control, competence and clarity."
        }
        "/practice" => {
            "Tools for daily practice: audit the rules that pull decisions upward, \
            keep a log of intents, and rewrite requests for permission."
        }
        "/practice/audit" => {
            "Find the rules, meetings and habits that send decisions up the \
            hierarchy, and plan how to hand each one down."
        }
        "/practice/intents" => {
            "A log of the times you said \"I intend to…\" instead of asking \
            for permission, and how each one turned out."
        }
        "/practice/phrases" => {
            "Paste what you are about to say, and see which sentences hand a \
            decision upward, with a rewrite toward \"I intend to…\"."
        }
        "/data" => {
            "Back up, restore, merge or delete what this guide keeps in your browser. \
            Nothing is ever sent anywhere."
        }
        "/report" => {
            "A printable report of your progress, notes, self-assessments and practice, \
            made in your browser."
        }
        "/rounds" => {
            "Ask colleagues how they see your leadership, or how your team works, with \
            anonymous answers sealed so only you can open them."
        }
        "/rounds/add" => "Add the answers colleagues sent back to your team round.",
        "/rounds/round" => {
            "One team round: its invitation link, the answers so far, and the \
            results once it is closed."
        }
        "/answer" => {
            "A colleague asked how you see their leadership or your team. Answer in a \
            few minutes; your answer is sealed so only they can read it."
        }
        _ => return None,
    })
}
