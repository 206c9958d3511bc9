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

/*
 * A field's error message ("Numbness is required") goes once the person answers that field: choosing
 * an answer or typing clears the message beside it and the field's invalid mark, without waiting for
 * the next save. The server checks everything again on save.
 */
(function () {
    function answered(e) {
        var field = e.target && e.target.closest ? e.target.closest('.thaw-field, .thaw-question') : null;
        if (!field) {
            return;
        }
        var messages = field.querySelectorAll('.ui-message-error');
        for (var i = 0; i < messages.length; i++) {
            // not the hidden attribute: PrimeFaces' own display rule for messages would win over it
            messages[i].style.display = 'none';
        }
        var invalid = field.querySelectorAll('[aria-invalid="true"], .ui-state-error');
        for (var j = 0; j < invalid.length; j++) {
            invalid[j].removeAttribute('aria-invalid');
            invalid[j].classList.remove('ui-state-error');
        }
    }
    document.addEventListener('change', answered);
    document.addEventListener('input', answered);
})();
