// While the widget loads: from the moment the loader runs, the
// element shows a calm line and the crisis links of its own fallback, never
// the fallback's "not showing" message; that message shows only once
// loading has really failed. A language pressed on the painted page while
// the wasm arrives is kept. Measured on a slow profile (CDP network and CPU
// throttling), frame by frame in the page, with no fixed waits.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, waitForReady, fallbackShown, TIMEOUT } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A slow phone: 400 ms round trips, about 400 kbit/s, a CPU four times slower. */
async function slowProfile(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** Records, on every animation frame from the first script on, what the element shows. */
function recorder() {
  window.__kcFrames = [];
  const look = () => {
    const el = document.querySelector('kratom-check');
    const fb = el && el.querySelector('.kc-fallback');
    if (fb) {
      window.__kcFrames.push({
        loader: typeof window.KratomCheck !== 'undefined',
        fallback: fb.getClientRects().length > 0,
        loading: !!(el.shadowRoot && el.shadowRoot.querySelector('.kc-loading a[href^="tel:"]')),
        ready: el.hasAttribute('data-kratom-check-ready'),
      });
    }
    if (!(el && el.hasAttribute('data-kratom-check-ready'))) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

test('slow profile: once the loader runs, the failure text never shows while loading; the loading view has the crisis links', async () => {
  await withPage(browser, 'loading-slow', '/', {
    waitReady: false, init: recorder, route: slowProfile,
  }, async ({ page }) => {
    await waitForReady(page, 'kratom-check');
    const frames = await page.evaluate(() => window.__kcFrames);
    const afterLoader = frames.filter((f) => f.loader);
    assert.ok(afterLoader.length > 0, 'frames were recorded after the loader ran');
    const shown = afterLoader.filter((f) => f.fallback && !f.ready);
    assert.equal(shown.length, 0, `the fallback showed on ${shown.length} of ${afterLoader.length} frames while loading`);
    assert.ok(afterLoader.some((f) => f.loading), 'the loading view with its tel: links was on screen');
    const text = await page.evaluate(() => document.querySelector('kratom-check').shadowRoot.textContent);
    assert.doesNotMatch(text, /not showing|could not/i);
  });
});

test('the fallback\'s message shows once loading has really failed (wasm refused), not before', async () => {
  let release;
  const open = new Promise((r) => { release = r; });
  await withPage(browser, 'loading-failed', '/', {
    waitReady: false,
    route: (page) => page.route('**/kratom-check_bg.wasm', async (r) => { await open; await r.fulfill({ status: 404, body: 'no' }); }),
  }, async ({ page }) => {
    // Loading: the calm view (or the painted page), not the fallback.
    await page.waitForFunction(() => {
      const sr = document.querySelector('kratom-check').shadowRoot;
      return sr && sr.querySelector('.kc-loading, [data-kratom-check-prerender]');
    }, null, { timeout: TIMEOUT });
    assert.equal((await fallbackShown(page)).visible, false, 'no failure message while loading');
    const failed = page.evaluate(() => new Promise((r) => document.querySelector('kratom-check')
      .addEventListener('kratom-check:error', () => r(true), { once: true })));
    release();
    assert.equal(await failed, true);
    assert.equal((await fallbackShown(page)).visible, true, 'the fallback says what to do');
  });
});

test('a press of the language switch on the painted page, while the wasm arrives, is kept', async () => {
  let releaseEs;
  const esHeld = new Promise((r) => { releaseEs = r; });
  let releaseWasm;
  const wasmHeld = new Promise((r) => { releaseWasm = r; });
  let wasmDone;
  const wasmIn = new Promise((r) => { wasmDone = r; });
  await withPage(browser, 'loading-early-lang', '/', {
    waitReady: false,
    route: async (page) => {
      page.on('requestfinished', (req) => { if (req.url().endsWith('kratom-check_bg.wasm')) wasmDone(); });
      await page.route('**/kratom-check_bg.wasm', async (r) => { await wasmHeld; await r.continue(); });
      await page.route('**/kratom-check.es.pack', async (r) => { await esHeld; await r.continue(); });
    },
  }, async ({ page }) => {
    const widget = page.locator('kratom-check');
    // Pressed on the painted page before the wasm is in…
    await widget.locator('[data-kratom-check-prerender] .kc-lang').click({ timeout: TIMEOUT });
    releaseWasm();
    // …and the Spanish pack comes only after the wasm: the widget could mount meanwhile.
    await wasmIn;
    releaseEs();
    await waitForReady(page, 'kratom-check');
    await widget.locator('.kc[lang="es"]').waitFor({ timeout: TIMEOUT });
    assert.equal(await widget.locator('[data-kratom-check-prerender]').count(), 0);
  });
});
