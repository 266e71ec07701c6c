// The host page's CSS cannot break the widget, and the widget's CSS stays in
// its shadow root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, chooseSelfAndContinue } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('hostile host CSS (all: unset, huge fonts, hidden buttons) does not break the widget', async () => {
  await withPage(browser, 'hostile', '/www/hostile.html', {}, async ({ page, errors }) => {
    const widget = page.locator('kratom-check');
    assert.equal(await widget.locator('button[type=submit]').isVisible(), true, 'submit button visible');
    const style = await page.evaluate(() => {
      const sr = document.querySelector('kratom-check').shadowRoot;
      const cs = (el) => getComputedStyle(el);
      return {
        rootFontSize: cs(sr.querySelector('.kc-root')).fontSize,
        rootColor: cs(sr.querySelector('.kc-root')).color,
        buttonDisplay: cs(sr.querySelector('button')).display,
        divBorder: cs(sr.querySelector('.kc-root')).borderLeftStyle,
      };
    });
    assert.notEqual(style.rootColor, 'rgb(255, 0, 255)');
    assert.notEqual(style.buttonDisplay, 'none');
    assert.notEqual(style.divBorder, 'dashed');
    await chooseSelfAndContinue(widget);
    assert.deepEqual(errors, []);
  });
});

// The host page sets `html { font-size: 40px }`; the widget's root starts from
// `all: initial` and sets `font-size: medium`, so the reader's default applies.
test('hostile host CSS: the host page\'s html font-size does not blow up the widget text', async () => {
    await withPage(browser, 'hostile-font', '/www/hostile.html', {}, async ({ page }) => {
      const size = await page.evaluate(() => getComputedStyle(
        document.querySelector('kratom-check').shadowRoot.querySelector('.kc-root')).fontSize);
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '40px');
      assert.equal(size, '16px');
    });
  });

test("the widget's styles do not leak into the host page", async () => {
  await withPage(browser, 'no-leak', '/', {}, async ({ page }) => {
    const leak = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.className = 'kc-root kc';
      probe.innerHTML = '<button type="button">x</button>';
      document.querySelector('main').append(probe);
      const cs = getComputedStyle(probe);
      const b = getComputedStyle(probe.querySelector('button'));
      const out = { border: cs.borderTopWidth, padding: cs.paddingTop, buttonBg: b.backgroundColor };
      probe.remove();
      return out;
    });
    assert.equal(leak.border, '0px', 'the .kc-root rule stays in the shadow root');
    assert.equal(leak.padding, '0px');
    assert.notEqual(leak.buttonBg, 'rgb(29, 78, 216)');
    assert.equal(await page.evaluate(() => document.styleSheets.length), 1, 'only the page\'s own stylesheet');
  });
});

test('the host element is a block box (from :host in the adopted sheet)', async () => {
  await withPage(browser, 'host-block', '/www/blank.html', { waitReady: false }, async ({ page }) => {
    await page.waitForFunction(() => !!window.KratomCheck);
    await page.evaluate(() => {
      const el = document.createElement('kratom-check');
      el.append('fallback: call 911 or 988, SAMHSA 1-800-662-4357');
      document.querySelector('main').append(el);
    });
    await page.waitForSelector('kratom-check[data-kratom-check-ready]');
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('kratom-check')).display), 'block');
  });
});
