// One case table (tests/option-cases.json) for the embed
// options, run natively on the widget's checks (src/embed/attrs.rs) and here
// on both surfaces in the browser, with the browser's own URL parser: the
// loader's painted start page (before the wasm) and the widget. The painted
// page paints only what it is sure the widget uses, else waits for it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, withPage, BASE, ORIGIN, TIMEOUT } from './harness.mjs';

const { cases } = JSON.parse(readFileSync('tests/option-cases.json', 'utf8'));
// The options the painted page reads, and how each surface shows the value in effect.
const PAINTED = ['lang', 'theme', 'accent', 'exitUrl', 'quickExitKeys'];
const key = (name) => (name.startsWith('data-')
  ? name.slice(5).replace(/-([a-z])/g, (_, c) => c.toUpperCase()) : name);

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The cases for one `<html lang>` (absent: no lang attribute), on one test page. */
const pages = new Map();
cases.forEach((c, i) => {
  const page = c.page ?? null;
  if (!pages.has(page)) pages.set(page, []);
  pages.get(page).push({ ...c, i, key: key(c.option) });
});

function route(path, lang) {
  const html = `<!doctype html><html${lang === null ? '' : ` lang="${lang}"`}><head><meta charset="utf-8">
<title>option cases</title><link rel="icon" href="/www/favicon.svg"></head><body><main><h1>cases</h1>
<div id="anchor-en" data-lang="en"></div><div id="anchor-es" data-lang="es"></div>
${pages.get(lang).map((c) => `<div id="case-${c.i}"></div>`).join('\n')}
</main><script src="/dist/kratom-check.js" defer></script></body></html>`;
  return async (page) => {
    await page.route(`${BASE}${path}`, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    // Quick exit's navigation is answered 204 No Content: recorded, and the page stays.
    await page.route((u) => u.origin !== ORIGIN, (r) => {
      if (!r.request().isNavigationRequest()) return r.fallback();
      page.__onNav?.(r.request().url());
      return r.fulfill({ status: 204 });
    });
  };
}

/** Mounts every case (attribute or mount() option, never both), then the two anchors. */
function mountAll(page, list) {
  return page.evaluate((list) => {
    for (const c of list) {
      const el = document.getElementById(`case-${c.i}`);
      const opts = {};
      if (c.option.startsWith('data-')) el.setAttribute(c.option, c.value);
      else opts[c.option] = c.value;
      window.KratomCheck.mount(el, opts);
    }
    window.KratomCheck.mount(document.getElementById('anchor-en'));
    window.KratomCheck.mount(document.getElementById('anchor-es'));
  }, list);
}

/** Facts about the widget (or painted page) shown in `#id`. */
function shown(page, id, painted) {
  return page.evaluate(([id, painted]) => {
    const sr = document.getElementById(id).shadowRoot;
    const root = sr && [...sr.querySelectorAll('.kc-root')].find((r) => r.hasAttribute('data-kratom-check-prerender') === painted);
    if (!root) return null;
    return {
      lang: root.getAttribute('lang'),
      theme: (/kc-theme-(\w+)/.exec(root.className) || [])[1],
      accent: getComputedStyle(root).getPropertyValue('--kc-accent').trim(),
      quickExitKeys: sr.getElementById('kc-exit-hint') ? 'on' : 'off',
    };
  }, [id, painted]);
}

/** Clicks quick exit in `#id`; resolves with the URL the page navigated to. */
async function exitOf(page, id) {
  let timer;
  const nav = new Promise((resolve, reject) => {
    page.__onNav = resolve;
    timer = setTimeout(() => reject(new Error(`no navigation from #${id}`)), TIMEOUT);
  });
  await page.locator(`#${id} .kc-exit-button`).click();
  try { return await nav; } finally { clearTimeout(timer); page.__onNav = null; }
}

/** A URL as a request carries it: without its fragment. */
const sent = (url) => url.split('#')[0];

for (const [lang, list] of pages) {
  const where = lang === null ? 'no <html lang>' : `<html lang="${lang}">`;

  test(`painted page, ${where}: paints only values the widget uses, else waits (${list.length} cases)`, async () => {
    const r = async (page) => {
      await route('/kc-cases.html', lang)(page);
      // The wasm never comes: what shows is the painted page, or the fallback while it waits.
      await page.route('**/kratom-check_bg.wasm', () => {});
    };
    await withPage(browser, `option-cases-painted-${lang}`, '/kc-cases.html', { waitReady: false, route: r }, async ({ page, errors }) => {
      await page.waitForFunction(() => window.KratomCheck, null, { timeout: TIMEOUT });
      await mountAll(page, list);
      // The anchors are mounted last: once both are painted, every case that paints has painted
      // (one pack fetch per language; its callbacks run in mount order).
      await page.waitForFunction(() => ['anchor-en', 'anchor-es'].every((id) =>
        document.getElementById(id).shadowRoot?.querySelector('[data-kratom-check-prerender]')), null, { timeout: TIMEOUT });
      const builtIn = (await shown(page, 'anchor-en', true)).accent;
      for (const c of list.filter((c) => PAINTED.includes(c.key))) {
        const what = `${c.option}=${JSON.stringify(c.value)} (${where})`;
        const got = await shown(page, `case-${c.i}`, true);
        if (c.painted === 'wait') {
          assert.equal(got, null, `${what}: the page waits for the widget`);
          continue;
        }
        assert.ok(got, `${what}: painted`);
        if (c.key === 'exitUrl') {
          assert.equal(await exitOf(page, `case-${c.i}`), sent(c.painted), `${what}: quick exit goes where the widget's would`);
        } else if (c.key === 'accent') {
          assert.equal(got.accent, builtIn, `${what}: the built-in accent`);
        } else {
          assert.equal(got[c.key], c.painted, what);
        }
      }
      assert.deepEqual(errors, []);
    });
  });

  test(`widget, ${where}: the value in effect and the warnings (${list.length} cases)`, async () => {
    await withPage(browser, `option-cases-widget-${lang}`, '/kc-cases.html', { waitReady: false, route: route('/kc-cases.html', lang) }, async ({ page, errors, warnings }) => {
      await page.waitForFunction(() => window.KratomCheck, null, { timeout: TIMEOUT });
      await mountAll(page, list);
      await page.waitForFunction((n) => document.querySelectorAll('[data-kratom-check-ready]').length === n,
        list.length + 2, { timeout: TIMEOUT });
      const builtIn = (await shown(page, 'anchor-en', false)).accent;
      for (const c of list) {
        const what = `${c.option}=${JSON.stringify(c.value)} (${where})`;
        const mine = warnings.filter((w) => w.startsWith(`kratom-check id="case-${c.i}": `));
        if (c.warns) {
          assert.equal(mine.length, 1, `${what}: one warning ${JSON.stringify(mine)}`);
          assert.ok(mine[0].includes(`: ignoring ${c.option} (`), `${what}: ${mine[0]}`);
        } else {
          assert.deepEqual(mine, [], what);
        }
        if (!PAINTED.includes(c.key)) continue;
        const got = await shown(page, `case-${c.i}`, false);
        if (c.key === 'exitUrl') {
          assert.equal(await exitOf(page, `case-${c.i}`), sent(c.widget), `${what}: quick exit`);
        } else if (c.key === 'accent') {
          assert.equal(got.accent, c.widget ?? builtIn, what);
        } else {
          assert.equal(got[c.key], c.widget, what);
        }
      }
      assert.deepEqual(errors, []);
    });
  });
}
