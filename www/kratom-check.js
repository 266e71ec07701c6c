/*! kratom-check loader + wasm-bindgen glue, one classic script (use it with `defer`
 * or `async`). Host it next to kratom-check_bg.wasm.
 *
 * - Mounts every <kratom-check> and [data-kratom-check] element present at start
 *   (DOMContentLoaded), each into its own open shadow root with its own state;
 *   later, only <kratom-check> mounts by itself (others need mount()).
 * - Reads own properties only: attributes (getAttribute, in the wasm) and the
 *   mount() options' own properties, never a polluted Object.prototype.
 * - Fetches the wasm with `integrity` (its SHA-384 is written in at dist time).
 * - Until the widget is running, and whenever it cannot run (no WebAssembly,
 *   the wasm fails to load, an internal error), the element's own content,
 *   the static fallback message with crisis numbers, stays visible.
 * - Never throws into the host page; problems are reported with console.warn.
 * - No eval, no Function constructor, no string-to-HTML, no module import: works under
 *   a strict CSP and with `require-trusted-types-for 'script'` (no policy).
 * - window.KratomCheck.mount(element, options) -> { destroy(), ready }.
 * - Events on the element (bubbling, composed, no detail): `kratom-check:ready`
 *   once its widget is mounted, `kratom-check:error` when it shows its fallback
 *   instead (wasm missing or failing its integrity check, a crash).
 *   Nothing it returns or emits carries the person's answers.
 * - Its only other global: none. The glue below lives inside this closure.
 *
 * www/kratom-check.js is the source; `cargo xtask dist` writes the shipped
 * dist/kratom-check.js with the generated glue and the wasm's SRI filled in.
 */
(function () {
  "use strict";
  var hasOwn = Object.prototype.hasOwnProperty;
  if (hasOwn.call(window, "KratomCheck")) return; // loaded twice: the first copy owns the page

  var SELECTOR = "kratom-check, [data-kratom-check]"; // at start
  var LATE = "kratom-check"; // added after start
  // The mount() option names (the camelCase of the data- attributes).
  var KEYS = ["clinicName", "phone", "contactUrl", "lang", "emergencyNumber",
    "crisisLine", "accent", "exitUrl", "theme", "quickExitKeys"];
  // `cargo xtask dist` puts the SHA-384 of kratom-check_bg.wasm here.
  var WASM_INTEGRITY = "@@KRATOM_CHECK_WASM_SRI@@";

  function warn(msg, err, who) {
    try {
      console.warn((who || "kratom-check") + ": " + msg, err === undefined ? "" : err);
    } catch (_) { /* no console */ }
  }

  // The wasm-bindgen glue (`--target no-modules`), scoped to this closure. Kept in a
  // try: on a browser too old for it the fallback content simply stays.
  var glue = null;
  try {
    /*@@KRATOM_CHECK_GLUE@@*/
    glue = wasm_bindgen;
  } catch (e) {
    warn("this browser cannot run the widget; showing the fallback.", e);
  }

  var script = document.currentScript;
  var base;
  try {
    base = new URL(".", script && script.src ? script.src : document.baseURI);
  } catch (e) {
    base = null;
  }
  var selfUrl = script && script.src ? script.src : "";
  var wasmUrl = base && new URL("kratom-check_bg.wasm", base).href;

  var wasmOk = typeof WebAssembly === "object" && WebAssembly !== null &&
    typeof WebAssembly.instantiate === "function" && typeof Promise === "function" &&
    typeof fetch === "function" && glue !== null;

  var loading = null; // Promise<glue module> once started
  var broken = false; // set after a wasm trap: every instance shows its fallback
  var instances = new Map(); // element -> record

  function compile() {
    return fetch(wasmUrl, { credentials: "same-origin", integrity: WASM_INTEGRITY }).catch(function (err) {
      // A network error or a hash mismatch: a second look (never compiled) tells which.
      return fetch(wasmUrl, { credentials: "same-origin", cache: "force-cache" }).then(function (resp) {
        throw new Error(resp.ok
          ? "kratom-check_bg.wasm does not match the integrity hash built into kratom-check.js (" +
            WASM_INTEGRITY + "); it was not run"
          : "HTTP " + resp.status + " for " + wasmUrl);
      }, function () { throw err; });
    }).then(function (resp) {
      if (!resp.ok) throw new Error("HTTP " + resp.status + " for " + wasmUrl);
      if (typeof WebAssembly.compileStreaming === "function") {
        // Needs `application/wasm`; fall back to a buffer for hosts that send another type.
        return WebAssembly.compileStreaming(resp.clone()).catch(function () {
          return resp.arrayBuffer().then(function (buf) { return WebAssembly.compile(buf); });
        });
      }
      return resp.arrayBuffer().then(function (buf) { return WebAssembly.compile(buf); });
    });
  }

  /** Starts fetching + compiling the wasm and importing the glue (once). */
  function load() {
    if (loading) return loading;
    if (!wasmOk) {
      loading = Promise.reject(new Error("WebAssembly is not available"));
    } else if (!base) {
      loading = Promise.reject(new Error("cannot tell where kratom-check.js was loaded from"));
    } else {
      loading = compile().then(function (mod) {
        return glue({ module_or_path: mod }).then(function () { return glue; });
      });
    }
    loading.catch(function (e) { warn("the widget could not load; showing the fallback.", e); });
    return loading;
  }

  /** The options' own properties as strings, in a null-prototype object. */
  function ownOptions(options) {
    var out = Object.create(null);
    if (options === null || (typeof options !== "object" && typeof options !== "function")) return out;
    for (var i = 0; i < KEYS.length; i++) {
      var k = KEYS[i];
      if (!hasOwn.call(options, k)) continue;
      var v = options[k];
      if (v !== undefined && v !== null) out[k] = String(v);
    }
    return out;
  }

  /** Warnings name an element by id, else by place among the widgets (`kratom-check #2`). */
  function label(el) {
    var id = el.getAttribute("id");
    if (id) return 'kratom-check id="' + id.slice(0, 80) + '"';
    var all = [];
    instances.forEach(function (rec) { if (rec.el.isConnected || rec.el === el) all.push(rec.el); });
    if (all.indexOf(el) === -1) all.push(el);
    all.sort(function (a, b) {
      return a === b ? 0 : (a.compareDocumentPosition(b) & 4 /* b follows a */) ? -1 : 1;
    });
    return "kratom-check #" + (all.indexOf(el) + 1);
  }

  /** Tells the host page about one element: `kratom-check:ready` or `kratom-check:error`.
   * No detail, ever: nothing about the person's answers or result goes out. */
  function signal(el, what) {
    try {
      el.dispatchEvent(new CustomEvent("kratom-check:" + what, { bubbles: true, composed: true }));
    } catch (e) { /* an old browser without CustomEvent: the fallback is what matters */ }
  }

  /** Shows the element's light-DOM fallback again (the widget is not running). */
  function showFallback(el) {
    var root = el.shadowRoot;
    if (!root) return; // never attached: the light DOM is already visible
    try {
      while (root.firstChild) root.removeChild(root.firstChild);
      root.appendChild(document.createElement("slot"));
    } catch (e) { /* nothing more to do */ }
  }

  function destroyRecord(rec) {
    if (rec.destroyed) return;
    rec.destroyed = true;
    if (instances.get(rec.el) === rec) instances.delete(rec.el);
    if (rec.instance) {
      try { rec.instance.destroy(); rec.instance.free(); } catch (e) { warn("destroy failed", e, label(rec.el)); showFallback(rec.el); }
      rec.instance = null;
    }
  }

  function mountInto(el, options) {
    var old = instances.get(el);
    if (old) destroyRecord(old);
    var rec = { el: el, instance: null, destroyed: false };
    instances.set(el, rec);
    rec.ready = load().then(function (glue) {
      if (rec.destroyed) return false;
      if (broken) { showFallback(el); signal(el, "error"); return false; }
      var who = "kratom-check";
      try {
        who = label(el);
        rec.instance = glue.mount(el, ownOptions(options), who);
        el.setAttribute("data-kratom-check-ready", "");
        signal(el, "ready");
        return true;
      } catch (e) {
        // A trap (panic = "abort") or a DOM error: keep the page alive.
        warn("mount failed; showing the fallback.", e, who);
        if (e instanceof WebAssembly.RuntimeError) {
          breakAll(); // every element, this one included, falls back and gets the error event
        } else {
          if (instances.get(el) === rec) instances.delete(el);
          showFallback(el);
          signal(el, "error");
        }
        return false;
      }
    }, function () {
      if (instances.get(el) === rec) instances.delete(el);
      if (!rec.destroyed) signal(el, "error");
      return false;
    });
    return {
      destroy: function () { destroyRecord(rec); },
      ready: rec.ready
    };
  }

  /** After a wasm trap the module's state is unusable: fall back everywhere. */
  function breakAll() {
    if (broken) return;
    broken = true;
    var els = [];
    instances.forEach(function (rec) {
      rec.instance = null;
      rec.el.removeAttribute("data-kratom-check-ready");
      showFallback(rec.el);
      els.push(rec.el);
    });
    instances.clear();
    els.forEach(function (el) { signal(el, "error"); });
  }

  function fromOurWasm(err) {
    return wasmOk && selfUrl !== "" && err instanceof WebAssembly.RuntimeError &&
      String(err.stack || "").indexOf(selfUrl) !== -1;
  }
  // Traps inside event handlers surface here, not in mount(): swallow ours
  // (the console already has the panic message) and show the fallbacks.
  window.addEventListener("error", function (ev) {
    if (fromOurWasm(ev.error)) { ev.preventDefault(); breakAll(); }
  });
  window.addEventListener("unhandledrejection", function (ev) {
    if (fromOurWasm(ev.reason)) { ev.preventDefault(); breakAll(); }
  });

  function autoMount(el) {
    if (!instances.has(el) && !el.hasAttribute("data-kratom-check-ready")) mountInto(el);
  }

  function scan(node, selector) {
    if (node.nodeType !== 1) return;
    if (node.matches(selector)) autoMount(node);
    var found = node.querySelectorAll(selector);
    for (var i = 0; i < found.length; i++) autoMount(found[i]);
  }

  var sweeping = false;
  /** Frees the instances whose element left the document (moved ones are back by now). */
  function sweepRemoved() {
    if (sweeping) return;
    sweeping = true;
    Promise.resolve().then(function () {
      sweeping = false;
      instances.forEach(function (rec) {
        if (!rec.el.isConnected) {
          destroyRecord(rec);
          rec.el.removeAttribute("data-kratom-check-ready");
        }
      });
    });
  }

  // Loaded before the body is parsed (a plain or `async` script in <head>):
  // start the wasm download and compile now instead of at DOMContentLoaded,
  // so it overlaps the rest of the page. With `defer` the page is parsed
  // already and start() below does this at once.
  if (document.readyState === "loading" && wasmOk) load();

  function start() {
    try {
      if (document.querySelector(SELECTOR)) load(); // start the download early
      scan(document.documentElement, SELECTOR);
      new MutationObserver(function (records) {
        for (var i = 0; i < records.length; i++) {
          var r = records[i];
          for (var j = 0; j < r.addedNodes.length; j++) scan(r.addedNodes[j], LATE);
          if (r.removedNodes.length && instances.size) sweepRemoved();
        }
      }).observe(document.documentElement, { childList: true, subtree: true });
    } catch (e) {
      warn("could not start; showing the fallback.", e);
    }
  }

  window.KratomCheck = Object.freeze({
    /** Mounts the widget into `element` with options
     * { clinicName, phone, contactUrl, lang, emergencyNumber, crisisLine, accent, exitUrl, theme,
     * quickExitKeys } (own properties; each overrides the element's data- attribute). Returns { destroy(), ready }. */
    mount: function (element, options) {
      try {
        if (!element || element.nodeType !== 1) throw new TypeError("mount(element, options): element expected");
        return mountInto(element, options || {});
      } catch (e) {
        warn("mount failed.", e);
        return { destroy: function () {}, ready: Promise.resolve(false) };
      }
    }
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
