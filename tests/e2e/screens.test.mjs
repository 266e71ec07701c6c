// Screenshots of every page kind at 320, 375 and 1280 px, for a person to
// look at (target/e2e-artifacts/pages/). Each shot is checked for what
// would make it useless: the widget must be on it and not scroll sideways.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, withPage, TIMEOUT } from './harness.mjs';
import { walk, moved, persona, PERSONAS } from './journey.mjs';

const SHOTS = join(process.env.KC_ARTIFACTS || 'target/e2e-artifacts', 'pages');
let browser;
before(async () => { browser = await launch(); await mkdir(SHOTS, { recursive: true }); });
after(async () => { await browser?.close(); });

const KINDS = new Set(['start', 'question:urgent_now', 'urgent', 'question:age_band', 'question:products',
  'question:frequency', 'question:sedative_frequency', 'question:signs', 'check', 'result']);

// The longest result in the fixture (most reasons, cautions and notes), and
// a loved one of a daily drinker in Spanish (the sedative follow-up).
const LONG = persona('signs_skipped_liver_disease_and_an_unsafe_home_stays_at_detox');
const DRINKER = persona('loved_one_of_a_daily_drinker');

for (const width of [320, 375, 1280]) {
  test(`screenshots of every page kind at ${width} px`, async () => {
    for (const [name, persona] of [['urgent', { ...PERSONAS.taper, urgent_now: ['seizure'] }], ['detox', PERSONAS.detox],
      ['loved-one', PERSONAS.lovedOne], ['long', LONG], ['drinker-es', DRINKER]]) {
      await withPage(browser, `screens-${name}-${width}`, name === 'drinker-es' ? '/www/es.html' : '/', {}, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        const widget = page.locator('kratom-check, [data-kratom-check]').first();
        const shot = async (kind) => {
          const wide = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(wide <= width, `${name} ${kind} at ${width}: ${wide}px wide`);
          await page.screenshot({ path: join(SHOTS, `${width}-${name}-${kind.replace(':', '-')}.png`), fullPage: true });
        };
        if (name === 'detox') {
          await widget.locator('button[type=submit]').click();
          await widget.locator('.kc-error-summary').waitFor({ timeout: TIMEOUT });
          await shot('start-error');
        }
        await walk(widget, persona, { onPage: (kind) => (KINDS.has(kind) ? shot(kind) : undefined) });
        await widget.locator('.kc-make-plan').click();
        await moved(widget, 'result');
        await shot('plan');
        if (name === 'detox') {
          await widget.locator('.kc-start-over').click();
          await widget.locator('.kc-confirm').waitFor({ timeout: TIMEOUT });
          await shot('start-over-question');
        }
      });
    }
  });
}

for (const width of [320, 375, 1280]) {
  test(`screenshot of the language switch that could not load, at ${width} px`, async () => {
    const route = (page) => page.route('**/kratom-check.es.pack', (r) => r.fulfill({ status: 503, body: 'busy' }));
    await withPage(browser, `screens-lang-failed-${width}`, '/', { route }, async ({ page }) => {
      await page.setViewportSize({ width, height: 700 });
      const widget = page.locator('kratom-check').first();
      const bar = () => Promise.all(['.kc-exit-button', '.kc-lang'].map((s) => widget.locator(s).boundingBox()));
      const before = await bar();
      await widget.locator('.kc-lang').click();
      await page.waitForFunction(() => document.querySelector('kratom-check').shadowRoot.querySelector('.kc-lang-status').textContent !== '', null, { timeout: TIMEOUT });
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= width, `lang-failed at ${width}: ${wide}px wide`);
      // The message goes under the bar's buttons and moves neither of them.
      assert.deepEqual(await bar(), before);
      const [msg, lang] = await Promise.all(['.kc-lang-status', '.kc-lang'].map((s) => widget.locator(s).boundingBox()));
      assert.ok(msg.y >= lang.y + lang.height - 1, `message ${msg.y} under the switch ${lang.y}`);
      await page.screenshot({ path: join(SHOTS, `${width}-lang-failed.png`), fullPage: false });
    });
  });
}
