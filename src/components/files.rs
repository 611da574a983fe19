//! Files the visitor takes away: a backup (JSON) and a report (Markdown).
//! Both are made in the browser and handed over as downloads; nothing is
//! uploaded anywhere.

use leptos::prelude::{set_timeout, Set, WriteSignal};
use leptos::wasm_split::wasm_split;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::app::PieceMissing;
use crate::model::import::{export_checked, export_file_name};
use crate::model::report;
use crate::model::time::iso_date;
use crate::state::{now_ms, AppState};

/// Hands `text` to the browser as a file download.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let words = crate::text::shell::files();
    let fail = |what: &str| crate::text::fill(words.failed, &[("what", what)]);
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail(words.blob))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail(words.address))?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail(words.document))?;
    let anchor = document
        .create_element("a")
        .map_err(|_| fail(words.link))?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| fail(words.link))?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    // Keep the router from treating the click as navigation.
    let _ = anchor.set_attribute("rel", "external");
    anchor.click();
    // Revoked at once, the address can be gone before the browser has read
    // it (some Firefox and Safari versions then cancel the download).
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    Ok(())
}

/// How a backup ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Written to the file the visitor chose (the browser's save picker).
    Written,
    /// Handed to the browser as a download. Browsers do not tell a page
    /// whether a download was kept, so this is recorded as a backup: most
    /// browsers without the picker save downloads without asking, and the
    /// words the visitor reads say "unless you cancelled it".
    Handed,
    /// The visitor cancelled the save picker: nothing written, nothing recorded.
    Cancelled,
}

impl Saved {
    /// What the visitor is told (nothing when they cancelled).
    pub fn words(self) -> Option<&'static str> {
        let words = crate::text::shell::backup_done();
        match self {
            Saved::Written => Some(words.written),
            Saved::Handed => Some(words.handed),
            Saved::Cancelled => None,
        }
    }
}

/// Saves `text` through the browser's save picker (`showSaveFilePicker`).
/// `None` when the browser has no picker, or refuses it here (no recent
/// click, or inside a frame): the caller downloads instead.
async fn save_with_picker(file_name: &str, text: &str) -> Option<Result<Saved, String>> {
    let window = web_sys::window()?;
    let picker = js_sys::Reflect::get(&window, &"showSaveFilePicker".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"suggestedName".into(), &file_name.into());
    let handle = match call(&picker, &window, &[options.into()]).await {
        Ok(handle) => handle,
        Err(e) if error_name(&e) == "AbortError" => return Some(Ok(Saved::Cancelled)),
        Err(_) => return None,
    };
    let written = async {
        let create = method(&handle, "createWritable")?;
        let file = call(&create, &handle, &[]).await?;
        call(&method(&file, "write")?, &file, &[text.into()]).await?;
        call(&method(&file, "close")?, &file, &[]).await
    };
    Some(match written.await {
        Ok(_) => Ok(Saved::Written),
        Err(e) if error_name(&e) == "AbortError" => Ok(Saved::Cancelled),
        Err(_) => Err(crate::text::shell::files().not_written.into()),
    })
}

fn method(target: &JsValue, name: &str) -> Result<js_sys::Function, JsValue> {
    js_sys::Reflect::get(target, &name.into())?.dyn_into::<js_sys::Function>()
}

/// Calls a method that returns a promise, and waits for it.
async fn call(f: &js_sys::Function, this: &JsValue, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let args: js_sys::Array = args.iter().collect();
    let promise = f.apply(this, &args)?.dyn_into::<js_sys::Promise>()?;
    JsFuture::from(promise).await
}

fn error_name(e: &JsValue) -> String {
    js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}

/// Saves a backup of everything (through the save picker where the browser
/// has one, else as a download), records it only if it was saved, and then
/// tells `said` how it ended; a file that would not restore is never
/// offered (`said` gets why). Call it from a click: the picker needs one.
pub fn export_backup(app: AppState, said: impl FnOnce(Result<Saved, String>) + 'static) {
    let now = now_ms();
    let mut data = app.decoded_snapshot();
    data.meta.exported(now);
    let name = export_file_name(now);
    let text = match export_checked(&data, now) {
        Ok(text) => text,
        Err(why) => return said(Err(why)),
    };
    leptos::task::spawn_local(async move {
        let done = match save_with_picker(&name, &text).await {
            Some(done) => done,
            None => download(&name, "application/json", &text).map(|()| Saved::Handed),
        };
        if matches!(done, Ok(Saved::Written | Saved::Handed)) {
            app.mark_exported();
        }
        said(done);
    });
}

/// [`export_backup`] for the backup reminder in the page frame. Its code is
/// in the your-data piece of the wasm (see `app.rs`), which the main module
/// fetches only when the visitor asks for a backup there.
#[wasm_split(your_data, fallible, wasm_split_path = ::leptos::wasm_split)]
pub fn export_backup_on_demand(
    app: AppState,
    said: WriteSignal<Option<Result<Saved, String>>>,
) -> Result<(), PieceMissing> {
    export_backup(app, move |done| said.set(Some(done)));
    Ok(())
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
