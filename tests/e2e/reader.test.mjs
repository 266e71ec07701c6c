// The clinic's reader page (dist/reader.html), against the
// built page: codes made natively by the real engine and a real QR encoder
// (`cargo run -p reader --example fixtures`), typed, chosen as a photo and
// shown to a fake camera; the page's level, confidence and reasons compared
// with the `assess` command for the same answers; refusals; privacy (no
// request after load, its own policy forbids any, no storage, no global);
// Copy as note; Clear; axe; the FHIR option; screenshots at 320/375/1280.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launch, withPage, axe, storage, EMPTY_STORAGE, newGlobals, snap, ORIGIN, TIMEOUT } from './harness.mjs';
import { assess, persona, FIXTURE, PERSONAS } from './journey.mjs';

const PAGE = '/dist/reader.html';
const FIXTURES = join(process.cwd(), 'target', 'reader-fixtures');

let browser;
let codes;

before(async () => {
  execFileSync('cargo', ['run', '--locked', '--quiet', '-p', 'reader', '--example', 'fixtures', '--', FIXTURES],
    { stdio: ['ignore', 'inherit', 'inherit'], timeout: 900_000 });
  codes = JSON.parse(readFileSync(join(FIXTURES, 'codes.json'), 'utf8'));
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** Opens the reader (its own readiness mark, not the widget's). */
function withReader(name, fn, { path = PAGE, on = browser, init } = {}) {
  return withPage(on, name, path, { waitReady: false, init }, async (rec) => {
    await rec.page.waitForSelector('html[data-reader-ready]', { timeout: TIMEOUT });
    rec.loadedAt = Date.now();
    await fn(rec);
  });
}

/** Types `code` and submits it with Enter (the keyboard path). */
async function typeCode(page, code) {
  await page.fill('input[name=code]', code);
  await page.press('input[name=code]', 'Enter');
}

/**
 * Runs `action` with the status line emptied first, then waits until the
 * page has said something in `state` ('ok' | 'error'); returns what it said.
 */
async function act(page, action, state) {
  await page.evaluate(() => { document.getElementById('status').textContent = ''; });
  await action();
  return settled(page, state);
}

/** Waits until the status line says something in `state`. */
async function settled(page, state) {
  await page.waitForFunction((s) => {
    const el = document.getElementById('status');
    return el.dataset.state === s && el.textContent !== '';
  }, state, { timeout: TIMEOUT });
  return page.locator('#status').innerText();
}

/** What the rendered result says, through its hooks. */
function shown(page) {
  return page.evaluate(() => {
    const box = document.querySelector('[data-care-level]');
    const check = document.getElementById('result-check');
    return {
      care_level: box?.getAttribute('data-care-level') ?? null,
      confidence: box?.getAttribute('data-confidence') ?? null,
      taper_kind: box?.getAttribute('data-taper-kind') ?? null,
      reasons: [...document.querySelectorAll('[data-reason]')]
        .map((n) => ({ id: n.getAttribute('data-reason'), level: n.getAttribute('data-reason-level') })),
      mismatch: check.getAttribute('data-mismatch'),
      code_level: check.getAttribute('data-code-level'),
      visible: !document.getElementById('result').hidden,
      note: document.getElementById('note').textContent,
    };
  });
}

/** The same facts from the engine's `assess` command. */
function expected(answers) {
  const a = assess(answers);
  return {
    care_level: a.care_level,
    confidence: a.confidence,
    taper_kind: a.taper_kind ?? null,
    reasons: a.reasons.map((r) => ({ id: r.id, level: r.level })),
  };
}

/**
 * `assess --summary`: the person's download for `answers` (nothing typed, no
 * clinic). The command `cargo xtask test` built (KC_ASSESS) when it names one.
 */
function assessSummary(answers) {
  const [cmd, args] = process.env.KC_ASSESS
    ? [process.env.KC_ASSESS, ['--summary']]
    : ['cargo', ['run', '--locked', '--quiet', '--example', 'assess', '--', '--summary']];
  return execFileSync(cmd, args, { input: JSON.stringify(answers), encoding: 'utf8', timeout: 300_000 });
}

/** `code` in the person's groups of four, with a dash or two, as a front desk might type it. */
function asTyped(code) {
  const digits = code.slice(3).match(/.{1,4}/g);
  return `kc1 ${digits.slice(0, 3).join('-')} ${digits.slice(3).join(' ')}`;
}

test('a typed code shows the same level, confidence and reasons as assess, for every persona', async () => {
  await withReader('reader-typed', async ({ page, errors }) => {
    for (const p of FIXTURE) {
      await act(page, () => typeCode(page, asTyped(codes[p.name])), 'ok');
      const got = await shown(page);
      const want = expected(p.answers);
      assert.deepEqual(
        { care_level: got.care_level, confidence: got.confidence, taper_kind: got.taper_kind, reasons: got.reasons },
        want, p.name);
      assert.equal(got.mismatch, null, `${p.name}: the stored result matches the re-run`);
      for (const r of want.reasons) assert.ok(got.note.includes(`(${r.id})`), `${p.name}: the note lists ${r.id}`);
    }
    // The keyboard path ends on the result's heading, for a screen reader to read on.
    assert.equal(await page.evaluate(() => document.activeElement.id), 'result-heading');
    assert.deepEqual(errors, []);
  });
});

test('the note is the person\'s own summary (assess --summary) after what was read, for one persona per level', async () => {
  await withReader('reader-note', async ({ page }) => {
    for (const answers of Object.values(PERSONAS)) {
      const name = FIXTURE.find((p) => p.answers === answers).name;
      await act(page, () => typeCode(page, codes[name]), 'ok');
      const { note } = await shown(page);
      const [head, summary] = [note.slice(0, note.indexOf('\n\n')), note.slice(note.indexOf('\n\n') + 2)];
      assert.ok(head.startsWith(`Read from a kratom-check hand-off code: ${asGroups(codes[name])}\n`), head);
      assert.ok(head.includes('\nDay of the check: 2026-12-03\n'), head);
      // The command dates its summary today; the code carries the day of the check.
      assert.equal(summary, assessSummary(answers).replace(/^Date: \d{4}-\d{2}-\d{2}$/m, 'Date: 2026-12-03'), name);
    }
  });
});

test('a code whose stored level differs from this release\'s re-run shows the re-run and flags the difference', async () => {
  const { code, persona: name, stored_level: stored } = codes.mismatch;
  const want = expected(persona(name));
  assert.notEqual(stored, want.care_level, 'the fixture really differs');
  await withReader('reader-mismatch', async ({ page }) => {
    await act(page, () => typeCode(page, code), 'ok');
    const got = await shown(page);
    assert.equal(got.care_level, want.care_level, 'the page shows this release\'s level');
    assert.equal(got.mismatch, 'level');
    assert.equal(got.code_level, stored);
    const flag = await page.locator('#result-check').innerText();
    assert.match(flag, /not the same as this release's check/);
    assert.ok(flag.includes(`(${stored})`), flag);
    assert.match(got.note, /not the same as this release's check/, 'the copied note carries the flag too');
    for (const w of [320, 375, 1280]) {
      await page.setViewportSize({ width: w, height: 900 });
      await snap(page, `reader-mismatch-${w}`);
    }
  });
});

test('tampered, truncated, future-version, random and empty codes are refused with a clear message', async () => {
  const good = codes[FIXTURE[0].name];
  const flip = (s, i) => s.slice(0, i) + ((Number(s[i]) + 1) % 10) + s.slice(i + 1);
  const cases = [
    ['tampered', flip(good, 10), /does not check out/],
    ['truncated', good.slice(0, -4), /too short/],
    ['too long', `${good}1234`, /too long/],
    ['future version', `KC2${good.slice(3)}`, /version 2 code/],
    ['random', 'KC1 hello world', /only digits/],
    ['empty', ' - ', /No code was given/],
  ];
  await withReader('reader-refusals', async ({ page, errors }) => {
    for (const [what, code, message] of cases) {
      // A good code first: a refusal must not leave the last person's result on screen.
      await act(page, () => typeCode(page, good), 'ok');
      const status = await act(page, () => typeCode(page, code), 'error');
      assert.equal(status, 'This code was not read. The reason is with the code field.', what);
      const field = await page.evaluate(() => {
        const input = document.querySelector('input[name=code]');
        const error = document.getElementById('code-error');
        return {
          invalid: input.getAttribute('aria-invalid'),
          describedby: input.getAttribute('aria-describedby'),
          error: error.hidden ? null : error.textContent,
          focused: document.activeElement === input,
        };
      });
      assert.match(field.error ?? '', /^This code was not read\. /, what);
      assert.match(field.error, message, what);
      assert.deepEqual({ ...field, error: null }, { invalid: 'true', describedby: 'code-hint code-error', error: null, focused: true }, what);
      const got = await shown(page);
      assert.deepEqual([got.visible, got.care_level, got.note], [false, null, ''], `${what}: no result stays`);
    }
    assert.deepEqual(await axe(page), [], 'a refusal passes axe');
    for (const w of [320, 375, 1280]) {
      await page.setViewportSize({ width: w, height: 800 });
      await snap(page, `reader-refused-${w}`);
    }
    assert.deepEqual(errors, []);
  });
});

test('a photo of a real QR code reads like the typed digits; other pictures say what they are', async () => {
  const name = FIXTURE[0].name;
  await withReader('reader-photo', async ({ page, errors }) => {
    const choose = (file, state) => act(page, () => page.setInputFiles('#photo', join(FIXTURES, file)), state);
    await choose(`${name}.png`, 'ok');
    const got = await shown(page);
    const want = expected(persona(name));
    assert.deepEqual([got.care_level, got.confidence, got.reasons], [want.care_level, want.confidence, want.reasons]);
    assert.equal(await page.locator('#result-code').innerText(), asGroups(codes[name]));
    assert.match(await choose('not-a-code.png', 'error'), /not a kratom-check code/);
    assert.match(await choose('blank.png', 'error'), /No QR code was found/);
    assert.match(await choose('codes.json', 'error'), /could not be opened as a picture/);
    assert.deepEqual(errors, []);
  });
});

/** `KC1 1234 5678 …`: the digits in the groups the person's screen shows. */
function asGroups(code) {
  return `KC1 ${code.slice(3).match(/.{1,4}/g).join(' ')}`;
}

test('the camera (a fake one showing the QR code) reads the code with rxing, or with BarcodeDetector where there is one, then turns itself off', async () => {
  const camBrowser = await chromium.launch({
    executablePath: process.env.KC_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${join(FIXTURES, 'camera.y4m')}`],
  });
  try {
    await withReader('reader-camera', async ({ page, context, errors, requests, loadedAt }) => {
      await context.grantPermissions(['camera'], { origin: ORIGIN });
      await act(page, async () => {
        await page.click('#camera-start');
        assert.equal(await page.evaluate(() => document.activeElement.id), 'camera-stop', 'focus follows the button');
      }, 'ok');
      const name = FIXTURE[0].name;
      const got = await shown(page);
      assert.equal(got.care_level, expected(persona(name)).care_level);
      assert.equal(await page.locator('#result-code').innerText(), asGroups(codes[name]));
      const camera = await page.evaluate(() => {
        const v = document.getElementById('camera');
        return { hidden: v.hidden, stream: v.srcObject !== null, start: !document.getElementById('camera-start').hidden };
      });
      assert.deepEqual(camera, { hidden: true, stream: false, start: true }, 'the camera is off once a code is read');
      assert.deepEqual(requests.filter((r) => r.t > loadedAt), [], 'no request while scanning');
      assert.deepEqual(errors, []);
    }, { on: camBrowser });
    // Where the browser has a BarcodeDetector (Chrome on Android, macOS,
    // Windows), the page asks it for QR codes in the video, not rxing: a
    // stand-in detector answers with another persona's code.
    const other = FIXTURE[3].name;
    await withReader('reader-camera-detector', async ({ page, context, errors }) => {
      await context.grantPermissions(['camera'], { origin: ORIGIN });
      await act(page, () => page.click('#camera-start'), 'ok');
      assert.equal(await page.locator('#result-code').innerText(), asGroups(codes[other]));
      assert.equal((await shown(page)).care_level, expected(persona(other)).care_level);
      const calls = await page.evaluate(() => window.__detector);
      assert.deepEqual(calls.formats, ['qr_code']);
      assert.ok(calls.videoFrames >= 1, 'the detector was given the video');
      assert.deepEqual(errors, []);
    }, {
      on: camBrowser,
      init: `window.__detector = { formats: null, videoFrames: 0 };
        window.BarcodeDetector = class {
          constructor(o) { window.__detector.formats = o.formats; }
          detect(source) {
            if (source instanceof HTMLVideoElement) window.__detector.videoFrames++;
            return Promise.resolve([{ rawValue: ${JSON.stringify(codes[other])} }]);
          }
        };`,
    });
  } finally {
    await camBrowser.close();
  }
});

test('privacy: nothing but its own three files, no request after load (its policy forbids any), no storage, no global', async () => {
  await withReader('reader-privacy', async (rec) => {
    const { page, requests, foreign, loadedAt, context } = rec;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
    await act(page, () => typeCode(page, codes[FIXTURE[1].name]), 'ok');
    await act(page, () => page.setInputFiles('#photo', join(FIXTURES, `${FIXTURE[0].name}.png`)), 'ok');
    assert.match(await act(page, () => page.click('#copy'), 'ok'), /^Copied/);
    const files = requests.map((r) => new URL(r.url).pathname).sort();
    assert.deepEqual(files, ['/dist/reader.css', '/dist/reader.html', '/dist/reader.js']);
    assert.deepEqual(requests.filter((r) => r.t > loadedAt), []);
    assert.deepEqual(foreign, []);
    assert.deepEqual(await storage(rec), EMPTY_STORAGE);
    assert.deepEqual(await newGlobals(page), []);
    // The page's own policy (a <meta>, so it travels with the file) refuses
    // a request even to its own origin.
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    for (const d of ["default-src 'none'", "connect-src 'none'", "form-action 'none'"]) assert.ok(policy.includes(d), d);
    const tried = await page.evaluate(() => fetch('reader.css').then(() => 'sent', () => 'refused'));
    assert.equal(tried, 'refused');
    assert.deepEqual(await page.evaluate(() => window.__kcViolations), [`connect-src ${ORIGIN}/dist/reader.css`],
      'the only policy violation is the one this test provoked');
  });
});

test('Copy as note copies the summary; Clear removes it, the typed code and the result', async () => {
  await withReader('reader-copy-clear', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
    await act(page, () => typeCode(page, codes[FIXTURE[2].name]), 'ok');
    const note = (await shown(page)).note;
    assert.ok(note.startsWith('Read from a kratom-check hand-off code: KC1 '), note);
    assert.ok(note.includes('\nKratom self-check\n'), 'then the summary the person downloads');
    assert.match(await act(page, () => page.click('#copy'), 'ok'), /^Copied/);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), note);
    assert.match(await act(page, () => page.click('#clear'), 'ok'), /^Cleared/);
    const after = await shown(page);
    assert.deepEqual([after.visible, after.care_level, after.note, after.reasons], [false, null, '', []]);
    assert.equal(await page.inputValue('input[name=code]'), '');
    assert.equal(await page.evaluate(() => document.activeElement.name), 'code');
  });
});

test('axe finds nothing on the empty page and on a result; screenshots at 320, 375 and 1280 px', async () => {
  await withReader('reader-axe', async ({ page }) => {
    assert.deepEqual(await axe(page), []);
    for (const w of [320, 375, 1280]) {
      await page.setViewportSize({ width: w, height: 800 });
      await snap(page, `reader-start-${w}`);
    }
    const name = FIXTURE.find((p) => expected(p.answers).reasons.length >= 3).name;
    await act(page, () => typeCode(page, codes[name]), 'ok');
    assert.deepEqual(await axe(page), []);
    for (const w of [320, 375, 1280]) {
      await page.setViewportSize({ width: w, height: 800 });
      await snap(page, `reader-result-${w}`);
    }
  });
});

test('with ?fhir=1, Download FHIR file saves a Bundle of the code\'s answers with this release\'s level', async () => {
  const p = FIXTURE.find((x) => expected(x.answers).care_level === 'detox') ?? FIXTURE[0];
  const want = expected(p.answers);
  await withReader('reader-fhir', async ({ page, requests, loadedAt, errors }) => {
    await act(page, () => typeCode(page, codes[p.name]), 'ok');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: TIMEOUT }),
      page.click('[data-fhir-export]'),
    ]);
    assert.equal(download.suggestedFilename(), 'kratom-check-fhir-2026-12-03.json');
    const bundle = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.equal(bundle.resourceType, 'Bundle');
    const resources = bundle.entry.map((e) => e.resource);
    const response = resources.find((r) => r.resourceType === 'QuestionnaireResponse');
    assert.equal(response.authored, '2026-12-03');
    const level = response.item.find((i) => i.linkId === 'care_level');
    assert.equal(level.answer[0].valueCoding.code, want.care_level);
    // Every answer of the persona is in the response, by question id.
    for (const q of Object.keys(p.answers)) {
      assert.ok(response.item.some((i) => i.linkId === q), `${q} in the response`);
    }
    assert.ok(resources.some((r) => r.resourceType === 'Questionnaire'));
    assert.equal(await page.locator('#status').innerText(), "The FHIR file was saved to this computer's downloads.");
    assert.deepEqual(requests.filter((r) => r.t > loadedAt && !r.url.startsWith('blob:')), [], 'no request but the file\'s own blob: URL');
    assert.deepEqual(errors, []);
  }, { path: `${PAGE}?fhir=1` });
});

test('the FHIR button shows only with ?fhir=1; a bad value warns once and leaves it off', async () => {
  const hidden = (page) => page.evaluate(() => document.querySelector('[data-fhir-export]').hidden);
  await withReader('reader-fhir-off', async ({ page, warnings }) => {
    assert.equal(await hidden(page), true);
    assert.deepEqual(warnings, []);
  });
  await withReader('reader-fhir-on', async ({ page, warnings }) => {
    assert.equal(await hidden(page), false);
    assert.deepEqual(warnings, []);
  }, { path: `${PAGE}?fhir=1` });
  await withReader('reader-fhir-bad', async ({ page, warnings }) => {
    assert.equal(await hidden(page), true);
    assert.equal(warnings.length, 1, JSON.stringify(warnings));
    assert.match(warnings[0], /fhir="yes" is not 1 or 0/);
  }, { path: `${PAGE}?fhir=yes` });
});
