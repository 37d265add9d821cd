// A <select data-autosubmit> sends its form as soon as a choice is made (the commune switcher); no inline script needed.
document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () { select.form.requestSubmit(); });
});
