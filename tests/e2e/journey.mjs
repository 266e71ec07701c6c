// Drives the widget's journey the way a person would: one page at a time,
// answering from a persona (question id → value or values), through the
// urgent page and check-your-answers, to the result.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { TIMEOUT } from './harness.mjs';

const ROOT = process.cwd();

/**
 * Runs in the page: the kind of page the widget `el` shows — 'start' |
 * 'question:<id>' | 'urgent' | 'check' | 'result' | 'plan' | 'unknown'. With
 * `from` not null, a promise of the first kind that is not `from`, checked on each
 * change to the widget's shadow root (a MutationObserver, with a
 * null-prototype init so a polluted Object.prototype cannot break it).
 */
function kindOf(el, { from, timeout }) {
  const sr = el.shadowRoot;
  const now = () => {
    const input = sr.querySelector('form input');
    if (sr.querySelector('[data-care-level]')) return 'result';
    if (sr.querySelector('.kc-plan-page')) return 'plan';
    if (sr.querySelector('[data-urgent]')) return 'urgent';
    if (sr.querySelector('.kc-check')) return 'check';
    if (!input) return 'unknown';
    return input.name === 'who' && sr.querySelector('.kc-start') ? 'start' : `question:${input.name}`;
  };
  if (from === null || now() !== from) return now();
  return new Promise((resolve, reject) => {
    const init = Object.create(null);
    init.childList = true;
    init.subtree = true;
    const watch = new MutationObserver(() => {
      const kind = now();
      if (kind !== from) { watch.disconnect(); clearTimeout(timer); resolve(kind); }
    });
    const timer = setTimeout(() => { watch.disconnect(); reject(new Error(`still on ${from} after ${timeout} ms`)); }, timeout);
    watch.observe(sr, init);
  });
}

/** What the widget shows now: 'start' | 'question:<id>' | 'urgent' | 'check' | 'result' | 'plan'. */
export async function pageKind(widget) {
  return widget.evaluate(kindOf, { from: null, timeout: 0 });
}

/** Waits until the page is no longer `from`; returns the new kind (the change is seen as it happens, not polled). */
export async function moved(widget, from) {
  return widget.evaluate(kindOf, { from, timeout: TIMEOUT });
}

/** Ticks a persona's answer for question `q` on the current page. */
export async function tick(widget, q, answer) {
  for (const v of [].concat(answer)) {
    await widget.locator(`input[name="${q}"][value="${v}"]`).check();
  }
}

/**
 * Answers every page from `persona` until `stopAt` (default: the result).
 * `onPage(kind)` runs on each page before it is answered (for screenshots, axe).
 * Returns the kinds of page visited, in order.
 */
export async function walk(widget, persona, { stopAt = 'result', onPage } = {}) {
  const seen = [];
  let kind = await pageKind(widget);
  for (let guard = 0; guard < 40; guard++) {
    seen.push(kind);
    if (onPage) await onPage(kind);
    if (kind === stopAt) return seen;
    if (kind === 'result') return seen;
    if (kind === 'urgent') {
      await widget.locator('[data-urgent] button.kc-button').click();
    } else if (kind === 'check') {
      await widget.locator('button[type=submit]').click();
    } else {
      const q = kind === 'start' ? 'who' : kind.slice('question:'.length);
      if (persona[q] !== undefined) await tick(widget, q, persona[q]);
      await widget.locator('button[type=submit]').click();
    }
    kind = await moved(widget, kind);
  }
  throw new Error(`journey did not finish: ${seen.join(' → ')}`);
}

/** The shared persona fixture (tests/personas.json), by name. */
export const FIXTURE = JSON.parse(readFileSync(join(ROOT, 'tests', 'personas.json'), 'utf8'));

export function persona(name) {
  const p = FIXTURE.find((x) => x.name === name);
  if (!p) throw new Error(`no persona ${name} in tests/personas.json`);
  return p.answers;
}

/** The personas the navigation tests use, one per care level and a loved one. */
export const PERSONAS = {
  monitor: persona('weekly_energy_user_is_monitored'),
  taper: persona('once_daily_measured_taper'),
  detox: persona('extract_shots_every_day_for_over_a_year'),
  residential: persona('broader_pattern_with_opioids_and_stimulants'),
  urgent: persona('urgent_breathing_on_benzodiazepines'),
  lovedOne: persona('loved_one_unsure_of_most_answers'),
};

/**
 * What the engine says for `answers`: the `assess` command's JSON (spec §7),
 * so the browser tests compare the page with the engine instead of
 * restating its rules. `cargo xtask test` builds the command once and names
 * it in KC_ASSESS; without it (a file run by hand), `cargo run` builds it.
 */
export function assess(answers) {
  const [cmd, args] = process.env.KC_ASSESS
    ? [process.env.KC_ASSESS, []]
    : ['cargo', ['run', '--locked', '--quiet', '--example', 'assess']];
  const out = execFileSync(cmd, args, {
    cwd: ROOT, input: JSON.stringify(answers), encoding: 'utf8', timeout: 300_000,
  });
  return JSON.parse(out);
}

/** The result page's hooks (spec §9), in page order. */
export async function resultHooks(widget) {
  return widget.evaluate((el) => {
    const sr = el.shadowRoot;
    const box = sr.querySelector('[data-care-level]');
    const all = (attr) => [...sr.querySelectorAll(`[${attr}]`)].map((n) => n.getAttribute(attr));
    const reasons = (scope) => [...scope.querySelectorAll('[data-reason]')]
      .map((n) => ({ id: n.getAttribute('data-reason'), level: n.getAttribute('data-reason-level') }));
    const alsoNoted = sr.querySelectorAll('[data-also-noted]');
    return {
      care_level: box.getAttribute('data-care-level'),
      taper_kind: box.getAttribute('data-taper-kind'),
      confidence: box.getAttribute('data-confidence'),
      band: sr.querySelector('[data-band]')?.getAttribute('data-band'),
      reasons: reasons(sr),
      // One element holds every reason that counts below the level.
      also_noted_elements: alsoNoted.length,
      also_noted: alsoNoted.length ? reasons(alsoNoted[0]).map((r) => r.id) : [],
      cautions: all('data-caution'),
      notes: all('data-note'),
      taper_prerequisites_unmet: all('data-prerequisite'),
      text: box.innerText,
    };
  });
}

/** The same facts from `assess`'s output, to compare with `resultHooks`:
 * the reasons that set the level (those counting at it, unless it is
 * `monitor`) first, then the rest inside `[data-also-noted]` (spec §8, §9). */
export function expectedHooks(a) {
  const sets = (r) => a.care_level !== 'monitor' && r.level === a.care_level;
  const alsoNoted = a.reasons.filter((r) => !sets(r)).map((r) => r.id);
  return {
    care_level: a.care_level,
    taper_kind: a.taper_kind ?? null,
    confidence: a.confidence,
    band: a.severity.band,
    reasons: [...a.reasons.filter(sets), ...a.reasons.filter((r) => !sets(r))].map((r) => ({ id: r.id, level: r.level })),
    also_noted_elements: alsoNoted.length ? 1 : 0,
    also_noted: alsoNoted,
    cautions: a.cautions.map((c) => c.id),
    notes: a.notes,
    taper_prerequisites_unmet: a.taper_prerequisites_unmet,
  };
}
