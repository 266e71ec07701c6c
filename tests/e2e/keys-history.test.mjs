// Keyboard, focus and history: Escape twice after a click on the
// widget's text; the browser's Back and Forward move between the widget's
// pages with nothing about the answers in the address or the history state,
// and quick exit leaves nothing Back can return to; no focus stop hides under
// the sticky bar (WCAG 2.2 SC 2.4.11) at 1280 px and at 400 % zoom.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, widgetOf, routeNeutralExit, EXIT, ORIGIN, TIMEOUT } from './harness.mjs';
import { walk, pageKind, moved, PERSONAS } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const neutral = (page) => routeNeutralExit(page);

test('Escape twice works after a click on the widget\'s text (focus stays in the widget)', async () => {
  await withPage(browser, 'esc-after-text-click', '/', { route: neutral }, async ({ page }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.detox, { stopAt: 'question:frequency' });
    // A click on the question's legend text: no control there.
    await widget.locator('legend').first().click({ position: { x: 5, y: 5 } });
    const inside = await widget.evaluate((el) => document.activeElement === el && el.shadowRoot.activeElement !== null);
    assert.ok(inside, 'focus is inside the widget after the click');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(EXIT, { timeout: TIMEOUT });
  });
});

test('a click on the host page\'s text, then Escape twice, does not leave', async () => {
  await withPage(browser, 'esc-after-host-click', '/', { route: neutral }, async ({ page }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.detox, { stopAt: 'question:frequency' });
    await page.locator('h1').click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    // The widget's own rule answers at once: a Tab into it shows it still there.
    await page.keyboard.press('Tab');
    assert.ok(page.url().startsWith(ORIGIN), 'still on the clinic page');
    assert.equal(await pageKind(widget), 'question:frequency');
  });
});

test('Back goes to the previous question, Forward returns; no answer in the address or history state; quick exit leaves no way back', async () => {
  await withPage(browser, 'history', '/', { route: neutral }, async ({ page }) => {
    const widget = widgetOf(page);
    const address = page.url();
    await walk(widget, PERSONAS.detox, { stopAt: 'question:duration' });
    const states = [await page.evaluate(() => JSON.stringify(history.state))];
    await page.goBack();
    assert.equal(await moved(widget, 'question:duration'), 'question:night_dosing');
    assert.equal(page.url(), address, 'the address never changes');
    states.push(await page.evaluate(() => JSON.stringify(history.state)));
    await page.goBack();
    assert.equal(await moved(widget, 'question:night_dosing'), 'question:frequency');
    // The answer given on that page is still there.
    assert.ok(await widget.locator(`input[name="frequency"][value="${PERSONAS.detox.frequency}"]`).isChecked());
    await page.goForward();
    assert.equal(await moved(widget, 'question:frequency'), 'question:night_dosing');
    for (const s of states) {
      const state = JSON.parse(s);
      assert.deepEqual(Object.keys(state).sort(), ['depth', 'kratomCheck', 'n'], `history state ${s}`);
      assert.ok(Object.values(state).every((v) => typeof v === 'number'), `only numbers: ${s}`);
    }
    await widget.locator('.kc-exit-button').click();
    await page.waitForURL(EXIT, { timeout: TIMEOUT });
    await page.goBack().catch(() => {});
    assert.ok(!page.url().startsWith(ORIGIN), `Back does not return to the check (${page.url()})`);
  });
});

/** Tabs through every stop forwards, then backwards, and returns the stops that were hidden under the bar. */
async function hiddenStops(page, widget) {
  const check = () => widget.evaluate((el) => {
    const sr = el.shadowRoot;
    const f = sr.activeElement;
    if (!f) return null;
    const bar = [...sr.querySelectorAll('.kc-top, .kc-bar')].find((n) => getComputedStyle(n).position === 'sticky');
    if (bar.contains(f)) return { id: 'bar', hidden: false };
    const b = bar.getBoundingClientRect();
    const r = f.getBoundingClientRect();
    // Entirely hidden: the element's box lies under the bar (or above the screen).
    const hidden = r.bottom <= b.bottom + 0.5 || r.top >= window.innerHeight;
    return { id: f.id || f.className || f.tagName, hidden, top: r.top, bar: b.bottom };
  });
  const hidden = [];
  let stops = 0;
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press(key);
      const c = await check();
      if (!c) break; // left the widget
      stops++;
      if (c.hidden) hidden.push(`${key} ${c.id} at ${Math.round(c.top)} (bar ends ${Math.round(c.bar)})`);
    }
  }
  return { hidden, stops };
}

for (const [label, viewport, zoom] of [['1280 px', { width: 1280, height: 720 }, 1], ['400 % zoom', { width: 320, height: 180 }, 4]]) {
  test(`${label}: no focus stop on the plan page hides under the sticky bar (SC 2.4.11)`, async () => {
    await withPage(browser, `focus-not-obscured-${zoom}`, '/', {}, async ({ page }) => {
      // 400 % zoom of a 1280×720 window: a 320×180 CSS-pixel viewport.
      await page.setViewportSize(viewport);
      const widget = widgetOf(page);
      await walk(widget, PERSONAS.detox);
      await widget.locator('.kc-make-plan').click();
      assert.equal(await moved(widget, 'result'), 'plan');
      const { hidden, stops } = await hiddenStops(page, widget);
      assert.ok(stops > 30, `walked ${stops} stops`);
      assert.deepEqual(hidden, []);
      const bar = await widget.evaluate((el) => {
        const b = [...el.shadowRoot.querySelectorAll('.kc-top, .kc-bar')].find((n) => getComputedStyle(n).position === 'sticky');
        return b.getBoundingClientRect().height / window.innerHeight;
      });
      assert.ok(bar <= (zoom === 1 ? 0.12 : 0.25), `the bar takes ${Math.round(bar * 100)} % of the screen`);
    });
  });
}

test('"No, keep my answers" gives focus back to "Start over"; the error summary\'s heading is no lower than the question\'s', async () => {
  await withPage(browser, 'keep-answers-focus', '/', {}, async ({ page }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.detox);
    await widget.locator('.kc-start-over').click();
    await widget.locator('.kc-confirm').waitFor({ timeout: TIMEOUT });
    await widget.locator('.kc-confirm .kc-button-secondary').click();
    await page.waitForFunction(() => {
      const a = document.querySelector('kratom-check').shadowRoot.activeElement;
      return a && a.classList.contains('kc-start-over');
    }, null, { timeout: TIMEOUT });
    assert.equal(await widget.locator('.kc-confirm').count(), 0);
  });
  await withPage(browser, 'error-summary-heading', '/', {}, async ({ page }) => {
    const widget = widgetOf(page);
    await widget.locator('button[type=submit]').click();
    await widget.locator('.kc-error-summary').waitFor({ timeout: TIMEOUT });
    const levels = await widget.evaluate((el) => [...el.shadowRoot.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .map((h) => Number(h.tagName[1])));
    assert.ok(levels.length >= 2, `headings ${levels}`);
    assert.equal(levels[0], 2, `the first heading is an h2 (${levels})`);
  });
});
