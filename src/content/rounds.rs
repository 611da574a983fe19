//! The text of team rounds: the statements colleagues rate.
//!
//! Two kinds of round ask two sets of statements:
//!
//! - **About me**: colleagues rate the visitor on the self-assessment's own
//!   statements ([`crate::content::assessment::STATEMENTS`]), worded about
//!   the person ([`ABOUT_ME`]). Each carries the **same id** as the
//!   self-assessment statement it mirrors, so the two views of one
//!   statement can be set side by side, and it counts in reverse exactly
//!   when that statement does.
//! - **About our team**: each member rates how the team works
//!   ([`TEAM`]), five statements per component like the self-assessment,
//!   under ids of their own, all starting with `team-`.
//!
//! Ids are saved in visitors' browsers with their answers and fixed in the
//! answer codes' order: never change or reuse one once published (the
//! `ids_are_stable` test lists them). Wording may change freely.
//!
//! About-me statements name the person with a `{name}` placeholder:
//! [`with_name`] puts in the name the asker gave, or "this person" when
//! they gave none.

use super::assessment::{statement_by_id, Statement};
use super::{Pillar, Role};

/// The placeholder that [`with_name`] replaces.
pub const NAME: &str = "{name}";

/// What stands for the person when the asker gave no name.
pub const NO_NAME: &str = "this person";

/// A self-assessment statement worded about the person being rated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AboutMeStatement {
    /// The id of the self-assessment statement it mirrors.
    pub id: &'static str,
    /// About someone in a traditional leadership role.
    pub leader: &'static str,
    /// About someone without one.
    pub member: &'static str,
}

impl AboutMeStatement {
    /// The wording for a person in `role`, with `{name}` still in it.
    pub fn template(&self, role: Role) -> &'static str {
        match role {
            Role::Leader => self.leader,
            Role::Member => self.member,
        }
    }

    /// The wording for a person in `role` called `name` (or "this person").
    pub fn text(&self, role: Role, name: Option<&str>) -> String {
        with_name(self.template(role), name)
    }

    /// The self-assessment statement it mirrors: its component and whether
    /// it counts in reverse.
    pub fn mirrors(&self) -> &'static Statement {
        statement_by_id(self.id).expect("every about-me statement mirrors a self-assessment one")
    }

    pub fn pillar(&self) -> Pillar {
        self.mirrors().pillar
    }

    pub fn reversed(&self) -> bool {
        self.mirrors().reversed
    }
}

/// A statement about how the team works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TeamStatement {
    /// Stable, unique, kebab-case, starting with `team-`.
    pub id: &'static str,
    pub pillar: Pillar,
    pub text: &'static str,
    /// When true, agreeing is a sign of weakness (see
    /// [`Statement::reversed`]).
    pub reversed: bool,
}

/// `template` with every `{name}` replaced by `name`, or by "this person"
/// (capitalised at the start of a sentence) when there is no name or it is
/// blank.
pub fn with_name(template: &str, name: Option<&str>) -> String {
    let name = name.map(str::trim).filter(|n| !n.is_empty());
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(at) = rest.find(NAME) {
        out.push_str(&rest[..at]);
        match name {
            Some(n) => out.push_str(n),
            None => {
                let sentence_start =
                    out.trim_end().is_empty() || out.trim_end().ends_with(['.', '!', '?', ':']);
                if sentence_start {
                    out.push_str("This person");
                } else {
                    out.push_str(NO_NAME);
                }
            }
        }
        rest = &rest[at + NAME.len()..];
    }
    out.push_str(rest);
    out
}

/// The self-assessment's statements worded about the person, in the
/// self-assessment's order (control, competence, clarity).
pub static ABOUT_ME: &[AboutMeStatement] = &[
    AboutMeStatement {
        id: "control-info-decides",
        leader: "In {name}'s area, decisions are taken by whoever knows the matter best, \
            instead of being carried up to them.",
        member: "When {name} holds the facts a decision turns on, they take that decision \
            themselves rather than passing it up.",
    },
    AboutMeStatement {
        id: "control-intent",
        leader: "People who work with {name} tell them what they intend to do, instead of \
            asking what they should do.",
        member: "{name} tells their boss what they intend to do, instead of asking whether \
            they may.",
    },
    AboutMeStatement {
        id: "control-approvals",
        leader: "{name} has handed down for good some of the sign-offs that used to cross \
            their desk.",
        member: "{name} knows which sign-offs in their work could rest with them, and has \
            offered to take on at least one.",
    },
    AboutMeStatement {
        id: "control-proposals",
        leader: "When you bring {name} a problem, they first ask what you propose, and only \
            then say what they would do.",
        member: "When {name} raises a problem, they come with a proposal of their own for \
            dealing with it.",
    },
    AboutMeStatement {
        id: "control-waits",
        leader: "Little moves in {name}'s team until {name} has said yes.",
        member: "{name} tends to wait for someone higher up to settle things they could \
            settle themselves.",
    },
    AboutMeStatement {
        id: "competence-skills-match",
        leader: "Before {name} passes a decision on, they check that the colleague taking \
            it has the skills it needs.",
        member: "{name}'s skills match what their responsibilities ask of them.",
    },
    AboutMeStatement {
        id: "competence-named-gaps",
        leader: "When {name} hands over a decision, they say plainly what they expect and \
            which skills it calls for.",
        member: "{name} can name the skills they still need to build, and has told someone \
            which ones.",
    },
    AboutMeStatement {
        id: "competence-certify",
        leader: "Before important work starts, {name} has the people doing it talk them \
            through the plan and their part, instead of briefing them.",
        member: "Before important work starts, {name} could take someone through the plan \
            and their own part in it without a briefing.",
    },
    AboutMeStatement {
        id: "competence-deliberate",
        leader: "In {name}'s team, people pause and say what they are about to do before a \
            step that could go badly wrong.",
        member: "Before a step that could go badly wrong, {name} pauses and says out loud \
            what they are about to do.",
    },
    AboutMeStatement {
        id: "competence-learning-stalls",
        leader: "In {name}'s team, people mostly pick up something new only once a mistake \
            has forced it on them.",
        member: "{name} seems to keep gaps in their skills out of sight rather than be seen \
            working on them.",
    },
    AboutMeStatement {
        id: "clarity-purpose",
        leader: "Anyone in {name}'s team could say in a sentence or two what the team is there \
            to achieve.",
        member: "{name} could say in a sentence or two what their team is there to achieve.",
    },
    AboutMeStatement {
        id: "clarity-criteria",
        leader: "People know the yardsticks {name} judges decisions by, because {name} talks \
            about them often and plainly.",
        member: "{name} knows the yardsticks by which decisions in their area are judged.",
    },
    AboutMeStatement {
        id: "clarity-principles",
        leader: "{name}'s team has a few written guiding principles that people really use \
            when they have to choose.",
        member: "When {name} is unsure what matters most, they go and find out rather than \
            guess.",
    },
    AboutMeStatement {
        id: "clarity-questions",
        leader: "People openly question {name}'s instructions, and {name} thanks them for it.",
        member: "When a plan or an instruction looks wrong to {name}, they say so openly.",
    },
    AboutMeStatement {
        id: "clarity-guessing",
        leader: "People who work with {name} often have to guess what {name} would want.",
        member: "{name} often has to guess what their boss would want.",
    },
];

/// Statements about "our team", grouped by component in the order control,
/// competence, clarity; the last of each group counts in reverse.
pub static TEAM: &[TeamStatement] = &[
    TeamStatement {
        id: "team-control-info-decides",
        pillar: Pillar::Control,
        text: "In our team, decisions are taken by the people closest to the facts, not \
            passed up the line.",
        reversed: false,
    },
    TeamStatement {
        id: "team-control-intent",
        pillar: Pillar::Control,
        text: "When one of us wants to act, we say what we intend to do rather than ask for \
            permission.",
        reversed: false,
    },
    TeamStatement {
        id: "team-control-approvals",
        pillar: Pillar::Control,
        text: "We have looked at the sign-offs our work needs and moved some of them closer \
            to the work.",
        reversed: false,
    },
    TeamStatement {
        id: "team-control-proposals",
        pillar: Pillar::Control,
        text: "When one of us raises a problem, a proposal for dealing with it comes along \
            too.",
        reversed: false,
    },
    TeamStatement {
        id: "team-control-waits",
        pillar: Pillar::Control,
        text: "Our work often stalls while we wait for someone higher up to decide.",
        reversed: true,
    },
    TeamStatement {
        id: "team-competence-skills-match",
        pillar: Pillar::Competence,
        text: "Our skills match the decisions we are trusted to take.",
        reversed: false,
    },
    TeamStatement {
        id: "team-competence-named-gaps",
        pillar: Pillar::Competence,
        text: "We know which skills we still need to build, and we work on them in the open.",
        reversed: false,
    },
    TeamStatement {
        id: "team-competence-certify",
        pillar: Pillar::Competence,
        text: "Before important work starts, each of us can explain the plan and our own part \
            in it without a briefing.",
        reversed: false,
    },
    TeamStatement {
        id: "team-competence-deliberate",
        pillar: Pillar::Competence,
        text: "Before a step that could go badly wrong, we pause and say out loud what we are \
            about to do.",
        reversed: false,
    },
    TeamStatement {
        id: "team-competence-learning-stalls",
        pillar: Pillar::Competence,
        text: "We mostly learn something new only after a mistake has forced it on us.",
        reversed: true,
    },
    TeamStatement {
        id: "team-clarity-purpose",
        pillar: Pillar::Clarity,
        text: "Any of us could say in a sentence or two what our team is there to achieve.",
        reversed: false,
    },
    TeamStatement {
        id: "team-clarity-criteria",
        pillar: Pillar::Clarity,
        text: "We share the same yardsticks for judging whether a decision is a good one.",
        reversed: false,
    },
    TeamStatement {
        id: "team-clarity-principles",
        pillar: Pillar::Clarity,
        text: "We have a few guiding principles that we really use when we have to choose.",
        reversed: false,
    },
    TeamStatement {
        id: "team-clarity-questions",
        pillar: Pillar::Clarity,
        text: "Any of us can openly question a plan or an instruction, and that is welcome.",
        reversed: false,
    },
    TeamStatement {
        id: "team-clarity-guessing",
        pillar: Pillar::Clarity,
        text: "We often have to guess what is expected of us.",
        reversed: true,
    },
];

/// The about-me statement with this id, if any.
pub fn about_me_by_id(id: &str) -> Option<&'static AboutMeStatement> {
    ABOUT_ME.iter().find(|s| s.id == id)
}

/// The team statement with this id, if any.
pub fn team_by_id(id: &str) -> Option<&'static TeamStatement> {
    TEAM.iter().find(|s| s.id == id)
}

/// The ladder question colleagues answer about the person, with `{name}`
/// in it. Offer the rungs as [`crate::content::LADDER`]'s phrases ("I
/// intend to…"): they quote what is said, so they fit whoever says it.
pub fn ladder_question(role: Role) -> &'static str {
    match role {
        Role::Leader => {
            "When people bring {name} a decision, how do they usually put it? Think of how \
             you put it yourself."
        }
        Role::Member => {
            "When {name} goes to their boss about a decision, how do they usually put it?"
        }
    }
}

/// The two kinds of round, as the asker chooses between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindText {
    /// Stable; matches `model::rounds::RoundKind::id`.
    pub id: &'static str,
    pub title: &'static str,
    pub description: &'static str,
}

/// About me, then about our team.
pub static KINDS: [KindText; 2] = [
    KindText {
        id: "about-me",
        title: "About me",
        description: "Colleagues rate you on the statements of your own self-assessment, worded \
            about you, and say where on the Ladder of Leadership they see you. Their view is \
            then set beside yours.",
    },
    KindText {
        id: "team",
        title: "About our team",
        description: "Each member rates how the team works on control, competence and \
            clarity. You see the team's picture, how far apart the members are, and your own \
            answers beside it.",
    },
];

/// How anonymous answering is, told to the person answering, with `{name}`
/// for the person asking. Each paragraph is one point; the last says what
/// the app cannot prevent.
pub static ANONYMITY_FOR_ANSWERING: &[&str] = &[
    "Your answers are sealed in this browser before they leave it. Only the key kept in \
     {name}'s browser (and in their backups) opens them, so anyone else who sees your \
     code, in a team chat for example, learns nothing from it. The code does not carry your \
     name.",
    "{name} sees results only after closing the round, and only if at least three people \
     answered: averages, each with the number of answers behind it, and comments in shuffled \
     order. No single person's answers are shown.",
    "What this cannot prevent: {name} could open one code at a time with the browser's \
     developer tools and read it. With very few people answering, or a comment in a style \
     others know, you may also be recognised. Answer with that in mind.",
    "Nothing you do on this page reads or changes anything else you have saved in this app.",
];

/// How anonymous the results are, told to the person asking.
pub static ANONYMITY_FOR_RESULTS: &[&str] = &[
    "Results appear once you close the round, and only if it has at least three answers. \
     Every average says how many answers it rests on, and no single person's answers are \
     shown. Comments come in shuffled order.",
    "The codes protect answers from anyone else who sees them on the way, and from \
     accidental exposure. They cannot stop you from reading one code at a time with the \
     browser's developer tools: the people answering are trusting you not to.",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::assessment::STATEMENTS;
    use std::collections::HashSet;

    #[test]
    fn ids_are_stable() {
        // Saved with answers and fixed in the codes' order: add, never rename.
        let about: Vec<_> = ABOUT_ME.iter().map(|s| s.id).collect();
        let own: Vec<_> = STATEMENTS.iter().map(|s| s.id).collect();
        assert_eq!(
            about, own,
            "one about-me statement per self-assessment one, in order"
        );
        let team: Vec<_> = TEAM.iter().map(|s| s.id).collect();
        assert_eq!(
            team,
            [
                "team-control-info-decides",
                "team-control-intent",
                "team-control-approvals",
                "team-control-proposals",
                "team-control-waits",
                "team-competence-skills-match",
                "team-competence-named-gaps",
                "team-competence-certify",
                "team-competence-deliberate",
                "team-competence-learning-stalls",
                "team-clarity-purpose",
                "team-clarity-criteria",
                "team-clarity-principles",
                "team-clarity-questions",
                "team-clarity-guessing",
            ]
        );
        let all: Vec<_> = about.iter().chain(&team).collect();
        let unique: HashSet<_> = all.iter().collect();
        assert_eq!(unique.len(), all.len(), "no id is used twice");
        for s in ABOUT_ME {
            assert_eq!(about_me_by_id(s.id), Some(s));
        }
        for s in TEAM {
            assert_eq!(team_by_id(s.id), Some(s));
        }
        assert_eq!(about_me_by_id("team-clarity-purpose"), None);
        assert_eq!(team_by_id("clarity-purpose"), None);
    }

    #[test]
    fn each_about_me_statement_mirrors_a_self_assessment_statement() {
        for s in ABOUT_ME {
            let own = statement_by_id(s.id).unwrap_or_else(|| panic!("{} mirrors one", s.id));
            assert_eq!(s.mirrors(), own);
            assert_eq!(s.pillar(), own.pillar);
            assert_eq!(s.reversed(), own.reversed);
            for role in Role::ALL {
                let t = s.template(role);
                assert!(t.contains(NAME), "{} ({role:?}) names the person", s.id);
                assert!(!t.contains("{ name") && !t.contains("{Name}"));
                // Worded about the person, never as the self-assessment's "I" or "my".
                let words: Vec<_> = t.split(|c: char| !c.is_alphanumeric()).collect();
                assert!(!words.contains(&"I") && !words.contains(&"my"), "{t}");
                assert!(t.ends_with('.'));
            }
            assert_ne!(s.leader, s.member);
        }
    }

    #[test]
    fn team_statements_match_the_self_assessment_in_shape() {
        for pillar in Pillar::ALL {
            let group: Vec<_> = TEAM.iter().filter(|s| s.pillar == pillar).collect();
            let own = STATEMENTS.iter().filter(|s| s.pillar == pillar).count();
            assert_eq!(group.len(), own, "{pillar:?}");
            assert!(group.iter().any(|s| !s.reversed));
            assert!(group.iter().any(|s| s.reversed));
            for s in group {
                assert!(
                    s.id.starts_with(&format!("team-{}-", pillar.id())),
                    "{}",
                    s.id
                );
                assert!(s.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
                assert!(!s.text.contains(NAME));
                let words: Vec<_> = s.text.split(|c: char| !c.is_alphanumeric()).collect();
                assert!(
                    words
                        .iter()
                        .any(|w| ["we", "We", "our", "Our", "us"].contains(w)),
                    "{} speaks about the team",
                    s.text
                );
            }
        }
        let order: Vec<_> = TEAM.iter().map(|s| s.pillar).collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted);
    }

    #[test]
    fn the_name_or_this_person_is_put_in() {
        let s = about_me_by_id("control-waits").unwrap();
        assert_eq!(
            s.text(Role::Leader, Some("Sam")),
            "Little moves in Sam's team until Sam has said yes."
        );
        assert_eq!(
            s.text(Role::Leader, None),
            "Little moves in this person's team until this person has said yes."
        );
        assert_eq!(
            s.text(Role::Member, Some("  ")),
            "This person tends to wait for someone higher up to settle things they could \
             settle themselves."
        );
        assert_eq!(
            with_name("Done. {name} said so.", None),
            "Done. This person said so."
        );
        assert_eq!(with_name("No placeholder.", Some("Sam")), "No placeholder.");
        // A name that looks like the placeholder is put in once, not again.
        assert_eq!(
            with_name("{name} and {name}", Some("{name}")),
            "{name} and {name}"
        );
        for s in ABOUT_ME {
            for role in Role::ALL {
                let t = s.text(role, None);
                assert!(!t.contains('{'), "{t}");
                assert!(t.starts_with(char::is_uppercase), "{t}");
            }
        }
        for p in ANONYMITY_FOR_ANSWERING {
            assert!(!with_name(p, None).contains('{'));
        }
        for role in Role::ALL {
            assert!(with_name(ladder_question(role), Some("Ana")).contains("Ana"));
            assert!(ladder_question(role).contains('?'));
        }
    }

    #[test]
    fn the_anonymity_texts_say_what_is_and_is_not_protected() {
        let answering = ANONYMITY_FOR_ANSWERING.join(" ");
        assert!(answering.contains("at least three"));
        assert!(answering.contains("cannot prevent"));
        assert!(answering.contains("developer tools"));
        let results = ANONYMITY_FOR_RESULTS.join(" ");
        assert!(results.contains("at least three") && results.contains("developer tools"));
        assert_eq!(KINDS.map(|k| k.id), ["about-me", "team"]);
    }
}
