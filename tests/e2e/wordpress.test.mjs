// The WordPress plugin on a real WordPress (Debian's packages, started by
// ./wordpress.mjs on 127.0.0.1): the admin uploads the plugin zip through
// Plugins → Add New → Upload Plugin and activates it, saves the settings (and
// is refused a bad value with the widget's words); an Author writes a post
// with the shortcode and the block, an Editor a page with the block; a fresh
// browser visits each, the widget mounts from the plugin's files with
// integrity, and a persona walks to the same result as `assess`. The saved
// content keeps the fallback crisis numbers, and with JavaScript off they show.
// An update moves every page to the new release's files; a changed file gets
// an admin notice; deleting the plugin leaves the fallback on the pages.
// The plugin's PHP passes `php -l`, and its unit tests run inside this site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launch, withPage, TIMEOUT, CRISIS_NUMBERS, WCAG_TAGS } from './harness.mjs';
import { walk, resultHooks, expectedHooks, assess, PERSONAS } from './journey.mjs';
import { startWordPress, USERS } from './wordpress.mjs';

const VERSION = /^\[package\]$[^[]*?^version\s*=\s*"([^"]+)"/m.exec(readFileSync('Cargo.toml', 'utf8'))[1];
const ZIP = join(process.cwd(), 'target/package', `kratom-check-wordpress-${VERSION}.zip`);
const ARTIFACTS = process.env.KC_ARTIFACTS || 'target/e2e-artifacts';
const SOURCE = 'wordpress/kratom-check';
/** The "newer release" the update test makes from the zip (wordpress/tests/update-zip.php). */
const UPDATE_VERSION = `${VERSION}.1`; // above VERSION, so WordPress calls it an update
/** The release installed on the site now. */
let installed = VERSION;

let browser;
let wp;
let admin;
const pages = {}; // name → published URL

before(async () => {
  assert.ok(statSync(ZIP).size > 0, `${ZIP} (cargo xtask test or package writes it)`);
  const t0 = Date.now();
  [browser, wp] = await Promise.all([launch(), startWordPress()]);
  console.log(`# WordPress up at ${wp.base} in ${Date.now() - t0} ms`);
});

after(async () => {
  await admin?.context.close();
  await browser?.close();
  await wp?.stop();
});

/** A logged-in page for `user` in its own context (its own cookies). */
async function login(user) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT * 2);
  await page.goto(`${wp.base}/wp-login.php`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', USERS[user][1]);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
  return { context, page };
}

function shot(page, name) {
  return page.screenshot({ path: join(ARTIFACTS, `wordpress-${name}.png`), fullPage: false });
}

/** The block editor, ready: the plugin's block registered, no welcome guide. */
async function openEditor(page, path) {
  await page.goto(`${wp.base}${path}`);
  await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('kratom-check/self-check')
    && window.wp.data.select('core/editor').getCurrentPostId());
}

/** Inserts `blocks` ([name, attributes]), sets the title, publishes; returns the link. */
async function publish(page, title, blocks) {
  return page.evaluate(async ({ title, blocks }) => {
    const { createBlock } = window.wp.blocks;
    window.wp.data.dispatch('core/block-editor').insertBlocks(blocks.map(([n, a]) => createBlock(n, a)));
    window.wp.data.dispatch('core/editor').editPost({ title, status: 'publish' });
    await window.wp.data.dispatch('core/editor').savePost();
    const post = window.wp.data.select('core/editor').getCurrentPost();
    if (post.status !== 'publish') throw new Error(`not published: ${post.status}`);
    return { link: post.link, id: post.id, type: post.type };
  }, { title, blocks });
}

/** The post as saved (after WordPress's filters for the author's role), read back through the REST API. */
function savedContent(page, { id, type }) {
  return page.evaluate(async ({ id, type }) => {
    const post = await window.wp.apiFetch({ path: `/wp/v2/${type}s/${id}?context=edit` });
    return post.content.raw;
  }, { id, type });
}

test('every PHP file of the plugin passes php -l', async () => {
  const files = [];
  const walkDir = (d) => readdirSync(d, { withFileTypes: true }).forEach((e) => {
    const p = join(d, e.name);
    if (e.isDirectory()) walkDir(p); else if (p.endsWith('.php')) files.push(p);
  });
  walkDir(SOURCE);
  walkDir('wordpress/tests');
  assert.ok(files.length >= 12, files.join(' '));
  // Two at a time (the machine has two cores); -n: no php.ini, only the parser is needed.
  const lint = (f) => new Promise((resolve) => execFile('php', ['-n', '-l', f], (err, out) => resolve([f, err, out])));
  for (let i = 0; i < files.length; i += 2) {
    for (const [f, err, out] of await Promise.all(files.slice(i, i + 2).map(lint))) {
      assert.ok(!err && /No syntax errors detected/.test(out), `${f}: ${out} ${err ?? ''}`);
    }
  }
});

test('the admin uploads the plugin zip, activates it, and saves the settings', async () => {
  const t = Date.now();
  const step = (what) => console.log(`# ${what}: ${Date.now() - t} ms`);
  admin = await login('admin');
  step('logged in');
  const { page } = admin;
  await page.goto(`${wp.base}/wp-admin/plugin-install.php?tab=upload`);
  await page.setInputFiles('#pluginzip', ZIP);
  await Promise.all([page.waitForURL(/update\.php\?action=upload-plugin/), page.click('#install-plugin-submit')]);
  await page.getByText('Plugin installed successfully.').waitFor();
  step('uploaded');
  await Promise.all([page.waitForURL(/plugins\.php/), page.getByRole('link', { name: 'Activate Plugin' }).click()]);
  await page.getByText('Plugin activated.').waitFor();
  step('activated');

  await page.goto(`${wp.base}/wp-admin/options-general.php?page=kratom-check`);
  step('settings page');
  await page.fill('#kratom_check_clinic_name', 'Riverside Recovery');
  await page.fill('#kratom_check_phone', '+1-555-0100');
  await page.fill('#kratom_check_contact_url', 'https://riverside.example/contact');
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
  await page.getByText('Settings saved.').waitFor();
  step('saved');
  // The loopback check on this page found the files served as application/wasm.
  const notice = await page.locator('#kratom-check-files-notice').allTextContents();
  assert.deepEqual(notice, []);
  await shot(page, 'settings-saved');
});

test('the settings page refuses bad values with the widget\'s rules and keeps the previous ones', async () => {
  const { page } = admin;
  await page.goto(`${wp.base}/wp-admin/options-general.php?page=kratom-check`);
  await page.fill('#kratom_check_phone', 'call <b>us</b>');
  await page.fill('#kratom_check_accent', '#ffff00');
  await page.fill('#kratom_check_exit_url', 'http://news.example/');
  await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
  const errors = await page.locator('.notice-error, .error').allTextContents();
  const text = errors.join('\n');
  for (const why of ['only digits, spaces and + - ( ) are allowed', 'contrast against white is below 4.5:1', 'not an https URL']) {
    assert.ok(text.includes(why), `${why} in ${text}`);
  }
  // The given value is shown as text, never as markup.
  assert.ok(text.includes('call <b>us</b>'), text);
  assert.equal(await page.locator('.notice-error b, .error b').count(), 0);
  assert.equal(await page.inputValue('#kratom_check_phone'), '+1-555-0100');
  assert.equal(await page.inputValue('#kratom_check_accent'), '');
  await shot(page, 'settings-refused');
  // The plugin's page (its form and its notices) against WCAG 2.2 AA; the admin menus are WordPress's own.
  await page.addScriptTag({ path: join(process.cwd(), 'node_modules/axe-core/axe.min.js') });
  const violations = await page.evaluate(async (tags) => {
    const r = await window.axe.run('.wrap', { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, WCAG_TAGS);
  assert.deepEqual(violations, []);
});

test('an Author publishes a post with the shortcode and the block; the saved content keeps the fallback numbers', async () => {
  const { context, page } = await login('writer');
  try {
    await openEditor(page, '/wp-admin/post-new.php');
    const post = await publish(page, 'Kratom self-check (Author)', [
      ['core/shortcode', { text: '[kratom_check clinic_name="Riverside North" phone="+1-555-0111"]' }],
      ['kratom-check/self-check', { lang: 'es', clinicName: 'Riverside Norte' }],
    ]);
    pages.author = post.link;
    const raw = await savedContent(page, post);
    assert.match(raw, /^<!-- wp:shortcode -->\n\[kratom_check clinic_name="Riverside North" phone="\+1-555-0111"\]/, raw);
    assert.match(raw, /<!-- wp:kratom-check\/self-check \{"clinicName":"Riverside Norte","lang":"es"\} -->/, raw);
    for (const n of ['tel:911', 'tel:988', 'tel:18006624357']) assert.ok(raw.includes(`href="${n}"`), `${n} in ${raw}`);
    // The Author's content went through WordPress's filters: no widget tag or script was ever saved.
    assert.ok(!raw.includes('<kratom-check') && !raw.includes('<script'), raw);
  } finally {
    await context.close();
  }
});

test('an Editor adds the block, sees the real widget in the editor with the ignored option named, and publishes a page', async () => {
  const { context, page } = await login('editor1');
  try {
    await openEditor(page, '/wp-admin/post-new.php?post_type=page');
    await page.evaluate(() => {
      const { createBlock } = window.wp.blocks;
      window.wp.data.dispatch('core/block-editor').insertBlocks(
        createBlock('kratom-check/self-check', { clinicName: 'Hillside Clinic', phone: 'not a phone' }));
      window.wp.data.dispatch('core/editor').editPost({ title: 'Kratom self-check (Editor)' });
    });
    const preview = page.locator('.wp-block-kratom-check-self-check kratom-check[data-kratom-check-ready]');
    await preview.waitFor({ timeout: TIMEOUT * 2 });
    const notice = await page.locator('.kratom-check-refused').textContent();
    assert.ok(notice.includes('only digits, spaces and + - ( ) are allowed'), notice);
    assert.equal(await preview.getAttribute('data-clinic-name'), 'Hillside Clinic');
    await page.locator('.wp-block-kratom-check-self-check').first().click();
    await page.getByText('Options for this page').first().waitFor();
    await shot(page, 'editor-block');
    const post = await publish(page, 'Kratom self-check (Editor)', []);
    pages.editor = post.link;
    const raw = await savedContent(page, post);
    for (const n of ['tel:911', 'tel:988', 'tel:18006624357']) assert.ok(raw.includes(`href="${n}"`), `${n} in ${raw}`);
  } finally {
    await context.close();
  }
});

for (const [name, persona] of [['author', 'taper'], ['editor', 'detox']]) {
  test(`a visitor's fresh browser mounts the widget on the ${name}'s page from the plugin's files, and a persona walks to the assess result`, async () => {
    assert.ok(pages[name], 'published earlier');
    const expected = expectedHooks(assess(PERSONAS[persona]));
    await withPage(browser, `wordpress-${name}`, pages[name], { allowOrigins: [wp.base] }, async (rec) => {
      const { page } = rec;
      const script = page.locator('script[src*="kratom-check.js"]');
      assert.equal(await script.count(), 1);
      const src = await script.getAttribute('src');
      assert.ok(src.startsWith(`${wp.base}/wp-content/plugins/kratom-check/assets/${VERSION}/kratom-check.js`), src);
      assert.match(await script.getAttribute('integrity'), /^sha384-/);
      assert.equal(await script.getAttribute('crossorigin'), 'anonymous');
      assert.equal(await page.locator('link[rel=preload][href*="kratom-check_bg.wasm"][integrity^="sha384-"][crossorigin=anonymous]').count(), 1);
      const widget = page.locator('kratom-check').first();
      if (name === 'author') {
        assert.equal(await widget.getAttribute('data-clinic-name'), 'Riverside North');
        assert.equal(await widget.getAttribute('data-phone'), '+1-555-0111');
        assert.equal(await page.locator('kratom-check').nth(1).getAttribute('data-lang'), 'es');
      } else {
        // The page's bad phone was left out: the clinic-wide one is used.
        assert.equal(await widget.getAttribute('data-clinic-name'), 'Hillside Clinic');
        assert.equal(await widget.getAttribute('data-phone'), '+1-555-0100');
      }
      assert.deepEqual(rec.warnings.filter((w) => w.includes('kratom-check')), []);
      await page.setViewportSize({ width: 1280, height: 900 });
      await shot(page, `${name}-1280`);
      await page.setViewportSize({ width: 375, height: 800 });
      await widget.scrollIntoViewIfNeeded();
      await shot(page, `${name}-375`);
      await walk(widget, PERSONAS[persona]);
      const got = await resultHooks(widget);
      delete got.text;
      assert.deepEqual(got, expected);
      // Only the widget's own files, from the plugin's folder; nothing else left the page.
      const widgetRequests = rec.requests.map((r) => r.url).filter((u) => u.includes('/plugins/kratom-check/'));
      for (const u of widgetRequests) assert.match(u, /\/assets\/[^/]+\/kratom-check(\.js|_bg\.wasm|\.(en|es)\.pack)$/, u);
      assert.deepEqual(rec.foreign, []);
    });
  });

  test(`with JavaScript off, the ${name}'s page shows the fallback with the crisis numbers, within the content column`, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(pages[name]);
      const fallback = page.locator('kratom-check .kc-fallback').first();
      assert.ok(await fallback.isVisible());
      const text = await fallback.innerText();
      for (const n of CRISIS_NUMBERS) assert.ok(text.includes(n), `${n} in ${text}`);
      const box = await fallback.boundingBox();
      const title = await page.locator('h1').first().boundingBox();
      // The theme's content column (650 px in Twenty Twenty-Three), not the 1280 px page.
      assert.ok(box.width <= 700 && box.width >= 300, JSON.stringify(box));
      assert.ok(title && title.width <= 700, JSON.stringify(title));
      await shot(page, `${name}-nojs-1280`);
    } finally {
      await context.close();
    }
  });
}

test('a page without the block or shortcode loads none of the widget\'s files', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${wp.base}/?page_id=2`);
    assert.equal(await page.locator('script[src*="kratom-check"], link[href*="kratom-check"]').count(), 0);
    assert.deepEqual(requests.filter((u) => u.includes('kratom-check')), []);
  } finally {
    await context.close();
  }
});

test('Apache serves the plugin\'s files with the right types, precompressed (the plugin\'s .htaccess)', async () => {
  const dir = `${wp.base}/wp-content/plugins/kratom-check/assets/${VERSION}`;
  for (const [file, type] of [['kratom-check_bg.wasm', 'application/wasm'], ['kratom-check.en.pack', 'application/octet-stream'], ['kratom-check.js', 'text/javascript']]) {
    const r = await fetch(`${dir}/${file}`, { headers: { 'accept-encoding': 'br' } });
    assert.equal(r.status, 200, file);
    assert.ok(r.headers.get('content-type').startsWith(type), `${file}: ${r.headers.get('content-type')}`);
    assert.equal(r.headers.get('content-encoding'), 'br', file);
    assert.match(r.headers.get('vary') || '', /accept-encoding/i, file);
    const g = await fetch(`${dir}/${file}`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(g.headers.get('content-encoding'), 'gzip', file);
    assert.ok(g.headers.get('content-type').startsWith(type), `${file}: ${g.headers.get('content-type')}`);
  }
});

test('the plugin\'s PHP unit tests (validation, escaping) pass inside this WordPress', () => {
  const out = execFileSync('php', ['wordpress/tests/plugin-test.php', wp.configName, wp.base], { encoding: 'utf8' });
  assert.match(out, /^ok /m, out);
  assert.doesNotMatch(out, /^not ok /m, out);
  assert.match(out, /\n# \d+ passed, 0 failed\n$/, out);
  console.log(out.trim().split('\n').pop());
});

test('an update (Upload Plugin, Replace current with uploaded) moves every page to the new release\'s files at once', async () => {
  const { page } = admin;
  const update = join(wp.dir, 'update.zip');
  execFileSync('php', ['wordpress/tests/update-zip.php', ZIP, update, UPDATE_VERSION]);
  await page.goto(`${wp.base}/wp-admin/plugin-install.php?tab=upload`);
  await page.setInputFiles('#pluginzip', update);
  await Promise.all([page.waitForURL(/update\.php\?action=upload-plugin/), page.click('#install-plugin-submit')]);
  await page.getByText('This plugin is already installed.').waitFor();
  await page.getByRole('link', { name: 'Replace current with uploaded' }).click();
  await page.getByText('Plugin updated successfully.').waitFor();
  installed = UPDATE_VERSION;
  for (const name of ['author', 'editor']) {
    await withPage(browser, `wordpress-updated-${name}`, pages[name], { allowOrigins: [wp.base] }, async (rec) => {
      const script = rec.page.locator('script[src*="kratom-check.js"]');
      assert.ok((await script.getAttribute('src')).includes(`/assets/${UPDATE_VERSION}/kratom-check.js`));
      assert.match(await script.getAttribute('integrity'), /^sha384-/);
      assert.ok(rec.requests.some((r) => r.url.includes(`/assets/${UPDATE_VERSION}/kratom-check_bg.wasm`)));
      assert.ok(!rec.requests.some((r) => r.url.includes(`/assets/${VERSION}/`)), 'nothing from the old release');
    });
  }
  const old = await fetch(`${wp.base}/wp-content/plugins/kratom-check/assets/${VERSION}/kratom-check.js`);
  assert.equal(old.status, 404, 'the old release\'s files are gone');
});

test('a changed widget file gets an admin notice with the reason (never a visitor message)', async () => {
  const { page } = admin;
  const wasm = join(wp.dir, 'wp-content/plugins/kratom-check/assets', installed, 'kratom-check_bg.wasm');
  appendFileSync(wasm, Buffer.from([0]));
  await page.goto(`${wp.base}/wp-admin/`);
  const notice = await page.locator('#kratom-check-files-notice').textContent();
  assert.ok(notice.includes('kratom-check_bg.wasm has changed since the release'), notice);
  const visitor = await browser.newContext();
  try {
    const vpage = await visitor.newPage();
    await vpage.goto(pages.editor);
    assert.equal(await vpage.locator('#kratom-check-files-notice').count(), 0);
  } finally {
    await visitor.close();
  }
});

test('deleting the plugin removes its setting; the pages keep the fallback with the crisis numbers', async () => {
  const { page } = admin;
  await page.goto(`${wp.base}/wp-admin/plugins.php`);
  try {
    await Promise.all([page.waitForURL(/deactivate=true/),
      page.getByRole('link', { name: 'Deactivate Kratom self-check' }).click()]);
    page.once('dialog', (d) => d.accept());
    await page.getByRole('link', { name: 'Delete Kratom self-check' }).click();
    await page.getByText(/Kratom self-check was successfully deleted/).waitFor();
  } catch (e) {
    await shot(page, 'delete-failed');
    throw e;
  }
  const php = `$_SERVER['WORDPRESS_CONFIG'] = '${wp.configName}'; $_SERVER['HTTP_HOST'] = '${new URL(wp.base).host}';
    require '/usr/share/wordpress/wp-load.php'; echo json_encode(get_option('kratom_check_settings', 'gone'));`;
  assert.equal(execFileSync('php', ['-r', php], { encoding: 'utf8' }), '"gone"');
  const visitor = await browser.newContext();
  try {
    const vpage = await visitor.newPage();
    await vpage.goto(pages.editor);
    const text = await vpage.locator('.wp-block-kratom-check-self-check').innerText();
    for (const n of CRISIS_NUMBERS) assert.ok(text.includes(n), `${n} in ${text}`);
    assert.equal(await vpage.locator('kratom-check, script[src*="kratom-check"]').count(), 0);
  } finally {
    await visitor.close();
  }
});
