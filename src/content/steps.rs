//! The four steps for putting leader-leader into practice, with their
//! checklists.
//!
//! [`STEPS`] holds only what the always-loaded part of the app needs: ids,
//! numbers, slugs, titles and each item's id, pillar and index. The prose
//! (summaries, explanations, tips, warnings, reflection prompts and item
//! texts) sits in `STEP_TEXTS` and `ITEM_TEXTS`, which nothing but
//! [`Step::text`] and [`ChecklistItem::text`] reads. Only code in lazily
//! loaded pieces (the pages that show the prose, and the Markdown report)
//! calls those, so the prose stays out of the main WebAssembly module.
//!
//! Checklist item ids are saved in visitors' browsers: add new items freely,
//! but never rename or remove an id (the `item_ids_are_stable` test in
//! `mod.rs` lists them all). A new item also needs its text in
//! `ITEM_TEXTS`, at the place its `index` names; the tests in `mod.rs`
//! check that indexes follow the items in step order.

use super::{ChecklistItem, Pillar, Step, StepId, StepText};

/// The four steps, in the book's order, without their prose.
pub static STEPS: [Step; 4] = [
    Step {
        id: StepId::StartInTheMiddle,
        number: 1,
        slug: "start-in-the-middle",
        title: "Start in the middle of the hierarchy",
        items: &[
            ChecklistItem {
                id: "middle-name-first-group",
                pillar: None,
                index: 0,
            },
            ChecklistItem {
                id: "middle-ask-which-decisions",
                pillar: Some(Pillar::Control),
                index: 1,
            },
            ChecklistItem {
                id: "middle-invite-not-order",
                pillar: Some(Pillar::Control),
                index: 2,
            },
            ChecklistItem {
                id: "middle-early-allies",
                pillar: Some(Pillar::Control),
                index: 3,
            },
            ChecklistItem {
                id: "middle-secure-backing",
                pillar: Some(Pillar::Clarity),
                index: 4,
            },
            ChecklistItem {
                id: "middle-check-announcement",
                pillar: None,
                index: 5,
            },
        ],
    },
    Step {
        id: StepId::ActYourWay,
        number: 2,
        slug: "act-your-way",
        title: "Act your way to new thinking",
        items: &[
            ChecklistItem {
                id: "act-pick-one-mechanism",
                pillar: Some(Pillar::Control),
                index: 6,
            },
            ChecklistItem {
                id: "act-intent-language",
                pillar: Some(Pillar::Control),
                index: 7,
            },
            ChecklistItem {
                id: "act-short-early-conversations",
                pillar: Some(Pillar::Control),
                index: 8,
            },
            ChecklistItem {
                id: "act-think-out-loud",
                pillar: Some(Pillar::Control),
                index: 9,
            },
            ChecklistItem {
                id: "act-hold-back-solutions",
                pillar: Some(Pillar::Control),
                index: 10,
            },
            ChecklistItem {
                id: "act-recognise-on-the-spot",
                pillar: Some(Pillar::Clarity),
                index: 11,
            },
        ],
    },
    Step {
        id: StepId::GeneticCode,
        number: 3,
        slug: "genetic-code",
        title: "Find and rewrite the genetic code of control",
        items: &[
            ChecklistItem {
                id: "code-list-approvals",
                pillar: Some(Pillar::Control),
                index: 12,
            },
            ChecklistItem {
                id: "code-who-has-information",
                pillar: Some(Pillar::Control),
                index: 13,
            },
            ChecklistItem {
                id: "code-hand-one-down",
                pillar: Some(Pillar::Control),
                index: 14,
            },
            ChecklistItem {
                id: "code-drop-monitoring",
                pillar: Some(Pillar::Control),
                index: 15,
            },
            ChecklistItem {
                id: "code-welcome-inspectors",
                pillar: Some(Pillar::Control),
                index: 16,
            },
            ChecklistItem {
                id: "code-check-readiness",
                pillar: Some(Pillar::Competence),
                index: 17,
            },
        ],
    },
    Step {
        id: StepId::CompetenceAndClarity,
        number: 4,
        slug: "competence-and-clarity",
        title: "Support control with competence and clarity",
        items: &[
            ChecklistItem {
                id: "pillars-sort-concerns",
                pillar: None,
                index: 18,
            },
            ChecklistItem {
                id: "pillars-certify-not-brief",
                pillar: Some(Pillar::Competence),
                index: 19,
            },
            ChecklistItem {
                id: "pillars-deliberate-action",
                pillar: Some(Pillar::Competence),
                index: 20,
            },
            ChecklistItem {
                id: "pillars-goals-not-methods",
                pillar: Some(Pillar::Competence),
                index: 21,
            },
            ChecklistItem {
                id: "pillars-write-purpose",
                pillar: Some(Pillar::Clarity),
                index: 22,
            },
            ChecklistItem {
                id: "pillars-welcome-questions",
                pillar: Some(Pillar::Clarity),
                index: 23,
            },
        ],
    },
];

/// The prose of each step, in the order of [`STEPS`]. Read it with
/// [`Step::text`].
pub(super) static STEP_TEXTS: [StepText; 4] = [
    // Step 1
    StepText {
        summary: "Begin with the people in the middle layer, such as middle managers or senior \
            non-commissioned leaders, rather than at the top or at the bottom.",
        explanation: &[
            "The first people to bring into the change are the ones in the middle: middle \
             managers, or in a navy, the senior non-commissioned leaders. Don't begin with the \
             top of the organization, and don't begin with the bottom.",
            "Beginning at the top would mean decreeing an idea that is meant to grow from \
             below, which contradicts itself. Beginning at the bottom puts the effort too far \
             from the leader, with no backing from the organization behind it.",
        ],
        tip: "On Santa Fe, Marquet started with the chiefs, who link the officers to the \
            enlisted sailors. Winning them over gave the change a critical mass of \
            supporters.",
        warning: "Telling people to be empowered undermines itself. How you bring the change \
            in must already show what the change looks like.",
        reflection_prompt: "Who in your organization sits between the people who set \
            direction and the people who do the work? What would it take for them to want to \
            lead this change with you?",
    },
    // Step 2
    StepText {
        summary: "Change what people do first, and let new ways of thinking grow out of the \
            new behaviour.",
        explanation: &[
            "Don't wait for attitudes to shift before anything else changes. Change behaviour \
             first; the thinking catches up once people have lived the new way for a while.",
            "In practice, that means putting concrete mechanisms in place that move decision \
             authority to other people, rather than giving speeches about empowerment.",
        ],
        tip: "Calls to \"work together\" or \"take initiative\" sound hypocritical when \
            nothing in how the team runs makes that possible or rewards it. Pair each message \
            with a mechanism.",
        warning: "There's no time for a long period of philosophical reflection first. Change \
            how people act today; the understanding grows out of the doing.",
        reflection_prompt: "Which decision could you, or your team, start making differently \
            this week, without waiting for anyone to change their mind first?",
    },
    // Step 3
    StepText {
        summary: "Track down the rules and habits that pull authority to the top, and rewrite \
            them so each decision sits with the people who have the information.",
        explanation: &[
            "Every organization carries a genetic code of control: the practices, procedures \
             and approval requirements that gather authority at the top. The job is to find \
             every one of them.",
            "Then rewrite each one, so that the decision is made where the information it \
             depends on actually lives.",
        ],
        tip: "Go through everything that today can't happen without the senior leader's \
            express say-so. That list is usually long, and every entry is something you could \
            pass down.",
        warning: "Control without competence is chaos. While authority moves down, grow \
            people's technical know-how and the organization's clarity alongside it.",
        reflection_prompt: "Which approvals or sign-offs in your work exist only because the \
            authority sits higher up than the information? Which one would you hand down, or \
            ask to take on, first?",
    },
    // Step 4
    StepText {
        summary: "While authority is moving down, reinforce the two pillars that hold it up: \
            competence and clarity.",
        explanation: &[
            "Handing down decisions is only half the work. The two supporting pillars have to \
             grow as authority moves.",
            "Competence rests on three habits: deliberate action, certifying people instead of \
             briefing them, and learning that never stops.",
            "Clarity rests on three more: a defined purpose, guiding principles, and a \
             questioning attitude that people are actively encouraged to show.",
        ],
        tip: "Worries about handing down control come in two kinds. Some are about \
            competence: do they know enough? Others are about clarity: do they understand \
            what we're here for? Each kind has its own remedy.",
        warning: "On USS Will Rogers, Marquet gave away control before building competence. \
            What followed was chaos, not empowerment.",
        reflection_prompt: "Think of a decision you would hesitate to hand over, or to take on \
            yourself. Is the worry about competence, about clarity, or both? What would \
            settle it?",
    },
];

/// The text of every checklist item, in step order: entry `n` belongs to the
/// item whose `index` is `n`. Read it with [`ChecklistItem::text`].
pub(super) static ITEM_TEXTS: [&str; 24] = [
    // Step 1
    // 0: middle-name-first-group
    "Name the middle-layer group you will start with, such as team leads or \
        senior specialists who connect senior leaders to the front line.",
    // 1: middle-ask-which-decisions
    "Ask that group which decisions they would like to own, and write down \
        their answers.",
    // 2: middle-invite-not-order
    "Invite the group to shape the change with you instead of announcing it \
        to them as a decision already made.",
    // 3: middle-early-allies
    "Agree with two or three respected people in the middle layer on one \
        decision each of them will own from next week.",
    // 4: middle-secure-backing
    "Tell senior leaders what the middle layer is trying and get their open \
        support before the first change goes live.",
    // 5: middle-check-announcement
    "Reread how you plan to introduce the change and strike out every \
        sentence that orders people to take ownership.",
    // Step 2
    // 6: act-pick-one-mechanism
    "Choose one concrete mechanism that moves a real decision to someone else \
        and start using it this week.",
    // 7: act-intent-language
    "Agree with your team that routine decisions are announced with \"I \
        intend to…\" rather than asked for with \"Can I…?\".",
    // 8: act-short-early-conversations
    "Before the next piece of work begins, have a short conversation with \
        whoever is doing it, so they get your input early instead of corrections \
        late.",
    // 9: act-think-out-loud
    "In your next meeting, say your reasoning out loud as you decide \
        something, and ask the others to do the same.",
    // 10: act-hold-back-solutions
    "The next time someone brings you a problem, ask what they propose \
        before you offer any answer of your own.",
    // 11: act-recognise-on-the-spot
    "When someone makes a good decision within their own area, recognise it \
        openly the same day.",
    // Step 3
    // 12: code-list-approvals
    "List every decision, form and sign-off in your area that needs a senior \
        person's explicit approval.",
    // 13: code-who-has-information
    "Next to each entry on that list, write who actually has the information \
        needed to decide it.",
    // 14: code-hand-one-down
    "Rewrite at least one of those approvals so the person with the \
        information decides, and record the new rule where everyone can find it.",
    // 15: code-drop-monitoring
    "Find one report or tracking check that exists only so someone above can \
        watch, and remove it or hand it to the team to use for itself.",
    // 16: code-welcome-inspectors
    "Treat the next audit or review as a chance to learn, and share what it \
        finds openly with the team.",
    // 17: code-check-readiness
    "Before handing down each decision, confirm that the person taking it \
        has the know-how and the context to take it well.",
    // Step 4
    // 18: pillars-sort-concerns
    "Write down your worries about handing over control and mark each one as \
        a question of competence or of clarity.",
    // 19: pillars-certify-not-brief
    "Replace one briefing with a short certification in which the people \
        doing the work explain the plan and their own part in it.",
    // 20: pillars-deliberate-action
    "Agree on a habit of pausing to say what you are about to do before any \
        step with serious consequences.",
    // 21: pillars-goals-not-methods
    "For the next task you delegate, state the goal and leave the method to \
        the person doing it.",
    // 22: pillars-write-purpose
    "Write your team's purpose and a handful of guiding principles in plain \
        words, and put them where everyone can see them.",
    // 23: pillars-welcome-questions
    "In your next meeting, thank someone openly for questioning an \
        instruction or a plan.",
];
