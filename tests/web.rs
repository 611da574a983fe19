//! Browser tests: run in headless Chromium by `wasm-bindgen-test-runner`
//! (`cargo test --target wasm32-unknown-unknown --test web`). They use the
//! real localStorage and the real DOM.
#![cfg(target_arch = "wasm32")]

use leader_leader::model::{Progress, SavedData};
use leader_leader::storage::{self, Key, Loaded};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn clear() {
    local().clear().unwrap();
}

/// The texts of the kept damaged copies, oldest first.
fn damaged() -> Vec<String> {
    let mut copies = storage::damaged_copies();
    copies.sort_by_key(|(key, _)| storage::damaged_time(key));
    copies.into_iter().map(|(_, raw)| raw).collect()
}

#[wasm_bindgen_test]
fn first_visit_finds_nothing() {
    clear();
    assert_eq!(storage::load(), Loaded::Nothing);
}

#[wasm_bindgen_test]
fn saved_progress_is_read_back_from_local_storage() {
    clear();
    let mut progress = Progress::default();
    progress.set_checked("code-list-approvals", true);
    progress.set_note("genetic-code", "Leave approvals: hand them to the chiefs.");
    let data = SavedData::new(progress);
    storage::save(&data).expect("saving works");

    // What is in localStorage is the versioned envelope.
    let raw = local().get_item(Key::Data.name()).unwrap().unwrap();
    let value: serde_json::Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(value["version"], leader_leader::model::CURRENT_VERSION);
    assert_eq!(value["progress"]["checked"][0], "code-list-approvals");

    // The parts come back as JSON, to be decoded when a page needs them.
    match storage::load() {
        Loaded::Data(loaded) => {
            assert_eq!(leader_leader::model::decode(&loaded.encode()), Ok(data))
        }
        other => panic!("expected saved data, got {other:?}"),
    }
    // The probe key does not linger.
    assert_eq!(local().get_item(Key::Probe.name()).unwrap(), None);
}

#[wasm_bindgen_test]
fn unreadable_data_is_reported_and_left_in_place() {
    clear();
    local().set_item(Key::Data.name(), "{not json").unwrap();
    match storage::load() {
        Loaded::Unreadable { raw, .. } => assert_eq!(raw, "{not json"),
        other => panic!("expected Unreadable, got {other:?}"),
    }
    // Loading never writes: the damaged text is still there.
    assert_eq!(
        local().get_item(Key::Data.name()).unwrap().as_deref(),
        Some("{not json")
    );
    let key = storage::keep_damaged("{not json", 1_764_412_345_678).unwrap();
    assert_eq!(key, format!("{}:1764412345678", Key::Damaged.name()));
    assert_eq!(damaged(), ["{not json"]);
}

#[wasm_bindgen_test]
fn every_damaged_copy_is_kept_and_none_overwrites_another() {
    clear();
    // The single copy an earlier version kept is listed, first.
    local().set_item(storage::LEGACY_DAMAGED, "{old").unwrap();
    let a = storage::keep_damaged("{first", 1_764_412_345_678).unwrap();
    // Two incidents in the same millisecond still get keys of their own.
    let b = storage::keep_damaged("{second", 1_764_412_345_678).unwrap();
    let c = storage::keep_damaged("{third", 1_764_412_399_999).unwrap();
    assert_eq!(b, format!("{a}-2"));
    // The same text again is the same copy.
    assert_eq!(
        storage::keep_damaged("{first", 1_764_412_399_000),
        Ok(a.clone())
    );
    assert_eq!(damaged(), ["{old", "{first", "{second", "{third"]);
    storage::remove_damaged(&b).unwrap();
    assert_eq!(damaged(), ["{old", "{first", "{third"]);
    assert!(c.starts_with(&format!("{}:", Key::Damaged.name())));
    // Removing a copy never reaches another key.
    storage::remove_damaged(Key::Data.name()).unwrap();
    local().set_item(Key::Data.name(), "{}").unwrap();
    storage::remove_damaged(Key::Data.name()).unwrap();
    assert!(local().get_item(Key::Data.name()).unwrap().is_some());
}

#[wasm_bindgen_test]
fn a_second_incident_keeps_the_first_copy() {
    clear();
    local().set_item(Key::Data.name(), "{first damage").unwrap();
    let owner = leptos::prelude::Owner::new();
    owner.with(|| {
        let _app = leader_leader::state::AppState::load();
    });
    assert_eq!(damaged(), ["{first damage"]);
    local()
        .set_item(Key::Data.name(), "{second damage")
        .unwrap();
    owner.with(|| {
        let _app = leader_leader::state::AppState::load();
    });
    assert_eq!(damaged(), ["{first damage", "{second damage"]);
}

#[wasm_bindgen_test]
fn app_state_keeps_a_copy_of_damaged_data_before_starting_afresh() {
    clear();
    local()
        .set_item(Key::Data.name(), "{\"version\": 1, \"progress\": 7}")
        .unwrap();
    let owner = leptos::prelude::Owner::new();
    owner.with(|| {
        let app = leader_leader::state::AppState::load();
        assert!(leptos::prelude::GetUntracked::get_untracked(&app.notice).is_some());
        assert_eq!(damaged(), ["{\"version\": 1, \"progress\": 7}"]);
        // The first change saves fresh data; the damaged copy stays.
        app.set_checked("act-intent-language", true);
        let raw = local().get_item(Key::Data.name()).unwrap().unwrap();
        assert!(raw.contains("act-intent-language"));
        assert_eq!(damaged().len(), 1);
    });
}

#[wasm_bindgen_test]
fn data_from_a_newer_version_is_never_overwritten() {
    clear();
    let newer = "{\"version\": 9, \"progress\": {}, \"future\": true}";
    local().set_item(Key::Data.name(), newer).unwrap();
    let owner = leptos::prelude::Owner::new();
    owner.with(|| {
        let app = leader_leader::state::AppState::load();
        app.set_checked("act-intent-language", true);
        app.set_note("act-your-way", "typed while read-only");
    });
    assert_eq!(
        local().get_item(Key::Data.name()).unwrap().as_deref(),
        Some(newer)
    );
}

#[wasm_bindgen_test]
fn every_change_through_app_state_is_saved_at_once() {
    clear();
    let owner = leptos::prelude::Owner::new();
    owner.with(|| {
        let app = leader_leader::state::AppState::load();
        app.set_role(leader_leader::content::Role::Member);
        app.set_note("start-in-the-middle", "Chiefs first.");
    });
    match storage::load() {
        Loaded::Data(data) => {
            assert_eq!(data.progress.role.as_deref(), Some("member"));
            assert_eq!(data.progress.note("start-in-the-middle"), "Chiefs first.");
        }
        other => panic!("expected saved data, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn an_unreadable_part_is_written_back_as_it_was_then_kept_aside_before_a_change() {
    clear();
    let text = "{\"version\": 3, \"assessments\": {\"history\": 5}}";
    local().set_item(Key::Data.name(), text).unwrap();
    let owner = leptos::prelude::Owner::new();
    owner.with(|| {
        use leptos::prelude::GetUntracked;
        let app = leader_leader::state::AppState::load();
        assert_eq!(app.notice.get_untracked(), None);
        // A change elsewhere writes the part back as it was.
        app.set_checked("act-intent-language", true);
        let saved: serde_json::Value =
            serde_json::from_str(&local().get_item(Key::Data.name()).unwrap().unwrap()).unwrap();
        assert_eq!(saved["assessments"], serde_json::json!({"history": 5}));
        assert!(damaged().is_empty());
        // A change to the part keeps the saved text aside first.
        app.update_assessments(|a| a.set_rung(3, 1));
        let kept: serde_json::Value = serde_json::from_str(&damaged()[0]).unwrap();
        assert_eq!(kept["assessments"], serde_json::json!({"history": 5}));
        assert!(matches!(
            app.notice.get_untracked(),
            Some(leader_leader::state::DataNotice::Recovered {
                copy_kept: true,
                part: Some(_),
                ..
            })
        ));
        let saved: serde_json::Value =
            serde_json::from_str(&local().get_item(Key::Data.name()).unwrap().unwrap()).unwrap();
        assert_eq!(saved["assessments"]["draft"]["rung"], 3);
        assert_eq!(saved["progress"]["checked"][0], "act-intent-language");
    });
}

#[wasm_bindgen_test]
fn an_unreadable_part_of_newer_data_is_neither_kept_aside_nor_written() {
    clear();
    let newer = "{\"version\": 9, \"assessments\": {\"history\": 5}}";
    local().set_item(Key::Data.name(), newer).unwrap();
    let owner = leptos::prelude::Owner::new();
    owner.with(|| {
        let app = leader_leader::state::AppState::load();
        app.update_assessments(|a| a.set_rung(3, 1));
        assert_eq!(
            app.assessments().with_untracked(|a| a.draft_rung()),
            Some(3)
        );
    });
    assert_eq!(
        local().get_item(Key::Data.name()).unwrap().as_deref(),
        Some(newer)
    );
    assert!(damaged().is_empty());
}

/// Makes every write to a key that starts with `prefix` fail as a full
/// quota does, until [`unfill`].
fn fill(prefix: &str) {
    let install = js_sys::Function::new_with_args(
        "prefix",
        "const real = Storage.prototype.setItem; window.__realSetItem = real; \
         Storage.prototype.setItem = function (k, v) { \
           if (k.startsWith(prefix)) throw new DOMException('full', 'QuotaExceededError'); \
           return real.call(this, k, v); };",
    );
    install
        .call1(&wasm_bindgen::JsValue::NULL, &prefix.into())
        .unwrap();
}

fn unfill() {
    js_sys::Function::new_no_args("Storage.prototype.setItem = window.__realSetItem;")
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap();
}

const EARLIER: &str = r#"{"version": 3, "progress": {"checked": ["code-list-approvals"], "notes": {"genetic-code": "Chiefs first."}}}"#;

#[wasm_bindgen_test]
fn data_an_earlier_version_saved_is_copied_under_this_copys_key_unchanged() {
    clear();
    local().set_item(storage::LEGACY, EARLIER).unwrap();
    local()
        .set_item(
            &format!("{}:1764412345678", storage::LEGACY_DAMAGED),
            "{old",
        )
        .unwrap();
    match storage::load() {
        Loaded::Data(data) => {
            assert_eq!(data.progress.note("genetic-code"), "Chiefs first.")
        }
        other => panic!("expected saved data, got {other:?}"),
    }
    assert_eq!(
        local().get_item(Key::Data.name()).unwrap().as_deref(),
        Some(EARLIER)
    );
    // Copied, not moved: another copy of the app may not have migrated yet.
    assert_eq!(
        local().get_item(storage::LEGACY).unwrap().as_deref(),
        Some(EARLIER)
    );
    // The earlier version's damaged copy is still listed, where it was.
    assert_eq!(damaged(), ["{old"]);
    // Once this copy has data of its own, the legacy key is not read again.
    local().set_item(storage::LEGACY, "{}").unwrap();
    match storage::load() {
        Loaded::Data(data) => {
            assert_eq!(data.progress.note("genetic-code"), "Chiefs first.")
        }
        other => panic!("expected saved data, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn data_an_earlier_version_saved_is_read_in_place_when_it_cannot_be_copied() {
    clear();
    local().set_item(storage::LEGACY, EARLIER).unwrap();
    fill("leader-leader@");
    let loaded = storage::load();
    unfill();
    match loaded {
        Loaded::Data(data) => {
            assert_eq!(data.progress.note("genetic-code"), "Chiefs first.")
        }
        other => panic!("expected saved data, got {other:?}"),
    }
    assert_eq!(local().get_item(Key::Data.name()).unwrap(), None);
    assert_eq!(
        local().get_item(storage::LEGACY).unwrap().as_deref(),
        Some(EARLIER)
    );
}

#[wasm_bindgen_test]
fn unreadable_earlier_data_that_cannot_be_copied_is_held() {
    clear();
    local().set_item(storage::LEGACY, "{broken").unwrap();
    fill("leader-leader@");
    let owner = leptos::prelude::Owner::new();
    owner.with(|| {
        use leptos::prelude::GetUntracked;
        let app = leader_leader::state::AppState::load();
        assert_eq!(
            app.health.get_untracked(),
            leader_leader::state::SaveHealth::HoldingDamaged
        );
        assert_eq!(app.damaged.get_untracked().as_deref(), Some("{broken"));
    });
    unfill();
    assert_eq!(
        local().get_item(storage::LEGACY).unwrap().as_deref(),
        Some("{broken")
    );
}

#[wasm_bindgen_test]
fn deleting_everything_spares_other_copies_of_the_app_and_other_sites() {
    clear();
    local().set_item(storage::LEGACY, EARLIER).unwrap();
    local().set_item(storage::LEGACY_DAMAGED, "{old").unwrap();
    storage::load();
    storage::keep_damaged("{new", 1_764_412_345_678).unwrap();
    let fork = storage::data_key("/fork");
    local().set_item(&fork, EARLIER).unwrap();
    local()
        .set_item(&format!("{fork}:damaged:1764412345678"), "{fork")
        .unwrap();
    local().set_item("another-site", "keep").unwrap();
    storage::remove_all().unwrap();
    let mut left: Vec<String> = (0..local().length().unwrap())
        .filter_map(|i| local().key(i).unwrap())
        .collect();
    left.sort();
    assert_eq!(
        left,
        [
            "another-site".to_string(),
            fork.clone(),
            format!("{fork}:damaged:1764412345678")
        ]
    );
    // Nothing of the earlier version's is read back.
    assert_eq!(storage::load(), Loaded::Nothing);
}

// Sealing team-round answers with the browser's SubtleCrypto.

mod seal {
    use leader_leader::model::rounds::codes::{statement_ids, TAG_BYTES};
    use leader_leader::model::rounds::{
        Answer, CodeError, Round, RoundId, RoundKind, RoundsData, SealedCode, MAX_PRIVATE_KEY_CHARS,
    };
    use leader_leader::seal::{new_key_pair, open, seal, SealError};
    use wasm_bindgen_test::*;

    const ROUND: RoundId = RoundId([1, 2, 3, 4, 5, 6, 7, 8]);

    fn answer() -> Answer {
        let n = statement_ids(RoundKind::Team).len();
        let values = (0..n).map(|i| (i % 5) as u8 + 1).collect();
        Answer::new(
            ROUND,
            RoundKind::Team,
            values,
            None,
            Some("Ask us first. ✓"),
        )
        .unwrap()
    }

    #[wasm_bindgen_test]
    async fn a_sealed_answer_opens_with_the_rounds_key_after_travelling_as_text() {
        let (public, private) = new_key_pair().await.unwrap();
        assert_eq!(public[0], 4, "raw uncompressed P-256");
        let plain = answer().encode();
        let code = seal(&public, ROUND, &plain).await.unwrap();
        assert_eq!(code.round, ROUND);
        assert_eq!(code.ciphertext.len(), plain.len() + TAG_BYTES);
        assert!(!code.ciphertext.windows(plain.len()).any(|w| w == plain));

        let text = code.encode();
        assert!(text.starts_with("LLA1-"));
        let read = SealedCode::decode(&text).unwrap();
        assert_eq!(read, code);
        let opened = open(&private, &read).await.unwrap();
        assert_eq!(opened, plain);
        assert_eq!(Answer::decode(&opened, ROUND), Ok(answer()));

        // Every seal has its own one-off key and nonce.
        let again = seal(&public, ROUND, &plain).await.unwrap();
        assert_ne!(again.ephemeral_key, code.ephemeral_key);
        assert_ne!(again.nonce, code.nonce);
        assert_ne!(again.answer_id(), code.answer_id());
        assert_eq!(open(&private, &again).await.unwrap(), plain);
    }

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    /// A code sealed outside the browser, by Python's `cryptography`
    /// (ECDH P-256, HKDF-SHA-256 with the round id as salt and
    /// `HKDF_INFO` as info, AES-GCM with `LLA1-` and the round id as
    /// additional data), from fixed keys: the recipe is the documented
    /// one, not merely the same on both sides.
    #[wasm_bindgen_test]
    async fn a_code_sealed_by_another_implementation_of_the_recipe_opens() {
        let private = r#"{"kty":"EC","crv":"P-256","x":"n62Erq4Iu-9_AQAU2CzvagneKwz4cbXODE8dE6WaWTQ","y":"B8tFdp8QcOLCRw_lsb_mMTPAsM3GTqS_N5Go7CoH_U8","d":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEjRWeJCrze8"}"#;
        let code = SealedCode {
            round: ROUND,
            ephemeral_key: hex(
                "0452c6ff5b71de65d83c75d393e249ec03894370515d0b229b1c6224681f2a5030\
                 b6f323c20c20d021d611e087cf482f5297e6135cbee6d3994832164e479e6e96",
            )
            .try_into()
            .unwrap(),
            nonce: std::array::from_fn(|i| i as u8),
            ciphertext: hex("dd4273025cfebb0f5f89b35b66d35ef524e60947c252a30296a0f344"),
        };
        assert_eq!(open(private, &code).await.unwrap(), b"known answer");
    }

    #[wasm_bindgen_test]
    async fn a_code_sealed_for_another_key_is_damaged() {
        let (public, _) = new_key_pair().await.unwrap();
        let (_, other_private) = new_key_pair().await.unwrap();
        let code = seal(&public, ROUND, &answer().encode()).await.unwrap();
        assert_eq!(open(&other_private, &code).await, Err(SealError::Damaged));
    }

    #[wasm_bindgen_test]
    async fn one_changed_byte_of_ciphertext_nonce_or_key_fails_to_open() {
        let (public, private) = new_key_pair().await.unwrap();
        let code = seal(&public, ROUND, &answer().encode()).await.unwrap();
        assert!(open(&private, &code).await.is_ok());
        let last = code.ciphertext.len() - 1;
        for i in [0, last / 2, last - TAG_BYTES, last] {
            let mut changed = code.clone();
            changed.ciphertext[i] ^= 1;
            assert_eq!(
                open(&private, &changed).await,
                Err(SealError::Damaged),
                "byte {i}"
            );
        }
        let mut changed = code.clone();
        changed.nonce[5] ^= 0x80;
        assert_eq!(
            open(&private, &changed).await,
            Err(SealError::Damaged),
            "nonce"
        );
        // Another point, or one off the curve.
        for i in [10, 64] {
            let mut changed = code.clone();
            changed.ephemeral_key[i] ^= 1;
            assert_eq!(
                open(&private, &changed).await,
                Err(SealError::Damaged),
                "key {i}"
            );
        }
        let mut cut = code.clone();
        cut.ciphertext.pop();
        assert_eq!(
            open(&private, &cut).await,
            Err(SealError::Damaged),
            "cut tag"
        );
    }

    #[wasm_bindgen_test]
    async fn a_code_moved_to_another_round_fails_to_open() {
        let (public, private) = new_key_pair().await.unwrap();
        let code = seal(&public, ROUND, &answer().encode()).await.unwrap();
        let mut moved = code.clone();
        moved.round = RoundId([1, 2, 3, 4, 5, 6, 7, 9]);
        // Still a well-formed code: only the tag tells.
        assert_eq!(SealedCode::decode(&moved.encode()), Ok(moved.clone()));
        assert_eq!(open(&private, &moved).await, Err(SealError::Damaged));
    }

    #[wasm_bindgen_test]
    async fn the_private_key_still_opens_after_being_saved_and_read_back() {
        let (public, private) = new_key_pair().await.unwrap();
        assert!(private.len() <= MAX_PRIVATE_KEY_CHARS);
        let jwk: serde_json::Value = serde_json::from_str(&private).unwrap();
        assert_eq!(jwk["kty"], "EC");
        assert_eq!(jwk["crv"], "P-256");
        assert!(jwk["d"].is_string(), "the private part is there");

        // Saved with the round, as JSON, and read back.
        let data = RoundsData {
            rounds: vec![Round {
                id: ROUND.hex(),
                private_key: private.clone(),
                ..Round::default()
            }],
        };
        let saved = serde_json::to_string(&data).unwrap();
        let read: RoundsData = serde_json::from_str(&saved).unwrap();
        let kept = &read.rounds[0].private_key;
        // Re-serialised JSON (another key order, say) reads as well.
        let reserialised = serde_json::to_string(&jwk).unwrap();

        let code = seal(&public, ROUND, &answer().encode()).await.unwrap();
        for key in [kept, &reserialised] {
            let opened = open(key, &code).await.unwrap();
            assert_eq!(Answer::decode(&opened, ROUND), Ok(answer()));
        }
        assert_eq!(
            Answer::decode(&open(kept, &code).await.unwrap(), RoundId([0; 8])),
            Err(CodeError::OtherRound)
        );
    }

    #[wasm_bindgen_test]
    async fn unusable_keys_are_refused_as_keys() {
        let (public, private) = new_key_pair().await.unwrap();
        let code = seal(&public, ROUND, b"plain").await.unwrap();
        for bad in ["", "not json", "{}", r#"{"kty":"EC","crv":"P-256"}"#] {
            assert_eq!(open(bad, &code).await, Err(SealError::BadKey), "{bad}");
        }
        let mut jwk: serde_json::Value = serde_json::from_str(&private).unwrap();
        jwk.as_object_mut().unwrap().remove("d");
        let public_only = jwk.to_string();
        assert_eq!(open(&public_only, &code).await, Err(SealError::BadKey));

        let mut off_curve = public;
        off_curve[64] ^= 1;
        assert_eq!(
            seal(&off_curve, ROUND, b"plain").await,
            Err(SealError::BadKey)
        );
    }
}
