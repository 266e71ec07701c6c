// What a clinic gets from the npm package, taken from the dist/ this run
// built (no rebuild): `npm pack --dry-run` lists the right files at the
// crate's version, and the packed tarball, unpacked and served from a SECOND
// origin (`cargo xtask serve --dir … --cors` on another loopback port, as a
// CDN would), mounts the widget on a page of the first origin (a clinic page
// on its own loopback server) that uses the package README's snippet with its
// SRI value.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { launch, withPage, waitForReady, waitForConsole, TIMEOUT, CRISIS_NUMBERS } from './harness.mjs';

const XTASK = process.env.KC_XTASK;
if (!XTASK) throw new Error('KC_XTASK is not set: run the suite through `cargo xtask test`');

/** The widget crate's version: `version = "…"` in the root Cargo.toml's [package]. */
const VERSION = /^\[package\]$[^[]*?^version\s*=\s*"([^"]+)"/m.exec(readFileSync('Cargo.toml', 'utf8'))[1];
const SHIPPED = ['kratom-check.js', 'kratom-check_bg.wasm'];

let browser;
let work;
const servers = [];

/** `npm pack` in dist/ with `args`; returns npm's JSON report for the package. */
function npmPack(...args) {
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', ...args], { cwd: 'dist', encoding: 'utf8' });
  return JSON.parse(out)[0];
}

/** Starts `xtask serve --dir DIR [--cors] --port 0`; resolves to its origin. */
function serveFolder(dir, cors) {
  const child = spawn(XTASK, ['serve', '--dir', dir, ...(cors ? ['--cors'] : []), '--port', '0'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  servers.push(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the second server did not start')), TIMEOUT);
    child.on('exit', (code) => reject(new Error(`the second server exited (${code})`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(line);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
  });
}

let pkgDir;
let snippet;

before(async () => {
  browser = await launch();
  work = mkdtempSync(join(tmpdir(), 'kc-package-'));
  const packed = npmPack('--pack-destination', work);
  execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', work]);
  pkgDir = join(work, 'package');
  // The README's own snippet: the first ```html block with the script tag.
  const readme = readFileSync(join(pkgDir, 'README.md'), 'utf8');
  snippet = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.includes('<script'));
  assert.ok(snippet, 'README.md has an html snippet with the script tag');
});

after(async () => {
  await browser?.close();
  for (const s of servers) s.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('npm pack --dry-run in dist/ lists the loader, the wasm, README.md, LICENSE and package.json at the crate version', () => {
  const r = npmPack('--dry-run');
  assert.equal(r.name, 'kratom-check');
  assert.equal(r.version, VERSION);
  const files = r.files.map((f) => f.path);
  for (const f of [...SHIPPED, 'kratom-check.qr.wasm', 'widget.html', 'widget.js', 'builder.html', 'builder.js', 'builder.css', 'reader.html', 'reader.js', 'reader.css', 'README.md', 'LICENSE', 'package.json']) assert.ok(files.includes(f), `${f} in ${files}`);
  const pkg = JSON.parse(readFileSync('dist/package.json', 'utf8'));
  for (const field of ['main', 'browser', 'unpkg', 'jsdelivr']) assert.equal(pkg[field], 'kratom-check.js', field);
  assert.equal(pkg.license, 'MIT');
});

test('the packed README snippet carries the SRI of the packed loader, and the version', () => {
  const loader = readFileSync(join(pkgDir, 'kratom-check.js'));
  const sri = `sha384-${createHash('sha384').update(loader).digest('base64')}`;
  assert.ok(snippet.includes(`integrity="${sri}"`), snippet);
  assert.ok(readFileSync(join(pkgDir, 'README.md'), 'utf8').startsWith(`# kratom-check ${VERSION}\n`));
  assert.match(readFileSync(join(pkgDir, 'sizes.txt'), 'utf8'), new RegExp(`^# kratom-check ${VERSION.replace(/\./g, '\\.')} `));
  assert.ok(readFileSync(join(pkgDir, 'embed.html'), 'utf8').includes(`kratom-check ${VERSION}:`));
});

/**
 * Serves a clinic page (the README's snippet, `src` on `cdn`) from its own
 * folder server, the first origin; resolves to the page's URL. The page is
 * served over HTTP rather than fulfilled by a Playwright route: Chromium
 * treats a route-fulfilled document as public, and its Local Network Access
 * rules then refuse every request to a loopback CDN.
 */
async function clinicPage(cdn) {
  const tag = snippet.replace(/src="[^"]*kratom-check\.js"/, `src="${cdn}/kratom-check.js"`);
  assert.notEqual(tag, snippet, 'the snippet has a kratom-check.js src to point at the second origin');
  const dir = mkdtempSync(join(work, 'clinic-'));
  writeFileSync(join(dir, 'clinic.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Clinic</title><link rel="icon" href="data:,"></head><body><main><h1>Clinic</h1>${tag}</main></body></html>`);
  return `${await serveFolder(dir, false)}/clinic.html`;
}

test('the unpacked package, served from a second origin with CORS, mounts with the README snippet', async () => {
  const cdn = await serveFolder(pkgDir, true);
  const page = await clinicPage(cdn);
  assert.notEqual(new URL(page).origin, cdn);
  await withPage(browser, 'package-cdn', page, { waitReady: false, allowOrigins: [new URL(page).origin, cdn] },
    async ({ page, errors, requests }) => {
      await waitForReady(page);
      assert.equal(await page.locator('kratom-check').getAttribute('data-kratom-check-ready'), '');
      for (const f of SHIPPED) {
        assert.ok(requests.some((r) => r.url === `${cdn}/${f}`), `${f} came from the second origin`);
      }
      assert.deepEqual(errors, []);
    });
});

test('without CORS on the second origin the browser refuses the loader and the fallback stays', async () => {
  const cdn = await serveFolder(pkgDir, false);
  const page = await clinicPage(cdn);
  await withPage(browser, 'package-no-cors', page, { waitReady: false, allowOrigins: [new URL(page).origin, cdn] },
    async (rec) => {
      const { page, errors } = rec;
      // The browser's refusal, as it says it; the load event then says the page is done.
      await waitForConsole(rec, 'Access-Control-Allow-Origin', 'error');
      await page.waitForFunction(() => document.readyState === 'complete');
      assert.equal(await page.evaluate(() => typeof window.KratomCheck), 'undefined');
      assert.equal(await page.locator('[data-kratom-check-ready]').count(), 0);
      const fallback = page.locator('kratom-check > div.kc-fallback');
      assert.ok(await fallback.isVisible(), 'the fallback text shows');
      const text = await fallback.innerText();
      for (const n of CRISIS_NUMBERS) assert.ok(text.includes(n), `crisis number ${n} in: ${text}`);
      assert.deepEqual(errors, []);
    });
});
