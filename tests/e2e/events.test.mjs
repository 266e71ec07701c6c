// Lifecycle events: the element fires `kratom-check:ready` once per mount and
// `kratom-check:error` when it falls back (here: the wasm is missing), both
// bubbling and composed, with nothing about the person in them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, waitForReady, settled, TIMEOUT } from './harness.mjs';
import { walk, PERSONAS } from './journey.mjs';
import { FALLBACK, servePage } from './test-page.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Runs before any page script: records every kratom-check event reaching the window. */
function record() {
  window.__kcEvents = [];
  for (const type of ['kratom-check:ready', 'kratom-check:error']) {
    window.addEventListener(type, (e) => {
      const own = Object.keys(e); // an Event has one own property, isTrusted
      window.__kcEvents.push({
        type: e.type, target: e.target.id, bubbles: e.bubbles, composed: e.composed, cancelable: e.cancelable,
        detail: e.detail === null ? null : JSON.stringify(e.detail), own,
        ready: e.target.hasAttribute('data-kratom-check-ready'),
      });
    });
  }
}

const events = (page) => page.evaluate(() => window.__kcEvents);
const TWO = `<kratom-check id="a">${FALLBACK}</kratom-check>
<div data-kratom-check id="b">${FALLBACK}</div>`;

test('kratom-check:ready fires once per element, bubbling and composed, with no detail; never during a journey', async () => {
  await withPage(browser, 'events-ready', '/kc-events.html', { init: record, route: servePage('/kc-events.html', TWO) },
    async ({ page, errors }) => {
      // Both mounted (withPage waited); a frame later no second ready has come.
      await settled(page);
      const got = await events(page);
      assert.deepEqual(got.map((e) => e.target).sort(), ['a', 'b']);
      for (const e of got) {
        assert.deepEqual(e, {
          type: 'kratom-check:ready', target: e.target, bubbles: true, composed: true, cancelable: false,
          detail: null, own: ['isTrusted'], ready: true,
        });
      }
      // A whole journey to the result: no further event, nothing about the answers.
      assert.equal((await walk(page.locator('#a'), PERSONAS.taper)).at(-1), 'result');
      await settled(page);
      assert.equal((await events(page)).length, 2);

      // A remount through mount() is a new mount: one more ready, for that element, whose handle says true.
      const ok = await page.evaluate(() => window.KratomCheck.mount(document.getElementById('b'), { lang: 'es' }).ready);
      assert.equal(ok, true);
      assert.deepEqual((await events(page)).slice(2).map((e) => [e.type, e.target]), [['kratom-check:ready', 'b']]);
      assert.deepEqual(errors, []);
    });
});

test('kratom-check:error fires on each element when the wasm is missing (404); no ready; handle.ready is false', async () => {
  await withPage(browser, 'events-error', '/kc-events.html', {
    init: record,
    waitReady: false,
    route: async (page) => {
      await servePage('/kc-events.html', TWO)(page);
      await page.route('**/dist/kratom-check_bg.wasm', (r) => r.fulfill({ status: 404, body: 'not found' }));
    },
  }, async ({ page, errors }) => {
    await page.waitForFunction(() => window.__kcEvents.length >= 2, null, { timeout: TIMEOUT });
    const late = await page.evaluate(() => {
      const el = document.createElement('div');
      el.id = 'c';
      document.querySelector('main').appendChild(el);
      return window.KratomCheck.mount(el).ready;
    });
    assert.equal(late, false);
    // The loader fires the error event before it settles the handle's promise.
    await settled(page);
    const got = await events(page);
    assert.deepEqual(got.map((e) => [e.type, e.target]).sort(),
      [['kratom-check:error', 'a'], ['kratom-check:error', 'b'], ['kratom-check:error', 'c']]);
    for (const e of got) {
      assert.equal(e.bubbles && e.composed, true);
      assert.equal(e.detail, null);
      assert.deepEqual(e.own, ['isTrusted']);
      assert.equal(e.ready, false);
    }
    assert.ok(await page.locator('#a .kc-fallback').isVisible());
    assert.deepEqual(errors, []);
  });
});

test('a wasm trap after mount (simulated) fires kratom-check:error on every element, after their ready', async () => {
  await withPage(browser, 'events-trap', '/www/two.html', { init: record }, async ({ page, errors }) => {
    await page.evaluate(() => {
      const loader = document.querySelector('script[src$="kratom-check.js"]').src;
      const err = new WebAssembly.RuntimeError('unreachable');
      Object.defineProperty(err, 'stack', { value: `RuntimeError: unreachable\n    at wasm://wasm/x:1\n    at ${loader}:1:1` });
      window.dispatchEvent(new ErrorEvent('error', { error: err, cancelable: true }));
    });
    const got = await events(page);
    const n = await page.locator('kratom-check, [data-kratom-check]').count();
    assert.equal(n, 2);
    assert.deepEqual(got.map((e) => e.type),
      [...Array(n).fill('kratom-check:ready'), ...Array(n).fill('kratom-check:error')]);
    for (const e of got.slice(n)) assert.deepEqual([e.detail, e.own, e.ready], [null, ['isTrusted'], false]);
    assert.deepEqual(errors, []);
  });
});

test('a failed re-mount fires kratom-check:error and clears data-kratom-check-ready', async () => {
  await withPage(browser, 'events-remount-fails', '/kc-events.html', {
    init: record,
    route: async (page) => {
      await servePage('/kc-events.html', TWO)(page);
      await page.route('**/dist/kratom-check.es.pack', (r) => r.fulfill({ status: 404, body: 'not found' }));
    },
  }, async ({ page, errors }) => {
    await page.waitForFunction(() => window.__kcEvents.length >= 2, null, { timeout: TIMEOUT });
    // Mounted and ready; now a re-mount in a language whose pack cannot load.
    assert.equal(await page.evaluate(() => document.getElementById('b').hasAttribute('data-kratom-check-ready')), true);
    const ok = await page.evaluate(() => window.KratomCheck.mount(document.getElementById('b'), { lang: 'es' }).ready);
    assert.equal(ok, false);
    const got = (await events(page)).slice(2);
    assert.deepEqual(got.map((e) => [e.type, e.target, e.ready]), [['kratom-check:error', 'b', false]]);
    assert.equal(await page.evaluate(() => document.getElementById('b').hasAttribute('data-kratom-check-ready')), false);
    assert.ok(await page.locator('#b .kc-fallback').isVisible());
    // The other element is untouched.
    assert.equal(await page.evaluate(() => document.getElementById('a').hasAttribute('data-kratom-check-ready')), true);
    assert.deepEqual(errors, []);
  });
});
