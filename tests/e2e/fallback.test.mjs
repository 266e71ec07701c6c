// Without WebAssembly, or when the wasm cannot load, the element's own static
// content (a message and the crisis numbers) stays visible and the host page
// keeps working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, fallbackShown, waitForLoaderEvents, consoleSettled } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function expectFallback(rec) {
  const { page, errors } = rec;
  // The loader says it gave up (its error event: done with the element, every warning logged)...
  await waitForLoaderEvents(page, 'error');
  await consoleSettled(rec);
  assert.ok(rec.warnings.some((w) => /kratom-check: the widget could not load/.test(w)), 'one clear warning');
  // ...and the fallback is what the person sees.
  const fb = await fallbackShown(page);
  assert.equal(fb.visible, true, 'fallback visible');
  assert.ok(fb.numbers, `crisis numbers shown: ${fb.text}`);
  assert.match(fb.text, /is not showing right now/);
  assert.doesNotMatch(fb.text, /could not start|this browser/, 'the fallback does not blame the browser');
  assert.equal(await page.evaluate(() => document.querySelector('kratom-check').hasAttribute('data-kratom-check-ready')), false);
  // The host page still works.
  assert.equal(await page.evaluate(() => typeof window.KratomCheck.mount), 'function');
  assert.equal(await page.evaluate(() => { document.body.append('host ok'); return document.body.innerText.includes('host ok'); }), true);
  assert.deepEqual(errors, [], 'no uncaught error');
}

test('no WebAssembly: fallback message and crisis numbers, no uncaught error', async () => {
  await withPage(browser, 'no-wasm', '/', { waitReady: false, init: () => { delete window.WebAssembly; } },
    async (rec) => {
      assert.equal(await rec.page.evaluate(() => typeof WebAssembly), 'undefined');
      await expectFallback(rec);
    });
});

test('wasm answering 404: fallback message and crisis numbers', async () => {
  await withPage(browser, 'wasm-404', '/', {
    waitReady: false,
    route: (page) => page.route('**/kratom-check_bg.wasm', (r) => r.fulfill({ status: 404, body: 'not found' })),
  }, async (rec) => {
    await expectFallback(rec);
    assert.ok(rec.requests.some((r) => r.url.endsWith('/dist/kratom-check_bg.wasm')), 'the wasm was requested');
  });
});

test('a wasm that is not the widget (empty module): fallback, no uncaught error', async () => {
  const empty = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
  await withPage(browser, 'wasm-empty', '/', {
    waitReady: false,
    route: (page) => page.route('**/kratom-check_bg.wasm',
      (r) => r.fulfill({ status: 200, contentType: 'application/wasm', body: empty })),
  }, expectFallback);
});

test('a wasm trap after mount (simulated) switches every instance to its fallback', async () => {
  await withPage(browser, 'trap', '/www/two.html', {}, async ({ page, errors }) => {
    const canceled = await page.evaluate(() => {
      const loader = document.querySelector('script[src$="kratom-check.js"]').src;
      const err = new WebAssembly.RuntimeError('unreachable');
      Object.defineProperty(err, 'stack', { value: `RuntimeError: unreachable\n    at wasm://wasm/x:1\n    at ${loader}:1:1` });
      return !window.dispatchEvent(new ErrorEvent('error', { error: err, cancelable: true }));
    });
    assert.equal(canceled, true, 'the loader handled its own trap');
    for (const sel of ['kratom-check', '[data-kratom-check]']) {
      assert.equal(await page.locator(sel).locator('form').count(), 0, `${sel}: widget gone`);
      assert.equal(await page.locator(sel).getAttribute('data-kratom-check-ready'), null);
      const fb = await fallbackShown(page, sel);
      assert.equal(fb.visible, true, `${sel}: fallback visible`);
      assert.ok(fb.numbers, fb.text);
    }
    // Someone else's wasm error is not ours to swallow.
    const foreign = await page.evaluate(() => {
      const err = new WebAssembly.RuntimeError('other');
      Object.defineProperty(err, 'stack', { value: 'RuntimeError: other\n    at https://elsewhere.example/app.js:1:1' });
      return !window.dispatchEvent(new ErrorEvent('error', { error: err, cancelable: true }));
    });
    assert.equal(foreign, false);
    assert.deepEqual(errors, []);
  });
});
