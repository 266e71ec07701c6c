// A polluted Object.prototype cannot change what the widget
// does. Before the loader runs, the page sets on Object.prototype every
// property name a DOM options dictionary reads (listener options, fetch init,
// shadow-root init, event init, focus and scroll options, Blob options,
// MutationObserver init, text decoder options) — one value per run: true,
// null, a string. A person then walks to the result: no request and no
// navigation carries an answer, the page's URL never changes (the widget's
// history entries keep the address and the document), and quick exit
// (the button, or Escape twice) still leaves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, fallbackShown, routeNeutralExit, ORIGIN, TIMEOUT } from './harness.mjs';
import { walk, PERSONAS } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Every member of the dictionaries the loader, the glue, Yew and the widget hand to the DOM, and Yew's marks on nodes. */
export const DICTIONARY_MEMBERS = [
  // AddEventListenerOptions / EventListenerOptions
  'once', 'passive', 'capture', 'signal',
  // RequestInit
  'credentials', 'integrity', 'method', 'mode', 'redirect', 'referrer', 'referrerPolicy', 'cache',
  'keepalive', 'headers', 'body', 'priority', 'window', 'duplex',
  // FocusOptions, ScrollIntoViewOptions
  'preventScroll', 'focusVisible', 'behavior', 'block', 'inline',
  // ShadowRootInit
  'delegatesFocus', 'slotAssignment', 'clonable', 'serializable',
  // BlobPropertyBag
  'type', 'endings',
  // CustomEventInit / EventInit
  'bubbles', 'cancelable', 'composed', 'detail',
  // MutationObserverInit
  'childList', 'subtree', 'attributes', 'characterData', 'attributeOldValue', 'characterDataOldValue',
  'attributeFilter',
  // TextDecoderOptions
  'fatal', 'ignoreBOM',
  // Not a dictionary, but read from DOM nodes by Yew: its marks on them (own properties only, dist.rs).
  '__yew_listener_id', '__yew_subtree_id', '__yew_subtree_cache_key',
];

/** Runs before any page script: pollutes Object.prototype the way a careless script does. */
function pollute([names, value]) {
  for (const n of names) {
    // A plain assignment, as `obj[key] = value` from a query string would do (enumerable).
    Object.prototype[n] = value;
  }
  window.__kcPolluted = names.filter((n) => ({})[n] === value).length;
}

const EXIT = 'https://www.google.com/';
const neutral = (page) => routeNeutralExit(page, `${EXIT}**`);

// The answers of the persona walked, as they would appear in a URL or a request.
const persona = PERSONAS.urgent;
const answerIds = [...new Set(Object.entries(persona).flatMap(([q, v]) => [q, ...[].concat(v)]))]
  .filter((s) => s.length > 3); // ids, not short words that can be in any URL

for (const [value, exit] of [[true, 'escape'], [null, 'button'], ['kratom', 'button'], [1, 'escape']]) {
  test(`Object.prototype polluted with ${JSON.stringify(value)}: the walk reaches the result, no answer leaves, quick exit (${exit}) leaves`, async () => {
    await withPage(browser, `pollution-${value}`, '/', {
      init: `(${pollute})(${JSON.stringify([DICTIONARY_MEMBERS, value])});`,
      route: neutral,
      waitReady: false,
    }, async ({ page, requests, errors, foreign }) => {
      assert.equal(await page.evaluate(() => window.__kcPolluted), DICTIONARY_MEMBERS.length, 'the pollution is in place');
      await page.waitForSelector('kratom-check[data-kratom-check-ready]', { timeout: TIMEOUT });
      const start = page.url();
      const navigations = [];
      page.on('framenavigated', (f) => { if (f === page.mainFrame()) navigations.push(f.url()); });
      // The same document throughout: the widget's own history entries (one a
      // page, same address) are same-document navigations; a form submission
      // or a reload would be a new document, without this mark.
      await page.evaluate(() => { window.__kcSameDocument = true; });
      const widget = page.locator('kratom-check').first();
      const seen = await walk(widget, persona);
      assert.ok(seen.includes('urgent'), `the urgent page was on the way: ${seen.join(' → ')}`);
      assert.equal(seen.at(-1), 'result');
      assert.equal(page.url(), start, 'the URL never changed');
      assert.ok(navigations.length > 0, 'the pages added their history entries');
      assert.deepEqual(navigations.filter((u) => u !== start), [], 'no navigation changes the address');
      assert.equal(await page.evaluate(() => window.__kcSameDocument), true, 'no navigation to a new document');
      const leaked = requests.filter((r) => answerIds.some((id) => r.url.includes(id)));
      assert.deepEqual(leaked, [], 'no request carries an answer');
      assert.deepEqual(requests.filter((r) => !r.url.startsWith(ORIGIN)), [], 'no request to another origin');
      assert.deepEqual(foreign, []);
      // The crisis numbers are on the result (the widget is not a dead page).
      assert.match(await widget.locator('.kc-root').innerText(), /988/);

      if (exit === 'button') {
        await widget.locator('.kc-exit-button').click();
      } else {
        await widget.locator('.kc-root button:not(.kc-exit-button)').first().focus();
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
      }
      await page.waitForURL(EXIT, { timeout: TIMEOUT });
      assert.deepEqual(errors, []);
    });
  });
}

test('when the widget cannot run (a DOM call it makes fails), it shows the fallback with the crisis numbers, never a dead page', async () => {
  // The host page breaks addEventListener inside the widget's shadow root (what
  // `Object.prototype.signal = null` did to Yew before its options had no prototype);
  // the loader's own painted page keeps working.
  const init = () => {
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (type, fn, options) {
      if (this instanceof Node && this.getRootNode() instanceof ShadowRoot &&
          !(this instanceof Element && this.hasAttribute('data-kratom-check-prerender'))) {
        throw new TypeError('the host page broke addEventListener');
      }
      return add.call(this, type, fn, options);
    };
    window.__kcEvents = [];
    document.addEventListener('kratom-check:error', () => window.__kcEvents.push('error'));
    document.addEventListener('kratom-check:ready', () => window.__kcEvents.push('ready'));
  };
  await withPage(browser, 'pollution-dead-page', '/', { init, waitReady: false }, async ({ page, warnings }) => {
    await page.waitForFunction(() => window.__kcEvents.includes('error'), null, { timeout: TIMEOUT });
    const el = page.locator('kratom-check').first();
    assert.equal(await el.getAttribute('data-kratom-check-ready'), null, 'not marked ready');
    assert.equal(await page.evaluate(() => document.querySelector('kratom-check').shadowRoot.querySelectorAll('.kc-root').length), 0,
      'no widget and no painted page left');
    const shown = await fallbackShown(page);
    assert.ok(shown.visible && shown.numbers, `the fallback with the crisis numbers shows: ${shown.text}`);
    // It failed after mounting (in Yew's first render), so the loader's error watch caught it.
    assert.deepEqual(await page.evaluate(() => window.__kcEvents), ['ready', 'error']);
    assert.ok(warnings.some((w) => w.startsWith('kratom-check: internal error; showing the fallback.')), JSON.stringify(warnings));
  });
});

test("the widget's forms cannot navigate even with no listener: a copy submitted natively goes nowhere", async () => {
  await withPage(browser, 'forms-never-navigate', '/', {}, async ({ page, requests }) => {
    const widget = page.locator('kratom-check').first();
    await widget.locator('input[name=who][value=self]').check();
    const start = page.url();
    const navigations = [];
    page.on('framenavigated', (f) => { if (f === page.mainFrame()) navigations.push(f.url()); });
    const before = requests.length;
    const result = await page.evaluate(async () => {
      const sr = document.querySelector('kratom-check').shadowRoot;
      const form = sr.querySelector('form');
      // cloneNode copies no listener: this is the form as the browser alone would handle it.
      const copy = form.cloneNode(true);
      sr.appendChild(copy);
      copy.querySelector('input[value=self]').checked = true;
      let submitted = false;
      copy.addEventListener('submit', () => { submitted = true; }); // observes, does not prevent
      copy.requestSubmit();
      // A GET or POST submission would queue its navigation as a task: let two tasks and a frame pass.
      await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      copy.remove();
      return { submitted, method: form.getAttribute('method') };
    });
    assert.deepEqual(result, { submitted: true, method: 'dialog' });
    // One more round trip to the page, so a navigation would have been reported by now.
    await page.evaluate(() => document.title);
    assert.equal(page.url(), start);
    assert.deepEqual(navigations, []);
    assert.deepEqual(requests.slice(before), [], 'no request at all');
  });
});
