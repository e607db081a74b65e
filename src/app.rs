//! The application: locale provider, router and the page layout around every route.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, Lazy, LazyRoute};

use crate::components::{SiteFooter, SiteHeader, StorageNotice};
use crate::i18n::*;
use crate::pages::{Cases, Home, NotFound, PageNotLoaded};
use leptos_i18n::I18nContext;

/// The address of a case's page. Any id works (an imported one may hold `/`,
/// `?`, `#`, `%` or spaces): every byte outside `A-Z a-z 0-9 - . _` is
/// written `~` and two hex digits. The address then holds no `%` for the
/// router or the browser to decode on the way (the router decodes a link's
/// path before it navigates), so it reads back as the same id, also after a
/// reload.
pub fn case_path(id: &str) -> String {
    let mut path = String::from("/cases/");
    for byte in id.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._".contains(&byte) {
            path.push(char::from(byte));
        } else {
            path.push_str(&format!("~{byte:02X}"));
        }
    }
    path
}

/// The case id in the address of a case's page: the inverse of
/// [`case_path`]. Percent escapes, which a browser adds to an address typed
/// with spaces or accents, are decoded first.
pub fn case_id_from_path(path: &str) -> Option<String> {
    let encoded = path.strip_prefix("/cases/")?;
    let bytes = unescape(&unescape(encoded.as_bytes(), b'%'), b'~');
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// `text` with every `marker` followed by two hex digits replaced by that byte.
fn unescape(text: &[u8], marker: u8) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let escaped = (text[i] == marker)
            .then(|| text.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                bytes.push(byte);
                i += 3;
            }
            None => {
                bytes.push(text[i]);
                i += 1;
            }
        }
    }
    bytes
}

/// The whole app. Mount it with [`crate::mount`].
#[component]
pub fn App() -> impl IntoView {
    let (is_routing, set_is_routing) = signal(false);
    view! {
        <I18nContextProvider>
            <Router set_is_routing=set_is_routing>
                <Layout is_routing />
            </Router>
        </I18nContextProvider>
    }
}

/// Says "Opening the page…" when the router's wait for a page outlasts
/// [`OPENING_DELAY`]. The live region is always there and only its text
/// comes and goes, so that screen readers announce it.
#[component]
fn OpeningStatus(is_routing: ReadSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let slow = RwSignal::new(false);
    // The timer of a wait that ends first is cleared, so that it does not
    // speak for a later one.
    Effect::new(move |pending: Option<Option<TimeoutHandle>>| {
        if let Some(Some(timer)) = pending {
            timer.clear();
        }
        if is_routing.get() {
            set_timeout_with_handle(move || slow.set(true), OPENING_DELAY).ok()
        } else {
            slow.set(false);
            None
        }
    });
    view! {
        <div class="page-opening" role="status">
            {move || slow.get().then(|| view! {
                <p class="page-opening__text">{t!(i18n, app.opening_page)}</p>
            })}
        </div>
    }
}

/// How long the wait for a page lasts before the buyer is told of it.
const OPENING_DELAY: std::time::Duration = std::time::Duration::from_millis(400);

/// `is_routing`: true while the router waits for the next page, which on a
/// first visit may mean fetching its code.
#[component]
fn Layout(is_routing: ReadSignal<bool>) -> impl IntoView {
    let store = crate::storage::provide_store();
    let i18n = use_i18n();
    apply_initial_locale(i18n, store);
    prepare_overview_when_idle(store);
    describe_each_page(i18n);

    let skip_to_main = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                let _ = main.focus();
            }
        }
    };

    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>
            {t!(i18n, app.skip_to_content)}
        </a>
        <SiteHeader />
        <main id="main" class="page" tabindex="-1">
            <OpeningStatus is_routing />
            <StorageNotice />
            <Routes fallback=|| view! { <NotFound /> }>
                <Route path=path!("/") view=Home />
                <Route path=path!("/before-you-buy") view={Lazy::<BeforeYouBuyPage>::new()} />
                <Route path=path!("/protection") view={Lazy::<ProtectionPage>::new()} />
                <Route path=path!("/eligibility") view={Lazy::<EligibilityPage>::new()} />
                <Route path=path!("/file") view={Lazy::<FileGuidePage>::new()} />
                <Route path=path!("/cases") view=Cases />
                <Route path=path!("/cases/:id") view={Lazy::<CaseDetailPage>::new()} />
                <Route path=path!("/returns") view={Lazy::<ReturnsPage>::new()} />
                <Route path=path!("/settings") view={Lazy::<SettingsPage>::new()} />
            </Routes>
        </main>
        <SiteFooter />
    }
}

/// A route whose page is loaded when it is first visited. Release builds made
/// with `make release` set `--cfg disputa_split`: the code of each group of
/// pages then goes into its own wasm file, fetched on the first visit to one
/// of them, and the first load carries only the home page, My cases and what
/// every page shares. Pages are grouped by the code they share, so that a
/// visit fetches few files: each group is one file, plus at most one per other
/// group it shares code with. When the file does not arrive (the network
/// dropped before the offline copy was kept), the page says so and offers to
/// try again. Other builds keep one wasm and the page is at hand at once.
///
/// `at` is the page's address, as [`page_at`] matches it; a final `*` stands
/// for the rest of the path. The build tool reads [`PAGES_LOADED_ON_VISIT`]
/// too (xtask's split manifest): an address opened directly starts fetching
/// its group's files with the app's.
macro_rules! page_loaded_on_visit {
    ($($route:ident: $module:ident in $group:ident at $at:literal => $page:path;)*) => {
        $(
            struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    Self
                }

                async fn view(_: Self) -> AnyView {
                    match $module::$module().await {
                        Ok(page) => page,
                        Err(_) => view! { <PageNotLoaded /> }.into_any(),
                    }
                }
            }

            mod $module {
                use leptos::prelude::*;

                #[cfg(disputa_split)]
                #[leptos::wasm_split::wasm_split(
                    $group,
                    wasm_split_path = ::leptos::wasm_split,
                    fallible,
                    preload(fn_preload)
                )]
                // Named after the page: the split point's symbol carries the name.
                pub(super) fn $module() -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
                    Ok(view! { <$page /> }.into_any())
                }

                #[cfg(not(disputa_split))]
                pub(super) async fn $module() -> Result<AnyView, std::convert::Infallible> {
                    Ok(view! { <$page /> }.into_any())
                }

                /// Fetches the page's code, if it is not here yet.
                pub(super) async fn preload() {
                    #[cfg(disputa_split)]
                    let _ = fn_preload().await;
                }
            }
        )*

        /// The address of each page loaded on its first visit, and its group.
        pub const PAGES_LOADED_ON_VISIT: &[(&str, &str)] = &[$(($at, stringify!($group))),*];

        /// Fetches the code of the page at `path` when it is one loaded on its
        /// first visit. [`crate::mount`] waits for it, so that an address
        /// opened directly shows its page at once, instead of the layout first
        /// and the page a moment later, pushing the footer down. A page that
        /// does not arrive is retried by its route, which then says so.
        pub async fn load_page_at(path: &str) {
            $(
                if page_at($at, path) {
                    return $module::preload().await;
                }
            )*
        }
    };
}

page_loaded_on_visit! {
    CaseDetailPage: case_detail_page in cases at "/cases/*" => crate::pages::CaseDetail;
    SettingsPage: settings_page in cases at "/settings" => crate::pages::Settings;
    EligibilityPage: eligibility_page in disputes at "/eligibility" => crate::pages::Eligibility;
    FileGuidePage: file_guide_page in disputes at "/file" => crate::pages::FileGuide;
    BeforeYouBuyPage: before_you_buy_page in guides at "/before-you-buy" => crate::pages::BeforeYouBuy;
    ProtectionPage: protection_page in guides at "/protection" => crate::pages::Protection;
    ReturnsPage: returns_page in guides at "/returns" => crate::pages::Returns;
}

/// A page whose content is in the HTML the host serves: `xtask prerender`
/// renders it at build time, in each language, from the app itself, so that
/// it paints before the wasm arrives; the app then takes its place (see
/// [`crate::mount`]). It shows only where the app would show the same:
/// at its own address, with no query but `?lang=`, and while none of
/// `unless_stored` (a page's answers kept in the browser) is stored.
pub struct Prerendered {
    pub at: &'static str,
    pub unless_stored: &'static [&'static str],
}

/// The pages rendered at build time: the guides, the eligibility check and
/// the home page. The others show the buyer's own cases and settings.
pub const PRERENDERED: &[Prerendered] = &[
    Prerendered {
        at: "/",
        unless_stored: &[],
    },
    Prerendered {
        at: "/before-you-buy",
        unless_stored: &[crate::storage::session::LISTING_ANSWERS_KEY],
    },
    Prerendered {
        at: "/protection",
        unless_stored: &[],
    },
    Prerendered {
        at: "/eligibility",
        unless_stored: &[crate::storage::wizard_draft::DRAFT_KEY],
    },
    Prerendered {
        at: "/file",
        unless_stored: &[],
    },
    Prerendered {
        at: "/returns",
        unless_stored: &[crate::storage::session::RETURNS_ANSWERS_KEY],
    },
];

/// Whether `path` is the page at `at`: the same path, trailing slashes aside,
/// or, when `at` ends in `*`, any longer path that starts with what precedes
/// it. The preload script the build tool (xtask post-build) writes into
/// index.html matches the same way.
pub fn page_at(at: &str, path: &str) -> bool {
    let path = path.trim_end_matches('/');
    match at.strip_suffix('*') {
        Some(prefix) => path.starts_with(prefix),
        None => path == at,
    }
}

/// What each page is, in a sentence of the page's language: the
/// description search engines and shared links show.
pub fn page_description(locale: Locale, path: &str) -> &'static str {
    type Describe = fn(Locale) -> &'static str;
    let pages: [(&str, Describe); 8] = [
        ("/", |l| td_string!(l, meta.home)),
        ("/before-you-buy", |l| td_string!(l, meta.before_you_buy)),
        ("/protection", |l| td_string!(l, meta.protection)),
        ("/eligibility", |l| td_string!(l, meta.eligibility)),
        ("/file", |l| td_string!(l, meta.file)),
        ("/returns", |l| td_string!(l, meta.returns)),
        ("/cases*", |l| td_string!(l, meta.cases)),
        ("/settings", |l| td_string!(l, meta.settings)),
    ];
    let describe = pages
        .iter()
        .find(|(at, _)| *at != "/" && page_at(at, path))
        .map_or(pages[0].1, |(_, describe)| *describe);
    describe(locale)
}

/// Keeps the document's description on the page shown, in its language.
fn describe_each_page(i18n: I18nContext<Locale>) {
    let path = leptos_router::hooks::use_location().pathname;
    Effect::new(move |_| {
        let text = page_description(i18n.get_locale(), &path.get());
        if let Ok(Some(meta)) = document().query_selector("meta[name=description]") {
            let _ = meta.set_attribute("content", text);
        }
    });
}

/// Once the first page is shown, the cases are assessed while the browser
/// is idle, so that My cases opens without waiting for it. Browsers without
/// `requestIdleCallback` do it a moment later instead.
fn prepare_overview_when_idle(store: crate::storage::Store) {
    #[cfg(target_arch = "wasm32")]
    {
        let prepare = move || store.prepare_overview();
        if request_idle_callback_with_handle(prepare).is_err() {
            set_timeout(prepare, std::time::Duration::from_millis(300));
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = store;
}

/// The provider starts from the browser's languages; the address and the
/// buyer's remembered choice take over once its own start-up has run.
fn apply_initial_locale(i18n: I18nContext<Locale>, store: crate::storage::Store) {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos_i18n::Locale as _;
        let (initial, from_query) = language::initial_locale(store.language().as_deref());
        if let Some(locale) = from_query {
            // Storage may be unavailable or read-only: the choice then lasts
            // for this visit, and the storage notice says why.
            let _ = store.set_language(locale.as_str());
        }
        Effect::new(move |_| i18n.set_locale(initial));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (i18n, store);
}

#[cfg(test)]
mod tests {
    use super::{case_id_from_path, case_path, page_at, PAGES_LOADED_ON_VISIT};

    #[test]
    fn a_page_address_matches_its_path_with_or_without_a_trailing_slash() {
        assert!(page_at("/settings", "/settings"));
        assert!(page_at("/settings", "/settings/"));
        assert!(!page_at("/settings", "/settings/more"));
        assert!(!page_at("/settings", "/"));
        assert!(!page_at("/settings", "/settingsx"));
    }

    #[test]
    fn a_star_matches_any_longer_path_but_not_the_prefix_alone() {
        assert!(page_at("/cases/*", "/cases/case-1"));
        assert!(page_at("/cases/*", "/cases/a~2Fb/"));
        assert!(!page_at("/cases/*", "/cases"));
        assert!(!page_at("/cases/*", "/cases/"));
        assert!(!page_at("/cases/*", "/casesx/1"));
    }

    #[test]
    fn every_page_has_a_description_of_its_own_in_each_language() {
        use super::page_description;
        use crate::i18n::Locale;
        let pages = [
            "/",
            "/before-you-buy",
            "/protection",
            "/eligibility",
            "/file",
            "/returns",
            "/cases",
            "/settings",
        ];
        for locale in [Locale::en, Locale::es] {
            let mut seen = std::collections::HashSet::new();
            for path in pages {
                assert!(seen.insert(page_description(locale, path)), "{path}");
            }
            assert_eq!(
                page_description(locale, "/cases/c-1/"),
                page_description(locale, "/cases")
            );
            assert_eq!(
                page_description(locale, "/no-such-page"),
                page_description(locale, "/")
            );
        }
        assert_ne!(
            page_description(Locale::en, "/"),
            page_description(Locale::es, "/")
        );
    }

    #[test]
    fn every_page_loaded_on_visit_has_its_own_address_and_a_group() {
        for (i, (at, group)) in PAGES_LOADED_ON_VISIT.iter().enumerate() {
            assert!(at.starts_with('/') && *at != "/", "{at}");
            assert!(!group.is_empty());
            for (other, _) in &PAGES_LOADED_ON_VISIT[i + 1..] {
                assert!(
                    !page_at(at, other) && !page_at(other, at),
                    "{at} and {other}"
                );
            }
        }
        // Home and My cases come with the first load.
        assert!(PAGES_LOADED_ON_VISIT
            .iter()
            .all(|(at, _)| !page_at(at, "/") && !page_at(at, "/cases")));
    }

    #[test]
    fn a_case_path_escapes_every_byte_but_letters_digits_and_three_marks() {
        assert_eq!(case_path("case-1a.b_c"), "/cases/case-1a.b_c");
        assert_eq!(case_path("a/b?c#d e%~"), "/cases/a~2Fb~3Fc~23d~20e~25~7E");
        assert_eq!(case_path("ñ"), "/cases/~C3~B1");
    }

    #[test]
    fn the_id_is_read_back_from_the_path() {
        assert_eq!(
            case_id_from_path("/cases/a~2Fb~3Fc").as_deref(),
            Some("a/b?c")
        );
        assert_eq!(case_id_from_path("/cases/~253C").as_deref(), Some("%3C"));
        // As a browser writes an address typed with a space or an accent.
        assert_eq!(
            case_id_from_path("/cases/a%20b%C3%B1").as_deref(),
            Some("a bñ")
        );
        // A stray marker stays itself.
        assert_eq!(case_id_from_path("/cases/50%~").as_deref(), Some("50%~"));
        assert_eq!(case_id_from_path("/cases/~zz").as_deref(), Some("~zz"));
        assert_eq!(case_id_from_path("/settings"), None);
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::{case_id_from_path, case_path};
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn every_id_survives_its_path(id in any::<String>()) {
                let path = case_path(&id);
                prop_assert!(path.bytes().all(|b| b.is_ascii_alphanumeric() || b"/-._~".contains(&b)));
                prop_assert_eq!(case_id_from_path(&path), Some(id));
            }
        }
    }
}
