// The wasm and the language packs are pinned by SHA-384 hashes inside the
// shipped loader and fetched with them; a changed wasm (still a valid
// module) is never run: the fallback stays and one warning says why.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { launch, withPage, fallbackShown, consoleSettled, waitForLoaderEvents, ours } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

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
    // The error event: the loader is done with the element, and said what it had to say.
    await waitForLoaderEvents(page, 'error');
    await consoleSettled(rec);
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
