/*! kratom-check reader page: the wasm-bindgen glue and the reader's wasm
 * (base64, so that the page needs no request at all: its policy is
 * connect-src 'none'), one classic script pinned by SRI in reader.html.
 * www/reader.js is the source; `cargo xtask dist` writes dist/reader.js
 * with the glue and the wasm in place of their markers. No eval, no
 * Function constructor, no string-to-HTML. Its only global: none.
 */
(function () {
  "use strict";
  /*@@READER_GLUE@@*/
  var status = document.getElementById("status");
  function failed(e) {
    console.warn("kratom-check reader: could not start", e);
    if (status) status.textContent = "This page could not start in this browser. Try a current Chrome, Edge, Firefox or Safari.";
  }
  if (typeof WebAssembly !== "object" || WebAssembly === null || typeof atob !== "function") {
    failed("no WebAssembly");
    return;
  }
  try {
    var text = atob("@@READER_WASM_BASE64@@");
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    wasm_bindgen({ module_or_path: bytes }).catch(failed);
  } catch (e) {
    failed(e);
  }
})();
