// WCAG 2.2 AA with axe-core on every page kind — start, an error, single
// and multiple choice, the urgent page, a page under the urgent banner,
// check-your-answers, results, the plan and the start-over question — in
// light and dark, English and Spanish; reflow at 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, widgetOf, axe, TIMEOUT } from './harness.mjs';
import { walk, moved, PERSONAS } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** One representative of each question page kind; everything else as itself. */
function pageKey(kind) {
  if (!kind.startsWith('question:')) return kind;
  if (kind === 'question:urgent_now' || kind === 'question:products') return kind;
  if (kind === 'question:signs') return 'question-multi';
  if (kind === 'question:frequency') return 'question-single';
  return null;
}

/** Runs axe on every page kind of a journey through `persona`, then the plan and start-over. */
async function axeJourney(page, persona, label) {
  const widget = widgetOf(page);
  const checked = new Set();
  const check = async (key) => {
    if (!key || checked.has(key)) return;
    checked.add(key);
    assert.deepEqual(await axe(page), [], `${label}: ${key}`);
  };
  // An error state first: the start page submitted empty.
  await widget.locator('button[type=submit]').click();
  await widget.locator('.kc-error-summary').waitFor({ timeout: TIMEOUT });
  await check('start-error');
  await walk(widget, persona, { onPage: (kind) => check(pageKey(kind)) });
  await widget.locator('.kc-make-plan').click();
  await moved(widget, 'result');
  await check('plan');
  await widget.locator('#kc-one-change').fill('walk after dinner');
  await widget.locator('.kc-start-over').click();
  await widget.locator('.kc-confirm').waitFor({ timeout: TIMEOUT });
  await check('start-over-question');
  return checked;
}

for (const scheme of ['light', 'dark']) {
  for (const [lang, path] of [['en', '/'], ['es', '/www/es.html']]) {
    test(`axe: zero WCAG 2.2 AA violations on every page kind, ${scheme}, ${lang}`, async () => {
      await withPage(browser, `axe-${scheme}-${lang}`, path, {}, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        if (scheme === 'dark') {
          const bg = await widgetOf(page).evaluate((el) =>
            getComputedStyle(el.shadowRoot.querySelector('.kc-root')).backgroundColor);
          assert.notEqual(bg, 'rgb(255, 255, 255)', 'the auto theme follows the dark scheme');
          const scheme = await widgetOf(page).evaluate((el) =>
            getComputedStyle(el.shadowRoot.querySelector('.kc-root')).colorScheme);
          assert.match(scheme, /dark/, 'native controls follow the dark scheme');
        }
        // A red flag: the urgent page, and the banner on every later page.
        const urgent = { ...PERSONAS.taper, urgent_now: ['heart'] };
        const seen = await axeJourney(page, urgent, `${scheme} ${lang}`);
        for (const k of ['start', 'start-error', 'question:urgent_now', 'urgent', 'question:products',
          'question-single', 'question-multi', 'check', 'result', 'plan', 'start-over-question']) {
          assert.ok(seen.has(k), `${k} was checked`);
        }
      });
    });
  }
}

test('axe on the other results: loved one, detox, residential, monitor', async () => {
  for (const name of ['lovedOne', 'detox', 'residential', 'monitor']) {
    await withPage(browser, `axe-result-${name}`, '/', {}, async ({ page }) => {
      const widget = widgetOf(page);
      await walk(widget, PERSONAS[name]);
      assert.deepEqual(await axe(page), [], `${name} result`);
    });
  }
});

test('reflows at 320 px (400 % zoom) with no sideways scrolling, and targets are at least 24 px', async () => {
  await withPage(browser, 'reflow', '/', {}, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const widget = widgetOf(page);
    const measure = async (kind) => {
      const m = await widget.evaluate((el) => {
        const root = el.shadowRoot.querySelector('.kc-root');
        const small = [...el.shadowRoot.querySelectorAll('button, input, a')]
          .map((n) => n.getBoundingClientRect())
          .filter((r) => r.width > 0 && (r.width < 24 || r.height < 24)).length;
        return { overflow: root.scrollWidth - root.clientWidth, page: document.documentElement.scrollWidth, small };
      });
      assert.ok(m.overflow <= 1, `${kind}: widget scrolls sideways by ${m.overflow}px`);
      assert.ok(m.page <= 320, `${kind}: page is ${m.page}px wide`);
      assert.equal(m.small, 0, `${kind}: ${m.small} targets under 24px`);
    };
    await walk(widget, PERSONAS.detox, { onPage: measure });
    await widget.locator('.kc-make-plan').click();
    await moved(widget, 'result');
    await measure('plan');
  });
});
