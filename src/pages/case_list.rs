//! The rows of a list of cases, written into the page in one pass.
//!
//! A buyer may follow hundreds of cases. As Leptos views, every text and
//! class of every row crossed from wasm to JavaScript on its own, as a string
//! to decode. Here the texts of all the rows cross once, joined in one
//! string; each row is a copy of a prepared row whose parts get their text
//! (as text, never as markup) from slices of that string; and the rows enter
//! the list together, in groups that the browser lays out and paints only
//! near the screen. `make bench-web` measures it with 1,000 cases.

use js_sys::JsString;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Node};

use crate::domain::{AssessedCase, Deadline};
use crate::i18n::{dates, labels, storage, Locale};

#[wasm_bindgen]
extern "C" {
    /// A part of a row, as the list writes it.
    #[wasm_bindgen(extends = Node)]
    type Part;
    /// `part.textContent = text`, with a string already on the JavaScript side.
    #[wasm_bindgen(method, setter = textContent)]
    fn set_text(this: &Part, text: &JsString);
    /// `link.href = address`, with a string already on the JavaScript side.
    #[wasm_bindgen(method, setter = href)]
    fn set_href(this: &Part, address: &JsString);
}

/// Rows per group. A group away from the screen is skipped when the page is
/// styled, laid out and painted (`content-visibility: auto` on
/// `.case-group`), so a long list costs about as much as its first groups.
const GROUP: usize = 25;

fn part(node: &Node) -> &Part {
    node.unchecked_ref()
}

/// What one row shows, in the page's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRow {
    /// The next deadline is close ([`Deadline::is_close`]).
    pub urgent: bool,
    pub href: String,
    pub name: String,
    pub stage: &'static str,
    pub store: Option<String>,
    pub step: &'static str,
    /// "What: when (days left)".
    pub deadline: Option<String>,
    pub amount: Option<String>,
}

impl CaseRow {
    pub fn new(locale: Locale, assessed: &AssessedCase) -> Self {
        let AssessedCase { case, assessment } = assessed;
        let next = assessment.next_deadline();
        Self {
            urgent: next.is_some_and(Deadline::is_close),
            href: crate::app::case_path(&case.id),
            name: storage::case_name(locale, case),
            stage: labels::stage(locale, assessment.stage),
            store: case.store.clone().filter(|store| !store.trim().is_empty()),
            step: crate::i18n::verdict::step_label(locale, assessment),
            deadline: next.map(|deadline| {
                let what = labels::deadline(locale, deadline.kind);
                let when = dates::long_date(locale, deadline.date);
                let left = dates::days_left(locale, deadline.days_left);
                format!("{what}: {when} ({left})")
            }),
            amount: case
                .price
                .as_ref()
                .map(|price| format!("{} {}", price.amount, price.currency)),
        }
    }
}

/// Where a text lies in the joined string, in UTF-16 units as JavaScript counts.
#[derive(Clone, Copy)]
struct Span {
    start: u32,
    end: u32,
}

/// All the texts of the rows, one after the other.
#[derive(Default)]
struct Joined {
    text: String,
    units: u32,
}

impl Joined {
    fn add(&mut self, text: &str) -> Span {
        let start = self.units;
        self.text.push_str(text);
        self.units += text.encode_utf16().count() as u32;
        Span {
            start,
            end: self.units,
        }
    }
}

/// A row's texts as spans of the joined string.
struct RowSpans {
    urgent: bool,
    href: Span,
    name: Span,
    stage: Span,
    store: Option<Span>,
    step: Span,
    deadline: Option<Span>,
    amount: Option<Span>,
}

/// The prepared rows every row is copied from: a row with all its parts,
/// plain and urgent. A row without a store, deadline or amount drops that part.
struct Templates {
    row: Node,
    urgent_row: Node,
}

impl Templates {
    fn new(document: &Document) -> Result<Self, JsValue> {
        let element = |tag: &str, class: &str| -> Result<Element, JsValue> {
            let element = document.create_element(tag)?;
            element.set_class_name(class);
            Ok(element)
        };
        let row = element("div", "case-row")?;
        row.set_attribute("role", "listitem")?;
        let head = element("div", "case-row__head")?;
        let name = element("a", "case-row__name")?;
        let badge = element("span", "badge")?;
        head.append_child(&name)?;
        head.append_child(&badge)?;
        row.append_child(&head)?;
        for class in [
            "case-row__store",
            "case-row__step",
            "case-row__deadline",
            "case-row__amount",
        ] {
            let part = element("p", class)?;
            row.append_child(&part)?;
        }
        let urgent_row = row.clone_node_with_deep(true)?;
        if let Some(urgent_row) = urgent_row.dyn_ref::<Element>() {
            urgent_row.set_class_name("case-row case-row--urgent");
        }
        Ok(Self {
            row: row.into(),
            urgent_row,
        })
    }
}

/// Replaces the rows of `list` (an element with the role `list`) with
/// `rows`, in order, [`GROUP`] to a group.
pub fn fill(list: &Element, rows: &[CaseRow]) -> Result<(), JsValue> {
    let document = list
        .owner_document()
        .ok_or_else(|| JsValue::from_str("the list is not in a document"))?;
    let mut joined = Joined::default();
    let spans: Vec<RowSpans> = rows
        .iter()
        .map(|row| RowSpans {
            urgent: row.urgent,
            href: joined.add(&row.href),
            name: joined.add(&row.name),
            stage: joined.add(row.stage),
            store: row.store.as_deref().map(|store| joined.add(store)),
            step: joined.add(row.step),
            deadline: row.deadline.as_deref().map(|deadline| joined.add(deadline)),
            amount: row.amount.as_deref().map(|amount| joined.add(amount)),
        })
        .collect();
    let all = JsString::from(joined.text.as_str());
    let text = |span: Span| all.substring(span.start, span.end);
    let missing = || JsValue::from_str("a prepared row lost a part");

    let templates = Templates::new(&document)?;
    let fragment = document.create_document_fragment();
    for rows in spans.chunks(GROUP) {
        let group = document.create_element("div")?;
        group.set_class_name("case-group");
        for row in rows {
            let template = if row.urgent {
                &templates.urgent_row
            } else {
                &templates.row
            };
            let item = template.clone_node_with_deep(true)?;
            let head = item.first_child().ok_or_else(missing)?;
            let name = head.first_child().ok_or_else(missing)?;
            let badge = name.next_sibling().ok_or_else(missing)?;
            part(&name).set_href(&text(row.href));
            part(&name).set_text(&text(row.name));
            part(&badge).set_text(&text(row.stage));
            let mut next = head.next_sibling();
            for span in [row.store, Some(row.step), row.deadline, row.amount] {
                let node = next.ok_or_else(missing)?;
                next = node.next_sibling();
                match span {
                    Some(span) => part(&node).set_text(&text(span)),
                    None => {
                        item.remove_child(&node)?;
                    }
                }
            }
            group.append_child(&item)?;
        }
        fragment.append_child(&group)?;
    }
    list.replace_children_with_node_1(&fragment);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{assess, Case, DeliveryStatus, Policy, Price};
    use chrono::NaiveDate;

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn row(locale: Locale, case: Case, today: &str) -> CaseRow {
        let assessment = assess(&case, &Policy::default(), d(today));
        CaseRow::new(locale, &AssessedCase { case, assessment })
    }

    fn in_transit() -> Case {
        let mut case = Case::new("ab/c?d#1 2");
        case.item = Some("Lámpara".into());
        case.store = Some("Tienda".into());
        case.price = Some(Price {
            amount: "12.50".into(),
            currency: "EUR".into(),
        });
        case.delivery_status = DeliveryStatus::InTransit;
        case.shipped_on = Some(d("2026-09-01"));
        case
    }

    #[test]
    fn a_row_shows_the_case_in_the_page_language_and_links_to_it() {
        let case = in_transit();
        let assessment = assess(&case, &Policy::default(), d("2026-10-01"));
        let next = assessment.next_deadline().expect("a deadline ahead");
        for locale in [Locale::en, Locale::es] {
            let row = row(locale, case.clone(), "2026-10-01");
            assert_eq!(row.name, "Lámpara");
            assert_eq!(row.href, "/cases/ab~2Fc~3Fd~231~202");
            assert_eq!(row.store.as_deref(), Some("Tienda"));
            assert_eq!(row.amount.as_deref(), Some("12.50 EUR"));
            assert_eq!(row.stage, labels::stage(locale, assessment.stage));
            assert_eq!(
                row.step,
                crate::i18n::verdict::step_label(locale, &assessment)
            );
            let deadline = row.deadline.expect("the next deadline");
            assert!(deadline.starts_with(labels::deadline(locale, next.kind)));
            assert!(deadline.contains(&dates::long_date(locale, next.date)));
            assert_eq!(row.urgent, next.days_left <= 3);
        }
    }

    #[test]
    fn a_row_is_urgent_from_three_days_before_its_next_deadline() {
        let case = in_transit();
        let next = assess(&case, &Policy::default(), d("2026-10-01"))
            .next_deadline()
            .unwrap()
            .date;
        let before = |days: i64| (next - chrono::Duration::days(days)).to_string();
        assert!(!row(Locale::en, case.clone(), &before(4)).urgent);
        assert!(row(Locale::en, case.clone(), &before(3)).urgent);
        assert!(row(Locale::en, case, &before(0)).urgent);
    }

    #[test]
    fn a_row_leaves_out_what_the_case_does_not_say() {
        let mut case = Case::new("bare");
        case.store = Some("   ".into());
        let row = row(Locale::en, case, "2026-10-01");
        assert_eq!(row.name, "bare");
        assert_eq!(row.store, None);
        assert_eq!(row.amount, None);
    }

    #[test]
    fn spans_count_utf16_units_as_javascript_does() {
        let mut joined = Joined::default();
        let first = joined.add("Año");
        let second = joined.add("📦 box");
        let third = joined.add("");
        assert_eq!((first.start, first.end), (0, 3));
        // The emoji is two UTF-16 units, as in a JavaScript string.
        assert_eq!((second.start, second.end), (3, 9));
        assert_eq!((third.start, third.end), (9, 9));
        assert_eq!(joined.text, "Año📦 box");
    }
}
