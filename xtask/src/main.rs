//! Disputa's build tool, in three commands:
//!
//! - `xtask link <linker arguments>`: the release build's linker (set by
//!   `make release` through `tools/split-link`). It links the wasm with
//!   rust-lld as rustc would, then splits it at the pages loaded on their
//!   first visit and writes the split modules and their manifest
//!   ([`split::Manifest`]) for the post-build step.
//! - `xtask post-build`: trunk's post-build hook (`hooks/post-build.sh`). It
//!   finishes the build in trunk's staging directory: the split modules,
//!   one stylesheet, the page preloads, the Content-Security-Policy and the
//!   service worker of a release build; the retiring worker of a
//!   development build.
//! - `xtask prerender [DIST]`: after a release build (`make release`), puts
//!   the content of the guides, the eligibility check and the home page into
//!   the HTML the host serves ([`prerender`]).

mod html;
mod link;
mod post_build;
mod prerender;
mod service_worker;
mod split;
mod text;

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let command = args.next().and_then(|c| c.into_string().ok());
    let result = match command.as_deref() {
        Some("link") => link::run(args.collect()),
        Some("post-build") => post_build::run(),
        Some("prerender") => prerender::run(args.next().and_then(|d| d.into_string().ok())),
        _ => Err(
            "usage: xtask link <linker arguments> | xtask post-build | xtask prerender [DIST]"
                .to_string(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
