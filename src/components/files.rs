//! Files the visitor takes away: a backup (JSON) and a report (Markdown).
//! Both are made in the browser and handed over as downloads; nothing is
//! uploaded anywhere.

use leptos::wasm_split::wasm_split;
use wasm_bindgen::JsCast;

use crate::app::PieceMissing;
use crate::model::import::{export_checked, export_file_name};
use crate::model::report;
use crate::model::time::iso_date;
use crate::state::{now_ms, AppState};

/// Hands `text` to the browser as a file download.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |what: &str| format!("The browser could not make the file ({what}).");
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("address"))?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("document"))?;
    let anchor = document
        .create_element("a")
        .map_err(|_| fail("link"))?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| fail("link"))?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    // Keep the router from treating the click as navigation.
    let _ = anchor.set_attribute("rel", "external");
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Downloads a backup of everything, and records that it was made; when
/// the file would not restore, `Err` says so and nothing is downloaded.
pub fn export_backup(app: &AppState) -> Result<(), String> {
    let now = now_ms();
    let mut data = app.decoded_snapshot();
    data.meta.exported(now);
    download(
        &export_file_name(now),
        "application/json",
        &export_checked(&data, now)?,
    )?;
    app.mark_exported();
    Ok(())
}

/// [`export_backup`] for the backup reminder in the page frame. Its code is
/// in the your-data piece of the wasm (see `app.rs`), which the main module
/// fetches only when the visitor asks for a backup there.
#[wasm_split(your_data, fallible, wasm_split_path = ::leptos::wasm_split)]
pub fn export_backup_on_demand(app: AppState) -> Result<Result<(), String>, PieceMissing> {
    Ok(export_backup(&app))
}

/// Downloads the Markdown report.
pub fn export_markdown(app: &AppState) -> Result<(), String> {
    let now = now_ms();
    let text = report::markdown(&app.decoded_snapshot(), now, &super::clock::offset_at);
    download(
        &format!("leader-leader-report-{}.md", iso_date(now)),
        "text/markdown",
        &text,
    )
}

/// Downloads the kept copy of unreadable saved data, exactly as it was.
pub fn download_damaged(raw: &str) -> Result<(), String> {
    download(
        &format!("leader-leader-damaged-{}.txt", iso_date(now_ms())),
        "text/plain",
        raw,
    )
}
