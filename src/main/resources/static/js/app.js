// XingPing page behaviour: the phone menu, confirm dialogs, CSRF for htmx, and small helpers.
// Kept free of inline scripts so the Content-Security-Policy can forbid them.
(function () {
  'use strict';

  // htmx requests carry the CSRF token of the page, as forms do.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // The menu opens as a drawer on phones.
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-nav-toggle]')) {
      document.body.classList.toggle('nav-open');
    } else if (document.body.classList.contains('nav-open') && !event.target.closest('.sidebar')) {
      document.body.classList.remove('nav-open');
    }
  });

  // A button or form with data-confirm asks first, in the page's own dialog.
  var pending = null;
  function dialog() { return document.getElementById('confirm-dialog'); }
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var submitter = event.submitter;
    var message = (submitter && submitter.dataset.confirm) || form.dataset.confirm;
    if (!message || form.dataset.confirmed === 'yes') { return; }
    var box = dialog();
    if (!box || typeof box.showModal !== 'function') {
      if (!window.confirm(message)) { event.preventDefault(); }
      return;
    }
    event.preventDefault();
    pending = { form: form, submitter: submitter };
    box.querySelector('[data-confirm-text]').textContent = message;
    box.showModal();
  });
  document.addEventListener('click', function (event) {
    var box = dialog();
    if (!box) { return; }
    if (event.target.closest('[data-confirm-ok]') && pending) {
      box.close();
      var form = pending.form;
      var submitter = pending.submitter;
      pending = null;
      form.dataset.confirmed = 'yes';
      if (form.requestSubmit) { form.requestSubmit(submitter || undefined); } else { form.submit(); }
      delete form.dataset.confirmed;
    } else if (event.target.closest('[data-confirm-cancel]')) {
      pending = null;
      box.close();
    }
  });

  // The tree beside a list scrolls to the node the list is showing.
  // It comes with the page or loads after it.
  function scrollTreeToSelected() {
    var selected = document.querySelector('.tree .selected');
    var side = selected && selected.closest('.side');
    if (side) {
      side.scrollTop += selected.getBoundingClientRect().top - side.getBoundingClientRect().top - side.clientHeight / 3;
    }
  }
  document.addEventListener('DOMContentLoaded', scrollTreeToSelected);
  document.addEventListener('htmx:afterSwap', function (event) {
    if (event.detail.target && event.detail.target.id === 'organization-tree') { scrollTreeToSelected(); }
  });

  // Selects that submit their form when changed (page size, filters).
  document.addEventListener('change', function (event) {
    var select = event.target.closest('[data-autosubmit]');
    if (select && select.form) { select.form.requestSubmit ? select.form.requestSubmit() : select.form.submit(); }
  });
})();
