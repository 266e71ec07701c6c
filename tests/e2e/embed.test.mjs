// Embedding mechanics: late insertion, several independent instances,
// attribute validation warnings, and the KratomCheck.mount API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, withPage, waitForReady, chooseSelfAndContinue, shadowInfo, fallbackShown, sleep,
} from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const FALLBACK = '<div class="kc-fallback"><p>Could not start. Call 911. Call or text 988. SAMHSA 1-800-662-4357.</p></div>';

function insert(page, html) {
  return page.evaluate((html) => {
    const t = document.createElement('template');
    t.innerHTML = html; // test page only; no CSP here
    document.querySelector('main').append(t.content);
  }, html);
}

test('an element inserted after load mounts', async () => {
  await withPage(browser, 'late', '/www/blank.html', { waitReady: false }, async ({ page, errors }) => {
    await page.waitForFunction(() => !!window.KratomCheck);
    await sleep(200);
    assert.equal(await page.locator('input').count(), 0);
    await insert(page, `<section><kratom-check data-clinic-name="Late Clinic">${FALLBACK}</kratom-check></section>`);
    await waitForReady(page);
    assert.equal((await shadowInfo(page)).open, true);
    await chooseSelfAndContinue(page.locator('kratom-check'));
    assert.deepEqual(errors, []);
  });
});

test('two instances on one page mount and keep their own state', async () => {
  await withPage(browser, 'two', '/www/two.html', {}, async ({ page, errors }) => {
    const first = page.locator('kratom-check');
    const second = page.locator('[data-kratom-check]');
    assert.equal((await shadowInfo(page, 0)).open, true);
    assert.equal((await shadowInfo(page, 1)).open, true);
    await chooseSelfAndContinue(first);
    assert.ok((await first.locator('input[name=urgent_now]').count()) > 0);
    assert.equal(await second.locator('input[name=urgent_now]').count(), 0, 'second still on its start page');
    assert.equal(await second.locator('input[name=who]').count(), 2);
    await second.locator('input[name=who][value=loved_one]').check();
    assert.equal(await first.locator('input[name=who]').count(), 0, 'first unaffected');
    assert.deepEqual(errors, []);
  });
});

test('a bad attribute gives exactly one console.warn naming it, and the widget works', async () => {
  await withPage(browser, 'bad-attr', '/www/blank.html', { waitReady: false }, async ({ page, errors, warnings }) => {
    await page.waitForFunction(() => !!window.KratomCheck);
    await insert(page, `<kratom-check data-accent="#ffff00" data-clinic-name="Fine Clinic">${FALLBACK}</kratom-check>`);
    await waitForReady(page);
    await sleep(100);
    const ours = warnings.filter((w) => w.includes('kratom-check'));
    assert.equal(ours.length, 1, JSON.stringify(ours));
    assert.match(ours[0], /data-accent/);
    assert.match(ours[0], /using /);
    await chooseSelfAndContinue(page.locator('kratom-check'));
    assert.deepEqual(errors, []);
  });
});

test('KratomCheck.mount(element, options) mounts, validates, and destroy() unmounts', async () => {
  await withPage(browser, 'api', '/www/blank.html', { waitReady: false }, async ({ page, errors, warnings }) => {
    await page.waitForFunction(() => !!window.KratomCheck);
    await insert(page, `<div id="spa">${FALLBACK}</div>`);
    const result = await page.evaluate(async () => {
      const el = document.getElementById('spa');
      const handle = window.KratomCheck.mount(el, { lang: 'es', theme: 'neon', clinicName: 'SPA Clinic' });
      const mounted = await handle.ready;
      const lang = el.shadowRoot.querySelector('[lang]').getAttribute('lang');
      const keys = Object.keys(handle).sort();
      window.__kcHandle = handle;
      return { mounted, lang, keys };
    });
    assert.deepEqual(result, { mounted: true, lang: 'es', keys: ['destroy', 'ready'] });
    const ours = warnings.filter((w) => w.includes('kratom-check'));
    assert.equal(ours.length, 1, JSON.stringify(ours));
    assert.match(ours[0], /data-theme/);
    await chooseSelfAndContinue(page.locator('#spa'));
    await page.evaluate(() => window.__kcHandle.destroy());
    assert.equal(await page.locator('#spa input').count(), 0, 'unmounted');
    const fb = await fallbackShown(page, '#spa');
    assert.equal(fb.visible, true, 'fallback shows again after destroy');
    // mount() never throws into the host, even with nonsense.
    const bad = await page.evaluate(async () => {
      const h = window.KratomCheck.mount(null);
      return { ready: await h.ready, hasDestroy: typeof h.destroy };
    });
    assert.deepEqual(bad, { ready: false, hasDestroy: 'function' });
    assert.deepEqual(errors, []);
  });
});
