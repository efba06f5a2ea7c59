// Warns before the scoring form is left with changes not saved: text typed into a justification would be lost.
// A change marks the form unsaved; submitting it, or a save the page confirms ("Draft saved."), marks it saved.
(function () {
  'use strict';
  var form = document.querySelector('form[data-tca-unsaved]');
  if (!form) {
    return;
  }
  var unsaved = false;
  function changed() {
    unsaved = true;
  }
  function savedIfConfirmed() {
    var message = document.getElementById('save-message');
    if (message && message.textContent.indexOf('Draft saved') !== -1) {
      unsaved = false;
    }
  }
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', function () {
    unsaved = false;
  });
  document.body.addEventListener('htmx:oobAfterSwap', savedIfConfirmed);
  document.body.addEventListener('htmx:afterSettle', savedIfConfirmed);
  window.addEventListener('beforeunload', function (event) {
    if (unsaved) {
      event.preventDefault();
      event.returnValue = form.getAttribute('data-tca-unsaved');
      return event.returnValue;
    }
    return undefined;
  });
})();
