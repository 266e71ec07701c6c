// No referrer, no cookies. Quick exit (from the widget and
// from the painted start page) reaches the exit site with no Referer, even on
// a host page whose own policy would send its full address; the language
// switch fetches its pack with no cookie and no Referer. Each check has a
// control that shows the same recording does see a Referer or a cookie when
// one is sent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, waitForReady, chooseSelfAndContinue, NEUTRAL_PAGE, BASE, TIMEOUT } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A host page whose own policy sends its full address everywhere. */
const HOST = '/kc-referrer-host.html?case=kratom';
const HOST_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
<meta name="referrer" content="unsafe-url"><link rel="icon" href="data:,"></head><body><main>
<p><a id="control" href="https://leave.example/control">an ordinary link</a></p>
<kratom-check data-exit-url="https://leave.example/exit"></kratom-check>
</main><script src="/dist/kratom-check.js" defer></script></body></html>`;

/** Serves the host page; answers https://leave.example/* and records each request's headers. */
function routes(seen, { holdWasm } = {}) {
  return async (page) => {
    await page.route(`${BASE}/kc-referrer-host.html*`,
      (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: HOST_HTML }));
    await page.route('https://leave.example/**', async (r) => {
      seen.push({ url: r.request().url(), headers: await r.request().allHeaders() });
      return r.fulfill(NEUTRAL_PAGE);
    });
    if (holdWasm) await page.route('**/dist/kratom-check_bg.wasm', (r) => holdWasm.then(() => r.continue()));
  };
}

async function arrived(page, seen, path) {
  await page.waitForURL(`https://leave.example${path}`, { timeout: TIMEOUT });
  const hit = seen.find((s) => new URL(s.url).pathname === path);
  assert.ok(hit, `a request for ${path}`);
  return hit.headers;
}

test('control: on this host page an ordinary link sends the full page address as Referer', async () => {
  const seen = [];
  await withPage(browser, 'referrer-control', HOST, { route: routes(seen) }, async ({ page }) => {
    await page.click('#control');
    const headers = await arrived(page, seen, '/control');
    assert.equal(headers.referer, `${BASE}${HOST}`);
  });
});

test('quick exit from the widget sends no Referer (button, and Escape twice)', async () => {
  for (const how of ['button', 'escape']) {
    const seen = [];
    await withPage(browser, `referrer-exit-${how}`, HOST, { route: routes(seen) }, async ({ page, errors }) => {
      const widget = page.locator('kratom-check');
      if (how === 'button') {
        await widget.locator('.kc-exit-button').click();
      } else {
        await widget.locator('input[name=who][value=self]').focus();
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
      }
      const headers = await arrived(page, seen, '/exit');
      assert.equal(headers.referer, undefined, JSON.stringify(headers));
      assert.deepEqual(errors, []);
    });
  }
});

test('quick exit after a page change (the widget\'s history entries come off first) still sends no Referer', async () => {
  const seen = [];
  await withPage(browser, 'referrer-exit-after-history', HOST, { route: routes(seen) }, async ({ page, errors }) => {
    const widget = page.locator('kratom-check');
    await chooseSelfAndContinue(widget);
    // The page change added the widget's own entry: the exit has history to unwind.
    await page.waitForFunction(() => history.state && history.state.depth === 1, null, { timeout: TIMEOUT });
    await widget.locator('.kc-exit-button').click();
    const headers = await arrived(page, seen, '/exit');
    assert.equal(headers.referer, undefined, JSON.stringify(headers));
    assert.deepEqual(errors, []);
  });
});

test('quick exit from the painted start page (before the wasm is in) sends no Referer', async () => {
  const seen = [];
  let release;
  const holdWasm = new Promise((r) => { release = r; });
  try {
    await withPage(browser, 'referrer-exit-painted', HOST, { waitReady: false, route: routes(seen, { holdWasm }) },
      async ({ page }) => {
        const painted = page.locator('kratom-check [data-kratom-check-prerender]');
        await painted.waitFor({ timeout: TIMEOUT });
        assert.equal(await page.locator('kratom-check[data-kratom-check-ready]').count(), 0, 'the widget is not in yet');
        await painted.locator('.kc-exit-button').click();
        const headers = await arrived(page, seen, '/exit');
        assert.equal(headers.referer, undefined, JSON.stringify(headers));
      });
  } finally {
    release();
  }
});

test('the language switch fetches its pack with no cookie and no Referer (the start files carry the page\'s cookie)', async () => {
  const requests = [];
  await withPage(browser, 'referrer-pack', '/?kc=referrer', {
    waitReady: false,
    route: async (page) => {
      await page.context().addCookies([{ name: 'kc_probe', value: 'yes', url: BASE }]);
      page.on('request', (req) => requests.push(req));
    },
  }, async ({ page, context }) => {
    await waitForReady(page);
    const headersOf = async (suffix) => {
      const req = requests.find((r) => r.url().endsWith(suffix));
      assert.ok(req, `a request for ${suffix}`);
      return req.allHeaders();
    };
    // Control: the start files are fetched as the snippet's preloads are (same-origin credentials).
    const wasm = await headersOf('/dist/kratom-check_bg.wasm');
    assert.match(wasm.cookie || '', /kc_probe=yes/, JSON.stringify(wasm));
    await page.locator('kratom-check').locator('.kc-lang').click();
    await page.waitForFunction(() => document.querySelector('kratom-check').shadowRoot.querySelector('.kc-root').getAttribute('lang') === 'es',
      null, { timeout: TIMEOUT });
    const pack = await headersOf('/dist/kratom-check.es.pack');
    assert.equal(pack.cookie, undefined, JSON.stringify(pack));
    assert.equal(pack.referer, undefined, JSON.stringify(pack));
    await context.clearCookies();
  });
});
