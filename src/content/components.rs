//! The three components of leader-to-leader, from the short explainer that
//! is the app's second source, with advice for each role. Their words are
//! in `content/<lang>/components.toml`, under each pillar's id.

use super::{Component, Pillar};

/// Introduces the three components and contrasts leader-to-follower with
/// leader-to-leader. Source: the short explainer (see
/// [`second_source_note`](super::second_source_note)).
pub fn components_intro() -> &'static [&'static str] {
    crate::text::components::intro()
}

/// Control, competence and clarity, in that order.
pub static COMPONENTS: [Component; 3] = [
    Component {
        pillar: Pillar::Control,
    },
    Component {
        pillar: Pillar::Competence,
    },
    Component {
        pillar: Pillar::Clarity,
    },
];
