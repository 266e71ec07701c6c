// "Show a code for your clinic": the QR code on the result page,
// screenshotted and read by a decoder that is not ours (Debian's zbarimg),
// holds the same digits as `data-handoff-code` and as `assess --code` for the
// same answers; focus moves to the code and back; Start over and quick exit
// take it away; loved-one and clinic gating; the printed summary carries it
// (read back from the PDF's pixels); no request and no storage throughout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, withPage, storage, EMPTY_STORAGE, axe, cspReport, snap, widgetOf, showCode, QR, QR_WASM, BASE, TIMEOUT } from './harness.mjs';
import { walk, moved, assess, PERSONAS } from './journey.mjs';
import { servePage } from './test-page.mjs';

const ARTIFACTS = process.env.KC_ARTIFACTS || 'target/e2e-artifacts';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** `assess --code=DAY` for `answers`: the engine's code, outside the browser. */
function assessCode(answers, day) {
  const [cmd, args] = process.env.KC_ASSESS
    ? [process.env.KC_ASSESS, [`--code=${day}`]]
    : ['cargo', ['run', '--locked', '--quiet', '--example', 'assess', '--', `--code=${day}`]];
  return execFileSync(cmd, args, { input: JSON.stringify(answers), encoding: 'utf8', timeout: 300_000 }).trim();
}

/** What zbarimg reads in the image at `path` (one symbol expected). */
function zbar(path) {
  return execFileSync('zbarimg', ['--quiet', '--raw', path], { encoding: 'utf8' }).trim();
}

/** The device's day as the widget writes it (local time, YYYY-MM-DD). */
const deviceDay = (page) => page.evaluate(() => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
});

/** Which element of the widget has focus: its tag and text. */
const focused = (widget) => widget.evaluate((el) => {
  const a = el.shadowRoot.activeElement;
  return a ? { tag: a.tagName.toLowerCase(), text: a.textContent.trim(), show: a.hasAttribute('data-handoff-show') } : null;
});

test('the QR code on the result page reads back as data-handoff-code and as assess --code; focus moves to it and back', async () => {
  await withPage(browser, 'handoff-result', '/', {}, async (rec) => {
    const { page, requests, foreign, errors } = rec;
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.taper);
    const mark = requests.length;
    // Offered, described, and no code in the page until asked for.
    assert.equal(await widget.locator('[data-handoff-show]').count(), 1);
    assert.match(await widget.locator('#kc-handoff-hint').innerText(), /nothing you typed/i);
    assert.equal(await widget.locator('[data-handoff-code], .kc-qr').count(), 0);

    await widget.locator('[data-handoff-show]').focus();
    await page.keyboard.press('Enter');
    await widget.locator(QR).waitFor({ timeout: TIMEOUT });
    const code = await widget.locator('[data-handoff-code]').getAttribute('data-handoff-code');
    assert.match(code, /^KC1\d{50}$/);
    assert.deepEqual(await focused(widget), { tag: 'h3', text: 'A code for the clinic', show: false });
    // The digits under the code are the same digits, in groups for typing.
    const digits = await widget.locator('.kc-handoff-digits').innerText();
    assert.equal(digits.replace(/\s/g, ''), code);
    assert.match(digits, /^KC1( \d{4}){12} \d{2}$/);
    // The engine outside the browser makes the same code for the same answers and day.
    assert.equal(code, assessCode(PERSONAS.taper, await deviceDay(page)));

    // A decoder that is not ours reads the on-screen QR code, at phone and desktop widths.
    for (const width of [320, 375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const qr = widget.locator(QR);
      await qr.scrollIntoViewIfNeeded();
      const box = await qr.boundingBox();
      // 33 modules with the quiet zone, at least 6 px each: a phone camera reads it at arm's length.
      assert.ok(box.width >= 33 * 6 && Math.abs(box.width - box.height) < 1, `${width}px: ${box.width}×${box.height}`);
      const path = join(ARTIFACTS, `handoff-qr-${width}.png`);
      await qr.screenshot({ path });
      assert.equal(zbar(path), code, `zbarimg at ${width}px`);
      await widget.locator('.kc-handoff-panel').screenshot({ path: join(ARTIFACTS, `handoff-panel-${width}.png`) });
    }
    await snap(page, 'handoff-result-1280');
    assert.deepEqual(await axe(page), [], 'axe with the code shown');

    // One press hides it; focus goes back to the button.
    await widget.locator('[data-handoff-hide]').click();
    await widget.locator('[data-handoff-show]').waitFor({ timeout: TIMEOUT });
    assert.equal(await widget.locator('[data-handoff-code], .kc-qr').count(), 0);
    assert.equal((await focused(widget)).show, true, 'focus is back on the button');
    // Shown again: drawn at once from the part already here.
    await showCode(widget);

    assert.deepEqual(foreign, []);
    // Only the test's own axe-core script (the harness's, served from the same
    // origin), and the QR code's part, once, when the code first showed.
    const made = requests.slice(mark).map((r) => r.url).filter((u) => !u.startsWith(`${BASE}/__harness/`));
    assert.deepEqual(made, [QR_WASM], 'one request, for the QR part, while the code shows');
    assert.deepEqual(await storage(rec), EMPTY_STORAGE);
    assert.deepEqual(errors, []);
  });
});

// The whole hand-off, as a front desk meets it: the person's screen, a
// decoder that is not ours, the clinic's reader page.
test('the QR code read off the screen by zbarimg, typed into reader.html, gives the level, confidence and reasons of assess', async () => {
  for (const name of ['residential', 'detox']) {
    const answers = PERSONAS[name];
    let digits;
    await withPage(browser, `handoff-chain-${name}`, '/', {}, async ({ page }) => {
      const widget = widgetOf(page);
      await walk(widget, answers);
      await showCode(widget);
      const path = join(ARTIFACTS, `handoff-chain-${name}.png`);
      await widget.locator(QR).screenshot({ path });
      digits = zbar(path);
    });
    assert.match(digits, /^KC1\d{50}$/);
    await withPage(browser, `handoff-chain-reader-${name}`, '/dist/reader.html', { waitReady: false }, async ({ page, errors }) => {
      await page.waitForSelector('html[data-reader-ready]', { timeout: TIMEOUT });
      await page.fill('input[name=code]', digits);
      await page.press('input[name=code]', 'Enter');
      await page.waitForFunction(() => document.getElementById('status').dataset.state === 'ok', null, { timeout: TIMEOUT });
      const read = await page.evaluate(() => {
        const box = document.querySelector('[data-care-level]');
        return {
          care_level: box.getAttribute('data-care-level'),
          confidence: box.getAttribute('data-confidence'),
          reasons: [...document.querySelectorAll('[data-reason]')].map((n) => n.getAttribute('data-reason')),
          mismatch: document.getElementById('result-check').getAttribute('data-mismatch'),
        };
      });
      const a = assess(answers);
      assert.deepEqual(read, {
        care_level: a.care_level,
        confidence: a.confidence,
        reasons: a.reasons.map((r) => r.id),
        // No flag: the result the code carries is this release's re-run.
        mismatch: null,
      }, name);
      assert.deepEqual(errors, []);
    });
  }
});

// Focus that moves on its own must land where it can be seen (SC 2.4.11):
// the code's heading below the sticky bar, and "Show a code" again after
// Hide, on a small phone and on a desktop screen.
test('the code\'s heading and the button focus returns to are not under the sticky bar, at 320×568 and 1280×720', async () => {
  /** Resolves once `selector` has focus and shows between the sticky bar and the screen's bottom; times out otherwise. */
  const inView = (page, selector) => page.waitForFunction((sel) => {
    const sr = document.querySelector('kratom-check').shadowRoot;
    const f = sr.activeElement;
    if (!f || !f.matches(sel)) return false;
    const bar = [...sr.querySelectorAll('.kc-top, .kc-bar')].find((n) => getComputedStyle(n).position === 'sticky');
    const r = f.getBoundingClientRect();
    return r.top >= bar.getBoundingClientRect().bottom - 0.5 && r.bottom <= window.innerHeight;
  }, selector, { timeout: TIMEOUT });
  for (const viewport of [{ width: 320, height: 568 }, { width: 1280, height: 720 }]) {
    await withPage(browser, `handoff-focus-${viewport.width}`, '/', {}, async ({ page, errors }) => {
      await page.setViewportSize(viewport);
      const widget = widgetOf(page);
      await walk(widget, PERSONAS.taper);
      await widget.locator('[data-handoff-show]').focus();
      await page.keyboard.press('Enter');
      await inView(page, '.kc-handoff-panel h3');
      await widget.locator('[data-handoff-hide]').focus();
      await page.keyboard.press('Enter');
      await inView(page, '[data-handoff-show]');
      assert.deepEqual(errors, []);
    });
  }
});

test('the plan page offers the code too, and Start over takes it away', async () => {
  await withPage(browser, 'handoff-start-over', '/', {}, async ({ page, errors }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.detox);
    await widget.locator('.kc-make-plan').click();
    assert.equal(await moved(widget, 'result'), 'plan');
    const code = await showCode(widget);
    assert.equal(code, assessCode(PERSONAS.detox, await deviceDay(page)));
    await widget.locator('.kc-start-over').click();
    await widget.locator('.kc-confirm .kc-button-danger').click();
    assert.equal(await moved(widget, 'plan'), 'start');
    assert.equal(await widget.locator('[data-handoff-code], .kc-qr, [data-handoff-show]').count(), 0);
    // A new journey starts with the code hidden.
    await walk(widget, PERSONAS.taper);
    assert.equal(await widget.locator('[data-handoff-show]').count(), 1);
    assert.equal(await widget.locator('[data-handoff-code]').count(), 0);
    assert.deepEqual(errors, []);
  });
});

// The QR code's part is its own file (kratom-check.qr.wasm), fetched only
// when a person first asks for a code: like the language switch's pack, with
// no cookie and no Referer; if it cannot come, the digits stand alone.
test('the QR part is fetched once, on the first show, with no cookie and no Referer; when it cannot load the digits stand alone and a later show tries again', async () => {
  const seen = [];
  let refuse = true;
  await withPage(browser, 'handoff-qr-part', '/', {
    route: async (page) => {
      await page.context().addCookies([{ name: 'kc_probe', value: 'yes', url: BASE }]);
      page.on('request', (req) => { if (req.url() === QR_WASM) seen.push(req); });
      await page.route(QR_WASM, (r) => (refuse ? r.fulfill({ status: 404, body: '' }) : r.continue()));
    },
  }, async ({ page, context, errors, warnings }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.taper);
    assert.equal(seen.length, 0, 'nothing fetched before a code is asked for');
    // Refused: the panel says so in place of the picture; the digits are there.
    await widget.locator('[data-handoff-show]').click();
    await widget.locator('.kc-qr-failed').waitFor({ timeout: TIMEOUT });
    const code = await widget.locator('[data-handoff-code]').getAttribute('data-handoff-code');
    assert.match(code, /^KC1\d{50}$/);
    assert.match(await widget.locator('.kc-qr-failed').innerText(), /numbers below/);
    assert.equal(await widget.locator(QR).count(), 0);
    assert.ok(warnings.some((w) => /QR code's part could not load/.test(w)), JSON.stringify(warnings));
    assert.deepEqual(await axe(page), [], 'axe with the picture missing');
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await widget.locator('.kc-handoff-panel').screenshot({ path: join(ARTIFACTS, `handoff-qr-failed-${width}.png`) });
    }
    // Hidden and shown again: tried again, and drawn.
    refuse = false;
    await widget.locator('[data-handoff-hide]').click();
    const tried = seen.length; // the refused try, and the loader's second look that names why
    assert.equal(await showCode(widget), code);
    assert.equal(seen.length, tried + 1, 'one request for the new try');
    for (const req of seen) {
      const headers = await req.allHeaders();
      assert.equal(headers.cookie, undefined, JSON.stringify(headers));
      assert.equal(headers.referer, undefined, JSON.stringify(headers));
    }
    await context.clearCookies();
    assert.deepEqual(errors, []);
  });
});

test('a changed QR part is not run: the loader names the integrity failure and the digits stand alone', async () => {
  const bytes = readFileSync('dist/kratom-check.qr.wasm');
  // One custom section appended: still a valid module that would instantiate.
  const tampered = Buffer.concat([bytes, Buffer.from([0x00, 0x05, 0x04, 0x74, 0x61, 0x6d, 0x70])]);
  assert.equal(WebAssembly.validate(tampered), true);
  await withPage(browser, 'handoff-qr-tampered', '/', {
    route: (page) => page.route(QR_WASM, (r) => r.fulfill({ status: 200, contentType: 'application/wasm', body: tampered })),
  }, async ({ page, errors, warnings }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.taper);
    await widget.locator('[data-handoff-show]').click();
    await widget.locator('.kc-qr-failed').waitFor({ timeout: TIMEOUT });
    assert.match(await widget.locator('[data-handoff-code]').getAttribute('data-handoff-code'), /^KC1\d{50}$/);
    assert.ok(warnings.some((w) => w.includes('kratom-check.qr.wasm does not match the integrity hash built into kratom-check.js')),
      JSON.stringify(warnings));
    assert.equal(await widget.locator(QR).count(), 0);
    assert.deepEqual(errors, []);
  });
});

const GUARDED = '/kc-handoff-guarded.html';
test('quick exit takes the code away at once, even when the page is kept open', async () => {
  await withPage(browser, 'handoff-quick-exit', GUARDED, {
    route: async (page) => {
      await servePage(GUARDED, '<kratom-check data-exit-url="https://leave.example/exit"></kratom-check>',
        '<script src="/www/kc-guard.js"></script>')(page);
      await page.route(`${BASE}/www/kc-guard.js`, (r) => r.fulfill({
        status: 200, contentType: 'text/javascript',
        body: "addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = ''; });",
      }));
    },
  }, async ({ page, errors }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.taper);
    await showCode(widget);
    page.once('dialog', (d) => d.dismiss()); // the person stays on the page
    await widget.locator('.kc-exit-button').click();
    await widget.locator('.kc-exit-stuck[role=alert]').waitFor({ timeout: TIMEOUT });
    assert.equal(await moved(widget, 'result'), 'start');
    assert.equal(await widget.locator('[data-handoff-code], .kc-qr').count(), 0);
    assert.deepEqual(errors, []);
  });
});

const gated = (attr) => `/kc-handoff-${attr || 'default'}.html`;
for (const [attr, persona, offered] of [
  ['', 'lovedOne', false],
  ['everyone', 'lovedOne', true],
  ['off', 'taper', false],
  ['self', 'taper', true],
]) {
  test(`data-handoff="${attr}" with the ${persona} persona: ${offered ? 'offered' : 'not offered'}`, async () => {
    const el = attr ? `<kratom-check data-handoff="${attr}"></kratom-check>` : '<kratom-check></kratom-check>';
    await withPage(browser, `handoff-gate-${attr || 'default'}-${persona}`, gated(attr), { route: servePage(gated(attr), el) },
      async ({ page, errors, warnings }) => {
        const widget = widgetOf(page);
        await walk(widget, PERSONAS[persona]);
        assert.equal(await widget.locator('[data-handoff-show]').count(), offered ? 1 : 0, 'result page');
        await widget.locator('.kc-make-plan').click();
        await moved(widget, 'result');
        assert.equal(await widget.locator('[data-handoff-show]').count(), offered ? 1 : 0, 'plan page');
        if (offered && persona === 'lovedOne') {
          assert.match(await widget.locator('[data-handoff-show]').innerText(), /their clinic/);
          const code = await showCode(widget);
          assert.equal(code, assessCode(PERSONAS.lovedOne, await deviceDay(page)));
        }
        assert.deepEqual([warnings, errors], [[], []]);
      });
  });
}

test('the printed summary carries the code once it is shown: read back from the PDF\'s pixels, within two pages', async () => {
  await withPage(browser, 'handoff-print', '/www/trusted-types.html', {}, async (rec) => {
    const { page, errors } = rec;
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.taper);
    const expected = assessCode(PERSONAS.taper, await deviceDay(page));
    // Not shown: the printed summary has no code.
    await page.emulateMedia({ media: 'print' });
    await widget.locator('.kc-sheet').waitFor({ state: 'attached', timeout: TIMEOUT });
    assert.equal(await widget.locator('.kc-sheet-handoff, .kc-sheet-handoff-line').count(), 0, 'no code on paper unless shown');
    await page.emulateMedia({ media: 'screen' });
    await widget.locator('.kc-sheet').waitFor({ state: 'detached', timeout: TIMEOUT });
    // Shown: the same code on paper.
    assert.equal(await showCode(widget), expected);
    await page.emulateMedia({ media: 'print' });
    await widget.locator('.kc-sheet-handoff').waitFor({ state: 'attached', timeout: TIMEOUT });
    const pdf = join(ARTIFACTS, 'handoff-print.pdf');
    await writeFile(pdf, await page.pdf({ format: 'A4' }));
    await page.emulateMedia({ media: 'screen' });
    await widget.locator('.kc-sheet-handoff').waitFor({ state: 'detached', timeout: TIMEOUT });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
    assert.ok(pages <= 2, `${pages} pages`);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    assert.ok(text.replace(/\s/g, '').includes(expected), 'the digits are on paper');
    // The first page as pixels (what a phone camera sees on paper), read by zbarimg.
    const png = join(ARTIFACTS, 'handoff-print');
    execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
    assert.equal(zbar(`${png}.png`), expected);
    const csp = await cspReport(rec);
    assert.deepEqual([csp.violations, csp.consoleErrors], [[], []], 'no violation under Trusted Types');
    assert.deepEqual(errors, []);
  });
});
