// Replay shielding by default. A host page runs the real
// rrweb recorder (npm `rrweb`, default settings) from before the loader; a
// person walks to the result through the urgent page, opens the plan and
// types in it, prints. The recording holds the host page's own text and a
// control shadow root's text (so the recorder does record, shadow DOM
// included), and no answer label, no typed word, nothing of the summary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, withPage, BASE, ORIGIN, TIMEOUT } from './harness.mjs';
import { walk, moved, persona } from './journey.mjs';
import { FALLBACK } from './test-page.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const RRWEB_URL = `${ORIGIN}/__harness/rrweb.js`;
const RRWEB = readFileSync(join(process.cwd(), 'node_modules/rrweb/dist/rrweb.umd.min.cjs'), 'utf8');
const HOST_TEXT = 'Riverside Recovery welcomes you to our clinic page';
const SHADOW_TEXT = 'Text inside an ordinary shadow root of the host page';
const TYPED = 'Tuesday 3 pm with Dr. Ortiz at Oak Street';

// The recorder's bundle from node_modules, and the page: rrweb.record with its defaults, from
// the start; a control element with its own open shadow root; the widget.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>replay</title>
<link rel="icon" href="/www/favicon.svg">
<script src="${RRWEB_URL}"></script>
<script>window.__events = []; rrweb.record({ emit: function (e) { window.__events.push(e); } });</script>
</head><body><main><h1>Our clinic</h1><p>${HOST_TEXT}</p><shadow-control></shadow-control>
<kratom-check data-clinic-name="Riverside Recovery" data-phone="+1-555-0100">${FALLBACK}</kratom-check>
</main>
<script>
customElements.define('shadow-control', class extends HTMLElement {
  connectedCallback() { if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).innerHTML = '<p>${SHADOW_TEXT}</p>'; }
});
</script>
<script src="/dist/kratom-check.js" defer></script></body></html>`;

const route = async (page) => {
  await page.route(`${BASE}/kc-replay.html`, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }));
  await page.route(RRWEB_URL, (r) => r.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: RRWEB }));
};

test('a page recording with rrweb (default settings) records no answer label, no typed text, no summary', async () => {
  await withPage(browser, 'replay-rrweb', '/kc-replay.html', { route }, async ({ page, errors }) => {
    const widget = page.locator('kratom-check');
    // Every answer label the person sees on the way (long enough not to be a common word).
    const labels = new Set();
    const collect = async () => {
      for (const t of await widget.evaluate((el) => [...el.shadowRoot.querySelectorAll('label, legend, h2')].map((n) => n.textContent.trim()))) {
        if (t.length >= 12) labels.add(t);
      }
    };
    const seen = await walk(widget, persona('urgent_self_harm_reported_by_a_loved_one'), { onPage: collect });
    assert.ok(seen.includes('urgent'), seen.join(' → '));
    await collect();
    await widget.locator('.kc-make-plan').click();
    assert.equal(await moved(widget, 'result'), 'plan');
    await collect();
    const field = widget.locator('#kc-appointment');
    await field.pressSequentially(TYPED);
    assert.equal(await field.inputValue(), TYPED);
    // Not kept as page text while typing: the print summary is empty until the page prints.
    assert.equal(await widget.locator('.kc-print').evaluate((n) => n.textContent), '');
    // Printing fills it (the print media query), and it is emptied after.
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() => document.querySelector('kratom-check').shadowRoot.querySelector('.kc-print').textContent.includes('Oak Street'), null, { timeout: TIMEOUT });
    await page.emulateMedia({ media: 'screen' });
    await page.waitForFunction(() => document.querySelector('kratom-check').shadowRoot.querySelector('.kc-print').textContent === '', null, { timeout: TIMEOUT });

    const recording = await page.evaluate(() => JSON.stringify(window.__events));
    const count = await page.evaluate(() => window.__events.length);
    assert.ok(count > 5, `rrweb recorded events (${count})`);
    assert.ok(recording.includes(HOST_TEXT), 'the recorder records the host page');
    assert.ok(recording.includes(SHADOW_TEXT), 'the recorder records an ordinary shadow root');
    assert.ok(labels.size > 10, `labels seen: ${labels.size}`);
    for (const label of labels) assert.ok(!recording.includes(label), `recorded: "${label}"`);
    for (const typed of [TYPED, 'Oak Street', 'Dr. Ortiz']) assert.ok(!recording.includes(typed), `typed text recorded: ${typed}`);
    assert.deepEqual(errors, []);
  });
});

test('the host element and the widget root carry each replay tool\'s marker', async () => {
  await withPage(browser, 'replay-markers', '/', {}, async ({ page }) => {
    const marks = await page.evaluate(() => {
      const host = document.querySelector('kratom-check');
      const root = host.shadowRoot.querySelector('.kc-root');
      const of = (el) => ({ classes: [...el.classList].sort(), attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])) });
      return { host: of(host), root: of(root) };
    });
    for (const where of ['host', 'root']) {
      const { classes, attrs } = marks[where];
      for (const c of ['rr-block', 'ph-no-capture', 'fs-exclude', 'sentry-block']) assert.ok(classes.includes(c), `${where}: class ${c}`);
      assert.equal(attrs['data-hj-suppress'], '', `${where}: Hotjar`);
      assert.equal(attrs['data-clarity-mask'], 'true', `${where}: Clarity`);
      assert.equal(attrs['data-private'], '', `${where}: LogRocket`);
      assert.equal(attrs['data-sentry-block'], '', `${where}: Sentry`);
      assert.equal(attrs['data-dd-privacy'], 'hidden', `${where}: Datadog`);
    }
  });
});
