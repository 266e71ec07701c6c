/*! kratom-check iframe page (widget.html): mounts the one widget of the page.
 * The clinic's options (numbers, contact, exit, name, accent, keys) are the
 * element's own data- attributes, written into the page when it was made (the
 * builder's "iframe page" download): a link to this page cannot change them.
 * Its address may choose only what is harmless to the clinic and to the
 * person: `lang` and `theme`, e.g. widget.html?lang=es&theme=dark. Any other
 * name in the address is ignored with one console warning. The fallback
 * (the crisis numbers with no JavaScript) is never rewritten from the address.
 * Nothing is sent anywhere.
 */
(function () {
  "use strict";
  var FROM_ADDRESS = ["lang", "theme"];
  var el = document.getElementById("kratom-check");
  if (!el || !window.KratomCheck) return; // the loader did not run: the fallback stays
  var query = new URLSearchParams(window.location.search);
  var options = Object.create(null);
  var ignored = [];
  query.forEach(function (value, name) {
    var shown = name.slice(0, 40);
    if (FROM_ADDRESS.indexOf(name) === -1) {
      if (ignored.indexOf(shown) === -1) ignored.push(shown);
    } else {
      options[name] = value;
    }
  });
  if (ignored.length) {
    try {
      console.warn("kratom-check iframe page: ignoring " + ignored.slice(0, 10).join(", ") +
        " in the address; only lang and theme may be set there. The clinic's options are part of widget.html.");
    } catch (e) { /* no console */ }
  }
  window.KratomCheck.mount(el, options);
})();
