// Chooses, before the body is read, whether the page rendered at build time
// shows, and in which language (xtask prerender writes the page and its
// <meta name="disputa-page">). It shows at its own address, with no query
// but ?lang=, while none of the page's kept answers is stored: there the app
// will show the same. The language is chosen as the app chooses it
// (src/i18n/language.rs): ?lang=, then the buyer's remembered choice, then
// the browser's languages. Once the body is read, the copies not shown go.
(function () {
  var page = document.querySelector('meta[name="disputa-page"]');
  if (!page) return;
  var lang = null;
  var params = new URLSearchParams(location.search);
  var shown = (location.pathname.replace(/\/+$/, '') || '/') === page.content;
  params.forEach(function (value, key) {
    if (key !== 'lang') shown = false;
  });
  (page.getAttribute('data-unless-stored') || '').split(' ').forEach(function (key) {
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
    var html = document.documentElement;
    html.lang = lang;
    html.setAttribute('data-prerendered', lang);
    document.title = page.getAttribute('data-title-' + lang) || document.title;
    var description = document.querySelector('meta[name="description"]');
    if (description) description.content = page.getAttribute('data-description-' + lang) || description.content;
  }
  document.addEventListener('DOMContentLoaded', function () {
    var copies = document.querySelectorAll('[data-prerendered-lang]');
    for (var i = 0; i < copies.length; i++) {
      if (copies[i].getAttribute('data-prerendered-lang') !== lang) copies[i].remove();
    }
  });
})();
