//! Starts the app: in development builds a readable panic message in the
//! console, then the app is mounted in place of the static message that
//! `index.html` shows first.

fn main() {
    // Release builds leave the hook out (1.4 KB gzipped of the first load):
    // a panic still shows in the console, as a WebAssembly "unreachable"
    // error, and fails every end-to-end test.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    #[cfg(target_arch = "wasm32")]
    leader_leader::start();
}
