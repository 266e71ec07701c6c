// Issue 14, items 2-5 and 7: exit URLs go through the browser's own URL
// parser and quick exit always leaves; the wasm is pinned by an integrity hash
// inside the loader; only <kratom-check> mounts by itself after load; the host
// page's CSS places the element; the download's name does not name the topic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  launch, withPage, waitForReady, fallbackShown, sleep, TIMEOUT,
} from './harness.mjs';
import { walk, PERSONAS } from './journey.mjs';
import { FALLBACK, servePage, routeExits } from './test-page.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const ours = (warnings) => warnings.filter((w) => w.includes('kratom-check'));

// ------------------------------------------------------------ 2. exit URL

for (const bad of ['https://::', 'https://[::1', 'https://a.example:1:2/', 'https://999999999999/']) {
  test(`data-exit-url="${bad}" (refused by the browser's URL parser): quick exit still leaves, to the default`, async () => {
    await withPage(browser, `exit-${bad.replace(/\W+/g, '_')}`, '/kc-exit.html', {
      route: async (page) => {
        await servePage('/kc-exit.html', `<kratom-check data-exit-url="${bad}">${FALLBACK}</kratom-check>`)(page);
        await routeExits(page);
      },
    }, async ({ page, errors, warnings }) => {
      assert.equal(await page.evaluate((u) => { try { new URL(u); return 'parsed'; } catch { return 'threw'; } }, bad),
        'threw', 'the browser itself refuses it');
      assert.deepEqual(ours(warnings), [
        'kratom-check #1: ignoring data-exit-url (not an https URL); using https://www.google.com/',
      ]);
      await page.locator('kratom-check .kc-exit-button').click();
      await page.waitForURL('https://www.google.com/', { timeout: TIMEOUT });
      assert.deepEqual(errors, []);
    });
  });
}

test('an https exit URL written in capitals passes the browser\'s parser and is where quick exit goes', async () => {
  await withPage(browser, 'exit-serialised', '/kc-exit.html', {
    route: async (page) => {
      await servePage('/kc-exit.html', `<kratom-check data-exit-url="HTTPS://WWW.Google.COM">${FALLBACK}</kratom-check>`)(page);
      await routeExits(page);
    },
  }, async ({ page, errors, warnings }) => {
    assert.deepEqual(ours(warnings), []);
    await page.locator('kratom-check .kc-exit-button').click();
    await page.waitForURL('https://www.google.com/', { timeout: TIMEOUT });
    assert.deepEqual(errors, []);
  });
});

// ------------------------------------------------------------ 3. wasm integrity

const wasm = readFileSync('dist/kratom-check_bg.wasm');
const wasmSri = `sha384-${createHash('sha384').update(wasm).digest('base64')}`;
const sriOf = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

test("the shipped loader carries the shipped wasm's and packs' SHA-384 and fetches them with integrity", async () => {
  const loader = readFileSync('dist/kratom-check.js', 'utf8');
  assert.ok(loader.includes(`"${wasmSri}"`), 'dist/kratom-check.js holds the SRI of dist/kratom-check_bg.wasm');
  for (const l of ['en', 'es']) {
    assert.ok(loader.includes(`"${sriOf(`dist/kratom-check.${l}.pack`)}"`), `dist/kratom-check.js holds the SRI of the ${l} pack`);
  }
  assert.ok(!loader.includes('@@KRATOM_CHECK_WASM_SRI@@'), 'no placeholder left');
  await withPage(browser, 'wasm-integrity-ok', '/', {
    init: () => {
      window.__kcFetches = [];
      const f = window.fetch;
      window.fetch = function (url, init) {
        window.__kcFetches.push({ url: String(url), integrity: init && init.integrity });
        return f.apply(this, arguments);
      };
    },
  }, async ({ page, errors }) => {
    const fetches = await page.evaluate(() => window.__kcFetches);
    // The wasm first of all, then the page's language.
    assert.equal(fetches.length, 2, JSON.stringify(fetches));
    assert.match(fetches[0].url, /\/dist\/kratom-check_bg\.wasm$/);
    assert.equal(fetches[0].integrity, wasmSri);
    assert.match(fetches[1].url, /\/dist\/kratom-check\.en\.pack$/);
    assert.equal(fetches[1].integrity, sriOf('dist/kratom-check.en.pack'));
    assert.deepEqual(errors, []);
  });
});

test('a changed wasm (still a valid module) is not run: the fallback stays, one warning names the integrity failure', async () => {
  // One custom section appended: the module stays valid and would instantiate.
  const tampered = Buffer.concat([wasm, Buffer.from([0x00, 0x05, 0x04, 0x74, 0x61, 0x6d, 0x70])]);
  assert.equal(WebAssembly.validate(tampered), true, 'the changed bytes are a valid module');
  let served = 0;
  await withPage(browser, 'wasm-tampered', '/', {
    waitReady: false,
    route: (page) => page.route('**/kratom-check_bg.wasm', (r) => {
      served++;
      return r.fulfill({ status: 200, contentType: 'application/wasm', body: tampered });
    }),
  }, async (rec) => {
    const { page, errors } = rec;
    const deadline = Date.now() + TIMEOUT;
    while (ours(rec.warnings).length === 0 && Date.now() < deadline) await sleep(50);
    await sleep(300);
    const w = ours(rec.warnings);
    assert.equal(w.length, 1, JSON.stringify(w));
    assert.match(w[0], /^kratom-check: the widget could not load; showing the fallback\. /);
    assert.ok(w[0].includes(`kratom-check_bg.wasm does not match the integrity hash built into kratom-check.js (${wasmSri})`), w[0]);
    assert.ok(served >= 1);
    const fb = await fallbackShown(page);
    assert.equal(fb.visible, true, 'fallback visible');
    assert.ok(fb.numbers, fb.text);
    // Never mounted: no shadow root (the failure came before the page was painted),
    // or the painted start page gone and only the fallback's slot left.
    const shadow = await page.evaluate(() => {
      const sr = document.querySelector('kratom-check').shadowRoot;
      return sr && [...sr.childNodes].map((n) => n.nodeName);
    });
    assert.ok(shadow === null || JSON.stringify(shadow) === '["SLOT"]', `never mounted, nothing painted left: ${shadow}`);
    assert.equal(await page.locator('[data-kratom-check-ready]').count(), 0);
    assert.deepEqual(errors, []);
  });
});

// ------------------------------------------------------------ 4. late elements

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
    await page.waitForSelector('#late-tag[data-kratom-check-ready]', { timeout: TIMEOUT });
    await sleep(300);
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
    await page.evaluate(() => document.querySelector('main').append(window.__kcDiv));
    await sleep(300);
    assert.equal(await page.evaluate(() => window.__kcDiv.hasAttribute('data-kratom-check-ready')), false);
    assert.deepEqual(errors, []);
  });
});

// ------------------------------------------------------------ 5. host CSS

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

// ------------------------------------------------------------ 7. download name

test('the download is named my-plan-<device date>.txt, made from a Blob whose URL is revoked after the click', async () => {
  await withPage(browser, 'download-name', '/', {
    init: () => {
      window.__kcUrls = { created: [], revoked: [] };
      const create = URL.createObjectURL;
      const revoke = URL.revokeObjectURL;
      URL.createObjectURL = function (obj) {
        const u = create.call(URL, obj);
        window.__kcUrls.created.push({ url: u, blob: obj instanceof Blob, type: obj && obj.type });
        return u;
      };
      URL.revokeObjectURL = function (u) { window.__kcUrls.revoked.push(u); return revoke.call(URL, u); };
    },
  }, async ({ page, requests }) => {
    // The device's clock says 25 Nov 2026, late in the evening (local time).
    await page.clock.setFixedTime(new Date(2026, 10, 25, 23, 30));
    const widget = page.locator('kratom-check');
    await walk(widget, PERSONAS.taper);
    const mark = requests.length;
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: TIMEOUT }),
      widget.locator('.kc-actions button').nth(1).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'my-plan-2026-11-25.txt');
    assert.match(await readFile(await download.path(), 'utf8'), /988/);
    const urls = await page.evaluate(() => window.__kcUrls);
    assert.equal(urls.created.length, 1);
    assert.deepEqual([urls.created[0].blob, urls.created[0].type], [true, 'text/plain;charset=utf-8']);
    assert.match(urls.created[0].url, /^blob:/);
    await page.waitForFunction(() => window.__kcUrls.revoked.length > 0, null, { timeout: 15_000 });
    assert.deepEqual(await page.evaluate(() => window.__kcUrls.revoked), [urls.created[0].url], 'its Blob URL is revoked');
    assert.deepEqual(requests.slice(mark).map((r) => r.url).filter((u) => !u.startsWith('blob:')), [], 'nothing is uploaded');
  });
});
