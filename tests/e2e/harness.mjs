// Shared browser-test harness: Debian chromium through playwright-core, the
// xtask static server (KC_BASE_URL), a request recorder that fails any request
// to another origin, console / page-error / CSP-violation recorders, storage
// and shadow-root helpers, and axe-core injected from a same-origin URL (fulfilled
// here from node_modules: the server never serves node_modules).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const BASE = process.env.KC_BASE_URL;
if (!BASE) throw new Error('KC_BASE_URL is not set: run the suite through `cargo xtask test`');
export const ORIGIN = new URL(BASE).origin;
const EXECUTABLE = process.env.KC_CHROMIUM || '/usr/bin/chromium';
const ARTIFACTS = process.env.KC_ARTIFACTS || 'target/e2e-artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

export const TIMEOUT = 20_000;
export const WIDGET = 'kratom-check, [data-kratom-check]';
export const READY = '[data-kratom-check-ready]';
export const CRISIS_NUMBERS = ['911', '988', '1-800-662-4357'];
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_URL = `${ORIGIN}/__harness/axe.min.js`;
const BARRIER_URL = `${ORIGIN}/__harness/barrier/`;
const AXE_FILE = join(process.cwd(), 'node_modules/axe-core/axe.min.js');

export function launch() {
  return chromium.launch({
    executablePath: EXECUTABLE,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
}

/**
 * Opens `path` on the test server (or a full URL) in a fresh context and records everything a
 * privacy test needs. Options: `init` (a function run before any page script),
 * `route` (async (page) => {} to add page routes before navigation),
 * `allowOrigins` (other origins the page may load from, e.g. a second server),
 * `clock` (install Playwright's fake clock before the page loads: `true` or `{ time }`),
 * `watchLeave` (count quick exits started in `rec.leaving`, see LEAVE_MARK).
 */
export async function open(browser, path, {
  init, route, clock, watchLeave = false, waitReady = true, allowOrigins = [],
} = {}) {
  const context = await browser.newContext();
  // A fake clock from the first script on (`clock: { time }`, or `true`): time
  // flows as usual until a test pauses or fast-forwards it (context.clock).
  if (clock) await context.clock.install(clock === true ? {} : clock);
  const rec = {
    context,
    requests: [], // every request the page made: { url, t }
    foreign: [], // requests to another origin (aborted)
    errors: [], // uncaught page errors
    warnings: [], // console.warn texts
    consoleErrors: [],
    readyAt: null,
    barriers: [], // the harness's own barrier requests, in the order they came
    leaving: 0, // quick exits started (with `watchLeave`)
  };
  await context.route('**/*', (r) => {
    const url = r.request().url();
    if (url.startsWith(BARRIER_URL)) return r.fulfill({ status: 204 });
    if (url === AXE_URL) return r.fulfill({ path: AXE_FILE, contentType: 'text/javascript; charset=utf-8' });
    const origin = new URL(url).origin;
    if (origin === ORIGIN || allowOrigins.includes(origin)) return r.continue();
    rec.foreign.push(url);
    return r.abort('blockedbyclient');
  });
  const page = await context.newPage();
  rec.page = page;
  page.on('request', (req) => {
    // The harness's own request barrier (requestsSettled) is not the page's.
    if (req.url().startsWith(BARRIER_URL)) rec.barriers.push(req.url());
    else rec.requests.push({ url: req.url(), t: Date.now() });
  });
  page.on('pageerror', (e) => rec.errors.push(String(e && e.stack || e)));
  page.on('console', (m) => {
    if (m.text() === LEAVE_MARK) rec.leaving++;
    if (m.type() === 'warning') rec.warnings.push(m.text());
    if (m.type() === 'error') rec.consoleErrors.push(m.text());
  });
  await page.addInitScript(() => {
    window.__kcGlobalsBefore = Object.getOwnPropertyNames(window);
    window.__kcViolations = [];
    // The loader's per-element outcome events, counted (waitForLoaderEvents).
    window.__kcLoaderEvents = {};
    for (const t of ['ready', 'error']) {
      document.addEventListener(`kratom-check:${t}`, () => {
        window.__kcLoaderEvents[t] = (window.__kcLoaderEvents[t] || 0) + 1;
      });
    }
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__kcViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  if (watchLeave) await page.addInitScript(watchLeaving, LEAVE_MARK);
  if (init) await page.addInitScript(init);
  if (route) await route(page);
  // A full URL opens a page of another origin (list it in `allowOrigins`).
  await page.goto(/^https?:/.test(path) ? path : BASE + path, { waitUntil: 'load' });
  if (waitReady) await waitForReady(page);
  return rec;
}

/**
 * Both quick exits (the widget's src/leave.rs and the painted page's, in the
 * loader) first insert <meta name="referrer" content="no-referrer"> and then
 * navigate. That insertion is the synchronous sign an exit started: the page
 * logs LEAVE_MARK for it, before any navigation can take the page away.
 */
export const LEAVE_MARK = '__kc-leaving';
function watchLeaving(mark) {
  new MutationObserver((list) => {
    for (const m of list) {
      for (const n of m.addedNodes) {
        if (n.nodeName === 'META' && n.getAttribute('name') === 'referrer' && n.getAttribute('content') === 'no-referrer') {
          console.debug(mark);
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Waits until every widget on the page is mounted. */
export async function waitForReady(page, selector = WIDGET) {
  await page.waitForFunction(
    (sel) => {
      const els = [...document.querySelectorAll(sel)];
      return els.length > 0 && els.every((el) => el.hasAttribute('data-kratom-check-ready') &&
        el.shadowRoot && el.shadowRoot.querySelector('form'));
    },
    selector,
    { timeout: TIMEOUT },
  );
}

/** Runs `fn(rec)`; on failure saves a screenshot into target/e2e-artifacts/. */
export async function withPage(browser, name, path, opts, fn) {
  let rec;
  try {
    rec = await open(browser, path, opts);
    await fn(rec);
  } catch (e) {
    if (rec) {
      await rec.page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true }).catch(() => {});
      e.message += `\n  warnings: ${JSON.stringify(rec.warnings)}\n  page errors: ${JSON.stringify(rec.errors)}`;
    }
    throw e;
  } finally {
    if (rec) await rec.context.close();
  }
}

/** cookie, localStorage, sessionStorage, indexedDB and Cache Storage contents. */
export async function storage(rec) {
  const inPage = await rec.page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: 'caches' in window ? await caches.keys() : [],
  }));
  inPage.contextCookies = (await rec.context.cookies()).length;
  return inPage;
}

export const EMPTY_STORAGE = {
  cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [], contextCookies: 0,
};

/** Window properties added since the page started, other than the harness's own. */
export function newGlobals(page) {
  return page.evaluate(() => {
    const before = new Set(window.__kcGlobalsBefore);
    return Object.getOwnPropertyNames(window).filter((k) => !before.has(k) && !k.startsWith('__kc'));
  });
}

/** Runs axe-core (loaded from the same origin, so CSP pages work) on the document. */
export async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ url: AXE_URL });
  }
  return page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, WCAG_TAGS);
}

/**
 * A page's Content Security Policy report: the header it was served with, its
 * securitypolicyviolation events (after a frame and a console round trip) and the console
 * errors about CSP, Trusted Types or integrity. Clean: `violations` and `consoleErrors` empty.
 */
export async function cspReport(rec) {
  const { page, consoleErrors } = rec;
  // A violation is reported to the page (and the console) as a task after it happens.
  await settled(page);
  await consoleSettled(rec);
  const res = await page.request.get(page.url());
  return {
    header: res.headers()['content-security-policy'] || '',
    violations: await page.evaluate(() => window.__kcViolations),
    consoleErrors: consoleErrors.filter((t) => /Trusted|Content Security Policy|Refused|integrity/i.test(t)),
  };
}

/** Facts about the nth widget's shadow root. */
export function shadowInfo(page, n = 0) {
  return page.evaluate(([sel, n]) => {
    const el = document.querySelectorAll(sel)[n];
    const sr = el && el.shadowRoot;
    return {
      open: !!sr && sr.mode === 'open',
      forms: sr ? sr.querySelectorAll('form').length : 0,
      styleElements: sr ? sr.querySelectorAll('style, [style], link[rel=stylesheet]').length : -1,
      adoptedSheets: sr ? sr.adoptedStyleSheets.length : 0,
      lightInputs: el ? el.querySelectorAll('input, form').length : -1,
    };
  }, [WIDGET, n]);
}

/** The contract's first step: choose "for myself" and submit. */
export async function chooseSelfAndContinue(scope) {
  await scope.locator('input[name=who][value=self]').check();
  await scope.locator('button[type=submit]').click();
  await scope.locator('input[name=urgent_now]').first().waitFor({ timeout: TIMEOUT });
}

/** Is the static fallback (message + crisis numbers) shown for this element? */
export async function fallbackShown(page, selector = WIDGET) {
  const el = page.locator(selector).first();
  const text = await el.innerText();
  const visible = await el.locator('.kc-fallback').isVisible();
  return { visible, text, numbers: CRISIS_NUMBERS.every((n) => text.includes(n)) };
}

/** Saves a screenshot into target/e2e-artifacts/ for a human to look at. */
export function snap(page, name) {
  return page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** The widget element on the page (the first one, where a page has several). */
export function widgetOf(page, selector = 'kratom-check') {
  return page.locator(selector).first();
}

/** The drawn QR code of the hand-off (not the space held for it while its part loads). */
export const QR = 'svg.kc-qr';

/** The QR encoder's file, fetched only when a code is first shown. */
export const QR_WASM = `${BASE}/dist/kratom-check.qr.wasm`;

/** Presses "Show a code for your clinic" and waits for the code and its picture; the code. */
export async function showCode(widget) {
  await widget.locator('[data-handoff-show]').click();
  await widget.locator(QR).waitFor({ timeout: TIMEOUT });
  return widget.locator('[data-handoff-code]').getAttribute('data-handoff-code');
}

/** The package's own console lines (its warnings start with "kratom-check"). */
export function ours(lines) {
  return lines.filter((w) => w.includes('kratom-check'));
}

/**
 * Waits until the page has painted a frame and run the task after it: what a
 * render, a focus move or an event handler queued by then has happened. The
 * event to wait for before saying something did NOT happen on screen.
 * (Needs animation frames: not for a page whose rAF is stubbed or whose fake clock is paused.)
 */
export function settled(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}

let barrierCount = 0;

/**
 * Console round trip: logs a marker in the page and waits for it to come back.
 * Console messages arrive in order, so every line the page logged before
 * (warnings included) is in `rec.warnings` / `rec.consoleErrors` after this.
 */
export async function consoleSettled(rec) {
  const marker = `__kc-console-barrier-${++barrierCount}`;
  await Promise.all([
    rec.page.waitForEvent('console', { predicate: (m) => m.text() === marker, timeout: TIMEOUT }),
    rec.page.evaluate((m) => console.debug(m), marker),
  ]);
}

/**
 * Network round trip: the page fetches a harness URL (answered here, never
 * recorded in `rec.requests`) and this waits until it is seen. Any request the
 * page started before it is in `rec.requests` by then. Use before asserting
 * "no request" after an action (a page whose CSP forbids fetch cannot use it).
 */
export async function requestsSettled(rec) {
  await settled(rec.page);
  const url = `${BARRIER_URL}${++barrierCount}`;
  await Promise.all([
    rec.page.waitForRequest(url, { timeout: TIMEOUT }),
    rec.page.evaluate((u) => fetch(u).then(() => {}, () => {}), url),
  ]);
  if (!rec.barriers.includes(url)) throw new Error(`the barrier request ${url} was not recorded`);
}

/**
 * Waits until a console line of `type` ('warning' or 'error') matching `pattern`
 * (a RegExp or a substring) has come; at once if one came already.
 */
export async function waitForConsole(rec, pattern, type = 'warning') {
  const hit = (t) => (pattern instanceof RegExp ? pattern.test(t) : t.includes(pattern));
  const seen = type === 'warning' ? rec.warnings : rec.consoleErrors;
  if (seen.some(hit)) return;
  await rec.page.waitForEvent('console', { predicate: (m) => m.type() === type && hit(m.text()), timeout: TIMEOUT });
}

/** Waits until a console.warn matching `pattern` has come. */
export function waitForWarning(rec, pattern) {
  return waitForConsole(rec, pattern, 'warning');
}

/**
 * Waits until `count` elements fired the loader's `kratom-check:<type>` event
 * ('ready' or 'error'; they bubble and are composed). The loader has finished
 * with an element once one of them fired: what it logs for it is logged by then.
 */
export async function waitForLoaderEvents(page, type, count = 1) {
  await page.waitForFunction(([type, count]) => (window.__kcLoaderEvents[type] || 0) >= count, [type, count], { timeout: TIMEOUT });
}

/** Stub page standing in for the quick exit's destination, so nothing leaves the machine. */
export const EXIT = 'https://www.google.com/**';
export const NEUTRAL_PAGE = { status: 200, contentType: 'text/html', body: '<title>neutral</title>neutral' };
export function routeNeutralExit(page, url = EXIT) {
  return page.route(url, (r) => r.fulfill(NEUTRAL_PAGE));
}

/** A fixed wait. Never before a negative assertion: wait for an event (settled, consoleSettled, requestsSettled). */
export function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}
