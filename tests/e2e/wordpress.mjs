// A real WordPress for the plugin test, from Debian's packages (installed by
// `cargo xtask test`, xtask/src/env.rs): MariaDB and Apache with mod_php, each
// started here on 127.0.0.1 only (MariaDB on a socket, no TCP) in a fresh
// temporary folder, and stopped by `stop()`. Debian's WordPress reads its
// settings from /etc/wordpress/config-<name>.php, chosen by `SetEnv
// WORDPRESS_CONFIG` in our Apache config; that one file is removed at stop.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

const WP = '/usr/share/wordpress';
const THEME = `${WP}/wp-content/themes/twentytwentythree`;
const MODULES = '/usr/lib/apache2/modules';

/** A free loopback port (KC_WP_PORT if set). */
async function freePort() {
  if (process.env.KC_WP_PORT) return Number(process.env.KC_WP_PORT);
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

async function until(what, check, ms = 30_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const apacheConf = (dir, port, name) => `
ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${dir}/apache.pid
DefaultRuntimeDir ${dir}
Mutex file:${dir} default
User www-data
Group www-data
ErrorLog ${dir}/apache-error.log
LogLevel warn
StartServers 2
MaxRequestWorkers 8
LoadModule mpm_prefork_module ${MODULES}/mod_mpm_prefork.so
LoadModule authz_core_module ${MODULES}/mod_authz_core.so
LoadModule dir_module ${MODULES}/mod_dir.so
LoadModule mime_module ${MODULES}/mod_mime.so
LoadModule alias_module ${MODULES}/mod_alias.so
LoadModule env_module ${MODULES}/mod_env.so
LoadModule rewrite_module ${MODULES}/mod_rewrite.so
LoadModule headers_module ${MODULES}/mod_headers.so
LoadModule php_module ${MODULES}/libphp8.2.so
Include /etc/apache2/mods-available/mime.conf
DocumentRoot ${WP}
DirectoryIndex index.php
SetEnv WORDPRESS_CONFIG ${name}
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
Alias /wp-content ${dir}/wp-content
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory ${WP}>
  Options FollowSymLinks
  AllowOverride All
  Require all granted
</Directory>
<Directory ${dir}/wp-content>
  Options FollowSymLinks
  AllowOverride All
  Require all granted
</Directory>
<Directory ${THEME}>
  Require all granted
</Directory>
`;

const wpConfig = (dir, base) => `<?php
// The WordPress test's site (tests/e2e/wordpress.mjs); removed when the test stops.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${dir}/mysqld.sock');
define('WP_CONTENT_DIR', '${dir}/wp-content');
define('WP_CONTENT_URL', '${base}/wp-content');
define('WP_HOME', '${base}');
define('WP_SITEURL', '${base}');
define('FS_METHOD', 'direct');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
// No network here but loopback: WordPress's calls home would only wait.
define('WP_HTTP_BLOCK_EXTERNAL', true);
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((k) => `define('${k}', '${randomBytes(24).toString('hex')}');`).join('\n')}
`;

/** The site's users: name → [role, password]. */
export const USERS = {
  admin: ['administrator', 'admin-Pass-1'],
  writer: ['author', 'writer-Pass-1'],
  editor1: ['editor', 'editor-Pass-1'],
};

const installPhp = (name, base) => `<?php
$_SERVER['HTTP_HOST'] = '${new URL(base).host}';
$_SERVER['WORDPRESS_CONFIG'] = '${name}';
define('WP_INSTALLING', true);
require '${WP}/wp-load.php';
// No mail server here: the "new site" email is not sent.
function wp_new_blog_notification() {}
require ABSPATH . 'wp-admin/includes/upgrade.php';
$users = json_decode('${JSON.stringify(USERS)}', true);
wp_install('Riverside Recovery (test)', 'admin', 'admin@example.test', false, '', $users['admin'][1]);
switch_theme('twentytwentythree');
foreach ($users as $login => $u) {
  $id = username_exists($login) ?: wp_create_user($login, $u[1], $login . '@example.test');
  (new WP_User($id))->set_role($u[0]);
  // The block editor's welcome guide would cover the page.
  update_user_meta($id, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences',
    array('core/edit-post' => array('welcomeGuide' => false), '_modified' => gmdate('c')));
}
echo "installed\\n";
`;

/**
 * Starts MariaDB and Apache, installs WordPress with the three users; returns
 * `{ base, dir, stop, log, configName }` (configName: Debian's WORDPRESS_CONFIG for this site).
 */
export async function startWordPress() {
  const dir = mkdtempSync('/tmp/kc-wp-');
  chmodSync(dir, 0o755);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const name = `kratom-check-test-${port}`;
  const configFile = `/etc/wordpress/config-${name}.php`;
  const children = [];
  const stop = async () => {
    for (const c of children.reverse()) {
      if (c.exitCode === null) {
        const gone = new Promise((r) => c.once('exit', r));
        c.kill('SIGTERM');
        await Promise.race([gone, new Promise((r) => setTimeout(r, 10_000))]);
      }
    }
    rmSync(configFile, { force: true });
    if (!process.env.KC_WP_KEEP) rmSync(dir, { recursive: true, force: true });
  };
  // A runner stopped mid-test (a timeout's SIGTERM, Ctrl-C) still stops the
  // servers and leaves no site config behind.
  process.once('exit', () => rmSync(configFile, { force: true }));
  for (const sig of ['SIGINT', 'SIGTERM']) process.once(sig, () => stop().finally(() => process.exit(1)));
  try {
    // MariaDB: a new data folder, a socket in it, no TCP port, no grant tables
    // (the one client is WordPress, as root, on this socket).
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${dir}/db`, '--user=root',
      '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
    const db = spawn('mariadbd', ['--no-defaults', `--datadir=${dir}/db`, `--socket=${dir}/mysqld.sock`,
      '--skip-networking', '--skip-grant-tables', '--user=root', `--pid-file=${dir}/mysqld.pid`,
      `--log-error=${dir}/mysqld.err`, '--innodb-buffer-pool-size=64M'], { stdio: 'ignore', detached: true });
    children.push(db);
    await until('MariaDB', () => existsSync(`${dir}/mysqld.sock`) || db.exitCode !== null);
    if (db.exitCode !== null) throw new Error(`mariadbd exited: ${readFileSync(`${dir}/mysqld.err`, 'utf8')}`);
    execFileSync('mariadb', ['--no-defaults', `--socket=${dir}/mysqld.sock`, '-e', 'CREATE DATABASE wordpress']);

    for (const sub of ['plugins', 'themes', 'uploads', 'upgrade']) mkdirSync(`${dir}/wp-content/${sub}`, { recursive: true });
    symlinkSync(THEME, `${dir}/wp-content/themes/twentytwentythree`);
    // The web server's user installs plugins into wp-content, as on a real site.
    execFileSync('chown', ['-R', 'www-data:www-data', `${dir}/wp-content`]);
    writeFileSync(configFile, wpConfig(dir, base), { mode: 0o644 });
    writeFileSync(`${dir}/install.php`, installPhp(name, base));
    const out = execFileSync('php', [`${dir}/install.php`], { encoding: 'utf8' });
    if (!out.includes('installed')) throw new Error(`WordPress install: ${out}`);

    writeFileSync(`${dir}/apache.conf`, apacheConf(dir, port, name));
    // Its own process group: at shutdown Apache signals its whole group.
    const web = spawn('/usr/sbin/apache2', ['-f', `${dir}/apache.conf`, '-DFOREGROUND'], { stdio: 'ignore', detached: true });
    children.push(web);
    await until('Apache', async () => {
      if (web.exitCode !== null) throw new Error(`apache2 exited: ${readFileSync(`${dir}/apache-error.log`, 'utf8')}`);
      return fetch(`${base}/wp-login.php`).then((r) => r.ok, () => false);
    });
  } catch (e) {
    await stop();
    throw e;
  }
  const log = () => ['apache-error.log', 'mysqld.err'].map((f) => {
    try { return `${f}:\n${readFileSync(join(dir, f), 'utf8').slice(-3000)}`; } catch { return ''; }
  }).join('\n');
  return { base, dir, stop, log, configName: name };
}
