// The walking skeleton on the demo clinic page (index.html): one script tag,
// an open shadow root, a working first step, nothing leaving the device.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, withPage, shadowInfo, chooseSelfAndContinue, storage, EMPTY_STORAGE, newGlobals, axe,
  ORIGIN, requestsSettled, snap,
} from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('mounts from one script tag into an open shadow root', async () => {
  await withPage(browser, 'mount', '/', {}, async ({ page, errors }) => {
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.getAttribute('src')));
    assert.deepEqual(scripts, ['dist/kratom-check.js']);
    const info = await shadowInfo(page);
    assert.equal(info.open, true, 'open shadow root');
    assert.equal(info.forms, 1, 'the start page form lives in the shadow root');
    assert.equal(info.lightInputs, 0, 'nothing rendered into the light DOM');
    assert.equal(info.styleElements, 0, 'no <style>, style= or stylesheet link in the shadow root');
    assert.ok(info.adoptedSheets >= 1, 'styles come from an adopted constructable sheet');
    const lang = await page.evaluate(() =>
      document.querySelector('kratom-check').shadowRoot.querySelector('[lang]')?.getAttribute('lang'));
    assert.equal(lang, 'en', 'the widget root carries lang');
    await snap(page, 'index');
    assert.deepEqual(errors, []);
  });
});

test('a click inside the shadow root moves to the next page', async () => {
  await withPage(browser, 'click', '/', {}, async ({ page, errors }) => {
    const widget = page.locator('kratom-check');
    assert.equal(await widget.locator('input[name=urgent_now]').count(), 0);
    await chooseSelfAndContinue(widget);
    assert.ok((await widget.locator('input[name=urgent_now]').count()) > 0);
    assert.equal(await widget.locator('input[name=who]').count(), 0, 'the start page is gone');
    assert.deepEqual(errors, []);
  });
});

test('only same-origin requests, none after ready and interaction; storage stays empty', async () => {
  await withPage(browser, 'privacy', '/', {}, async (rec) => {
    const { page, requests, foreign, errors } = rec;
    await requestsSettled(rec); // any straggling request of the mount shows up before the mark
    const mark = requests.length;
    const lightBefore = await page.evaluate(() => document.documentElement.outerHTML);
    const widget = page.locator('kratom-check');
    await chooseSelfAndContinue(widget);
    await widget.locator('input[name=urgent_now]').first().check();
    // A frame and a network round trip after the answer: a request it caused would be in by now.
    await requestsSettled(rec);
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), lightBefore,
      'answering changes nothing the host page can read in its own DOM');
    assert.deepEqual(foreign, [], 'no request to another origin');
    for (const r of requests) assert.equal(new URL(r.url).origin, ORIGIN, r.url);
    assert.deepEqual(requests.slice(mark).map((r) => r.url), [], 'no request after ready + interaction');
    const urls = requests.map((r) => new URL(r.url).pathname);
    for (const f of ['/dist/kratom-check.js', '/dist/kratom-check_bg.wasm']) {
      assert.ok(urls.includes(f), `${f} was loaded`);
    }
    assert.deepEqual(await storage(rec), EMPTY_STORAGE);
    assert.deepEqual(await newGlobals(page), ['KratomCheck'], 'the only global is the mount API');
    assert.deepEqual(errors, []);
  });
});

test('axe-core: zero WCAG 2.2 AA violations on start and next page', async () => {
  await withPage(browser, 'axe', '/', {}, async ({ page }) => {
    assert.deepEqual(await axe(page), [], 'start page');
    await chooseSelfAndContinue(page.locator('kratom-check'));
    assert.deepEqual(await axe(page), [], 'urgent question page');
  });
});
