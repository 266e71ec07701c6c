// The quick exit's keyboard shortcut, one table of key sequences run against
// the painted start page (the loader's, before the wasm arrives), the widget,
// and a widget whose clinic turned the shortcut off: Escape twice within a
// second leaves; a key repeat, an IME composition, a key between, a second
// press more than a second later, or presses in the host page's own input
// never do. The page's clock is Playwright's and paused: "within a second" is
// the page's Date.now, moved only by the table, so a loaded machine cannot
// stretch a pair apart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, withPage, waitForReady, consoleSettled, routeNeutralExit, widgetOf, ORIGIN, EXIT, TIMEOUT,
} from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// A step: a key pressed ('Escape', 'Shift'), `{ down }` / `{ up }` (a key
// held: the second keydown is a repeat), `{ ime }` (an Escape keydown marked
// as part of an IME composition, as the browser sends them), or a number (the
// page's clock moves on that many ms).
const SEQUENCES = [
  { name: 'Escape twice at once', steps: ['Escape', 'Escape'], leaves: true },
  { name: 'the second Escape exactly a second later', steps: ['Escape', 1000, 'Escape'], leaves: true },
  { name: 'a pair broken by a key, then a deliberate pair', steps: ['Escape', 'Shift', 'Escape', 'Escape'], leaves: true },
  { name: 'the second Escape just over a second later', steps: ['Escape', 1001, 'Escape'], leaves: false },
  { name: 'another key between the two', steps: ['Escape', 'Shift', 'Escape'], leaves: false },
  { name: 'Escape held down (key repeat)', steps: [{ down: 'Escape' }, { down: 'Escape' }, { down: 'Escape' }, { up: 'Escape' }], leaves: false },
  { name: 'during an IME composition (isComposing)', steps: [{ ime: { isComposing: true } }, { ime: { isComposing: true } }], leaves: false },
  { name: 'during an IME composition (keyCode 229)', steps: [{ ime: { keyCode: 229 } }, { ime: { keyCode: 229 } }], leaves: false },
  { name: "in the host page's own search box", focus: 'host', steps: ['Escape', 'Escape'], leaves: false },
];

/** keydowns each sequence sends (a `{ up }` sends none). */
const keydowns = (row) => row.steps.filter((s) => typeof s === 'string' || s.down || s.ime).length;

/** Holds the wasm response until the page closes: the painted page stays the one on screen. */
function holdWasm(page) {
  return page.route('**/kratom-check_bg.wasm', () => new Promise(() => {}));
}

// Where the keys go. `open` returns the page record with the start page's
// "for myself" answer chosen, a host-page input added, and the clock paused.
const TARGETS = [
  {
    name: 'the painted page, before the wasm',
    opts: { waitReady: false, route: async (page) => { await holdWasm(page); await routeNeutralExit(page); } },
    ready: async (page) => {
      await page.waitForFunction(() => document.querySelector('kratom-check').shadowRoot
        ?.querySelector('[data-kratom-check-prerender] input[name=who]'), null, { timeout: TIMEOUT });
    },
    honours: (row) => row.leaves,
  },
  {
    name: 'the widget',
    opts: { route: routeNeutralExit },
    ready: (page) => waitForReady(page),
    honours: (row) => row.leaves,
  },
  {
    name: 'a widget with data-quick-exit-keys="off"',
    opts: { path: '/www/blank.html', waitReady: false, route: routeNeutralExit },
    ready: async (page) => {
      await page.evaluate(() => {
        const el = document.createElement('kratom-check');
        el.setAttribute('data-quick-exit-keys', 'off');
        document.querySelector('main').append(el);
      });
      await waitForReady(page);
    },
    honours: () => false,
  },
];

/** Opens `target`'s page and runs `fn(rec)` with the answer chosen and the clock paused. */
function onTarget(target, name, fn) {
  const { path = '/', ...opts } = target.opts;
  return withPage(browser, name, path, {
    ...opts,
    clock: true,
    watchLeave: true,
    init: () => {
      // Bubbling to the window comes after the shortcut's own handlers (in the shadow root) ran.
      window.__kcKeydowns = 0;
      window.addEventListener('keydown', () => { window.__kcKeydowns++; });
    },
  }, async (rec) => {
    const { page, context } = rec;
    await target.ready(page);
    const widget = widgetOf(page);
    await widget.locator('input[name=who][value=self]').check({ timeout: TIMEOUT });
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'host-search';
      input.setAttribute('aria-label', 'Search the clinic site');
      document.querySelector('main').prepend(input);
    });
    // From here the page's time moves only when a step says so.
    await context.clock.pauseAt(Date.now() + 5_000);
    await fn(rec);
  });
}

/** Plays one row's steps with focus where the row says. */
async function play(rec, row) {
  const { page, context } = rec;
  await page.evaluate((where) => {
    if (where === 'host') document.getElementById('host-search').focus();
    else document.querySelector('kratom-check').shadowRoot.querySelector('input[name=who][value=self]').focus();
  }, row.focus || 'widget');
  for (const step of row.steps) {
    if (typeof step === 'number') await context.clock.runFor(step);
    else if (typeof step === 'string') await page.keyboard.press(step);
    else if (step.down) await page.keyboard.down(step.down);
    else if (step.up) await page.keyboard.up(step.up);
    else {
      await page.evaluate((init) => {
        const target = document.querySelector('kratom-check').shadowRoot.querySelector('input[name=who][value=self]');
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, ...init }));
      }, step.ime);
    }
  }
}

for (const target of TARGETS) {
  const stays = SEQUENCES.filter((row) => !target.honours(row));
  test(`${target.name}: ${stays.length} key sequences that never leave`, async (t) => {
    await onTarget(target, `keys-stay-${TARGETS.indexOf(target)}`, async (rec) => {
      const { page, context } = rec;
      const here = page.url();
      for (const row of stays) {
        await t.test(row.name, async () => {
          const before = await page.evaluate(() => window.__kcKeydowns);
          await play(rec, row);
          // Every keydown went past the shortcut's handler, and whatever it logged is in.
          assert.equal(await page.evaluate(() => window.__kcKeydowns) - before, keydowns(row), 'every key reached the page');
          await consoleSettled(rec);
          assert.equal(rec.leaving, 0, 'no quick exit started');
          assert.equal(page.url(), here, 'still on the page');
          assert.equal(await widgetOf(page).locator('input[name=who][value=self]').isChecked(), true, 'the answer is kept');
          // The next row starts clean: a pair never spans two rows.
          await context.clock.runFor(5_000);
        });
      }
    });
  });
  for (const row of SEQUENCES.filter((r) => target.honours(r))) {
    test(`${target.name}: ${row.name} leaves`, async () => {
      await onTarget(target, `keys-leave-${TARGETS.indexOf(target)}`, async (rec) => {
        await play(rec, row);
        // The page itself goes (the leave mark's console line may be lost with the
        // unloading document, so the navigation is what this row checks).
        await rec.page.waitForURL(EXIT, { timeout: TIMEOUT });
        assert.ok(!rec.page.url().startsWith(ORIGIN));
      });
    });
  }
}

test('with the keys off there is no "press Esc twice" hint, and the button still leaves', async () => {
  const { path, ...opts } = TARGETS[2].opts;
  await withPage(browser, 'exit-keys-off', path, opts, async ({ page }) => {
    await TARGETS[2].ready(page);
    const widget = widgetOf(page);
    assert.equal(await widget.locator('.kc-exit-hint').count(), 0, 'no "press Esc twice" hint');
    await widget.locator('.kc-exit-button').click();
    await page.waitForURL(EXIT, { timeout: TIMEOUT });
  });
});
