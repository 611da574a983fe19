//! The detector's native tests: phrases, rungs, rewrites, and the labelled
//! corpus.

use super::*;

/// The phrases flagged in `text`, as written.
fn phrases(text: &str) -> Vec<String> {
    detect(text).into_iter().map(|f| f.phrase).collect()
}

/// The one rewrite of `text`, which must hold exactly one flagged sentence.
fn rewrite(text: &str) -> String {
    let s = analyse(text);
    assert_eq!(
        s.len(),
        1,
        "{text:?} should have one flagged sentence: {s:?}"
    );
    s[0].rewrite.clone()
}

#[test]
fn flags_permission_seeking_phrasings() {
    let cases: &[(&str, &str)] = &[
        ("Can I deploy the fix tonight?", "Can I"),
        ("can i deploy the fix tonight", "can i"),
        ("CAN I DEPLOY THE FIX TONIGHT?", "CAN I"),
        ("Could I take Friday off?", "Could I"),
        ("May I leave early today?", "May I"),
        ("Might I borrow the spare laptop?", "Might I"),
        ("Should I merge the branch now?", "Should I"),
        ("Shall I book the meeting room?", "Shall I"),
        ("Is it OK if I move the stand-up to ten?", "Is it OK if I"),
        ("Is it okay if I skip the review?", "Is it okay if I"),
        (
            "Is it alright if I call the supplier?",
            "Is it alright if I",
        ),
        (
            "Is it all right if I call the supplier?",
            "Is it all right if I",
        ),
        (
            "Would it be OK if I took Friday off?",
            "Would it be OK if I",
        ),
        (
            "Would it be alright to push the release?",
            "Would it be alright to",
        ),
        (
            "Is it fine with you if I reorder the backlog?",
            "Is it fine with you if I",
        ),
        ("Is it OK to restart the server?", "Is it OK to"),
        (
            "Would it be possible for me to work from home?",
            "Would it be possible for me to",
        ),
        ("Do you mind if I join the call?", "Do you mind if I"),
        (
            "Would you mind if I shared the deck?",
            "Would you mind if I",
        ),
        ("Mind if I sit in on the interview?", "Mind if I"),
        ("OK if I close the ticket?", "OK if I"),
        ("Am I allowed to order a new monitor?", "Am I allowed to"),
        (
            "Would I be able to attend the course?",
            "Would I be able to",
        ),
        (
            "Do I have your permission to share the numbers?",
            "Do I have your permission to",
        ),
        (
            "I was wondering if I could leave at four.",
            "wondering if I could",
        ),
        (
            "I wanted to check whether I might swap shifts.",
            "check whether I might",
        ),
        ("Let me know if it's OK to merge.", "if it's OK to"),
        (
            "Is there any chance I could get a day off?",
            "Is there any chance I could",
        ),
        ("I was hoping I could present first.", "hoping I could"),
        (
            "Could you allow me to approve refunds?",
            "Could you allow me to",
        ),
        ("Can you let me take the lead on this?", "Can you let me"),
        (
            "I request permission to leave early.",
            "request permission to",
        ),
        (
            "Requesting permission to restart the cluster.",
            "Requesting permission to",
        ),
        (
            "I am writing to request approval for the trip.",
            "request approval",
        ),
        (
            "I need your approval to change the schedule.",
            "I need your approval to",
        ),
        (
            "Please grant me permission to access the logs.",
            "grant me permission to",
        ),
        ("Permission to speak freely?", "Permission to"),
        (
            "I'd like permission to hire a contractor.",
            "I'd like permission to",
        ),
        (
            "I would like to move the release to Friday.",
            "I would like to",
        ),
        ("I'd like to rename the project.", "I'd like to"),
        (
            "I'd also like to move the review to Monday.",
            "I'd also like to",
        ),
        (
            "I would like to request permission to leave early.",
            "I would like to request permission to",
        ),
        ("I'll leave at four, if that's OK.", "if that's OK"),
        ("I'll send it tomorrow, is that alright?", "is that alright"),
        (
            "I'll take the last slot if you don't mind.",
            "if you don't mind",
        ),
        (
            "With your permission, I'll reboot the server.",
            "With your permission",
        ),
        (
            "Are you happy for me to lead the retro?",
            "Are you happy for me to",
        ),
        (
            "Can I please get your sign-off to ship?",
            "Can I please get your sign-off to",
        ),
        ("Is it OK if I'm late tomorrow?", "Is it OK if I'm"),
        (
            "I’m writing to ask permission to attend the conference.",
            "ask permission to",
        ),
        (
            "Sorry to bother you, but could I get the go-ahead to order parts?",
            "could I get the go-ahead to",
        ),
        (
            "Hey Ana! I was wondering whether it would be OK if I left at 3.",
            "whether it would be OK if I",
        ),
        ("Do you mind if we start without him?", "Do you mind if we"),
        ("May I suggest we move the deadline?", "May I"),
    ];
    let wrong: Vec<_> = cases
        .iter()
        .filter(|(text, phrase)| phrases(text) != [phrase.to_string()])
        .map(|(text, _)| (text, phrases(text)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn curly_apostrophes_are_the_same_as_straight_ones() {
    assert_eq!(phrases("I’d like to rename the project."), ["I’d like to"]);
    assert_eq!(phrases("I‘d like to rename it."), ["I‘d like to"]);
    assert_eq!(
        phrases("Let me know if it’s OK to merge."),
        ["if it’s OK to"]
    );
    assert_eq!(
        phrases("I’ll leave at four, if that’s OK."),
        ["if that’s OK"]
    );
    assert_eq!(
        rewrite("I’ll leave at four, if that’s OK."),
        "I intend to leave at four."
    );
}

#[test]
fn leaves_statements_offers_and_information_questions_alone() {
    let mut wrong = Vec::new();
    for text in [
        "I can see the problem now.",
        "You may notice a short delay.",
        "Can you send me the file?",
        "Could you review my pull request?",
        "Should we expect rain tomorrow?",
        "I would like to thank everyone for their help.",
        "I'd like to welcome Priya to the team.",
        "Can it be that the build is broken again?",
        "What time is it?",
        "The scan I ran found nothing.",
        "How can I help?",
        "Where can I find the style guide?",
        "Why should I care about this metric?",
        "In May I moved to Berlin.",
        "Since May I have led the team.",
        "Let me know if I can help.",
        "If I could, I would.",
        "If I could I would.",
        "You can leave early, and so can I.",
        "Never could I have imagined this.",
        "It's OK to make mistakes here.",
        "I have permission to park here.",
        "Don't deploy without permission.",
        "The manager may approve it later.",
        "I should have asked sooner.",
        "Should I need anything, I will call you.",
        "Could I have been clearer?",
        "Should I be worried about the test run?",
        "I'd like to know when the meeting starts.",
        "What I would like to see is more tests.",
        "Is it raining?",
        "Is it OK?",
        "Are you OK?",
        "Maybe I can join later.",
        "He asked whether I could come.",
        "I was wondering if you could review this.",
        "Users can request approval from their manager.",
        "Can I help you with anything?",
        "Can I get you a coffee?",
        "May I remind everyone that the office closes early.",
        "Could you let me know by Friday?",
        "The trash can I emptied was full.",
        "Thanks, I can take it from here.",
        "I intend to deploy the fix tonight.",
        "Cancel it if the tests fail.",
        "I’d love to hear your thoughts.",
        "Scan it and send it to me.",
        "We would like to thank our sponsors.",
        "Can we expect the numbers by Friday?",
        "Can I just say how great the launch was?",
        "Please allow me to introduce our new lead.",
        "Can I?",
        "She said I can go.",
        "",
        "   \n\n  ",
    ] {
        if !phrases(text).is_empty() {
            wrong.push((text, phrases(text)));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn rewrites_state_the_intent() {
    let cases: &[(&str, &str)] = &[
        (
            "Can I deploy the fix tonight?",
            "I intend to deploy the fix tonight.",
        ),
        ("could I take Friday off", "I intend to take Friday off."),
        (
            "Should I merge the branch now?",
            "I intend to merge the branch now.",
        ),
        (
            "Would it be OK if I took Friday off?",
            "I intend to take Friday off.",
        ),
        (
            "Would you mind if I moved the meeting?",
            "I intend to move the meeting.",
        ),
        (
            "Is it OK if we ship on Monday?",
            "We intend to ship on Monday.",
        ),
        (
            "Hi Sam, can I deploy the fix tonight?",
            "Hi Sam, I intend to deploy the fix tonight.",
        ),
        (
            "So can I go ahead with the merge?",
            "I intend to go ahead with the merge.",
        ),
        (
            "Can I please deploy tonight?",
            "I intend to deploy tonight.",
        ),
        (
            "Can I deploy tonight, please?",
            "I intend to deploy tonight.",
        ),
        (
            "I was wondering if I could leave at four.",
            "I intend to leave at four.",
        ),
        (
            "Hey, I just wanted to check if I could swap shifts.",
            "Hey, I intend to swap shifts.",
        ),
        ("Let me know if it's OK to merge.", "I intend to merge."),
        (
            "I would like to request permission to leave early.",
            "I intend to leave early.",
        ),
        (
            "I am writing to request approval for the trip.",
            "I intend to go ahead with the trip.",
        ),
        ("Permission to speak freely?", "I intend to speak freely."),
        (
            "I'll leave at four, if that's OK.",
            "I intend to leave at four.",
        ),
        (
            "If that's OK, I'll leave at four.",
            "I intend to leave at four.",
        ),
        (
            "With your permission, I'll reboot the server.",
            "I intend to reboot the server.",
        ),
        (
            "I'm taking Friday off if that's alright with you.",
            "I'm taking Friday off.",
        ),
        (
            "Can I get your approval on the design?",
            "I intend to go ahead with the design.",
        ),
        (
            "Can I please get your sign-off to ship?",
            "I intend to ship.",
        ),
        (
            "Am I allowed to order a new monitor?",
            "I intend to order a new monitor.",
        ),
        (
            "I'd like to rename the project.",
            "I intend to rename the project.",
        ),
        (
            "Do I have your permission to share the numbers?",
            "I intend to share the numbers.",
        ),
        (
            "Is it OK if I'm late tomorrow?",
            "I intend to be late tomorrow.",
        ),
        (
            "Would it be OK if I scheduled the demo for Thursday?",
            "I intend to schedule the demo for Thursday.",
        ),
        (
            "We'll ship on Friday, is that OK with you?",
            "We intend to ship on Friday.",
        ),
        ("Requesting approval.", "I intend to go ahead."),
        (
            "Sorry to bother you, but could I get the go-ahead to order parts?",
            "Sorry to bother you, but I intend to order parts.",
        ),
        (
            "I'd like to ask if I could work remotely next week.",
            "I intend to work remotely next week.",
        ),
    ];
    let wrong: Vec<_> = cases
        .iter()
        .map(|(text, expected)| (text, analyse(text), expected))
        .filter(|(_, got, expected)| got.len() != 1 || got[0].rewrite != **expected)
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn several_sentences_and_line_breaks() {
    let text = "Hi Sam,\nThe build is green. Can I deploy tonight? I'd like to thank QA.\n\nAlso, should I tell the client?";
    let found = detect(text);
    assert_eq!(
        found.iter().map(|f| f.phrase.as_str()).collect::<Vec<_>>(),
        ["Can I", "should I"]
    );
    assert_eq!(found[0].rewrite, "I intend to deploy tonight.");
    assert_eq!(found[1].rewrite, "Also, I intend to tell the client.");
    for f in &found {
        assert_eq!(&text[f.start..f.end], f.phrase);
        let sentence = &text[f.sentence_start..f.sentence_end];
        assert!(sentence.contains(&f.phrase));
    }
    assert_eq!(
        &text[found[0].sentence_start..found[0].sentence_end],
        "Can I deploy tonight?"
    );
    // The whole message, rewritten, keeps everything else.
    assert_eq!(
            rewrite_message(text),
            "Hi Sam,\nThe build is green. I intend to deploy tonight. I'd like to thank QA.\n\nAlso, I intend to tell the client."
        );
}

#[test]
fn a_phrase_may_run_over_a_wrapped_line() {
    let text = "Would it be OK\nif I took Friday off?";
    assert_eq!(phrases(text), ["Would it be OK\nif I"]);
    assert_eq!(rewrite(text), "I intend to take Friday off.");
}

#[test]
fn several_requests_in_one_sentence_are_all_rewritten() {
    let text = "Can I leave early and could I take the car?";
    assert_eq!(phrases(text), ["Can I", "could I"]);
    assert_eq!(
        rewrite(text),
        "I intend to leave early and I intend to take the car."
    );
    let text = "Is it OK if I leave early, if that's alright?";
    assert_eq!(phrases(text), ["Is it OK if I", "if that's alright"]);
    assert_eq!(rewrite(text), "I intend to leave early.");
}

#[test]
fn byte_ranges_hold_with_multibyte_text() {
    let text = "Café’s closed — ¿ok? Können wir… Can I order pizza? 🍕";
    let found = detect(text);
    assert_eq!(found.len(), 1);
    assert_eq!(&text[found[0].range()], "Can I");
    let joined: String = segments(text, &found).into_iter().map(|s| s.text).collect();
    assert_eq!(joined, text);
}

#[test]
fn a_lone_approval_tag_is_left_out_of_the_rewrite() {
    let text = "I'll leave at four. If that's OK.";
    let found = detect(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].rewrite, "");
    assert_eq!(rewrite_message(text), "I'll leave at four. ");
}

#[test]
fn segments_mark_only_the_phrases() {
    let text = "Hi. Can I go? Yes.";
    let segs = segments(text, &detect(text));
    assert_eq!(
        segs,
        [
            Segment {
                text: "Hi. ".into(),
                flagged: false
            },
            Segment {
                text: "Can I".into(),
                flagged: true
            },
            Segment {
                text: " go? Yes.".into(),
                flagged: false
            },
        ]
    );
    assert_eq!(segments("", &[]), []);
}

#[test]
fn sentences_split_where_people_expect() {
    let text = "One. Two? Three!\nfour\nFive\n\nsix... seven 2.5 eight\n- Can I go\nwrapped line";
    let got: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
    assert_eq!(
        got,
        [
            "One.",
            "Two?",
            "Three!",
            "four",
            "Five",
            "six...",
            "seven 2.5 eight",
            "- Can I go\nwrapped line"
        ]
    );
    assert!(sentences("").is_empty());
    assert!(sentences(" \n\n \t").is_empty());
}

#[test]
fn past_tenses_become_plain_verbs() {
    for (past, base) in [
        ("took", "take"),
        ("left", "leave"),
        ("moved", "move"),
        ("stopped", "stop"),
        ("planned", "plan"),
        ("tried", "try"),
        ("updated", "update"),
        ("scheduled", "schedule"),
        ("changed", "change"),
        ("worked", "work"),
        ("called", "call"),
        ("pushed", "push"),
        ("released", "release"),
        ("used", "use"),
        ("focused", "focus"),
        ("shared", "share"),
        ("joined", "join"),
        ("ordered", "order"),
        ("opened", "open"),
        ("deleted", "delete"),
        ("budgeted", "budget"),
        ("enabled", "enable"),
        ("canceled", "cancel"),
        ("decided", "decide"),
        ("defined", "define"),
        ("continued", "continue"),
        ("reduced", "reduce"),
        ("developed", "develop"),
        ("submitted", "submit"),
        ("added", "add"),
        ("invited", "invite"),
        ("emailed", "email"),
        ("booked", "book"),
        ("invoked", "invoke"),
        ("typed", "type"),
        ("hired", "hire"),
        ("stored", "store"),
    ] {
        assert_eq!(base_form(past).as_deref(), Some(base), "{past}");
    }
    for word in ["need", "take", "leave", "proceed", "red", "bed", "go"] {
        assert_eq!(base_form(word), None, "{word}");
    }
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "?",
        "Can",
        "Can I",
        "can I?",
        "I'd like to",
        "if that's OK",
        ", is that OK?",
        "Is it OK if I",
        "request permission",
        "'''---,,,???",
        "can\u{0301} I do it?",
        "Ｃａｎ Ｉ go?",
        "İs it OK if I go?",
    ] {
        let found = detect(text);
        for f in &found {
            assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        }
        let _ = rewrite_message(text);
    }
}

/// The rung of a message of one sentence, as a number ("-" when the
/// sentence is not on the ladder).
fn rung_of(text: &str) -> String {
    let r = read(text);
    assert_eq!(r.len(), 1, "{text:?} should be one sentence: {r:?}");
    r[0].rung
        .map_or("-".to_string(), |r| r.number().to_string())
}

#[test]
fn the_issue_examples_hand_a_decision_up_and_become_intents() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Should we maybe move the meeting?",
            "Should we maybe",
            "We intend to move the meeting.",
        ),
        (
            "Could we push the launch by a week?",
            "Could we",
            "We intend to push the launch by a week.",
        ),
        (
            "Can we skip the standup tomorrow?",
            "Can we",
            "We intend to skip the standup tomorrow.",
        ),
        (
            "Do you want me to book the room for the retro?",
            "Do you want me to",
            "I intend to book the room for the retro.",
        ),
        (
            "Would you be ok with me rewriting the onboarding guide?",
            "Would you be ok with me",
            "I intend to rewrite the onboarding guide.",
        ),
        (
            "Any objections to me merging this?",
            "Any objections to me",
            "I intend to merge this.",
        ),
        (
            "Please approve my PR so I can ship it.",
            "Please approve",
            "I intend to ship it.",
        ),
        (
            "Would you like me to take the minutes tomorrow?",
            "Would you like me to",
            "I intend to take the minutes tomorrow.",
        ),
        (
            "Mind if I join the call?",
            "Mind if I",
            "I intend to join the call.",
        ),
        (
            "Am I allowed to expense the taxi?",
            "Am I allowed to",
            "I intend to expense the taxi.",
        ),
        (
            "I need your sign-off to order the parts.",
            "I need your sign-off to",
            "I intend to order the parts.",
        ),
        (
            "Let me know if I can push the hotfix tonight.",
            "know if I can",
            "I intend to push the hotfix tonight.",
        ),
        (
            "Can I take Friday off?",
            "Can I",
            "I intend to take Friday off.",
        ),
        (
            "Is it ok if I work from home on Friday?",
            "Is it ok if I",
            "I intend to work from home on Friday.",
        ),
    ];
    for &(text, phrase, rewrite) in cases {
        let s = analyse(text);
        assert_eq!(s.len(), 1, "{text:?}: {s:?}");
        assert_eq!(s[0].rung, Rung::IWouldLike, "{text:?}");
        let found: Vec<&str> = s[0].phrases.iter().map(|(_, p)| p.as_str()).collect();
        assert_eq!(found, [phrase], "{text:?}");
        assert_eq!(s[0].rewrite, rewrite, "{text:?}");
    }
}

#[test]
fn asking_to_be_told_what_to_do_is_rung_one_with_a_gap_for_the_plan() {
    let cases: &[(&str, &str)] = &[
        (
            "What should I do about the duplicate invoices?",
            "I intend to … about the duplicate invoices.",
        ),
        (
            "How do you want me to handle the angry customer?",
            "I intend to handle the angry customer by …",
        ),
        (
            "Tell me what to do with the returned stock.",
            "I intend to … with the returned stock.",
        ),
        ("Let me know how to proceed.", "I intend to proceed by …"),
        (
            "Which ticket should I pick up next?",
            "I intend to pick up … next.",
        ),
        (
            "What would you like me to prioritise this week?",
            "I intend to prioritise … this week.",
        ),
        (
            "Any instructions for the handover?",
            "For the handover, I intend to …",
        ),
        (
            "Awaiting your instructions on the Kowalski file.",
            "On the Kowalski file, I intend to …",
        ),
        ("Please advise on next steps.", "Next, I intend to …"),
        ("Your call.", "I intend to …"),
        (
            "Chief, what should we do about the leak?",
            "Chief, we intend to … about the leak.",
        ),
        (
            "I'm not sure what to do with the failed batch — can you advise?",
            "I intend to … with the failed batch.",
        ),
        (
            "Do I wait for maintenance or restart the press myself?",
            "I intend to wait for maintenance or restart the press myself.",
        ),
        ("Let me know what you'd like me to do.", "I intend to …"),
    ];
    let wrong: Vec<_> = cases
        .iter()
        .map(|&(text, expected)| (text, analyse(text), expected))
        .filter(|(_, got, expected)| {
            got.len() != 1 || got[0].rung != Rung::TellMeWhatToDo || got[0].rewrite != *expected
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn more_ways_of_handing_a_decision_up() {
    for text in [
        "I want to take Friday off.",
        "I was thinking of switching vendors, what do you think?",
        "Thinking of moving standup to 10, would that work for you?",
        "Are we good to release 4.2?",
        "Okay to restart the payment worker?",
        "Green light to send the newsletter?",
        "Waiting for your go-ahead on the migration.",
        "Can you confirm I can order the parts?",
        "Please confirm it's ok to ship.",
        "Shall we cancel Friday's demo?",
        "May we use the hangar on Thursday?",
        "shld I ping the client or will you?",
        "ok if I merge? 🙏",
        "any chance I could leave early on friday?",
        "Would you object if I took the call myself?",
        "Would you approve a second monitor for me?",
        "Just checking I'm allowed to share these numbers?",
        "Do you think we should delay the launch?",
        "How would you feel about me taking the lead?",
        "Would you prefer I send the invoice now?",
        "Want me to draft the reply?",
        "Let me know if you want me to send the deck.",
        "Does anyone object to me moving the standup?",
        "I'll move standup to 10, ok?",
        "I'll wait for your go-ahead before I merge.",
        "I'd like to try pair programming, is that ok?",
        "Is it OK if the team takes Friday off?",
        "should i just merge it",
        "Is there any reason I shouldn't merge this?",
        "Quick question, can I book the room for Monday?",
        "Can I get the okay to order more stock?",
        "Would you mind terribly if I left at four?",
        "Let me know if I'm ok to sign the contract.",
        "I'd like us to move the retro to Thursday.",
        "Happy for me to take the lead?",
        "Is the new rota ok with you?",
        "Okay for the team to leave early?",
        "Do I need to invite legal?",
        "Where do I start?",
        "Standing by for your instructions.",
        "Can you decide between the two vendors?",
        "Requesting a day off on Friday.",
        "If you could approve the budget, that would be great.",
        "Wouldn't it be better to ship on Monday?",
        "I'll take the car, yeah?",
        "Does that work?",
    ] {
        assert!(
            read(text).iter().any(Reading::flagged),
            "{text:?} should be flagged: {:?}",
            read(text)
        );
    }
}

#[test]
fn the_issue_leave_alone_examples_are_not_flagged() {
    let cases: &[(&str, &str)] = &[
        ("What time is the meeting?", "-"),
        ("Could you send me the figures?", "-"),
        ("The customer asked whether they can get a refund.", "2"),
        ("We can ship tomorrow if the tests pass.", "3"),
        ("Can the printer handle A3 paper?", "-"),
        ("I intend to deploy the fix tonight.", "5"),
        ("I merged the fix.", "6"),
        ("She wanted to know if I could cover her shift.", "2"),
        ("He asked me if it's ok to park in the visitor spaces.", "2"),
        ("Tom asked if he can take Friday off.", "2"),
        ("Can you review my PR?", "-"),
        ("Would you mind forwarding the invite?", "-"),
        ("Can I ask you to sanity-check the forecast?", "-"),
        ("Let me know if I can help with anything.", "-"),
        ("Can this laptop run the new CAD software?", "-"),
        ("The new press can do 40 parts a minute.", "2"),
        (
            "I asked the vendor if we can extend the trial, and they said yes.",
            "6",
        ),
        ("I'll ask legal whether we can share the numbers.", "5"),
        (
            "\"Can I pay by card?\" is the most common question at the till.",
            "2",
        ),
        ("Priya can cover Saturday, and so can I.", "2"),
        ("Can we afford another hire?", "-"),
        ("Can I get a copy of the contract?", "-"),
        ("Shall we grab lunch?", "-"),
        ("Let me know if you need anything.", "-"),
        ("Could you approve your team's timesheets by Friday?", "-"),
        ("I'll check whether we can ship on Monday.", "5"),
        ("The client would like to know if we can ship earlier.", "2"),
        ("No need to ask permission for that.", "3"),
    ];
    let wrong: Vec<_> = cases
        .iter()
        .map(|&(text, rung)| (text, rung_of(text), rung, phrases(text)))
        .filter(|(_, got, rung, phrases)| got != rung || !phrases.is_empty())
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn every_rung_is_recognised() {
    let cases: &[(&str, u8)] = &[
        ("What should I do about the leak?", 1),
        ("Please advise.", 1),
        ("Up to you.", 1),
        ("The build is failing again.", 2),
        ("I noticed the invoices are duplicated.", 2),
        ("FYI the printer is out of toner.", 2),
        ("staging is down again 😩", 2),
        ("I'd like to flag that the backup didn't run.", 2),
        ("I think the deadline is too tight.", 3),
        ("In my view we should switch vendors.", 3),
        ("Could this be a caching issue?", 3),
        ("It might be worth moving standup to 10.", 3),
        ("I reckon we'll need a temp for the rush.", 3),
        ("Can I take Friday off?", 4),
        ("I'd like to rename the project.", 4),
        ("I intend to migrate the database on Saturday.", 5),
        ("I'll send the contract by end of day.", 5),
        ("Unless you object, I'll roll back at 5pm.", 5),
        ("I'm taking Friday off, Sam is covering.", 5),
        ("Going to book the accrual in October.", 5),
        ("I merged the fix.", 6),
        ("Sent the renewal quote this morning.", 6),
        ("Done ✅ updated the price tags", 6),
        ("In May I moved teams.", 6),
        ("I've been reviewing the contracts all week.", 7),
        ("been cleaning up the flaky tests all month", 7),
    ];
    let wrong: Vec<_> = cases
        .iter()
        .map(|&(text, n)| (text, rung_of(text), n))
        .filter(|(_, got, n)| *got != n.to_string())
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
    let none = [
        "Thanks so much for covering for me!",
        "Good morning team ☀️",
        "Please send the report by Friday.",
        "Can someone restart the coffee machine lol",
        "Where can I find the onboarding checklist?",
        "I'd like to thank everyone for the effort.",
        "May I just say, what a fantastic quarter.",
    ];
    for text in none {
        assert_eq!(rung_of(text), "-", "{text:?}");
    }
}

#[test]
fn lower_rungs_get_a_step_toward_intent() {
    let cases: &[(&str, &str)] = &[
        (
            "The build is failing again.",
            "The build is failing again. I intend to …",
        ),
        (
            "staging is down again 😩",
            "Staging is down again. I intend to …",
        ),
        (
            "We should probably stop using the shared password.",
            "We intend to stop using the shared password.",
        ),
        (
            "It might be worth moving standup to 10.",
            "I intend to move standup to 10.",
        ),
        (
            "My recommendation is option B, mainly because of cost.",
            "I intend to go with option B, mainly because of cost.",
        ),
        (
            "Could this be a caching issue?",
            "Could this be a caching issue? I intend to …",
        ),
    ];
    for &(text, expected) in cases {
        let r = read(text);
        assert_eq!(r[0].rewrite.as_deref(), Some(expected), "{text:?}");
        assert!(!r[0].flagged(), "{text:?}");
    }
    // Intent and reports need no rewrite; neither do sentences off the ladder.
    for text in [
        "I'll send it tonight.",
        "I merged the fix.",
        "What time is it?",
    ] {
        assert_eq!(read(text)[0].rewrite, None, "{text:?}");
    }
}

#[test]
fn a_message_reads_sentence_by_sentence() {
    let text = "Hi Sam,\nThe build is green. Can we ship tonight? I'll update the docs.\n\nThanks!";
    let r = read(text);
    let rungs: Vec<Option<u8>> = r.iter().map(|s| s.rung.map(Rung::number)).collect();
    assert_eq!(rungs, [None, Some(2), Some(4), Some(5), None]);
    assert_eq!(r.iter().filter(|s| s.flagged()).count(), 1);
    for s in &r {
        assert_eq!(&text[s.sentence.clone()], s.original);
    }
    assert!(read("What time is the meeting?")
        .iter()
        .all(|s| !s.flagged()));
}

#[test]
fn rungs_are_numbered_one_to_seven() {
    for (i, r) in Rung::ALL.into_iter().enumerate() {
        assert_eq!(usize::from(r.number()), i + 1);
        assert_eq!(Rung::from_number(r.number()), Some(r));
    }
    assert_eq!(Rung::from_number(0), None);
    assert_eq!(Rung::from_number(8), None);
    let up: Vec<u8> = Rung::ALL
        .into_iter()
        .filter(|r| r.hands_decision_up())
        .map(Rung::number)
        .collect();
    assert_eq!(up, [1, 4]);
    assert!(Rung::IWouldLike.below_intent() && !Rung::IIntend.below_intent());
}

#[test]
fn sentences_keep_abbreviations_and_quotations_whole() {
    let text = "Can I page the registrar about Mrs. Patel? \"Can I pay by card?\" is what we hear most. Done.";
    let got: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
    assert_eq!(
        got,
        [
            "Can I page the registrar about Mrs. Patel?",
            "\"Can I pay by card?\" is what we hear most.",
            "Done."
        ]
    );
    assert_eq!(phrases(text), ["Can I"]);
}

#[test]
fn ing_forms_become_plain_verbs() {
    for (ing, base) in [
        ("offering", "offer"),
        ("rolling", "roll"),
        ("switching", "switch"),
        ("moving", "move"),
        ("dropping", "drop"),
        ("reassigning", "reassign"),
        ("taking", "take"),
        ("merging", "merge"),
        ("rewriting", "rewrite"),
        ("hiring", "hire"),
        ("updating", "update"),
        ("deleting", "delete"),
        ("cancelling", "cancel"),
        ("sharing", "share"),
    ] {
        assert_eq!(rewrite::ing_base(ing).as_deref(), Some(base), "{ing}");
    }
    assert_eq!(rewrite::ing_base("bring"), None);
    assert_eq!(base_form("cancelled").as_deref(), Some("cancel"));
}

/// The labelled corpus: `LABEL<TAB>RUNG<TAB>TEXT` per line, LABEL `ask` (the
/// sentence hands a decision up) or `other`.
fn corpus(name: &str) -> Vec<(bool, String)> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut parts = l.splitn(3, '\t');
            let label = parts.next().unwrap_or_default();
            let _rung = parts.next();
            let text = parts
                .next()
                .unwrap_or_else(|| panic!("{path}: bad line {l:?}"));
            assert!(
                label == "ask" || label == "other",
                "{path}: bad label {label:?}"
            );
            (label == "ask", text.to_string())
        })
        .collect()
}

/// The share of `ask` lines flagged and of `other` lines flagged, in
/// percent, with the counts.
fn rates(lines: &[(bool, String)]) -> (f64, f64, String) {
    let flagged = |t: &str| read(t).iter().any(Reading::flagged);
    let asks: Vec<&String> = lines.iter().filter(|l| l.0).map(|l| &l.1).collect();
    let others: Vec<&String> = lines.iter().filter(|l| !l.0).map(|l| &l.1).collect();
    let hit = asks.iter().filter(|t| flagged(t)).count();
    let false_hits = others.iter().filter(|t| flagged(t)).count();
    let ask_rate = 100.0 * hit as f64 / asks.len() as f64;
    let other_rate = 100.0 * false_hits as f64 / others.len() as f64;
    let summary = format!(
        "asks flagged {hit}/{} ({ask_rate:.1}%), others flagged {false_hits}/{} ({other_rate:.1}%)",
        asks.len(),
        others.len()
    );
    (ask_rate, other_rate, summary)
}

/// The bar: at least 90% of the sentences that hand a decision up are
/// flagged, at most 10% of the others, on sentences the rules were not
/// tuned on. Each held-out file was written by someone who never saw the
/// detector, and nobody writing rules has read its sentences; only these
/// figures are printed for them. The three are pooled for the bar, and each
/// must also stay clear of a regression floor. (A fourth blind file was
/// measured once and then added to the tuning file; ARCHITECTURE.md keeps
/// the history of the figures.)
#[test]
fn coach_corpus_meets_the_bar() {
    let tuning = corpus("coach-tuning.tsv");
    let (ask, other, summary) = rates(&tuning);
    println!("tuning set: {summary}");
    assert!(ask >= 90.0 && other <= 10.0, "tuning set: {summary}");

    let mut pooled = Vec::new();
    for name in [
        "coach-heldout.tsv",
        "coach-heldout-3.tsv",
        "coach-heldout-4.tsv",
    ] {
        let set = corpus(name);
        let (ask, other, summary) = rates(&set);
        println!("{name}: {summary}");
        assert!(set.len() >= 200, "{name} is too small");
        assert!(ask >= 85.0 && other <= 10.0, "{name}: {summary}");
        pooled.extend(set);
    }
    let (ask, other, summary) = rates(&pooled);
    println!("held-out, pooled: {summary}");
    assert!(ask >= 90.0 && other <= 10.0, "held-out, pooled: {summary}");
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_gives_sound_ranges(text in "(?s)(\\PC|[ \n'’?.,!]|can I |Can I go|is it OK if I |if that's OK|I'd like to ){0,40}") {
            let found = detect(&text);
            for f in &found {
                prop_assert!(f.start < f.end && f.end <= text.len());
                prop_assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
                prop_assert!(f.sentence_start <= f.start && f.end <= f.sentence_end);
                prop_assert_eq!(&text[f.start..f.end], f.phrase.as_str());
            }
            let joined: String = segments(&text, &found).into_iter().map(|s| s.text).collect();
            prop_assert_eq!(joined, text.clone());
            let _ = rewrite_message(&text);
        }
    }
}

#[test]
fn many_forms_of_asking_to_be_told_are_rung_one() {
    for text in [
        "Who should take the Monday opening shift?",
        "Which supplier do we go with for the packaging?",
        "What do you reckon I should do about the price rise?",
        "What am I supposed to do with the returned parcels?",
        "What's expected of me on the Riverside project?",
        "What's the priority for this week?",
        "What are my orders for tomorrow?",
        "What's the plan for the Christmas rota?",
        "What’s the best way for me to handle the escalation?",
        "How would you handle the missing stock?",
        "What did you decide about the office party?",
        "Have you decided which vendor we're using?",
        "Any decision on the lease yet?",
        "Who do you want on the interview panel?",
        "Is there a particular way you want the data presented?",
        "Do you want the blue version or the grey one?",
        "Should the new hire start on the front desk or in the warehouse?",
        "Option A or option B?",
        "Renew or cancel?",
        "Decision needed: renew or cancel the lease?",
        "What's our priority, speed or cost?",
        "Who handles the customer refund, me or accounts?",
        "Are we going ahead with the office move?",
        "How do we move forward on the vendor dispute?",
        "Where do we go from here?",
        "So what now?",
        "What next?",
        "Your call on the venue.",
        "Up to you whether we renew the contract.",
        "Waiting for you to decide on the layout.",
        "I need you to decide on the shift pattern.",
        "I’ll wait for your instructions on the recall.",
        "I'll wait to hear from you before doing anything.",
        "Need a decision on the font by Friday.",
        "Awaiting direction on the Hartley order.",
        "Guidance?",
        "Guidance on the new pricing, please?",
        "pls instruct on the stock transfer",
        "Can you point me in the right direction on the tender?",
        "Happy to take direction on this.",
        "Whatever you want me to do, just say.",
        "Let me know which option you prefer.",
        "What do I tell the customers about the delay?",
        "What do we say to the landlord about the leak?",
        "Which of the two quotes do you want?",
        "Which shift do you want me on next week?",
        "What time do you want us on site tomorrow?",
        "Which table do you want the guests at?",
        "Tell me which supplier to use and I'll place the order.",
        "Please advise next steps on the audit findings.",
        "What should the notice on the door say?",
        "Where should the spare stock go?",
        "Can you give me a decision on the overtime by noon?",
        "Give me a steer on the pricing, please.",
        "Should I be charging the school for the extra hours?",
        "How do we want to handle the intern's expenses?",
    ] {
        let r = read(text);
        assert!(
            r.iter().any(|s| s.rung == Some(Rung::TellMeWhatToDo)),
            "{text:?}: {r:?}"
        );
    }
}

#[test]
fn questions_of_fact_and_lookalikes_of_rung_one_are_not_flagged() {
    for text in [
        "Which printer is on floor 2?",
        "What time does the store open?",
        "How do I reset the VPN token?",
        "how do i log into the new portal",
        "Who is on call tonight?",
        "what's the wifi password",
        "What time should I arrive tomorrow?",
        "Who should I talk to about my payslip?",
        "What's the best way to get to the airport from here?",
        "Who decided on the new logo?",
        "Which option did finance choose in the end?",
        "Which printer is it, the HP or the Canon?",
        "Is it Tom or Sam on call tonight?",
        "Tea or coffee?",
        "What's your plan for the weekend?",
        "The priority this week is the audit.",
        "My plan for the Christmas rota is to rotate weekends.",
        "The team is waiting on the vendor's patch.",
        "I'll wait for you at the station.",
        "The client wants a decision by Friday.",
        "We need a decision from the board first.",
        "She asked me what she should do about the leak.",
        "I told him it was up to the client.",
        "It's your turn to buy coffee.",
        "Up to 20 people can attend the training.",
        "I know what to do with the extra stock.",
        "What do I tell you? It was a great trip.",
        "What did the customers say about the delay?",
        "Which film do you want to watch tonight?",
        "What time do you finish today?",
        "She told me which date to book.",
        "I'd advise against signing it.",
        "What should the weather be like tomorrow?",
        "They gave me a decision on the overtime this morning.",
        "Should I be late, start without me.",
        "What do I owe you for the coffee?",
        "Which shift are you on next week?",
    ] {
        let r = read(text);
        assert!(!r.iter().any(Reading::flagged), "{text:?}: {r:?}");
    }
}

#[test]
fn a_choice_laid_out_becomes_the_writers_pick() {
    assert_eq!(
        rewrite_message("Which is more important right now, the bug fixes or the new feature?"),
        "I intend to …"
    );
    assert_eq!(
        rewrite_message("Which supplier do we go with for the packaging?"),
        "We intend to go with … for the packaging."
    );
    assert_eq!(
        rewrite_message("Your call on the venue."),
        "On the venue, I intend to …"
    );
}

/// Per-rung figures and the misses on the tuning file only, for working on
/// the rules: `cargo test --locked tuning_report -- --ignored --nocapture`.
#[test]
#[ignore]
fn tuning_report() {
    let path = format!(
        "{}/tests/fixtures/coach-tuning.tsv",
        env!("CARGO_MANIFEST_DIR")
    );
    let data = std::fs::read_to_string(&path).unwrap_or_default();
    let mut counts: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    let mut misses = Vec::new();
    for l in data.lines().filter(|l| !l.trim().is_empty()) {
        let mut parts = l.splitn(3, '\t');
        let (label, rung, text) = (
            parts.next().unwrap_or_default(),
            parts.next().unwrap_or_default(),
            parts.next().unwrap_or_default(),
        );
        let flagged = read(text).iter().any(Reading::flagged);
        let key = format!("{label} {rung}");
        let e = counts.entry(key.clone()).or_default();
        e.1 += 1;
        if flagged {
            e.0 += 1;
        }
        if flagged != (label == "ask") {
            misses.push(format!("{key}\t{text}"));
        }
    }
    for (k, (hit, n)) in &counts {
        println!("{k}: flagged {hit}/{n}");
    }
    for m in misses {
        println!("MISS {m}");
    }
}
