/*
 * An optional one-answer question (ul.thaw-clearable, native radio buttons) can be left unanswered
 * again: choosing the chosen answer once more clears it, by mouse, touch or the space bar.
 */
(function () {
    var wasChecked = null;
    function radioOf(target) {
        if (!target || !target.closest) {
            return null;
        }
        var item = target.closest('ul.thaw-clearable li');
        return item ? item.querySelector('input[type=radio]') : null;
    }
    function remember(e) {
        var radio = radioOf(e.target);
        wasChecked = radio && radio.checked ? radio : null;
    }
    document.addEventListener('pointerdown', remember, true);
    document.addEventListener('keydown', function (e) {
        if (e.key === ' ' || e.key === 'Spacebar') {
            remember(e);
        }
    }, true);
    document.addEventListener('click', function (e) {
        var radio = radioOf(e.target);
        if (radio && radio === wasChecked && e.target === radio) {
            radio.checked = false;
            radio.dispatchEvent(new Event('change', {bubbles: true}));
        }
        if (e.target === radio) {
            wasChecked = null;
        }
    });
})();
