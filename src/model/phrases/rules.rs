//! The phrases that hand a decision up, and the checks that keep their
//! lookalikes out.
//!
//! Each rule is a word pattern (see [`parse`]) with a [`Check`] on its
//! neighbours. Every rule also passes the checks every match must pass:
//! no question word before it (except for the rules that ask what to do),
//! not inside reported speech ("She asked if I could…") and not inside a
//! quotation.

use std::sync::OnceLock;

use super::patterns::{first_words, match_items, parse, Item};
use super::text::{is_closer, Token};

/// What a matched phrase is, for the rung and the rewrite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Form {
    /// Asks leave to do something named; the asking part becomes "I intend
    /// to".
    Ask,
    /// Says what the writer would like to do; becomes "I intend to".
    Wish,
    /// A tag that asks for approval (", if that's OK"); it is dropped.
    Tag,
    /// Asks for approval of something named ("Please approve my PR");
    /// becomes "I intend to go ahead with".
    Approve,
    /// Asks to be told what to do (the ladder's first rung); becomes "I
    /// intend to …" with a gap for the writer's own plan.
    TellMe,
}

/// The check a match must pass besides the common ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Check {
    /// Nothing more.
    Plain,
    /// "can/could/may/might/should/shall I/we": asks to do something.
    Modal,
    /// "I would like to", "I want to": a wish to act, not a courtesy.
    Wish,
    /// "thinking of", "considering": followed by an "-ing" action.
    Ing,
    /// "request permission": said by the writer.
    FirstPerson,
    /// ", is that OK?": after a clause, at the very end.
    TagAtEnd,
    /// "if that's OK": not "if it's OK to…", which asks outright.
    TagAlone,
    /// ", ok?" or "— thoughts?": at the very end, after a clause that
    /// proposes something.
    TagAfterPlan,
    /// "Does that work for you?": at the end, as a tag or on its own.
    TagOrAlone,
    /// "let me": not "let me know".
    LetMe,
    /// "What should I…": not "why", not "who should I ask".
    WhShould,
    /// "Do I…or…?": a choice between two actions.
    Either,
    /// "wondering/checking if I could": the writer asks, not "I'll check".
    Wondering,
    /// "advise": a request for advice, not advice given.
    Advise,
    /// "Your call.": ends its clause.
    EndsClause,
    /// "not sure what to": followed by a verb of acting.
    NotSure,
    /// "I'd like Friday off": "off" follows within a few words.
    LikeOff,
    /// "Is it possible to take…": an action of the writer's, not "…to get
    /// the figures".
    PossibleTo,
    /// "We need approval": from the reader, not "…from finance".
    NotFrom,
    /// "I could take the late shift?": a statement asked as a question,
    /// with an action.
    StatementQuestion,
    /// "OK to merge?": followed by an action, not "OK to know".
    OkTo,
    /// "should i just merge it": a question without its question mark,
    /// one clause long.
    ModalOneClause,
    /// A question offering a choice: "…or…".
    HasOr,
    /// "Please confirm…": asked of the reader, not "I can confirm…".
    Request,
    /// "Is it OK for the team to…", "…if Sam joins": a question about
    /// someone the writer is deciding for.
    ThirdParty,
    /// "Who should take the shift?": a verb of acting follows, not "Who
    /// should I talk to?" or "Who should know?".
    WhoActs,
    /// "What's the plan for the rota?", not "What's your plan for the
    /// weekend?" (the reader's own plans).
    NotPlanOfYours,
    /// "Do you want the blue one or the grey one?", not "…tea or coffee?".
    ChoiceNotSocial,
    /// "Renew or cancel?": a question that opens with its alternatives.
    Choice,
    /// "I'll wait for your instructions", not "I'll wait for you at the
    /// station" or "They're waiting for your reply".
    NotAboutOthers,
    /// "Guidance?" alone, or "Guidance on the pricing?".
    TagOrAloneOrOn,
    /// "Your call on the venue", "Up to you whether…": a topic follows.
    OnTopic,
    /// "Which supplier do we go with?": a verb of choosing follows.
    DecisionVerb,
    /// "Which of these do you want?": the question ends there, not "Which
    /// film do you want to see?".
    EndsQuestion,
}

#[derive(Debug)]
pub(super) struct RuleSpec {
    pub spec: &'static str,
    pub form: Form,
    pub check: Check,
    /// The cue must open its clause (only filler words before it).
    pub opens_clause: bool,
    /// The rewrite replaces everything from the start of the clause.
    pub takes_clause: bool,
    /// Only in a sentence ending with a question mark.
    pub question_only: bool,
    /// Asks to be told what to do rather than for leave (rung 1, not 4).
    pub tell_me: bool,
}

const fn ask(spec: &'static str, check: Check) -> RuleSpec {
    RuleSpec {
        spec,
        form: Form::Ask,
        check,
        opens_clause: false,
        takes_clause: false,
        question_only: false,
        tell_me: false,
    }
}

const fn ask_clause(spec: &'static str, check: Check) -> RuleSpec {
    RuleSpec {
        takes_clause: true,
        ..ask(spec, check)
    }
}

const fn opener(spec: &'static str) -> RuleSpec {
    RuleSpec {
        opens_clause: true,
        ..ask(spec, Check::Plain)
    }
}

const fn question(spec: &'static str, check: Check) -> RuleSpec {
    RuleSpec {
        question_only: true,
        ..ask(spec, check)
    }
}

const fn wish(spec: &'static str, check: Check) -> RuleSpec {
    RuleSpec {
        form: Form::Wish,
        takes_clause: true,
        ..ask(spec, check)
    }
}

const fn tag(spec: &'static str, check: Check) -> RuleSpec {
    RuleSpec {
        form: Form::Tag,
        ..ask(spec, check)
    }
}

const fn approve(spec: &'static str) -> RuleSpec {
    RuleSpec {
        form: Form::Approve,
        takes_clause: true,
        ..ask(spec, Check::Plain)
    }
}

const fn tell(spec: &'static str, check: Check) -> RuleSpec {
    RuleSpec {
        form: Form::TellMe,
        tell_me: true,
        takes_clause: true,
        ..ask(spec, check)
    }
}

/// Approval in a word: the nouns of "your approval to…".
macro_rules! nod {
    () => {
        "(permission|approval|go-ahead|green light|blessing|authorisation|authorization|clearance|sign-off|ok|okay|thumbs up|nod|say-so|consent)"
    };
}

/// The patterns. Words are lower case with straight apostrophes.
const RULES: &[RuleSpec] = &[
    // Can I…? Could we…? May I…? Might I…?
    ask("(can|could|may|might|can't|couldn't) (i|we)", Check::Modal),
    // Should I…? Shall we…? (questions, or a one-clause message such as
    // "should i just merge it"; "Should I need help, …" is neither)
    question("(should|shall|shouldn't) (i|we)", Check::Modal),
    RuleSpec {
        opens_clause: true,
        ..ask("(should|shall) (i|we)", Check::ModalOneClause)
    },
    // What should I do…? Which ticket should I pick up?
    RuleSpec {
        question_only: true,
        ..tell(
            "(what|which|how|where|when|who|whom) (_)? (_)? (should|shall) (i|we)",
            Check::WhShould,
        )
    },
    // What do you want me to…? How would you like me to…?
    tell(
        "(what|which|how|where|when) (_)? (do|would|did|will) you (want|like|need|prefer|expect) (me|us) to",
        Check::Plain,
    ),
    tell(
        "(what|how) (do|would) you (want|like|need) (this|it|these|that|them|things) (done|handled|dealt with|to go)",
        Check::Plain,
    ),
    // What do I do with…? How do we handle…?
    tell("(what) (do|shall) (i|we) do", Check::Plain),
    tell(
        "how (do|shall) (i|we) (handle|respond|proceed|deal|approach|tackle|play|answer)",
        Check::Plain,
    ),
    // Which do you prefer? What's your call on…?
    tell(
        "(which|what) (one|option|approach|way|version|route|plan)? (do|would) you (prefer|want|suggest|recommend|like)",
        Check::Plain,
    ),
    tell(
        "(what's|what is) (your|the) (call|decision|verdict|preference|instruction|instructions)",
        Check::Plain,
    ),
    tell("(what's|what is) your plan for (me|us)", Check::Plain),
    tell(
        "(what's|what is|what are|whats) (the|my|our)? next (step|steps) (for me|for us|on|with|for)",
        Check::Plain,
    ),
    tell("(what's|what is|whats) next for (me|us)", Check::Plain),
    // Tell me what to do; let me know how to proceed.
    tell(
        "(tell me|let me know|lmk|advise me|show me|confirm) (what|how|which|where) (_)? (to|you want|you'd like|you would like|you need|i should|we should|i'm supposed to|you want me to|you'd like me to)",
        Check::Plain,
    ),
    // …what you want me to do; let me know your decision.
    tell(
        "(what|how) (you want|you'd like|you would like|you need) (me|us) to",
        Check::Plain,
    ),
    tell(
        "(let me know|lmk|tell me|send me|give me) your (decision|call|verdict|preference|instructions|ruling)",
        Check::Plain,
    ),
    tell(
        "(let me know|lmk|tell me) (what|which|how) (option|one|way|version|route|approach)? you (decide|choose|prefer|want|'d like|would like|think is best)",
        Check::Plain,
    ),
    // Where do you want these boxes?
    RuleSpec {
        question_only: true,
        ..tell(
            "(where|how|when) (do|would) you (want|like|need) (these|this|it|them|that|those|the)",
            Check::Plain,
        )
    },
    // Thoughts on how I should handle the refund?
    RuleSpec {
        question_only: true,
        ..tell("(how|what|which|where|whether) (i|we) (should|ought to)", Check::Plain)
    },
    // Do you prefer the blue or the green design?
    RuleSpec {
        question_only: true,
        ..tell("(do|would) you prefer", Check::HasOr)
    },
    // Not sure how you want this done; not sure what to do with…
    tell(
        "not sure (how|what|whether|which|where) (you want|you'd like|you would like|you need)",
        Check::Plain,
    ),
    tell(
        "(not sure|unsure|don't know|do not know) (how|what|which|where) to",
        Check::NotSure,
    ),
    tell(
        "(not sure|unsure|don't know|do not know) (whether|if) (to|i should|we should)",
        Check::Plain,
    ),
    // Please advise. Can you advise?
    tell("advise", Check::Advise),
    // Any instructions for the handover? Awaiting your instructions.
    RuleSpec {
        opens_clause: true,
        question_only: true,
        ..tell(
            "any (instructions|guidance|direction|steer|advice|orders)",
            Check::Plain,
        )
    },
    tell(
        "(waiting for|waiting on|awaiting|await|need|needing) (your|further) (instructions|guidance|direction|steer|decision|call|orders|word)",
        Check::Plain,
    ),
    tell(
        "(i|we|i'll|we'll|i'd|we'd) (need|want|will need|would need) (a|your) (decision|call|steer|ruling)",
        Check::NotFrom,
    ),
    // What would you do? How do you want to handle…?
    RuleSpec {
        question_only: true,
        ..tell(
            "(what|which) would you (do|pick|choose|go with|recommend|suggest|prefer)",
            Check::Plain,
        )
    },
    tell(
        "(how|what) (do|would) you (want|like) to (handle|play|proceed|deal|approach|tackle|respond)",
        Check::Plain,
    ),
    tell(
        "(do|go with|go along with) whatever you (think|decide|prefer|want|say|suggest)",
        Check::Plain,
    ),
    // Standing by for instructions. Can you decide between…? Your call on…?
    tell(
        "(standing by|stood by|ready) (for|awaiting) (your)? (instructions|orders|decision|word|call)",
        Check::Plain,
    ),
    tell(
        "(can|could|would|will) you (please)? (decide|choose|pick|make the call|make a call|make the decision|tell me which)",
        Check::Plain,
    ),
    tell("help me (decide|choose|figure out what|work out what)", Check::Plain),
    // Can you give me a decision on the rota? Give me a steer, please.
    tell(
        "(can|could|would|will) you (please)? (give|send) (me|us) (a|your|some|a quick|a clear)? (decision|call|steer|ruling|direction|instructions|verdict)",
        Check::Plain,
    ),
    RuleSpec {
        opens_clause: true,
        ..tell(
            "(please)? (give|send) (me|us) (a|your|some|a quick|a clear) (decision|steer|ruling|direction|instructions|verdict)",
            Check::Plain,
        )
    },
    // The reader places the writer or the things: "Which shift do you want
    // me on?", "What time do you want us on site?", "Which of these two do
    // you want?" (a choice, the question ends there).
    RuleSpec {
        question_only: true,
        ..tell(
            "(which|what|where|when) (_)? (_)? (_)? (_)? (do|would) you (want|need) (me|us)",
            Check::Plain,
        )
    },
    RuleSpec {
        question_only: true,
        ..tell(
            "(which|where) (_)? (_)? (_)? (_)? (do|would) you (want|need) (the|these|this|it|them|those)",
            Check::Plain,
        )
    },
    RuleSpec {
        question_only: true,
        opens_clause: true,
        ..tell(
            "which (_)? (_)? (_)? (_)? (do|would) you (want|prefer)",
            Check::EndsQuestion,
        )
    },
    // What should the notice say? Where should the spare stock go? (the
    // writer's own output or stock, worded or placed by the reader)
    RuleSpec {
        question_only: true,
        opens_clause: true,
        ..tell(
            "(what|how|where) (should|shall) (the|our|my|this|that|these|those) (_)? (_)? (_)? (_)? (say|read|go|be worded|be phrased)",
            Check::Plain,
        )
    },
    // Should I be billing the client for it?
    RuleSpec {
        question_only: true,
        opens_clause: true,
        ..tell("(should|shall) (i|we) be", Check::Ing)
    },
    // How do we want to handle the expenses?
    tell(
        "(how|what) (do|shall) we want to (handle|play|proceed|deal|approach|tackle|respond|do)",
        Check::Plain,
    ),
    RuleSpec {
        question_only: true,
        opens_clause: true,
        ..tell(
            "(your|the) (decision|call|verdict|preference) (on|about|regarding|for)",
            Check::Plain,
        )
    },
    // Your call. Up to you.
    tell(
        "(your call|your decision|your choice|up to you|you decide|you choose|you tell me|over to you|whatever you prefer|whatever you decide|whatever you think is best|leave it to you|leave it with you|leave that to you|leave that with you|leave the decision to you|leave the decision with you|leave the call to you|leave it up to you|leave that up to you|happy to go either way|either way is fine|happy either way)",
        Check::EndsClause,
    ),
    // Do I wait for maintenance or restart the press?
    RuleSpec {
        tell_me: true,
        question_only: true,
        ..ask("(do|does) (i|we)", Check::Either)
    },
    // The line between asking to be told what to do and asking for
    // information: a question is rung 1 when it asks the reader to choose
    // or to decide how the writer acts on a situation. Cues: "should"
    // (what should I…), "want me to", decision words (priority, call,
    // direction, instructions), verbs that take a situation as object
    // (handle, deal with, respond, approach, tackle, proceed, play, go
    // with, prioritise), and a choice laid out ("A or B?"). "How do I" with
    // a verb of procedure and a technical object ("How do I reset the VPN
    // token?", "How do I export the report?") asks for a fact and is not
    // flagged; "What time should I arrive?" asks for a fact about
    // attendance and is not flagged either.
    //
    // Who should take the Monday shift? (the reader assigns the work)
    RuleSpec {
        question_only: true,
        opens_clause: true,
        ..tell("(who|whom) (should|shall)", Check::WhoActs)
    },
    // Which supplier do we go with? Who do we hire?
    RuleSpec {
        question_only: true,
        ..tell(
            "(what|which|who|whom) (_)? (_)? (do|shall) (i|we)",
            Check::DecisionVerb,
        )
    },
    // What do you reckon I should do? What would you suggest we do?
    tell(
        "(what|how|which|where|who) (do|would|did) you (reckon|think|suggest|recommend|advise) (that)? (i|we) (should|ought to|do|go|pick|choose|handle|say)",
        Check::Plain,
    ),
    // What am I supposed to do with…? What's expected of me?
    tell(
        "(what|how|where|which|when|who) (am i|are we|is it that i am|was i|were we) (supposed|meant|expected|required) to",
        Check::Plain,
    ),
    RuleSpec {
        question_only: true,
        ..tell("(what's|what is|what are|what's being) expected (of|from) (me|us)", Check::Plain)
    },
    // What's the priority? What are my orders? What's the plan for the rota?
    RuleSpec {
        question_only: true,
        opens_clause: true,
        ..tell(
            "(what's|what is|what are|what're|whats) (the|my|our|your) (priority|priorities|plan|plans|orders|instructions|direction|steer|guidance|approach|game plan|strategy|expectation|expectations)",
            Check::NotPlanOfYours,
        )
    },
    // What's the best way for me to handle the escalation?
    tell(
        "(what's|what is|whats) (the)? (best|right|proper|correct|smartest|safest|wisest) (way|approach|move|thing) (for me|for us) to",
        Check::Plain,
    ),
    tell(
        "(what's|what is|whats) (the)? (best|right|proper|correct|smartest|safest|wisest) (way|approach|move) to (handle|deal|respond|approach|tackle|proceed|play|manage|answer|reply)",
        Check::Plain,
    ),
    // How would you handle the missing stock? How would you approach it?
    RuleSpec {
        question_only: true,
        ..tell(
            "(how|what) would you (handle|approach|tackle|deal|play|respond|proceed|manage|do)",
            Check::Plain,
        )
    },
    // What did you decide about the party? Have you decided which vendor…?
    RuleSpec {
        question_only: true,
        ..tell(
            "(what|which|how|where|when|who) (did|have|has) you (decide|decided|choose|chose|chosen|settle|settled|pick|picked)",
            Check::Plain,
        )
    },
    RuleSpec {
        question_only: true,
        opens_clause: true,
        ..tell(
            "(have|did|has) you (decided|decide|chosen|choose|made a call|made the call|made a decision|settled) (on|which|what|whether|how|about|if|who|where|when)?",
            Check::Plain,
        )
    },
    RuleSpec {
        question_only: true,
        opens_clause: true,
        ..tell(
            "(any|is there a|is there any) (decision|call|verdict|ruling) (yet)?",
            Check::Plain,
        )
    },
    // Who do you want on the panel? Is there a way you want it presented?
    RuleSpec {
        question_only: true,
        ..tell(
            "(who|whom) (do|would) you (want|like|need|prefer|suggest|recommend)",
            Check::Plain,
        )
    },
    tell(
        "(particular|specific|certain|preferred)? (way|order|format|layout|style) (that)? (you want|you'd like|you would like|you prefer|you need)",
        Check::Plain,
    ),
    // Do you want the blue version or the grey one?
    RuleSpec {
        question_only: true,
        ..tell("(do|would|did) you (want|like|need)", Check::ChoiceNotSocial)
    },
    // Should the new hire start on the desk or in the warehouse?
    RuleSpec {
        question_only: true,
        opens_clause: true,
        ..tell(
            "(should|shall) (the|our|my|this|that|these|those|they|he|she|it|everyone|someone)",
            Check::HasOr,
        )
    },
    // Option A or option B? Renew or cancel? Who handles it, me or accounts?
    RuleSpec {
        question_only: true,
        opens_clause: true,
        ..tell("_ (_)? (_)? or", Check::Choice)
    },
    // Are we going ahead with the move? Do we move forward on the dispute?
    RuleSpec {
        question_only: true,
        ..tell(
            "(are|am|is) (we|i) (still)? (going ahead|proceeding|pushing ahead|moving ahead|moving forward|going forward|continuing)",
            Check::Plain,
        )
    },
    tell(
        "(how|where|what) (do|shall|should|can) (i|we) (move forward|go forward|go from here|go from there|go about|take it from here|take this forward)",
        Check::Plain,
    ),
    // What now? What next? Now what?
    tell("(what|what's|what is|whats) (now|next)", Check::TagOrAlone),
    tell("now what", Check::TagOrAlone),
    // Your call on the venue. Up to you whether we renew.
    RuleSpec {
        opens_clause: true,
        ..tell(
            "(your call|your decision|your choice|up to you|entirely up to you|totally up to you|you decide|you choose|you pick)",
            Check::OnTopic,
        )
    },
    // Waiting for you to decide; I need you to tell me which.
    tell(
        "(waiting for|waiting on|wait for|need|needs|needing|want|would like|awaiting) (you|u) to (decide|choose|pick|make the call|make a call|make a decision|tell me|tell us|say which|advise|instruct|direct me|give me direction)",
        Check::Plain,
    ),
    // I'll wait for your instructions; I'll wait to hear from you.
    tell(
        "(wait for|wait on|hold for|holding for|waiting to hear from|wait to hear from|hold off until i hear from|wait until i hear from|wait till i hear from|hold off until we hear from) (you|your|further) (instructions|guidance|direction|steer|decision|call|orders|word|say-so|lead)?",
        Check::NotAboutOthers,
    ),
    // Need a decision on the font. Decision needed: renew or cancel?
    tell(
        "(need|needing|needed|awaiting|await|pending|waiting for|waiting on|require|requiring) (a|the|some|your|further|clear|a clear|a quick|your quick)? (decision|direction|steer|instructions|guidance|ruling|call|instruction)",
        Check::NotFrom,
    ),
    RuleSpec {
        opens_clause: true,
        ..tell(
            "(decision|direction|steer|guidance|instructions|call|ruling) (needed|required|wanted|please)",
            Check::Plain,
        )
    },
    // Guidance? Advice on the new pricing, please? Instructions for Monday?
    RuleSpec {
        opens_clause: true,
        question_only: true,
        ..tell(
            "(some|your|a|any more|more)? (guidance|direction|steer|advice|instructions|orders) (please|pls)?",
            Check::TagOrAloneOrOn,
        )
    },
    // Pls instruct on the transfer. Point me in the right direction.
    tell("instruct", Check::Advise),
    tell(
        "(point|steer|put) (me|us) (in|on) the right (direction|track|path)",
        Check::Plain,
    ),
    // Happy to take direction on this.
    tell(
        "(happy|glad|ready|keen|willing|content) to (take|follow|go with) (your)? (direction|instructions|orders|lead|steer|guidance|call|decision)",
        Check::Plain,
    ),
    // Whatever you want me to do, just say.
    tell(
        "(whatever|whichever|however) (you want|you'd like|you would like|you need|you decide|you say|you prefer|you think)",
        Check::Plain,
    ),
    // Is it OK if I…? Would it be alright to…? Is it a problem if we…?
    ask(
        "(is it|is that|would it be|would that be|will it be|would it not be|is it still|would it still be|is this|would this be|was it|wouldn't it be|isn't it|won't it be) (ok|okay|alright|all right|fine|acceptable|cool|a problem|an issue|a good idea|better|wise|sensible|allowed|easier|best) (with you|by you|for you)? (if i|if i'm|if i am|if we|if we're|for me to|for us to|to)",
        Check::Plain,
    ),
    RuleSpec {
        question_only: true,
        ..ask(
            "(is it|would it be|will it be) (ok|okay|alright|all right|fine|acceptable) (with you|by you)? (for|if)",
            Check::ThirdParty,
        )
    },
    ask(
        "(is it|would it be|would it not be|will it be) possible (for me to|for us to|if i|if we|that i|that we)",
        Check::Plain,
    ),
    question(
        "(is it|would it be|is it even) worth (me|us|my|our)?",
        Check::Ing,
    ),
    question(
        "(does|would|will) it make sense (for me to|for us to|to|if i|if we)",
        Check::Plain,
    ),
    // OK if I…? Alright to…? Good to go?
    RuleSpec {
        check: Check::OkTo,
        ..opener("(ok|okay|alright|all right|fine|cool) (with you|by you)? (if i|if i'm|if i am|if we|for me to|for us to|to)")
    },
    RuleSpec {
        question_only: true,
        ..opener("(good|safe|clear|free) (for me|for us)? to")
    },
    RuleSpec {
        question_only: true,
        ..opener("(green light|go-ahead|thumbs up|approval|the ok|an ok|sign-off) (to|for|on)")
    },
    // Are you OK if I…? Would you be happy for me to…? Are you OK with me…?
    ask(
        "(are you|would you be|will you be|r you|you|you're|you are|you'd be|you would be) (ok|okay|alright|all right|fine|happy|comfortable|good|cool) (if i|if i'm|if i am|if we|for me to|for us to|with me|with us|with my|with our|if my|if our)",
        Check::Plain,
    ),
    question(
        "(are you|would you be|will you be|r you|you) (ok|okay|alright|all right|fine|cool|good) with",
        Check::Plain,
    ),
    // Do you mind if I…? Would you object if we…? Mind if I…?
    ask(
        "(do|would|will|does|would anyone|does anyone|would anybody|does anybody) (you)? (mind|object) (terribly|much|at all)? (if|to) (i|i'm|i am|we|me|us|my|our)",
        Check::Plain,
    ),
    ask(
        "(do|would|will) you (mind|object) (me|us|my|our)",
        Check::Plain,
    ),
    opener("(mind|anyone mind|anybody mind) if (i|i'm|i am|we)"),
    // Any objections to me merging this?
    RuleSpec {
        opens_clause: true,
        ..ask(
            "any (objections|objection|concerns|concern|issues|issue|problem|problems|reason not|pushback) (to|with|if|about) (me|us|my|our|i|we)",
            Check::Plain,
        )
    },
    RuleSpec {
        opens_clause: true,
        ..tag("any (objections|objection)", Check::TagOrAlone)
    },
    // Am I allowed to…? Are we good to…?
    ask(
        "(am i|are we|am i still|are we still|r we) (allowed|permitted|authorised|authorized|cleared|ok|okay|alright|good|free|fine|safe|able|supposed|right|meant|expected|clear|set) to",
        Check::Plain,
    ),
    ask(
        "(would|will) (i|we) be (allowed|permitted|able|free|ok|okay) to",
        Check::Plain,
    ),
    ask_clause(
        "(checking|check) (that|if|whether)? (i'm|i am|we're|we are|it's|it is) (allowed|ok|okay|fine|cleared|permitted|alright|good) (for me|for us)? to",
        Check::Plain,
    ),
    // Do I have your permission to…?
    ask(
        concat!(
            "(do|have) (i|we) (have|got) (your|the)? ",
            nod!(),
            " (to)?"
        ),
        Check::Plain,
    ),
    // Do you want me to…? Would you like us to…? Want me to…?
    ask(
        "(do|would|will|did) you (want|like|need|prefer|expect) (me|us) to",
        Check::Plain,
    ),
    ask("(do|would) you (prefer|rather) (that)? (i|we)", Check::Plain),
    RuleSpec {
        question_only: true,
        ..opener("(want|need) (me|us) to")
    },
    // Do you think I should…? How would you feel about me…?
    ask(
        "(do|would) you (think|reckon) (that)? (i|we) (should|could|ought|need|can|might|may)",
        Check::Plain,
    ),
    ask(
        "(do|would) you (think|reckon) (that)? (it's|it is|it would be|it'd be) (ok|okay|alright|fine|a good idea|better|wise|worth) (if i|if we|for me to|for us to|to)",
        Check::Plain,
    ),
    ask(
        "(how|what) (would|do) you (feel|think|say) (about|to) (me|us|my|our)",
        Check::Plain,
    ),
    question("how about (i|we)", Check::Plain),
    // I was wondering if I could…; let me know if I can…
    ask_clause(
        "(wondering|ask|asking|check|checking|see|know|confirm|find out|enquire|inquire) (you|with you)? (if|whether) (i|we) (could|can|might|may|should|shall)",
        Check::Wondering,
    ),
    ask_clause("wonder (if|whether) (i|we) (could|might|can|may)", Check::Modal),
    // Please confirm I can…; can you confirm we may…
    ask_clause(
        "confirm (that)? (i|we) (can|could|may|should|am allowed to|are allowed to|am ok to|are ok to)",
        Check::Request,
    ),
    ask_clause(
        "confirm (that)? (i'm|we're|i am|we are) (ok|okay|allowed|cleared|good|fine|free) to",
        Check::Request,
    ),
    ask_clause(
        "confirm (that)? (it's|it is|that's|that is) (ok|okay|alright|fine|allowed) (for me to|for us to|to|if i|if we)",
        Check::Request,
    ),
    // Let me know if it's OK to…; I was wondering whether it would be OK if I…
    ask_clause(
        "(if|whether) (it's|it is|it'd be|it would be|it was|that's|that is|that would be|it'll be|it will be)? (ok|okay|alright|all right|fine|acceptable|possible|cool) (with you|by you)? (for me to|for us to|if i|if we|to)",
        Check::Plain,
    ),
    // Let me know if you want me to…
    ask_clause(
        "(if|whether) (you want|you'd like|you would like|you need|you'd prefer) (me|us) to",
        Check::Plain,
    ),
    // Is there any chance I could…?
    ask(
        "(is there any|is there a|is there|any) (chance|way) (that)? (i|we) (could|can|might|may)",
        Check::Plain,
    ),
    // I was hoping I could…
    ask_clause(
        "hoping (that)? (i|we) (could|can|might|may)",
        Check::Modal,
    ),
    // Could you allow me to…? Can you let me…?
    ask(
        "(can|could|would|will) you (please|kindly)? (allow|permit|authorise|authorize) (me|us) to",
        Check::Plain,
    ),
    ask(
        "(can|could|would|will) you (please|kindly)? (be willing to|be prepared to|be happy to|be able to)? let (me|us)",
        Check::LetMe,
    ),
    // Do you approve the new shift pattern? Do you agree we should…?
    RuleSpec {
        question_only: true,
        ..approve("(do|would|will) you (approve|sign off on|sign off|okay|ok|agree to)")
    },
    ask(
        "(do|would) you agree (that)? (i|we) (should|can|could|ought|need)",
        Check::Plain,
    ),
    // Would it help if I…? Do I go ahead with…? Any reason I shouldn't…?
    question(
        "(would|will|does|is) it (help|be helpful|be useful|make sense|be easier|be better|work|hurt|matter) if (i|we)",
        Check::Plain,
    ),
    question(
        "(do|shall) (i|we) (go ahead|proceed|continue|carry on|push ahead)",
        Check::Plain,
    ),
    ask(
        "(any|is there any|is there a|is there) reason (that|why)? (i|we) (shouldn't|can't|couldn't|mustn't|cannot)",
        Check::Plain,
    ),
    ask(
        "(would|could|will) you (consider|think about) (letting|allowing) (me|us)",
        Check::Plain,
    ),
    // Please approve my PR. Could you sign off on the plan?
    approve(
        "(can|could|would|will) you (please|kindly)? (be willing to|be able to|be happy to)? (approve|sign off on|sign off|sign-off on|authorise|authorize|greenlight|green-light|rubber-stamp|ok|okay)",
    ),
    RuleSpec {
        opens_clause: true,
        ..approve("(please|kindly)? (approve|sign off on|sign off|sign-off on|authorise|authorize|greenlight|green-light|rubber-stamp)")
    },
    // I request permission to…; requesting approval for…
    ask_clause(
        concat!(
            "(request|requesting|ask for|asking for|ask|asking|seek|seeking|obtain) (your|the|some|formal|prior)? ",
            nod!(),
            " (to)?"
        ),
        Check::FirstPerson,
    ),
    // I need your approval to…; waiting for your go-ahead on…
    ask(
        concat!(
            "(i|we|i'll|we'll|i'd|we'd) (need|want|will need|would need|require|will require) (to get|to have)? (your|the|some|a)? ",
            nod!(),
            " (to)?"
        ),
        Check::NotFrom,
    ),
    ask_clause(
        concat!(
            "(need|needs|needing|want|wanting|waiting for|waiting on|wait for|wait on|awaiting|await|pending|until i get|until i have|until i hear|once i get|once i have|once i hear|hold off for|hold off until i get) your ",
            nod!(),
            " (to)?"
        ),
        Check::Plain,
    ),
    ask_clause(
        "until (you|u) (say|confirm|approve|sign|ok|okay|give|decide)",
        Check::Plain,
    ),
    // Please grant me permission to…
    ask_clause(
        concat!(
            "(grant|give) (me|us) (your|the|a)? ",
            nod!(),
            " (to)?"
        ),
        Check::Plain,
    ),
    // Permission to speak freely? Request to leave early.
    opener("(your)? permission to"),
    RuleSpec {
        check: Check::OkTo,
        ..opener("(request|requesting) to")
    },
    // Yes or no on the new logo? Go ahead with the refund?
    RuleSpec {
        question_only: true,
        ..opener("(yes or no|go or no go|go or no-go|thumbs up or down) (on|for|to)?")
    },
    RuleSpec {
        question_only: true,
        ..opener("(go ahead|proceed|push ahead|move ahead) (with|on)?")
    },
    // I'd like permission to…
    ask(
        concat!(
            "(i would|i'd|i should|we would|we'd) (really)? (like|appreciate) (your|the|some)? ",
            nod!(),
            " (to)?"
        ),
        Check::Plain,
    ),
    // I would like to…; I'd love to…; I want to… (the ladder's fourth rung)
    wish(
        "(i would|i'd|i should|we would|we'd) (really|very much|so|also|just|still|actually|quite|definitely|ideally)? (like|love|prefer) to",
        Check::Wish,
    ),
    wish(
        "(i|i really|i also|i just|i still|i actually) want to",
        Check::Wish,
    ),
    wish("(i'm|i am|i was|i've been)? hoping to", Check::Wish),
    wish("(i|i really|i just)? wanna", Check::Wish),
    ask_clause(
        "(appreciate it|be great|be good|be helpful|be ideal|be nice|be brilliant|help|be easier) if (i|we) (could|can|might|may)",
        Check::Modal,
    ),
    wish(
        "(i'm|i am|i was|we're|we are|we were|i've been|we've been)? (thinking|thought) (of|about)",
        Check::Ing,
    ),
    wish(
        "(i'm|i am|i was|we're|we are|we were)? (considering|contemplating)",
        Check::Ing,
    ),
    wish(
        "(i was|i'm|i am|we were|we're)? thinking (that)? (i|we) (could|should|might)",
        Check::Modal,
    ),
    // Let me know if I'm OK to…; please confirm whether we're allowed to…
    ask_clause(
        "(know|confirm|check|see|ask|wondering|wondered) (if|whether) (i'm|we're|i am|we are) (ok|okay|allowed|good|cleared|fine|free|able|alright) to",
        Check::Wondering,
    ),
    ask_clause("wondered (if|whether) (i|we) (could|might|can|may)", Check::Modal),
    // I'd like us to…; we want to…; I'm keen to…
    wish(
        "(i would|i'd|we would|we'd) (really|also|just)? (like|love|prefer) (us|my team|our team|the team) to",
        Check::Wish,
    ),
    wish("(we|we really|we also|we just) want to", Check::Wish),
    wish(
        "(i'm|i am|i'd be|i would be|we're|we'd be) (really|very)? (keen|eager|looking) to",
        Check::Wish,
    ),
    // Happy for me to…? Worth me trying…?
    RuleSpec {
        question_only: true,
        ..opener("(happy|comfortable) (for me|for us) to")
    },
    RuleSpec {
        question_only: true,
        ..ask("worth (me|us|my|our)?", Check::Ing)
    },
    // Is the new rota OK with you? Let me know if the plan is OK.
    RuleSpec {
        question_only: true,
        opens_clause: true,
        ..tag(
            "(is|are|would) (_)? (_)? (_)? (_)? (ok|okay|alright|all right|fine|acceptable|cool) (with you|by you|for you)",
            Check::Plain,
        )
    },
    tag(
        "(let me know|lmk|confirm|tell me) (if|whether) (_)? (_)? (_)? (_)? (is|are|looks|sounds|seems) (ok|okay|alright|fine|good|acceptable)",
        Check::Plain,
    ),
    // Okay for the team to leave early?
    RuleSpec {
        question_only: true,
        opens_clause: true,
        ..ask(
            "(ok|okay|alright|all right|fine|cool) (with you|by you)? (for|if)",
            Check::ThirdParty,
        )
    },
    // Do I need to…? Do we have to…? (asks to be told)
    RuleSpec {
        question_only: true,
        tell_me: true,
        ..ask("(do|does) (i|we) (still)? (need|have) to", Check::Plain)
    },
    // Where do I start? What do you need from me? Anything you want me to do?
    RuleSpec {
        question_only: true,
        ..tell("(where|how) (do|should|shall) (i|we) (start|begin)", Check::Plain)
    },
    RuleSpec {
        question_only: true,
        ..tell(
            "(what|anything|anything else|is there anything) (do|else)? (you)? (need|want|would like|'d like) (from me|from us|me to|us to)",
            Check::Plain,
        )
    },
    tell(
        "(need|needing|want|would like|could use|would appreciate|looking for) (some|a bit of|a little|more|your|further)? (guidance|direction|steer|instructions)",
        Check::Plain,
    ),
    RuleSpec {
        question_only: true,
        ..tell(
            "(how|what) to (handle|do|proceed|respond|approach|tackle|play|deal|say)",
            Check::Plain,
        )
    },
    // Looking for your approval on…; requesting a day off…
    ask_clause(
        concat!(
            "(looking for|hoping for|asking for|seeking) (your|the|a) ",
            nod!(),
            " (to)?"
        ),
        Check::Plain,
    ),
    RuleSpec {
        opens_clause: true,
        ..ask(
            "(request|requesting) (for)? (a|an|the|some)? (day|days|leave|time|afternoon|morning|week|approval|permission|sign-off|extension|budget|transfer|change|swap)",
            Check::Plain,
        )
    },
    // If you could approve…, that would be great; can you sign this off?
    approve("if you (could|can|would) (please|kindly)? (approve|sign off on|sign off|authorise|authorize|ok|okay|greenlight|green-light)"),
    approve("(can|could|would|will) you (please|kindly)? sign (this|it|that|them) off"),
    ask_clause(
        concat!("(grant|give) (your|the|a) ", nod!(), " (to|for|on)?"),
        Check::Request,
    ),
    // I hope it's OK to…; I assume it's fine if I…
    ask_clause(
        "(hope|hoping|assume|assuming|trust|presume|guess) (that)? (it's|it is|that's|it'll be|it will be|it would be|it'd be) (ok|okay|alright|all right|fine|acceptable|cool) (with you|by you)? (if i|if i'm|if we|for me to|for us to|to)",
        Check::Plain,
    ),
    RuleSpec {
        opens_clause: true,
        ..tag(
            "(i)? (hope|hoping) (that's|this is|it's|that is|this's) (ok|okay|alright|all right|fine|acceptable|cool) (with you|by you)?",
            Check::TagAlone,
        )
    },
    // Would you have any objection to…? Is there a problem with me…?
    ask(
        "(would|do|does|will) (you|anyone|anybody) have (a|any|an) (problem|problems|issue|issues|objection|objections) (with|if|to) (me|us|my|our|i|we)",
        Check::Plain,
    ),
    ask(
        "(is there|would there be|will there be) (a|any|an) (problem|problems|issue|issues|objection|objections) (with|if|to) (me|us|my|our|i|we)",
        Check::Plain,
    ),
    // What if we…? Why don't I…? How about moving…? Good idea to…?
    question("what if (i|we)", Check::Modal),
    question("why (don't|do not|shouldn't) (i|we)", Check::Modal),
    question("(how|what) about (me|us|my|our)?", Check::Ing),
    RuleSpec {
        question_only: true,
        ..opener("(good idea|a good idea|ok idea|wise|smart|worth it) (for me|for us)? (to|if i|if we)")
    },
    // Is working from home allowed on Fridays?
    RuleSpec {
        question_only: true,
        opens_clause: true,
        ..tag(
            "(is|are) (_)? (_)? (_)? (_)? (allowed|permitted)",
            Check::Plain,
        )
    },
    // I'd rather work from home; I'm wanting to…; do I get to…?
    wish("(i'd|i would) (much)? rather", Check::Wish),
    wish("(i'm|i am|i was|i've been) wanting to", Check::Wish),
    question("(do|would|can|could) (i|we) get to", Check::Plain),
    // Just say the word.
    tell("(say the word|give me the word|give the word)", Check::Plain),
    // I'd like Friday off.
    wish(
        "(i'd|i would|we'd|we would) (really|also|ideally|quite)? like",
        Check::LikeOff,
    ),
    // Would it be possible to take my holiday in June?
    question(
        "(is it|would it be|will it be) possible to",
        Check::PossibleTo,
    ),
    // Tags: …, if that's OK; …, is that alright?; …if you don't mind.
    tag(
        "if (that's|that is|it's|it is|this is|that'd be|that would be) (ok|okay|alright|all right|fine|acceptable|cool) (with you|by you|for you)?",
        Check::TagAlone,
    ),
    tag(
        "if (that|this|it) (works|suits you|is convenient) (for you|with you|by you)?",
        Check::TagAlone,
    ),
    tag(
        "(is that|is this|would that be|is it|will that be|that|this) (ok|okay|alright|all right|fine|acceptable|cool) (with you|by you|for you)?",
        Check::TagAtEnd,
    ),
    tag(
        "(does|would|will|can) (that|this|it) (work|be ok|be okay|be alright|be fine|suit you|fly) (for you|with you|by you)?",
        Check::TagOrAlone,
    ),
    tag(
        "(is that|is this) (ok|okay|alright|all right|fine|acceptable|cool) (with you|by you|for you)",
        Check::TagOrAlone,
    ),
    tag(
        "(thoughts|any thoughts|your thoughts|what do you think|what do you reckon|how does that sound|how's that sound|make sense|yeah|yes)",
        Check::TagAfterPlan,
    ),
    tag(
        "(ok|okay|alright|all right|sound good|sounds good|sound ok|sounds ok|agreed|good with you|fine with you|ok with you|okay with you|cool with you|yes or no|objections|any objections)",
        Check::TagOrAlone,
    ),
    tag(
        "(would that be|would this be) (ok|okay|alright|all right|fine|acceptable|cool)",
        Check::TagOrAlone,
    ),
    // I could take the late shift? Let me handle the client?
    RuleSpec {
        question_only: true,
        opens_clause: true,
        ..ask("(i|we) (could|can|should|might|may)", Check::StatementQuestion)
    },
    RuleSpec {
        question_only: true,
        opens_clause: true,
        ..ask("let (me|us)", Check::LetMe)
    },
    RuleSpec {
        question_only: true,
        opens_clause: true,
        ..ask("(reckon|think) (that)? (i|we) (should|could|ought|can)", Check::Plain)
    },
    RuleSpec {
        opens_clause: true,
        ..tag(
            "(ok|okay|alright|sound good|sounds good|sound ok|sounds ok|agreed|good with you|fine with you|ok with you|okay with you|yes or no|does that work|would that work|will that work|that work for you|work for you)",
            Check::TagOrAlone,
        )
    },
    tag("if you (don't|do not) mind", Check::Plain),
    tag(
        "if (you're|you are|you'd be|you would be) (ok|okay|fine|happy|alright|all right|good|cool) with (that|it|this)",
        Check::TagAlone,
    ),
    tag(
        "if you (agree|approve|have no objection|have no objections|don't object|give the nod)",
        Check::Plain,
    ),
    tag(
        "(with|by) your (kind)? (permission|leave|approval|blessing)",
        Check::Plain,
    ),
];

/// Extensions tried after an asking phrase, so that "Can I please get your
/// approval to…" is one phrase. The flag says the chain ends in a noun.
const CHAINS: &[(&str, bool)] = &[
    (
        "(please|just|maybe|possibly|perhaps|also|quickly|kindly|now|still|actually|go ahead and)",
        false,
    ),
    (
        concat!(
            "(get|have|request|ask for|ask|seek|obtain|receive) (your|the|some|formal|prior|a|budget|final|official|written)? ",
            nod!(),
            " (to)?"
        ),
        true,
    ),
    (
        concat!(
            "(trouble you for|bother you for) (a|your|the)? (quick)? ",
            nod!()
        ),
        true,
    ),
    (
        "(get|have) (a|your)? (quick)? (yes|yay or nay|yes or no) (to|for|on)?",
        true,
    ),
    (
        "(ask|check|see|confirm) (you|with you)? (if|whether) (i|we) (could|can|might|may)",
        false,
    ),
    (
        "(ask|check|see|confirm) (you|with you)? (if|whether) (it's|it is|it'd be|it would be) (ok|okay|alright|all right|fine|acceptable|possible) (with you)? (for me to|for us to|if i|if we|to)",
        false,
    ),
    (
        "(assume|take it) (that)? (it's|it is|that's|that is|we're|i'm) (fine|ok|okay|alright|good) (for me|for us)? (to|if i|if we)",
        false,
    ),
];

pub(super) struct Rule {
    pub spec: &'static RuleSpec,
    items: Vec<Item>,
    /// The words a match can start with; `None` when any word can.
    first: Option<Vec<&'static str>>,
}

struct Chain {
    items: Vec<Item>,
    /// Ends in a noun ("…your approval"): only kept when "to", a
    /// preposition or the end follows.
    noun: bool,
}

fn rules() -> &'static [Rule] {
    static COMPILED: OnceLock<Vec<Rule>> = OnceLock::new();
    COMPILED.get_or_init(|| {
        RULES
            .iter()
            .map(|spec| {
                let items = parse(spec.spec);
                let first = first_words(&items);
                Rule { spec, items, first }
            })
            .collect()
    })
}

fn chains() -> &'static [Chain] {
    static COMPILED: OnceLock<Vec<Chain>> = OnceLock::new();
    COMPILED.get_or_init(|| {
        CHAINS
            .iter()
            .map(|&(spec, noun)| Chain {
                items: parse(spec),
                noun,
            })
            .collect()
    })
}

// ---------------------------------------------------------------------------
// Word lists

pub(super) const WH: &str = "how what where when why who whom whose which whatever wherever whenever whoever what's where's who's how's when's";

/// Words before an inverted modal that make a statement ("Never could I…",
/// "…and so can I").
const INVERSION: &str = "never only nor neither rarely seldom hardly little then than as too";

/// Subjects: "you can I guess" is no question.
const SUBJECTS: &str = "i you he she we they it one that this there";

/// Words before "can" when it is a tin, not a modal.
const CAN_NOUN: &str = "the a an this that my your his her our their trash garbage tin watering oil paint soda beer spray jerry recycling";

/// Words before "May" when it is the month.
const MONTH_PREV: &str = "in of since until till by from during last next early late mid this that every each through before after on end start beginning";

/// Words that cannot follow "Can I" in a request to do something.
pub(super) const NOT_A_VERB: &str = "would could should will can may might must shall am is are was were i you he she we they it me us and or but too also either not the a an if so that this all";

/// Courtesies and offers after "Can I" / "May I": "May I remind you",
/// "Can I help?".
const MODAL_SKIP: &str =
    "remind introduce say congratulate thank welcome express mention wish help assist";

/// After "can we": being able to, not asking leave ("Can we afford it?").
const ABILITY: &str = "afford expect handle cope manage trust rely count fit reproduce see hear find tell know guarantee promise predict measure achieve hit meet make beat win survive avoid prevent recover scale improve agree all both really even ever still";

/// After "can I": asking to be shown or told, not to act ("Can I see the
/// contract?").
const SHOW_ME: &str = "see hear watch ask check trouble bother";

/// "Can we talk later?" asks for the other person's time.
const TALK: &str = "talk chat speak catch sync touch connect meet hop discuss call ring phone";

/// "Shall we grab lunch?" is an invitation.
const SOCIAL: &str =
    "lunch coffee coffees drink drinks dinner breakfast bite beer beers tea pizza water glass cup";

/// "Can I get a copy?" asks for a thing or a word from the other person.
const REQUEST_OBJECTS: &str = "copy copies figures numbers file files slides deck report link update details look thoughts input feedback help hand minute moment sec second word opinion advice review eyes answer number email address password status quick summary receipt invoice confirmation estimate quote idea sense view take response reply coffee tea";

/// "Can I get you a coffee?" offers; it does not ask.
const OFFER_VERBS: &str = "get bring make fetch grab buy pour send offer give show";
const OFFER_OBJECTS: &str = "you anyone anybody everyone everybody someone somebody y'all";

/// Past participles: "Could I have been clearer?" reflects; it does not ask.
const PARTICIPLES: &str = "been done gone known seen told said had made taken got gotten given written thought brought sent missed left forgotten caught found spotted";

/// Words before "I would like to" that make it a description, not a wish
/// ("What I would like to see is…", "If I want to…").
const WISH_PREV: &str = "what all which that where how why when who everything anything something thing things whatever if unless whenever because do did as since you they he she we're they're you're was were is are been";

/// After "I would like to": courtesies, wishes to know and reports, not
/// requests.
const WISH_SKIP: &str = "thank thanks welcome congratulate introduce acknowledge apologise apologize remind recognise recognize express wish invite extend say know hear learn understand echo emphasise emphasize highlight mention note point think believe hope see commend celebrate flag let inform clarify follow touch circle check confirm stress give tell raise ask avoid keep hug";

/// After "I'd like to make…": "make sure" only informs.
const WISH_SKIP_PAIRS: &[(&str, &str)] = &[
    ("start", "by"),
    ("start", "with"),
    ("start", "off"),
    ("begin", "by"),
    ("begin", "with"),
    ("open", "by"),
    ("open", "with"),
    ("close", "by"),
    ("close", "with"),
    ("end", "by"),
    ("end", "with"),
    ("end", "on"),
    ("offer", "my"),
    ("offer", "our"),
    ("offer", "congratulations"),
    ("offer", "thanks"),
    ("offer", "condolences"),
    ("offer", "apologies"),
    ("offer", "you"),
    ("share", "some"),
    ("share", "my"),
    ("share", "a"),
    ("share", "an"),
    ("share", "that"),
    ("share", "news"),
    ("share", "good"),
    ("share", "great"),
    ("share", "exciting"),
    ("share", "thoughts"),
    ("share", "with"),
    ("add", "that"),
    ("add", "to"),
    ("add", "one"),
    ("add", "something"),
    ("add", "my"),
    ("add", "a"),
    ("make", "sure"),
    ("be", "clear"),
    ("be", "honest"),
    ("be", "transparent"),
    ("be", "upfront"),
    ("be", "able"),
    ("update", "you"),
    ("update", "everyone"),
    ("update", "the"),
    ("get", "your"),
    ("get", "feedback"),
    ("get", "some"),
    ("get", "input"),
    ("get", "back"),
    ("go", "over"),
    ("run", "something"),
    ("run", "this"),
    ("run", "it"),
    ("walk", "you"),
    ("discuss", "this"),
];

/// Words before "request permission" when the writer is the one asking.
const FIRST_PERSON_PREV: &str = "i we to am i'm we're are formally hereby kindly please humbly respectfully would i'd we'd also now just hence want";

/// Words before "confirm" or "advise" when they ask it of the reader.
const REQUEST_LEAD: &str =
    "please pls kindly can could would will you just so and also hi hey any chance";

/// Words that may come before a request without changing it; the rewrite
/// drops them ("So can I…" becomes "I intend to…").
pub(super) const FILLERS: &str = "so and also please just ok okay well um uh then now anyway btw oh quick question real honestly maybe perhaps hey hi hello actually basically sir chief boss team";

/// Where "I intend to go ahead" takes over: "…approval for the trip" becomes
/// "I intend to go ahead with the trip".
pub(super) const PREPOSITIONS: &str = "for with on about regarding re concerning before by of";

/// Words that tell what someone else asked or said ("She asked if I
/// could…"): a request inside them is reported, not made.
const REPORTING: &str = "asked asks inquired enquired queried told said says mentioned wrote replied emailed texted messaged wondered wonders wanted wants wondering asking checking";

/// Reporting words that are the writer's own request when the writer is
/// their subject ("I was wondering if I could…").
const REPORTING_OWN: &str = "wondered wonders wanted wants wondering asking checking";

/// Words that, before a tag such as ", ok?", show the clause proposed
/// something.
const PLAN_CUES: &str = "i'll we'll let's i'm we're i'd we'd i we planning thinking wanna going gonna how should could plan idea suggest propose my our moving switching merging shipping taking";

/// Words that open an ordinary question or name its subject; a choice
/// question ("Renew or cancel?") opens with its options instead.
const NOT_AN_OPTION: &str = "is are was were do does did can could will would should shall have has am what which who whom how where when why whose i you he she we they it there that's it's what's who's where's this these those if either whether";

/// Words before a choice ("…, speed or cost?") that make it a decision the
/// writer hands up, not a question of fact ("Which printer is it, the HP
/// or the Canon?").
const DECISION_CUES: &str = "priority priorities important urgent first better best prefer preference preferred call decision decide decided needed option options choice handles handle takes take owns leads go plan approach";

/// Whether `word` is one of the space-separated words of `list`. (Lists
/// are kept as one string each: a table of separate strings costs more
/// bytes in the wasm.)
pub(super) fn is_in(word: &str, list: &str) -> bool {
    !word.is_empty() && list.split(' ').any(|w| w == word)
}

// ---------------------------------------------------------------------------
// Matching

#[derive(Clone, Copy, Debug)]
pub(super) struct Match {
    pub rule: &'static RuleSpec,
    /// Token range of the phrase (including any chain).
    pub start: usize,
    pub end: usize,
}

pub(super) fn clause_separator(t: &Token) -> bool {
    !t.word
        && matches!(
            t.norm.as_str(),
            "," | ";"
                | ":"
                | "("
                | ")"
                | "—"
                | "–"
                | "-"
                | "\""
                | "“"
                | "”"
                | "«"
                | "»"
                | "["
                | "]"
        )
}

/// The token index where the clause holding token `i` starts.
pub(super) fn clause_start(toks: &[Token], i: usize) -> usize {
    (0..i)
        .rev()
        .find(|&k| clause_separator(&toks[k]) || is_stop(&toks[k]))
        .map_or(0, |k| k + 1)
}

/// The token index just past the clause holding token `i`.
pub(super) fn clause_end(toks: &[Token], i: usize) -> usize {
    (i..toks.len())
        .find(|&k| clause_separator(&toks[k]) || is_stop(&toks[k]))
        .unwrap_or(toks.len())
}

fn is_stop(t: &Token) -> bool {
    !t.word && matches!(t.norm.as_str(), "." | "?" | "!" | "…" | "‽")
}

/// Whether every token from the clause start up to `i` is a filler word.
pub(super) fn only_fillers_before(toks: &[Token], i: usize) -> bool {
    toks[clause_start(toks, i)..i]
        .iter()
        .all(|t| t.word && is_in(&t.norm, FILLERS))
}

/// The word just before token `i`, if no punctuation comes between.
fn prev_word(toks: &[Token], i: usize) -> Option<&str> {
    let t = toks.get(i.checked_sub(1)?)?;
    t.word.then_some(t.norm.as_str())
}

/// The word at token `i`, if it is a word.
pub(super) fn word_at(toks: &[Token], i: usize) -> Option<&str> {
    toks.get(i).filter(|t| t.word).map(|t| t.norm.as_str())
}

/// Whether the sentence ends with a question mark (closing quotes, emoji
/// and the like after it do not count).
pub(super) fn ends_in_question(toks: &[Token]) -> bool {
    toks.iter()
        .rev()
        .find(|t| t.word || is_stop(t) || (!is_closer_str(&t.norm) && is_punctuation(&t.norm)))
        .is_some_and(|t| !t.word && matches!(t.norm.as_str(), "?" | "‽"))
}

/// Whether the sentence is a question: it ends with a question mark, or it
/// has no closing stop and opens like a question ("should we cancel it",
/// "what do i do with the old stock"), as chat messages often do.
pub(super) fn is_question(toks: &[Token]) -> bool {
    if ends_in_question(toks) {
        return true;
    }
    let closed = toks
        .iter()
        .rev()
        .find(|t| t.word || is_stop(t))
        .is_some_and(|t| !t.word);
    let opener = toks
        .iter()
        .filter(|t| t.word)
        .map(|t| t.norm.as_str())
        .find(|w| !is_in(w, FILLERS));
    !closed
        && opener.is_some_and(|w| {
            is_in(w, "can could may might shall should would will do does did is are am was were have has what which how where when who any want need mind ok okay good green worth happy")
        })
}

fn is_punctuation(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii_punctuation() || "…—–“”‘’«»".contains(c))
}

fn is_closer_str(s: &str) -> bool {
    s.chars().all(is_closer)
}

/// Whether the word looks like an "-ing" form ("offering", "moving").
pub(super) fn is_ing(word: &str) -> bool {
    let Some(stem) = word.strip_suffix("ing") else {
        return false;
    };
    stem.len() >= 2
        && stem
            .bytes()
            .any(|b| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
        && !matches!(
            word,
            "thing"
                | "things"
                | "nothing"
                | "anything"
                | "something"
                | "everything"
                | "during"
                | "morning"
                | "evening"
                | "ceiling"
                | "wedding"
                | "pudding"
                | "string"
                | "spring"
                | "swing"
                | "sting"
                | "bring"
                | "cling"
                | "fling"
                | "sling"
                | "wring"
                | "king"
                | "ring"
                | "sing"
                | "wing"
                | "ping"
        )
}

/// Extends a phrase over the chains ("…please get your approval to").
fn extend(toks: &[Token], mut end: usize) -> (usize, bool) {
    let mut chained_noun = false;
    for _ in 0..4 {
        let mut grew = false;
        for chain in chains() {
            let Some(e) = match_items(&chain.items, toks, end) else {
                continue;
            };
            if e <= end {
                continue;
            }
            if chain.noun {
                let ends_with_to = toks[e - 1].norm == "to";
                let next_ok = match word_at(toks, e) {
                    None => true,
                    Some(w) => is_in(w, PREPOSITIONS),
                };
                if !ends_with_to && !next_ok {
                    continue;
                }
                chained_noun = !ends_with_to;
            }
            end = e;
            grew = true;
            break;
        }
        if !grew {
            break;
        }
    }
    (end, chained_noun)
}

/// Whether the match from `start` sits inside reported speech: a word such
/// as "asked" comes before it, and its subject is not the writer.
fn reported(toks: &[Token], start: usize) -> bool {
    (clause_start(toks, start)..=start).any(|k| {
        let mut w = toks[k].norm.as_str();
        let mut k = k;
        // "…would like to know if we can…": the one who wants to know.
        if w == "know" && k >= 2 && toks[k - 1].norm == "to" {
            k -= 2;
            w = toks[k].norm.as_str();
            if !is_in(w, "like want wants wanted need needs") {
                return false;
            }
            if w == "like" && k > 0 && matches!(toks[k - 1].norm.as_str(), "would" | "'d") {
                k -= 1;
            }
        } else if !toks[k].word || !is_in(w, REPORTING) {
            return false;
        } else if !is_in(w, REPORTING_OWN) {
            return true;
        }
        // The subject: the nearest word before, past "was", "just"…
        let subject = (0..k)
            .rev()
            .map(|j| &toks[j])
            .take_while(|t| t.word)
            .map(|t| t.norm.as_str())
            .find(|w| {
                !matches!(
                    *w,
                    "was"
                        | "were"
                        | "is"
                        | "am"
                        | "are"
                        | "just"
                        | "also"
                        | "really"
                        | "only"
                        | "been"
                        | "have"
                        | "had"
                )
            });
        !matches!(
            subject,
            None | Some(
                "i" | "we"
                    | "i'm"
                    | "we're"
                    | "i've"
                    | "we've"
                    | "i'd"
                    | "we'd"
                    | "just"
                    | "so"
                    | "and"
                    | "but"
                    | "hi"
                    | "hey"
                    | "hello"
                    | "still"
            )
        )
    })
}

fn passes(
    rule: &RuleSpec,
    toks: &[Token],
    start: usize,
    core_end: usize,
    end: usize,
    chained: bool,
) -> bool {
    let prev = prev_word(toks, start);
    if toks[start..end].iter().all(|t| t.quoted) {
        return false;
    }
    if !matches!(rule.form, Form::Tag | Form::TellMe) && prev.is_some_and(|p| is_in(p, WH)) {
        return false;
    }
    // "What time should I arrive?": a question word and its noun before
    // the cue ask for a fact; the rules that ask what to do handle the
    // rest.
    if !matches!(rule.form, Form::Tag | Form::TellMe)
        && start >= 2
        && clause_start(toks, start) == start - 2
        && toks[start - 1].word
        && is_in(&toks[start - 2].norm, WH)
    {
        return false;
    }
    if rule.form != Form::Tag && reported(toks, start) {
        return false;
    }
    if rule.opens_clause && !only_fillers_before(toks, start) {
        return false;
    }
    if rule.question_only && !is_question(toks) {
        return false;
    }
    let next = word_at(toks, end);
    let after = word_at(toks, end + 1);
    // "Could you approve your team's timesheets?" asks the reader to do
    // their own part.
    if rule.form == Form::Approve && next.is_some_and(|n| is_in(n, "your their his her or")) {
        return false;
    }
    match rule.check {
        Check::Plain => true,
        Check::Modal => modal_ok(toks, start, core_end, end, chained, prev, next, after),
        Check::Wish => {
            if prev.is_some_and(|p| is_in(p, WISH_PREV)) {
                return false;
            }
            if chained {
                return true;
            }
            // After a chain such as "ask if I could", any verb will do.
            let after_modal = matches!(
                toks[end - 1].norm.as_str(),
                "could" | "can" | "might" | "may"
            );
            match next {
                None => false,
                Some(n) if after_modal => !is_in(n, NOT_A_VERB),
                Some("ask") if after == Some("for") => !toks[end + 2..]
                    .iter()
                    .take(3)
                    .any(|t| is_in(&t.norm, REQUEST_OBJECTS)),
                Some(n) => {
                    !is_in(n, WISH_SKIP)
                        && !is_in(n, NOT_A_VERB)
                        && !WISH_SKIP_PAIRS
                            .iter()
                            .any(|&(a, b)| a == n && after == Some(b))
                }
            }
        }
        Check::Ing => next.is_some_and(is_ing) && !is_in(next.unwrap_or(""), "doing being"),
        Check::FirstPerson => {
            let cs = clause_start(toks, start);
            let denied = toks[cs..start].iter().any(|t| {
                is_in(&t.norm, "no don't never without doesn't didn't you they he she")
            });
            !denied
                && (prev.is_some_and(|p| is_in(p, FIRST_PERSON_PREV))
                    || only_fillers_before(toks, start))
        }
        Check::TagAtEnd => at_end(toks, end) && after_clause(toks, start),
        Check::TagOrAlone => {
            at_end(toks, end)
                && is_question(toks)
                && (after_clause(toks, start) || only_fillers_before(toks, start))
        }
        Check::TagAfterPlan => {
            at_end(toks, end)
                && ends_in_question(toks)
                && after_clause(toks, start)
                && toks[..start]
                    .iter()
                    .any(|t| t.word && is_in(&t.norm, PLAN_CUES))
        }
        Check::TagAlone => !matches!(next, Some("to" | "for" | "if")) && own_plan(toks, start, end),
        Check::LetMe => !matches!(
            next,
            None | Some("know" | "in" | "out" | "down" | "see" | "through" | "off" | "go")
        ),
        Check::WhShould => {
            let wh = toks[start].norm.as_str();
            if wh == "why" || !only_fillers_before(toks, start) {
                return false;
            }
            if matches!(wh, "who" | "whom")
                && next.is_some_and(|n| {
                    is_in(n, "ask talk contact speak reach go turn email call check see thank")
                })
            {
                return false;
            }
            // "What should I expect?", "What time should I arrive?" ask
            // for information.
            !next.is_some_and(|n| is_in(n, "expect know be have wear bring arrive come park dress turn show"))
                || next == Some("have") && after.is_some_and(|a| !is_in(a, PARTICIPLES))
        }
        Check::Either => {
            let Some(n) = next else { return false };
            if prev.is_some_and(|p| is_in(p, WH)) {
                return false;
            }
            if is_in(n, NOT_A_VERB)
                || is_in(n, "have need know think want like get mean")
            {
                return false;
            }
            toks[end..].iter().any(|t| t.word && t.norm == "or")
        }
        Check::Wondering => {
            // "I'll check whether we can…", "Can you ask if we could…" are
            // not the writer asking leave.
            let cs = clause_start(toks, start);
            let before = &toks[cs..start];
            let cue = toks[start].norm.as_str();
            let asks_reader = matches!(cue, "know" | "confirm");
            !before.iter().any(|t| {
                is_in(&t.norm, "will i'll we'll going gonna let's he she they") || is_in(&t.norm, WH)
                    || (!asks_reader && is_in(&t.norm, "you can could should me"))
            }) && modal_ok(toks, start, core_end, end, chained, prev, next, after)
        }
        Check::Advise => {
            // A request ("Please advise", "can you advise on…"), not advice
            // given ("I'd advise against it", "Please advise the client").
            let cs = clause_start(toks, start);
            let before_ok = toks[cs..start]
                .iter()
                .all(|t| t.word && is_in(&t.norm, REQUEST_LEAD));
            before_ok
                && match next {
                    None => true,
                    Some(n) => is_in(n, "on how what whether if which me us please asap thanks thank accordingly where when next"),
                }
        }
        Check::EndsClause => {
            let ends = toks.get(end).is_none_or(|t| !t.word);
            let cs = clause_start(toks, start);
            let alone = toks[cs..start].iter().all(|t| {
                t.word
                    && is_in(&t.norm, "it's it is that's totally entirely completely but so and ultimately really all honestly i'll just of course")
            });
            ends && alone
        }
        Check::LikeOff => {
            next != Some("to")
                && toks[end..]
                    .iter()
                    .take(5)
                    .take_while(|t| t.word)
                    .any(|t| t.norm == "off")
        }
        Check::PossibleTo => next.is_some_and(|n| {
            is_in(n, "take leave work swap move book start skip miss finish go use bring attend join switch change push delay extend postpone reschedule borrow") || (matches!(n, "get" | "have")
                && toks[end + 1..]
                    .iter()
                    .take(5)
                    .take_while(|t| t.word)
                    .any(|t| is_in(&t.norm, "off my our me us")))
        }),
        Check::NotFrom => !matches!(next, Some("from" | "by")) || after == Some("you"),
        Check::StatementQuestion => next.is_some_and(|n| {
            !is_in(n, NOT_A_VERB)
                && !is_in(n, "be have see hear not never just really")
        }),
        Check::OkTo => next.is_some_and(|n| {
            !is_in(n, NOT_A_VERB)
                && !is_in(n, "know see hear meet be have say ask go")
                || n == "go" && after.is_some_and(|a| a != "home")
        }),
        Check::ModalOneClause => {
            !toks.iter().any(clause_separator)
                && toks[..start]
                    .iter()
                    .all(|t| !t.word || is_in(&t.norm, FILLERS))
                && modal_ok(toks, start, core_end, end, chained, prev, next, after)
        }
        Check::HasOr => toks[end..].iter().any(|t| t.word && t.norm == "or"),
        Check::Request => {
            let cs = clause_start(toks, start);
            toks[cs..start]
                .iter()
                .all(|t| t.word && is_in(&t.norm, REQUEST_LEAD))
        }
        Check::ThirdParty => {
            let Some(n) = next else { return false };
            if is_in(n, "i we me us i'm we're you it that this there it's that's not") {
                return false;
            }
            // "…for the team to leave": "to" within a few words.
            toks[core_end - 1].norm != "for"
                || (end..(end + 5).min(toks.len())).any(|k| toks[k].word && toks[k].norm == "to")
        }
        Check::WhoActs => next.is_some_and(|n| {
            !is_in(n, NOT_A_VERB)
                && !is_in(
                    n,
                    "be know have expect ask talk contact speak reach turn email call check see thank",
                )
        }),
        Check::NotPlanOfYours => {
            let det = toks[start + 1].norm.as_str();
            let noun = toks[start + 2].norm.as_str();
            !(det == "your" && matches!(noun, "plan" | "plans" | "game" | "strategy"))
        }
        Check::ChoiceNotSocial => {
            toks[end..].iter().any(|t| t.word && t.norm == "or")
                && !toks[end..].iter().any(|t| t.word && is_in(&t.norm, SOCIAL))
        }
        Check::Choice => {
            let first = toks[start].norm.as_str();
            if is_in(first, NOT_AN_OPTION) || is_in(first, FILLERS) {
                return false;
            }
            if toks[start..end - 1].iter().any(|t| is_in(&t.norm, NOT_AN_OPTION)) {
                return false;
            }
            let Some(n) = next else { return false };
            if is_in(n, "not so something anything else whatever what") {
                return false;
            }
            if toks.iter().any(|t| t.word && is_in(&t.norm, SOCIAL)) {
                return false;
            }
            let cs = clause_start(toks, start);
            let names_writer = toks[start..end + 1]
                .iter()
                .any(|t| is_in(&t.norm, "me us myself i we"));
            toks[..cs].iter().all(|t| !t.word)
                || names_writer
                || toks[..cs]
                    .iter()
                    .any(|t| t.word && is_in(&t.norm, DECISION_CUES))
        }
        Check::NotAboutOthers => {
            let last = toks[end - 1].norm.as_str();
            let cs = clause_start(toks, start);
            if toks[cs..start]
                .iter()
                .any(|t| is_in(&t.norm, "he she they it team client customer everyone you"))
            {
                return false;
            }
            match last {
                "your" | "further" => false,
                "you" => match next {
                    None => true,
                    Some("to") => after.is_some_and(|a| {
                        is_in(a, "decide confirm say tell choose pick advise instruct")
                    }),
                    Some(n) => is_in(n, "before first then on about regarding re"),
                },
                _ => true,
            }
        }
        Check::TagOrAloneOrOn => {
            at_end(toks, end) || next.is_some_and(|n| is_in(n, "on for about regarding re"))
        }
        Check::OnTopic => next.is_some_and(|n| {
            is_in(n, "on about regarding re whether if which what how for")
        }),
        Check::DecisionVerb => next.is_some_and(|n| {
            is_in(n, "go pick choose select opt prioritise prioritize focus start tackle back hire promote assign invite give put tell say reply quote charge offer")
        }) && !(next == Some("tell") && after == Some("you"))
            && only_fillers_before(toks, start),
        Check::EndsQuestion => toks[end..].iter().all(|t| !t.word),
        Check::NotSure => next.is_some_and(|n| {
            is_in(n, "do proceed handle play go respond reply answer approach prioritise prioritize tackle deal say tell start")
        }),
    }
}

/// Whether the sentence, outside the tag at `start..end`, is the writer's
/// own plan ("I'll leave at four, if that's OK"), not a request to the
/// reader ("If you're OK with it, please sign").
fn own_plan(toks: &[Token], start: usize, end: usize) -> bool {
    let mut rest = toks[..start].iter().chain(&toks[end..]).filter(|t| t.word);
    if rest.clone().next().is_none() {
        // A lone "If that's OK." after a plan.
        return true;
    }
    let asks_reader = toks
        .iter()
        .any(|t| t.word && matches!(t.norm.as_str(), "please" | "you" | "you're" | "you'll"));
    !asks_reader
        || rest.any(|t| {
            is_in(
                &t.norm,
                "i i'll i'm i'd we we'll we're we'd let's me my our us",
            )
        })
}

fn at_end(toks: &[Token], end: usize) -> bool {
    toks[end..].iter().all(|t| !t.word)
}

/// Whether a clause with words comes before the separator just before
/// `start`.
fn after_clause(toks: &[Token], start: usize) -> bool {
    start > 0
        && (clause_separator(&toks[start - 1]) || toks[start - 1].norm == "...")
        && toks[..start - 1].iter().any(|t| t.word)
}

#[allow(clippy::too_many_arguments)]
fn modal_ok(
    toks: &[Token],
    start: usize,
    core_end: usize,
    end: usize,
    chained: bool,
    prev: Option<&str>,
    next: Option<&str>,
    after: Option<&str>,
) -> bool {
    // The core ends "modal I/we" ("can I") or "I/we modal" ("if I could").
    let (modal, subject) = {
        let a = toks[core_end - 2].norm.as_str();
        let b = toks[core_end - 1].norm.as_str();
        if matches!(b, "i" | "we") {
            (a, b)
        } else {
            (b, a)
        }
    };
    let first = toks[start].norm.as_str();
    if first == modal {
        // An inverted question: "Can I…". Look at what came before.
        if let Some(p) = prev {
            if is_in(p, INVERSION) || is_in(p, SUBJECTS) {
                return false;
            }
            if modal == "can" && is_in(p, CAN_NOUN) {
                return false;
            }
            if modal == "may" && is_in(p, MONTH_PREV) {
                return false;
            }
        }
    }
    if chained {
        return true;
    }
    let Some(next) = next else {
        return false;
    };
    if is_in(next, NOT_A_VERB) || is_in(next, MODAL_SKIP) {
        return false;
    }
    // "…if I can do anything", "Shall we grab lunch?"
    if next == "do" && after.is_some_and(|a| is_in(a, "anything something more")) {
        return false;
    }
    if is_in(next, "grab get have go do")
        && toks[end + 1..]
            .iter()
            .take(3)
            .any(|t| t.word && is_in(&t.norm, SOCIAL))
    {
        return false;
    }
    // "Could I be clearer?" reflects; "Could I be excused?" asks.
    if next == "be"
        && matches!(modal, "could" | "might" | "should" | "shall" | "can")
        && !after.is_some_and(|a| {
            is_in(a, "excused added included considered assigned allowed put moved transferred given on part involved in released let paid")
        })
    {
        return false;
    }
    if next == "have" {
        if let Some(after) = after {
            if is_in(after, PARTICIPLES) || (after.ends_with("ed") && after.len() > 3) {
                return false;
            }
        }
    }
    let asks_leave = matches!(modal, "may" | "might" | "should" | "shall" | "shouldn't");
    if subject == "i"
        && !matches!(modal, "should" | "shall" | "shouldn't")
        && is_in(next, SHOW_ME)
        && !(next == "ask" && matches!(after, Some("for" | "that")))
        && !(next == "check" && matches!(after, Some("out" | "in")))
    {
        return false;
    }
    if !asks_leave {
        if subject == "we" && is_in(next, ABILITY) {
            return false;
        }
        if subject == "i"
            && matches!(next, "confirm" | "clarify" | "double-check")
            && after.is_some_and(|a| is_in(a, "that if whether with the your what when"))
        {
            return false;
        }
        if is_in(next, TALK)
            && after.is_none_or(|a| {
                is_in(a, "to with about later tomorrow quickly for up on base soon briefly today this sometime privately you")
            })
        {
            return false;
        }
        if matches!(next, "get" | "have" | "borrow") {
            // "Can I get the wifi password?", not "Can I get Friday off?"
            let asks_for_a_thing = toks[end + 1..]
                .iter()
                .take(4)
                .take_while(|t| t.word && !is_in(&t.norm, "off to for approval"))
                .any(|t| is_in(&t.norm, REQUEST_OBJECTS));
            if asks_for_a_thing {
                return false;
            }
        }
    }
    if matches!(modal, "should" | "shall" | "shouldn't")
        && is_in(next, "expect worry know care bother")
    {
        return false;
    }
    if is_in(next, OFFER_VERBS) && after.is_some_and(|a| is_in(a, OFFER_OBJECTS)) {
        return false;
    }
    if next == "get" && matches!(after, Some("there" | "here" | "home")) {
        return false;
    }
    true
}

/// Every phrase of the sentence's tokens that hands a decision up:
/// earliest first, the longest at each start, no overlaps.
pub(super) fn find_matches(toks: &[Token]) -> Vec<Match> {
    let mut found = Vec::new();
    for start in 0..toks.len() {
        if !toks[start].word {
            continue;
        }
        let word = toks[start].norm.as_str();
        for rule in rules() {
            if rule.first.as_ref().is_some_and(|f| !f.contains(&word)) {
                continue;
            }
            let Some(core_end) = match_items(&rule.items, toks, start) else {
                continue;
            };
            if core_end <= start {
                continue;
            }
            let (end, chained) = if rule.spec.form == Form::Tag {
                (core_end, false)
            } else {
                extend(toks, core_end)
            };
            if passes(rule.spec, toks, start, core_end, end, chained) {
                found.push(Match {
                    rule: rule.spec,
                    start,
                    end,
                });
            }
        }
    }
    found.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut kept: Vec<Match> = Vec::new();
    for m in found {
        if kept.last().is_none_or(|k| m.start >= k.end) {
            kept.push(m);
        }
    }
    kept
}
