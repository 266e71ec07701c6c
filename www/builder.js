/* The snippet builder (builder.html, as `cargo xtask dist` writes it into dist/):
 * a clinic fills in the options, the real widget is remounted with them
 * (KratomCheck.mount), the widget's own warnings are shown at the fields, and
 * the snippet is offered only when every value is used as entered and the
 * release's files are found, unchanged, in the snippet's folder.
 *
 * It trusts no file it is served: dist writes this release's SHA-384s (and its
 * iframe page) into RELEASE below, and the files in a folder are fetched with
 * those as `integrity`, so a changed loader, wasm or pack is refused by name.
 * No inline script or style: works under the README's strict CSP. */
(function () {
  "use strict";
  // { version, files: { name: "sha384-…" }, page, markers: { attributes, fallback } },
  // written in by `cargo xtask dist`; null in the source (www/), which cannot check anything.
  var RELEASE = /*@@KRATOM_CHECK_RELEASE@@*/null;
  var LOADER_FILE = "kratom-check.js";
  /* @generated options: start (examples/options.rs from src/options.rs; do not edit) */
  // The mount() option names (the camelCase of the data- attributes).
  var KEYS = ["clinicName", "phone", "contactUrl", "lang", "emergencyNumber", "crisisLine", "crisisText", "helpline", "poisonLine", "accent", "exitUrl", "theme", "quickExitKeys", "handoff"];
  // The numbers the fallback links with tel: [option, the widget's rule, its default].
  var TEL = [["emergencyNumber", /^[0-9]{2,6}$/, "911"], ["crisisLine", /^[0-9]{2,11}$/, "988"]];
  // The widget's languages (guide::Lang, the one list): [code, name in itself].
  var LANGUAGES = [["en", "English"], ["es", "Español"]];
  /* @generated options: end */
  var form = document.getElementById("kcb-form");
  var preview = document.getElementById("kcb-preview");
  var messages = document.getElementById("kcb-messages");
  var snippetBox = document.getElementById("kcb-snippet");
  var sriOut = document.getElementById("kcb-sri");
  var copyButton = document.getElementById("kcb-copy");
  var copyStatus = document.getElementById("kcb-copy-status");
  var pageButton = document.getElementById("kcb-page");
  var pageStatus = document.getElementById("kcb-page-status");

  function field(name) { return form.elements.namedItem(name); }

  // The language choices, one per language the widget has (LANGUAGES, from
  // the one list), each named in itself.
  LANGUAGES.forEach(function (l) {
    var o = document.createElement("option");
    o.value = l[0];
    o.lang = l[0];
    o.textContent = l[1] + " (" + l[0] + ")";
    field("lang").appendChild(o);
  });

  function say(el, text) {
    while (el.firstChild) el.removeChild(el.firstChild);
    var p = document.createElement("p");
    p.textContent = text;
    el.appendChild(p);
  }

  if (!RELEASE) {
    messages.classList.add("kcb-warn");
    say(messages, "This is the builder's source. Run cargo xtask dist and open dist/builder.html: " +
      "only that copy knows the release's files and can check them.");
    return;
  }
  var SRI = RELEASE.files[LOADER_FILE];
  sriOut.textContent = SRI;

  // The folder this page's own loader came from: where the files are, unless
  // the clinic says otherwise. A path when it is this site's, else the full address.
  var loaderTag = document.querySelector('script[src$="' + LOADER_FILE + '"]');
  var ownFolder = (function () {
    try {
      var u = new URL(".", loaderTag ? loaderTag.src : document.baseURI);
      return u.origin === window.location.origin ? u.pathname : u.href;
    } catch (e) {
      return "./";
    }
  })();
  if (field("base").value.trim() === "") field("base").value = ownFolder;

  /** The options the clinic filled in (empty fields are left out: the defaults apply). */
  function options() {
    var out = {};
    KEYS.forEach(function (k) {
      var v = field(k).value.trim();
      if (v !== "") out[k] = v;
    });
    return out;
  }

  /** The folder of the snippet, ending in `/`. */
  function baseUrl() {
    var b = field("base").value.trim() || ownFolder;
    return b.replace(/\/*$/, "/");
  }

  // ---------------------------------------------------------------- the folder check

  var checks = Object.create(null); // absolute folder URL -> Promise<[]> once all were found

  /** Fetches every file of the release from `folder` with its release hash.
   * Resolves with the problems, one line each (none: all found and unchanged). */
  function checkFolder(folder) {
    var abs;
    try {
      abs = new URL(folder, document.baseURI).href;
    } catch (e) {
      return Promise.resolve(["“" + folder + "” is not a folder address."]);
    }
    if (checks[abs]) return checks[abs];
    var init = { cache: "no-store", credentials: "omit", referrerPolicy: "no-referrer", mode: "cors" };
    var names = Object.keys(RELEASE.files);
    checks[abs] = Promise.all(names.map(function (name) {
      var url = new URL(name, abs).href;
      var checked = Object.create(null);
      for (var k in init) checked[k] = init[k];
      checked.integrity = RELEASE.files[name];
      return fetch(url, checked).then(function (r) {
        return r.ok ? null : name + " is not there (the server answered " + r.status + ").";
      }, function () {
        // Refused: a second look without the hash tells a changed file from a missing one.
        return fetch(url, init).then(function (r) {
          return r.ok
            ? name + " is there but is not the file of release " + RELEASE.version + " (its SHA-384 differs). Upload this release's files again."
            : name + " is not there (the server answered " + r.status + ").";
        }, function () {
          return name + " could not be fetched (the address is wrong, the server is down, or it does not allow this page to read it).";
        });
      });
    })).then(function (all) {
      var problems = all.filter(function (p) { return p !== null; });
      // A folder found wanting is checked again next time (the files may be uploaded meanwhile).
      if (problems.length) delete checks[abs];
      return problems;
    });
    return checks[abs];
  }

  // ---------------------------------------------------------------- the snippet

  function esc(s) {
    return String(s).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function attrName(k) { return "data-" + k.replace(/[A-Z]/g, function (c) { return "-" + c.toLowerCase(); }); }

  function attributes(opts) {
    return Object.keys(opts).map(function (k) { return attrName(k) + '="' + esc(opts[k]) + '"'; });
  }

  /** The fallback: the preview's own, naming the numbers the widget uses.
   * Called only when the widget took every value as given. */
  function fallbackBlock(opts) {
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
    return lines.map(function (l, i) { return i === 0 ? l : l.slice(indent); }).join("\n");
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
    var attrs = attributes(opts);
    var base = esc(baseUrl());
    return [
      "<!-- kratom-check " + RELEASE.version + ": paste as its own block, not inside a <p>. -->",
      '<link rel="preload" href="' + base + 'kratom-check_bg.wasm" as="fetch" crossorigin="anonymous">'
    ].concat(packPreload(opts, base), [
      "<kratom-check" + (attrs.length ? " " + attrs.join(" ") : "") + ">",
      fallbackBlock(opts).split("\n").map(function (l) { return "  " + l; }).join("\n"),
      "</kratom-check>",
      '<script src="' + base + LOADER_FILE + '" integrity="' + SRI +
        '" crossorigin="anonymous" fetchpriority="high" defer></' + "script>",
      ""
    ]).join("\n");
  }

  /** The clinic's own iframe page: the release's widget.html with the options
   * as the element's attributes (a link cannot change them) and its fallback. */
  function iframePage(opts) {
    var attrs = attributes(opts);
    return RELEASE.page
      .split(RELEASE.markers.attributes).join(attrs.length ? " " + attrs.join(" ") : "")
      .split(RELEASE.markers.fallback).join(fallbackBlock(opts));
  }

  // ---------------------------------------------------------------- the preview

  var handle = null;

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

  // ---------------------------------------------------------------- what the page says

  function labelOf(name) {
    var l = form.querySelector('label[for="kcb-' + name + '"]');
    return l ? l.textContent.trim() : name;
  }

  /** A widget warning in the form's words: the field, what is wrong, what the widget would use. */
  function problemOf(warning) {
    // `kratom-check id="kcb-preview": ignoring phone (why); using no phone number`
    var m = /^kratom-check[^:]*: ignoring (\w+) \((.*)\); using (.*)$/.exec(warning);
    if (!m || !field(m[1])) return { name: null, text: warning.replace(/^kratom-check[^:]*: /, "") };
    return { name: m[1], text: labelOf(m[1]) + ": " + m[2] + ". The widget would use " + m[3] + " instead." };
  }

  /** The folder check's problems as one message: every file missing alike is said once. */
  function folderProblem(lines) {
    var names = Object.keys(RELEASE.files);
    var missing = lines.map(function (l) { return /^\S+ is not there \((.*)\)\.$/.exec(l); });
    var same = missing.every(function (m) { return m && m[1] === missing[0][1]; });
    if (lines.length === names.length && same) {
      return "none of the files of release " + RELEASE.version + " are there (" + missing[0][1] + "). Check the address.";
    }
    return lines.join(" ");
  }

  /** Marks each field the widget refused (aria-invalid, the message under its label), clears the rest. */
  function markFields(problems) {
    KEYS.concat(["base"]).forEach(function (name) {
      var input = field(name);
      var id = "kcb-" + name + "-error";
      var old = document.getElementById(id);
      if (old) old.parentNode.removeChild(old);
      input.removeAttribute("aria-invalid");
      var described = (input.getAttribute("aria-describedby") || "").split(" ").filter(function (t) {
        return t && t !== id;
      });
      var mine = problems.filter(function (p) { return p.name === name; });
      if (mine.length) {
        var p = document.createElement("p");
        p.id = id;
        p.className = "kcb-error";
        p.textContent = mine.map(function (x) { return x.text; }).join(" ");
        input.parentNode.insertBefore(p, input);
        input.setAttribute("aria-invalid", "true");
        described.unshift(id);
      }
      if (described.length) input.setAttribute("aria-describedby", described.join(" "));
      else input.removeAttribute("aria-describedby");
    });
  }

  /** `state`: { ok, warnings, folder, problems } for the options `opts`. */
  function render(state, opts) {
    var problems = state.warnings.map(problemOf);
    if (state.problems.length) problems.push({ name: "base", text: labelOf("base") + ": " + folderProblem(state.problems) });
    markFields(problems);
    var offer = state.ok && problems.length === 0;
    while (messages.firstChild) messages.removeChild(messages.firstChild);
    messages.classList.toggle("kcb-warn", !offer);
    var head = document.createElement("p");
    if (!state.ok) {
      head.textContent = "The preview could not start, so your page would show only the fallback text. " +
        "Check that this release's files are complete in " + ownFolder + ".";
    } else if (offer) {
      head.textContent = "No problems: the widget uses every value as you entered it, and the files of release " +
        RELEASE.version + " are in " + state.folder + ", unchanged.";
    } else {
      head.textContent = "Fix " + (problems.length === 1 ? "this" : "these") + " first; the snippet is offered once nothing is left:";
    }
    messages.appendChild(head);
    if (problems.length) {
      var ul = document.createElement("ul");
      problems.forEach(function (p) {
        var li = document.createElement("li");
        if (p.name) {
          var a = document.createElement("a");
          a.href = "#kcb-" + p.name;
          a.textContent = p.text;
          li.appendChild(a);
        } else {
          li.textContent = p.text;
        }
        ul.appendChild(li);
      });
      messages.appendChild(ul);
    }
    offered = offer ? { snippet: snippet(opts), page: iframePage(opts) } : null;
    snippetBox.value = offered ? offered.snippet : "";
    snippetBox.placeholder = offer ? "" : "The snippet shows here once the messages above say \u201cNo problems\u201d.";
    copyButton.disabled = !offer;
    pageButton.disabled = !offer;
    copyStatus.textContent = "";
    pageStatus.textContent = "";
  }

  var offered = null; // { snippet, page } for the form as it is now, or null
  var busy = false;
  var again = false;
  var timer = null;

  /** One remount and folder check at a time; changes made meanwhile are applied once it ends.
   * Until then nothing is offered and the messages are `aria-busy`. */
  function update() {
    timer = null;
    if (busy) { again = true; return; }
    busy = true;
    var opts = options();
    var folder = baseUrl();
    messages.setAttribute("aria-busy", "true");
    Promise.all([remount(opts), checkFolder(folder)]).then(function (both) {
      busy = false;
      if (again) { again = false; update(); return; }
      render({ ok: both[0].ok, warnings: both[0].warnings, folder: folder, problems: both[1] }, opts);
      if (timer === null) messages.removeAttribute("aria-busy");
    });
  }

  function key() { return JSON.stringify([options(), baseUrl()]); }
  var wanted = key(); // the form the page shows or is about to show

  /** After an edit: nothing is offered until the preview and the folder check
   * follow, once typing pauses, and only when something really changed. */
  function soon() {
    var k = key();
    if (k === wanted) return;
    wanted = k;
    offered = null;
    snippetBox.value = "";
    copyButton.disabled = true;
    pageButton.disabled = true;
    messages.setAttribute("aria-busy", "true");
    clearTimeout(timer);
    timer = setTimeout(update, 300);
  }

  form.addEventListener("input", soon);
  form.addEventListener("change", soon);
  form.addEventListener("submit", function (e) { e.preventDefault(); soon(); });

  copyButton.addEventListener("click", function () {
    if (!offered) return; // never a snippet with a refused value or an unchecked folder
    var text = offered.snippet;
    var done = function () { copyStatus.textContent = "Copied to the clipboard."; };
    var manual = function () {
      snippetBox.focus();
      snippetBox.select();
      copyStatus.textContent = "Selected: press Ctrl+C (or Cmd+C) to copy.";
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, manual);
    else manual();
  });

  pageButton.addEventListener("click", function () {
    if (!offered) return;
    var url = URL.createObjectURL(new Blob([offered.page], { type: "text/html" }));
    var a = document.createElement("a");
    a.href = url;
    a.download = "widget.html";
    document.body.appendChild(a);
    a.click();
    a.parentNode.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    pageStatus.textContent = "Saved as widget.html. Upload it into " + baseUrl() + ", in place of the widget.html there.";
  });

  if (!window.KratomCheck) {
    messages.classList.add("kcb-warn");
    say(messages, "The widget's loader did not run. Checking the files in " + ownFolder + "…");
    checkFolder(ownFolder).then(function (problems) {
      say(messages, problems.length
        ? "The files in " + ownFolder + " are not release " + RELEASE.version + "'s: " + problems.join(" ")
        : "The widget's loader did not run in this browser (it needs JavaScript and WebAssembly).");
    });
    return;
  }
  update();
})();
