// The whole journey in the built widget on the demo page (issue 4): personas
// reaching every level, loved-one mode, back and change links, keyboard only,
// quick exit, print, download, axe on every page kind, and privacy after it all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  launch, withPage, axe, storage, EMPTY_STORAGE, newGlobals, ORIGIN, sleep, TIMEOUT,
} from './harness.mjs';
import { walk, pageKind, moved, tick, PERSONAS } from './journey.mjs';

const SHOTS = join(process.env.KC_ARTIFACTS || 'target/e2e-artifacts', 'pages');
let browser;
before(async () => { browser = await launch(); await mkdir(SHOTS, { recursive: true }); });
after(async () => { await browser?.close(); });

const widgetOf = (page) => page.locator('kratom-check').first();

async function result(widget) {
  return widget.evaluate((el) => {
    const sr = el.shadowRoot;
    const box = sr.querySelector('[data-care-level]');
    const all = (attr) => [...sr.querySelectorAll(`[${attr}]`)].map((n) => n.getAttribute(attr));
    return {
      level: box.getAttribute('data-care-level'),
      reasons: all('data-reason'),
      cautions: all('data-caution'),
      notes: all('data-note'),
      text: box.innerText,
    };
  });
}

for (const [name, expect] of [
  ['monitor', { level: 'monitor', reasons: [], notes: ['therapy'] }],
  ['taper', { level: 'taper', reasons: ['signs_present', 'daily_use'] }],
  ['detox', { level: 'detox', reasons: ['extract_use', 'night_dosing', 'multiple_daily_doses'], cautions: ['detox_kit', 'already_on_extracts'] }],
  ['residential', { level: 'residential', reasons: ['environment', 'broader_pattern', 'time_away', 'multiple_daily_doses', 'mixing'] }],
  ['urgent', { level: 'urgent' }],
]) {
  test(`self journey reaches ${name}`, async () => {
    await withPage(browser, `journey-${name}`, '/', {}, async ({ page, errors }) => {
      const widget = widgetOf(page);
      const seen = await walk(widget, PERSONAS[name]);
      assert.equal(seen[0], 'start');
      assert.ok(seen.includes('check'), 'check-your-answers comes before the result');
      assert.equal(seen.includes('urgent'), name === 'urgent', 'urgent page only after a red flag');
      if (name === 'urgent') assert.equal(seen[2], 'urgent', 'the urgent page comes straight after the red flag');
      const r = await result(widget);
      assert.equal(r.level, expect.level);
      for (const id of expect.reasons || []) assert.ok(r.reasons.includes(id), `reason ${id} shown: ${r.reasons}`);
      if (expect.reasons && expect.reasons.length === 0) assert.deepEqual(r.reasons, []);
      for (const id of expect.cautions || []) assert.ok(r.cautions.includes(id), `caution ${id}: ${r.cautions}`);
      for (const id of expect.notes || []) assert.ok(r.notes.includes(id), `note ${id}`);
      assert.match(r.text, /not a diagnosis/i);
      assert.match(r.text, /988/, 'emergency resources on every result');
      assert.deepEqual(errors, []);
    });
  });
}

test('a reason is explained as "you said" and links back to that answer', async () => {
  await withPage(browser, 'reason-link', '/', {}, async ({ page }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.detox);
    const reason = widget.locator('[data-reason="night_dosing"]');
    assert.match(await reason.innerText(), /^You said/);
    await reason.locator('button').click();
    assert.equal(await moved(widget, 'result'), 'question:night_dosing');
    assert.ok(await widget.locator('input[name=night_dosing][value=yes]').isChecked(), 'the answer is kept');
    await tick(widget, 'night_dosing', 'no');
    await widget.locator('button[type=submit]').click();
    assert.equal(await moved(widget, 'question:night_dosing'), 'check', 'a change returns to check-your-answers');
    await widget.locator('button[type=submit]').click();
    await moved(widget, 'check');
    const r = await result(widget);
    assert.ok(!r.reasons.includes('night_dosing'), 'the changed answer changes the result');
    assert.equal(r.level, 'detox', 'extracts still call for detox');
  });
});

test('loved-one journey: third-person wording, the guide, unsure answers counted', async () => {
  await withPage(browser, 'journey-loved-one', '/', {}, async ({ page, errors }) => {
    const widget = widgetOf(page);
    let legend = '';
    await walk(widget, PERSONAS.lovedOne, {
      onPage: async (kind) => {
        if (kind === 'question:frequency') legend = await widget.locator('legend').innerText();
      },
    });
    assert.match(legend, /the person|they|their/i, `third person: ${legend}`);
    assert.doesNotMatch(legend, /\byou use\b/i);
    const r = await result(widget);
    assert.equal(r.level, 'taper');
    for (const id of ['loved_one_guide', 'pain_care', 'sober_living', 'therapy']) assert.ok(r.notes.includes(id), id);
    assert.equal(await widget.locator('.kc-loved-one').count(), 1, 'the conversation guide is shown');
    assert.equal(await widget.locator('.kc-unsure').count(), 1, 'unsure answers are counted');
    assert.deepEqual(errors, []);
  });
});

test('back keeps every answer, and the urgent question needs an answer', async () => {
  await withPage(browser, 'back', '/', {}, async ({ page }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.taper, { stopAt: 'question:duration' });
    await widget.locator('input[name=duration][value=over_1_year]').check();
    await widget.locator('.kc-back').click();
    assert.equal(await moved(widget, 'question:duration'), 'question:night_dosing');
    assert.ok(await widget.locator('input[name=night_dosing][value=no]').isChecked());
    await widget.locator('.kc-back').click();
    assert.equal(await moved(widget, 'question:night_dosing'), 'question:frequency');
    assert.ok(await widget.locator('input[name=frequency][value=daily_once]').isChecked());
    await widget.locator('button[type=submit]').click();
    await moved(widget, 'question:frequency');
    await widget.locator('button[type=submit]').click();
    await moved(widget, 'question:night_dosing');
    assert.ok(await widget.locator('input[name=duration][value=over_1_year]').isChecked(),
      'a choice made before pressing Back is kept too');
    // Back to the urgent question: submitting nothing shows the error summary, focused.
    for (let i = 0; i < 5 && (await pageKind(widget)) !== 'question:urgent_now'; i++) {
      const from = await pageKind(widget);
      await widget.locator('.kc-back').click();
      await moved(widget, from);
    }
    await widget.locator('input[name=urgent_now][value=none]').uncheck();
    await widget.locator('button[type=submit]').click();
    await widget.locator('.kc-error-summary').waitFor({ timeout: TIMEOUT });
    const focused = await widget.evaluate((el) => el.shadowRoot.activeElement?.className || '');
    assert.match(focused, /kc-error-summary/, 'the error summary takes focus');
    assert.equal(await pageKind(widget), 'question:urgent_now');
    assert.deepEqual(await axe(page), [], 'error summary state');
    await widget.locator('.kc-error-summary a').click();
    const target = await widget.evaluate((el) => el.shadowRoot.activeElement?.getAttribute('name'));
    assert.equal(target, 'urgent_now', 'the summary link jumps to the answers');
  });
});

test('change link on check-your-answers goes to that question and back', async () => {
  await withPage(browser, 'change', '/', {}, async ({ page }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.monitor, { stopAt: 'check' });
    const row = widget.locator('[data-change="frequency"]');
    await row.click();
    assert.equal(await moved(widget, 'check'), 'question:frequency');
    await tick(widget, 'frequency', 'daily_4_plus');
    await widget.locator('button[type=submit]').click();
    assert.equal(await moved(widget, 'question:frequency'), 'check');
    const text = await widget.locator('.kc-check').innerText();
    assert.match(text, /4 or more|four or more|4\+/i, text);
    await widget.locator('button[type=submit]').click();
    await moved(widget, 'check');
    assert.equal((await result(widget)).level, 'detox');
  });
});

test('keyboard only: the whole journey with Tab, Space and Enter; focus goes to each heading', async () => {
  await withPage(browser, 'keyboard', '/', {}, async ({ page }) => {
    const widget = widgetOf(page);
    const active = () => widget.evaluate((el) => {
      const a = el.shadowRoot.activeElement;
      return a ? { tag: a.tagName, name: a.getAttribute('name'), type: a.getAttribute('type'), value: a.value } : null;
    });
    async function tabTo(pred, what) {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const a = await active();
        if (a && pred(a)) return a;
      }
      throw new Error(`Tab never reached ${what}`);
    }
    const answers = { who: 'self', urgent_now: 'none' };
    let kind = await pageKind(widget);
    let pages = 0;
    while (kind !== 'result') {
      if (kind === 'check') {
        await tabTo((a) => a.type === 'submit', 'the submit button');
        await page.keyboard.press('Enter');
      } else {
        const q = kind === 'start' ? 'who' : kind.slice('question:'.length);
        if (answers[q]) {
          await tabTo((a) => a.name === q, `an answer to ${q}`);
          // Arrow keys move within a radio group; Space ticks a checkbox.
          const want = answers[q];
          for (let i = 0; i < 12; i++) {
            const a = await active();
            if (a.value === want) break;
            await page.keyboard.press(a.type === 'radio' ? 'ArrowDown' : 'Tab');
          }
          await page.keyboard.press('Space');
        }
        await tabTo((a) => a.type === 'submit', 'the submit button');
        await page.keyboard.press('Enter');
      }
      kind = await moved(widget, kind);
      const a = await active();
      assert.equal(a?.tag, 'H2', `focus moves to the heading on ${kind}`);
      pages++;
    }
    assert.ok(pages >= 21, `went through every page (${pages})`);
    assert.equal((await result(widget)).level, 'monitor');
  });
});

test('quick exit replaces the page, leaves no way back, and Escape twice does the same', async () => {
  for (const how of ['button', 'escape']) {
    await withPage(browser, `exit-${how}`, '/', {
      route: (page) => page.route('https://www.google.com/**', (r) =>
        r.fulfill({ status: 200, contentType: 'text/html', body: '<title>neutral</title>neutral' })),
    }, async ({ page }) => {
      const widget = widgetOf(page);
      await walk(widget, PERSONAS.detox, { stopAt: 'question:products' });
      const before = await page.evaluate(() => history.length);
      if (how === 'button') {
        await widget.locator('.kc-exit-button').click();
      } else {
        await widget.locator('input[name=products]').first().focus();
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
      }
      await page.waitForURL('https://www.google.com/**', { timeout: TIMEOUT });
      assert.equal(await page.evaluate(() => history.length), before, 'replaced, not pushed');
      await page.goBack().catch(() => {});
      assert.ok(!page.url().startsWith(ORIGIN), `Back does not return to the check (${page.url()})`);
    });
  }
});

test('print shows only the summary and the plan', async () => {
  await withPage(browser, 'print', '/', {}, async ({ page }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.taper);
    await page.emulateMedia({ media: 'print' });
    const shown = (sel) => widget.locator(sel).first().evaluate((n) => getComputedStyle(n).display !== 'none');
    assert.equal(await shown('.kc-exit-button'), false, 'quick exit hidden on paper');
    assert.equal(await shown('.kc-actions'), false, 'buttons hidden on paper');
    assert.equal(await shown('.kc-plan'), true, 'plan printed');
    assert.equal(await shown('[data-care-level]'), true, 'summary printed');
    await page.screenshot({ path: join(SHOTS, 'result-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await shown('.kc-actions'), true);
  });
});

test('download makes a file on the device with the level and the plan edits', async () => {
  await withPage(browser, 'download', '/', {}, async ({ page, requests }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.detox);
    await widget.locator('#kc-appointment').fill('Call the clinic on Monday');
    const mark = requests.length;
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: TIMEOUT }),
      widget.locator('.kc-actions button').nth(1).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.txt$/);
    const text = await readFile(await download.path(), 'utf8');
    assert.match(text, /Medically supported detox|detox/i);
    assert.match(text, /Call the clinic on Monday/);
    assert.match(text, /988/);
    const after = requests.slice(mark).map((r) => r.url).filter((u) => !u.startsWith('blob:'));
    assert.deepEqual(after, [], 'nothing is uploaded');
  });
});

test('axe-core: zero WCAG 2.2 AA violations on every page kind, and screenshots at 375 and 1280 px', async () => {
  for (const width of [375, 1280]) {
    for (const persona of ['urgent', 'lovedOne', 'detox']) {
      await withPage(browser, `axe-${persona}-${width}`, '/', {}, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        const widget = widgetOf(page);
        const checked = new Set();
        await walk(widget, PERSONAS[persona], {
          onPage: async (kind) => {
            const k = kind.startsWith('question:') ? (kind.endsWith('signs') ? 'question-multi' : kind === 'question:frequency' ? 'question-single' : null) : kind;
            if (!k || checked.has(k)) return;
            checked.add(k);
            assert.deepEqual(await axe(page), [], `${persona} ${kind} at ${width}px`);
            await page.screenshot({ path: join(SHOTS, `${persona}-${k}-${width}.png`), fullPage: true });
          },
        });
      });
    }
  }
});

test('after the whole journey: no request, no storage, nothing for the host page', async () => {
  await withPage(browser, 'privacy-journey', '/', {
    init: () => {
      window.__kcMessages = [];
      window.addEventListener('message', (e) => window.__kcMessages.push(String(e.data)));
    },
  }, async (rec) => {
    const { page, requests, foreign, errors } = rec;
    await sleep(200);
    const mark = requests.length;
    const widget = widgetOf(page);
    const custom = [];
    await page.exposeFunction('__kcSawEvent', (t) => custom.push(t));
    await page.evaluate(() => {
      const el = document.querySelector('kratom-check');
      for (const t of ['kratom-check', 'result', 'answer', 'change', 'submit']) {
        el.addEventListener(t, () => window.__kcSawEvent(t));
      }
    });
    await walk(widget, PERSONAS.residential);
    await widget.locator('#kc-appointment').fill('Thursday 10am');
    await sleep(300);
    assert.deepEqual(foreign, []);
    assert.deepEqual(requests.slice(mark).map((r) => r.url), [], 'zero requests during the journey');
    assert.deepEqual(await storage(rec), EMPTY_STORAGE);
    const globals = (await newGlobals(page)).filter((g) => !g.startsWith('__playwright'));
    assert.deepEqual(globals, ['KratomCheck'], 'no new globals carry answers');
    assert.deepEqual(await page.evaluate(() => window.__kcMessages), [], 'no postMessage');
    assert.deepEqual(custom, [], 'no answer events reach the host element');
    const light = await page.evaluate(() => document.body.innerText);
    assert.doesNotMatch(light, /Thursday 10am|benzodiazepine|Residential/i, 'no answers in the light DOM');
    const api = await page.evaluate(() => Object.keys(window.KratomCheck).sort());
    assert.deepEqual(api, ['mount'], 'the API offers mounting only');
    assert.deepEqual(errors, []);
  });
});

test('reflows at 320 px (400 % zoom) with no sideways scrolling, and targets are at least 24 px', async () => {
  await withPage(browser, 'reflow', '/', {}, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.detox, {
      onPage: async (kind) => {
        const m = await widget.evaluate((el) => {
          const root = el.shadowRoot.querySelector('.kc-root');
          const small = [...el.shadowRoot.querySelectorAll('button, input, a')]
            .map((n) => n.getBoundingClientRect())
            .filter((r) => r.width > 0 && (r.width < 24 || r.height < 24)).length;
          return { overflow: root.scrollWidth - root.clientWidth, page: document.documentElement.scrollWidth, small };
        });
        assert.ok(m.overflow <= 1, `${kind}: widget scrolls sideways by ${m.overflow}px`);
        assert.ok(m.page <= 320, `${kind}: page is ${m.page}px wide`);
        assert.equal(m.small, 0, `${kind}: ${m.small} targets under 24px`);
      },
    });
  });
});

test('start over forgets every answer', async () => {
  await withPage(browser, 'start-over', '/', {}, async ({ page }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.residential);
    await widget.locator('#kc-appointment').fill('Friday');
    await widget.locator('.kc-start-over').click();
    assert.equal(await moved(widget, 'result'), 'start');
    assert.equal(await widget.locator('input:checked').count(), 0, 'nothing chosen on the start page');
    const seen = await walk(widget, { who: 'self', urgent_now: 'none' });
    assert.equal(seen.at(-1), 'result');
    assert.equal((await result(widget)).level, 'monitor', 'no earlier answer survives');
    assert.equal(await widget.locator('#kc-appointment').inputValue(), '', 'plan edits are gone too');
  });
});

test('dark colour scheme: axe passes on the question and result pages', async () => {
  await withPage(browser, 'dark', '/', {}, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const widget = widgetOf(page);
    const bg = await widget.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.kc-root')).backgroundColor);
    assert.notEqual(bg, 'rgb(255, 255, 255)', 'the auto theme follows the dark scheme');
    await walk(widget, PERSONAS.urgent, {
      onPage: async (kind) => {
        if (['question:urgent_now', 'urgent', 'result'].includes(kind)) {
          assert.deepEqual(await axe(page), [], `dark ${kind}`);
        }
      },
    });
  });
});

test('Spanish from the in-widget switch: start, questions, result and plan', async () => {
  await withPage(browser, 'spanish-switch', '/', {}, async ({ page }) => {
    const widget = widgetOf(page);
    await widget.locator('.kc-lang').click();
    await page.waitForFunction(() =>
      document.querySelector('kratom-check').shadowRoot.querySelector('.kc').getAttribute('lang') === 'es');
    assert.match(await widget.locator('.kc-privacy').innerText(), /dispositivo/);
    assert.equal(await widget.evaluate((el) => el.shadowRoot.firstElementChild.getAttribute('lang')), 'es',
      'the top element of the shadow root follows the switch');
    let legend = '';
    await walk(widget, PERSONAS.taper, {
      onPage: async (kind) => { if (kind === 'question:frequency') legend = await widget.locator('legend').innerText(); },
    });
    assert.match(legend, /¿/, `Spanish question: ${legend}`);
    const text = await widget.locator('[data-care-level]').innerText();
    assert.match(text, /reducción gradual/i, 'Spanish level name');
    assert.match(text, /Usted dijo/, 'Spanish reasons');
    assert.match(await widget.locator('.kc-plan').innerText(), /Llevar un diario corto/);
    await widget.locator('.kc-lang').click();
    await page.waitForFunction(() =>
      document.querySelector('kratom-check').shadowRoot.querySelector('.kc').getAttribute('lang') === 'en');
    assert.match(await widget.locator('[data-care-level]').innerText(), /You said/, 'answers kept across the switch');
  });
});

test('Spanish page (<html lang="es">): Spanish at start, result and plan, axe clean', async () => {
  await withPage(browser, 'spanish-page', '/www/es.html', {}, async ({ page, errors, foreign }) => {
    const widget = widgetOf(page);
    assert.match(await widget.locator('.kc-privacy').innerText(), /Sus respuestas se quedan en este dispositivo/);
    assert.deepEqual(await axe(page), [], 'Spanish start page');
    await walk(widget, PERSONAS.detox);
    const r = await result(widget);
    assert.equal(r.level, 'detox');
    assert.match(r.text, /Desintoxicación con apoyo médico/);
    assert.match(r.text, /Esto no es un diagnóstico/);
    assert.match(await widget.locator('.kc-plan').innerText(), /Preparar un kit de alivio/);
    assert.deepEqual(await axe(page), [], 'Spanish result page');
    assert.deepEqual(foreign, []);
    assert.deepEqual(errors, []);
  });
});

test('hostile host CSS: a whole journey still completes, and axe passes', async () => {
  await withPage(browser, 'hostile-journey', '/www/hostile.html', {}, async ({ page, errors }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.residential, {
      onPage: async (kind) => {
        if (kind === 'start' || kind === 'result') {
          const v = (await axe(page)).filter((x) => x.nodes.some((n) => n.startsWith('kratom-check')));
          assert.deepEqual(v, [], `widget has no violations on ${kind} under hostile CSS`);
        }
      },
    });
    assert.equal((await result(widget)).level, 'residential');
    assert.deepEqual(errors, []);
  });
});
