// The result and the plan on a phone: what matters fits the first
// two screens, the plan is its own page, print gives the widget's summary
// and nothing of the host page, the download is made on the device (named
// by the device's date, its Blob URL revoked after ten seconds), typed
// text is never spell-checked, and every control's name stands alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launch, withPage, widgetOf, TIMEOUT } from './harness.mjs';
import { walk, moved, PERSONAS, assess } from './journey.mjs';

const ARTIFACTS = process.env.KC_ARTIFACTS || 'target/e2e-artifacts';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const openPlan = async (widget) => {
  await widget.locator('.kc-make-plan').click();
  assert.equal(await moved(widget, 'result'), 'plan');
};

for (const name of ['taper', 'urgent']) {
  test(`375 px, ${name}: level, reasons, clinic and crisis numbers within two phone screens`, async () => {
    await withPage(browser, `fits-${name}`, '/', {}, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      const widget = widgetOf(page);
      await walk(widget, PERSONAS[name]);
      const m = await widget.evaluate((el) => {
        const sr = el.shadowRoot;
        const top = sr.querySelector('[data-care-level]').getBoundingClientRect().top;
        const bottom = (sel) => {
          const n = sr.querySelector(sel);
          return n ? n.getBoundingClientRect().bottom - top : null;
        };
        return {
          heading: bottom('[data-care-level] h2'),
          // The reasons that set the level, or (urgent, where none does) those also noted.
          reasons: bottom('[data-card="reasons"], [data-card="also-noted"]'),
          clinic: bottom('[data-card="clinic"]'),
          // The first link to each (on an urgent result, inside the first-aid lines).
          crisis: bottom('a[data-resource="crisis"][href="tel:988"]'),
          emergency: bottom('a[data-resource="emergency"][href="tel:911"]'),
        };
      });
      const limit = 1600;
      assert.ok(m.heading < limit, `level at ${m.heading}`);
      if (assess(PERSONAS[name]).reasons.length) assert.ok(m.reasons !== null && m.reasons < limit, `reasons end at ${m.reasons}`);
      if (name !== 'urgent') assert.ok(m.clinic !== null && m.clinic < limit, `clinic contact ends at ${m.clinic}`);
      assert.ok(m.crisis !== null && m.crisis < limit, `988 ends at ${m.crisis}`);
      assert.ok(m.emergency !== null && m.emergency < limit, `911 ends at ${m.emergency}`);
    });
  });
}

test('"Make your plan" is its own page; Back returns to the result and nothing typed is lost', async () => {
  await withPage(browser, 'plan-page', '/', {}, async ({ page }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.detox);
    assert.equal(await widget.locator('.kc-plan').count(), 0, 'the plan is not inline in the result');
    await openPlan(widget);
    await widget.locator('#kc-if-body').fill('my legs ache at night');
    await widget.locator('#kc-sign-2').fill('skipping meals');
    await widget.locator('input[name=kit]').first().check();
    await widget.locator('.kc-back').click();
    assert.equal(await moved(widget, 'plan'), 'result');
    await openPlan(widget);
    assert.equal(await widget.locator('#kc-if-body').inputValue(), 'my legs ache at night');
    assert.equal(await widget.locator('#kc-sign-2').inputValue(), 'skipping meals');
    assert.ok(await widget.locator('input[name=kit]').first().isChecked());
  });
});

test('no typed text is spell-checked or autofilled', async () => {
  await withPage(browser, 'spellcheck', '/', {}, async ({ page }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.detox);
    await openPlan(widget);
    const fields = await widget.evaluate((el) => [...el.shadowRoot.querySelectorAll('input[type=text], textarea')]
      .map((f) => ({ id: f.id, spellcheck: f.spellcheck, autocomplete: f.getAttribute('autocomplete') })));
    assert.ok(fields.length >= 12, `${fields.length} text fields`);
    for (const f of fields) {
      assert.equal(f.spellcheck, false, `${f.id} is spell-checked`);
      assert.equal(f.autocomplete, 'off', `${f.id} autocompletes`);
    }
  });
});

/** Names of the buttons, links and text boxes in the accessibility tree (shadow DOM included). */
async function controlNames(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored && ['button', 'link', 'textbox'].includes(n.role?.value))
    .map((n) => ({ role: n.role.value, name: (n.name?.value || '').trim() }));
}

test('every button, link and text box has a name that stands alone (accessibility tree)', async () => {
  await withPage(browser, 'names', '/', {}, async ({ page }) => {
    const widget = widgetOf(page);
    const checkPage = async (where) => {
      const names = await controlNames(page);
      const widgetNames = names.filter((n) => !/Riverside Recovery$|^Services$|^Visit us$|^Contact$|^\+1-555-0100$/.test(n.name));
      for (const n of widgetNames) assert.notEqual(n.name, '', `${where}: a ${n.role} without a name`);
      const seen = new Map();
      for (const n of widgetNames) seen.set(n.name, (seen.get(n.name) || 0) + 1);
      const twice = [...seen].filter(([, c]) => c > 1).map(([n]) => n);
      assert.deepEqual(twice, [], `${where}: names used twice`);
      return widgetNames.map((n) => n.name);
    };
    await walk(widget, PERSONAS.detox, { stopAt: 'question:products' });
    const back = (await checkPage('question')).filter((n) => /^Back/.test(n));
    assert.deepEqual(back, ['Back'], 'the back link is named "Back", without the arrow');
    await walk(widget, PERSONAS.detox, { stopAt: 'check' });
    await checkPage('check');
    await walk(widget, PERSONAS.detox);
    const result = await checkPage('result');
    assert.ok(result.some((n) => /^Change\s*: \S/.test(n)), `change buttons say what they change: ${result}`);
    await openPlan(widget);
    const plan = await checkPage('plan');
    assert.ok(plan.some((n) => /If/.test(n) && n !== 'If…' && n !== 'If'), `If fields name their trigger: ${plan}`);
  });
});

test('print: the clinic page prints the widget\'s summary and plan, and none of the host page', async () => {
  await withPage(browser, 'print', '/', {}, async ({ page }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.taper);
    const levelName = await widget.locator('.kc-level').evaluate((h) => h.lastChild.textContent.trim());
    await openPlan(widget);
    await widget.locator('#kc-appointment').fill('Tuesday 3 pm with Dr. Ortiz');
    await page.emulateMedia({ media: 'print' });
    const hostText = await page.evaluate(() => document.body.innerText.trim());
    assert.equal(hostText, '', `host page text is hidden in print: ${hostText.slice(0, 80)}`);
    const shown = (sel) => widget.locator(sel).first().evaluate((n) => n.checkVisibility());
    assert.equal(await shown('.kc-exit-button'), false, 'quick exit hidden on paper');
    assert.equal(await shown('.kc-actions'), false, 'buttons hidden on paper');
    assert.equal(await shown('.kc-print'), true, 'the summary is printed');
    const pdfPath = join(ARTIFACTS, 'print-clinic-page.pdf');
    await writeFile(pdfPath, await page.pdf({ format: 'Letter' }));
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    assert.ok(text.length > 500, 'the PDF has the summary');
    assert.ok(text.includes(levelName), `the level "${levelName}" is printed`);
    assert.match(text, /Tuesday 3 pm with Dr\. Ortiz/, 'the plan as edited');
    assert.match(text, /988/);
    for (const host of ['Thinking about your kratom use?', 'Questions? Call us', '100 River Road', 'Services']) {
      assert.ok(!text.includes(host), `host page text "${host}" is not printed`);
    }
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await shown('.kc-actions'), true);
    assert.notEqual(await page.evaluate(() => document.body.innerText.trim()), '', 'the host page is back on screen');
  });
});

test('download makes a file on the device with the level and the plan edits', async () => {
  await withPage(browser, 'download', '/', {}, async ({ page, requests }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.detox);
    await openPlan(widget);
    await widget.locator('#kc-appointment').fill('Call the clinic on Monday');
    const mark = requests.length;
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: TIMEOUT }),
      widget.locator('.kc-actions button').nth(1).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.txt$/);
    assert.doesNotMatch(download.suggestedFilename(), /kratom/i, 'the file name does not name the topic');
    const text = await readFile(await download.path(), 'utf8');
    assert.match(text, /detox/i);
    assert.match(text, /Call the clinic on Monday/);
    assert.match(text, /988/);
    const after = requests.slice(mark).map((r) => r.url).filter((u) => !u.startsWith('blob:'));
    assert.deepEqual(after, [], 'nothing is uploaded');
  });
});

test('the download is named my-plan-<device date>.txt, made from a Blob whose URL is revoked ten seconds after the click', async () => {
  await withPage(browser, 'download-name', '/', {
    // The device's clock says 25 Nov 2026, late in the evening (local time); a
    // fake clock, so the ten seconds before the revoke pass at once.
    clock: { time: new Date(2026, 10, 25, 23, 30) },
    init: () => {
      window.__kcUrls = { created: [], revoked: [] };
      const create = URL.createObjectURL;
      const revoke = URL.revokeObjectURL;
      URL.createObjectURL = function (obj) {
        const u = create.call(URL, obj);
        window.__kcUrls.created.push({ url: u, blob: obj instanceof Blob, type: obj && obj.type });
        return u;
      };
      URL.revokeObjectURL = function (u) { window.__kcUrls.revoked.push(u); return revoke.call(URL, u); };
    },
  }, async ({ page, context, requests }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.taper);
    // Time stands still from here: only runFor moves it.
    await context.clock.pauseAt(new Date(2026, 10, 25, 23, 45));
    const mark = requests.length;
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: TIMEOUT }),
      widget.locator('.kc-actions button').nth(1).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'my-plan-2026-11-25.txt');
    assert.match(await readFile(await download.path(), 'utf8'), /988/);
    const urls = await page.evaluate(() => window.__kcUrls);
    assert.equal(urls.created.length, 1);
    assert.deepEqual([urls.created[0].blob, urls.created[0].type], [true, 'text/plain;charset=utf-8']);
    assert.match(urls.created[0].url, /^blob:/);
    assert.deepEqual(urls.revoked, [], 'not revoked in the click\'s task (that can cancel the download)');
    // runFor fires every timer due by then before it returns.
    await context.clock.runFor(9_999);
    assert.deepEqual(await page.evaluate(() => window.__kcUrls.revoked), [], 'still there just before ten seconds');
    await context.clock.runFor(1);
    assert.deepEqual(await page.evaluate(() => window.__kcUrls.revoked), [urls.created[0].url], 'its Blob URL is revoked at ten seconds');
    assert.deepEqual(requests.slice(mark).map((r) => r.url).filter((u) => !u.startsWith('blob:')), [], 'nothing is uploaded');
  });
});
