//! The rules engine, in pure Rust: the case model and its file format, the
//! policy table of the domain reference, validation, the assessment of a
//! case, the case lifecycle and refund estimates. Nothing here touches the
//! browser, and "today" is always an argument.

mod case;
mod dates;
mod decimal;
mod draft;
mod engine;
mod enums;
mod exchange;
mod headline;
mod lifecycle;
mod listing_check;
mod overview;
mod parse;
mod policy;
mod policy_table;
mod refund;
mod returns;
mod routes;
mod timeline;
mod validate;
pub mod wizard;

pub use case::{
    Case, Dispute, Evidence, Price, Refund, ReturnShipment, SellerRequest, CASE_FORMAT,
    COLLECTION_FORMAT, FORMAT_VERSION, KNOWN_FIELDS,
};
pub use dates::{
    add_business_days, add_days, days_left, format_date, format_date_basic, is_business_day,
    parse_date, sub_days,
};
pub use decimal::{parse_decimal, parse_whole, Hundredths, NumberProblem};
pub use draft::{CaseDraft, DraftProblem};
pub use engine::{
    assess, evidence_for, free_return_check, protection_end, AlternativeRoute, Assessment, Capture,
    Deadline, DeadlineKind, EvidenceItem, FreeReturnCheck, FreeReturnReason, NextStep,
    ProtectionEnd, ProtectionSource, Stage, Verdict,
};
pub use enums::{
    DeliveryStatus, EvidenceKind, ItemCategory, Outcome, PaymentMethod, Problem, RefundStage,
    RouteOutcome, SellerRequestKind, UnknownValue,
};
pub use exchange::{currency_of, price_check, PriceCheck, ReferenceRate};
pub use headline::{headline, next_link, Headline, NextLink};
pub use lifecycle::{
    add_record, allowed_operations, apply, cancelled_by_buyer, escalates_on, stage, Operation,
    OperationKind, Record, TransitionError,
};
pub use listing_check::{
    check_listing, Finding, FindingKind, ListingAnswers, ListingReport, Payment, QuestionsAsked,
    ReturnsOffered, ReviewsRead, Severity, FULL_PERCENT, MAX_STORE_YEARS, MIN_FEEDBACK_PERCENT,
    MIN_STORE_YEARS, OTHER_COUNTRY,
};
pub use overview::{overview, AssessedCase, Overview};
pub use parse::{
    case_to_json, cases_to_collection_json, load_case_file, parse_case_file, parse_case_value,
    read_case_file, CaseFile, CaseFileError, CaseFileErrorKind,
};
pub use policy::{
    rule, Alternative, Confidence, Policy, Rule, RuleId, UnknownRuleId, DEFAULT_POLICY,
    EU_COUNTRIES, FREE_RETURN_COUNTRIES_12, FREE_RETURN_COUNTRIES_16, FREE_RETURN_COUNTRIES_24,
    REFERENCE_RATES, RULES,
};
pub use refund::{refund_arrival, ArrivalWindow, RefundDestination};
pub use returns::{
    case_from_answers, delivery_date, free_return_answer, reason_rule, return_cost, Balance,
    DeliveryDateProblem, FreeReturnAnswer, Knows, ReturnAnswers, ReturnCost, ReturnPayer,
};
pub use routes::{other_routes, OtherRoutes, Route, RouteKind, RoutePayment, RouteState, Timing};
pub use timeline::{change_event_date, timeline, Event, EventDetail};
pub use validate::{amount_problem, has_refund_source, validate, Invalid, Reason};
