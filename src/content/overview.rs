//! The sources, the framework at a glance and the seven core principles.

use super::{Overview, Principle, Source};

/// The book the app is built on: the primary source.
pub static SOURCE: Source = Source {
    title: "Turn the Ship Around!",
    subtitle: "A True Story of Turning Followers Into Leaders",
    author: "L. David Marquet",
    year: 2013,
    kind: "Book",
};

/// Where the three components come from.
pub static SECOND_SOURCE_NOTE: &str = "The three components (control, competence and clarity), \
    and the comparison of leader-to-follower with leader-to-leader, are taken from a short \
    explainer of the model. It is this guide's second source, next to the book.";

/// The leader-leader model at a glance.
pub static OVERVIEW: Overview = Overview {
    name: "The leader-leader model",
    category: "Leadership",
    time_to_results: "Months",
    problem: "Ineffective leadership.",
    suited_to: "Leaders in organizations built on knowledge work who want better performance that \
        doesn't rest on one person's personality, and who want their people to stay.",
    not_suited_to: "Work where every procedure must be followed to the letter with zero \
        deviation, such as operating a nuclear reactor strictly by the book.",
    core_idea: &[
        "In the usual set-up one leader decides and everyone else carries it out. Here the \
         authority to decide is shared out instead, so that each person leads in their own \
         area.",
        "Leading is not a rare talent handed to a chosen few. Everyone has the capacity for it.",
    ],
    key_insight: "Take authority to the people who have the information. Don't haul the \
        information up to the people who have the authority.",
    why_empowerment_fails: "In an empowerment program, the person doing the empowering keeps \
        the power, so the way it is done says the opposite of what it claims. Leader-leader \
        changes the structure itself instead.",
    durability: "The results hold because no single leader props them up. Once Marquet had \
        left USS Santa Fe, its crew stayed among the very best for years, and an unusually \
        large share of its officers went on to be promoted.",
};

/// The seven core principles, in the book's order.
pub static PRINCIPLES: [Principle; 7] = [
    Principle {
        number: 1,
        title: "Move authority to the information",
        explanation: "Let decisions be made where the knowledge already is, instead of passing \
            that knowledge up the chain to whoever holds the authority.",
    },
    Principle {
        number: 2,
        title: "Leadership is not mystical",
        explanation:
            "There is nothing magical about leading. Every single person is able to do it.",
    },
    Principle {
        number: 3,
        title: "Empowerment programs backfire",
        explanation: "They claim to close the power gap, yet they reinforce it, because someone \
            with power still has to do the empowering.",
    },
    Principle {
        number: 4,
        title: "Thinking work needs a better structure",
        explanation: "Leader-follower can work when the job is physical. When the job is \
            cognitive, it calls for something better.",
    },
    Principle {
        number: 5,
        title: "Lasting change can't hinge on the leader",
        explanation: "An improvement survives only when it is decoupled from the personality of \
            whoever happens to be in charge.",
    },
    Principle {
        number: 6,
        title: "Leaders breed leaders",
        explanation: "A leader-leader structure keeps producing new leaders at every level of \
            the organization.",
    },
    Principle {
        number: 7,
        title: "You can't command your way there",
        explanation: "The rules of leader-follower can't be used to order people into \
            leader-leader. Giving that order would undo the very thing you want.",
    },
];
