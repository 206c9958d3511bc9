/*
 * The header's menu on a narrow screen: the "Menu" button shows and hides the navigation (a real
 * button with aria-expanded and aria-controls; Escape closes the menu and puts the focus back on
 * the button). Without this script the button stays hidden and the navigation stays visible. On a
 * wide screen the stylesheet shows the navigation whatever the button says. Also marks the link of
 * the page being shown with aria-current="page".
 */
(function () {
    function setUp() {
        var button = document.getElementById('menu-button');
        var menu = button && document.getElementById(button.getAttribute('aria-controls'));
        if (!menu) {
            return;
        }
        var header = button.closest('header');
        header.classList.add('thaw-collapsible');
        button.hidden = false;
        function isOpen() {
            return button.getAttribute('aria-expanded') === 'true';
        }
        function set(open) {
            button.setAttribute('aria-expanded', open ? 'true' : 'false');
            header.classList.toggle('thaw-menu-open', open);
        }
        button.addEventListener('click', function () {
            set(!isOpen());
        });
        document.addEventListener('keydown', function (e) {
            if ((e.key === 'Escape' || e.key === 'Esc') && isOpen()) {
                set(false);
                button.focus();
            }
        });
        document.addEventListener('click', function (e) {
            if (isOpen() && !header.contains(e.target)) {
                set(false);
            }
        });
        var here = location.pathname.replace(/index\.xhtml$/, '');
        var links = menu.querySelectorAll('nav a[href]');
        for (var i = 0; i < links.length; i++) {
            if (links[i].pathname.replace(/index\.xhtml$/, '') === here) {
                links[i].setAttribute('aria-current', 'page');
            }
        }
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', setUp);
    } else {
        setUp();
    }
})();
