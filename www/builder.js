/* The snippet builder (www/builder.html): a clinic fills in the options, the real
 * widget is remounted with them (KratomCheck.mount), the widget's own warnings are
 * shown next to the form, and the snippet carries the SRI of the loader this page
 * runs. No inline script or style: works under the README's strict CSP. */
(function () {
  "use strict";
  /* @generated options: start (examples/options.rs from src/options.rs; do not edit) */
  // The mount() option names (the camelCase of the data- attributes).
  var KEYS = ["clinicName", "phone", "contactUrl", "lang", "emergencyNumber", "crisisLine", "accent", "exitUrl", "theme", "quickExitKeys"];
  // The numbers the fallback links with tel: [option, the widget's rule, its default].
  var TEL = [["emergencyNumber", /^[0-9]{2,6}$/, "911"], ["crisisLine", /^[0-9]{2,11}$/, "988"]];
  /* @generated options: end */
  // The loader this page runs (its script tag), and the package.json next to it.
  var loaderTag = document.querySelector('script[src$="kratom-check.js"]');
  var LOADER = loaderTag ? loaderTag.src : "../dist/kratom-check.js";
  var form = document.getElementById("kcb-form");
  var preview = document.getElementById("kcb-preview");
  var messages = document.getElementById("kcb-messages");
  var snippetBox = document.getElementById("kcb-snippet");
  var sriOut = document.getElementById("kcb-sri");
  var copyStatus = document.getElementById("kcb-copy-status");
  var sri = null;
  var version = null;

  function field(name) { return form.elements.namedItem(name); }

  /** The options the clinic filled in (empty fields are left out: the defaults apply). */
  function options() {
    var out = {};
    KEYS.forEach(function (k) {
      var v = field(k).value.trim();
      if (v !== "") out[k] = v;
    });
    return out;
  }

  // ---------------------------------------------------------------- the snippet

  function esc(s) {
    return String(s).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function attrName(k) { return "data-" + k.replace(/[A-Z]/g, function (c) { return "-" + c.toLowerCase(); }); }

  /** The snippet's fallback: the preview's own, naming the numbers the widget would use
   * (when they are valid), re-indented for the snippet. */
  function fallback(opts) {
    var div = preview.querySelector(".kc-fallback").cloneNode(true);
    TEL.forEach(function (rule) {
      var a = div.querySelector('a[href="tel:' + rule[2] + '"]');
      var v = opts[rule[0]];
      if (a && v !== undefined && rule[1].test(v)) {
        a.textContent = v;
        a.setAttribute("href", "tel:" + v);
      }
    });
    var lines = div.outerHTML.split("\n");
    var indent = /^\s*/.exec(lines[lines.length - 1])[0].length; // the closing tag's
    return lines.map(function (l, i) { return "  " + (i === 0 ? l : l.slice(indent)); }).join("\n");
  }

  function baseUrl() {
    var b = field("base").value.trim() || "/kratom-check/";
    return b.replace(/\/*$/, "/");
  }

  /** The preload of the language pack the widget reads first, when a
   * language is chosen (each of the form's has a pack). With "the page's
   * language" the loader fetches the right one itself, a moment later. */
  function packPreload(opts, base) {
    if (!opts.lang) return [];
    return ['<link rel="preload" href="' + base + 'kratom-check.' + esc(opts.lang) +
      '.pack" as="fetch" crossorigin="anonymous">'];
  }

  function snippet(opts) {
    var attrs = Object.keys(opts).map(function (k) { return attrName(k) + '="' + esc(opts[k]) + '"'; });
    var base = esc(baseUrl());
    return [
      "<!-- kratom-check" + (version ? " " + version : "") + ": paste as its own block, not inside a <p>. -->",
      '<link rel="preload" href="' + base + 'kratom-check_bg.wasm" as="fetch" crossorigin="anonymous">'
    ].concat(packPreload(opts, base), [
      "<kratom-check" + (attrs.length ? " " + attrs.join(" ") : "") + ">",
      fallback(opts),
      "</kratom-check>",
      '<script src="' + base + 'kratom-check.js"' + (sri ? ' integrity="' + sri + '"' : "") +
        ' crossorigin="anonymous" fetchpriority="high" defer></' + "script>",
      ""
    ]).join("\n");
  }

  function base64(buf) {
    var bytes = new Uint8Array(buf);
    var s = "";
    for (var i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    return btoa(s);
  }

  /** The SRI of the loader this page runs, and the release's version. */
  function loadFacts() {
    var hash = fetch(LOADER, { cache: "no-store" }).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.arrayBuffer();
    }).then(function (buf) {
      return crypto.subtle.digest("SHA-384", buf);
    }).then(function (d) {
      sri = "sha384-" + base64(d);
      sriOut.textContent = sri;
    }, function (e) {
      sriOut.textContent = "could not be computed (" + e.message + "): copy it from dist/sizes.txt";
    });
    var pkg = fetch(new URL("package.json", new URL(LOADER, document.baseURI)).href, { cache: "no-store" }).then(function (r) {
      return r.ok ? r.json() : null;
    }).then(function (p) {
      if (p && typeof p.version === "string") version = p.version;
    }, function () { /* no version: the placeholder stays */ });
    return Promise.all([hash, pkg]);
  }

  // ---------------------------------------------------------------- the preview

  var handle = null;
  var busy = false;
  var again = false;

  /** Mounts the preview with the current options; returns the widget's warnings. */
  function remount(opts) {
    var caught = [];
    var original = console.warn;
    console.warn = function () {
      var text = Array.prototype.join.call(arguments, " ").trim();
      if (text.indexOf("kratom-check") === 0) caught.push(text);
      return original.apply(console, arguments);
    };
    if (handle) handle.destroy();
    handle = window.KratomCheck.mount(preview, opts);
    return handle.ready.then(function (ok) {
      console.warn = original;
      return { ok: ok, warnings: caught };
    }, function () {
      console.warn = original;
      return { ok: false, warnings: caught };
    });
  }

  function show(result) {
    while (messages.firstChild) messages.removeChild(messages.firstChild);
    messages.classList.toggle("kcb-warn", !result.ok || result.warnings.length > 0);
    var p = document.createElement("p");
    if (!result.ok) {
      p.textContent = "The widget could not start in this browser; your page would show the fallback text.";
    } else if (result.warnings.length === 0) {
      p.textContent = "No problems: the widget uses every option as you entered it.";
    } else {
      p.textContent = "The widget ignores these values and uses its defaults:";
    }
    messages.appendChild(p);
    if (result.warnings.length) {
      var ul = document.createElement("ul");
      result.warnings.forEach(function (w) {
        var li = document.createElement("li");
        // `kratom-check id="kcb-preview": ignoring phone (…)` -> `ignoring phone (…)`
        li.textContent = w.replace(/^kratom-check[^:]*: /, "");
        ul.appendChild(li);
      });
      messages.appendChild(ul);
    }
  }

  var timer = null;

  /** One remount at a time; changes made meanwhile are applied once it ends. The
   * messages are `aria-busy` from a change until the preview shows it. */
  function update() {
    timer = null;
    snippetBox.value = snippet(options());
    if (busy) { again = true; return; }
    busy = true;
    messages.setAttribute("aria-busy", "true");
    remount(options()).then(function (result) {
      busy = false;
      show(result);
      if (again) { again = false; update(); }
      else if (timer === null) messages.removeAttribute("aria-busy");
    });
  }

  var wanted = JSON.stringify(options()); // the options the preview shows or is about to show

  /** After an edit: the snippet at once, the preview once typing pauses, and only
   * when an option really changed (a `change` event after `input` is no edit). */
  function soon() {
    snippetBox.value = snippet(options());
    var key = JSON.stringify(options());
    if (key === wanted) return;
    wanted = key;
    messages.setAttribute("aria-busy", "true");
    clearTimeout(timer);
    timer = setTimeout(update, 300);
  }

  form.addEventListener("input", soon);
  form.addEventListener("change", soon);
  form.addEventListener("submit", function (e) { e.preventDefault(); soon(); });

  document.getElementById("kcb-copy").addEventListener("click", function () {
    var text = snippet(options());
    snippetBox.value = text;
    var done = function () { copyStatus.textContent = "Copied to the clipboard."; };
    var manual = function () {
      snippetBox.focus();
      snippetBox.select();
      copyStatus.textContent = "Selected: press Ctrl+C (or Cmd+C) to copy.";
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, manual);
    else manual();
  });

  if (!window.KratomCheck) {
    messages.textContent = "The widget's loader (" + LOADER + ") did not run: build it with cargo xtask dist.";
    return;
  }
  loadFacts().then(function () { snippetBox.value = snippet(options()); });
  update();
})();
