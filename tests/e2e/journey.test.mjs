// Moving through the built widget on the demo page: reasons that link back
// to their answer, loved-one wording, back and change links, the keyboard
// only, both languages, and a hostile host page. Results are compared with
// the `assess` command's output, never with restated rules.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, widgetOf, axe, TIMEOUT } from './harness.mjs';
import { walk, pageKind, moved, tick, PERSONAS, assess, resultHooks, expectedHooks } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function assertResultIs(widget, answers) {
  const { text, ...shown } = await resultHooks(widget);
  assert.deepEqual(shown, expectedHooks(assess(answers)));
  return text;
}

test('a reason is explained as "you said" and its change button leads back to that answer', async () => {
  await withPage(browser, 'reason-link', '/', {}, async ({ page }) => {
    const widget = widgetOf(page);
    const answers = PERSONAS.detox;
    await walk(widget, answers);
    const first = assess(answers).reasons[0];
    const reason = widget.locator(`[data-reason="${first.id}"]`);
    assert.match(await reason.innerText(), /^You said/);
    await reason.locator('button').click();
    const q = first.because[0];
    assert.equal(await moved(widget, 'result'), `question:${q}`);
    for (const v of [].concat(answers[q])) {
      assert.ok(await widget.locator(`input[name="${q}"][value="${v}"]`).isChecked(), `the answer ${v} is kept`);
    }
    // Change it to the first value the persona did not give.
    const values = await widget.locator(`input[name="${q}"]`).evaluateAll((ns) => ns.map((n) => n.value));
    const other = values.find((v) => ![].concat(answers[q]).includes(v) && v !== 'not_sure');
    for (const v of [].concat(answers[q])) await widget.locator(`input[name="${q}"][value="${v}"]`).uncheck().catch(() => {});
    await tick(widget, q, other);
    await widget.locator('button[type=submit]').click();
    assert.equal(await moved(widget, `question:${q}`), 'check', 'a change returns to check-your-answers');
    await widget.locator('button[type=submit]').click();
    await moved(widget, 'check');
    const changed = { ...answers, [q]: Array.isArray(answers[q]) ? [other] : other };
    await assertResultIs(widget, changed);
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
    await assertResultIs(widget, PERSONAS.lovedOne);
    assert.equal(await widget.locator('.kc-loved-one').count(), 1, 'the conversation guide is shown');
    const quotes = await widget.locator('.kc-script li').first().innerText();
    assert.doesNotMatch(quotes, /^\W*["“«]\s*["“«]/, `one pair of quotation marks: ${quotes}`);
    assert.equal(await widget.locator('.kc-unsure').count(), assess(PERSONAS.lovedOne).severity.unsure > 0 ? 1 : 0);
    assert.deepEqual(errors, []);
  });
});

test('back keeps every answer, and the urgent question needs an answer', async () => {
  await withPage(browser, 'back', '/', {}, async ({ page }) => {
    const widget = widgetOf(page);
    const p = PERSONAS.taper;
    await walk(widget, p, { stopAt: 'question:duration' });
    await widget.locator('input[name=duration][value=over_1_year]').check();
    await widget.locator('.kc-back').click();
    assert.equal(await moved(widget, 'question:duration'), 'question:night_dosing');
    assert.ok(await widget.locator(`input[name=night_dosing][value=${p.night_dosing}]`).isChecked());
    await widget.locator('.kc-back').click();
    assert.equal(await moved(widget, 'question:night_dosing'), 'question:frequency');
    assert.ok(await widget.locator(`input[name=frequency][value=${p.frequency}]`).isChecked());
    await widget.locator('button[type=submit]').click();
    await moved(widget, 'question:frequency');
    await widget.locator('button[type=submit]').click();
    await moved(widget, 'question:night_dosing');
    assert.ok(await widget.locator('input[name=duration][value=over_1_year]').isChecked(),
      'a choice made before pressing Back is kept too');
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
    await widget.locator('.kc-error-summary a').click();
    const target = await widget.evaluate((el) => el.shadowRoot.activeElement?.getAttribute('name'));
    assert.equal(target, 'urgent_now', 'the summary link jumps to the answers');
  });
});

test('change link on check-your-answers goes to that question and back', async () => {
  await withPage(browser, 'change', '/', {}, async ({ page }) => {
    const widget = widgetOf(page);
    await walk(widget, PERSONAS.monitor, { stopAt: 'check' });
    const change = widget.locator('[data-change="frequency"]');
    assert.match(await change.innerText(), /Change.*(often|How)/is, 'the change button names its question');
    await change.click();
    assert.equal(await moved(widget, 'check'), 'question:frequency');
    await tick(widget, 'frequency', 'daily_4_plus');
    await widget.locator('button[type=submit]').click();
    assert.equal(await moved(widget, 'question:frequency'), 'check');
    const text = await widget.locator('.kc-check').innerText();
    assert.match(text, /4 or more|four or more|4\+/i, text);
    await widget.locator('button[type=submit]').click();
    await moved(widget, 'check');
    await assertResultIs(widget, { ...PERSONAS.monitor, frequency: 'daily_4_plus' });
  });
});

test('keyboard only: the whole journey with Tab, Space and Enter; focus goes to each heading', async () => {
  await withPage(browser, 'keyboard', '/', {}, async ({ page }) => {
    const widget = widgetOf(page);
    const active = () => widget.evaluate((el) => {
      const a = el.shadowRoot.activeElement;
      return a ? { tag: a.tagName, name: a.getAttribute('name'), type: a.getAttribute('type'), value: a.value,
        cls: a.className } : null;
    });
    async function tabTo(pred, what) {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const a = await active();
        if (a && pred(a)) return a;
      }
      throw new Error(`Tab never reached ${what}`);
    }
    const answers = { who: 'self', urgent_now: 'none', frequency: 'daily_once' };
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
    await assertResultIs(widget, { who: 'self', urgent_now: ['none'], frequency: 'daily_once' });
    // On to the plan and back, by keyboard.
    await tabTo((a) => /kc-make-plan/.test(a.cls), 'Make your plan');
    await page.keyboard.press('Enter');
    assert.equal(await moved(widget, 'result'), 'plan');
    assert.equal((await active())?.tag, 'H2', 'focus moves to the plan heading');
    await tabTo((a) => /kc-back/.test(a.cls), 'Back');
    await page.keyboard.press('Enter');
    assert.equal(await moved(widget, 'plan'), 'result');
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
    await widget.locator('.kc-make-plan').click();
    await moved(widget, 'result');
    assert.match(await widget.locator('.kc-plan').innerText(), /diario/i);
    await widget.locator('#kc-appointment').fill('martes');
    await widget.locator('.kc-lang').click();
    await page.waitForFunction(() =>
      document.querySelector('kratom-check').shadowRoot.querySelector('.kc').getAttribute('lang') === 'en');
    assert.equal(await widget.locator('#kc-appointment').inputValue(), 'martes', 'typed words kept across the switch');
    await widget.locator('.kc-back').click();
    await moved(widget, 'plan');
    assert.match(await widget.locator('[data-care-level]').innerText(), /You said/, 'answers kept across the switch');
  });
});

test('Spanish page (<html lang="es">): Spanish at start, result and plan, axe clean', async () => {
  await withPage(browser, 'spanish-page', '/www/es.html', {}, async ({ page, errors, foreign }) => {
    const widget = widgetOf(page);
    assert.match(await widget.locator('.kc-privacy').innerText(), /Sus respuestas se quedan en este dispositivo/);
    assert.deepEqual(await axe(page), [], 'Spanish start page');
    await walk(widget, PERSONAS.detox);
    const text = await assertResultIs(widget, PERSONAS.detox);
    assert.match(text, /Desintoxicación con apoyo médico/);
    assert.match(text, /Esto no es un diagnóstico/);
    assert.deepEqual(await axe(page), [], 'Spanish result page');
    await widget.locator('.kc-make-plan').click();
    await moved(widget, 'result');
    assert.match(await widget.locator('.kc-plan').innerText(), /kit de alivio/i);
    assert.deepEqual(await axe(page), [], 'Spanish plan page');
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
    await assertResultIs(widget, PERSONAS.residential);
    assert.deepEqual(errors, []);
  });
});
