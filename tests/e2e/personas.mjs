// Every persona of the shared fixture (tests/personas.json), walked through
// the built widget like a person would, and the result page compared with
// the `assess` command's output for the same answers: level, confidence,
// band, and every reason, caution, note and prerequisite in order. The
// fixture is split into shards so each test file stays short.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage } from './harness.mjs';
import { walk, FIXTURE, assess, resultHooks, expectedHooks } from './journey.mjs';

export function personaShard(index, count) {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });
  const shard = FIXTURE.filter((_, i) => i % count === index);
  for (const p of shard) {
    test(`persona ${p.name}: the page shows what assess says`, async () => {
      const expected = expectedHooks(assess(p.answers));
      // The fixture's own expectation agrees with the engine (a drift guard).
      assert.equal(expected.care_level, p.expect.care_level);
      await withPage(browser, `persona-${p.name}`, '/', {}, async ({ page, errors }) => {
        const widget = page.locator('kratom-check').first();
        const seen = await walk(widget, p.answers);
        assert.equal(seen.includes('urgent'), expected.care_level === 'urgent', 'the urgent page only after a red flag');
        const { text, ...shown } = await resultHooks(widget);
        assert.deepEqual(shown, expected);
        assert.match(text, /not a diagnosis|no es un diagnóstico/i);
        assert.deepEqual(errors, []);
      });
    });
  }
}
