//! The visitor's clock: dates and times as the pages show them, in the
//! browser's time zone. Saved times stay in UTC; `model::time` does the
//! arithmetic, and this asks the browser for the offset of each moment
//! (daylight saving time makes it differ from one date to another).

use wasm_bindgen::JsValue;

use crate::model::time;

/// Minutes east of UTC of the browser's local time at `ms` (JavaScript's
/// `getTimezoneOffset` counts west, hence the sign).
pub fn offset_at(ms: u64) -> i32 {
    // Natively (pages rendered at build time) there is no visitor: UTC.
    if cfg!(not(target_arch = "wasm32")) {
        return 0;
    }
    let west = js_sys::Date::new(&JsValue::from_f64(ms as f64)).get_timezone_offset();
    if west.is_finite() {
        -(west.round() as i32)
    } else {
        0
    }
}

/// The local date of `ms` as the visitor reads it, e.g. `2026-11-22`
/// (`22.11.2026` in German).
pub fn date(ms: u64) -> String {
    time::local_date(ms, offset_at(ms))
}

/// The local date of `ms` for a date field's value or a day number: always
/// `2026-11-22`, whatever the language.
pub fn iso_date(ms: u64) -> String {
    time::local_iso_date(ms, offset_at(ms))
}

/// The local date and time of `ms`, to the minute: `2026-11-22 03:03`.
pub fn datetime(ms: u64) -> String {
    time::local_datetime(ms, offset_at(ms))
}

/// A label per moment that tells same-day ones apart (see
/// [`time::distinct_labels`]), in the order given.
pub fn labels(moments: impl IntoIterator<Item = u64>) -> Vec<String> {
    let moments: Vec<(u64, i32)> = moments.into_iter().map(|t| (t, offset_at(t))).collect();
    time::distinct_labels(&moments)
}
