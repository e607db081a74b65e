//! One file per route.

mod before_you_buy;
mod case_detail;
pub mod case_list;
mod cases;
mod eligibility;
mod file_guide;
mod home;
mod not_found;
mod page_not_loaded;
mod protection;
mod returns;
mod settings;

pub use before_you_buy::BeforeYouBuy;
pub use case_detail::CaseDetail;
pub use cases::Cases;
pub use eligibility::Eligibility;
pub use file_guide::FileGuide;
pub use home::Home;
pub use not_found::NotFound;
pub use page_not_loaded::PageNotLoaded;
pub use protection::Protection;
pub use returns::Returns;
pub use settings::Settings;
