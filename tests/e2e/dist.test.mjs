// What `cargo xtask dist` hands a clinic: the SRI value in sizes.txt and
// embed.html matches the shipped loader, and the browser enforces it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { launch, withPage, waitForReady, waitForConsole, fallbackShown, BASE } from './harness.mjs';

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
