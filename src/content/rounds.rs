//! Team rounds: the statements colleagues rate.
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
//! The words are in `content/<lang>/rounds.toml`, found by id. Ids are
//! saved in visitors' browsers with their answers and fixed in the answer
//! codes' order: never change or reuse one once published (the
//! `ids_are_stable` test lists them). Wording may change freely.
//!
//! About-me statements name the person with a `{name}` placeholder:
//! [`with_name`] puts in the name the asker gave, or "this person" (in the
//! visitor's language) when they gave none.

use super::assessment::{statement_by_id, Statement};
use super::{Pillar, Role};
use crate::text::rounds as text;

pub use text::{anonymity_for_answering, anonymity_for_results};

/// The placeholder that [`with_name`] replaces.
pub const NAME: &str = "{name}";

/// A self-assessment statement worded about the person being rated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AboutMeStatement {
    /// The id of the self-assessment statement it mirrors.
    pub id: &'static str,
}

impl AboutMeStatement {
    /// The wording for a person in `role`, with `{name}` still in it: about
    /// someone in a traditional leadership role, or without one.
    pub fn template(&self, role: Role) -> &'static str {
        text::about_me()
            .iter()
            .find(|t| t.id == self.id)
            .map_or("", |t| match role {
                Role::Leader => t.leader,
                Role::Member => t.member,
            })
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
    /// When true, agreeing is a sign of weakness (see
    /// [`Statement::reversed`]).
    pub reversed: bool,
}

impl TeamStatement {
    /// The statement, as every member reads it.
    pub fn text(&self) -> &'static str {
        text::team()
            .iter()
            .find(|t| t.id == self.id)
            .map_or("", |t| t.text)
    }
}

/// `template` with every `{name}` replaced by `name`, or by "this person"
/// (its `[no_name]` words: capitalised at the start of a sentence) when
/// there is no name or it is blank.
pub fn with_name(template: &str, name: Option<&str>) -> String {
    let name = name.map(str::trim).filter(|n| !n.is_empty());
    let no_name = text::no_name();
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(at) = rest.find(NAME) {
        out.push_str(&rest[..at]);
        match name {
            Some(n) => out.push_str(n),
            None => {
                let sentence_start = out.trim_end().is_empty()
                    || out.trim_end().ends_with(['.', '!', '?', ':', '¿', '¡']);
                if sentence_start {
                    out.push_str(no_name.start);
                } else {
                    out.push_str(no_name.within);
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
    },
    AboutMeStatement {
        id: "control-intent",
    },
    AboutMeStatement {
        id: "control-approvals",
    },
    AboutMeStatement {
        id: "control-proposals",
    },
    AboutMeStatement {
        id: "control-waits",
    },
    AboutMeStatement {
        id: "competence-skills-match",
    },
    AboutMeStatement {
        id: "competence-named-gaps",
    },
    AboutMeStatement {
        id: "competence-certify",
    },
    AboutMeStatement {
        id: "competence-deliberate",
    },
    AboutMeStatement {
        id: "competence-learning-stalls",
    },
    AboutMeStatement {
        id: "clarity-purpose",
    },
    AboutMeStatement {
        id: "clarity-criteria",
    },
    AboutMeStatement {
        id: "clarity-principles",
    },
    AboutMeStatement {
        id: "clarity-questions",
    },
    AboutMeStatement {
        id: "clarity-guessing",
    },
];

/// Statements about "our team", grouped by component in the order control,
/// competence, clarity; the last of each group counts in reverse.
pub static TEAM: &[TeamStatement] = &[
    TeamStatement {
        id: "team-control-info-decides",
        pillar: Pillar::Control,
        reversed: false,
    },
    TeamStatement {
        id: "team-control-intent",
        pillar: Pillar::Control,
        reversed: false,
    },
    TeamStatement {
        id: "team-control-approvals",
        pillar: Pillar::Control,
        reversed: false,
    },
    TeamStatement {
        id: "team-control-proposals",
        pillar: Pillar::Control,
        reversed: false,
    },
    TeamStatement {
        id: "team-control-waits",
        pillar: Pillar::Control,
        reversed: true,
    },
    TeamStatement {
        id: "team-competence-skills-match",
        pillar: Pillar::Competence,
        reversed: false,
    },
    TeamStatement {
        id: "team-competence-named-gaps",
        pillar: Pillar::Competence,
        reversed: false,
    },
    TeamStatement {
        id: "team-competence-certify",
        pillar: Pillar::Competence,
        reversed: false,
    },
    TeamStatement {
        id: "team-competence-deliberate",
        pillar: Pillar::Competence,
        reversed: false,
    },
    TeamStatement {
        id: "team-competence-learning-stalls",
        pillar: Pillar::Competence,
        reversed: true,
    },
    TeamStatement {
        id: "team-clarity-purpose",
        pillar: Pillar::Clarity,
        reversed: false,
    },
    TeamStatement {
        id: "team-clarity-criteria",
        pillar: Pillar::Clarity,
        reversed: false,
    },
    TeamStatement {
        id: "team-clarity-principles",
        pillar: Pillar::Clarity,
        reversed: false,
    },
    TeamStatement {
        id: "team-clarity-questions",
        pillar: Pillar::Clarity,
        reversed: false,
    },
    TeamStatement {
        id: "team-clarity-guessing",
        pillar: Pillar::Clarity,
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
    let t = text::ladder_question();
    match role {
        Role::Leader => t.leader,
        Role::Member => t.member,
    }
}

/// One of the two kinds of round, as the asker chooses between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindText {
    /// Stable; matches `model::rounds::RoundKind::id`.
    pub id: &'static str,
}

impl KindText {
    fn words(&self) -> Option<&'static text::Kind> {
        text::kind().iter().find(|t| t.id == self.id)
    }

    /// The kind's name.
    pub fn title(&self) -> &'static str {
        self.words().map_or("", |t| t.title)
    }

    /// What the asker gets from it.
    pub fn description(&self) -> &'static str {
        self.words().map_or("", |t| t.description)
    }
}

/// About me, then about our team.
pub static KINDS: [KindText; 2] = [KindText { id: "about-me" }, KindText { id: "team" }];

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
            assert_ne!(s.template(Role::Leader), s.template(Role::Member));
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
                assert!(!s.text().contains(NAME));
                let words: Vec<_> = s.text().split(|c: char| !c.is_alphanumeric()).collect();
                assert!(
                    words
                        .iter()
                        .any(|w| ["we", "We", "our", "Our", "us"].contains(w)),
                    "{} speaks about the team",
                    s.text()
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
        for p in anonymity_for_answering() {
            assert!(!with_name(p, None).contains('{'));
        }
        for role in Role::ALL {
            assert!(with_name(ladder_question(role), Some("Ana")).contains("Ana"));
            assert!(ladder_question(role).contains('?'));
        }
    }

    #[test]
    fn the_anonymity_texts_say_what_is_and_is_not_protected() {
        let answering = anonymity_for_answering().join(" ");
        assert!(answering.contains("at least three"));
        assert!(answering.contains("cannot prevent"));
        assert!(answering.contains("developer tools"));
        let results = anonymity_for_results().join(" ");
        assert!(results.contains("at least three") && results.contains("developer tools"));
        assert_eq!(KINDS.map(|k| k.id), ["about-me", "team"]);
    }

    // Natively every language is carried, and `set_lang` picks one.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_id_has_its_words_in_every_language_and_every_text_an_id() {
        for lang in crate::text::Lang::ALL {
            crate::text::set_lang(lang);
            assert_eq!(
                text::about_me().iter().map(|t| t.id).collect::<Vec<_>>(),
                ABOUT_ME.iter().map(|s| s.id).collect::<Vec<_>>(),
                "{lang:?}"
            );
            assert_eq!(
                text::team().iter().map(|t| t.id).collect::<Vec<_>>(),
                TEAM.iter().map(|s| s.id).collect::<Vec<_>>(),
                "{lang:?}"
            );
            assert_eq!(
                text::kind().iter().map(|t| t.id).collect::<Vec<_>>(),
                KINDS.map(|k| k.id),
                "{lang:?}"
            );
            for s in ABOUT_ME {
                for role in Role::ALL {
                    let t = s.template(role);
                    assert!(t.contains(NAME), "{lang:?} {} ({role:?})", s.id);
                    let none = s.text(role, None);
                    assert!(!none.contains('{'), "{lang:?} {none}");
                    assert!(none.starts_with(char::is_uppercase), "{lang:?} {none}");
                }
            }
            for s in TEAM {
                assert!(!s.text().trim().is_empty(), "{lang:?} {}", s.id);
            }
            for role in Role::ALL {
                assert!(with_name(ladder_question(role), Some("Ana")).contains("Ana"));
            }
        }
        crate::text::set_lang(crate::text::Lang::En);
    }
}
