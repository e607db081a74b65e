//! Reusable pieces of the interface, one component per file.

pub mod case;
mod case_form;
mod copy_text;
mod country_select;
mod disclosure;
mod export_button;
mod import_cases;
mod key_dates;
mod language_switch;
mod later;
mod page_heading;
mod radio_group;
mod rules;
mod site_footer;
mod site_header;
mod storage_notice;
mod text_field;

pub use case_form::CaseForm;
pub use copy_text::CopyText;
pub use country_select::country_select;
pub use disclosure::Disclosure;
pub use export_button::ExportButton;
pub use import_cases::ImportCases;
pub use key_dates::KeyDates;
pub use language_switch::LanguageSwitch;
pub use later::Later;
pub use page_heading::PageHeading;
pub use radio_group::{radio_group, Words};
pub use rules::{RuleCitation, RuleExplanation};
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use storage_notice::StorageNotice;
pub use text_field::{described_by, error_id, hint_id, text_field, Field, FieldError};
