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

use js_sys::{Array, Object, Uint8Array, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AesDerivedKeyParams, AesGcmParams, CryptoKey, CryptoKeyPair, EcKeyGenParams, EcKeyImportParams,
    EcdhKeyDeriveParams, HkdfParams, SubtleCrypto,
};

use crate::model::rounds::codes::{HKDF_INFO, NONCE_BYTES, PUBLIC_KEY_BYTES};
use crate::model::rounds::{RoundId, SealedCode};

const CURVE: &str = "P-256";

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

/// The name of a DOMException (or other error), for telling failures apart.
fn error_name(e: &JsValue) -> String {
    js_sys::Reflect::get(e, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}

fn browser(e: JsValue) -> SealError {
    SealError::Browser(error_name(&e))
}

/// `window.crypto`, whose `subtle` is missing outside secure contexts.
fn crypto() -> Result<web_sys::Crypto, SealError> {
    let crypto = web_sys::window()
        .ok_or(SealError::Unavailable)?
        .crypto()
        .map_err(|_| SealError::Unavailable)?;
    let subtle = js_sys::Reflect::get(&crypto, &JsValue::from_str("subtle"))
        .map_err(|_| SealError::Unavailable)?;
    if subtle.is_undefined() || subtle.is_null() {
        return Err(SealError::Unavailable);
    }
    Ok(crypto)
}

fn subtle() -> Result<SubtleCrypto, SealError> {
    Ok(crypto()?.subtle())
}

/// Awaits a promise from `SubtleCrypto`; a synchronous throw and a
/// rejection are both returned as the JS error.
async fn call(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

fn usages(list: &[&str]) -> Array {
    list.iter().map(|u| JsValue::from_str(u)).collect()
}

fn ecdh() -> EcKeyImportParams {
    let params = EcKeyImportParams::new("ECDH");
    params.set_named_curve(CURVE);
    params
}

fn bytes_of(buffer: &JsValue) -> Vec<u8> {
    Uint8Array::new(buffer).to_vec()
}

/// A raw uncompressed P-256 public key, for ECDH. A point that is not on
/// the curve is refused here.
async fn import_public(subtle: &SubtleCrypto, raw: &[u8]) -> Result<CryptoKey, JsValue> {
    let data = Uint8Array::from(raw);
    let key =
        call(subtle.import_key_with_object("raw", &data, &ecdh(), true, &usages(&[]))).await?;
    Ok(key.unchecked_into())
}

/// The AES-GCM key of one sealed code: ECDH, then HKDF-SHA-256 with the
/// round id as salt and [`HKDF_INFO`] as info.
async fn answer_key(
    subtle: &SubtleCrypto,
    private: &CryptoKey,
    public: &CryptoKey,
    round: RoundId,
    usage: &str,
) -> Result<CryptoKey, JsValue> {
    let ecdh_params = EcdhKeyDeriveParams::new("ECDH", public);
    let secret = call(subtle.derive_bits_with_object(&ecdh_params, private, 256)).await?;
    let secret: Object = secret.unchecked_into();
    let hkdf_key =
        call(subtle.import_key_with_str("raw", &secret, "HKDF", false, &usages(&["deriveKey"])))
            .await?;
    let hkdf = HkdfParams::new_with_str(
        "HKDF",
        "SHA-256",
        &Uint8Array::from(HKDF_INFO),
        &Uint8Array::from(&round.0[..]),
    );
    let key = call(subtle.derive_key_with_object_and_object(
        &hkdf,
        &hkdf_key.unchecked_into(),
        &AesDerivedKeyParams::new("AES-GCM", 256),
        false,
        &usages(&[usage]),
    ))
    .await?;
    Ok(key.unchecked_into())
}

fn gcm(nonce: &[u8; NONCE_BYTES], aad: &[u8]) -> AesGcmParams {
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(&nonce[..]));
    params.set_additional_data(&Uint8Array::from(aad));
    params
}

/// A new key pair for a round: the public key as raw uncompressed P-256
/// (65 bytes, for the invitation) and the private key as JWK text (JSON),
/// to keep in [`crate::model::rounds::Round::private_key`].
pub async fn new_key_pair() -> Result<([u8; PUBLIC_KEY_BYTES], String), SealError> {
    let subtle = subtle()?;
    let pair = call(subtle.generate_key_with_object(
        &EcKeyGenParams::new("ECDH", CURVE),
        true,
        &usages(&["deriveBits"]),
    ))
    .await
    .map_err(browser)?;
    let pair: CryptoKeyPair = pair.unchecked_into();
    let public = call(subtle.export_key("raw", &pair.get_public_key()))
        .await
        .map_err(browser)?;
    let public: [u8; PUBLIC_KEY_BYTES] = bytes_of(&public)
        .try_into()
        .map_err(|_| SealError::Browser("raw key length".into()))?;
    let jwk = call(subtle.export_key("jwk", &pair.get_private_key()))
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
    let crypto = crypto()?;
    let subtle = crypto.subtle();
    let asker = import_public(&subtle, invitation_public_key)
        .await
        .map_err(|_| SealError::BadKey)?;
    // The one-off private key never leaves the browser's key object; its
    // public half is always exportable.
    let pair = call(subtle.generate_key_with_object(
        &EcKeyGenParams::new("ECDH", CURVE),
        false,
        &usages(&["deriveBits"]),
    ))
    .await
    .map_err(browser)?;
    let pair: CryptoKeyPair = pair.unchecked_into();
    let ephemeral = call(subtle.export_key("raw", &pair.get_public_key()))
        .await
        .map_err(browser)?;
    let ephemeral_key: [u8; PUBLIC_KEY_BYTES] = bytes_of(&ephemeral)
        .try_into()
        .map_err(|_| SealError::Browser("raw key length".into()))?;
    let mut nonce = [0u8; NONCE_BYTES];
    crypto
        .get_random_values_with_u8_array(&mut nonce)
        .map_err(browser)?;
    let key = answer_key(&subtle, &pair.get_private_key(), &asker, round, "encrypt")
        .await
        .map_err(browser)?;
    let mut code = SealedCode {
        round,
        ephemeral_key,
        nonce,
        ciphertext: Vec::new(),
    };
    let sealed = call(subtle.encrypt_with_object_and_u8_array(
        &gcm(&code.nonce, &code.aad()),
        &key,
        plaintext,
    ))
    .await
    .map_err(browser)?;
    code.ciphertext = bytes_of(&sealed);
    Ok(code)
}

/// Opens a sealed code with the round's private key (JWK text, as
/// [`new_key_pair`] gave it). A code changed anywhere (its round id
/// included, through the additional data) or sealed for another key is
/// [`SealError::Damaged`].
pub async fn open(private_key_jwk: &str, code: &SealedCode) -> Result<Vec<u8>, SealError> {
    let subtle = subtle()?;
    let jwk: Object = JSON::parse(private_key_jwk)
        .ok()
        .and_then(|v| v.dyn_into().ok())
        .ok_or(SealError::BadKey)?;
    let private: CryptoKey =
        call(subtle.import_key_with_object("jwk", &jwk, &ecdh(), false, &usages(&["deriveBits"])))
            .await
            .map_err(|_| SealError::BadKey)?
            .unchecked_into();
    // A key that is not a point on the curve can only come from a changed
    // code (the model already checked its length and first byte).
    let ephemeral = import_public(&subtle, &code.ephemeral_key)
        .await
        .map_err(|_| SealError::Damaged)?;
    let key = answer_key(&subtle, &private, &ephemeral, code.round, "decrypt")
        .await
        .map_err(browser)?;
    let opened = call(subtle.decrypt_with_object_and_u8_array(
        &gcm(&code.nonce, &code.aad()),
        &key,
        &code.ciphertext,
    ))
    .await
    .map_err(|e| match error_name(&e).as_str() {
        "OperationError" => SealError::Damaged,
        _ => browser(e),
    })?;
    Ok(bytes_of(&opened))
}
