/*
 * The charts' date axis in the page's language. p:chart draws dates with moment.js, which knows
 * English only; the page's <html> carries its language and the month names as the server writes
 * them in a day ("3 dic 2026"), so the axis ticks and tooltips read like every other date on the
 * page. Runs where moment.js is loaded (pages with a chart), before the charts are drawn.
 */
(function () {
    var moment = window.moment;
    var html = document.documentElement;
    var lang = html.getAttribute('lang');
    var months = html.getAttribute('data-months');
    if (!moment || !lang || !months || lang === 'en') {
        return;
    }
    if (moment.locales().indexOf(lang) < 0) {
        moment.defineLocale(lang, {parentLocale: 'en', monthsShort: months.split(',')});
    }
    moment.locale(lang);
})();
