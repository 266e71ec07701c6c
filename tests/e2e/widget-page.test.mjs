// Issue 11, item 5: the iframe page (dist/widget.html) mounts one widget with
// the options of its query string, through the widget's own validation, under
// the strict CSP; its fallback names the crisis numbers; it works in an iframe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, withPage, waitForReady, axe, sleep, cspReport, chooseSelfAndContinue, BASE, TIMEOUT, CRISIS_NUMBERS,
} from './harness.mjs';

const EL = '#kratom-check';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const ours = (warnings) => warnings.filter((w) => w.includes('kratom-check'));

function facts(page) {
  return page.evaluate((sel) => {
    const sr = document.querySelector(sel).shadowRoot;
    const r = sr.querySelector('.kc-root');
    return { lang: r.getAttribute('lang'), cls: r.className, links: [...sr.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')) };
  }, EL);
}

test('widget.html mounts with its query options under the strict CSP, axe clean', async () => {
  const q = '?clinicName=Harbor%20Health&lang=es&theme=dark&crisisLine=741741&unknown=1';
  await withPage(browser, 'widget-page', `/dist/widget.html${q}`, { waitReady: false },
    async (rec) => {
      const { page, errors, warnings } = rec;
      await waitForReady(page, EL);
      const f = await facts(page);
      assert.equal(f.lang, 'es');
      assert.match(f.cls, /kc-theme-dark/);
      assert.deepEqual(ours(warnings), []);
      assert.deepEqual(await axe(page), []);
      // A red flag shows who to call: the crisis line from the query.
      const widget = page.locator(EL);
      await chooseSelfAndContinue(widget);
      await widget.locator('input[name=urgent_now][value=suicide]').check();
      await widget.locator('button[type=submit]').click();
      await page.waitForFunction((sel) => document.querySelector(sel).shadowRoot.querySelector('a[href="tel:741741"]'), EL, { timeout: TIMEOUT });
      const csp = await cspReport(rec);
      assert.match(csp.header, /default-src 'none'/);
      assert.deepEqual([csp.violations, csp.consoleErrors], [[], []]);
      assert.deepEqual(errors, []);
    });
});

test('widget.html warns about bad query options and uses the defaults', async () => {
  const q = '?phone=call%20us&lang=fr&exitUrl=javascript%3Aalert(1)&emergencyNumber=9';
  await withPage(browser, 'widget-page-bad', `/dist/widget.html${q}`, { waitReady: false },
    async ({ page, errors, warnings }) => {
      await waitForReady(page, EL);
      await sleep(100);
      const w = ours(warnings);
      for (const option of ['phone', 'lang', 'exitUrl', 'emergencyNumber']) {
        assert.ok(w.some((t) => t.startsWith(`kratom-check id="kratom-check": ignoring ${option} (`)), `${option}: ${w.join('\n')}`);
      }
      assert.equal(w.length, 4, w.join('\n'));
      assert.equal((await facts(page)).lang, 'en');
      assert.deepEqual(errors, []);
    });
});

test('widget.html shows its fallback with the crisis numbers (and a valid emergency number) when the wasm is missing', async () => {
  await withPage(browser, 'widget-page-fallback', '/dist/widget.html?emergencyNumber=112', {
    waitReady: false,
    route: (page) => page.route('**/dist/kratom-check_bg.wasm', (r) => r.fulfill({ status: 404, body: 'no' })),
  }, async ({ page, warnings }) => {
    const end = Date.now() + TIMEOUT;
    while (!ours(warnings).some((t) => /could not load/.test(t))) {
      if (Date.now() > end) assert.fail(`no "could not load" warning: ${warnings.join('\n')}`);
      await sleep(50);
    }
    const text = await page.locator(`${EL} .kc-fallback`).innerText();
    assert.ok(await page.locator(`${EL} .kc-fallback`).isVisible());
    for (const n of ['112', ...CRISIS_NUMBERS.slice(1)]) assert.ok(text.includes(n), `${n} in ${text}`);
  });
});

test('an <iframe> with the README\'s attributes shows the widget', async () => {
  const path = '/kc-iframe.html';
  await withPage(browser, 'widget-iframe', path, {
    waitReady: false,
    route: (page) => page.route(`${BASE}${path}`, (r) => r.fulfill({
      status: 200, contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>iframe host</title></head><body><main>
<iframe src="/dist/widget.html?clinicName=Harbor%20Health&amp;lang=es" title="Kratom self-check" width="100%" height="900"
        loading="lazy" referrerpolicy="no-referrer"></iframe></main></body></html>`,
    })),
  }, async ({ page, errors }) => {
    const frame = page.frameLocator('iframe');
    await frame.locator(`${EL}[data-kratom-check-ready]`).waitFor({ timeout: TIMEOUT });
    const lang = await frame.locator(EL).evaluate((el) => el.shadowRoot.querySelector('.kc-root').getAttribute('lang'));
    assert.equal(lang, 'es');
    assert.deepEqual(errors, []);
  });
});
