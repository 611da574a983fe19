//! The few browser calls the round pages need beyond Leptos: random round
//! ids, the clipboard, the address bar's fragment, moving focus. Reached
//! through `Reflect` where a typed `web-sys` method would add a JavaScript
//! import, which lands in the main module and its glue (the first load).

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::model::rounds::RoundId;

/// A new random round id from `crypto.getRandomValues`.
pub fn random_round_id() -> Option<RoundId> {
    let mut id = [0u8; 8];
    web_sys::window()?
        .crypto()
        .ok()?
        .get_random_values_with_u8_array(&mut id)
        .ok()?;
    Some(RoundId(id))
}

/// The page's origin, `https://example.org`.
pub fn origin() -> String {
    if cfg!(not(target_arch = "wasm32")) {
        return String::new();
    }
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// The address bar's fragment without its `#` (empty when there is none).
pub fn fragment() -> String {
    // Natively (the build's pages): an address has no fragment.
    if cfg!(not(target_arch = "wasm32")) {
        return String::new();
    }
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// Takes the fragment out of the address bar without a navigation or a new
/// history entry, so a reload does not read it again.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    let Ok(history) = Reflect::get(&window, &JsValue::from_str("history")) else {
        return;
    };
    // Keep the router's own state object, so back and forward still work.
    let state = Reflect::get(&history, &JsValue::from_str("state")).unwrap_or(JsValue::NULL);
    if let Some(replace) = method(&history, "replaceState") {
        let args = js_sys::Array::new();
        args.push(&state);
        args.push(&JsValue::from_str(""));
        args.push(&JsValue::from_str(&format!("{path}{search}")));
        let _ = replace.apply(&history, &args);
    }
}

/// `object[name]`, if it is a function. (Calls through `Reflect` and
/// `Function` reuse bindings the main module has already, where a typed
/// `web-sys` method would add one to it.)
fn method(object: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(object, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
}

/// Puts `text` on the clipboard; `false` if the browser refused or has no
/// clipboard here (then the visitor copies it by hand).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = Reflect::get(&window.navigator(), &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null());
    let Some(clipboard) = clipboard else {
        return false;
    };
    let Some(write) = method(&clipboard, "writeText") else {
        return false;
    };
    match write.call1(&clipboard, &JsValue::from_str(text)) {
        Ok(promise) => match promise.dyn_into::<js_sys::Promise>() {
            Ok(promise) => JsFuture::from(promise).await.is_ok(),
            Err(_) => false,
        },
        Err(_) => false,
    }
}

/// Selects the whole text of a field (for copying by hand).
pub fn select_field(id: &str) {
    if let Some(input) = leptos::prelude::document().get_element_by_id(id) {
        let input = JsValue::from(input);
        if let Some(select) = method(&input, "select") {
            let _ = select.call0(&input);
        }
    }
}

/// Moves focus to the element with this id once the view has been updated.
pub fn focus_later(id: &'static str) {
    if cfg!(not(target_arch = "wasm32")) {
        return;
    }
    leptos::prelude::request_animation_frame(move || {
        if let Some(el) = leptos::prelude::document()
            .get_element_by_id(id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}
