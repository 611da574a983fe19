//! Sealing and opening team-round answers with the browser's own
//! cryptography (`SubtleCrypto`), so the wasm carries no crypto code.
//!
//! The recipe is the one [`crate::model::rounds::codes`] describes: ECDH
//! P-256 between a one-off key of the person answering and the asker's key
//! gives 32 bytes; HKDF-SHA-256 (salt: the round id, info: [`HKDF_INFO`])
//! turns them into an AES-GCM 256 key; the answer is encrypted under a
//! random 12-byte nonce with [`SealedCode::aad`] as additional data. The
//! bytes and their text are the model's ([`SealedCode`]); this module only
//! fills in the key, nonce and ciphertext.
//!
//! Nothing in the main module calls this (the round pages are to, from
//! their split pieces), so it costs the first load nothing.

use js_sys::{Array, Object, Reflect, Uint8Array, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::model::rounds::codes::{HKDF_INFO, NONCE_BYTES, PUBLIC_KEY_BYTES};
use crate::model::rounds::{RoundId, SealedCode};

// `SubtleCrypto` is called through `Reflect` (a method by name, its
// parameters as plain objects) rather than `web-sys`'s typed bindings:
// every binding is an import of the wasm, and every import is in the main
// module whichever piece calls it (measured: the typed bindings took 0.9 KB
// gzipped of the first load). The calls are the same.

/// Why sealing or opening did not work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SealError {
    /// The browser offers no `crypto.subtle`: a page not served over
    /// HTTPS (or localhost), or a very old browser.
    Unavailable,
    /// A key could not be used: the saved private key (not a P-256 JWK),
    /// or the public key in an invitation (not a point on P-256).
    BadKey,
    /// The code does not open: changed on the way, or sealed for another
    /// key. Shown as [`crate::model::rounds::CodeError::Damaged`].
    Damaged,
    /// Anything else the browser refused, by the name of its error.
    Browser(String),
}

fn get(target: &JsValue, name: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// The name of a DOMException (or other error), for telling failures apart.
fn error_name(e: &JsValue) -> String {
    get(e, "name").as_string().unwrap_or_default()
}

fn browser(e: JsValue) -> SealError {
    SealError::Browser(error_name(&e))
}

/// `crypto`, and its `subtle`, which is missing outside secure contexts.
fn crypto() -> Result<(JsValue, JsValue), SealError> {
    let crypto = get(&js_sys::global(), "crypto");
    let subtle = get(&crypto, "subtle");
    if subtle.is_undefined() || subtle.is_null() {
        return Err(SealError::Unavailable);
    }
    Ok((crypto, subtle))
}

/// A plain object with these fields, for `SubtleCrypto`'s parameters.
fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object.into()
}

fn text(s: &str) -> JsValue {
    JsValue::from_str(s)
}

fn bytes(b: &[u8]) -> JsValue {
    Uint8Array::from(b).into()
}

fn bytes_of(buffer: &JsValue) -> Vec<u8> {
    Uint8Array::new(buffer).to_vec()
}

fn usages(list: &[&str]) -> JsValue {
    list.iter().map(|u| text(u)).collect::<Array>().into()
}

/// Calls `subtle.<method>(...args)` and awaits its promise; a synchronous
/// throw and a rejection are both returned as the JS error.
async fn call(subtle: &JsValue, method: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let function: js_sys::Function = get(subtle, method).dyn_into()?;
    let args: Array = args.iter().collect();
    let promise: js_sys::Promise = Reflect::apply(&function, subtle, &args)?.dyn_into()?;
    JsFuture::from(promise).await
}

fn ecdh() -> JsValue {
    object(&[("name", text("ECDH")), ("namedCurve", text("P-256"))])
}

/// A raw uncompressed P-256 public key, for ECDH. A point that is not on
/// the curve is refused here.
async fn import_public(subtle: &JsValue, raw: &[u8]) -> Result<JsValue, JsValue> {
    let args = [text("raw"), bytes(raw), ecdh(), JsValue::TRUE, usages(&[])];
    call(subtle, "importKey", &args).await
}

/// A new ECDH key pair: the pair, and its public key as raw bytes.
async fn generate(
    subtle: &JsValue,
    extractable: bool,
) -> Result<(JsValue, [u8; PUBLIC_KEY_BYTES]), SealError> {
    let args = [
        ecdh(),
        JsValue::from_bool(extractable),
        usages(&["deriveBits"]),
    ];
    let pair = call(subtle, "generateKey", &args).await.map_err(browser)?;
    let public = call(subtle, "exportKey", &[text("raw"), get(&pair, "publicKey")])
        .await
        .map_err(browser)?;
    let public = bytes_of(&public)
        .try_into()
        .map_err(|_| SealError::Browser("raw key length".into()))?;
    Ok((pair, public))
}

/// The AES-GCM key of one sealed code: ECDH, then HKDF-SHA-256 with the
/// round id as salt and [`HKDF_INFO`] as info.
async fn answer_key(
    subtle: &JsValue,
    private: &JsValue,
    public: &JsValue,
    round: RoundId,
    usage: &str,
) -> Result<JsValue, JsValue> {
    let ecdh_params = object(&[("name", text("ECDH")), ("public", public.clone())]);
    let secret = call(
        subtle,
        "deriveBits",
        &[ecdh_params, private.clone(), JsValue::from(256)],
    )
    .await?;
    let args = [
        text("raw"),
        secret,
        text("HKDF"),
        JsValue::FALSE,
        usages(&["deriveKey"]),
    ];
    let hkdf_key = call(subtle, "importKey", &args).await?;
    let hkdf = object(&[
        ("name", text("HKDF")),
        ("hash", text("SHA-256")),
        ("info", bytes(HKDF_INFO)),
        ("salt", bytes(&round.0)),
    ]);
    let aes = object(&[("name", text("AES-GCM")), ("length", JsValue::from(256))]);
    let args = [hkdf, hkdf_key, aes, JsValue::FALSE, usages(&[usage])];
    call(subtle, "deriveKey", &args).await
}

fn gcm(nonce: &[u8; NONCE_BYTES], aad: &[u8]) -> JsValue {
    object(&[
        ("name", text("AES-GCM")),
        ("iv", bytes(nonce)),
        ("additionalData", bytes(aad)),
    ])
}

/// A new key pair for a round: the public key as raw uncompressed P-256
/// (65 bytes, for the invitation) and the private key as JWK text (JSON),
/// to keep in [`crate::model::rounds::Round::private_key`].
pub async fn new_key_pair() -> Result<([u8; PUBLIC_KEY_BYTES], String), SealError> {
    let (_, subtle) = crypto()?;
    let (pair, public) = generate(&subtle, true).await?;
    let jwk = call(
        &subtle,
        "exportKey",
        &[text("jwk"), get(&pair, "privateKey")],
    )
    .await
    .map_err(browser)?;
    let text = JSON::stringify(&jwk)
        .map_err(browser)?
        .as_string()
        .ok_or_else(|| SealError::Browser("JWK text".into()))?;
    Ok((public, text))
}

/// Seals an answer (the bytes of [`crate::model::rounds::Answer::encode`])
/// for the asker whose public key the invitation carries: a one-off key
/// pair, ECDH, HKDF, AES-GCM under a random nonce.
pub async fn seal(
    invitation_public_key: &[u8; PUBLIC_KEY_BYTES],
    round: RoundId,
    plaintext: &[u8],
) -> Result<SealedCode, SealError> {
    let (crypto, subtle) = crypto()?;
    let asker = import_public(&subtle, invitation_public_key)
        .await
        .map_err(|_| SealError::BadKey)?;
    // The one-off private key never leaves the browser's key object; its
    // public half is always exportable.
    let (pair, ephemeral_key) = generate(&subtle, false).await?;
    let random = Uint8Array::new_with_length(NONCE_BYTES as u32);
    let function: js_sys::Function = get(&crypto, "getRandomValues")
        .dyn_into()
        .map_err(browser)?;
    function.call1(&crypto, &random).map_err(browser)?;
    let mut nonce = [0u8; NONCE_BYTES];
    random.copy_to(&mut nonce);
    let private = get(&pair, "privateKey");
    let key = answer_key(&subtle, &private, &asker, round, "encrypt")
        .await
        .map_err(browser)?;
    let mut code = SealedCode {
        round,
        ephemeral_key,
        nonce,
        ciphertext: Vec::new(),
    };
    let args = [gcm(&code.nonce, &code.aad()), key, bytes(plaintext)];
    let sealed = call(&subtle, "encrypt", &args).await.map_err(browser)?;
    code.ciphertext = bytes_of(&sealed);
    Ok(code)
}

/// Opens a sealed code with the round's private key (JWK text, as
/// [`new_key_pair`] gave it). A code changed anywhere (its round id
/// included, through the additional data) or sealed for another key is
/// [`SealError::Damaged`].
pub async fn open(private_key_jwk: &str, code: &SealedCode) -> Result<Vec<u8>, SealError> {
    let (_, subtle) = crypto()?;
    let jwk = JSON::parse(private_key_jwk)
        .ok()
        .filter(|v| v.is_object())
        .ok_or(SealError::BadKey)?;
    let args = [
        text("jwk"),
        jwk,
        ecdh(),
        JsValue::FALSE,
        usages(&["deriveBits"]),
    ];
    let private = call(&subtle, "importKey", &args)
        .await
        .map_err(|_| SealError::BadKey)?;
    // A key that is not a point on the curve can only come from a changed
    // code (the model already checked its length and first byte).
    let ephemeral = import_public(&subtle, &code.ephemeral_key)
        .await
        .map_err(|_| SealError::Damaged)?;
    let key = answer_key(&subtle, &private, &ephemeral, code.round, "decrypt")
        .await
        .map_err(browser)?;
    let args = [gcm(&code.nonce, &code.aad()), key, bytes(&code.ciphertext)];
    let opened =
        call(&subtle, "decrypt", &args)
            .await
            .map_err(|e| match error_name(&e).as_str() {
                "OperationError" => SealError::Damaged,
                _ => browser(e),
            })?;
    Ok(bytes_of(&opened))
}
