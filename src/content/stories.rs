//! The stories behind the model: the two worked examples, the three common
//! mistakes, how Marquet arrived at the model, and the "I intend to…" habit.

use super::{Example, IntentLanguage, Mistake, OriginChapter};

/// Santa Fe (worst to first) and Will Rogers (the failure), in that order.
pub static EXAMPLES: [Example; 2] = [
    Example {
        id: "santa-fe",
        ship: "USS Santa Fe",
        title: "From worst to first",
        paragraphs: &[
            "At the time Marquet took over, Santa Fe was ranked lowest of all the submarines in \
             the fleet. Its technical, operational and morale scores were all poor.",
            "He pushed decision-making down to the crew. At the same pace, he built up their \
             knowledge and their understanding of what the boat was there to do.",
        ],
        outcome: "Within twelve months Santa Fe was top on most measures, among them how many \
            of its sailors and officers decided to stay on. The improvement outlasted his \
            command, and its officers and crew kept being promoted at remarkably high rates.",
        lesson: "Because the gains survived his departure, they plainly did not rest on one \
            person.",
    },
    Example {
        id: "will-rogers",
        ship: "USS Will Rogers",
        title: "The failure",
        paragraphs: &[
            "Earlier in his career, while serving as engineer on Will Rogers, Marquet set out \
             to give decisions to his people with the standard empowerment techniques.",
            "What he did not do was raise their knowledge, or their understanding of purpose, \
             at the same time.",
        ],
        outcome: "Both performance and morale dropped, and he took every decision back into his \
            own hands.",
        lesson: "Handing over control without competence and clarity produces chaos, and \
            empowerment by itself falls short. That lesson went into the three-pillar model he \
            would later use on Santa Fe.",
    },
];

/// The three common mistakes, in order.
pub static MISTAKES: [Mistake; 3] = [
    Mistake {
        number: 1,
        title: "Talking empowerment without changing the structure",
        explanation: "The words say \"you are empowered\", but the act of saying \"I empower \
            you\" keeps the power where it was. When message and method disagree, people \
            believe the method.",
    },
    Mistake {
        number: 2,
        title: "Leadership that hangs on one personality",
        explanation: "If performance depends on the leader's own ability, it falls apart when \
            that leader goes. It feels rewarding for the leader and it weakens the people who \
            follow.",
    },
    Mistake {
        number: 3,
        title: "Giving away control before building competence",
        explanation: "This is the Will Rogers story again: it brought more problems, not \
            fewer, and ended in a slide back into micromanagement.",
    },
];

/// How Marquet came to the model: Sunfish, Will Rogers, Santa Fe.
pub static ORIGIN: [OriginChapter; 3] = [
    OriginChapter {
        ship: "USS Sunfish",
        paragraphs: &[
            "On USS Sunfish, Captain Marc Pelaez urged Marquet to stop asking for permission \
             and to say \"I intend to…\" instead. The sense of autonomy that gave him never \
             left him.",
        ],
    },
    OriginChapter {
        ship: "USS Will Rogers",
        paragraphs: &[
            "On USS Will Rogers he tried to empower his people using traditional techniques. \
             It went badly wrong: performance and morale both fell, and he returned to \
             micromanaging.",
        ],
    },
    OriginChapter {
        ship: "USS Santa Fe",
        paragraphs: &[
            "Years later he was given command of USS Santa Fe, the poorest performer in its \
             fleet. He had trained on a different class of submarine, so he lacked the close \
             knowledge of this boat that giving detailed orders would take.",
            "That limit pushed him to find another way. Since commanding as a traditional \
             leader-follower captain was out of reach, he built the leader-leader model \
             instead, and inside a year Santa Fe climbed from last place to first.",
        ],
    },
];

/// "Can I…?" versus "I intend to…!".
pub static INTENT_LANGUAGE: IntentLanguage = IntentLanguage {
    title: "From \"Can I…?\" to \"I intend to…!\"",
    paragraphs: &[
        "The habit began on USS Sunfish, where Captain Marc Pelaez pushed Marquet to say what \
         he was going to do rather than ask whether he could.",
        "\"Can I…?\" leaves the thinking and the decision with the boss. \"I intend to…\" \
         shows you have already thought it through and are taking ownership; the boss only \
         needs to speak up if something is wrong.",
        "In Marquet's wider material, beyond the book, \"I intend to…\" is rung 5 of the \
         seven-rung Ladder of Leadership, and the rung to aim for on most decisions.",
    ],
    before: "Can I move the client demo to Thursday?",
    after: "I intend to move the client demo to Thursday, so we can show the finished report.",
};
