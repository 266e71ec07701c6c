// Every persona of the shared fixture (tests/personas.json), walked through
// the built widget like a person would, and the result page compared with
// the `assess` command's output for the same answers: level, confidence,
// band, and every reason, caution, note and prerequisite in order. The
// fixture is split by the care level the persona expects, one file per
// group (SHARDS), so each file stays short and says what it covers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, widgetOf } from './harness.mjs';
import { walk, FIXTURE, assess, resultHooks, expectedHooks } from './journey.mjs';

/** The persona files and the care levels each walks (personas-<levels>.test.mjs). */
export const SHARDS = [['taper'], ['detox', 'residential'], ['monitor', 'urgent']];

/** Walks every persona whose expected care level is one of `levels`. */
export function personaShard(levels) {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });
  if (levels === SHARDS[0]) {
    // Said once: a persona whose level no file walks would be skipped silently.
    test('every persona of the fixture is walked by one persona file', () => {
      const walked = SHARDS.flat();
      assert.deepEqual(FIXTURE.filter((p) => !walked.includes(p.expect.care_level)).map((p) => p.name), []);
    });
  }
  const shard = FIXTURE.filter((p) => levels.includes(p.expect.care_level));
  assert.ok(shard.length > 0, `no persona expects ${levels.join(' or ')}`);
  for (const p of shard) {
    test(`persona ${p.name}: the page shows what assess says`, async () => {
      const expected = expectedHooks(assess(p.answers));
      // The fixture's own expectation agrees with the engine (a drift guard).
      assert.equal(expected.care_level, p.expect.care_level);
      await withPage(browser, `persona-${p.name}`, '/', {}, async ({ page, errors }) => {
        const widget = widgetOf(page);
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
