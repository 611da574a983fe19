//! The three components of leader-to-leader, from the short explainer that
//! is the app's second source, with advice for each role.

use super::{Component, Pillar};

/// Introduces the three components and contrasts leader-to-follower with
/// leader-to-leader. Source: the short explainer (see
/// [`SECOND_SOURCE_NOTE`](super::SECOND_SOURCE_NOTE)).
pub static COMPONENTS_INTRO: &[&str] = &[
    "According to a short explainer of the model, leader-to-leader rests on three \
     components. Control is the root, and it is held up by two pillars: competence and \
     clarity.",
    "Spread control out without those two pillars and you quickly end up with chaos.",
    "The explainer compares this with the leader-to-follower model. There the leader turns \
     into a bottleneck and a single point of failure, and people who once cared slowly stop \
     caring.",
    "In leader-to-leader, everyone can lead: some people lead a group, others lead \
     themselves. Less depends on any one person. Senior leaders step back, while junior and \
     middle leaders step up.",
];

/// Control, competence and clarity, in that order.
pub static COMPONENTS: [Component; 3] = [
    Component {
        pillar: Pillar::Control,
        role_in_model: "The root",
        definition: "Having the freedom and the authority to decide the why, the what and \
            the how. Push each decision as far down as it can go.",
        leader_advice: &[
            "Let go of control by delegating decisions to your people.",
            "Say plainly that the responsibility stays with you, even as the control passes \
             to them.",
        ],
        member_advice: &[
            "Don't wait for \"a leader\" to put things right. Lead in your own area.",
            "When you see something that needs to change, swap \"Can I…?\" for \"I intend \
             to…!\"",
        ],
    },
    Component {
        pillar: Pillar::Competence,
        role_in_model: "A supporting pillar",
        definition: "Having the technical know-how to get a decision right, whenever it has to \
            be made.",
        leader_advice: &[
            "Check that the people you hand decisions to have the skills to make them.",
            "Spell out what you expect, and which skills those decisions will require.",
        ],
        member_advice: &[
            "Ask yourself honestly whether your skills match what your responsibilities ask \
             of you.",
            "Say out loud which skills you still need to build.",
            "Closing a gap in your skills is something to be proud of, not a sign of failure.",
        ],
    },
    Component {
        pillar: Pillar::Clarity,
        role_in_model: "A supporting pillar",
        definition: "Being in line with the organization's purpose, its goals and the criteria \
            it uses to make decisions.",
        leader_advice: &[
            "Make sure everyone knows the purpose, the goals and the criteria for decisions.",
            "Talk about them with your people often, and in so many words.",
        ],
        member_advice: &[
            "Check that you really understand the purpose, the goals and the criteria for \
             decisions that frame your work.",
            "If you're not sure what they are, go and find out.",
        ],
    },
];
