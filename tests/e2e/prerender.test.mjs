// The painted start page: the loader paints the start page (rendered at dist time
// by the widget's own components, examples/prerender.rs) before the wasm
// arrives; the person can answer and press Start; the widget takes over
// without losing the answer, the focus or the scroll; without the widget the
// page goes and the fallback shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, withPage, waitForReady, fallbackShown, settled, requestsSettled, waitForWarning, TIMEOUT,
} from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Holds the wasm response until `release()` is called: the window before the widget runs. */
function gate() {
  let release;
  const open = new Promise((r) => { release = r; });
  return {
    release: () => release(),
    route: (page) => page.route('**/kratom-check_bg.wasm', async (r) => { await open; await r.continue(); }),
  };
}

/** The shadow root's first .kc-root as tag / attributes / text, minus what only the DOM state says. */
function shape(page) {
  return page.evaluate(() => {
    const walk = (n) => {
      if (n.nodeType === 3) return n.data;
      const attrs = [...n.attributes].map((a) => [a.name, a.value])
        // Yew sets these as properties in the browser (and SSR writes them as attributes);
        // the prerender marker is the loader's own.
        .filter(([k]) => !['value', 'checked', 'data-kratom-check-prerender'].includes(k))
        .sort();
      // Adjacent text nodes merged: Yew's DOM may split a text the server renderer writes as one.
      const children = [];
      for (const c of [...n.childNodes].map(walk)) {
        if (typeof c === 'string' && typeof children[children.length - 1] === 'string') children[children.length - 1] += c;
        else children.push(c);
      }
      return [n.localName, attrs, children.filter((c) => c !== '')];
    };
    const root = document.querySelector('kratom-check').shadowRoot.querySelector('.kc-root');
    return { tree: walk(root), values: [...root.querySelectorAll('input')].map((i) => i.value) };
  });
}

/** The id / tag of the element focused in the widget's shadow root. */
const focused = (page) => page.evaluate(() => {
  const a = document.querySelector('kratom-check').shadowRoot.activeElement;
  return a ? { id: a.id, tag: a.tagName } : null;
});
const countInShadow = (page, sel) => page.evaluate((sel) => document.querySelector('kratom-check').shadowRoot.querySelectorAll(sel).length, sel);

test('the first page is painted before the wasm, and is the widget\'s own rendering', async () => {
  for (const lang of ['en', 'es']) {
    const g = gate();
    await withPage(browser, `prerender-${lang}`, lang === 'es' ? '/www/es.html' : '/', { waitReady: false, route: g.route }, async ({ page, errors, requests }) => {
      await page.waitForFunction(() => document.querySelector('kratom-check').shadowRoot?.querySelector('input[name=who]'), null, { timeout: TIMEOUT });
      assert.equal(await page.evaluate(() => document.querySelector('kratom-check').hasAttribute('data-kratom-check-ready')), false, 'before the widget');
      const painted = await shape(page);
      assert.equal(painted.tree[1].find(([k]) => k === 'lang')[1], lang);
      assert.equal(await page.evaluate(() => document.querySelector('kratom-check').shadowRoot.adoptedStyleSheets.length), 1, 'the stylesheet');
      // Nothing of it in the light DOM, and no request of its own.
      assert.equal(await page.evaluate(() => document.querySelector('kratom-check').querySelectorAll('input, form').length), 0);
      // The host page's own files and the widget's three: the loader, the wasm and this
      // language's pack (painted from it), and no other language's.
      const widgetOwn = requests.map((r) => new URL(r.url).pathname).filter((p) => !/^\/(www\/[\w.-]+)?$/.test(p));
      assert.deepEqual(widgetOwn.sort(), [`/dist/kratom-check.${lang}.pack`, '/dist/kratom-check.js', '/dist/kratom-check_bg.wasm']);
      g.release();
      await waitForReady(page);
      const widget = await shape(page);
      assert.deepEqual(painted, widget, 'the same page, tag for tag, text for text');
      assert.equal(await page.evaluate(() => document.querySelector('kratom-check').shadowRoot.querySelectorAll('.kc-root').length), 1, 'one page after the handover');
      assert.deepEqual(errors, []);
    });
  }
});

test('an answer and a focus given early are kept through the handover, and the scroll too', async () => {
  const g = gate();
  await withPage(browser, 'prerender-handover', '/', { waitReady: false, route: g.route }, async ({ page, errors }) => {
    const widget = page.locator('kratom-check');
    await widget.locator('input[name=who][value=loved_one]').waitFor({ timeout: TIMEOUT });
    await page.evaluate(() => { const d = document.createElement('div'); d.style.height = '3000px'; document.body.append(d); });
    await widget.locator('label[for=kc-who-loved_one]').click();
    await widget.locator('input[name=who][value=loved_one]').focus();
    await page.evaluate(() => window.scrollTo(0, 40));
    const scrollBefore = await page.evaluate(() => window.scrollY);
    g.release();
    await waitForReady(page);
    await settled(page);
    assert.equal(await widget.locator('input[name=who][value=loved_one]').isChecked(), true, 'answer kept');
    assert.equal((await focused(page))?.id, 'kc-who-loved_one', 'focus kept');
    assert.equal(await page.evaluate(() => window.scrollY), scrollBefore, 'scroll kept');
    assert.equal(await countInShadow(page, '[data-kratom-check-prerender]'), 0);
    assert.deepEqual(errors, []);
  });
});

test('Start pressed before the wasm arrives is kept and carried out by the widget', async () => {
  const g = gate();
  await withPage(browser, 'prerender-early-start', '/', { waitReady: false, route: g.route }, async (rec) => {
    const { page, errors, requests } = rec;
    const widget = page.locator('kratom-check');
    const url = page.url();
    await widget.locator('input[name=who][value=self]').check({ timeout: TIMEOUT });
    const mark = requests.length;
    await widget.locator('button[type=submit]').click();
    // A form submission would have asked for a document by the time a fetch started after it is seen.
    await requestsSettled(rec);
    assert.deepEqual(requests.slice(mark).map((r) => r.url), [], 'no form navigation');
    assert.equal(page.url(), url, 'no form navigation');
    assert.equal(await widget.locator('input[name=urgent_now]').count(), 0, 'nothing happens before the widget');
    g.release();
    await waitForReady(page, 'kratom-check');
    await widget.locator('input[name=urgent_now]').first().waitFor({ timeout: TIMEOUT });
    // The widget moved on as if Start had been pressed in it: focus on the new page's heading.
    assert.equal((await focused(page))?.tag, 'H2');
    // Back on the start page, the answer given early is there.
    await widget.locator('.kc-back').first().click();
    await widget.locator('input[name=who][value=self]').waitFor({ timeout: TIMEOUT });
    assert.equal(await widget.locator('input[name=who][value=self]').isChecked(), true);
    assert.deepEqual(errors, []);
  });
});

test('when the wasm never comes, the prerendered page goes and the fallback shows', async () => {
  let release;
  const open = new Promise((r) => { release = r; });
  await withPage(browser, 'prerender-no-wasm', '/', {
    waitReady: false,
    route: (page) => page.route('**/kratom-check_bg.wasm', async (r) => { await open; await r.fulfill({ status: 404, body: 'no' }); }),
  }, async (rec) => {
    const { page } = rec;
    // Painted first, then the wasm's 404.
    await page.locator('kratom-check input[name=who]').first().waitFor({ timeout: TIMEOUT });
    release();
    await waitForWarning(rec, 'could not load');
    const fb = await fallbackShown(page);
    assert.equal(fb.visible, true);
    assert.equal(await countInShadow(page, '.kc-root'), 0);
  });
});

// Escape twice on the painted page, by the widget's rule: the table in quick-exit-keys.test.mjs.

test('with no animation frames (a hidden tab), the widget still takes over from the painted page', async () => {
  // The loader waits for the painted page's frame before mounting, at most 100 ms.
  const init = () => {
    window.requestAnimationFrame = () => 0;
    const seen = setInterval(() => {
      if (document.querySelector('kratom-check')?.shadowRoot?.querySelector('[data-kratom-check-prerender]')) {
        window.__kcPainted = true;
        clearInterval(seen);
      }
    }, 2);
  };
  await withPage(browser, 'prerender-no-frames', '/', { init, waitReady: false }, async ({ page, errors }) => {
    // Polled by timer: Playwright's default polling is by animation frame too.
    await page.waitForFunction(() => document.querySelector('kratom-check').hasAttribute('data-kratom-check-ready'),
      null, { timeout: TIMEOUT, polling: 50 });
    assert.equal(await page.evaluate(() => window.__kcPainted), true, 'the start page was painted first');
    assert.equal(await countInShadow(page, '[data-kratom-check-prerender]'), 0, 'handed over');
    assert.deepEqual(errors, []);
  });
});
