// Privacy after a whole journey (non-negotiable 2): no request, nothing
// stored, no global, event or message carrying answers, nothing in the
// light DOM — with the plan typed into and the hand-off code shown as well.
// Showing the code fetches the widget's own QR part and nothing else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, storage, EMPTY_STORAGE, newGlobals, requestsSettled, widgetOf, showCode, QR_WASM } from './harness.mjs';
import { walk, moved, PERSONAS } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('after the whole journey: no request, no storage, nothing for the host page', async () => {
  await withPage(browser, 'privacy-journey', '/', {
    init: () => {
      window.__kcMessages = [];
      window.addEventListener('message', (e) => window.__kcMessages.push(String(e.data)));
    },
  }, async (rec) => {
    const { page, requests, foreign, errors } = rec;
    await requestsSettled(rec);
    const mark = requests.length;
    const widget = widgetOf(page);
    const custom = [];
    await page.exposeFunction('__kcSawEvent', (t) => custom.push(t));
    await page.evaluate(() => {
      const el = document.querySelector('kratom-check');
      for (const t of ['kratom-check', 'result', 'answer', 'change', 'submit']) {
        el.addEventListener(t, () => window.__kcSawEvent(t));
      }
    });
    await walk(widget, PERSONAS.residential);
    await widget.locator('.kc-make-plan').click();
    await moved(widget, 'result');
    await widget.locator('#kc-appointment').fill('Thursday 10am');
    await requestsSettled(rec);
    assert.deepEqual(foreign, []);
    assert.deepEqual(requests.slice(mark).map((r) => r.url), [], 'zero requests during the journey');
    assert.deepEqual(await storage(rec), EMPTY_STORAGE);
    const code = await showCode(widget);
    assert.match(code, /^KC1\d{50}$/);
    await requestsSettled(rec);
    assert.deepEqual(requests.slice(mark).map((r) => r.url), [QR_WASM],
      'showing the code fetches the QR part and nothing else');
    assert.deepEqual(await storage(rec), EMPTY_STORAGE, 'nothing stored once the code shows');
    const globals = (await newGlobals(page)).filter((g) => !g.startsWith('__playwright'));
    assert.deepEqual(globals, ['KratomCheck'], 'no new globals carry answers');
    assert.deepEqual(await page.evaluate(() => window.__kcMessages), [], 'no postMessage');
    assert.deepEqual(custom, [], 'no answer events reach the host element');
    const light = await page.evaluate(() => document.body.innerText);
    assert.doesNotMatch(light, /Thursday 10am|opioid|stimulant|Residential/i, 'no answers in the light DOM');
    const hostHtml = await page.evaluate(() => document.documentElement.outerHTML);
    assert.ok(!hostHtml.includes(code.slice(3)), 'the code is not in the host page\'s DOM');
    const api = await page.evaluate(() => Object.keys(window.KratomCheck).sort());
    assert.deepEqual(api, ['mount'], 'the API offers mounting only');
    assert.deepEqual(errors, []);
  });
});
