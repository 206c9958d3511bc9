/*
 * A soft character counter for message boxes: it says how many characters are left, or how many
 * are over the limit, but never cuts the text (a browser maxlength would silently drop the end of a
 * pasted text). The server refuses an over-long message with a message and keeps the draft.
 * Markup: <textarea data-limit="10000"> and an element with the textarea's id + "-counter".
 */
(function () {
    function count(area) {
        var limit = parseInt(area.getAttribute('data-limit'), 10);
        var counter = document.getElementById(area.id + '-counter');
        if (!limit || !counter) {
            return;
        }
        var left = limit - area.value.length;
        counter.textContent = left >= 0
            ? left.toLocaleString('en') + ' characters left'
            : (-left).toLocaleString('en') + ' characters over the limit of ' + limit.toLocaleString('en');
        counter.classList.toggle('thaw-counter-over', left < 0);
    }
    function init() {
        document.querySelectorAll('textarea[data-limit]').forEach(count);
    }
    document.addEventListener('input', function (e) {
        if (e.target.matches && e.target.matches('textarea[data-limit]')) {
            count(e.target);
        }
    });
    document.addEventListener('DOMContentLoaded', init);
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', init);
    }
})();
