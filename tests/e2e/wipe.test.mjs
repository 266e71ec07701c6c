// Typed text does not linger in the wasm's memory after
// Start over (freed memory is zeroed: src/wipe.rs), and quick exit still
// leaves, or says plainly how to, when the host page guards against leaving
// (`beforeunload`). The wasm's memory is read through the instance the glue
// creates (captured by an init script: a test-only window onto it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, settled, NEUTRAL_PAGE, BASE, TIMEOUT } from './harness.mjs';
import { walk, moved, PERSONAS } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SECRET = 'Zebraquartz7781';

/** Before any page script: keeps the widget's wasm memory where the test can read it. */
function captureMemory() {
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = function (...args) {
    return instantiate.apply(this, args).then((r) => {
      window.__kcMemory = (r.instance || r).exports.memory;
      return r;
    });
  };
}

/** How many times `text` (UTF-8) is in the wasm's memory. */
function copiesInMemory(page, text) {
  return page.evaluate((s) => {
    const bytes = new Uint8Array(window.__kcMemory.buffer);
    const pat = new TextEncoder().encode(s);
    let n = 0;
    for (let i = bytes.indexOf(pat[0]); i !== -1; i = bytes.indexOf(pat[0], i + 1)) {
      let j = 1;
      while (j < pat.length && bytes[i + j] === pat[j]) j++;
      if (j === pat.length) n++;
    }
    return n;
  }, text);
}

/** To the plan page, with `SECRET` typed into a field. */
async function typePlan(page) {
  const widget = page.locator('kratom-check').first();
  await walk(widget, PERSONAS.residential);
  await widget.locator('.kc-make-plan').click();
  await moved(widget, 'result');
  await widget.locator('#kc-appointment').pressSequentially(SECRET);
  return widget;
}

test('typed text is gone from the wasm memory after Start over', async () => {
  await withPage(browser, 'wipe-start-over', '/', { init: captureMemory }, async ({ page, errors }) => {
    const widget = await typePlan(page);
    // Control: while it shows, the typed text is in memory (so the search works).
    assert.ok(await copiesInMemory(page, SECRET) > 0, 'the typed text is in memory while it shows');
    await widget.locator('.kc-start-over').click();
    await widget.locator('.kc-confirm .kc-button-danger').click();
    assert.equal(await moved(widget, 'plan'), 'start');
    await settled(page);
    assert.equal(await copiesInMemory(page, SECRET), 0);
    assert.deepEqual(errors, []);
  });
});

const GUARDED = '/kc-guarded.html';
const GUARDED_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>guarded</title>
<link rel="icon" href="data:,"></head><body><main><h1>A page that asks before you leave</h1>
<kratom-check data-exit-url="https://leave.example/exit"></kratom-check></main>
<script src="/www/kc-guard.js"></script><script src="/dist/kratom-check.js" defer></script></body></html>`;

test('with a host "leave site?" guard: quick exit wipes at once; kept on the page, the widget says how to leave; confirmed, it leaves', async () => {
  await withPage(browser, 'exit-guarded', GUARDED, {
    init: captureMemory,
    route: async (page) => {
      await page.route(`${BASE}${GUARDED}`, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: GUARDED_HTML }));
      await page.route(`${BASE}/www/kc-guard.js`, (r) => r.fulfill({
        status: 200, contentType: 'text/javascript',
        body: "addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = ''; });",
      }));
      await page.route('https://leave.example/**', (r) => r.fulfill(NEUTRAL_PAGE));
    },
  }, async ({ page, errors }) => {
    const widget = await typePlan(page);
    // The person stays ("Cancel" in the browser's question).
    const asked = [];
    page.once('dialog', (d) => { asked.push(d.type()); d.dismiss(); });
    await widget.locator('.kc-exit-button').click();
    const stuck = widget.locator('.kc-exit-stuck[role=alert]');
    await stuck.waitFor({ timeout: TIMEOUT });
    assert.deepEqual(asked, ['beforeunload']);
    assert.equal(page.url(), `${BASE}${GUARDED}`);
    assert.match(await stuck.innerText(), /still open.*close this tab/i);
    assert.equal(await moved(widget, 'plan'), 'start', 'the answers are gone');
    assert.equal(await copiesInMemory(page, SECRET), 0, 'and so is the typed text');
    // Pressed again and confirmed ("Leave"): it leaves.
    page.once('dialog', (d) => d.accept());
    await widget.locator('.kc-exit-button').click();
    await page.waitForURL('https://leave.example/exit', { timeout: TIMEOUT });
    assert.deepEqual(errors, []);
  });
});
