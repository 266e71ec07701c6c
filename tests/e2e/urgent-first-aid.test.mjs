// The urgent page of care guide v3 (§8, §9): the first-aid lines for the
// flags that hold come first, each with data-urgent-line, in the order
// `assess`'s rules give (the browser compares with the engine's line ids,
// not with a copy of the table); `call_now` carries the emergency link and
// the crisis lines the crisis link; with `breathing` the naloxone and
// recovery-position lines are on the first phone screen at 375 px, in both
// voices and both languages, under the demo page's intro.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, withPage } from './harness.mjs';
import { walk } from './journey.mjs';

const SHOTS = join(process.env.KC_ARTIFACTS || 'target/e2e-artifacts', 'pages');
let browser;
before(async () => { browser = await launch(); await mkdir(SHOTS, { recursive: true }); });
after(async () => { await browser?.close(); });

/** The urgent page's lines and links, in page order, and where each line ends. */
function urgentPage(widget) {
  return widget.evaluate((el) => {
    const sr = el.shadowRoot;
    const page = sr.querySelector('[data-urgent]');
    const lines = [...page.querySelectorAll('[data-urgent-line]')].map((n) => ({
      id: n.getAttribute('data-urgent-line'),
      bottom: n.getBoundingClientRect().bottom,
      links: [...n.querySelectorAll('a[data-resource]')].map((a) => a.getAttribute('data-resource')),
      text: n.textContent,
    }));
    // Everything the page shows, in order, by kind: a line, or anything else with text.
    const order = [...page.querySelectorAll('[data-urgent-line], .kc-emergency, .kc-lead, button.kc-button')]
      .map((n) => (n.hasAttribute('data-urgent-line') ? 'line' : n.classList[0]));
    return { lines, order, height: window.innerHeight };
  });
}

// The lines each voice shows for `breathing` (spec §8 tables): what the
// test looks for on the first screen.
const FIRST_SCREEN = {
  loved_one: ['call_now', 'naloxone', 'on_side'],
  self: ['call_now', 'someone_with_you'],
};

for (const lang of ['en', 'es']) {
  for (const who of ['loved_one', 'self']) {
    test(`breathing, ${who}, ${lang}: the first-aid lines come first and fit the first screen at 375×667`, async () => {
      const path = lang === 'en' ? '/' : '/www/es.html';
      await withPage(browser, `urgent-breathing-${who}-${lang}`, path, {}, async ({ page, errors }) => {
        await page.setViewportSize({ width: 375, height: 667 });
        const widget = page.locator('kratom-check, [data-kratom-check]').first();
        await walk(widget, { who, urgent_now: ['breathing'] }, { stopAt: 'urgent' });
        // The widget brings its heading into view on the new page.
        await page.waitForFunction(() => {
          const el = document.querySelector('kratom-check, [data-kratom-check]');
          return el.shadowRoot.activeElement?.matches('h2');
        });
        const u = await urgentPage(widget);
        // Under the heading, the lines before anything else, then the resources.
        const lines = u.order.filter((k) => k === 'line').length;
        assert.deepEqual(u.order.slice(0, lines + 1), [...Array(lines).fill('line'), 'kc-emergency'], `${u.order}`);
        const ids = u.lines.map((l) => l.id);
        for (const id of FIRST_SCREEN[who]) {
          const line = u.lines.find((l) => l.id === id);
          assert.ok(line, `${id} shown: ${ids}`);
          assert.ok(line.bottom <= u.height, `${id} ends at ${line.bottom}, below the ${u.height} px screen`);
        }
        if (who === 'self') {
          assert.match(u.lines.find((l) => l.id === 'someone_with_you').text, /naloxon/i, 'the naloxone form');
        }
        const call = u.lines.find((l) => l.id === 'call_now');
        assert.deepEqual(call.links, ['emergency'], 'call_now carries the emergency link');
        assert.equal(new Set(ids).size, ids.length, 'each line once');
        await page.screenshot({ path: join(SHOTS, `375-urgent-breathing-${who}-${lang}.png`) });
        assert.deepEqual(errors, []);
      });
    });
  }
}

test('suicide, loved one: crisis_with_them carries the crisis links; stay says "if it is safe"', async () => {
  await withPage(browser, 'urgent-suicide', '/', {}, async ({ page, errors }) => {
    const widget = page.locator('kratom-check').first();
    await walk(widget, { who: 'loved_one', urgent_now: ['suicide'] }, { stopAt: 'urgent' });
    const u = await urgentPage(widget);
    const ids = u.lines.map((l) => l.id);
    assert.ok(!ids.includes('call_now') && !ids.includes('dispatcher'), `no call_now for suicide alone: ${ids}`);
    const crisis = u.lines.find((l) => l.id === 'crisis_with_them');
    assert.deepEqual(crisis.links.filter((r) => r.startsWith('crisis')), ['crisis', 'crisis_text']);
    // The conditional forms ("if they become…") come after every plain line.
    const worse = ['naloxone', 'on_side'].map((id) => ids.indexOf(id));
    for (const i of worse) assert.ok(i > ids.indexOf('remove_means'), `conditional lines last: ${ids}`);
    assert.deepEqual(errors, []);
  });
});

for (const width of [320, 375, 1280]) {
  test(`screenshots of the urgent page (breathing and suicide) at ${width} px`, async () => {
    for (const [name, persona] of [['breathing', { who: 'loved_one', urgent_now: ['breathing'] }],
      ['suicide-self', { who: 'self', urgent_now: ['suicide', 'confusion'] }]]) {
      await withPage(browser, `urgent-shot-${name}-${width}`, '/', {}, async ({ page }) => {
        await page.setViewportSize({ width, height: width === 1280 ? 900 : 667 });
        const widget = page.locator('kratom-check').first();
        await walk(widget, persona, { stopAt: 'urgent' });
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(wide <= width, `${wide}px wide at ${width}`);
        await page.screenshot({ path: join(SHOTS, `${width}-urgent-${name}.png`), fullPage: true });
      });
    }
  });
}
