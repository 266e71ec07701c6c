/*! kratom-check iframe page (widget.html): mounts one widget with the options
 * given in this page's query string, e.g.
 *   widget.html?clinicName=Riverside%20Recovery&phone=%2B1-555-0100&lang=es
 * Only the option names below are read (the camelCase of the data- attributes);
 * each value goes through the widget's own validation: a bad one is ignored
 * with a console warning and the default is used. Nothing is sent anywhere.
 */
(function () {
  "use strict";
  /* @generated options: start (examples/options.rs from src/options.rs; do not edit) */
  // The mount() option names (the camelCase of the data- attributes).
  var KEYS = ["clinicName", "phone", "contactUrl", "lang", "emergencyNumber", "crisisLine", "accent", "exitUrl", "theme", "quickExitKeys"];
  // The numbers the fallback links with tel: [option, the widget's rule, its default].
  var TEL = [["emergencyNumber", /^[0-9]{2,6}$/, "911"], ["crisisLine", /^[0-9]{2,11}$/, "988"]];
  /* @generated options: end */
  var el = document.getElementById("kratom-check");
  if (!el || !window.KratomCheck) return; // the loader did not run: the fallback stays
  var query = new URLSearchParams(window.location.search);
  var options = {};
  KEYS.forEach(function (k) {
    if (query.has(k)) options[k] = query.get(k);
  });
  // The fallback names the same numbers as the widget would (when they are valid).
  TEL.forEach(function (rule) {
    var v = options[rule[0]];
    var a = el.querySelector('a[href="tel:' + rule[2] + '"]');
    if (a && v !== undefined && rule[1].test(v)) {
      a.textContent = v;
      a.setAttribute("href", "tel:" + v);
    }
  });
  window.KratomCheck.mount(el, options);
})();
