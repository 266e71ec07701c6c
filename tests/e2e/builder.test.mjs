// The snippet builder
// (dist/builder.html). Its snippet carries the release's SRI and the folder
// the builder's own loader came from, and mounts when pasted into a blank
// page; it is offered only when the release's files are found unchanged in
// that folder and every value is used as entered (a refused value is marked
// at its field, by its label); its preview follows every option; it works
// under the strict CSP it is served with.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, withPage, waitForReady, axe, cspReport, BASE, TIMEOUT, CRISIS_NUMBERS } from './harness.mjs';
import { walk, PERSONAS } from './journey.mjs';
import { routeExits } from './test-page.mjs';

const BUILDER = '/dist/builder.html';
const PREVIEW = '#kcb-preview';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The loader's SRI as `cargo xtask dist` wrote it into sizes.txt. */
const LOADER_SRI = /^kratom-check\.js\s+(sha384-\S+)$/m.exec(readFileSync('dist/sizes.txt', 'utf8'))[1];

/** Waits until the preview shows the form as it is now (the builder's messages are
 * `aria-busy` from a change until then). */
async function settled(page) {
  await page.locator('#kcb-messages:not([aria-busy])').waitFor({ timeout: TIMEOUT });
  await waitForReady(page, PREVIEW);
}

/** Opens the builder (dist/, or `path`) and waits for its first preview. */
function openBuilder(name, opts, fn, path = BUILDER) {
  return withPage(browser, name, path, { waitReady: false, ...opts }, async (rec) => {
    await settled(rec.page);
    assert.match(await rec.page.locator('#kcb-messages').innerText(), /No problems/);
    await fn(rec);
  });
}

/** Fills (or selects) one field and waits for the preview to follow. */
async function set(page, id, value) {
  if (await page.locator(id).evaluate((el) => el.tagName === 'SELECT')) await page.selectOption(id, value);
  else await page.fill(id, value);
  await settled(page);
  return root(page);
}

/** Facts about the preview's widget root. */
function root(page) {
  return page.evaluate((sel) => {
    const sr = document.querySelector(sel).shadowRoot;
    const r = sr && sr.querySelector('.kc-root');
    return r && { lang: r.getAttribute('lang'), cls: r.className, accent: getComputedStyle(r).borderTopColor,
      hint: !!sr.querySelector('#kc-exit-hint'), links: [...sr.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')) };
  }, PREVIEW);
}

test('the builder works under the strict CSP: no violation, axe clean, no page error; a refused value is marked at its field and nothing is offered', async () => {
  await openBuilder('builder-csp', {}, async (rec) => {
    const { page, errors } = rec;
    assert.equal(await page.locator('#kcb-sri').innerText(), LOADER_SRI);
    assert.ok(rec.requests.some((r) => new URL(r.url).pathname === '/dist/kratom-check_bg.wasm'));
    assert.ok((await page.inputValue('#kcb-snippet')).includes(LOADER_SRI));
    await set(page, '#kcb-phone', 'call us');
    assert.equal(await page.locator('#kcb-messages li').count(), 1);
    // In the form's words, at the field, the field marked; the summary links to it.
    assert.match(await page.locator('#kcb-messages li').innerText(), /^Phone: .+\. The widget would use no phone number instead\.$/);
    assert.equal(await page.locator('#kcb-messages li a').getAttribute('href'), '#kcb-phone');
    assert.equal(await page.locator('#kcb-phone').getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#kcb-phone-error').innerText(), /^Phone: /);
    assert.match(await page.locator('#kcb-phone').getAttribute('aria-describedby'), /^kcb-phone-error kcb-phone-hint$/);
    assert.ok(await page.locator('#kcb-phone-error').isVisible());
    // Nothing to copy or download while a value is refused.
    assert.equal(await page.inputValue('#kcb-snippet'), '');
    assert.equal(await page.locator('#kcb-copy').isDisabled(), true);
    assert.equal(await page.locator('#kcb-page').isDisabled(), true);
    assert.deepEqual(await axe(page), [], 'axe with a warning showing');
    await set(page, '#kcb-phone', '+1 555 0100');
    assert.equal(await page.locator('#kcb-phone').getAttribute('aria-invalid'), null);
    assert.equal(await page.locator('#kcb-phone-error').count(), 0);
    assert.match(await page.inputValue('#kcb-snippet'), /data-phone="\+1 555 0100"/);
    assert.equal(await page.locator('#kcb-copy').isDisabled(), false);
    const csp = await cspReport(rec);
    assert.match(csp.header, /default-src 'none'; script-src 'self' 'wasm-unsafe-eval'/);
    assert.deepEqual([csp.violations, csp.consoleErrors], [[], []]);
    assert.deepEqual(errors, []);
  });
});

test('the source builder (www/) says it cannot check anything and points at dist/builder.html', async () => {
  await withPage(browser, 'builder-source', '/www/builder.html', { waitReady: false }, async ({ page }) => {
    await page.locator('#kcb-messages').filter({ hasText: 'dist/builder.html' }).waitFor({ timeout: TIMEOUT });
    assert.equal(await page.locator('#kcb-copy').isDisabled(), true);
  });
});

test('the snippet carries the built loader\'s SRI, crossorigin, the wasm preload and a <div> fallback; pasted into a blank page it mounts', async () => {
  let snippet;
  await openBuilder('builder-snippet', {}, async ({ page }) => {
    assert.equal(await page.locator('#kcb-sri').innerText(), LOADER_SRI);
    assert.equal(await page.inputValue('#kcb-base'), '/dist/', 'the folder of the builder\'s own loader');
    await set(page, '#kcb-clinicName', 'Harbor "Health" & <Co>');
    await set(page, '#kcb-lang', 'es');
    await set(page, '#kcb-emergencyNumber', '112');
    assert.match(await page.locator('#kcb-messages').innerText(), /No problems/);
    snippet = await page.inputValue('#kcb-snippet');
  });
  assert.ok(snippet.includes(`<script src="/dist/kratom-check.js" integrity="${LOADER_SRI}" crossorigin="anonymous" fetchpriority="high" defer></script>`), snippet);
  assert.ok(snippet.includes('<link rel="preload" href="/dist/kratom-check_bg.wasm" as="fetch" crossorigin="anonymous">'), snippet);
  // Spanish chosen: its pack preloaded, and no other language's.
  assert.ok(snippet.includes('<link rel="preload" href="/dist/kratom-check.es.pack" as="fetch" crossorigin="anonymous">'), snippet);
  assert.ok(!snippet.includes('kratom-check.en.pack'), snippet);
  assert.ok(snippet.includes('data-clinic-name="Harbor &quot;Health&quot; &amp; &lt;Co&gt;"'), snippet);
  assert.match(snippet, /<kratom-check [^>]*data-lang="es"[^>]*>\n {2}<div class="kc-fallback">/);
  assert.ok(!/^\s*<p\b/m.test(snippet.split('<kratom-check')[0]), 'no <p> around the element');
  for (const n of ['112', '988', '1-800-662-4357']) assert.ok(snippet.includes(`>${n}</a>`), `fallback names ${n}`);

  const path = '/kc-pasted.html';
  await withPage(browser, 'builder-pasted', path, {
    waitReady: false,
    route: (page) => page.route(`${BASE}${path}`, (r) => r.fulfill({
      status: 200, contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pasted</title><link rel="icon" href="data:,"></head><body>\n${snippet}</body></html>`,
    })),
  }, async ({ page, errors, warnings }) => {
    await waitForReady(page);
    const r = await page.evaluate(() => {
      const sr = document.querySelector('kratom-check').shadowRoot;
      return { lang: sr.querySelector('.kc-root').getAttribute('lang'), integrity: document.scripts[0].integrity };
    });
    assert.deepEqual(r, { lang: 'es', integrity: LOADER_SRI }, 'mounted from a loader that passed its integrity check');
    assert.deepEqual(warnings.filter((w) => w.includes('kratom-check')), []);
    assert.deepEqual(errors, []);
  });
});

test('the preview follows each option and shows the widget\'s warnings', async () => {
  await openBuilder('builder-preview', { route: (page) => routeExits(page, ['https://leave.example/**']) },
    async ({ page, errors }) => {
      assert.equal((await set(page, '#kcb-lang', 'es')).lang, 'es');
      assert.equal((await set(page, '#kcb-accent', '#0b4f3c')).accent, 'rgb(11, 79, 60)');
      assert.match((await set(page, '#kcb-theme', 'dark')).cls, /kc-theme-dark/);
      assert.equal((await root(page)).hint, true, 'the quick-exit keys hint shows by default');
      assert.equal((await set(page, '#kcb-quickExitKeys', 'off')).hint, false, 'no hint with the keys off');
      assert.match(await page.locator('#kcb-messages').innerText(), /No problems/);

      // A bad value: the widget's own warning shows next to the form, and the default is used.
      await set(page, '#kcb-emergencyNumber', '9');
      assert.equal(await page.locator('#kcb-messages li').count(), 1);
      assert.match(await page.locator('#kcb-messages li').innerText(), /^Emergency number: .+\. The widget would use 911 instead\.$/);
      assert.equal(await page.locator('#kcb-messages').getAttribute('aria-live'), 'polite');
      await set(page, '#kcb-emergencyNumber', '');
      assert.match(await page.locator('#kcb-messages').innerText(), /No problems/);

      // The clinic's name, phone and crisis line show on the result page; quick exit goes to the exit URL.
      await set(page, '#kcb-clinicName', 'Harbor Health');
      await set(page, '#kcb-phone', '+1 555 0199');
      await set(page, '#kcb-crisisLine', '741741');
      await set(page, '#kcb-exitUrl', 'https://leave.example/news');
      assert.match(await page.locator('#kcb-messages').innerText(), /No problems/);
      assert.match(await page.locator('#kcb-snippet').inputValue(), /data-exit-url="https:\/\/leave\.example\/news"/);
      // Leaving the field fires `change` with nothing new: no remount (it would restart the check).
      await page.locator('#kcb-exitUrl').blur();
      assert.equal(await page.locator('#kcb-messages').getAttribute('aria-busy'), null, 'no remount on blur');
      const widget = page.locator(PREVIEW);
      assert.equal((await walk(widget, PERSONAS.taper)).at(-1), 'result');
      assert.equal(await widget.locator('.kc-clinic-name').innerText(), 'Harbor Health');
      const links = (await root(page)).links;
      assert.ok(links.includes('tel:741741'), links.join(' '));
      assert.ok(links.some((l) => l.startsWith('tel:') && l.replace(/\D/g, '') === '15550199'), links.join(' '));
      await widget.locator('.kc-exit-button').click();
      await page.waitForURL('https://leave.example/news', { timeout: TIMEOUT });
      assert.deepEqual(errors, []);
    });
});

test('the preview shows the fallback with the crisis numbers when the widget cannot load, and the builder says which file is missing', async () => {
  await withPage(browser, 'builder-no-wasm', BUILDER, {
    waitReady: false,
    route: (page) => page.route('**/dist/kratom-check_bg.wasm', (r) => r.fulfill({ status: 404, body: 'no' })),
  }, async ({ page }) => {
    await page.locator('#kcb-messages').filter({ hasText: 'The preview could not start' }).waitFor({ timeout: TIMEOUT });
    assert.match(await page.locator('#kcb-messages').innerText(), /kratom-check_bg\.wasm is not there \(the server answered 404\)/);
    assert.equal(await page.inputValue('#kcb-snippet'), '');
    const text = await page.locator(`${PREVIEW} .kc-fallback`).innerText();
    for (const n of CRISIS_NUMBERS) assert.ok(text.includes(n), n);
  });
});

/** A route that serves `file` from dist/ with `change` applied to its bytes. */
function tampered(file, change) {
  return (page) => page.route(`**/dist/${file}`, async (r) => {
    const res = await r.fetch();
    return r.fulfill({ response: res, body: change(await res.body()) });
  });
}

test('the builder refuses a tampered loader: it names the file, offers no snippet and no hash', async () => {
  await withPage(browser, 'builder-tampered-loader', BUILDER, {
    waitReady: false,
    route: tampered('kratom-check.js', (b) => Buffer.concat([b, Buffer.from('\n;window.__tampered = 1;\n')])),
  }, async ({ page }) => {
    await page.locator('#kcb-messages').filter({ hasText: 'not the file of release' }).waitFor({ timeout: TIMEOUT });
    const text = await page.locator('#kcb-messages').innerText();
    assert.match(text, /kratom-check\.js is there but is not the file of release \d+\.\d+\.\d+/);
    assert.doesNotMatch(text, /No problems/);
    assert.equal(await page.evaluate(() => window.__tampered), undefined, 'the tampered loader never ran');
    assert.equal(await page.inputValue('#kcb-snippet'), '');
    assert.equal(await page.locator('#kcb-copy').isDisabled(), true);
  });
});

test('the builder refuses a folder whose language pack was changed', async () => {
  await withPage(browser, 'builder-tampered-pack', BUILDER, {
    waitReady: false,
    route: tampered('kratom-check.es.pack', (b) => { const c = Buffer.from(b); c[c.length - 1] ^= 1; return c; }),
  }, async ({ page }) => {
    await page.locator('#kcb-messages:not([aria-busy])').filter({ hasText: 'kratom-check.es.pack' }).waitFor({ timeout: TIMEOUT });
    assert.match(await page.locator('#kcb-messages').innerText(), /kratom-check\.es\.pack is there but is not the file of release/);
    assert.equal(await page.locator('#kcb-base').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.inputValue('#kcb-snippet'), '');
    assert.equal(await page.locator('#kcb-copy').isDisabled(), true);
  });
});

/** Serves dist/ under a nested folder too, as a WordPress uploads folder would hold it. */
const NESTED = '/site/wp-content/uploads/kratom-check/';
function nested(page) {
  return page.route(`${BASE}${NESTED}*`, async (r) => {
    const url = new URL(r.request().url());
    const res = await r.fetch({ url: `${BASE}/dist/${url.pathname.slice(NESTED.length)}${url.search}` });
    return r.fulfill({ response: res });
  });
}

test('opened from a nested folder, the builder offers a snippet for that folder, and it mounts from there', async () => {
  let snippet;
  await openBuilder('builder-nested', { route: nested }, async ({ page }) => {
    assert.equal(await page.inputValue('#kcb-base'), NESTED);
    assert.match(await page.locator('#kcb-messages').innerText(), new RegExp(`are in ${NESTED}, unchanged`));
    snippet = await page.inputValue('#kcb-snippet');
  }, `${NESTED}builder.html`);
  assert.ok(snippet.includes(`<script src="${NESTED}kratom-check.js" integrity="${LOADER_SRI}"`), snippet);
  assert.ok(snippet.includes(`<link rel="preload" href="${NESTED}kratom-check_bg.wasm"`), snippet);
  const path = '/kc-nested-pasted.html';
  await withPage(browser, 'builder-nested-pasted', path, {
    waitReady: false,
    route: async (page) => {
      await nested(page);
      await page.route(`${BASE}${path}`, (r) => r.fulfill({
        status: 200, contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pasted</title><link rel="icon" href="data:,"></head><body>\n${snippet}</body></html>`,
      }));
    },
  }, async ({ page, requests, errors }) => {
    await waitForReady(page);
    const wasm = requests.filter((r) => r.url.endsWith('kratom-check_bg.wasm')).map((r) => new URL(r.url).pathname);
    assert.deepEqual([...new Set(wasm)], [`${NESTED}kratom-check_bg.wasm`]);
    assert.deepEqual(errors, []);
  });
});

test('with a wrong folder the builder refuses before offering a snippet, and says why at the field', async () => {
  await openBuilder('builder-wrong-folder', {}, async ({ page }) => {
    await set(page, '#kcb-base', '/kratom-check/');
    const text = await page.locator('#kcb-messages').innerText();
    assert.match(text, /none of the files of release \d+\.\d+\.\d+ are there \(the server answered 404\)/);
    assert.doesNotMatch(text, /No problems/);
    assert.equal(await page.locator('#kcb-base').getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#kcb-base-error').innerText(), /^Folder or CDN address of kratom-check\.js: /);
    assert.equal(await page.inputValue('#kcb-snippet'), '');
    assert.equal(await page.locator('#kcb-copy').isDisabled(), true);
    assert.equal(await page.locator('#kcb-page').isDisabled(), true);
    // Back to the right folder: offered again.
    await set(page, '#kcb-base', '/dist/');
    assert.match(await page.locator('#kcb-messages').innerText(), /No problems/);
    assert.ok((await page.inputValue('#kcb-snippet')).includes('<script src="/dist/kratom-check.js"'));
    // The files uploaded to the first folder meanwhile: it is checked again, not refused from memory.
    await page.route(`${BASE}/kratom-check/*`, async (r) => {
      const name = new URL(r.request().url()).pathname.split('/').pop();
      return r.fulfill({ response: await r.fetch({ url: `${BASE}/dist/${name}` }) });
    });
    await set(page, '#kcb-base', '/kratom-check/');
    assert.match(await page.locator('#kcb-messages').innerText(), /No problems/);
    assert.ok((await page.inputValue('#kcb-snippet')).includes('<script src="/kratom-check/kratom-check.js"'));
  });
});
