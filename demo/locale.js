// The demo's language switcher: ?lang=pl makes this a page in Polish, as a
// partner's own page would be (<html lang="pl">), before anything paints or
// the library loads. The demo's own text stays English: its header, main
// and footer say lang="en-GB".
const lang = new URLSearchParams(location.search).get('lang');
if (lang) document.documentElement.lang = lang;
document.addEventListener('DOMContentLoaded', () => {
  for (const link of document.querySelectorAll('.languages a')) {
    if (link.hreflang === document.documentElement.lang) link.setAttribute('aria-current', 'true');
  }
});
