// Options are the element's OWN attributes and the
// mount() object's OWN properties, never something inherited from a polluted
// Object.prototype; every warning names the element and the option as given.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, waitForReady, consoleSettled, TIMEOUT } from './harness.mjs';
import { walk, PERSONAS } from './journey.mjs';
import { FALLBACK, servePage, routeExits as routeTo } from './test-page.mjs';

const EXITS = ['https://www.google.com/**', 'https://own.example/**', 'https://polluted.example/**'];
const routeExits = (page) => routeTo(page, EXITS);

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Valid values, so a read of any of them would be used silently (no warning).
const POLLUTED = {
  clinicName: 'Polluted Clinic',
  phone: '+1-444-6666',
  contactUrl: 'https://polluted.example/contact',
  lang: 'es',
  emergencyNumber: '4440',
  crisisLine: '4441',
  accent: '#000000',
  exitUrl: 'https://polluted.example/exit',
  theme: 'dark',
  quickExitKeys: 'off',
};

/** Runs before any page script: every option name, camelCase and data- form,
 * as an ordinary (enumerable) property of Object.prototype. */
function pollute(values) {
  for (const [k, v] of Object.entries(values)) {
    const attr = `data-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    Object.prototype[k] = v; // eslint-disable-line no-extend-native
    Object.prototype[attr] = v; // eslint-disable-line no-extend-native
  }
}
const POLLUTE = `(${pollute})(${JSON.stringify(POLLUTED)});`;

/** What the result page shows: numbers, contact, language, theme, accent. */
function shown(widget) {
  return widget.evaluate((el) => {
    const sr = el.shadowRoot;
    const root = sr.querySelector('.kc-root');
    return {
      text: root.innerText,
      links: [...sr.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      lang: root.getAttribute('lang'),
      cls: root.className,
      accent: getComputedStyle(root).borderTopColor,
      clinic: sr.querySelector('.kc-clinic-name')?.textContent ?? null,
    };
  });
}

const BUILT_IN_ACCENT = 'rgb(29, 92, 99)'; // --kc-accent in src/style.css

function assertDefaults(s, who) {
  assert.equal(s.clinic, null, `${who}: no clinic card from the prototype`);
  assert.ok(s.links.includes('tel:911') && s.links.includes('tel:988'), `${who}: default numbers: ${s.links}`);
  assertNothingPolluted(s, who);
}

function assertNothingPolluted(s, who) {
  for (const bad of ['Polluted', '4440', '4441', '444-6666', 'polluted.example']) {
    assert.ok(!s.text.includes(bad), `${who}: shows "${bad}"`);
    assert.ok(!s.links.some((l) => l.includes(bad.replace(/-/g, ''))), `${who}: links to "${bad}": ${s.links}`);
  }
  assert.equal(s.lang, 'en', `${who}: language`);
  assert.match(s.cls, /kc-theme-auto/, `${who}: theme`);
  assert.equal(s.accent, BUILT_IN_ACCENT, `${who}: accent`);
}

/** withPage options: a polluted prototype, `body` served, exits routed. */
function polluted(body, extra = {}) {
  return {
    init: POLLUTE,
    route: async (page) => {
      await servePage('/kc-polluted.html', body)(page);
      await routeExits(page);
    },
    ...extra,
  };
}

const OWN = 'data-clinic-name="Own Clinic" data-phone="+1-555-0100" data-contact-url="https://own.example/contact" ' +
  'data-emergency-number="112" data-crisis-line="741741" data-exit-url="https://own.example/exit"';

test('a polluted Object.prototype changes nothing: attribute-mounted widgets use their own values or the defaults', async () => {
  await withPage(browser, 'polluted-attrs', '/kc-polluted.html', polluted(`<kratom-check id="own" ${OWN}>${FALLBACK}</kratom-check>
<kratom-check id="bare">${FALLBACK}</kratom-check>
<div data-kratom-check id="div">${FALLBACK}</div>`), async ({ page, errors, warnings }) => {
    assert.equal(await page.evaluate(() => ({}).phone), POLLUTED.phone, 'the prototype really is polluted');
    assert.equal(await page.evaluate(() => document.querySelector('#bare').dataset.phone), POLLUTED.phone,
      'dataset would have read the polluted value');
    for (const id of ['own', 'bare', 'div']) await walk(page.locator(`#${id}`), PERSONAS.taper);
    const own = await shown(page.locator('#own'));
    assert.equal(own.clinic, 'Own Clinic');
    for (const l of ['tel:112', 'tel:741741', 'tel:+15550100', 'https://own.example/contact']) {
      assert.ok(own.links.includes(l), `own value ${l}: ${own.links}`);
    }
    assertNothingPolluted(own, '#own');
    assertDefaults(await shown(page.locator('#bare')), '#bare');
    assertDefaults(await shown(page.locator('#div')), '#div');
    assert.deepEqual(warnings.filter((w) => w.includes('kratom-check')), []);
    // Quick exit goes to the default, not to the prototype's exitUrl.
    await page.locator('#bare .kc-exit-button').click();
    await page.waitForURL('https://www.google.com/**', { timeout: TIMEOUT });
    assert.deepEqual(errors, []);
  });
});

test("a polluted Object.prototype: an element's own data-exit-url is the one used", async () => {
  await withPage(browser, 'polluted-own-exit', '/kc-polluted.html',
    polluted(`<kratom-check id="own" ${OWN}>${FALLBACK}</kratom-check>`), async ({ page, errors }) => {
    await page.locator('#own .kc-exit-button').click();
    await page.waitForURL('https://own.example/exit', { timeout: TIMEOUT });
    assert.deepEqual(errors, []);
  });
});

test('a polluted Object.prototype changes nothing for KratomCheck.mount(el, {})', async () => {
  await withPage(browser, 'polluted-mount', '/kc-polluted.html', polluted(`<div id="spa">${FALLBACK}</div>
<div id="spa-own" data-emergency-number="112">${FALLBACK}</div>`, { waitReady: false }), async ({ page, errors, warnings }) => {
    await page.waitForFunction(() => !!window.KratomCheck);
    const ready = await page.evaluate(() => Promise.all([
      window.KratomCheck.mount(document.getElementById('spa'), {}).ready,
      // Own option properties still count; inherited ones never do.
      window.KratomCheck.mount(document.getElementById('spa-own'), Object.assign(Object.create({ crisisLine: '4442' }),
        { phone: '+1-555-0199' })).ready,
    ]));
    assert.deepEqual(ready, [true, true]);
    await walk(page.locator('#spa'), PERSONAS.taper);
    await walk(page.locator('#spa-own'), PERSONAS.taper);
    assertDefaults(await shown(page.locator('#spa')), '#spa');
    const own = await shown(page.locator('#spa-own'));
    assert.ok(own.links.includes('tel:112'), `own attribute: ${own.links}`);
    assert.ok(own.links.includes('tel:+15550199'), `own option: ${own.links}`);
    assert.ok(own.links.includes('tel:988') && !own.text.includes('4442'), 'an inherited option is not read');
    assertNothingPolluted(own, '#spa-own');
    assert.deepEqual(warnings.filter((w) => w.includes('kratom-check')), []);
    await page.locator('#spa .kc-exit-button').click();
    await page.waitForURL('https://www.google.com/**', { timeout: TIMEOUT });
    assert.deepEqual(errors, []);
  });
});

test('each warning names the element (id, else its place among the widgets) and the option as given', async () => {
  await withPage(browser, 'warning-names', '/kc-warnings.html', {
    waitReady: false,
    route: servePage('/kc-warnings.html', `<kratom-check data-phone="call us">${FALLBACK}</kratom-check>
<kratom-check id="clinic-b" data-theme="neon">${FALLBACK}</kratom-check>
<div data-kratom-check data-accent="red" data-quick-exit-keys="maybe">${FALLBACK}</div>
<div id="later">${FALLBACK}</div><div class="spa">${FALLBACK}</div>`),
  }, async (rec) => {
    const { page, errors, warnings } = rec;
    await waitForReady(page);
    const ready = await page.evaluate(() => Promise.all([
      window.KratomCheck.mount(document.getElementById('later'), { phone: 'call us' }).ready,
      window.KratomCheck.mount(document.querySelector('.spa'), { quickExitKeys: false, exitUrl: 'http://x.example/' }).ready,
    ]));
    assert.deepEqual(ready, [true, true]);
    // Every element mounted: a console round trip brings in every warning it logged.
    await consoleSettled(rec);
    // In any order: an element whose start page was painted mounts (and warns) a frame
    // after the page is on screen, one that was not (an accent, keys off) mounts at once.
    assert.deepEqual(warnings.filter((w) => w.includes('kratom-check')).sort(), [
      'kratom-check #1: ignoring data-phone (only digits, spaces and + - ( ) are allowed); using no phone number',
      'kratom-check id="clinic-b": ignoring data-theme (use auto, light or dark); using auto',
      'kratom-check #3: ignoring data-accent (use #rgb or #rrggbb); using the built-in accent',
      'kratom-check #3: ignoring data-quick-exit-keys (use on or off); using on',
      'kratom-check id="later": ignoring phone (only digits, spaces and + - ( ) are allowed); using no phone number',
      'kratom-check #5: ignoring exitUrl (not an https URL); using https://www.google.com/',
      'kratom-check #5: ignoring quickExitKeys (use on or off); using on',
    ].sort());
    assert.deepEqual(errors, []);
  });
});
