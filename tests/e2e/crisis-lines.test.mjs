// Crisis lines and helplines outside the US (care guide v3 §8): the 988
// Lifeline by name with its text link and Spanish route; any other crisis
// line named neutrally, with a text link only from data-crisis-text; SAMHSA
// and Poison Help only in the US default set; a clinic's own helpline and
// poison line in any set; a bad value warns and leaves its line out. Every
// link carries data-resource, and a line that is not shown is absent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, waitForReady, consoleSettled, ours } from './harness.mjs';
import { walk } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const FALLBACK = '<div class="kc-fallback"><p>Could not start. Call your emergency number.</p></div>';

/** Mounts one element with `attrs` on the blank page; returns its locator. */
async function mountWith(page, attrs) {
  await page.waitForFunction(() => !!window.KratomCheck);
  const html = Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ');
  await page.evaluate((html) => {
    const t = document.createElement('template');
    t.innerHTML = html; // test page only
    document.querySelector('main').append(t.content);
  }, `<kratom-check ${html}>${FALLBACK}</kratom-check>`);
  await waitForReady(page);
  return page.locator('kratom-check').first();
}

const RESOURCES = ['emergency', 'crisis', 'crisis_text', 'helpline', 'poison'];

/** The emergency links in `scope` (a CSS selector inside the shadow root),
 * one per resource, in the order of the list above (on the urgent page the
 * first-aid lines carry some of them, the resources list the rest). */
async function links(widget, scope) {
  const all = await widget.evaluate((el, scope) => [...el.shadowRoot.querySelectorAll(`${scope} a[data-resource]`)]
    .map((a) => ({ resource: a.getAttribute('data-resource'), href: a.getAttribute('href'), text: a.textContent })),
  scope);
  const one = RESOURCES.map((r) => all.filter((l) => l.resource === r));
  for (const [i, same] of one.entries()) {
    assert.equal(new Set(same.map((l) => l.href)).size <= 1, true, `${RESOURCES[i]} links go to one number`);
  }
  return one.filter((same) => same.length).map((same) => same[0]);
}

const SUICIDE = { who: 'self', urgent_now: ['suicide'] };

test('the US default set: 988 by name with a text link, SAMHSA and Poison Help', async () => {
  await withPage(browser, 'crisis-us', '/www/blank.html', { waitReady: false }, async ({ page, errors }) => {
    const widget = await mountWith(page, {});
    await walk(widget, SUICIDE, { stopAt: 'urgent' });
    const shown = await links(widget, '[data-urgent]');
    assert.deepEqual(shown.map((l) => l.resource), ['emergency', 'crisis', 'crisis_text', 'helpline', 'poison']);
    assert.deepEqual(shown.map((l) => l.href), ['tel:911', 'tel:988', 'sms:988', 'tel:18006624357', 'tel:18002221222']);
    assert.match(shown[1].text, /988.*Suicide & Crisis Lifeline/);
    assert.deepEqual(errors, []);
  });
});

test('Spanish: the Lifeline with its Spanish route (press 2, text AYUDA)', async () => {
  await withPage(browser, 'crisis-us-es', '/www/blank.html', { waitReady: false }, async ({ page, errors }) => {
    const widget = await mountWith(page, { 'data-lang': 'es' });
    await walk(widget, SUICIDE, { stopAt: 'urgent' });
    const shown = await links(widget, '[data-urgent]');
    const crisis = shown.find((l) => l.resource === 'crisis');
    const text = shown.find((l) => l.resource === 'crisis_text');
    assert.match(crisis.text, /marque 2/);
    assert.match(text.text, /AYUDA/);
    assert.equal(text.href, 'sms:988');
    assert.deepEqual(errors, []);
  });
});

for (const lang of ['en', 'es']) {
  test(`another crisis line (${lang}): a neutral name, no text link, no US-only lines, no 988 route`, async () => {
    await withPage(browser, `crisis-other-${lang}`, '/www/blank.html', { waitReady: false }, async ({ page, errors, warnings }) => {
      const widget = await mountWith(page, { 'data-lang': lang, 'data-emergency-number': '000', 'data-crisis-line': '131114' });
      await walk(widget, SUICIDE, { stopAt: 'urgent' });
      const shown = await links(widget, '[data-urgent]');
      assert.deepEqual(shown.map((l) => [l.resource, l.href]), [['emergency', 'tel:000'], ['crisis', 'tel:131114']],
        'no crisis_text, helpline or poison link at all');
      const crisis = shown[1].text;
      assert.match(crisis, lang === 'en' ? /crisis line/ : /línea de crisis/);
      for (const us of [/988/, /Lifeline/, /AYUDA/, /marque 2/, /SAMHSA/, /1-800/]) {
        assert.doesNotMatch(crisis, us);
      }
      // The banner on the next page says the same.
      await widget.locator('[data-urgent] button.kc-button').click();
      await widget.locator('.kc-urgent-banner').waitFor();
      const banner = await links(widget, '.kc-urgent-banner');
      assert.deepEqual(banner.map((l) => [l.resource, l.href]), [['emergency', 'tel:000'], ['crisis', 'tel:131114']]);
      assert.deepEqual(warnings.filter((w) => w.includes('kratom-check')), []);
      assert.deepEqual(errors, []);
    });
  });
}

test("the clinic's own text number, helpline and poison line show in any set, named neutrally", async () => {
  await withPage(browser, 'crisis-own', '/www/blank.html', { waitReady: false }, async ({ page, errors }) => {
    const widget = await mountWith(page, {
      'data-emergency-number': '000',
      'data-crisis-line': '131114',
      'data-crisis-text': '0477131114',
      'data-helpline': '1800 250 015',
      'data-poison-line': '13 11 26',
    });
    await walk(widget, SUICIDE, { stopAt: 'urgent' });
    const shown = await links(widget, '[data-urgent]');
    assert.deepEqual(shown.map((l) => [l.resource, l.href]), [
      ['emergency', 'tel:000'], ['crisis', 'tel:131114'], ['crisis_text', 'sms:0477131114'],
      ['helpline', 'tel:1800250015'], ['poison', 'tel:131126'],
    ]);
    assert.match(shown[2].text, /^Text 0477131114/);
    assert.match(shown[3].text, /^Substance use helpline: 1800 250 015/);
    assert.match(shown[4].text, /^Poison help line: 13 11 26/);
    for (const l of shown) assert.doesNotMatch(l.text, /988|Lifeline|SAMHSA|1-800/);
    assert.deepEqual(errors, []);
  });
});

test('bad data-crisis-text, data-helpline, data-poison-line: one warning each, and the line is left out', async () => {
  await withPage(browser, 'crisis-bad', '/www/blank.html', { waitReady: false }, async (rec) => {
    const { page, errors, warnings } = rec;
    const attrs = { 'data-crisis-text': 'text-me', 'data-helpline': 'call SAMHSA', 'data-poison-line': 'ask us' };
    const widget = await mountWith(page, attrs);
    await page.waitForFunction(() => document.querySelector('kratom-check').hasAttribute('data-kratom-check-ready'));
    await consoleSettled(rec);
    const w = ours(warnings);
    assert.equal(w.length, 3, JSON.stringify(w));
    for (const [name, using] of [['data-crisis-text', 'no text link'], ['data-helpline', 'no helpline'],
      ['data-poison-line', 'no poison line']]) {
      assert.equal(w.filter((t) => t.includes(` ${name} (`) && t.endsWith(`using ${using}`)).length, 1, name);
    }
    await walk(widget, SUICIDE, { stopAt: 'urgent' });
    const shown = await links(widget, '[data-urgent]');
    // 988 keeps its own text link; the refused helpline and poison line are
    // absent even in the US default set.
    assert.deepEqual(shown.map((l) => [l.resource, l.href]),
      [['emergency', 'tel:911'], ['crisis', 'tel:988'], ['crisis_text', 'sms:988']]);
    assert.deepEqual(errors, []);
  });
});

test('mount options: crisisText, helpline and poisonLine are read and validated like the attributes', async () => {
  await withPage(browser, 'crisis-mount', '/www/blank.html', { waitReady: false }, async (rec) => {
    const { page, errors, warnings } = rec;
    await page.waitForFunction(() => !!window.KratomCheck);
    await page.evaluate(() => {
      const el = document.createElement('div');
      el.id = 'spa';
      document.querySelector('main').append(el);
      window.KratomCheck.mount(el, { crisisLine: '741741', crisisText: '741741', helpline: '+1 (555) 010-0199', poisonLine: 'x' });
    });
    await waitForReady(page, '#spa');
    await consoleSettled(rec);
    assert.deepEqual(ours(warnings), ['kratom-check id="spa": ignoring poisonLine (only digits, spaces and + - ( ) are allowed); using no poison line']);
    const widget = page.locator('#spa');
    await walk(widget, SUICIDE, { stopAt: 'urgent' });
    const shown = await links(widget, '[data-urgent]');
    assert.deepEqual(shown.map((l) => [l.resource, l.href]),
      [['emergency', 'tel:911'], ['crisis', 'tel:741741'], ['crisis_text', 'sms:741741'], ['helpline', 'tel:+15550100199']]);
    assert.deepEqual(errors, []);
  });
});
