// The printed summary is a clinician document: printed to
// PDF and read back with pdftotext, it has a title and section headings, the
// level and the confidence before the answers table, no raw id outside the
// table's code column, and a typical result fits on two pages — in English
// and Spanish. The download stays plain text (result.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launch, withPage, cspReport, TIMEOUT } from './harness.mjs';
import { walk, PERSONAS } from './journey.mjs';

const ARTIFACTS = process.env.KC_ARTIFACTS || 'target/e2e-artifacts';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const LANGS = { en: '/', es: '/www/es.html' };

/** Prints the result page of `persona` to a PDF; the page's hooks and the sheet's parts with it. */
async function printed(page, persona, name, format) {
  const widget = page.locator('kratom-check').first();
  await walk(widget, persona);
  const hooks = await widget.evaluate((el) => {
    const sr = el.shadowRoot;
    const ids = (attr) => [...sr.querySelectorAll(`[${attr}]`)].map((n) => n.getAttribute(attr));
    return {
      level: sr.querySelector('[data-care-level]').getAttribute('data-care-level'),
      reasons: ids('data-reason'), cautions: ids('data-caution'), notes: ids('data-note'),
    };
  });
  // Nothing of the sheet is in the page before printing.
  assert.equal(await widget.locator('.kc-sheet').count(), 0, 'no summary in the page before printing');
  await page.emulateMedia({ media: 'print' });
  await widget.locator('.kc-sheet').waitFor({ state: 'attached', timeout: TIMEOUT });
  const sheet = await widget.evaluate((el) => {
    const s = el.shadowRoot.querySelector('.kc-sheet');
    const text = (sel) => [...s.querySelectorAll(sel)].map((n) => n.textContent.trim());
    return {
      h1: text('h1'), h2: text('h2'),
      code: text('td.kc-sheet-code'),
      questions: text('.kc-sheet-answers tbody th'),
      levelLines: text('.kc-sheet-level .kc-sheet-field'),
      answersHeading: s.querySelector('.kc-sheet-answers').closest('section').querySelector('h2').textContent.trim(),
    };
  });
  const pdfPath = join(ARTIFACTS, `print-${name}.pdf`);
  await writeFile(pdfPath, await page.pdf({ format }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))[1]);
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
  await page.emulateMedia({ media: 'screen' });
  await widget.locator('.kc-sheet').waitFor({ state: 'detached', timeout: TIMEOUT });
  return { hooks, sheet, text, pages, pdfPath };
}

/** How often `word` stands as a whole token in `text` (ids hold letters, digits and `_`). */
const count = (text, word) => text.split(/[^\p{L}\p{N}_]+/u).filter((t) => t === word).length;

// [persona, language, paper, most pages]: a typical result fits on two
// pages, and so do the long ones with many reasons and cautions; a loved
// one's summary carries the guide for the family too, and takes three.
const CASES = [
  ['taper', 'en', 'A4', 2], ['taper', 'es', 'Letter', 2],
  ['detox', 'en', 'Letter', 2], ['detox', 'es', 'A4', 2],
  ['residential', 'en', 'Letter', 2], ['residential', 'es', 'A4', 2],
  ['lovedOne', 'en', 'Letter', 3], ['lovedOne', 'es', 'A4', 3],
];

for (const [persona, lang, format, most] of CASES) {
  test(`print (${persona}, ${lang}, ${format}): headings, level and confidence first, ids only in the code column`, async () => {
    await withPage(browser, `print-${persona}-${lang}`, LANGS[lang], {}, async ({ page, errors }) => {
      const { hooks, sheet, text, pages } = await printed(page, PERSONAS[persona], `${persona}-${lang}`, format);
      // Compared without white space: pdftotext breaks lines where the paper does
      // and joins a word broken at its hyphen.
      const squeeze = (s) => s.replace(/[\s-]+/g, '');
      const flat = squeeze(text);
      const has = (s) => flat.includes(squeeze(s));
      // One title, the sections under it, every heading on paper.
      assert.equal(sheet.h1.length, 1);
      assert.ok(sheet.h2.length >= 8, `section headings: ${sheet.h2}`);
      for (const h of [...sheet.h1, ...sheet.h2]) assert.ok(has(h), `heading "${h}" printed`);
      // The level's lines (level, mapping, confidence) come before the answers table.
      const answersAt = flat.indexOf(squeeze(sheet.answersHeading));
      assert.ok(answersAt > 0, 'the answers table has its heading on paper');
      assert.ok(sheet.levelLines.length >= 2, `level and confidence: ${sheet.levelLines}`);
      for (const line of sheet.levelLines) {
        const at = flat.indexOf(squeeze(line));
        assert.ok(at >= 0 && at < answersAt, `"${line}" comes before the answers`);
      }
      // Every answer row has its ids in the code column, and no id appears
      // on paper more often than the code column holds it: reasons,
      // cautions, notes and levels are words only.
      assert.ok(sheet.code.length >= 5, `answer rows: ${sheet.code.length}`);
      const codeText = sheet.code.join(' ');
      const ids = new Set([
        ...sheet.code.flatMap((c) => c.split(/[=,]/)),
        ...hooks.reasons, ...hooks.cautions, ...hooks.notes, hooks.level,
      ].filter((id) => id.includes('_')));
      for (const id of ids) {
        assert.ok(count(text, id) <= count(codeText, id), `"${id}" printed outside the code column`);
      }
      for (const id of [...hooks.reasons, ...hooks.cautions, ...hooks.notes]) {
        if (id.includes('_') && !codeText.includes(id)) assert.equal(count(text, id), 0, `raw id ${id} printed`);
      }
      assert.ok(sheet.code.every((c) => count(text, c.split('=')[0]) >= 1), 'the code column is on paper');
      if (lang === 'es') assert.ok(!/\bConfidence\b|\bQuestion\b|\bAnswer\b/.test(text), 'no English labels');
      assert.ok(pages <= most, `${pages} pages, at most ${most}`);
      assert.deepEqual(errors, []);
    });
  });
}

for (const [name, path] of [['csp', '/www/csp.html'], ['trusted-types', '/www/trusted-types.html']]) {
  test(`print under ${name}: the sheet is built with no violation (no innerHTML, no inline style)`, async () => {
    await withPage(browser, `print-${name}`, path, {}, async (rec) => {
      const { sheet, pages } = await printed(rec.page, PERSONAS.taper, name, 'A4');
      assert.equal(sheet.h1.length, 1);
      assert.ok(sheet.h2.length >= 8 && sheet.code.length >= 5, 'the whole sheet');
      assert.ok(pages <= 2, `${pages} pages`);
      const csp = await cspReport(rec);
      assert.deepEqual([csp.violations, csp.consoleErrors], [[], []]);
      assert.deepEqual(rec.errors, []);
    });
  });
}

test('the Print button renders the sheet before the print dialog opens, and removes it after', async () => {
  await withPage(browser, 'print-button', '/', {}, async ({ page, errors }) => {
    const widget = page.locator('kratom-check').first();
    await walk(widget, PERSONAS.detox);
    // What the page holds at the moment the dialog would open.
    await page.evaluate(() => {
      window.__kcPrinted = [];
      window.print = () => {
        const sheet = document.querySelector('kratom-check').shadowRoot.querySelector('.kc-sheet');
        window.__kcPrinted.push(sheet ? sheet.querySelectorAll('h2').length : 0);
      };
    });
    assert.equal(await widget.locator('.kc-sheet').count(), 0);
    await widget.locator('.kc-actions button').first().click();
    await page.waitForFunction(() => window.__kcPrinted.length === 1, null, { timeout: TIMEOUT });
    const [headings] = await page.evaluate(() => window.__kcPrinted);
    assert.ok(headings >= 8, `the sheet was in the page when print() ran (${headings} headings)`);
    await widget.locator('.kc-sheet').waitFor({ state: 'detached', timeout: TIMEOUT });
    assert.deepEqual(errors, []);
  });
});
