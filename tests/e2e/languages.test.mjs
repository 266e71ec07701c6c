// One language per visit. The wasm carries no words; each
// language's words (and its painted start page) come in its own pack,
// fetched with its integrity. A visitor downloads the language they read;
// the other comes only when they switch, once, keeping every answer and
// typed word; if it cannot come, the switch says so and nothing breaks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, waitForReady, fallbackShown, cspReport, TIMEOUT } from './harness.mjs';
import { walk, moved, PERSONAS } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const packsAsked = (requests) => requests.map((r) => new URL(r.url).pathname).filter((p) => p.endsWith('.pack'));
const lang = (widget) => widget.evaluate((el) => el.shadowRoot.querySelector('.kc-root').getAttribute('lang'));
const status = (widget) => widget.locator('.kc-lang-status').innerText();

test('an English visit downloads English only; Spanish comes once, on the switch, keeping answers and typed words', async () => {
  await withPage(browser, 'languages-once', '/', {}, async ({ page, requests, errors }) => {
    const widget = page.locator('kratom-check');
    assert.deepEqual(packsAsked(requests), ['/dist/kratom-check.en.pack'], 'one language at first');

    await walk(widget, PERSONAS.taper, { stopAt: 'result' });
    await widget.locator('.kc-make-plan').click();
    await moved(widget, 'result');
    await widget.locator('#kc-appointment').fill('Tuesday 10am');

    await widget.locator('.kc-lang').click();
    await page.waitForFunction(() => document.querySelector('kratom-check').shadowRoot.querySelector('.kc-root').lang === 'es', null, { timeout: TIMEOUT });
    assert.equal(await widget.locator('#kc-appointment').inputValue(), 'Tuesday 10am', 'typed words kept');
    assert.equal(await widget.locator('.kc-lang').innerText(), 'English');
    assert.equal(await status(widget), '', 'nothing left to say once it is in');

    // Back and forth: nothing more is downloaded.
    await widget.locator('.kc-lang').click();
    await page.waitForFunction(() => document.querySelector('kratom-check').shadowRoot.querySelector('.kc-root').lang === 'en');
    await widget.locator('.kc-lang').click();
    await page.waitForFunction(() => document.querySelector('kratom-check').shadowRoot.querySelector('.kc-root').lang === 'es');
    assert.deepEqual(packsAsked(requests), ['/dist/kratom-check.en.pack', '/dist/kratom-check.es.pack'], 'each pack once');
    await widget.locator('.kc-back').first().click();
    await moved(widget, 'plan');
    assert.match(await widget.locator('[data-care-level]').innerText(), /Usted dijo/, 'the answers, now in Spanish');
    assert.deepEqual(errors, []);
  });
});

test('a Spanish visit downloads Spanish only', async () => {
  await withPage(browser, 'languages-es', '/www/es.html', {}, async ({ page, requests }) => {
    assert.equal(await lang(page.locator('kratom-check').first()), 'es');
    assert.deepEqual(packsAsked(requests), ['/dist/kratom-check.es.pack']);
  });
});

test('when the other language cannot load, the switch says so, the widget goes on, and a later try works', async () => {
  let fail = true;
  const route = (page) => page.route('**/kratom-check.es.pack', (r) => (fail ? r.fulfill({ status: 503, body: 'busy' }) : r.continue()));
  await withPage(browser, 'languages-fail', '/', { route }, async ({ page, warnings, errors }) => {
    const widget = page.locator('kratom-check');
    await widget.locator('input[name=who][value=self]').check();
    await widget.locator('.kc-lang').click();
    await page.waitForFunction(() => /could not load/.test(document.querySelector('kratom-check').shadowRoot.querySelector('.kc-lang-status').textContent), null, { timeout: TIMEOUT });
    assert.equal(await status(widget), 'Español could not load just now. Your answers are still here: go on, or try again.');
    assert.equal(await lang(widget), 'en', 'still English');
    assert.equal(await widget.locator('input[name=who][value=self]').isChecked(), true, 'answer kept');
    assert.ok(warnings.some((w) => w.includes('the es language pack could not load') && w.includes('HTTP 503')), warnings.join('\n'));
    assert.equal(await page.locator('kratom-check').getAttribute('data-kratom-check-ready'), '', 'the widget keeps running');

    // It goes on: Start works in English.
    await widget.locator('button[type=submit]').click();
    await widget.locator('input[name=urgent_now]').first().waitFor({ timeout: TIMEOUT });

    // And the switch tries again.
    fail = false;
    await widget.locator('.kc-lang').click();
    await page.waitForFunction(() => document.querySelector('kratom-check').shadowRoot.querySelector('.kc-root').lang === 'es', null, { timeout: TIMEOUT });
    assert.equal(await status(widget), '');
    assert.deepEqual(errors, []);
  });
});

test('a changed pack is not used: the switch fails like a missing one, and a changed first pack leaves the fallback', async () => {
  // The other language tampered with: one warning naming the integrity check, English goes on.
  const tamperEs = (page) => page.route('**/kratom-check.es.pack', async (r) => {
    const res = await r.fetch();
    const body = Buffer.from(await res.body());
    body[body.length - 3] ^= 1; // still a plausible pack, but not the one dist hashed
    await r.fulfill({ response: res, body });
  });
  await withPage(browser, 'languages-tampered-switch', '/', { route: tamperEs }, async ({ page, warnings }) => {
    const widget = page.locator('kratom-check');
    await widget.locator('.kc-lang').click();
    await page.waitForFunction(() => /could not load/.test(document.querySelector('kratom-check').shadowRoot.querySelector('.kc-lang-status').textContent), null, { timeout: TIMEOUT });
    assert.equal(await lang(widget), 'en');
    assert.ok(warnings.some((w) => w.includes('kratom-check.es.pack does not match the integrity hash')), warnings.join('\n'));
  });

  // The element's own language tampered with: nothing of it runs; the fallback and the error event.
  const tamperEn = (page) => page.route('**/kratom-check.en.pack', async (r) => {
    const res = await r.fetch();
    const body = Buffer.from(await res.body());
    body[body.length - 3] ^= 1;
    await r.fulfill({ response: res, body });
  });
  const init = () => {
    window.__kcEvents = [];
    document.addEventListener('kratom-check:error', () => window.__kcEvents.push('error'));
    document.addEventListener('kratom-check:ready', () => window.__kcEvents.push('ready'));
  };
  await withPage(browser, 'languages-tampered-first', '/', { route: tamperEn, init, waitReady: false }, async ({ page, warnings }) => {
    await page.waitForFunction(() => window.__kcEvents.length > 0, null, { timeout: TIMEOUT });
    assert.deepEqual(await page.evaluate(() => window.__kcEvents), ['error']);
    assert.equal((await fallbackShown(page)).visible, true);
    const ours = warnings.filter((w) => w.includes('integrity'));
    assert.equal(ours.length, 1, warnings.join('\n'));
    assert.match(ours[0], /kratom-check\.en\.pack does not match the integrity hash built into kratom-check\.js \(sha384-/);
  });
});

test('the switch on the painted page fetches the other pack and paints in it; the widget carries on in that language', async () => {
  let release;
  const open = new Promise((r) => { release = r; });
  const route = (page) => page.route('**/kratom-check_bg.wasm', async (r) => { await open; await r.continue(); });
  await withPage(browser, 'languages-painted-switch', '/', { route, waitReady: false }, async ({ page, requests, errors }) => {
    const widget = page.locator('kratom-check');
    await widget.locator('input[name=who][value=loved_one]').check({ timeout: TIMEOUT });
    await widget.locator('.kc-lang').click();
    await page.waitForFunction(() => document.querySelector('kratom-check').shadowRoot.querySelector('[data-kratom-check-prerender]')?.lang === 'es', null, { timeout: TIMEOUT });
    assert.equal(await widget.locator('input[name=who][value=loved_one]').isChecked(), true, 'answer kept through the repaint');
    assert.equal(await page.evaluate(() => document.querySelector('kratom-check').hasAttribute('data-kratom-check-ready')), false, 'still before the widget');
    release();
    await waitForReady(page);
    assert.equal(await lang(widget), 'es');
    assert.equal(await widget.locator('input[name=who][value=loved_one]').isChecked(), true, 'answer kept through the handover');
    assert.deepEqual(packsAsked(requests).sort(), ['/dist/kratom-check.en.pack', '/dist/kratom-check.es.pack']);
    assert.deepEqual(errors, []);
  });
});

test('on the painted page too, a language that cannot load is said, and the page stays as it was', async () => {
  let release;
  const open = new Promise((r) => { release = r; });
  const route = async (page) => {
    await page.route('**/kratom-check_bg.wasm', async (r) => { await open; await r.continue(); });
    await page.route('**/kratom-check.es.pack', (r) => r.fulfill({ status: 404, body: 'gone' }));
  };
  await withPage(browser, 'languages-painted-fail', '/', { route, waitReady: false }, async ({ page, errors }) => {
    const widget = page.locator('kratom-check');
    await widget.locator('input[name=who][value=self]').check({ timeout: TIMEOUT });
    await widget.locator('.kc-lang').click();
    await page.waitForFunction(() => /could not load/.test(document.querySelector('kratom-check').shadowRoot.querySelector('.kc-lang-status')?.textContent), null, { timeout: TIMEOUT });
    assert.equal(await status(widget), 'Español could not load just now. Your answers are still here: go on, or try again.',
      'the same words as the widget\'s own switch');
    assert.equal(await widget.evaluate((el) => el.shadowRoot.querySelector('[data-kratom-check-prerender]').lang), 'en');
    assert.equal(await widget.locator('input[name=who][value=self]').isChecked(), true);
    release();
    await waitForReady(page);
    assert.equal(await lang(widget), 'en', 'the widget starts in the language that is here');
    assert.equal(await widget.locator('input[name=who][value=self]').isChecked(), true);
    assert.deepEqual(errors, []);
  });
});

test('under the strict CSP (connect-src \'self\') and Trusted Types the switch loads the other pack, sent precompressed', async () => {
  for (const path of ['/www/csp.html', '/www/trusted-types.html']) {
    const encodings = {};
    const route = (page) => page.on('response', (r) => {
      if (r.url().endsWith('.pack')) encodings[new URL(r.url()).pathname] = r.headers()['content-encoding'];
    });
    await withPage(browser, `languages-csp${path.replace(/\W+/g, '-')}`, path, { route }, async (rec) => {
      const widget = rec.page.locator('kratom-check').first();
      const from = await lang(widget);
      await widget.locator('.kc-lang').click();
      await rec.page.waitForFunction((from) => document.querySelector('kratom-check').shadowRoot.querySelector('.kc-root').lang !== from, from, { timeout: TIMEOUT });
      const csp = await cspReport(rec);
      assert.match(csp.header, /connect-src 'self'/);
      assert.deepEqual([csp.violations, csp.consoleErrors, rec.errors], [[], [], []]);
      assert.deepEqual(Object.keys(encodings).sort(), ['/dist/kratom-check.en.pack', '/dist/kratom-check.es.pack'], path);
      for (const [p, e] of Object.entries(encodings)) assert.equal(e, 'br', `${p} sent brotli-compressed`);
    });
  }
});
