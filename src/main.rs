//! Starts the app: a readable panic message in the console, then the app is
//! mounted in place of the static message that `index.html` shows first.

fn main() {
    console_error_panic_hook::set_once();
    leader_leader::start();
}
