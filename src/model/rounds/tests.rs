//! Tests of rounds as saved, their answers and closing; and the property
//! tests of every decoder.

use super::codes::{NONCE_BYTES, TAG_BYTES};
use super::find::NoCode;
use super::*;

const ID: RoundId = RoundId([0xa1, 2, 3, 4, 5, 6, 7, 8]);

fn key(seed: u8) -> [u8; PUBLIC_KEY_BYTES] {
    let mut k = [seed; PUBLIC_KEY_BYTES];
    k[0] = 4;
    k[1] = seed.wrapping_add(1);
    k
}

fn start(data: &mut RoundsData, id: RoundId, kind: RoundKind) -> Invitation {
    let k = key(id.0[0]);
    data.start(
        NewRound {
            id,
            kind,
            name: Some(" Sam "),
            closes_on_day: date_to_day("2026-12-18"),
            public_key: &k,
            private_key: r#"{"kty":"EC","crv":"P-256","d":"…"}"#,
        },
        1_000,
    )
    .unwrap()
}

/// A code for `round`, as a browser would seal it (the ciphertext here is
/// filler: opening is the browser's work).
fn code(round: RoundId, seed: u8) -> SealedCode {
    SealedCode {
        round,
        ephemeral_key: key(seed),
        nonce: [seed; NONCE_BYTES],
        ciphertext: vec![seed; 40 + TAG_BYTES],
    }
}

fn answer(round: RoundId, kind: RoundKind, value: u8, comment: Option<&str>) -> Answer {
    let n = codes::statement_ids(kind).len();
    let rung = kind.asks_ladder().then_some(4);
    Answer::new(round, kind, vec![value; n], rung, comment).unwrap()
}

#[test]
fn starting_a_round_keeps_what_the_invitation_carries() {
    let mut data = RoundsData::default();
    let kind = RoundKind::AboutMe(Role::Member);
    let inv = start(&mut data, ID, kind);
    let r = &data.rounds[0];
    assert_eq!(r.id, "a102030405060708");
    assert_eq!(
        (r.kind.as_str(), r.role.as_deref()),
        ("about-me", Some("member"))
    );
    assert_eq!(r.name.as_deref(), Some("Sam"));
    assert_eq!(r.closes_on.as_deref(), Some("2026-12-18"));
    assert_eq!(r.started_at, 1_000);
    assert!(r.is_open() && r.answers.is_empty());
    assert_eq!(r.public_key.len(), 87);
    assert_eq!(r.kind(), Some(kind));
    // The link can be made again from what is saved.
    assert_eq!(r.invitation(), Some(inv.clone()));
    assert_eq!(public_key_bytes(r), Some(key(0xa1)));
    assert_eq!(Invitation::decode(&inv.encode()), Ok(inv));
    assert!(!r.past_closing(date_to_day("2026-12-18").unwrap()));
    assert!(r.past_closing(date_to_day("2026-12-19").unwrap()));

    // The same id twice, a bad name, too many rounds.
    let k = key(1);
    let new = |id, name| NewRound {
        id,
        kind: RoundKind::Team,
        name,
        closes_on_day: None,
        public_key: &k,
        private_key: "{}",
    };
    assert_eq!(data.start(new(ID, None), 2), Err(StartProblem::SameId));
    let long = "x".repeat(41);
    assert_eq!(
        data.start(new(RoundId([9; 8]), Some(&long)), 2),
        Err(StartProblem::Invitation(InvitationProblem::NameTooLong))
    );
    for i in 1..MAX_ROUNDS {
        data.start(
            new(RoundId([0, 0, 0, 0, 0, 0, (i >> 8) as u8, i as u8]), None),
            3,
        )
        .unwrap();
    }
    assert_eq!(
        data.start(new(RoundId([7; 8]), None), 4),
        Err(StartProblem::TooMany)
    );
    assert_eq!(data.rounds.len(), MAX_ROUNDS);
    assert_eq!(data.rounds[1].kind(), Some(RoundKind::Team));
    assert_eq!(data.rounds[1].role, None);
}

#[test]
fn kinds_are_named_in_the_content_under_the_ids_they_are_saved_with() {
    let ids: Vec<_> = crate::content::rounds::KINDS.iter().map(|k| k.id).collect();
    assert_eq!(
        ids,
        [RoundKind::AboutMe(Role::Leader).id(), RoundKind::Team.id()]
    );
    for kind in RoundKind::ALL {
        assert_eq!(RoundKind::from_byte(kind.byte()), Some(kind));
    }
    assert_eq!(RoundKind::from_byte(0), None);
    assert_eq!(RoundKind::from_byte(4), None);
}

#[test]
fn dates_and_day_numbers() {
    assert_eq!(date_to_day("1970-01-02"), Some(1));
    assert_eq!(day_to_date(1), "1970-01-02");
    assert_eq!(date_to_day("2026-12-18"), Some(20_805));
    assert_eq!(day_to_date(20_805), "2026-12-18");
    assert_eq!(date_to_day("1970-01-01"), None, "day 0 means no date");
    assert_eq!(date_to_day("2026-02-30"), None);
    assert_eq!(date_to_day("2026-12-18T10:00:00Z"), None);
    assert_eq!(date_to_day("2149-06-06"), Some(u16::MAX));
    assert_eq!(date_to_day("2149-06-07"), None);
    assert_eq!(date_to_day(""), None);
}

#[test]
fn answers_are_added_once_to_their_open_round() {
    let mut data = RoundsData::default();
    let kind = RoundKind::AboutMe(Role::Leader);
    start(&mut data, ID, kind);
    let other = RoundId([0xb0; 8]);
    start(&mut data, other, RoundKind::Team);

    let first = code(ID, 1);
    assert_eq!(data.check(&first, Some(ID)).unwrap().id, ID.hex());
    assert_eq!(
        data.check(&first, None).unwrap().id,
        ID.hex(),
        "found by its round"
    );
    data.add(&first, &answer(ID, kind, 4, Some("Listens well")))
        .unwrap();
    let saved = &data.find(ID).unwrap().answers[0];
    assert_eq!(saved.id, first.answer_id());
    assert_eq!(saved.values.len(), 15);
    assert_eq!(saved.values["control-intent"], 4);
    assert_eq!(saved.rung, Some(4));
    assert_eq!(saved.comment.as_deref(), Some("Listens well"));

    // The same code again, or the same reply link opened twice.
    let before = data.clone();
    assert_eq!(
        data.check(&first, Some(ID)).unwrap_err(),
        AddError::Duplicate
    );
    assert_eq!(
        data.add(&first, &answer(ID, kind, 4, Some("Listens well"))),
        Err(AddError::Duplicate)
    );
    // Another person giving the very same answers is not a duplicate.
    data.add(&code(ID, 2), &answer(ID, kind, 4, Some("Listens well")))
        .unwrap();
    assert_eq!(data.find(ID).unwrap().answers.len(), 2);
    data = before.clone();

    // A code for another round: of this browser, while adding to this one;
    // or of a round this browser does not have.
    let elsewhere = code(other, 3);
    assert_eq!(
        data.check(&elsewhere, Some(ID)).unwrap_err(),
        AddError::Code(CodeError::OtherRound)
    );
    assert_eq!(data.check(&elsewhere, None).unwrap().id, other.hex());
    let stranger = code(RoundId([0xcc; 8]), 4);
    assert_eq!(
        data.check(&stranger, None).unwrap_err(),
        AddError::Code(CodeError::OtherRound)
    );
    // An answer whose sealed round differs from the code's, or of the
    // wrong kind, is refused (only a broken or dishonest app makes one).
    assert_eq!(
        data.add(&code(ID, 5), &answer(other, RoundKind::Team, 3, None)),
        Err(AddError::Code(CodeError::OtherRound))
    );
    assert_eq!(
        data.add(&code(ID, 5), &answer(ID, RoundKind::Team, 3, None)),
        Err(AddError::Code(CodeError::Damaged))
    );
    assert_eq!(data, before, "nothing changed by a refusal");

    // Closed: no more answers, and closing again changes nothing.
    assert!(data.close(ID, 9_000));
    assert!(data.close(ID, 9_999));
    assert_eq!(data.find(ID).unwrap().closed_at, Some(9_000));
    assert!(!data.find(ID).unwrap().past_closing(u16::MAX));
    assert_eq!(
        data.check(&code(ID, 6), None).unwrap_err(),
        AddError::Closed
    );
    assert_eq!(
        data.add(&code(ID, 6), &answer(ID, kind, 2, None)),
        Err(AddError::Closed)
    );
    // A duplicate in a closed round is still called a duplicate.
    assert_eq!(data.check(&first, None).unwrap_err(), AddError::Duplicate);
    assert!(!data.close(RoundId([0xdd; 8]), 1));

    // Each refusal has its own message.
    let messages: std::collections::HashSet<_> = [
        AddError::Duplicate,
        AddError::Closed,
        AddError::Code(CodeError::OtherRound),
        AddError::Code(CodeError::Damaged),
    ]
    .map(AddError::message)
    .into_iter()
    .collect();
    assert_eq!(messages.len(), 4);

    assert_eq!(data.delete(ID).unwrap().id, ID.hex());
    assert_eq!(data.delete(ID), None);
    assert_eq!(
        data.check(&code(ID, 7), None).unwrap_err(),
        AddError::Code(CodeError::OtherRound)
    );
}

#[test]
fn a_paste_of_many_codes_gets_a_verdict_for_each() {
    let mut data = RoundsData::default();
    let kind = RoundKind::AboutMe(Role::Leader);
    let inv = start(&mut data, ID, kind);
    let closed = RoundId([0xb0; 8]);
    start(&mut data, closed, RoundKind::Team);
    data.close(closed, 5);
    let added = code(ID, 1);
    data.add(&added, &answer(ID, kind, 3, None)).unwrap();

    let fresh = code(ID, 2).encode();
    let mut changed = code(ID, 3).encode().into_bytes();
    changed[40] = if changed[40] == b'A' { b'B' } else { b'A' };
    let changed = String::from_utf8(changed).unwrap();
    let cut = &code(ID, 4).encode()[..90];
    let text = format!(
        "Three answers from the workshop:\n{fresh}\n{fresh}\n\"{changed}\"\n\
         and one that was already in: {}\n\
         From Tom (cut off?): {cut}\nFor the other round: {}\n\
         A stranger's: {}\nOops, the invitation: https://x.org/ll/answer#{}\nLLA9-AAAAAAAA",
        added.encode(),
        code(closed, 5).encode(),
        code(RoundId([0xee; 8]), 6).encode(),
        inv.encode(),
    );
    let verdicts: Vec<_> = data
        .triage(&text, Some(ID))
        .unwrap()
        .into_iter()
        .map(|p| p.outcome.map(|c| c.answer_id()))
        .collect();
    use AddError::*;
    assert_eq!(
        verdicts,
        [
            Ok(code(ID, 2).answer_id()),
            Err(Duplicate),
            Err(Code(CodeError::Damaged)),
            Err(Duplicate),
            Err(Code(CodeError::CutOff)),
            Err(Code(CodeError::OtherRound)),
            Err(Code(CodeError::OtherRound)),
            Err(Invitation),
            Err(Code(CodeError::Newer { version: 9 })),
        ]
    );
    // Pasted where all rounds are listed, a code goes to its own round.
    let closed_code = code(closed, 5).encode();
    let found = data.triage(&closed_code, None).unwrap();
    assert_eq!(found[0].outcome, Err(Closed));
    assert_eq!(
        data.triage("Thanks, I will answer on Monday.", None),
        Err(NoCode)
    );
}

#[test]
fn the_answer_draft_fills_in_and_becomes_the_answer_to_seal() {
    let mut data = RoundsData::default();
    let kind = RoundKind::AboutMe(Role::Member);
    let inv = start(&mut data, ID, kind);
    let mut draft = AnswerDraft::new(&inv);
    assert!(draft.answers(&inv));
    assert_eq!(draft.missing(&inv).len(), 15);
    assert_eq!(draft.answer(&inv), Err(codes::AnswerProblem::BadValue));
    let ids = codes::statement_ids(kind);
    for (i, id) in ids.iter().enumerate() {
        draft.set(&inv, id, (i % 5) as u8 + 1);
    }
    draft.set(&inv, "team-control-intent", 3);
    draft.set(&inv, ids[0], 9);
    draft.set_rung(&inv, Some(8));
    draft.set_rung(&inv, Some(6));
    draft.comment = " Clear about goals. ".into();
    assert!(draft.missing(&inv).is_empty());
    assert_eq!(draft.values.len(), 15, "other ids and values ignored");
    let a = draft.answer(&inv).unwrap();
    assert_eq!(a.values[..6], [1, 2, 3, 4, 5, 1]);
    assert_eq!(a.rung, Some(6));
    assert_eq!(a.comment.as_deref(), Some("Clear about goals."));
    assert_eq!(Answer::decode(&a.encode(), ID), Ok(a));
    draft.set_rung(&inv, None);
    assert_eq!(draft.rung, None);
    // Saved and read back, tolerating what it does not know.
    let json = serde_json::to_string(&draft).unwrap();
    assert_eq!(serde_json::from_str::<AnswerDraft>(&json).unwrap(), draft);
    let other = start(&mut data, RoundId([0xb0; 8]), RoundKind::Team);
    assert!(!draft.answers(&other));
    // No rung about a team.
    let mut team = AnswerDraft::new(&other);
    team.set_rung(&other, Some(5));
    assert_eq!(team.rung, None);
}

#[test]
fn saved_answers_do_not_keep_the_order_they_arrived_in() {
    let kind = RoundKind::Team;
    let codes: Vec<_> = (1..=6).map(|s| code(ID, s * 37)).collect();
    let mut a = RoundsData::default();
    let mut b = RoundsData::default();
    start(&mut a, ID, kind);
    start(&mut b, ID, kind);
    for (i, c) in codes.iter().enumerate() {
        a.add(c, &answer(ID, kind, (i % 5) as u8 + 1, None))
            .unwrap();
    }
    for (i, c) in codes.iter().enumerate().rev() {
        b.add(c, &answer(ID, kind, (i % 5) as u8 + 1, None))
            .unwrap();
    }
    assert_eq!(a, b);
    let ids: Vec<_> = a.rounds[0].answers.iter().map(|x| x.id.clone()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    // Nothing about when an answer came is saved.
    let json = serde_json::to_value(&a).unwrap();
    for answer in json["rounds"][0]["answers"].as_array().unwrap() {
        let keys: Vec<_> = answer.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["id", "values"], "no time, no place in line");
    }
}

#[test]
fn the_organisers_own_answers_are_kept_for_team_rounds() {
    let mut data = RoundsData::default();
    start(&mut data, ID, RoundKind::Team);
    let mut own: BTreeMap<String, u8> = codes::statement_ids(RoundKind::Team)
        .into_iter()
        .map(|id| (id.to_string(), 4))
        .collect();
    own.insert("control-intent".into(), 4);
    own.insert("team-clarity-guessing".into(), 9);
    assert!(data.set_own(ID, &own));
    assert_eq!(
        data.rounds[0].own.len(),
        14,
        "only the team's statements, 1 to 5"
    );
    assert!(!data.set_own(RoundId([3; 8]), &own));
}

#[test]
fn saved_rounds_read_back_and_tolerate_missing_and_unknown_fields() {
    let mut data = RoundsData::default();
    let kind = RoundKind::AboutMe(Role::Leader);
    start(&mut data, ID, kind);
    data.add(&code(ID, 1), &answer(ID, kind, 2, None)).unwrap();
    data.close(ID, 5_000);
    let json = serde_json::to_string(&data).unwrap();
    let back: RoundsData = serde_json::from_str(&json).unwrap();
    assert_eq!(back, data);
    assert_eq!(back.validate(), Ok(()));

    // Written by an older or newer version: missing fields read as empty,
    // fields this version does not know are ignored, an unknown kind is kept.
    let old: RoundsData = serde_json::from_str(
        r#"{"rounds":[{"id":"0000000000000001","kind":"pairs","started_at":5,
            "answers":[{"id":"AAAAAAAAAAAAAAAA","values":{"x":3},"mood":"sunny"}],
            "colour":"blue"}],"future":true}"#,
    )
    .unwrap();
    let r = &old.rounds[0];
    assert_eq!(r.kind, "pairs");
    assert_eq!(r.kind(), None);
    assert_eq!(r.closed_at, None);
    assert_eq!(r.answers[0].values["x"], 3);
    assert_eq!(r.invitation(), None);
    // It is kept and shown, takes no answers, and is refused on import.
    let c = code(RoundId([0, 0, 0, 0, 0, 0, 0, 1]), 9);
    assert_eq!(
        old.check(&c, None).unwrap_err(),
        AddError::Code(CodeError::Damaged)
    );
    assert!(old.validate().unwrap_err().contains("kind"));
    let round_trip: RoundsData =
        serde_json::from_str(&serde_json::to_string(&old).unwrap()).unwrap();
    assert_eq!(round_trip, old);
    assert_eq!(
        serde_json::from_str::<RoundsData>("{}").unwrap(),
        RoundsData::default()
    );
}

#[test]
fn validate_keeps_imports_within_limits() {
    let mut good = RoundsData::default();
    let kind = RoundKind::AboutMe(Role::Leader);
    start(&mut good, ID, kind);
    start(&mut good, RoundId([0xb0; 8]), RoundKind::Team);
    good.add(&code(ID, 1), &answer(ID, kind, 2, Some("ok")))
        .unwrap();
    assert_eq!(good.validate(), Ok(()));
    assert_eq!(good.summary_words().as_deref(), Some("2 rounds (2 open)"));
    good.close(ID, 7);
    assert_eq!(good.summary_words().as_deref(), Some("2 rounds (1 open)"));
    assert_eq!(RoundsData::default().summary_words(), None);

    let bad = |change: fn(&mut RoundsData)| {
        let mut d = good.clone();
        change(&mut d);
        d.validate().unwrap_err()
    };
    assert!(bad(|d| d.rounds[0].id = "xyz".into()).contains("round id"));
    assert!(bad(|d| d.rounds[1].id = d.rounds[0].id.clone()).contains("twice"));
    assert!(bad(|d| d.rounds[0].role = Some("admiral".into())).contains("kind"));
    assert!(bad(|d| d.rounds[1].role = Some("leader".into())).contains("role"));
    assert!(bad(|d| d.rounds[0].public_key.pop().map(drop).unwrap_or(())).contains("key"));
    assert!(bad(|d| d.rounds[0].name = Some("n".repeat(41))).contains("name"));
    assert!(bad(|d| d.rounds[0].name = Some("a\u{7}b".into())).contains("name"));
    assert!(bad(|d| d.rounds[0].closes_on = Some("2026-13-01".into())).contains("closing"));
    assert!(bad(|d| d.rounds[0].started_at = u64::MAX).contains("9999"));
    assert!(bad(|d| d.rounds[0].private_key.clear()).contains("private key"));
    assert!(bad(|d| d.rounds[0].answers[0].id = "short".into()).contains("id"));
    assert!(bad(|d| {
        let a = d.rounds[0].answers[0].clone();
        d.rounds[0].answers.push(a);
    })
    .contains("twice"));
    assert!(bad(|d| {
        d.rounds[0].answers[0]
            .values
            .insert("control-intent".into(), 6);
    })
    .contains("1 to 5"));
    assert!(bad(|d| {
        d.rounds[0].answers[0]
            .values
            .insert("team-control-intent".into(), 3);
    })
    .contains("1 to 5"));
    assert!(bad(|d| d.rounds[0].answers[0].rung = Some(8)).contains("rung"));
    assert!(bad(|d| d.rounds[0].answers[0].comment = Some("é".repeat(281))).contains("280"));
    assert!(bad(|d| {
        d.rounds[1].own.insert("team-control-intent".into(), 0);
    })
    .contains("own"));
}

// Natively only: a WebAssembly build carries one language.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn backup_counts_and_refusals_speak_german() {
    use crate::text::{set_lang, Lang};
    let mut good = RoundsData::default();
    let kind = RoundKind::AboutMe(Role::Leader);
    start(&mut good, ID, kind);
    start(&mut good, RoundId([0xb0; 8]), RoundKind::Team);
    good.add(&code(ID, 1), &answer(ID, kind, 2, None)).unwrap();
    good.close(ID, 7);
    let mut no_key = good.clone();
    no_key.rounds[1].private_key.clear();
    let mut twice = good.clone();
    twice.rounds[1].id = twice.rounds[0].id.clone();
    set_lang(Lang::De);
    let summary = good.summary_words();
    let key = no_key.validate();
    let same = twice.validate();
    set_lang(Lang::En);
    assert_eq!(summary.as_deref(), Some("2 Runden (1 offen)"));
    assert_eq!(
        key.unwrap_err(),
        "Runde 2 hat keinen verwendbaren privaten Schlüssel"
    );
    assert_eq!(same.unwrap_err(), "Runde 2 kommt zweimal vor");
    // English stays as it was.
    assert_eq!(
        no_key.validate().unwrap_err(),
        "round 2 has no usable private key"
    );
}

/// Property tests: many generated inputs. Native only (proptest is not
/// built for wasm32).
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use crate::model::rounds::find::find_codes;
    use crate::model::rounds::text::is_code_char;
    use proptest::collection::vec;
    use proptest::prelude::*;

    fn round_id() -> impl Strategy<Value = RoundId> {
        any::<[u8; 8]>().prop_map(RoundId)
    }

    fn kind() -> impl Strategy<Value = RoundKind> {
        prop::sample::select(RoundKind::ALL.to_vec())
    }

    fn public_key() -> impl Strategy<Value = Vec<u8>> {
        vec(any::<u8>(), 64).prop_map(|mut k| {
            k.insert(0, 4);
            k
        })
    }

    fn person_text(max: usize) -> impl Strategy<Value = String> {
        prop_oneof![
            2 => "[A-Za-z éüß🚢'-]{0,12}",
            1 => prop::collection::vec(any::<char>(), 0..max)
                .prop_map(|cs| cs.into_iter().collect::<String>()),
        ]
    }

    fn invitation() -> impl Strategy<Value = Invitation> {
        (
            round_id(),
            kind(),
            person_text(40),
            any::<u16>(),
            public_key(),
        )
            .prop_filter_map("a name the form accepts", |(id, kind, name, day, key)| {
                Invitation::new(id, kind, Some(&name), Some(day), &key).ok()
            })
    }

    fn answer() -> impl Strategy<Value = Answer> {
        (
            round_id(),
            kind(),
            vec(1u8..=5, 15),
            0u8..=7,
            person_text(300),
        )
            .prop_filter_map(
                "an answer the form accepts",
                |(id, kind, values, rung, comment)| {
                    let rung = (kind.asks_ladder() && rung > 0).then_some(rung);
                    Answer::new(id, kind, values, rung, Some(&comment)).ok()
                },
            )
    }

    fn sealed() -> impl Strategy<Value = SealedCode> {
        (
            round_id(),
            public_key(),
            any::<[u8; 12]>(),
            vec(any::<u8>(), 45..1250),
        )
            .prop_map(|(round, key, nonce, ciphertext)| SealedCode {
                round,
                ephemeral_key: key.try_into().unwrap(),
                nonce,
                ciphertext,
            })
    }

    /// Text a code may be pasted in: words that never hold "LL".
    fn words() -> impl Strategy<Value = String> {
        vec(
            prop_oneof![
                "[a-km-z ,.!?:;'\"()\n]{0,12}",
                Just("https://example.org/leader-leader/rounds/add#".to_string()),
                Just("\n> ".to_string()),
            ],
            0..5,
        )
        .prop_map(|w| w.concat())
    }

    /// Replaces the character at `at` (a byte offset of an ASCII text) with
    /// `with`, if that changes it.
    fn changed(text: &str, at: usize, with: char) -> Option<String> {
        let mut out = text.to_string();
        let old = text[at..].chars().next()?;
        if old == with {
            return None;
        }
        out.replace_range(at..at + old.len_utf8(), with.encode_utf8(&mut [0; 4]));
        Some(out)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn decoding_any_text_never_panics(text in any::<String>()) {
            let _ = Invitation::decode(&text);
            let _ = SealedCode::decode(&text);
            let _ = find_codes(&text);
        }

        #[test]
        fn decoding_code_like_text_never_panics(text in "(LL[AI][0-9]{0,3}-?)?[A-Za-z0-9_ \n>-]{0,200}") {
            let _ = Invitation::decode(&text);
            let _ = SealedCode::decode(&text);
            if let Ok(found) = find_codes(&text) {
                for c in found {
                    prop_assert!(c.start < c.end && c.end <= text.len());
                    prop_assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end));
                    let _ = SealedCode::decode(&c.code);
                }
            }
        }

        #[test]
        fn decoding_any_bytes_never_panics(bytes in vec(any::<u8>(), 0..400), id in round_id()) {
            let _ = Answer::decode(&bytes, id);
            let text = String::from_utf8_lossy(&bytes);
            let _ = Invitation::decode(&text);
            let _ = SealedCode::decode(&text);
            let _ = find_codes(&text);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn invitations_round_trip_and_any_truncation_is_cut_off(inv in invitation(), cut in any::<prop::sample::Index>()) {
            let text = inv.encode();
            prop_assert!(text.len() < 400);
            prop_assert_eq!(Invitation::decode(&text), Ok(inv));
            // Cut anywhere after "LLI1" (shorter is not recognisably ours).
            let at = 4 + cut.index(text.len() - 4);
            prop_assert_eq!(Invitation::decode(&text[..at]), Err(CodeError::CutOff));
        }

        #[test]
        fn answers_round_trip_and_any_truncation_is_cut_off(a in answer(), cut in any::<prop::sample::Index>(), other in round_id()) {
            let bytes = a.encode();
            prop_assert_eq!(Answer::decode(&bytes, a.round), Ok(a.clone()));
            if other != a.round {
                prop_assert_eq!(Answer::decode(&bytes, other), Err(CodeError::OtherRound));
            }
            let at = cut.index(bytes.len());
            prop_assert_eq!(Answer::decode(&bytes[..at], a.round), Err(CodeError::CutOff));
        }

        #[test]
        fn sealed_codes_round_trip_and_any_truncation_is_cut_off(code in sealed(), cut in any::<prop::sample::Index>()) {
            let text = code.encode();
            prop_assert!(text.len() < 1_800);
            prop_assert_eq!(SealedCode::decode(&text), Ok(code.clone()));
            let at = 4 + cut.index(text.len() - 4);
            prop_assert_eq!(SealedCode::decode(&text[..at]), Err(CodeError::CutOff));
        }

        #[test]
        fn any_changed_character_is_refused(
            code in sealed(),
            inv in invitation(),
            at in any::<prop::sample::Index>(),
            with in prop_oneof![
                prop::sample::select(
                    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                        .chars()
                        .collect::<Vec<_>>()
                ),
                any::<char>(),
            ],
        ) {
            let text = code.encode();
            if let Some(bad) = changed(&text, at.index(text.len()), with) {
                prop_assert!(SealedCode::decode(&bad).is_err(), "{} accepted", bad);
            }
            let text = inv.encode();
            if let Some(bad) = changed(&text, at.index(text.len()), with) {
                prop_assert!(Invitation::decode(&bad).is_err(), "{} accepted", bad);
            }
        }

        #[test]
        fn codes_are_found_in_any_message_even_wrapped(
            codes in vec(sealed(), 1..4),
            around in vec(words(), 4),
            width in prop_oneof![Just(0usize), 20usize..90],
            lead in prop::sample::select(vec!["", "> ", ">> ", "  "]),
        ) {
            let texts: Vec<String> = codes.iter().map(SealedCode::encode).collect();
            let mut message = around[0].clone();
            for (i, t) in texts.iter().enumerate() {
                // A code char just before a code would make it part of a word.
                if message.ends_with(is_code_char) {
                    message.push(' ');
                }
                if width == 0 {
                    message.push_str(t);
                } else {
                    let lines: Vec<_> = t.as_bytes().chunks(width)
                        .map(|c| std::str::from_utf8(c).unwrap())
                        .collect();
                    message.push_str(&lines.join(&format!("\n{lead}")));
                }
                message.push('\n');
                message.push_str(&around[(i + 1) % 4]);
            }
            let found = find_codes(&message).map_err(|_| TestCaseError::fail("none found"))?;
            let found: Vec<_> = found.into_iter().map(|c| c.code).collect();
            prop_assert_eq!(found, texts);
        }
    }
}
