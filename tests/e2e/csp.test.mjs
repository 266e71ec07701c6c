// Strict Content Security Policy and Trusted Types (pages get their headers
// from the xtask server's table).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, sleep, axe } from './harness.mjs';
import { walk, PERSONAS } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const rootStyle = (page) => page.evaluate(() => {
  const root = document.querySelector('kratom-check').shadowRoot.querySelector('.kc-root');
  const cs = getComputedStyle(root);
  return { borderTopStyle: cs.borderTopStyle, hostDisplay: getComputedStyle(root.getRootNode().host).display };
});

test('strict CSP page renders styled with no securitypolicyviolation', async () => {
  await withPage(browser, 'csp', '/www/csp.html', {}, async ({ page, errors, consoleErrors }) => {
    const res = await page.request.get(page.url());
    assert.match(res.headers()['content-security-policy'] || '', /default-src 'none'/);
    // Only the adopted sheet sets these on the widget root.
    assert.deepEqual(await rootStyle(page), { borderTopStyle: 'solid', hostDisplay: 'block' });
    const seen = await walk(page.locator('kratom-check'), PERSONAS.taper);
    assert.equal(seen.at(-1), 'result', 'the whole journey works under the strict CSP');
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
    const seen = await walk(page.locator('kratom-check'), PERSONAS.detox);
    assert.equal(seen.at(-1), 'result', 'the whole journey works under Trusted Types');
    await sleep(200);
    assert.deepEqual(await page.evaluate(() => window.__kcViolations), []);
    assert.deepEqual(consoleErrors.filter((t) => /Trusted|Content Security Policy|Refused/i.test(t)), []);
    assert.deepEqual(errors, []);
  });
});
