//! The self-assessment's text: statements for control, competence and
//! clarity (phrased for each role), the agreement scale, the question about
//! the Ladder of Leadership, the five patterns the results can show and the
//! next actions for each component.
//!
//! Statement ids are saved in visitors' browsers with their answers: never
//! change or reuse one once published (the `statement_ids_are_stable` test
//! lists them). Wording may change freely; completed assessments keep their
//! computed scores, so old results survive a rewording.

use super::{Pillar, Role, StepId, LADDER};

/// One statement the visitor rates from "Strongly disagree" to "Strongly
/// agree".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Statement {
    /// Stable, unique, kebab-case; saved with the answer.
    pub id: &'static str,
    /// The component the statement measures.
    pub pillar: Pillar,
    /// The statement for a visitor in a traditional leadership role.
    pub leader: &'static str,
    /// The statement for a visitor without one.
    pub member: &'static str,
    /// When true, agreeing is a sign of weakness: the answer counts in
    /// reverse (5 counts as 1, 4 as 2 …). Mixing in a few such statements
    /// keeps the visitor reading rather than agreeing by habit.
    pub reversed: bool,
}

impl Statement {
    /// The statement as the visitor in `role` reads it.
    pub fn text(&self, role: Role) -> &'static str {
        match role {
            Role::Leader => self.leader,
            Role::Member => self.member,
        }
    }
}

/// How the role is said after "answered", e.g. "answered in a traditional
/// leadership role".
pub fn answered_as(role: Role) -> &'static str {
    match role {
        Role::Leader => "in a traditional leadership role",
        Role::Member => "without a traditional leadership role",
    }
}

/// The five answers, from 1 to 5. Index 0 is answer 1.
pub static SCALE: [&str; 5] = [
    "Strongly disagree",
    "Disagree",
    "Neither agree nor disagree",
    "Agree",
    "Strongly agree",
];

/// The label of answer `value` (1 to 5), if it is one.
pub fn scale_label(value: u8) -> Option<&'static str> {
    SCALE.get(usize::from(value).checked_sub(1)?).copied()
}

/// What the visitor is told before they start.
pub static INTRO: &[&str] = &[
    "Fifteen short statements, five for each of the three components, and one question about \
     how decisions are talked about. It takes about five minutes.",
    "Answer for how things are today, not how you would like them to be. Nobody sees your \
     answers but you: they stay in this browser, and each one is saved the moment you pick \
     it, so you can stop and come back later.",
];

/// The statements, grouped by component in the order control, competence,
/// clarity. The last of each group counts in reverse.
pub static STATEMENTS: &[Statement] = &[
    // Control: who decides, and how close to the information.
    Statement {
        id: "control-info-decides",
        pillar: Pillar::Control,
        leader: "Decisions in my area are made by whoever knows most about the matter, not \
            carried up to me.",
        member: "When I hold the facts a decision depends on, I make that decision myself \
            instead of passing it upwards.",
        reversed: false,
    },
    Statement {
        id: "control-intent",
        pillar: Pillar::Control,
        leader: "My people tell me what they intend to do, rather than asking me what they \
            should do.",
        member: "I tell my boss what I intend to do, rather than asking whether I may.",
        reversed: false,
    },
    Statement {
        id: "control-approvals",
        pillar: Pillar::Control,
        leader: "I have gone through the sign-offs that pass across my desk and handed some of \
            them down for good.",
        member: "I know which sign-offs in my work could rest with me, and I have offered to \
            take at least one on.",
        reversed: false,
    },
    Statement {
        id: "control-proposals",
        pillar: Pillar::Control,
        leader: "When someone brings me a problem, I ask what they propose before I say what \
            I would do.",
        member: "When I raise a problem, I bring my own proposal for dealing with it.",
        reversed: false,
    },
    Statement {
        id: "control-waits",
        pillar: Pillar::Control,
        leader: "Not much moves in my team until I have said yes.",
        member: "I tend to wait for someone above me to sort out things I could sort out \
            myself.",
        reversed: true,
    },
    // Competence: the know-how to decide well.
    Statement {
        id: "competence-skills-match",
        pillar: Pillar::Competence,
        leader: "Before I pass a decision on, I make sure the person receiving it has the \
            skills it calls for.",
        member: "My skills are a match for what my responsibilities demand of me.",
        reversed: false,
    },
    Statement {
        id: "competence-named-gaps",
        pillar: Pillar::Competence,
        leader: "For each decision I hand over, I say plainly what I expect and which skills \
            it needs.",
        member: "I can name the skills I still have to build, and I have told someone which \
            ones they are.",
        reversed: false,
    },
    Statement {
        id: "competence-certify",
        pillar: Pillar::Competence,
        leader: "Before important work starts, my people walk me through the plan and their \
            part in it, instead of me briefing them.",
        member: "Before important work starts, I could walk someone through the plan and my \
            part in it without being briefed first.",
        reversed: false,
    },
    Statement {
        id: "competence-deliberate",
        pillar: Pillar::Competence,
        leader: "In my team, people stop and say what they are about to do before any step \
            that could go badly wrong.",
        member: "Before a step that could go badly wrong, I stop and say out loud what I am \
            about to do.",
        reversed: false,
    },
    Statement {
        id: "competence-learning-stalls",
        pillar: Pillar::Competence,
        leader: "In my team, people mostly learn something new only after a mistake has \
            forced it.",
        member: "I would rather hide a gap in my skills than be seen working to close it.",
        reversed: true,
    },
    // Clarity: purpose, goals and the criteria for deciding.
    Statement {
        id: "clarity-purpose",
        pillar: Pillar::Clarity,
        leader: "Anyone in my team could say in a sentence or two what the team exists to \
            achieve.",
        member: "I could say in a sentence or two what my team exists to achieve.",
        reversed: false,
    },
    Statement {
        id: "clarity-criteria",
        pillar: Pillar::Clarity,
        leader: "My people know the yardsticks I judge decisions by, because I talk about \
            them often and plainly.",
        member: "I know the yardsticks my organization judges decisions in my area by.",
        reversed: false,
    },
    Statement {
        id: "clarity-principles",
        pillar: Pillar::Clarity,
        leader: "We have a few guiding principles, written down, that people really use when \
            they have to choose.",
        member: "When I am unsure what matters most, I go and find out instead of guessing.",
        reversed: false,
    },
    Statement {
        id: "clarity-questions",
        pillar: Pillar::Clarity,
        leader: "People in my team openly question my instructions, and I thank them when \
            they do.",
        member: "When an instruction or a plan looks wrong to me, I question it openly.",
        reversed: false,
    },
    Statement {
        id: "clarity-guessing",
        pillar: Pillar::Clarity,
        leader: "My people often have to guess what I would want.",
        member: "I often have to guess what my boss would want.",
        reversed: true,
    },
];

/// The statement with this id, if any.
pub fn statement_by_id(id: &str) -> Option<&'static Statement> {
    STATEMENTS.iter().find(|s| s.id == id)
}

/// The statements of one component, in order.
pub fn statements_for(pillar: Pillar) -> impl Iterator<Item = &'static Statement> {
    STATEMENTS.iter().filter(move |s| s.pillar == pillar)
}

/// What each component's group of statements is about, shown above it.
pub fn pillar_prompt(pillar: Pillar) -> &'static str {
    match pillar {
        Pillar::Control => "Who decides, and how close to the facts the decisions are made.",
        Pillar::Competence => "Whether the know-how is there to decide well.",
        Pillar::Clarity => "Whether purpose, goals and the yardsticks for deciding are shared.",
    }
}

/// The question about the Ladder of Leadership.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LadderQuestion {
    /// The question, for a leader (about their people) and for someone
    /// without a leadership role (about how they talk to their boss).
    pub leader: &'static str,
    pub member: &'static str,
    /// A hint under the question.
    pub hint: &'static str,
    /// What each rung sounds like from the leader's side, lowest first.
    pub leader_rungs: [&'static str; 7],
}

impl LadderQuestion {
    /// The question for `role`.
    pub fn question(&self, role: Role) -> &'static str {
        match role {
            Role::Leader => self.leader,
            Role::Member => self.member,
        }
    }

    /// Rung `number` (1 to 7) in plain words, for `role`.
    pub fn rung_words(&self, role: Role, number: u8) -> Option<&'static str> {
        let i = usize::from(number).checked_sub(1)?;
        match role {
            Role::Leader => self.leader_rungs.get(i).copied(),
            Role::Member => LADDER.get(i).map(|r| r.description),
        }
    }
}

/// The ladder question. The rungs' short phrases come from [`LADDER`].
pub static LADDER_QUESTION: LadderQuestion = LadderQuestion {
    leader: "When your people come to you about a decision, how do they usually put it?",
    member: "When you go to your boss about a decision, how do you usually put it?",
    hint: "The seven rungs of L. David Marquet's Ladder of Leadership, from his wider \
        material, lowest first. Pick the one you hear, or say, most often.",
    leader_rungs: [
        "They wait for you to tell them what to do.",
        "They describe what they see and leave the next move to you.",
        "They give you their own reading of the situation.",
        "They propose what they would like to do, or ask your permission.",
        "They tell you what they are about to do, and you can still step in.",
        "They act first, then tell you what they did.",
        "They handle it as a matter of course and keep you posted on what they have been \
         doing.",
    ],
};

/// The rung to aim for on most decisions ("I intend to…").
pub const TARGET_RUNG: u8 = 5;

/// What the results say about the rung the visitor chose.
pub fn rung_advice(role: Role, rung: u8) -> &'static str {
    match (role, rung) {
        (Role::Leader, 1..=4) => {
            "Decisions still come to you to be made or approved. Aim for \"I intend to…\": when \
             someone stops on a lower rung, invite the next one up with a question, such as \
             \"What do you think?\" or \"What would you like to do?\""
        }
        (Role::Member, 1..=4) => {
            "Decisions still wait on your boss. Aim for \"I intend to…\": next time, climb one \
             rung higher than usual, for example by saying what you would like to do, or by \
             stating what you intend to do and inviting an objection."
        }
        (Role::Leader, 5) => {
            "That is the rung to aim for on most decisions: your people own the decision and \
             you still get a chance to step in."
        }
        (Role::Member, 5) => {
            "That is the rung to aim for on most decisions: you own the decision and your boss \
             still gets a chance to step in."
        }
        (Role::Leader, _) => {
            "Above \"I intend to…\". That works for routine decisions where know-how and \
             purpose are solid; check that the pillars hold it up."
        }
        (Role::Member, _) => {
            "Above \"I intend to…\". That works for routine decisions where your know-how and \
             grasp of the goals are solid; check that the pillars hold it up."
        }
    }
}

/// The five patterns a set of scores can show. Which one applies is decided
/// by [`crate::model::assessment::interpret`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pattern {
    /// Control well ahead of competence and clarity: a risk of chaos.
    ControlAhead,
    /// Control well behind them: frustration and capacity left unused.
    ControlBehind,
    /// All three high and in step.
    SantaFe,
    /// Control in step overall, but one pillar well behind the other.
    UnevenPillars,
    /// In step, not yet high.
    Building,
}

impl Pattern {
    /// All five, in the order they are checked.
    pub const ALL: [Pattern; 5] = [
        Pattern::ControlAhead,
        Pattern::ControlBehind,
        Pattern::SantaFe,
        Pattern::UnevenPillars,
        Pattern::Building,
    ];

    /// A stable identifier, for anchors and tests.
    pub fn id(self) -> &'static str {
        match self {
            Pattern::ControlAhead => "control-ahead",
            Pattern::ControlBehind => "control-behind",
            Pattern::SantaFe => "santa-fe",
            Pattern::UnevenPillars => "uneven-pillars",
            Pattern::Building => "building",
        }
    }

    /// The pattern in two or three words, for tables.
    pub fn short(self) -> &'static str {
        match self {
            Pattern::ControlAhead => "Control ahead",
            Pattern::ControlBehind => "Control behind",
            Pattern::SantaFe => "Santa Fe",
            Pattern::UnevenPillars => "Uneven pillars",
            Pattern::Building => "Building",
        }
    }

    /// The pattern's name, as a heading.
    pub fn title(self) -> &'static str {
        match self {
            Pattern::ControlAhead => "Control is running ahead: a risk of chaos",
            Pattern::ControlBehind => "Control is lagging: frustration and unused capacity",
            Pattern::SantaFe => "Strong and in step: the Santa Fe pattern",
            Pattern::UnevenPillars => "In step overall, but the pillars are uneven",
            Pattern::Building => "In step, and still building",
        }
    }

    /// What the pattern means for someone in `role`.
    pub fn meaning(self, role: Role) -> &'static str {
        match (self, role) {
            (Pattern::ControlAhead, Role::Leader) => {
                "You are handing out more decisions than your people's know-how and their \
                 grasp of the purpose can carry yet. Decisions will be made, but not always \
                 well."
            }
            (Pattern::ControlAhead, Role::Member) => {
                "You are taking on more decisions than your skills and your grasp of the goals \
                 can carry yet. You will act, but not always in the right direction."
            }
            (Pattern::ControlBehind, Role::Leader) => {
                "Your people know enough, and understand the purpose well enough, to decide \
                 more than they are allowed to. That ability sits idle, and capable people get \
                 frustrated waiting for you."
            }
            (Pattern::ControlBehind, Role::Member) => {
                "You have the skills and the understanding to decide more than you do. \
                 Waiting for permission leaves that ability unused, and it is frustrating for \
                 you and for those around you."
            }
            (Pattern::SantaFe, Role::Leader) => {
                "Your people decide a great deal, and they have the know-how and the sense of \
                 purpose to decide well. This is the balance that lets leadership spread \
                 through a team."
            }
            (Pattern::SantaFe, Role::Member) => {
                "You decide a great deal in your own area, and you have the know-how and the \
                 sense of purpose to decide well. You are leading where you stand."
            }
            (Pattern::UnevenPillars, Role::Leader) => {
                "Control sits about where its support is on average, but one pillar is well \
                 behind the other. The weaker pillar limits how many more decisions you can \
                 safely hand down."
            }
            (Pattern::UnevenPillars, Role::Member) => {
                "Control sits about where its support is on average, but one pillar is well \
                 behind the other. The weaker pillar limits how many more decisions you can \
                 safely take on."
            }
            (Pattern::Building, Role::Leader) => {
                "The three components move together, which is healthy, but none is high yet. \
                 Grow them side by side: hand down a little more control each time the \
                 pillars are ready for it."
            }
            (Pattern::Building, Role::Member) => {
                "The three components move together, which is healthy, but none is high yet. \
                 Grow them side by side: take on a little more each time your skills and your \
                 grasp of the goals are ready for it."
            }
        }
    }

    /// What the model and Marquet's story say about it.
    pub fn lesson(self) -> &'static str {
        match self {
            Pattern::ControlAhead => {
                "This is the lesson of USS Will Rogers. Marquet gave his people decisions \
                 without raising their knowledge and their grasp of purpose at the same time; \
                 performance and morale dropped, and he went back to deciding everything \
                 himself. Don't take control back: build the weaker pillar quickly."
            }
            Pattern::ControlBehind => {
                "Marquet's wider material puts it plainly: too little authority for the \
                 competence and clarity people have breeds frustration. Move the decisions to \
                 where the information already is."
            }
            Pattern::SantaFe => {
                "On USS Santa Fe, Marquet moved decisions down while the crew's knowledge and \
                 grasp of purpose grew alongside, and the boat went from worst to first within \
                 a year. Keep it that way by making it independent of any one person."
            }
            Pattern::UnevenPillars => {
                "Control needs both pillars: know-how without clarity gives well-made \
                 decisions that aim at the wrong thing, and clarity without know-how gives \
                 good intentions carried out badly."
            }
            Pattern::Building => {
                "This is how the model is meant to grow: control, competence and clarity \
                 rising together, one mechanism at a time, rather than a big announcement."
            }
        }
    }
}

/// A concrete thing to do next about one component, tied to the step and
/// checklist items of the journey that cover it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextAction {
    /// The component it strengthens.
    pub pillar: Pillar,
    /// What to do, for a visitor in a traditional leadership role.
    pub leader: &'static str,
    /// What to do, for a visitor without one.
    pub member: &'static str,
    /// The step that covers it.
    pub step: StepId,
    /// Ids of that step's checklist items that go with it.
    pub items: &'static [&'static str],
}

impl NextAction {
    /// The action as the visitor in `role` reads it.
    pub fn text(&self, role: Role) -> &'static str {
        match role {
            Role::Leader => self.leader,
            Role::Member => self.member,
        }
    }
}

/// Three next actions per component, in the order to try them.
pub static NEXT_ACTIONS: &[NextAction] = &[
    NextAction {
        pillar: Pillar::Control,
        leader: "Make a list of everything that needs your sign-off, note who really holds \
            the facts for each, and hand one of them down this week.",
        member: "List the decisions you wait on others for, note where the facts sit, and \
            offer to take one of them on.",
        step: StepId::GeneticCode,
        items: &[
            "code-list-approvals",
            "code-who-has-information",
            "code-hand-one-down",
        ],
    },
    NextAction {
        pillar: Pillar::Control,
        leader: "Agree with your team that routine decisions arrive as \"I intend to…\", and \
            answer a request for permission by asking what they intend.",
        member: "Swap \"Can I…?\" for \"I intend to…\" the next time you want to act, and \
            agree with your team to do the same.",
        step: StepId::ActYourWay,
        items: &["act-intent-language"],
    },
    NextAction {
        pillar: Pillar::Control,
        leader: "When the next problem lands on your desk, hold back your own answer and ask \
            what the person proposes; talk early and briefly instead of correcting late.",
        member: "Bring a proposal with the next problem you raise, and think out loud so \
            others can see how you got there.",
        step: StepId::ActYourWay,
        items: &[
            "act-hold-back-solutions",
            "act-short-early-conversations",
            "act-think-out-loud",
        ],
    },
    NextAction {
        pillar: Pillar::Competence,
        leader: "Swap your next briefing for a short certification: the people doing the \
            work explain the plan and their part in it.",
        member: "Before your next important piece of work, prepare to explain the plan and \
            your part in it, and ask to do so instead of being briefed.",
        step: StepId::CompetenceAndClarity,
        items: &["pillars-certify-not-brief"],
    },
    NextAction {
        pillar: Pillar::Competence,
        leader: "Agree on a habit of pausing to say what you are about to do before any step \
            that matters, and for the next task you delegate, give the goal and leave the \
            method.",
        member: "Get into the habit of pausing to say what you are about to do before any \
            step that matters, and ask for goals rather than step-by-step methods.",
        step: StepId::CompetenceAndClarity,
        items: &["pillars-deliberate-action", "pillars-goals-not-methods"],
    },
    NextAction {
        pillar: Pillar::Competence,
        leader: "Before you hand down the next decision, check that the person has the know-how \
            and the context to take it well, and plan how to close any gap first.",
        member: "Before you take on the next decision, check honestly that you have the \
            know-how and the context for it; name the skill you would need to build, and start \
            on it this month.",
        step: StepId::GeneticCode,
        items: &["code-check-readiness"],
    },
    NextAction {
        pillar: Pillar::Clarity,
        leader: "Write down your team's purpose and a handful of guiding principles in plain \
            words, and put them where everyone sees them every day.",
        member: "Write down, in your own words, what your team is for and the yardsticks for \
            decisions in your area, then check them with your boss.",
        step: StepId::CompetenceAndClarity,
        items: &["pillars-write-purpose"],
    },
    NextAction {
        pillar: Pillar::Clarity,
        leader: "In your next meeting, thank someone openly for questioning a plan or an \
            instruction.",
        member: "In your next meeting, ask the question you would usually keep to yourself \
            about a plan or an instruction.",
        step: StepId::CompetenceAndClarity,
        items: &["pillars-welcome-questions"],
    },
    NextAction {
        pillar: Pillar::Clarity,
        leader: "When someone makes a good call in their own area, say so openly the same day, \
            and name the principle it served.",
        member: "When a colleague makes a good call in their own area, say so openly the same \
            day, and name the goal it served.",
        step: StepId::ActYourWay,
        items: &["act-recognise-on-the-spot"],
    },
];

/// The next actions for one component, in order.
pub fn actions_for(pillar: Pillar) -> impl Iterator<Item = &'static NextAction> {
    NEXT_ACTIONS.iter().filter(move |a| a.pillar == pillar)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{item_by_id, Role};
    use std::collections::HashSet;

    #[test]
    fn statement_ids_are_stable() {
        // Saved with visitors' answers: add new ids here, never rename one.
        let ids: Vec<_> = STATEMENTS.iter().map(|s| s.id).collect();
        assert_eq!(
            ids,
            [
                "control-info-decides",
                "control-intent",
                "control-approvals",
                "control-proposals",
                "control-waits",
                "competence-skills-match",
                "competence-named-gaps",
                "competence-certify",
                "competence-deliberate",
                "competence-learning-stalls",
                "clarity-purpose",
                "clarity-criteria",
                "clarity-principles",
                "clarity-questions",
                "clarity-guessing",
            ]
        );
        let unique: HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len());
        for s in STATEMENTS {
            assert_eq!(statement_by_id(s.id), Some(s));
        }
        assert_eq!(statement_by_id("no-such-statement"), None);
    }

    #[test]
    fn at_least_four_statements_per_component_with_text_for_both_roles() {
        for pillar in Pillar::ALL {
            let group: Vec<_> = statements_for(pillar).collect();
            assert!(group.len() >= 4, "{pillar:?} has {}", group.len());
            // At least one counts straight, so a component cannot be all reverse.
            assert!(group.iter().any(|s| !s.reversed));
            for s in group {
                assert!(
                    s.id.starts_with(pillar.id()),
                    "{} is filed under {pillar:?}",
                    s.id
                );
                for role in Role::ALL {
                    assert!(!s.text(role).trim().is_empty());
                    assert!(!s.text(role).contains("..."));
                }
                assert_ne!(s.leader, s.member, "{} is phrased for each role", s.id);
            }
            assert!(!pillar_prompt(pillar).is_empty());
        }
        // Grouped in the order the app teaches the components.
        let order: Vec<_> = STATEMENTS.iter().map(|s| s.pillar).collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted);
    }

    #[test]
    fn five_labelled_answers() {
        assert_eq!(scale_label(1), Some("Strongly disagree"));
        assert_eq!(scale_label(3), Some("Neither agree nor disagree"));
        assert_eq!(scale_label(5), Some("Strongly agree"));
        assert_eq!(scale_label(0), None);
        assert_eq!(scale_label(6), None);
    }

    #[test]
    fn the_ladder_question_describes_seven_rungs_for_both_roles() {
        for role in Role::ALL {
            assert!(LADDER_QUESTION.question(role).ends_with('?'));
            for n in 1..=7 {
                assert!(!LADDER_QUESTION.rung_words(role, n).unwrap().is_empty());
                assert!(!rung_advice(role, n).is_empty());
            }
            assert_eq!(LADDER_QUESTION.rung_words(role, 0), None);
            assert_eq!(LADDER_QUESTION.rung_words(role, 8), None);
        }
        assert!(LADDER[usize::from(TARGET_RUNG) - 1]
            .phrase
            .starts_with("I intend to"));
    }

    #[test]
    fn every_pattern_has_text_for_both_roles() {
        let ids: HashSet<_> = Pattern::ALL.iter().map(|p| p.id()).collect();
        assert_eq!(ids.len(), 5);
        for p in Pattern::ALL {
            assert!(!p.title().is_empty() && !p.lesson().is_empty() && !p.short().is_empty());
            for role in Role::ALL {
                assert!(!p.meaning(role).is_empty());
            }
        }
        assert!(Pattern::ControlAhead.lesson().contains("Will Rogers"));
        assert!(Pattern::SantaFe.title().contains("Santa Fe"));
    }

    #[test]
    fn three_actions_per_component_each_tied_to_real_items_of_its_step() {
        for pillar in Pillar::ALL {
            let actions: Vec<_> = actions_for(pillar).collect();
            assert_eq!(actions.len(), 3, "{pillar:?}");
            for a in actions {
                assert!(!a.items.is_empty());
                for role in Role::ALL {
                    assert!(!a.text(role).trim().is_empty());
                }
                for id in a.items {
                    let (step, _) = item_by_id(id).unwrap_or_else(|| panic!("{id} exists"));
                    assert_eq!(step.id, a.step, "{id} belongs to the action's step");
                }
            }
        }
    }
}
