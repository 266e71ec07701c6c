// The clinic's exit URL (data-exit-url) goes through the browser's own URL
// parser: one it refuses gets a warning and the default, and the quick exit
// always leaves; one it accepts is where the quick exit goes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, ours, TIMEOUT } from './harness.mjs';
import { FALLBACK, servePage, routeExits } from './test-page.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

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
