// The pseudo-locales at 320 px. `qaa` is the English accented and
// about 40 % longer, `qab` the same right to left (test-only languages, never
// shipped: `cargo xtask i18n` writes po/qaa.po and po/qab.po, the feature
// `pseudo` adds them to the language list). Each page of a heavy persona's
// walk, in both voices, is drawn by the widget's own components (Yew's server
// renderer, examples/pseudo_pages.rs) into a shadow root with the widget's
// own stylesheet, in a real Chromium at 320 px, and must show:
// - no text clipped or overflowing (nothing wider than the screen, no box
//   whose text is cut by its own overflow);
// - no plain English (every text with letters came through a language file);
// - in `qab`, a mirrored layout: right-to-left direction, and each heading's
//   and paragraph's first line starting at the right edge of its box.
// Screenshots: target/e2e-artifacts/pseudo-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { launch, snap } from './harness.mjs';

let browser;
let pages;
let css;
before(async () => {
  browser = await launch();
  const out = execFileSync('cargo', ['run', '--quiet', '--features', 'pseudo', '--example', 'pseudo_pages'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  ({ css, pages } = JSON.parse(out));
});
after(async () => { await browser?.close(); });

/** Draws one page's markup into a shadow root, in a `.kc-root` of the
 * default theme with the page's language, as `src/embed.rs` mounts it. */
async function draw(page, html, lang = 'en') {
  await page.setContent('<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"></head>' +
    '<body style="margin:8px"><div id="host"></div></body></html>');
  await page.evaluate(({ css, html, lang }) => {
    const root = document.getElementById('host').attachShadow({ mode: 'open' });
    root.innerHTML = `<style>${css}</style><div class="kc-root kc-theme-auto" lang="${lang}">${html}</div>`;
  }, { css, html, lang });
}

/** What the page shows wrong, measured in the browser. */
function problems(page, rtl) {
  return page.evaluate((rtl) => {
    const root = document.getElementById('host').shadowRoot;
    const out = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    // Shown on screen: not display:none, not hidden, and not the 1-px
    // screen-reader-only pattern (.kc-sr), whose clipping is the point.
    const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' &&
      !el.closest('.kc-sr') && !(el.clientWidth <= 1 && el.clientHeight <= 1);
    for (const el of root.querySelectorAll('*')) {
      if (!shown(el) || el.matches('style, script, input, textarea, select, svg, svg *')) continue;
      const r = el.getBoundingClientRect();
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (own && (r.left < -0.5 || r.right > width + 0.5)) out.push(`off screen: <${el.localName} class="${el.className}"> ${Math.round(r.left)}..${Math.round(r.right)}`);
      const cs = getComputedStyle(el);
      const clips = ['hidden', 'clip'].includes(cs.overflowX) || cs.textOverflow === 'ellipsis';
      if (own && clips && el.scrollWidth > el.clientWidth + 1) out.push(`text cut: <${el.localName} class="${el.className}"> ${el.scrollWidth} > ${el.clientWidth}`);
      // Plain English: a text node with ASCII letters and no accented letter.
      for (const n of el.childNodes) {
        if (n.nodeType !== 3) continue;
        const t = n.textContent.trim();
        const words = t.split(/[^\p{L}\p{N}]+/u).filter((w) => /[A-Za-z]/.test(w) && !/^[A-Z0-9]+$/.test(w));
        const names = ['English', 'Español'];
        if (words.length && !/[^\x00-\x7F]/.test(t.replace(/[\u202A-\u202E]/g, '')) && !names.includes(t)) out.push(`plain English: "${t}"`);
      }
    }
    // Mirroring: the widget runs right to left, and each heading's and
    // paragraph's first line starts at its box's inline start.
    const kc = root.querySelector('.kc');
    const dir = getComputedStyle(kc).direction;
    if (dir !== (rtl ? 'rtl' : 'ltr')) out.push(`direction ${dir}`);
    let checked = 0;
    for (const el of root.querySelectorAll('h1, h2, h3, legend, p')) {
      if (!shown(el) || !el.textContent.trim() || getComputedStyle(el).textAlign === 'center') continue;
      const range = document.createRange();
      range.selectNodeContents(el);
      const first = range.getClientRects()[0];
      if (!first) continue;
      const box = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      const start = rtl ? box.right - parseFloat(cs.paddingRight) - parseFloat(cs.borderRightWidth) : box.left + parseFloat(cs.paddingLeft) + parseFloat(cs.borderLeftWidth);
      const edge = rtl ? first.right : first.left;
      if (Math.abs(edge - start) > 2) out.push(`not at the ${rtl ? 'right' : 'left'}: <${el.localName}> "${el.textContent.trim().slice(0, 30)}" ${Math.round(edge)} vs ${Math.round(start)}`);
      checked += 1;
    }
    if (checked < 2) out.push(`only ${checked} headings or paragraphs to check`);
    return out;
  }, rtl);
}

test('the pseudo-locales exist and are drawn in both voices, every page', () => {
  assert.ok(pages.length >= 28, `${pages.length} pages`);
  assert.deepEqual([...new Set(pages.map((p) => p.lang))], ['qaa', 'qab']);
  for (const p of pages) assert.ok(p.html.includes(`lang="${p.lang}"`), p.name);
  assert.ok(pages.filter((p) => p.dir === 'rtl').every((p) => p.html.includes('dir="rtl"')));
});

test('at 320 px no pseudo-locale page clips, overflows, shows plain English or fails to mirror', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const found = [];
  for (const p of pages) {
    await draw(page, p.html, p.lang);
    for (const problem of await problems(page, p.dir === 'rtl')) found.push(`${p.name}: ${problem}`);
    await snap(page, `pseudo-${p.name}-320`);
  }
  await context.close();
  assert.deepEqual(found, []);
});

test('the checks can fail: English markup in a pseudo page and a left-to-right page claimed as right to left are caught', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const qaa = pages.find((p) => p.name === 'qaa-self-result');
  await draw(page, `${qaa.html}<p>Hard coded words</p>`);
  const found = await problems(page, true);
  assert.ok(found.some((f) => f.includes('plain English: "Hard coded words"')), found.join('\n'));
  assert.ok(found.some((f) => f.startsWith('direction ltr')), found.join('\n'));
  assert.ok(found.some((f) => f.startsWith('not at the right')), found.join('\n'));
  await context.close();
});
