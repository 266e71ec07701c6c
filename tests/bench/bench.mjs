// `cargo xtask bench` browser half: time to first question (widget vs a static
// page with the same first question, same server, cold contexts, side by side),
// answer → next page latency over whole journeys, and memory after a journey,
// each unthrottled and with the CPU throttled 4× (CDP). Writes one JSON object
// to KC_BENCH_OUT (xtask reads it, applies the budget and prints the verdict).
//
// Env: KC_BASE_URL (the xtask static server), KC_CHROMIUM, KC_BENCH_OUT,
// KC_BENCH_RUNS (cold loads per page and condition, default 20).
import { writeFileSync } from 'node:fs';
import { launch, BASE } from '../e2e/harness.mjs';
import { walk, PERSONAS } from '../e2e/journey.mjs';

const RUNS = Math.max(1, Number(process.env.KC_BENCH_RUNS || 20));
const OUT = process.env.KC_BENCH_OUT || 'target/bench/browser.json';
const WIDGET_PAGE = '/www/bench-widget.html';
const STATIC_PAGE = '/www/bench-static.html';
// Personas walked for interaction latency (together they visit every page kind).
const JOURNEYS = ['monitor', 'lovedOne', 'urgent'];

// Runs before any page script. First-question probe: every animation frame,
// look for an enabled `who` radio in the document or in a widget's shadow
// root; the first frame that has one is the time to first question (ms since
// navigation start). Identical on both pages, so frame quantisation is equal.
// Also keeps the wasm instance (to read its linear memory) by wrapping
// WebAssembly.instantiate: the glue keeps it private inside the loader closure.
function probe() {
  const b = (window.__kcBench = { firstQuestion: null, mounted: null, streamed: false, instances: [], interactions: [] });
  // The loader's ready attribute: set right after the wasm mount() returned.
  new MutationObserver(() => { if (b.mounted === null) b.mounted = performance.now(); })
    .observe(document, { subtree: true, attributeFilter: ['data-kratom-check-ready'] });
  const find = () => {
    const q = 'input[name=who]:not([disabled])';
    if (document.querySelector(q)) return true;
    for (const el of document.querySelectorAll('kratom-check')) {
      if (el.shadowRoot && el.shadowRoot.querySelector(q)) return true;
    }
    return false;
  };
  const tick = (t) => {
    if (find()) b.firstQuestion = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  if (typeof WebAssembly === 'object') {
    // Did the loader compile while downloading (needs `application/wasm`)?
    const cs = WebAssembly.compileStreaming;
    WebAssembly.compileStreaming = function (...args) {
      return cs.apply(this, args).then((m) => { b.streamed = true; return m; });
    };
    const inst = WebAssembly.instantiate;
    WebAssembly.instantiate = function (...args) {
      return inst.apply(this, args).then((r) => {
        b.instances.push(r instanceof WebAssembly.Instance ? r : r.instance);
        return r;
      });
    };
  }
}

// Installed after the widget is ready: click on a button (capture phase at the
// document: shadow-DOM clicks are composed) → the widget's DOM mutations →
// the next animation frame. `dom` = event timestamp → last mutation before that
// frame (the widget's work: handler, reducer, render, effects); `frame` = event
// timestamp → that frame's rAF callback (adds up to one vsync of waiting).
function armInteractions() {
  const b = window.__kcBench;
  const sr = document.querySelector('kratom-check').shadowRoot;
  let pending = null;
  new MutationObserver(() => {
    if (!pending) return;
    pending.lastMutation = performance.now();
    if (!pending.rafArmed) {
      pending.rafArmed = true;
      const p = pending;
      requestAnimationFrame((t) => {
        const now = performance.now();
        b.interactions.push({ dom: p.lastMutation - p.t0, frame: now - p.t0 });
        if (pending === p) pending = null;
      });
    }
  }).observe(sr, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('click', (e) => {
    const path = e.composedPath();
    if (path.some((n) => n.tagName === 'BUTTON')) pending = { t0: e.timeStamp, rafArmed: false };
  }, true);
}

async function newPage(browser, throttle) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(probe);
  return { context, page, cdp };
}

let wasmContentType = null;

async function coldLoad(browser, path, throttle) {
  const { context, page } = await newPage(browser, throttle);
  page.on('response', (r) => {
    if (r.url().endsWith('.wasm')) wasmContentType = r.headers()['content-type'] || null;
  });
  try {
    await page.goto(BASE + path, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__kcBench.firstQuestion !== null, null, { timeout: 30_000 });
    return await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const res = (suffix) => {
        const e = performance.getEntriesByType('resource').find((r) => r.name.endsWith(suffix));
        return e ? e.responseEnd : null;
      };
      return {
        firstQuestion: window.__kcBench.firstQuestion,
        mounted: window.__kcBench.mounted,
        streamed: window.__kcBench.streamed,
        fcp: fcp ? fcp.startTime : null,
        scriptLoaded: res('kratom-check.js'),
        wasmLoaded: res('kratom-check_bg.wasm'),
      };
    });
  } finally {
    await context.close();
  }
}

async function journeys(browser, throttle) {
  const out = { samples: [], pages: 0, memory: null };
  for (const name of JOURNEYS) {
    const { context, page, cdp } = await newPage(browser, throttle);
    try {
      await page.goto(BASE + WIDGET_PAGE, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__kcBench.firstQuestion !== null, null, { timeout: 30_000 });
      await page.evaluate(armInteractions);
      const widget = page.locator('kratom-check').first();
      const seen = await walk(widget, PERSONAS[name]);
      out.pages += seen.length;
      await page.waitForTimeout(100); // let the last rAF land
      out.samples.push(...(await page.evaluate(() => window.__kcBench.interactions)));
      if (name === JOURNEYS[0]) {
        // Memory after a full journey (the longest one), after a full GC.
        await cdp.send('HeapProfiler.enable');
        await cdp.send('HeapProfiler.collectGarbage');
        const heap = await cdp.send('Runtime.getHeapUsage');
        const wasm = await page.evaluate(() =>
          window.__kcBench.instances.reduce((s, i) => s + i.exports.memory.buffer.byteLength, 0));
        out.memory = { wasmMemory: wasm, jsHeapUsed: heap.usedSize, jsHeapTotal: heap.totalSize };
      }
    } finally {
      await context.close();
    }
  }
  return out;
}

// JS heap of the static page after the same harness work (Playwright's
// injected script lives in the page's isolate too): subtracted from the
// widget page's heap, it leaves what the widget itself keeps.
async function staticHeap(browser) {
  const { context, page, cdp } = await newPage(browser, 1);
  try {
    await page.goto(BASE + STATIC_PAGE, { waitUntil: 'load' });
    await page.locator('kratom-check').first().locator('input[name=who]').first().waitFor();
    await page.locator('kratom-check').first().evaluate((el) => el.shadowRoot.childNodes.length);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await context.close();
  }
}

function stats(xs) {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (s.length === 0) return null;
  // Nearest-rank percentiles.
  const pct = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
  const r = (x) => Math.round(x * 10) / 10;
  return { n: s.length, median: r(pct(50)), p95: r(pct(95)), min: r(s[0]), max: r(s[s.length - 1]) };
}

async function condition(browser, throttle) {
  // Warm the browser process (first context pays process start-up), not counted.
  await coldLoad(browser, STATIC_PAGE, throttle);
  await coldLoad(browser, WIDGET_PAGE, throttle);
  const widget = [];
  const stat = [];
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, so drift on a shared machine hits both pages alike.
    widget.push(await coldLoad(browser, WIDGET_PAGE, throttle));
    stat.push(await coldLoad(browser, STATIC_PAGE, throttle));
  }
  const j = await journeys(browser, throttle);
  const w = stats(widget.map((x) => x.firstQuestion));
  const s = stats(stat.map((x) => x.firstQuestion));
  return {
    cpu_throttle: throttle,
    first_question_ms: {
      widget: w,
      static: s,
      ratio_median: Math.round((w.median / s.median) * 100) / 100,
      ratio_p95: Math.round((w.p95 / s.p95) * 100) / 100,
      widget_fcp: stats(widget.map((x) => x.fcp)),
      static_fcp: stats(stat.map((x) => x.fcp)),
      widget_script_loaded: stats(widget.map((x) => x.scriptLoaded)),
      widget_wasm_loaded: stats(widget.map((x) => x.wasmLoaded)),
      widget_mounted: stats(widget.map((x) => x.mounted)),
      widget_compiled_streaming: widget.every((x) => x.streamed),
    },
    interaction_ms: {
      journeys: JOURNEYS,
      pages: j.pages,
      input_to_dom: stats(j.samples.map((x) => x.dom)),
      input_to_next_frame: stats(j.samples.map((x) => x.frame)),
    },
    memory_bytes: j.memory,
  };
}

const browser = await launch();
try {
  const version = browser.version();
  const unthrottled = await condition(browser, 1);
  const throttled = await condition(browser, 4);
  const baseline = await staticHeap(browser);
  for (const c of [unthrottled, throttled]) {
    const m = c.memory_bytes;
    m.staticPageJsHeapUsed = baseline;
    m.widgetJsHeap = Math.max(0, m.jsHeapUsed - baseline);
    m.widgetTotal = m.wasmMemory + m.widgetJsHeap;
  }
  const result = { chromium: version, runs: RUNS, wasm_content_type: wasmContentType, unthrottled, throttled_4x: throttled };
  writeFileSync(OUT, JSON.stringify(result, null, 2));
  console.log(JSON.stringify(result, null, 2));
} finally {
  await browser.close();
}
