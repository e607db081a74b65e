//! Reusable pieces of the interface, one component per file.

mod citation;
mod language_switch;
mod page_heading;
mod site_footer;
mod site_header;

pub use citation::RuleCitation;
pub use language_switch::LanguageSwitch;
pub use page_heading::PageHeading;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
