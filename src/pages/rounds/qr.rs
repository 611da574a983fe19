//! The invitation link as a QR code, drawn as SVG in the page (no image
//! file, no `style` attribute: the page's CSP allows styles only from the
//! stylesheet).

use leptos::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc};

/// The light margin around the code, in modules (the QR standard asks for 4).
const QUIET: i32 = 4;

/// The dark modules of `qr` as one SVG path, a unit square each, shifted by
/// the quiet zone. Runs along a row are drawn as one rectangle.
pub fn path_of(qr: &QrCode) -> String {
    let size = qr.size();
    let mut d = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if qr.get_module(x, y) {
                let start = x;
                while x < size && qr.get_module(x, y) {
                    x += 1;
                }
                d.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + QUIET,
                    y + QUIET,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    d
}

/// A QR code of `text`, or `None` if it is too long for one (it never is
/// for an invitation, which stays under 400 characters). Medium error
/// correction: a phone still reads it from a projector or a photo.
pub fn qr_code(text: &str) -> Option<QrCode> {
    QrCode::encode_text(text, QrCodeEcc::Medium).ok()
}

/// The QR code of `text` as an image with `label` as its name.
#[component]
pub fn QrImage(text: String, label: &'static str) -> impl IntoView {
    qr_code(&text).map(|qr| {
        let side = qr.size() + 2 * QUIET;
        let view_box = format!("0 0 {side} {side}");
        view! {
            <svg
                class="qr"
                role="img"
                aria-label=label
                viewBox=view_box
                xmlns="http://www.w3.org/2000/svg"
                shape-rendering="crispEdges"
                focusable="false"
            >
                // Dark on light in both colour schemes (the stylesheet gives
                // the light background): cameras read that best.
                <path d=path_of(&qr) fill="#000000" />
            </svg>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_invitation_link_fits_and_every_dark_module_is_drawn() {
        let link = format!(
            "https://someone.github.io/leader-leader/answer#LLI1-{}",
            "A".repeat(330)
        );
        let qr = qr_code(&link).expect("an invitation fits in a QR code");
        let d = path_of(&qr);
        // Count the area the path covers: the widths of its rectangles.
        let area: i32 = d
            .split('h')
            .skip(1)
            .filter(|s| !s.starts_with('-'))
            .map(|s| s.split('v').next().unwrap().parse::<i32>().unwrap())
            .sum();
        let dark = (0..qr.size())
            .flat_map(|y| (0..qr.size()).map(move |x| (x, y)))
            .filter(|&(x, y)| qr.get_module(x, y))
            .count() as i32;
        assert_eq!(area, dark);
        assert!(
            d.starts_with(&format!("M{QUIET} {QUIET}h7")),
            "finder pattern first: {}",
            &d[..20]
        );
        assert!(qr_code(&"x".repeat(3_000)).is_none());
    }
}
