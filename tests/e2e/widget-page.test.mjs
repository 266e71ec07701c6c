// The iframe page (dist/widget.html).
// Its address may choose only the language and the theme: a crafted link
// cannot change the numbers, the contact, the exit or the clinic's name, nor
// rewrite the no-JavaScript fallback. The clinic's options are the element's
// attributes, written into the clinic's own page by the builder. It works
// under the strict CSP and in an iframe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  launch, withPage, waitForReady, axe, consoleSettled, waitForWarning, ours, cspReport, chooseSelfAndContinue, BASE, TIMEOUT, CRISIS_NUMBERS,
} from './harness.mjs';
import { walk, PERSONAS } from './journey.mjs';
import { routeExits } from './test-page.mjs';

const EL = '#kratom-check';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** What an attacker's link puts in the address: every option, with their values. */
const CRAFTED = new URLSearchParams({
  clinicName: 'Evil Clinic', phone: '+1 900 555 0199', contactUrl: 'https://evil.example/contact',
  emergencyNumber: '555019', crisisLine: '19005550199', exitUrl: 'https://evil.example/exit',
  accent: '#660000', quickExitKeys: 'off', lang: 'es', theme: 'dark',
}).toString();

function facts(page) {
  return page.evaluate((sel) => {
    const sr = document.querySelector(sel).shadowRoot;
    const r = sr.querySelector('.kc-root');
    const name = sr.querySelector('.kc-clinic-name');
    return {
      lang: r.getAttribute('lang'), cls: r.className, clinic: name ? name.textContent : null,
      links: [...sr.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    };
  }, EL);
}

/** The light-DOM fallback's links: what a person without JavaScript sees. */
function fallbackLinks(page) {
  return page.evaluate((sel) => [...document.querySelectorAll(`${sel} > .kc-fallback a[href]`)].map((a) => a.getAttribute('href')), EL);
}

/** Walks to the urgent page (thoughts of suicide) and returns the widget's links there. */
async function urgentLinks(page) {
  const widget = page.locator(EL);
  await chooseSelfAndContinue(widget);
  await widget.locator('input[name=urgent_now][value=suicide]').check();
  await widget.locator('button[type=submit]').click();
  await page.waitForFunction((sel) => document.querySelector(sel).shadowRoot.querySelector('[data-urgent]'), EL, { timeout: TIMEOUT });
  return (await facts(page)).links;
}

/** Presses quick exit and returns where the page went. */
async function exitTo(page, pattern) {
  await page.locator(EL).locator('.kc-exit-button').first().click();
  await page.waitForURL(pattern, { timeout: TIMEOUT });
  return page.url();
}

test('the stock widget.html: a crafted link keeps the defaults (numbers, no clinic, default exit) and the default fallback', async () => {
  await withPage(browser, 'widget-page-crafted', `/dist/widget.html?${CRAFTED}`, {
    waitReady: false,
    route: (page) => routeExits(page, ['https://www.google.com/**', 'https://evil.example/**']),
  }, async (rec) => {
    const { page, errors, warnings } = rec;
    await waitForReady(page, EL);
    // The harmless choices are kept.
    const f = await facts(page);
    assert.equal(f.lang, 'es');
    assert.match(f.cls, /kc-theme-dark/);
    // One warning names what the address tried to set; the widget itself warns about nothing.
    await consoleSettled(rec);
    const w = ours(warnings);
    assert.equal(w.length, 1, w.join('\n'));
    assert.match(w[0], /^kratom-check iframe page: ignoring clinicName, phone, contactUrl, emergencyNumber, crisisLine, exitUrl, accent, quickExitKeys in the address/);
    assert.deepEqual(await fallbackLinks(page), ['tel:911', 'tel:988', 'tel:18006624357']);
    assert.deepEqual(await axe(page), []);
    const links = await urgentLinks(page);
    assert.ok(links.includes('tel:911') && links.includes('tel:988'), links.join(' '));
    assert.ok(!links.some((l) => /555019|19005550199|9005550199|evil/.test(l)), links.join(' '));
    const csp = await cspReport(rec);
    assert.match(csp.header, /default-src 'none'/);
    assert.deepEqual([csp.violations, csp.consoleErrors], [[], []]);
    assert.equal(await exitTo(page, /^https:\/\/(www\.google\.com|evil\.example)\//), 'https://www.google.com/');
    assert.deepEqual(errors, []);
  });
});

test('a clinic\'s own widget.html (from the builder): a crafted link shows the clinic\'s numbers, name, contact and exit, and its fallback', async () => {
  // The clinic makes its page with the builder.
  let body;
  await withPage(browser, 'widget-page-make', '/dist/builder.html', { waitReady: false }, async ({ page }) => {
    await waitForReady(page, '#kcb-preview');
    for (const [id, v] of [['#kcb-clinicName', 'Harbor Health'], ['#kcb-phone', '+1 555 0100'],
      ['#kcb-contactUrl', 'https://harbor.example/contact'], ['#kcb-emergencyNumber', '112'],
      ['#kcb-crisisLine', '741741'], ['#kcb-exitUrl', 'https://leave.example/news']]) await page.fill(id, v);
    await page.locator('#kcb-page:not([disabled])').waitFor({ timeout: TIMEOUT });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#kcb-page')]);
    assert.equal(download.suggestedFilename(), 'widget.html');
    body = readFileSync(await download.path(), 'utf8');
  });
  assert.match(body, /<div id="kratom-check" data-clinic-name="Harbor Health" [^>]*data-crisis-line="741741"/);
  assert.match(body, /<script src="kratom-check\.js" integrity="sha384-[^"]+" crossorigin="anonymous"/);
  assert.match(body, /<script src="widget\.js" integrity="sha384-[^"]+" crossorigin="anonymous"/);
  assert.ok(!body.includes('@@KRATOM_CHECK'), 'no marker left');

  const path = '/dist/harbor-widget.html';
  const open = (name, fn) => withPage(browser, name, `${path}?${CRAFTED}`, {
    waitReady: false,
    route: async (page) => {
      await routeExits(page, ['https://www.google.com/**', 'https://evil.example/**', 'https://leave.example/**']);
      await page.route(`${BASE}${path}?*`, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    },
  }, fn);
  await open('widget-page-clinic-urgent', async ({ page, errors }) => {
    await waitForReady(page, EL);
    assert.equal((await facts(page)).lang, 'es', 'the address may choose the language');
    assert.deepEqual(await fallbackLinks(page), ['tel:112', 'tel:741741', 'tel:18006624357']);
    const links = await urgentLinks(page);
    assert.ok(links.includes('tel:112') && links.includes('tel:741741'), links.join(' '));
    assert.ok(!links.some((l) => /555019|19005550199|evil/.test(l)), links.join(' '));
    assert.equal(await exitTo(page, /^https:\/\/(www\.google\.com|evil\.example|leave\.example)\//), 'https://leave.example/news');
    assert.deepEqual(errors, []);
  });
  await open('widget-page-clinic-result', async ({ page, errors }) => {
    await waitForReady(page, EL);
    assert.equal((await walk(page.locator(EL), PERSONAS.taper)).at(-1), 'result');
    const f = await facts(page);
    assert.equal(f.clinic, 'Harbor Health');
    assert.ok(f.links.includes('https://harbor.example/contact'), f.links.join(' '));
    assert.ok(f.links.some((l) => l.startsWith('tel:') && l.replace(/\D/g, '') === '15550100'), f.links.join(' '));
    assert.ok(!f.links.some((l) => /evil|9005550199/.test(l)), f.links.join(' '));
    assert.deepEqual(errors, []);
  });
});

test('widget.html: a bad language or theme in the address gets the widget\'s warning and the default', async () => {
  await withPage(browser, 'widget-page-bad', '/dist/widget.html?lang=fr&theme=neon', { waitReady: false },
    async (rec) => {
      const { page, errors, warnings } = rec;
      await waitForReady(page, EL);
      // Warnings come at mount, before the ready mark: a console round trip brings in every one.
      await consoleSettled(rec);
      const w = ours(warnings);
      for (const option of ['lang', 'theme']) {
        assert.ok(w.some((t) => t.startsWith(`kratom-check id="kratom-check": ignoring ${option} (`)), `${option}: ${w.join('\n')}`);
      }
      assert.equal(w.length, 2, w.join('\n'));
      const f = await facts(page);
      assert.equal(f.lang, 'en');
      assert.match(f.cls, /kc-theme-auto/);
      assert.deepEqual(errors, []);
    });
});

test('widget.html shows its own fallback (never numbers from the address) when the wasm is missing', async () => {
  await withPage(browser, 'widget-page-fallback', '/dist/widget.html?emergencyNumber=112&crisisLine=741741', {
    waitReady: false,
    route: (page) => page.route('**/dist/kratom-check_bg.wasm', (r) => r.fulfill({ status: 404, body: 'no' })),
  }, async (rec) => {
    const { page } = rec;
    await waitForWarning(rec, /kratom-check: .*could not load/);
    const text = await page.locator(`${EL} .kc-fallback`).innerText();
    assert.ok(await page.locator(`${EL} .kc-fallback`).isVisible());
    for (const n of CRISIS_NUMBERS) assert.ok(text.includes(n), `${n} in ${text}`);
    assert.ok(!text.includes('112') && !text.includes('741741'), text);
  });
});

test('an <iframe> with the README\'s attributes shows the widget', async () => {
  const path = '/kc-iframe.html';
  await withPage(browser, 'widget-iframe', path, {
    waitReady: false,
    route: (page) => page.route(`${BASE}${path}`, (r) => r.fulfill({
      status: 200, contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>iframe host</title></head><body><main>
<iframe src="/dist/widget.html?lang=es" title="Kratom self-check" width="100%" height="900"
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

test('quick exit inside the iframe page leaves the whole tab where the sandbox allows it, and says plainly otherwise', async () => {
  const path = '/kc-iframe-exit.html';
  const cases = [
    ['no sandbox', '', true],
    ['sandbox with top navigation on a click', ' sandbox="allow-scripts allow-same-origin allow-top-navigation-by-user-activation"', true],
    ['sandbox without top navigation', ' sandbox="allow-scripts allow-same-origin"', false],
  ];
  for (const [name, sandbox, leaves] of cases) {
    await withPage(browser, `widget-iframe-exit-${leaves}`, path, {
      waitReady: false,
      route: async (page) => {
        await routeExits(page);
        await page.route(`${BASE}${path}`, (r) => r.fulfill({
          status: 200, contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>iframe host</title></head><body><main>
<iframe src="/dist/widget.html" title="Kratom self-check" width="100%" height="900"${sandbox}></iframe></main></body></html>`,
        }));
      },
    }, async ({ page, errors }) => {
      const frame = page.frameLocator('iframe');
      await frame.locator(`${EL}[data-kratom-check-ready]`).waitFor({ timeout: TIMEOUT });
      await frame.locator(EL).locator('.kc-exit-button').click();
      if (leaves) {
        await page.waitForURL('https://www.google.com/', { timeout: TIMEOUT });
      } else {
        const stuck = frame.locator(EL).locator('.kc-exit-stuck[role=alert]');
        await stuck.waitFor({ timeout: TIMEOUT });
        assert.match(await stuck.innerText(), /still open.*close this tab/i, name);
        assert.equal(page.url(), `${BASE}${path}`, name);
        assert.equal(page.frames()[1].url(), `${BASE}/dist/widget.html`, `${name}: the frame did not show the exit site`);
      }
      assert.deepEqual(errors, [], name);
    });
  }
});
