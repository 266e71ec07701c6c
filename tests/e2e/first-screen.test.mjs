// The first screen holds the way out and the number to call: on
// the demo page (its intro above the widget), at 320×568 and 375×667, in
// English and Spanish, the urgent page and the results of the longest
// personas show the heading AND the first tap-to-call link on the screen the
// widget brings into view; after an urgent answer the emergency and crisis
// links stay on screen on every later page; the sticky bar stays small.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, TIMEOUT } from './harness.mjs';
import { walk, pageKind, FIXTURE, persona } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SIZES = [[320, 568], [375, 667]];

// The results with the most reasons (the longest pages), and every urgent persona.
const byLength = [...FIXTURE].sort((a, b) => b.expect.reasons.length - a.expect.reasons.length);
const LONGEST = [
  ...byLength.filter((p) => p.expect.care_level !== 'urgent').slice(0, 3),
  ...FIXTURE.filter((p) => p.expect.care_level === 'urgent'),
].map((p) => p.name);

/** Switches the widget to Spanish on its start page and waits for the words. */
export async function toSpanish(widget) {
  await widget.locator('.kc-lang').click();
  await widget.locator('.kc-root[lang="es"], .kc[lang="es"]').first().waitFor({ timeout: TIMEOUT });
}

/** Where the page's heading, its first tel: link and the sticky bar are on screen. */
function firstScreen(widget) {
  return widget.evaluate((el) => {
    const sr = el.shadowRoot;
    const box = (n) => {
      if (!n) return null;
      const r = n.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, text: n.textContent.trim().slice(0, 60), href: n.getAttribute('href') };
    };
    return {
      height: window.innerHeight,
      bar: box([...sr.querySelectorAll('.kc-top, .kc-bar')].find((n) => getComputedStyle(n).position === 'sticky')),
      heading: box(sr.querySelector('.kc-page h2')),
      call: box(sr.querySelector('.kc-page a[href^="tel:"]')),
    };
  });
}

function assertOnScreen(m, what) {
  assert.ok(m.heading, `${what}: a heading`);
  assert.ok(m.call, `${what}: a tel: link in the page`);
  for (const [name, b] of [['heading', m.heading], ['first tel: link', m.call]]) {
    assert.ok(b.top >= m.bar.bottom - 1 && b.bottom <= m.height,
      `${what}: the ${name} (${b.text}) is at ${Math.round(b.top)}–${Math.round(b.bottom)}, ` +
      `the screen shows ${Math.round(m.bar.bottom)}–${m.height} below the bar`);
  }
}

for (const [width, height] of SIZES) {
  for (const lang of ['en', 'es']) {
    for (const name of LONGEST) {
      test(`${width}×${height} ${lang}, ${name}: the heading and the first number to call on the first screen`, async () => {
        await withPage(browser, `first-screen-${width}-${lang}-${name}`, '/', {}, async ({ page }) => {
          await page.setViewportSize({ width, height });
          const widget = page.locator('kratom-check').first();
          if (lang === 'es') await toSpanish(widget);
          const answers = persona(name);
          const urgent = (answers.urgent_now || []).some((v) => v !== 'none');
          if (urgent) {
            await walk(widget, answers, { stopAt: 'urgent' });
            assert.equal(await pageKind(widget), 'urgent');
            assertOnScreen(await firstScreen(widget), `${name}, urgent page`);
          }
          await walk(widget, answers);
          assert.equal(await pageKind(widget), 'result');
          const m = await firstScreen(widget);
          assertOnScreen(m, `${name}, result`);
          assert.ok(m.bar.bottom - m.bar.top <= 0.12 * height,
            `the bar is ${Math.round(m.bar.bottom - m.bar.top)} px of a ${height} px screen`);
        });
      });
    }
  }
}

for (const [width, height] of SIZES) {
  for (const lang of ['en', 'es']) {
    test(`${width}×${height} ${lang}: after an urgent answer the emergency and crisis links are on screen on every later page`, async () => {
      await withPage(browser, `urgent-reach-${width}-${lang}`, '/', {}, async ({ page }) => {
        await page.setViewportSize({ width, height });
        const widget = page.locator('kratom-check').first();
        if (lang === 'es') await toSpanish(widget);
        const answers = persona('urgent_breathing_on_benzodiazepines');
        const seen = [];
        let afterUrgent = false;
        await walk(widget, answers, {
          onPage: async (kind) => {
            if (kind === 'urgent') { afterUrgent = true; return; }
            if (!afterUrgent) return;
            seen.push(kind);
            // Scrolled to the bottom of the widget: the links are still on screen.
            await widget.evaluate((el) => el.scrollIntoView({ block: 'end' }));
            const m = await widget.evaluate((el) => {
              const sr = el.shadowRoot;
              const links = [...sr.querySelectorAll('.kc-bar a')].map((a) => {
                const r = a.getBoundingClientRect();
                return { href: a.getAttribute('href'), resource: a.dataset.resource, top: r.top, bottom: r.bottom, height: r.height };
              });
              const bar = [...sr.querySelectorAll('.kc-top, .kc-bar')].find((n) => getComputedStyle(n).position === 'sticky').getBoundingClientRect();
              return { links, bar: bar.height, height: window.innerHeight };
            });
            const of = (id) => m.links.find((l) => l.resource === id);
            for (const id of ['emergency', 'crisis']) {
              const l = of(id);
              assert.ok(l, `${kind}: the ${id} link is in the sticky bar`);
              assert.ok(l.top >= 0 && l.bottom <= m.height && l.height >= 24, `${kind}: the ${id} link is on screen (${l.top}–${l.bottom})`);
            }
            assert.equal(of('emergency').href, 'tel:911');
            assert.equal(of('crisis').href, 'tel:988');
            assert.ok(m.bar <= 0.12 * height, `${kind}: the bar is ${m.bar} px of ${height}`);
          },
        });
        assert.ok(seen.includes('check') && seen.includes('result') && seen.length > 10, `pages after the urgent page: ${seen}`);
      });
    });
  }
}

test('before any urgent answer the bar has no call links', async () => {
  await withPage(browser, 'bar-no-calls', '/', {}, async ({ page }) => {
    const widget = page.locator('kratom-check').first();
    await walk(widget, persona('once_daily_measured_taper'), { stopAt: 'question:products' });
    assert.equal(await widget.locator('.kc-bar a').count(), 0);
  });
});
