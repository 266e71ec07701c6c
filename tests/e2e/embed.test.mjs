// Embedding mechanics: late insertion (only <kratom-check> mounts by itself
// after load), several independent instances, attribute validation warnings,
// the KratomCheck.mount API, and the host page's CSS placing the element.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, withPage, waitForReady, chooseSelfAndContinue, shadowInfo, fallbackShown, settled, consoleSettled, ours, TIMEOUT,
} from './harness.mjs';
import { FALLBACK, servePage } from './test-page.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

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
    await settled(page);
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
  await withPage(browser, 'bad-attr', '/www/blank.html', { waitReady: false }, async (rec) => {
    const { page, errors, warnings } = rec;
    await page.waitForFunction(() => !!window.KratomCheck);
    await insert(page, `<kratom-check data-accent="#ffff00" data-clinic-name="Fine Clinic">${FALLBACK}</kratom-check>`);
    await waitForReady(page);
    // Warnings come at mount, before the ready mark: a console round trip brings in every one.
    await consoleSettled(rec);
    const w = ours(warnings);
    assert.equal(w.length, 1, JSON.stringify(w));
    assert.match(w[0], /data-accent/);
    assert.match(w[0], /using /);
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
  await withPage(browser, 'all-bad', '/www/blank.html', { waitReady: false }, async (rec) => {
    const { page, errors, warnings } = rec;
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
    await consoleSettled(rec);
    const w = ours(warnings);
    assert.equal(w.length, Object.keys(attrs).length, JSON.stringify(w, null, 1));
    for (const name of Object.keys(attrs)) {
      assert.equal(w.filter((t) => t.includes(`${name} `)).length, 1, `one warning names ${name}`);
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

test('after load only <kratom-check> mounts by itself; [data-kratom-check] on other tags needs mount()', async () => {
  await withPage(browser, 'late-rule', '/www/two.html', {}, async ({ page, errors }) => {
    const states = () => page.evaluate(() => [...document.querySelectorAll('main > *')]
      .filter((el) => el.matches('kratom-check, [data-kratom-check], .late'))
      .map((el) => `${el.id || el.localName}:${el.hasAttribute('data-kratom-check-ready') ? 'mounted' : el.shadowRoot ? 'root' : 'none'}`));
    // At load both forms mounted (two.html has one of each).
    assert.deepEqual(await states(), ['kratom-check:mounted', 'div:mounted']);
    await page.evaluate((fb) => {
      const main = document.querySelector('main');
      const add = (html) => { const t = document.createElement('template'); t.innerHTML = html; main.append(t.content); };
      add(`<div data-kratom-check id="late-div" class="late" data-emergency-number="4440">${fb}</div>`);
      add(`<section id="late-section" class="late"><div data-kratom-check data-crisis-line="4441">${fb}</div></section>`);
      add(`<kratom-check id="late-tag">${fb}</kratom-check>`);
    }, FALLBACK);
    // Inserted in the same task as the two others: once it is mounted, the loader has seen them all.
    await page.waitForSelector('#late-tag[data-kratom-check-ready]', { timeout: TIMEOUT });
    assert.deepEqual(await states(),
      ['kratom-check:mounted', 'div:mounted', 'late-div:none', 'late-section:none', 'late-tag:mounted']);
    assert.equal(await page.locator('#late-section [data-kratom-check]').evaluate((el) => !!el.shadowRoot), false);
    assert.equal((await fallbackShown(page, '#late-div')).visible, true, 'its fallback stays');
    // The site can still choose to mount it.
    assert.equal(await page.evaluate(() => window.KratomCheck.mount(document.getElementById('late-div')).ready), true);
    await waitForReady(page, '#late-div');
    // A [data-kratom-check] element from the load that is removed and put back is not mounted again by itself.
    await page.evaluate(() => { window.__kcDiv = document.querySelector('div[data-kratom-check]:not(.late)'); window.__kcDiv.remove(); });
    await page.waitForFunction(() => !window.__kcDiv.hasAttribute('data-kratom-check-ready'));
    // Put back together with a new <kratom-check>: once that one is mounted, the loader had its turn at both.
    await page.evaluate((fb) => {
      const control = document.createElement('kratom-check');
      control.id = 'control';
      control.innerHTML = fb;
      document.querySelector('main').append(window.__kcDiv, control);
    }, FALLBACK);
    await page.waitForSelector('#control[data-kratom-check-ready]', { timeout: TIMEOUT });
    assert.equal(await page.evaluate(() => window.__kcDiv.hasAttribute('data-kratom-check-ready')), false);
    assert.deepEqual(errors, []);
  });
});

test("the host page's CSS places the element: display:none, hidden, width, max-width, margin and border work", async () => {
  const css = `<style>
    #gone { display: none; }
    #sized { width: 320px; margin: 40px 10px; border: 3px solid rgb(255, 0, 0); }
    #capped { max-width: 300px; }
    kratom-check { font-size: 40px; color: rgb(255, 0, 255); letter-spacing: 9px; }
  </style>`;
  await withPage(browser, 'host-css', '/kc-host-css.html', {
    route: servePage('/kc-host-css.html', `<kratom-check id="gone">${FALLBACK}</kratom-check>
<kratom-check id="sized">${FALLBACK}</kratom-check>
<kratom-check id="capped">${FALLBACK}</kratom-check>
<kratom-check id="plain">${FALLBACK}</kratom-check>
<kratom-check id="hidden-attr" hidden>${FALLBACK}</kratom-check>`, css),
  }, async ({ page, errors }) => {
    const facts = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('kratom-check')].map((el) => {
      const cs = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const root = el.shadowRoot.querySelector('.kc-root');
      const rcs = getComputedStyle(root);
      return [el.id, {
        display: cs.display, width: box.width, height: box.height, marginTop: cs.marginTop,
        marginLeft: cs.marginLeft, border: `${cs.borderTopWidth} ${cs.borderTopStyle} ${cs.borderTopColor}`,
        rootWidth: root.getBoundingClientRect().width, rootFont: rcs.fontSize, rootColor: rcs.color,
        rootSpacing: rcs.letterSpacing,
      }];
    })));
    assert.equal(facts.gone.display, 'none');
    assert.deepEqual([facts.gone.width, facts.gone.height], [0, 0], 'display:none hides it');
    assert.equal(facts['hidden-attr'].display, 'none', 'the hidden attribute hides it');
    assert.equal(facts.plain.display, 'block', 'block by default');
    assert.equal(facts.sized.width, 326, '320px wide plus its 3px borders');
    assert.deepEqual([facts.sized.marginTop, facts.sized.marginLeft], ['40px', '10px']);
    assert.equal(facts.sized.border, '3px solid rgb(255, 0, 0)');
    assert.ok(facts.sized.rootWidth <= 320, `the widget fits the element (${facts.sized.rootWidth})`);
    assert.equal(facts.capped.width, 300);
    assert.ok(facts.capped.rootWidth <= 300);
    // The widget's look stays its own.
    for (const id of ['sized', 'capped', 'plain']) {
      assert.equal(facts[id].rootFont, '16px', `${id}: font size`);
      assert.notEqual(facts[id].rootColor, 'rgb(255, 0, 255)', `${id}: colour`);
      assert.equal(facts[id].rootSpacing, 'normal', `${id}: letter spacing`);
    }
    // Changed after mount, host CSS still wins.
    await page.addStyleTag({ content: '#plain { display: none; }' });
    assert.equal(await page.locator('#plain').evaluate((el) => getComputedStyle(el).display), 'none');
    assert.deepEqual(errors, []);
  });
});
