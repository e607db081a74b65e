//! Reusable pieces of the interface, one component per file.

mod citation;
mod export_button;
mod import_cases;
mod language_switch;
mod page_heading;
mod rule_explanation;
mod site_footer;
mod site_header;
mod storage_notice;

pub use citation::RuleCitation;
pub use export_button::ExportButton;
pub use import_cases::ImportCases;
pub use language_switch::LanguageSwitch;
pub use page_heading::PageHeading;
pub use rule_explanation::RuleExplanation;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use storage_notice::StorageNotice;
