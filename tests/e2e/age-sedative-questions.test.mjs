// The questions care guide v3 adds to the journey (§2): age_band after who
// and the urgent question; sedative_frequency right after other_substances,
// only while an asked sedative (alcohol, benzodiazepines, sleeping pills) is
// named, and dropped when a change removes that; the sedative_stop caution
// for a daily drinker; a crisis line other than 988 named neutrally in
// every text of the result. Results are compared with `assess`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, widgetOf, waitForReady } from './harness.mjs';
import { walk, moved, tick, assess, resultHooks, expectedHooks } from './journey.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const DRINKER = {
  who: 'self', urgent_now: ['none'], age_band: '26_plus', products: ['powder_leaf'], frequency: 'weekly',
  other_substances: ['alcohol'], sedative_frequency: 'daily', signs: ['none'],
};

async function assertResultIs(widget, answers) {
  const { text, ...shown } = await resultHooks(widget);
  assert.deepEqual(shown, expectedHooks(assess(answers)));
  return text;
}

test('a daily drinker: age after the urgent question, the sedative follow-up, and the sedative_stop caution', async () => {
  await withPage(browser, 'v3-drinker', '/', {}, async ({ page, errors }) => {
    const widget = widgetOf(page);
    const seen = await walk(widget, DRINKER);
    const at = (k) => seen.indexOf(k);
    assert.equal(at('question:age_band'), at('question:urgent_now') + 1, `age right after the urgent question: ${seen}`);
    assert.equal(at('question:sedative_frequency'), at('question:other_substances') + 1, `${seen}`);
    assert.equal(seen.filter((k) => k === 'question:sedative_frequency').length, 1);
    await assertResultIs(widget, DRINKER);
    const caution = widget.locator('[data-caution="sedative_stop"]');
    assert.equal(await caution.count(), 1, 'the sedative_stop caution shows');
    assert.match(await caution.innerText(), /seizure/i);
    assert.deepEqual(errors, []);
  });
});

test('no asked sedative, no follow-up; a change that removes the sedative drops its answer', async () => {
  await withPage(browser, 'v3-follow-up', '/', {}, async ({ page, errors }) => {
    const widget = widgetOf(page);
    const stimulants = { ...DRINKER, other_substances: ['stimulants', 'opioids'] };
    delete stimulants.sedative_frequency;
    const seen = await walk(widget, stimulants, { stopAt: 'check' });
    assert.ok(!seen.includes('question:sedative_frequency'), `opioids and stimulants ask no follow-up: ${seen}`);
    assert.equal(await widget.locator('[data-change="sedative_frequency"]').count(), 0, 'not listed to check');
    assert.equal(await widget.locator('[data-change="age_band"]').count(), 1);

    // Change to alcohol: the follow-up is asked at once, then back to check.
    await widget.locator('[data-change="other_substances"]').click();
    await moved(widget, 'check');
    for (const v of ['stimulants', 'opioids']) await widget.locator(`input[name="other_substances"][value="${v}"]`).uncheck();
    await tick(widget, 'other_substances', 'alcohol');
    await widget.locator('button[type=submit]').click();
    assert.equal(await moved(widget, 'question:other_substances'), 'question:sedative_frequency');
    await tick(widget, 'sedative_frequency', 'daily');
    await widget.locator('button[type=submit]').click();
    assert.equal(await moved(widget, 'question:sedative_frequency'), 'check');
    assert.equal(await widget.locator('[data-change="sedative_frequency"]').count(), 1);

    // Back to stimulants only: the follow-up and its answer are gone.
    await widget.locator('[data-change="other_substances"]').click();
    await moved(widget, 'check');
    await widget.locator('input[name="other_substances"][value="alcohol"]').uncheck();
    await tick(widget, 'other_substances', 'stimulants');
    await widget.locator('button[type=submit]').click();
    assert.equal(await moved(widget, 'question:other_substances'), 'check');
    assert.equal(await widget.locator('[data-change="sedative_frequency"]').count(), 0);
    await widget.locator('button[type=submit]').click();
    await moved(widget, 'check');
    const final = { ...stimulants, other_substances: ['stimulants'] };
    await assertResultIs(widget, final);
    assert.equal(await widget.locator('[data-caution="sedative_stop"]').count(), 0);
    assert.deepEqual(errors, []);
  });
});

for (const lang of ['en', 'es']) {
  test(`a crisis line other than 988 (${lang}): every text of the result names it neutrally`, async () => {
    await withPage(browser, `v3-crisis-${lang}`, '/www/blank.html', { waitReady: false }, async ({ page, errors }) => {
      await page.waitForFunction(() => !!window.KratomCheck);
      await page.evaluate((lang) => {
        const el = document.createElement('kratom-check');
        el.setAttribute('data-lang', lang);
        el.setAttribute('data-emergency-number', '000');
        el.setAttribute('data-crisis-line', '131114');
        document.querySelector('main').append(el);
      }, lang);
      await waitForReady(page);
      const widget = widgetOf(page);
      // Severe mood on stopping and under 18: the notes that name the crisis line.
      const answers = { who: 'loved_one', urgent_now: ['none'], age_band: 'under_18', frequency: 'daily_once',
        mood_when_stopping: 'severe', mental_health: ['depression'], other_substances: ['opioids'] };
      await walk(widget, answers);
      await assertResultIs(widget, answers);
      for (const note of ['mental_health_care', 'young_person', 'naloxone']) {
        assert.equal(await widget.locator(`[data-note="${note}"]`).count(), 1, note);
      }
      const text = await widget.evaluate((el) => el.shadowRoot.querySelector('[data-care-level]').innerText);
      for (const us of [/988/, /Lifeline/, /AYUDA/, /SAMHSA/, /1-800/, /In the US/, /Estados Unidos|EE\. ?UU/, /\{/]) {
        assert.doesNotMatch(text, us);
      }
      assert.match(text, lang === 'en' ? /the crisis line/ : /la línea de crisis/);
      assert.deepEqual(errors, []);
    });
  });
}
