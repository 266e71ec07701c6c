// What `cargo xtask dist` hands a clinic: the SRI value in sizes.txt and
// embed.html matches the shipped loader, and the browser enforces it; the
// wasm and the language packs are pinned by SHA-384 hashes inside the
// loader and fetched with them, and a changed wasm (still a valid module) is
// never run: the fallback stays and one warning says why.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import {
  launch, withPage, waitForReady, waitForConsole, fallbackShown, consoleSettled, waitForLoaderEvents, ours, BASE,
} from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const loader = readFileSync('dist/kratom-check.js');
const sri = `sha384-${createHash('sha384').update(loader).digest('base64')}`;

function pageWith(integrity) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRI</title>
<link rel="icon" href="/www/favicon.svg"></head><body><main><h1>SRI</h1>
<kratom-check><p class="kc-fallback">Could not start. Call 911. Call or text 988. SAMHSA 1-800-662-4357.</p></kratom-check>
</main><script src="/dist/kratom-check.js" integrity="${integrity}" crossorigin="anonymous" defer></script></body></html>`;
}

const serve = (html) => (page) => page.route(`${BASE}/sri-test.html`,
  (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));

test('dist/sizes.txt and dist/embed.html carry the SHA-384 of the shipped loader', () => {
  const sizes = readFileSync('dist/sizes.txt', 'utf8');
  assert.match(sizes, new RegExp(`kratom-check\\.js\\s+${sri.replace(/[+/]/g, '\\$&')}`));
  assert.match(sizes, /kratom-check_bg\.wasm\s+raw\s+\d+\s+gzip\s+\d+/);
  const embed = readFileSync('dist/embed.html', 'utf8');
  assert.ok(embed.includes(`integrity="${sri}"`), 'embed snippet has the current hash');
  assert.ok(!/eval\(|new Function/.test(loader.toString()), 'no eval in shipped JS');
});

test('the loader mounts with its integrity attribute', async () => {
  await withPage(browser, 'sri-ok', '/sri-test.html', { waitReady: false, route: serve(pageWith(sri)) },
    async ({ page, errors }) => {
      await waitForReady(page);
      assert.deepEqual(errors, []);
    });
});

test('a tampered loader (wrong integrity) is refused and the fallback stays', async () => {
  const wrong = `sha384-${createHash('sha384').update('something else').digest('base64')}`;
  await withPage(browser, 'sri-bad', '/sri-test.html', { waitReady: false, route: serve(pageWith(wrong)) },
    async (rec) => {
      const { page, errors } = rec;
      // The browser's refusal, as it says it; by then the load event is past (the script never ran).
      await waitForConsole(rec, /integrity/i, 'error');
      await page.waitForFunction(() => document.readyState === 'complete');
      assert.equal(await page.evaluate(() => typeof window.KratomCheck), 'undefined');
      const fb = await fallbackShown(page);
      assert.equal(fb.visible, true);
      assert.ok(fb.numbers, fb.text);
      assert.deepEqual(errors, []);
    });
});

test('the shipped wasm names no build machine path (no home, no cargo registry, no checkout folder)', () => {
  const wasm = readFileSync('dist/kratom-check_bg.wasm').toString('latin1');
  const forbidden = ['/root/', '.cargo/registry', '.rustup/', process.cwd()];
  if (process.env.HOME && process.env.HOME !== '/') forbidden.push(`${process.env.HOME}/`);
  for (const s of forbidden) assert.ok(!wasm.includes(s), `the wasm contains ${s}`);
  // The panic locations are still there, remapped (so the check reads real strings).
  assert.match(wasm, /crates\/yew-[0-9.]+\/src\//);
});

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

// The hand-off code's QR encoder (qr/): its own small wasm, fetched only when
// a person asks for a code; the loader instantiates it with no glue.
test('the QR part: its SHA-384 is in the loader, it imports nothing, exports only its interface, and names no build machine path', () => {
  const loader = readFileSync('dist/kratom-check.js', 'utf8');
  assert.ok(loader.includes(`"${sriOf('dist/kratom-check.qr.wasm')}"`), 'dist/kratom-check.js holds the SRI of the QR part');
  const bytes = readFileSync('dist/kratom-check.qr.wasm');
  const mod = new WebAssembly.Module(bytes);
  assert.deepEqual(WebAssembly.Module.imports(mod), []);
  // Besides the linker's own markers (`__data_end`, `__heap_base`).
  const exported = WebAssembly.Module.exports(mod).map((e) => e.name).filter((n) => !n.startsWith('__')).sort();
  assert.deepEqual(exported, ['kc_qr_encode', 'kc_qr_input', 'kc_qr_output', 'memory']);
  const text = bytes.toString('latin1');
  for (const s of ['/root/', '.cargo/registry', process.cwd()]) assert.ok(!text.includes(s), `the QR part contains ${s}`);
  // The widget's own wasm does not carry the encoder: none of its exports.
  assert.ok(!wasm.toString('latin1').includes('kc_qr_encode'));
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
