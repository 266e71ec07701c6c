// Strict Content Security Policy and Trusted Types (pages get their headers
// from the xtask server's table).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, axe, cspReport } from './harness.mjs';
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
  await withPage(browser, 'csp', '/www/csp.html', {}, async (rec) => {
    const { page, errors } = rec;
    // Only the adopted sheet sets these on the widget root.
    assert.deepEqual(await rootStyle(page), { borderTopStyle: 'solid', hostDisplay: 'block' });
    const seen = await walk(page.locator('kratom-check'), PERSONAS.taper);
    assert.equal(seen.at(-1), 'result', 'the whole journey works under the strict CSP');
    assert.deepEqual(await axe(page), [], 'axe under CSP');
    const csp = await cspReport(rec);
    assert.match(csp.header, /default-src 'none'/);
    assert.deepEqual([csp.violations, csp.consoleErrors], [[], []]);
    assert.deepEqual(errors, []);
  });
});

test('Trusted Types page (require-trusted-types-for, no policy allowed) loads and works', async () => {
  await withPage(browser, 'trusted-types', '/www/trusted-types.html', {}, async (rec) => {
    const { page, errors } = rec;
    const seen = await walk(page.locator('kratom-check'), PERSONAS.detox);
    assert.equal(seen.at(-1), 'result', 'the whole journey works under Trusted Types');
    const csp = await cspReport(rec);
    assert.match(csp.header, /require-trusted-types-for 'script'/);
    assert.deepEqual([csp.violations, csp.consoleErrors], [[], []]);
    assert.deepEqual(errors, []);
  });
});
