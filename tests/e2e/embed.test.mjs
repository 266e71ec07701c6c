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
    assert.equal(ours[0], 'kratom-check id="spa": ignoring theme (use auto, light or dark); using auto',
      'a mount option is named as given (theme, not data-theme)');
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

test('a removed element is unmounted; re-inserted, it mounts again', async () => {
  await withPage(browser, 'remove', '/', {}, async ({ page, errors }) => {
    await chooseSelfAndContinue(page.locator('kratom-check'));
    await page.evaluate(() => { window.__kcEl = document.querySelector('kratom-check'); window.__kcEl.remove(); });
    await page.waitForFunction(() => !window.__kcEl.hasAttribute('data-kratom-check-ready'));
    assert.equal(await page.evaluate(() => window.__kcEl.shadowRoot.querySelector('slot') !== null), true,
      'unmounted: the shadow root only holds a slot for the fallback');
    await page.evaluate(() => document.querySelector('main').append(window.__kcEl));
    await waitForReady(page);
    assert.equal(await page.locator('kratom-check input[name=who]').count(), 2, 'fresh state: back at the start');
    assert.deepEqual(errors, []);
  });
});

test("the language defaults to the page's lang; data-lang overrides it", async () => {
  await withPage(browser, 'lang', '/www/es.html', {}, async ({ page, errors, warnings }) => {
    const langOf = () => page.evaluate(() =>
      [...document.querySelectorAll('kratom-check, [data-kratom-check]')]
        .map((el) => el.shadowRoot.querySelector('[lang]').getAttribute('lang')));
    assert.deepEqual(await langOf(), ['es']);
    await insert(page, `<kratom-check data-lang="en">${FALLBACK}</kratom-check>`);
    await waitForReady(page);
    assert.deepEqual(await langOf(), ['es', 'en']);
    assert.deepEqual(warnings.filter((w) => w.includes('kratom-check')), []);
    assert.deepEqual(errors, []);
  });
});

test('data-accent and data-theme reach the widget through adopted sheets and classes', async () => {
  await withPage(browser, 'accent-theme', '/www/two.html', {}, async ({ page }) => {
    const look = await page.evaluate(() => [...document.querySelectorAll('kratom-check, [data-kratom-check]')]
      .map((el) => {
        const root = el.shadowRoot.querySelector('.kc-root');
        return { accent: getComputedStyle(root).borderTopColor, sheets: el.shadowRoot.adoptedStyleSheets.length,
          theme: root.className };
      }));
    assert.equal(look[1].accent, 'rgb(11, 93, 30)', 'data-accent="#0b5d1e"');
    assert.notEqual(look[0].accent, look[1].accent, 'the other instance keeps the built-in accent');
    assert.deepEqual(look.map((l) => l.sheets), [1, 2], 'the accent is one extra adopted sheet');
    assert.match(look[0].theme, /kc-theme-auto/);
    await insert(page, `<kratom-check data-theme="light">${FALLBACK}</kratom-check>`);
    await insert(page, `<kratom-check data-theme="dark">${FALLBACK}</kratom-check>`);
    await waitForReady(page);
    const [light, dark] = await page.evaluate(() => [...document.querySelectorAll('kratom-check')].slice(1)
      .map((el) => {
        const root = el.shadowRoot.querySelector('.kc-root');
        const lum = (c) => c.match(/\d+/g).slice(0, 3).reduce((a, b) => a + Number(b), 0);
        return { cls: root.className, bg: lum(getComputedStyle(root).backgroundColor) };
      }));
    assert.match(light.cls, /kc-theme-light/);
    assert.match(dark.cls, /kc-theme-dark/);
    assert.ok(dark.bg < light.bg / 2, `dark background is dark (${dark.bg} vs ${light.bg})`);
  });
});

test('every bad attribute: one warning each, naming it; safe defaults; the widget starts', async () => {
  await withPage(browser, 'all-bad', '/www/blank.html', { waitReady: false }, async ({ page, errors, warnings }) => {
    await page.waitForFunction(() => !!window.KratomCheck);
    const attrs = {
      'data-clinic-name': 'x'.repeat(81),
      'data-phone': 'call us',
      'data-contact-url': 'http://insecure.example',
      'data-lang': 'de',
      'data-emergency-number': '9-1-1',
      'data-crisis-line': 'help',
      'data-crisis-text': 'text us',
      'data-helpline': 'call SAMHSA',
      'data-poison-line': '12',
      'data-accent': 'red',
      'data-exit-url': 'javascript:alert(1)',
      'data-theme': 'neon',
    };
    const html = Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ');
    await insert(page, `<kratom-check ${html}>${FALLBACK}</kratom-check>`);
    await waitForReady(page);
    await sleep(100);
    const ours = warnings.filter((w) => w.includes('kratom-check'));
    assert.equal(ours.length, Object.keys(attrs).length, JSON.stringify(ours, null, 1));
    for (const name of Object.keys(attrs)) {
      assert.equal(ours.filter((w) => w.includes(`${name} `)).length, 1, `one warning names ${name}`);
    }
    await insert(page, `<kratom-check>${FALLBACK}</kratom-check>`);
    await waitForReady(page);
    const [bad, plain] = await page.evaluate(() => [...document.querySelectorAll('kratom-check')].map((el) => {
      const r = el.shadowRoot.querySelector('.kc-root');
      return { cls: r.className, lang: r.querySelector('[lang]').getAttribute('lang'), accent: getComputedStyle(r).borderTopColor };
    }));
    assert.equal(bad.lang, 'en');
    assert.match(bad.cls, /kc-theme-auto/);
    assert.equal(bad.accent, plain.accent, 'the built-in accent, as on a widget without attributes');
    await chooseSelfAndContinue(page.locator('kratom-check').first());
    assert.deepEqual(errors, []);
  });
});
