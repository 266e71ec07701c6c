/*! kratom-check loader + wasm-bindgen glue, one classic script (use it with `defer`
 * or `async`). Host it next to kratom-check_bg.wasm.
 *
 * - Mounts every <kratom-check> and [data-kratom-check] element present at start
 *   (DOMContentLoaded), each into its own open shadow root with its own state;
 *   later, only <kratom-check> mounts by itself (others need mount()).
 * - Reads own properties only: attributes (getAttribute, in the wasm) and the
 *   mount() options' own properties, never a polluted Object.prototype; and
 *   every object it (or the wasm, see dist.rs `harden_glue`) hands to a
 *   browser API has no prototype (`__proto__: null`), so a polluted
 *   Object.prototype cannot add `once`, `signal`, `mode`, `referrer`,
 *   `slotAssignment`, … to a fetch, a listener, a shadow root or an event.
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

  // First of all, start the wasm download: it is the long pole, and nothing
  // below needs to run before it. `cargo xtask dist` puts the SHA-384 of
  // kratom-check_bg.wasm here. The request matches the snippet's
  // <link rel="preload" as="fetch" crossorigin="anonymous" integrity="…">
  // (CORS mode, same-origin credentials, same integrity), so Chromium hands
  // the preloaded response over instead of downloading a second copy.
  var WASM_INTEGRITY = "@@KRATOM_CHECK_WASM_SRI@@";
  var script = document.currentScript;
  var selfUrl = script && script.src ? script.src : "";
  var base;
  try {
    base = new URL(".", selfUrl || document.baseURI);
  } catch (e) {
    base = null;
  }
  var wasmUrl = base && new URL("kratom-check_bg.wasm", base).href;
  var canFetch = typeof WebAssembly === "object" && WebAssembly !== null &&
    typeof WebAssembly.instantiate === "function" && typeof Promise === "function" &&
    typeof fetch === "function" && base !== null;
  var wasmResponse = null; // Promise<Response>, started now
  if (canFetch) {
    try {
      wasmResponse = fetch(wasmUrl, { __proto__: null, credentials: "same-origin", integrity: WASM_INTEGRITY });
      wasmResponse.catch(function () { /* reported by compile() */ });
    } catch (e) {
      wasmResponse = null;
    }
  }

  // The language packs, written in by `cargo xtask dist`: { css, loading,
  // packs: { lang: SHA-384 }, qr: SHA-384 of the QR encoder (loadQr) }. A pack (kratom-check.LANG.pack, src/pack.rs) holds
  // one language's words for the wasm and its start page for painting, so a
  // visitor downloads the language they read and no other; the rest come
  // only when the person switches. null in the unbuilt source.
  var PACKS = /*@@KRATOM_CHECK_PACKS@@*/null;
  var packFetches = Object.create(null); // lang -> { promise: Promise<{ page, loading, failed, bytes }>, failed }

  /** One pack, fetched once with its integrity. A failed fetch is not tried
   * again for the page's own start (one warning), only when the person asks
   * for the language again (`again`: the language switch). */
  function fetchPack(lang, again) {
    var known = packFetches[lang];
    if (known && !(again && known.failed)) return known.promise;
    var name = "kratom-check." + lang + ".pack";
    var url = new URL(name, base).href;
    var entry = { __proto__: null, promise: null, failed: false };
    // At start the request matches the snippet's preload (CORS, same-origin
    // credentials). A language switch happens mid-check, so its request says
    // nothing more than it must: no cookies, no referrer (no page address).
    var init = again
      ? { __proto__: null, mode: "cors", credentials: "omit", referrerPolicy: "no-referrer" }
      : { __proto__: null, credentials: "same-origin" };
    entry.promise = fetch(url, merged(init, { integrity: PACKS.packs[lang] }))
      .catch(explainFailure(url, PACKS.packs[lang], name, init)).then(function (resp) {
        if (!resp.ok) throw new Error("HTTP " + resp.status + " for " + url);
        return resp.arrayBuffer();
      }).then(function (buf) {
        // A little-endian length, the loader's part as JSON, then the wasm's part.
        var n = new DataView(buf).getUint32(0, true);
        var part = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, n)));
        return { __proto__: null, page: part.page, loading: part.loading, failed: part.failed, bytes: new Uint8Array(buf) };
      });
    entry.promise.catch(function (e) {
      entry.failed = true;
      warn("the " + lang + " language pack could not load.", e);
    });
    packFetches[lang] = entry;
    return entry.promise;
  }

  var SELECTOR = "kratom-check, [data-kratom-check]"; // at start
  var LATE = "kratom-check"; // added after start

  /* @generated options: start (examples/options.rs from src/options.rs; do not edit) */
  // The mount() option names (own properties read; each overrides its data- attribute).
  var KEYS = ["clinicName", "phone", "contactUrl", "lang", "emergencyNumber", "crisisLine", "crisisText", "helpline", "poisonLine", "accent", "exitUrl", "theme", "quickExitKeys", "handoff"];
  // Where quick exit goes when the browser refuses to navigate to the configured exit.
  var DEFAULT_EXIT_URL = "https://www.google.com/";
  // What the painted start page may use of an option: the value when it matches `pattern`
  // (a strict subset of what the widget accepts; a capture is lowercased), `fallback` when
  // the option is absent or empty (for lang: the page's <html lang> by the same pattern,
  // then `fallback`). Any other value, and any value of an option without a pattern, makes
  // the page wait for the widget. Options not listed do not show on the start page.
  var PAINTED = {
    __proto__: null,
    lang: { attribute: "data-lang", pattern: new RegExp("^(en|es)(?:[-_][A-Za-z0-9]{1,8})*$", "i"), fallback: "en" },
    accent: { attribute: "data-accent", pattern: null, fallback: null },
    exitUrl: { attribute: "data-exit-url", pattern: new RegExp("^(?=[!-~]{9,2000}$)https://(?:[a-z0-9]+(?:-[a-z0-9]+)*\\.)+[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?::[0-9]{1,4})?(?:[/?#][A-Za-z0-9._~!$&()*+,;=:@/?#%\\[\\]{}|^-]*)?$", ""), fallback: "https://www.google.com/" },
    theme: { attribute: "data-theme", pattern: new RegExp("^(auto|light|dark)$", "i"), fallback: "auto" },
    quickExitKeys: { attribute: "data-quick-exit-keys", pattern: new RegExp("^(on)$", "i"), fallback: "on" }
  };
  // Replay shielding (src/replay.rs): each tool's documented marker, on the host element
  // and on the painted page's root, as the widget puts them on its own root.
  var REPLAY_CLASSES = "rr-block ph-no-capture fs-exclude sentry-block";
  var REPLAY_ATTRIBUTES = [["data-hj-suppress", ""], ["data-clarity-mask", "true"], ["data-private", ""], ["data-sentry-block", ""], ["data-dd-privacy", "hidden"]];
  /* @generated options: end */

  function warn(msg, err, who) {
    try {
      console.warn((who || "kratom-check") + ": " + msg, err === undefined ? "" : err);
    } catch (_) { /* no console */ }
  }

  // The wasm-bindgen glue (`--target no-modules`), scoped to this closure and
  // run only once the wasm is compiled: the first paint does not wait for it.
  // An error in it (a browser too old for it) leaves the fallback.
  function evaluateGlue() {
    /*@@KRATOM_CHECK_GLUE@@*/
    return wasm_bindgen;
  }

  var wasmOk = canFetch;

  var loading = null; // Promise<glue module> once started
  var broken = false; // set after a wasm trap: every instance shows its fallback
  var instances = new Map(); // element -> record

  /** A new object with the own fields of `a`, then of `b`. */
  function merged(a, b) {
    var out = Object.create(null);
    [a, b].forEach(function (o) { for (var k in o) if (hasOwn.call(o, k)) out[k] = o[k]; });
    return out;
  }

  /** A rejected integrity-checked fetch explained: a second look (never
   * used, made like the first: `init`) tells a changed file from a network error. */
  function explainFailure(url, integrity, name, init) {
    return function (err) {
      return fetch(url, merged(init || { __proto__: null, credentials: "same-origin" }, { cache: "force-cache" })).then(function (resp) {
        throw new Error(resp.ok
          ? name + " does not match the integrity hash built into kratom-check.js (" + integrity + "); it was not used"
          : "HTTP " + resp.status + " for " + url);
      }, function () { throw err; });
    };
  }

  function compile() {
    var first = wasmResponse || fetch(wasmUrl, { __proto__: null, credentials: "same-origin", integrity: WASM_INTEGRITY });
    return first.catch(explainFailure(wasmUrl, WASM_INTEGRITY, "kratom-check_bg.wasm")).then(function (resp) {
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
    if (!base) {
      loading = Promise.reject(new Error("cannot tell where kratom-check.js was loaded from"));
    } else if (!wasmOk) {
      loading = Promise.reject(new Error("WebAssembly is not available"));
    } else {
      loading = compile().then(function (mod) {
        var glue = evaluateGlue();
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
      el.dispatchEvent(new CustomEvent("kratom-check:" + what, { __proto__: null, bubbles: true, composed: true }));
    } catch (e) { /* an old browser without CustomEvent: the fallback is what matters */ }
  }

  // ---- The prerendered start page -------------------------------------
  // Painted as soon as an element is found, in the element's language, with
  // the widget's stylesheet: the person reads the first question and picks
  // an answer while the wasm downloads. Plain DOM (createElement,
  // setAttribute, text nodes: no string-to-HTML), no request, nothing in the
  // light DOM. The radios work natively; Start is kept and carried out by the
  // widget once it mounts (`early`); the quick exit (button, or Escape twice) leaves at once; the
  // language switch repaints in the other language. The widget replaces it
  // in one step (src/embed.rs `hand_over`); if the widget cannot run, it is
  // removed and the fallback shows (it cannot work on its own).

  var sheet = null;

  /** The widget's stylesheet, made once and adopted by every painted page and widget. */
  function baseSheet() {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(PACKS.css);
    }
    return sheet;
  }

  /** An option (own property) or else the element's data- attribute, as mount() reads it. */
  function setting(el, opts, key, attr) {
    if (hasOwn.call(opts, key)) return opts[key];
    var v = el.getAttribute(attr);
    return v === null ? undefined : v;
  }

  /** A language with a pack in this build (the codes dist wrote into PACKS), else null. */
  function packLang(code) {
    return typeof code === "string" && PACKS && hasOwn.call(PACKS.packs, code) ? code : null;
  }

  /** What the painted page uses for option `key`, by its generated rule (PAINTED):
   * the default when the option is absent or empty, the value when it matches the
   * strict pattern, else `undefined`: the page cannot be sure the widget would use
   * the same, and waits for the widget. The loader states no rule of its own. */
  function paintedValue(el, opts, key) {
    var rule = PAINTED[key];
    var v = setting(el, opts, key, rule.attribute);
    if (v === undefined || v === "") {
      if (key !== "lang") return rule.fallback;
      v = document.documentElement.getAttribute("lang"); // the widget's default: the page's language
      if (v === null || v === "") return rule.fallback;
    }
    var m = rule.pattern ? rule.pattern.exec(String(v)) : null;
    if (!m) return undefined;
    return m[1] !== undefined ? m[1].toLowerCase() : m[0];
  }

  /** Every painted option's value (a null-prototype object), or null when the page must wait. */
  function paintedOptions(el, opts) {
    var out = Object.create(null);
    var keys = Object.keys(PAINTED);
    for (var i = 0; i < keys.length; i++) {
      var v = paintedValue(el, opts, keys[i]);
      if (v === undefined) return null;
      out[keys[i]] = v;
    }
    return packLang(out.lang) ? out : null;
  }

  /** Quick exit from the painted page, as the widget's (src/leave.rs): the
   * document's referrer policy set to no-referrer by an inserted meta (the
   * last one wins), then location.replace, so the exit site learns nothing
   * and Back does not return here. */
  function leave(url) {
    try {
      var meta = document.createElement("meta");
      meta.setAttribute("name", "referrer");
      meta.setAttribute("content", "no-referrer");
      (document.head || document.documentElement).appendChild(meta);
    } catch (e) { /* leave anyway */ }
    // In a frame (the iframe page) the whole tab leaves where the embedding page allows it.
    try {
      if (window.top && window.top !== window) { window.top.location.replace(url); return; }
    } catch (e) { /* not allowed: leave the frame at least */ }
    try { window.location.replace(url); } catch (e) { window.location.replace(DEFAULT_EXIT_URL); }
  }

  /** The DOM for one NODE of the prerendered tree. */
  function build(node) {
    if (typeof node === "string") return document.createTextNode(node);
    var el = document.createElement(node[0]);
    var attrs = node[1];
    for (var name in attrs) {
      if (hasOwn.call(attrs, name)) el.setAttribute(name, attrs[name]);
    }
    for (var i = 2; i < node.length; i++) el.appendChild(build(node[i]));
    return el;
  }

  /** Readies `rec.el`'s shadow root for the start page and has `paint` draw it
   * once its language's pack is in; only when every option it shows is one it
   * can be sure of (an accent colour, the Escape keys turned off, a value
   * outside the strict patterns: the element waits for the widget). */
  function prerender(rec, opts) {
    var el = rec.el;
    var painted = wasmOk ? paintedOptions(el, opts) : null;
    if (!painted) return;
    var lang = painted.lang;
    fetchPack(lang).then(function (pack) {
      // Too late (the widget is in, or gone): nothing to paint.
      if (rec.destroyed || rec.instance || rec.failed) return;
      try {
        var root = el.shadowRoot || el.attachShadow({ __proto__: null, mode: "open" });
        root.adoptedStyleSheets = [baseSheet()];
        rec.prerendered = { __proto__: null, lang: lang, theme: painted.theme, exit: painted.exitUrl, submit: false, page: null, switching: false };
        paint(rec, opts, pack);
        // The widget waits until this page is on screen: when the wasm is
        // already in, mounting at once would hold the frame, and the person
        // would see nothing until the widget itself.
        // (A hidden tab has no frames: then it waits 100 ms at most.)
        rec.shown = new Promise(function (resolve) {
          requestAnimationFrame(function () { setTimeout(resolve, 0); });
          setTimeout(resolve, 100);
        });
      } catch (e) {
        rec.prerendered = null;
        showFallback(el);
      }
    }, function () { /* mountInto reports it */ });
  }

  /** (Re)builds the prerendered page from `pack`, keeping the chosen answer. */
  function paint(rec, opts, pack) {
    var p = rec.prerendered;
    var root = rec.el.shadowRoot;
    var who = chosen(rec);
    var page = document.createElement("div");
    page.setAttribute("class", "kc-root kc-theme-" + p.theme + " " + REPLAY_CLASSES);
    page.setAttribute("lang", p.lang);
    shieldAttributes(page);
    page.setAttribute("data-kratom-check-prerender", "");
    page.appendChild(build(pack.page));
    var checked = who && page.querySelector('input[name="who"][value="' + who + '"]');
    if (checked) checked.checked = true;
    page.addEventListener("submit", function (ev) {
      ev.preventDefault(); // never a navigation: the widget carries it out
      p.submit = true;
    });
    page.addEventListener("click", function (ev) {
      var t = ev.target;
      var button = t && t.closest ? t.closest("button") : null;
      if (!button) return;
      // Behaviour by the widget's data-kc-action hooks, never by a styling class.
      var action = button.getAttribute("data-kc-action");
      if (action === "quick-exit") {
        leave(p.exit);
      } else if (action === "switch-lang") {
        switchLang(rec, opts, pack, button);
      }
    });
    // Escape twice leaves here too, by the widget's rule (src/hooks.rs):
    // two deliberate presses within a second, no key repeat, no IME, no key between.
    var lastEscape = null;
    page.addEventListener("keydown", function (ev) {
      var deliberate = ev.key === "Escape" && !ev.repeat && !ev.isComposing && ev.keyCode !== 229;
      if (!deliberate) { lastEscape = null; return; }
      var now = Date.now();
      if (lastEscape !== null && now - lastEscape <= 1000) leave(p.exit);
      lastEscape = now;
    });
    while (root.firstChild) root.removeChild(root.firstChild);
    root.appendChild(page);
    p.page = page;
  }

  /** The painted page's language switch, as the widget's (src/components/lang_switch.rs):
   * the other pack is fetched, then the page is painted again in it; while it
   * comes the status line says so, and if it cannot come it says that instead. */
  function switchLang(rec, opts, pack, button) {
    var p = rec.prerendered;
    var lang = packLang(button.getAttribute("lang"));
    if (!lang || p.switching) return;
    var status = p.page.querySelector("[data-kc-lang-status]");
    var say = function (template) {
      if (status) status.textContent = String(template || "").split("{language}").join(button.textContent);
    };
    p.switching = true;
    button.setAttribute("aria-disabled", "true");
    say(pack.loading);
    // Kept as p.pending: a widget mounting meanwhile waits for it (mountInto).
    p.pending = fetchPack(lang, true).then(function (other) {
      p.switching = false;
      p.pending = null;
      if (rec.prerendered !== p || !p.page.isConnected) return; // the widget took over
      p.lang = lang;
      paint(rec, opts, other);
      var again = rec.el.shadowRoot.querySelector('[data-kc-action="switch-lang"]');
      if (again) again.focus();
    }, function () {
      p.switching = false;
      p.pending = null;
      button.removeAttribute("aria-disabled");
      say(pack.failed);
    });
  }

  /** The `who` value checked on the prerendered page, if any. */
  function chosen(rec) {
    var page = rec.prerendered && rec.prerendered.page;
    var input = page && page.querySelector('input[name="who"]:checked');
    return input ? input.value : null;
  }

  /** What the widget takes over from the prerendered page (null-prototype, own properties). */
  function early(rec) {
    var p = rec.prerendered;
    if (!p || !p.page || !p.page.isConnected) return undefined;
    var out = Object.create(null);
    var who = chosen(rec);
    if (who) out.who = who;
    out.submit = p.submit;
    var active = rec.el.shadowRoot.activeElement;
    if (active && active.id && p.page.contains(active)) out.focus = active.id;
    return out;
  }

  function shieldAttributes(el) {
    for (var i = 0; i < REPLAY_ATTRIBUTES.length; i++) el.setAttribute(REPLAY_ATTRIBUTES[i][0], REPLAY_ATTRIBUTES[i][1]);
  }

  /** Marks the host element for the replay and analytics tools (src/replay.rs):
   * they leave it, and all it shows, out of their recordings. */
  function shield(el) {
    try {
      var classes = REPLAY_CLASSES.split(" ");
      for (var i = 0; i < classes.length; i++) el.classList.add(classes[i]);
      shieldAttributes(el);
    } catch (e) { /* an element that refuses attributes: nothing more to do */ }
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
    if ((rec.prerendered || rec.loadingShown) && !rec.instance) showFallback(rec.el);
    if (rec.instance) {
      try { rec.instance.destroy(); rec.instance.free(); } catch (e) { warn("destroy failed", e, label(rec.el)); showFallback(rec.el); }
      rec.instance = null;
    }
  }

  var installed = Object.create(null); // lang -> true once the wasm has its pack

  /** Gives the wasm `lang`'s words (once per page); `again`: see fetchPack. */
  function install(glue, lang, again) {
    return fetchPack(lang, again).then(function (pack) {
      if (installed[lang]) return;
      if (glue.install_pack(pack.bytes) !== lang) throw new Error("the " + lang + " language pack was refused");
      installed[lang] = true;
    });
  }

  /** The widget's way to another language (its language switch): resolves true once it is in. */
  function loadLang(code) {
    if (!packLang(code)) return Promise.resolve(false);
    return load().then(function (glue) { return install(glue, code, true); }).then(function () {
      return true;
    }, function () {
      return false; // fetchPack has said why
    });
  }

  // The hand-off code's QR encoder (qr/, kratom-check.qr.wasm): a small wasm
  // of its own, fetched only when a person asks to see a code, like a pack
  // on the language switch (integrity-checked, no cookies, no referrer). It
  // has no imports and no glue: three exports and its memory.
  var QR_FILE = "kratom-check.qr.wasm";
  var qrLoading = null; // { promise: Promise<encode function>, failed }

  /** The widget's way to the encoder: resolves to `encode(code)`, the
   * code's modules (one byte each, 1 dark) or null. A failed load is tried
   * again on the next ask. */
  function loadQr() {
    if (qrLoading && !qrLoading.failed) return qrLoading.promise;
    var entry = { __proto__: null, promise: null, failed: false };
    if (!PACKS || !PACKS.qr || !base) {
      entry.promise = Promise.reject(new Error("no QR encoder was built into kratom-check.js"));
    } else {
      var url = new URL(QR_FILE, base).href;
      var init = { __proto__: null, mode: "cors", credentials: "omit", referrerPolicy: "no-referrer" };
      entry.promise = fetch(url, merged(init, { integrity: PACKS.qr }))
        .catch(explainFailure(url, PACKS.qr, QR_FILE, init)).then(function (resp) {
          if (!resp.ok) throw new Error("HTTP " + resp.status + " for " + url);
          return resp.arrayBuffer();
        }).then(function (buf) {
          return WebAssembly.instantiate(buf, Object.create(null));
        }).then(function (made) {
          return qrEncoder(made.instance.exports);
        });
    }
    entry.promise.catch(function (e) {
      entry.failed = true;
      warn("the QR code's part could not load; the code shows as numbers only.", e);
    });
    qrLoading = entry;
    return entry.promise;
  }

  /** `encode(code)` over the encoder's exports (qr/src/lib.rs `exports`):
   * the code's ASCII bytes in, width × width module bytes out. */
  function qrEncoder(x) {
    return function (code) {
      var input = new Uint8Array(x.memory.buffer, x.kc_qr_input(), 64);
      var n = Math.min(code.length, input.length);
      for (var i = 0; i < n; i++) input[i] = code.charCodeAt(i) & 0x7f;
      var width = x.kc_qr_encode(n);
      return width ? new Uint8Array(x.memory.buffer, x.kc_qr_output(), width * width).slice() : null;
    };
  }

  /** While the widget loads: a calm line (the widget's own words, built into
   * this file by dist) and the crisis links of the element's own fallback —
   * its paragraphs or list items that hold a tel: or sms: link, copied as
   * they are — never the fallback's "not showing" message. That message
   * shows only once loading has really failed (showFallback). */
  function showLoading(rec, lang) {
    var el = rec.el;
    if (el.shadowRoot || !PACKS || !PACKS.loading) return;
    try {
      var root = el.attachShadow({ __proto__: null, mode: "open" });
      root.adoptedStyleSheets = [baseSheet()];
      var box = document.createElement("div");
      box.setAttribute("class", "kc-root kc-theme-auto kc-loading " + REPLAY_CLASSES);
      shieldAttributes(box);
      box.setAttribute("lang", lang);
      var note = document.createElement("p");
      note.setAttribute("class", "kc-loading-note");
      var words = hasOwn.call(PACKS.loading, lang) ? PACKS.loading[lang] : PACKS.loading.en;
      note.appendChild(document.createTextNode(words || ""));
      box.appendChild(note);
      var seen = [];
      var links = el.querySelectorAll('a[href^="tel:"], a[href^="sms:"]');
      for (var i = 0; i < links.length; i++) {
        var holder = links[i].closest("p, li") || links[i];
        if (seen.indexOf(holder) === -1 && el.contains(holder)) seen.push(holder);
      }
      seen.forEach(function (n) { box.appendChild(n.cloneNode(true)); });
      root.appendChild(box);
      rec.loadingShown = true;
    } catch (e) { /* the fallback stays visible */ }
  }

  function mountInto(el, options) {
    var old = instances.get(el);
    if (old) destroyRecord(old);
    // Not ready until this mount is: a failed re-mount must not look mounted.
    el.removeAttribute("data-kratom-check-ready");
    var rec = { __proto__: null, el: el, instance: null, destroyed: false, failed: false, prerendered: null, shown: null, ready: null };
    instances.set(el, rec);
    var opts = ownOptions(options);
    shield(el);
    // The loading note's language: the painted page's rule (PAINTED); the
    // widget's own rule decides once it is in (glue.language below).
    if (!broken) showLoading(rec, PACKS ? packLang(paintedValue(el, opts, "lang")) || PAINTED.lang.fallback : "en");
    if (!broken && PACKS) prerender(rec, opts);
    var lang = null;
    rec.ready = load().then(function (glue) {
      if (!PACKS) throw new Error("no language packs were built into kratom-check.js");
      // The element's language by the widget's own rule (src/embed/attrs.rs), and
      // one switched to on the painted page (fetched to paint it).
      lang = glue.language(el, opts);
      var shown = rec.prerendered && rec.prerendered.page && rec.prerendered.lang;
      return install(glue, lang).then(function () {
        return shown && shown !== lang ? install(glue, shown) : null;
      }).then(function () { return glue; });
    }).then(function (glue) {
      return rec.shown ? rec.shown.then(function () { return glue; }) : glue;
    }).then(function (glue) {
      // A language pressed on the painted page and still on its way: the
      // widget waits for it, so the press is kept.
      var p = rec.prerendered;
      if (!p || !p.pending) return glue;
      return p.pending.then(function () {
        var now = rec.prerendered && rec.prerendered.lang;
        return now && now !== lang ? install(glue, now) : null;
      }).then(function () { return glue; }, function () { return glue; });
    }).then(function (glue) {
      if (rec.destroyed) return false;
      if (broken) { showFallback(el); signal(el, "error"); return false; }
      var who = "kratom-check";
      try {
        who = label(el);
        var handover = early(rec);
        // A language switched on the prerendered page is the widget's language too.
        if (handover && rec.prerendered.lang !== lang) opts.lang = rec.prerendered.lang;
        rec.instance = glue.mount(el, opts, who, handover, loadLang, baseSheet(), loadQr);
        el.setAttribute("data-kratom-check-ready", "");
        signal(el, "ready");
        return true;
      } catch (e) {
        // A trap (panic = "abort") or a DOM error: keep the page alive.
        warn("mount failed; showing the fallback.", e, who);
        if (e instanceof WebAssembly.RuntimeError) {
          breakAll(); // every element, this one included, falls back and gets the error event
        } else {
          rec.failed = true;
          if (instances.get(el) === rec) instances.delete(el);
          showFallback(el);
          signal(el, "error");
        }
        return false;
      }
    }, function () {
      // Said already: by load() for the wasm, by fetchPack for a pack.
      rec.failed = true;
      // The page cannot work without the widget; loading is over: now the fallback says so.
      if (rec.prerendered || rec.loadingShown) showFallback(el);
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

  /** An error from our wasm: a trap, or a JavaScript error thrown through its
   * frames (a DOM call it made failed, e.g. a listener it could not add). The
   * widget's state cannot be trusted after either: every instance shows its
   * fallback with the crisis numbers, never a dead page. */
  function fromOurWasm(err) {
    if (!wasmOk || selfUrl === "" || err === null || typeof err !== "object") return false;
    var stack = String(err.stack || "");
    if (stack.indexOf(selfUrl) === -1) return false;
    return err instanceof WebAssembly.RuntimeError || stack.indexOf(wasmUrl) !== -1 ||
      stack.indexOf("wasm-function[") !== -1;
  }
  function internalError(err) {
    // A trap has printed its panic message already.
    if (!(err instanceof WebAssembly.RuntimeError)) warn("internal error; showing the fallback.", err);
    breakAll();
  }
  // Errors inside event handlers and Yew's scheduled renders surface here, not
  // in mount(): swallow ours and show the fallbacks.
  window.addEventListener("error", function (ev) {
    if (fromOurWasm(ev.error)) { ev.preventDefault(); internalError(ev.error); }
  });
  window.addEventListener("unhandledrejection", function (ev) {
    if (fromOurWasm(ev.reason)) { ev.preventDefault(); internalError(ev.reason); }
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

  // Compile as soon as the download allows, whatever the page still parses.
  if (wasmOk) load();

  function start() {
    try {
      scan(document.documentElement, SELECTOR);
      new MutationObserver(function (records) {
        for (var i = 0; i < records.length; i++) {
          var r = records[i];
          for (var j = 0; j < r.addedNodes.length; j++) scan(r.addedNodes[j], LATE);
          if (r.removedNodes.length && instances.size) sweepRemoved();
        }
      }).observe(document.documentElement, { __proto__: null, childList: true, subtree: true });
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
