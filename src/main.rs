//! Mounts the app in the browser; the native build of this binary does nothing.

fn main() {
    #[cfg(target_arch = "wasm32")]
    disputa::mount();
}
