/* Form helpers without inline script (Content-Security-Policy): a select marked data-submit-with="<button id>" submits
   its form through that button as soon as it changes. Without JavaScript the button does it. */
(function () {
  'use strict';
  document.querySelectorAll('select[data-submit-with]').forEach(function (select) {
    var button = document.getElementById(select.getAttribute('data-submit-with'));
    if (!button) { return; }
    button.classList.add('js-hidden');
    select.addEventListener('change', function () { button.click(); });
  });
})();
