// Chooses, before the body is read, whether the page rendered at build time
// shows, and in which language (xtask prerender writes the page and its
// <meta name="disputa-page">). It shows at its own address, with no query
// but ?lang=, while none of the page's kept answers is stored: there the app
// will show the same. The language is chosen as the app chooses it
// (src/i18n/language.rs): ?lang=, then the buyer's remembered choice, then
// the browser's languages. Once the body is read, the copies not shown go.
// The app takes over from here (src/takeover.rs).
//
// It also says when the app's code is fetched: the template CODE holds its
// preloads, and trunk's loader waits for the event CODE (xtask post-build).
// Where the loading shell shows, at once. Where a rendered page shows, once
// it is painted: on a slow network the code would share the line with the
// stylesheet the paint waits for.
(function () {
  var html = document.documentElement;
  var page = document.querySelector('meta[name="disputa-page"]');
  var lang = null;
  var params = new URLSearchParams(location.search);
  var shown = !!page && (location.pathname.replace(/\/+$/, '') || '/') === page.content;
  params.forEach(function (value, key) {
    if (key !== 'lang') shown = false;
  });
  ((page && page.getAttribute('data-unless-stored')) || '').split(' ').forEach(function (key) {
    try {
      if (key && (localStorage.getItem(key) !== null || sessionStorage.getItem(key) !== null)) shown = false;
    } catch (blocked) {}
  });
  function locale(tag) {
    var primary = String(tag || '').trim().split(/[-_]/)[0].toLowerCase();
    return LOCALES.indexOf(primary) >= 0 ? primary : null;
  }
  if (shown) {
    lang = locale(params.get('lang'));
    if (!lang) {
      try {
        var state = JSON.parse(localStorage.getItem(STATE_KEY));
        lang = locale(state && state.settings && state.settings[LANGUAGE_SETTING]);
      } catch (unreadable) {}
    }
    var browser = navigator.languages || [navigator.language];
    for (var i = 0; !lang && i < browser.length; i++) lang = locale(browser[i]);
    lang = lang || LOCALES[0];
    html.lang = lang;
    html.setAttribute('data-prerendered', lang);
    document.title = page.getAttribute('data-title-' + lang) || document.title;
    var description = document.querySelector('meta[name="description"]');
    if (description) description.content = page.getAttribute('data-description-' + lang) || description.content;
    // Until the app runs, a form submits nothing, and the last button tapped
    // is noted: the app answers it once it has taken the page's place.
    document.addEventListener('submit', function (event) {
      if (html.hasAttribute('data-prerendered')) event.preventDefault();
    }, true);
    document.addEventListener('click', function (event) {
      var button = html.hasAttribute('data-prerendered') && event.target.closest && event.target.closest('button');
      var copy = button && button.closest('[data-prerendered-lang]');
      if (copy) html.setAttribute('data-prerendered-tap', Array.prototype.indexOf.call(copy.querySelectorAll('button'), button));
    }, true);
  }
  function fetchCode() {
    var code = document.getElementById(CODE);
    if (!code) return;
    code.remove();
    document.head.append(code.content);
    document.dispatchEvent(new Event(CODE));
  }
  if (shown) {
    addEventListener('load', function () {
      requestAnimationFrame(function () { setTimeout(fetchCode); });
    });
  } else {
    fetchCode();
  }
  // 'interactive': the body is read; before the app's module runs, which
  // DOMContentLoaded waits for.
  document.addEventListener('readystatechange', function () {
    if (document.readyState !== 'interactive') return;
    var copies = document.querySelectorAll('[data-prerendered-lang]');
    for (var i = 0; i < copies.length; i++) {
      if (copies[i].getAttribute('data-prerendered-lang') !== lang) copies[i].remove();
    }
  });
})();
