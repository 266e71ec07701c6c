// Safety on a phone and with a keyboard: the quick exit never
// fires by accident and is always in reach, and always leaves (a clinic's
// exit URL the browser's own parser refuses gets a warning and the default);
// urgent numbers stay one tap away; errors are tied to their question;
// "Start over" asks first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, settled, widgetOf, ours, routeNeutralExit, EXIT, ORIGIN, TIMEOUT } from './harness.mjs';
import { FALLBACK, servePage, routeExits } from './test-page.mjs';
import { walk, pageKind, moved, PERSONAS } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const neutral = (page) => routeNeutralExit(page);

/** Focuses the first answer of the current question inside the widget. */
const focusInside = (widget) => widget.locator('form input').first().focus();

test('quick exit: the button, and Escape twice inside the widget, replace the page with no way back', async () => {
  for (const how of ['button', 'escape']) {
    await withPage(browser, `exit-${how}`, '/', { route: neutral }, async ({ page }) => {
      const widget = widgetOf(page);
      await walk(widget, PERSONAS.detox, { stopAt: 'question:products' });
      const before = await page.evaluate(() => history.length);
      if (how === 'button') {
        await widget.locator('.kc-exit-button').click();
      } else {
        await focusInside(widget);
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
      }
      await page.waitForURL(EXIT, { timeout: TIMEOUT });
      // Replaced, not pushed (the widget's own page entries may be gone: quick exit takes them off first).
      assert.ok(await page.evaluate(() => history.length) <= before, 'replaced, not pushed');
      await page.goBack().catch(() => {});
      assert.ok(!page.url().startsWith(ORIGIN), `Back does not return to the check (${page.url()})`);
    });
  }
});

// Escape pressed by accident (host input, key repeat, a key between, IME, slow
// presses) and the keys turned off: the table in quick-exit-keys.test.mjs.

test('after an urgent answer every later page has tappable numbers, and the banner is heard first', async () => {
  await withPage(browser, 'urgent-banner', '/', {}, async ({ page }) => {
    const widget = widgetOf(page);
    const answers = { who: 'self', urgent_now: ['suicide'] };
    await walk(widget, answers, { stopAt: 'urgent' });
    await widget.locator('[data-urgent] button.kc-button').click();
    assert.equal(await moved(widget, 'urgent'), 'question:age_band', 'the journey goes on with age, after who and the urgent question');
    const focused = await widget.evaluate((el) => el.shadowRoot.activeElement?.className || '');
    assert.match(focused, /kc-urgent-banner/, 'the banner takes focus on the first page after the urgent page');
    for (let i = 0; i < 3; i++) {
      const links = await widget.locator('.kc-urgent-banner a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.deepEqual(links, ['tel:911', 'tel:988', 'sms:988'], `page ${i}: the numbers are links`);
      const box = await widget.locator('.kc-urgent-banner a').first().boundingBox();
      assert.ok(box.height >= 44, `a tap target as big as a button (${box.height}px)`);
      const from = await pageKind(widget);
      await widget.locator('button[type=submit]').click();
      await moved(widget, from);
      if (i === 0) {
        const a = await widget.evaluate((el) => el.shadowRoot.activeElement?.tagName);
        assert.equal(a, 'H2', 'later pages focus their heading again');
      }
    }
  });
});

test('errors the GOV.UK way: summary links to the field, message inside the fieldset, aria-invalid', async () => {
  await withPage(browser, 'errors', '/', {}, async ({ page }) => {
    const widget = widgetOf(page);
    const check = async (q) => {
      await widget.locator('button[type=submit]').click();
      await widget.locator('.kc-error-summary').waitFor({ timeout: TIMEOUT });
      return widget.evaluate((el, q) => {
        const sr = el.shadowRoot;
        const fieldset = sr.querySelector('fieldset');
        const ids = (fieldset.getAttribute('aria-describedby') || '').split(/\s+/);
        const message = sr.querySelector('.kc-error-message');
        const inputs = [...sr.querySelectorAll(`input[name="${q}"]`)];
        return {
          messageInside: !!message && fieldset.contains(message),
          describedBy: !!message && ids.includes(message.id),
          invalid: inputs.every((i) => i.getAttribute('aria-invalid') === 'true'),
          alertInside: !!sr.querySelector('.kc-error-summary [role=alert]') && !sr.querySelector('.kc-error-summary[role=alert]'),
          summaryLink: sr.querySelector('.kc-error-summary a')?.getAttribute('href'),
          firstInput: `#${inputs[0].id}`,
          message: message?.innerText || '',
          focused: sr.activeElement?.className || '',
        };
      }, q);
    };
    const start = await check('who');
    assert.ok(start.messageInside && start.describedBy && start.invalid && start.alertInside, JSON.stringify(start));
    assert.equal(start.summaryLink, start.firstInput, 'the summary links to the first answer');
    assert.match(start.focused, /kc-error-summary/);
    assert.doesNotMatch(start.message, /None of these/, 'the start page has no "None of these"');
    await widget.locator('input[name=who][value=self]').check();
    await widget.locator('button[type=submit]').click();
    await moved(widget, 'start');
    const urgent = await check('urgent_now');
    assert.ok(urgent.messageInside && urgent.describedBy && urgent.invalid, JSON.stringify(urgent));
    assert.match(urgent.message, /None of these/, 'the urgent question names its way out');
    assert.notEqual(urgent.message, start.message, 'each page has its own error');
  });
});

test('"Start over" asks before wiping answers and a typed plan', async () => {
  await withPage(browser, 'start-over', '/', {}, async ({ page }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.residential);
    await widget.locator('.kc-make-plan').click();
    await moved(widget, 'result');
    await widget.locator('#kc-appointment').fill('Friday');
    await widget.locator('.kc-start-over').click();
    await widget.locator('.kc-confirm').waitFor({ timeout: TIMEOUT });
    const focused = await widget.evaluate((el) => el.shadowRoot.activeElement?.className || '');
    assert.match(focused, /kc-confirm/, 'the question takes focus');
    await widget.locator('.kc-confirm .kc-button-secondary').click();
    assert.equal(await widget.locator('.kc-confirm').count(), 0);
    assert.equal(await widget.locator('#kc-appointment').inputValue(), 'Friday', 'kept');
    await widget.locator('.kc-start-over').click();
    await widget.locator('.kc-confirm .kc-button-danger').click();
    assert.equal(await moved(widget, 'plan'), 'start');
    assert.equal(await widget.locator('input:checked').count(), 0, 'nothing chosen on the start page');
    const seen = await walk(widget, { who: 'self', urgent_now: 'none' });
    assert.equal(seen.at(-1), 'result');
    assert.equal(await widget.locator('[data-reason]').count(), 0, 'no earlier answer survives');
    await widget.locator('.kc-make-plan').click();
    await moved(widget, 'result');
    assert.equal(await widget.locator('#kc-appointment').inputValue(), '', 'plan edits are gone too');
  });
});

test('the quick exit stays on screen at the bottom of the longest pages, at 320 px', async () => {
  await withPage(browser, 'exit-in-reach', '/', {}, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const widget = widgetOf(page);
    const inView = async (where) => {
      await widget.evaluate((el) => {
        const root = el.shadowRoot.querySelector('.kc-root');
        root.lastElementChild.scrollIntoView({ block: 'end' });
      });
      await settled(page);
      const box = await widget.locator('.kc-exit-button').boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= 640, `${where}: quick exit at y=${box?.y}`);
    };
    await walk(widget, PERSONAS.lovedOne);
    await inView('result');
    await widget.locator('.kc-make-plan').click();
    await moved(widget, 'result');
    await inView('plan');
  });
});

// ------------------------------------------------------------ the clinic's exit URL

for (const bad of ['https://::', 'https://[::1', 'https://a.example:1:2/', 'https://999999999999/']) {
  test(`data-exit-url="${bad}" (refused by the browser's URL parser): quick exit still leaves, to the default`, async () => {
    await withPage(browser, `exit-${bad.replace(/\W+/g, '_')}`, '/kc-exit.html', {
      route: async (page) => {
        await servePage('/kc-exit.html', `<kratom-check data-exit-url="${bad}">${FALLBACK}</kratom-check>`)(page);
        await routeExits(page);
      },
    }, async ({ page, errors, warnings }) => {
      assert.equal(await page.evaluate((u) => { try { new URL(u); return 'parsed'; } catch { return 'threw'; } }, bad),
        'threw', 'the browser itself refuses it');
      assert.deepEqual(ours(warnings), [
        'kratom-check #1: ignoring data-exit-url (not an https URL); using https://www.google.com/',
      ]);
      await page.locator('kratom-check .kc-exit-button').click();
      await page.waitForURL('https://www.google.com/', { timeout: TIMEOUT });
      assert.deepEqual(errors, []);
    });
  });
}

test('an https exit URL written in capitals passes the browser\'s parser and is where quick exit goes', async () => {
  await withPage(browser, 'exit-serialised', '/kc-exit.html', {
    route: async (page) => {
      await servePage('/kc-exit.html', `<kratom-check data-exit-url="HTTPS://WWW.Google.COM">${FALLBACK}</kratom-check>`)(page);
      await routeExits(page);
    },
  }, async ({ page, errors, warnings }) => {
    assert.deepEqual(ours(warnings), []);
    await page.locator('kratom-check .kc-exit-button').click();
    await page.waitForURL('https://www.google.com/', { timeout: TIMEOUT });
    assert.deepEqual(errors, []);
  });
});
