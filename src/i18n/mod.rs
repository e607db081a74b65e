//! Locale handling: the translation module generated from `locales/*.json`
//! by `build.rs`, and the choice of language.

mod generated {
    include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));
}

pub mod buttons;
pub mod case;
pub mod countries;
pub mod dates;
pub mod labels;
pub mod language;
pub mod rules;
pub mod storage;
pub mod templates;
pub mod verdict;

pub use generated::i18n::*;
