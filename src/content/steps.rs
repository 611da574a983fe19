//! The four steps for putting leader-leader into practice, with their
//! checklists.
//!
//! [`STEPS`] holds the structure: ids, numbers, slugs and each item's id and
//! pillar. The words are in `content/<lang>/steps.toml`: the titles
//! (`title`, read by [`Step::title`]), the prose (`step`: summaries,
//! explanations, tips, warnings and reflection prompts, read by
//! [`Step::text`]) and the item texts (`item`, read by
//! [`ChecklistItem::text`]), each under its step's slug or its item's id.
//! Only code in lazily loaded pieces (the pages that show them, and the
//! Markdown report) reads them, and each is a top-level key of its own, so
//! the prose stays out of the main WebAssembly module.
//!
//! Checklist item ids are saved in visitors' browsers: add new items freely,
//! but never rename or remove an id (the `item_ids_are_stable` test in
//! `mod.rs` lists them all). A new item also needs its text, under its id,
//! in every language's `steps.toml`; `every_id_has_its_text` checks that.

use super::{ChecklistItem, Pillar, Step, StepId};

/// The four steps, in the book's order, without their words.
pub static STEPS: [Step; 4] = [
    Step {
        id: StepId::StartInTheMiddle,
        number: 1,
        slug: "start-in-the-middle",
        items: &[
            ChecklistItem {
                id: "middle-name-first-group",
                pillar: None,
            },
            ChecklistItem {
                id: "middle-ask-which-decisions",
                pillar: Some(Pillar::Control),
            },
            ChecklistItem {
                id: "middle-invite-not-order",
                pillar: Some(Pillar::Control),
            },
            ChecklistItem {
                id: "middle-early-allies",
                pillar: Some(Pillar::Control),
            },
            ChecklistItem {
                id: "middle-secure-backing",
                pillar: Some(Pillar::Clarity),
            },
            ChecklistItem {
                id: "middle-check-announcement",
                pillar: None,
            },
        ],
    },
    Step {
        id: StepId::ActYourWay,
        number: 2,
        slug: "act-your-way",
        items: &[
            ChecklistItem {
                id: "act-pick-one-mechanism",
                pillar: Some(Pillar::Control),
            },
            ChecklistItem {
                id: "act-intent-language",
                pillar: Some(Pillar::Control),
            },
            ChecklistItem {
                id: "act-short-early-conversations",
                pillar: Some(Pillar::Control),
            },
            ChecklistItem {
                id: "act-think-out-loud",
                pillar: Some(Pillar::Control),
            },
            ChecklistItem {
                id: "act-hold-back-solutions",
                pillar: Some(Pillar::Control),
            },
            ChecklistItem {
                id: "act-recognise-on-the-spot",
                pillar: Some(Pillar::Clarity),
            },
        ],
    },
    Step {
        id: StepId::GeneticCode,
        number: 3,
        slug: "genetic-code",
        items: &[
            ChecklistItem {
                id: "code-list-approvals",
                pillar: Some(Pillar::Control),
            },
            ChecklistItem {
                id: "code-who-has-information",
                pillar: Some(Pillar::Control),
            },
            ChecklistItem {
                id: "code-hand-one-down",
                pillar: Some(Pillar::Control),
            },
            ChecklistItem {
                id: "code-drop-monitoring",
                pillar: Some(Pillar::Control),
            },
            ChecklistItem {
                id: "code-welcome-inspectors",
                pillar: Some(Pillar::Control),
            },
            ChecklistItem {
                id: "code-check-readiness",
                pillar: Some(Pillar::Competence),
            },
        ],
    },
    Step {
        id: StepId::CompetenceAndClarity,
        number: 4,
        slug: "competence-and-clarity",
        items: &[
            ChecklistItem {
                id: "pillars-sort-concerns",
                pillar: None,
            },
            ChecklistItem {
                id: "pillars-certify-not-brief",
                pillar: Some(Pillar::Competence),
            },
            ChecklistItem {
                id: "pillars-deliberate-action",
                pillar: Some(Pillar::Competence),
            },
            ChecklistItem {
                id: "pillars-goals-not-methods",
                pillar: Some(Pillar::Competence),
            },
            ChecklistItem {
                id: "pillars-write-purpose",
                pillar: Some(Pillar::Clarity),
            },
            ChecklistItem {
                id: "pillars-welcome-questions",
                pillar: Some(Pillar::Clarity),
            },
        ],
    },
];
