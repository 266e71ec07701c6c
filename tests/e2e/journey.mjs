// Drives the widget's journey the way a person would: one page at a time,
// answering from a persona (question id → value or values), through the
// urgent page and check-your-answers, to the result.
import { TIMEOUT } from './harness.mjs';

/** What the widget shows now: 'start' | 'question:<id>' | 'urgent' | 'check' | 'result' | 'plan'. */
export async function pageKind(widget) {
  return widget.evaluate((el) => {
    const sr = el.shadowRoot;
    if (sr.querySelector('[data-care-level]')) return 'result';
    if (sr.querySelector('.kc-plan-page')) return 'plan';
    if (sr.querySelector('[data-urgent]')) return 'urgent';
    if (sr.querySelector('.kc-check')) return 'check';
    const input = sr.querySelector('form input');
    if (!input) return 'unknown';
    return input.name === 'who' && sr.querySelector('.kc-start') ? 'start' : `question:${input.name}`;
  });
}

/** Waits until the page is no longer `from`; returns the new kind. */
export async function moved(widget, from) {
  const until = Date.now() + TIMEOUT;
  for (;;) {
    const kind = await pageKind(widget);
    if (kind !== from) return kind;
    if (Date.now() > until) throw new Error(`still on ${from} after ${TIMEOUT} ms`);
    await new Promise((r) => setTimeout(r, 15));
  }
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

export const PERSONAS = {
  // A weekly energy user with no signs: information and a diary.
  monitor: {
    who: 'self', urgent_now: 'none', products: 'powder_leaf', frequency: 'weekly', night_dosing: 'no',
    duration: '1_6_months', measures_doses: 'yes', started_for: 'energy', other_substances: 'none',
    signs: 'none', withdrawal_symptoms: 'never_stopped', withdrawal_intensity: 'none', derailed: 'never_tried',
    mood_when_stopping: 'none', medical: 'none', mental_health: 'none', support: 'strong', trigger_access: 'low',
    can_stay_stopped_here: 'yes', need_time_away: 'no', considering: 'self_taper',
  },
  // Once a day, measured, two signs, weak support: a taper with a prerequisite to set up.
  taper: {
    who: 'self', urgent_now: 'none', products: 'capsules', frequency: 'daily_once', night_dosing: 'no',
    measures_doses: 'yes', signs: ['cravings', 'tolerance'], withdrawal_intensity: 'mild',
    support: 'some', trigger_access: 'low', considering: 'clinician',
  },
  // Extract shots and night dosing, thinking of a detox kit.
  detox: {
    who: 'self', urgent_now: 'none', products: ['powder_leaf', 'extract_or_shot'], frequency: 'daily_2_3',
    night_dosing: 'yes', signs: ['cut_down_failed', 'withdrawal'], considering: ['detox_kit'],
  },
  // A broader pattern and a home where stopping isn't possible.
  residential: {
    who: 'self', urgent_now: 'none', frequency: 'daily_4_plus', other_substances: ['alcohol', 'benzodiazepines'],
    signs: ['cut_down_failed', 'cravings', 'obligations', 'relationships'], can_stay_stopped_here: 'no',
    need_time_away: 'yes',
  },
  // Trouble breathing right now.
  urgent: { who: 'self', urgent_now: ['breathing'] },
  // A parent who doesn't know most of the answers.
  lovedOne: {
    who: 'loved_one', urgent_now: 'none', products: 'not_sure', frequency: 'not_sure', night_dosing: 'not_sure',
    duration: 'over_1_year', started_for: 'pain', other_substances: 'not_sure', signs: ['relationships', 'cravings'],
    mood_when_stopping: 'not_sure', medical: 'not_sure', support: 'some', can_stay_stopped_here: 'not_sure',
  },
};
