// The only script of the site: the Content-Security-Policy forbids inline script and on* attributes,
// so behaviour is attached here by data attributes.
document.addEventListener('change', function (event) {
    var target = event.target;
    if (target instanceof HTMLSelectElement && target.hasAttribute('data-autosubmit') && target.form) {
        target.form.requestSubmit ? target.form.requestSubmit() : target.form.submit();
    }
});
document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('[data-print]') : null;
    if (target) {
        event.preventDefault();
        window.print();
    }
});
