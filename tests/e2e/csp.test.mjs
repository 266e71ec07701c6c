// Strict Content Security Policy and Trusted Types (pages get their headers
// from the xtask server's table).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, chooseSelfAndContinue, sleep, axe } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const rootStyle = (page) => page.evaluate(() => {
  const root = document.querySelector('kratom-check').shadowRoot.querySelector('.kc-root');
  const cs = getComputedStyle(root);
  return { borderTopWidth: cs.borderTopWidth, borderTopStyle: cs.borderTopStyle, padding: cs.paddingTop };
});

test('strict CSP page renders styled with no securitypolicyviolation', async () => {
  await withPage(browser, 'csp', '/www/csp.html', {}, async ({ page, errors, consoleErrors }) => {
    const res = await page.request.get(page.url());
    assert.match(res.headers()['content-security-policy'] || '', /default-src 'none'/);
    // Only the adopted sheet sets these on the widget root.
    assert.deepEqual(await rootStyle(page), { borderTopWidth: '4px', borderTopStyle: 'solid', padding: '16px' });
    await chooseSelfAndContinue(page.locator('kratom-check'));
    assert.deepEqual(await axe(page), [], 'axe under CSP');
    await sleep(200);
    assert.deepEqual(await page.evaluate(() => window.__kcViolations), []);
    assert.deepEqual(consoleErrors.filter((t) => /Content Security Policy|Refused/i.test(t)), []);
    assert.deepEqual(errors, []);
  });
});

test('Trusted Types page (require-trusted-types-for, no policy allowed) loads and works', async () => {
  await withPage(browser, 'trusted-types', '/www/trusted-types.html', {}, async ({ page, errors, consoleErrors }) => {
    const res = await page.request.get(page.url());
    assert.match(res.headers()['content-security-policy'] || '', /require-trusted-types-for 'script'/);
    await chooseSelfAndContinue(page.locator('kratom-check'));
    await sleep(200);
    assert.deepEqual(await page.evaluate(() => window.__kcViolations), []);
    assert.deepEqual(consoleErrors.filter((t) => /Trusted|Content Security Policy|Refused/i.test(t)), []);
    assert.deepEqual(errors, []);
  });
});
