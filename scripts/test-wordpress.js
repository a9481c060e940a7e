/* global window, document -- used in page.evaluate() */
// The WordPress plugin against a real WordPress: Debian's `wordpress`
// (6.1), `php-cli`, `php-mysql` and `mariadb-server` (.ci/run installs them).
// Run after `npm run build` (which writes dist/wordpress/safeguarding-widgets.zip), as root:
// it writes /etc/wordpress/config-127.0.0.1.php and installs the plugin in
// /var/lib/wordpress/wp-content/plugins, and puts both back as they were.
//
// - php -l over every PHP file; the zip's layout and headers;
// - MariaDB on a unix socket in a temporary folder, PHP's built-in server on
//   127.0.0.1, WordPress installed with an Administrator, an Editor and an
//   Author, the zip unzipped and the plugin activated;
// - as the Author (REST, application password), a post with every block,
//   submitted for review; the Editor publishes it;
// - in Chromium: each widget rendered on the page, the module script once
//   with `integrity`, no request to another origin, no library on a page
//   without a widget; the settings page (the real form, so the nonce is
//   checked) saves a replacement number that the contact card then shows,
//   keeps a hostile value inert and refuses javascript: links; the quick
//   exit on every page;
// - in the block editor as the Author: the report-contact block inserted from
//   the inserter, its topic changed in the sidebar, saved; the saved content
//   read back through REST; the published post's blocks all valid;
// - deactivated: the post shows its fallback lines; uninstalled: the option
//   is gone; no PHP warning or notice from the plugin in debug.log.
// Each check prints `ok  ...` or `FAIL ...`; a failed step stops the run.
// Every process started here is stopped on exit, also after a failure.
// SCREENSHOTS=docs/images also writes the README's two editor screenshots.
import {execFileSync, spawn} from 'node:child_process';
import {
  copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {setTimeout as sleep} from 'node:timers/promises';
import {launchChromium} from './chromium.js';
import {savedDiv} from '../wordpress/editor/blocks.js';
import {loadModule} from './load-module.js';

const started = Date.now();
const ZIP = 'dist/wordpress/safeguarding-widgets.zip';
const WORDPRESS = '/usr/share/wordpress';
const CONTENT = '/var/lib/wordpress/wp-content';
const PLUGIN_DIR = join(CONTENT, 'plugins/safeguarding-widgets');
const MU_PLUGIN = join(CONTENT, 'mu-plugins/safeguarding-widgets-test.php');
const HOST = '127.0.0.1';
const CONFIG = `/etc/wordpress/config-${HOST}.php`;
const PASSWORD = `sgw-${process.pid}-${Date.now()}`;
const HOSTILE = '</script><script>alert(1)</script>';
const NEW_NUMBER = '0800 123 4567';
const {version} = JSON.parse(readFileSync('package.json', 'utf8'));

let failures = 0;
/** Prints one check; a failed one is counted and the run goes on. */
function check(ok, what, detail) {
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${!ok && detail ? `: ${detail}` : ''}`);
  return ok;
}
/** A check the rest of the run depends on: a failure stops it. */
function must(ok, what, detail) {
  if (!check(ok, what, detail)) throw new Error(`stopped: ${what} failed`);
}

// ---- Cleanup: every process by its id, every file put back. ------------
const children = [];
const restores = [];
let browser;
let scratch;
/** Signals a process started by start() and everything in its group. */
function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group has gone.
  }
}
function cleanup() {
  // Each server's whole process group, by its leader's id (php -S's
  // workers outlive the leader), also when the leader has already gone.
  for (const child of children.reverse()) signalGroup(child, 'SIGKILL');
  children.length = 0;
  for (const restore of restores.reverse()) {
    try {
      restore();
    } catch (error) {
      console.error(`cleanup: ${error.message}`);
    }
  }
  restores.length = 0;
}
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping`);
    process.exit(130);
  });
}

/** Moves a file or folder aside until exit (or just removes what this run creates). */
function claim(path) {
  if (existsSync(path)) {
    const aside = `${path}.before-test-wordpress-${process.pid}`;
    renameSync(path, aside);
    restores.push(() => {
      rmSync(path, {recursive: true, force: true});
      renameSync(aside, path);
    });
  } else {
    restores.push(() => rmSync(path, {recursive: true, force: true}));
  }
}

const run = (command, args, options = {}) =>
  execFileSync(command, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options});

/** Starts a long-running process, stopped at exit; its output goes to a log file. */
function start(name, command, args, options = {}) {
  const log = join(scratch, `${name}.log`);
  writeFileSync(log, '');
  // A process group of its own: `php -S` with PHP_CLI_SERVER_WORKERS forks
  // workers that outlive their parent unless the whole group is stopped.
  const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options});
  child.stdout.on('data', (chunk) => writeFileSync(log, chunk, {flag: 'a'}));
  child.stderr.on('data', (chunk) => writeFileSync(log, chunk, {flag: 'a'}));
  children.push(child);
  return Object.assign(child, {log});
}

/** Polls `probe` until it returns something truthy, or fails with `what`. */
async function until(what, probe, timeout = 30_000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch {
      // Not yet.
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

/** Text a reader sees, shadow roots included. */
const DEEP_TEXT = `(function deepText(node) {
  let text = '';
  for (const child of (node.shadowRoot ? [...node.shadowRoot.childNodes, ...node.childNodes] : node.childNodes)) {
    if (child.nodeType === 3) text += child.data;
    else if (child.nodeType === 1 && !['STYLE', 'SCRIPT'].includes(child.tagName)) text += ' ' + deepText(child);
  }
  return text.replace(/\\s+/g, ' ');
})`;

/** Every element under `selector`'s shadow roots matching `inner` (shadow roots searched deep). */
const DEEP_ALL = `(function deepAll(root, inner) {
  const found = [...root.querySelectorAll(inner)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepAll(element.shadowRoot, inner));
  return found;
})`;

try {
  // ---- Before anything starts. ---------------------------------------
  must(existsSync(ZIP), `${ZIP} exists`, 'run `npm run build` first');
  for (const [what, path] of [['php', '/usr/bin/php'], ['mariadbd', '/usr/sbin/mariadbd'], ['WordPress', `${WORDPRESS}/wp-load.php`], ['unzip', '/usr/bin/unzip']]) {
    must(existsSync(path), `${what} is installed (${path})`, 'install Debian\'s wordpress php-cli php-mysql mariadb-server unzip (.ci/run does)');
  }
  must(process.getuid?.() === 0, 'running as root (to write /etc/wordpress and wp-content)', `uid ${process.getuid?.()}`);
  scratch = mkdtempSync(join(tmpdir(), 'safeguarding-widgets-wordpress-'));
  restores.push(() => rmSync(scratch, {recursive: true, force: true}));

  // ---- The zip. ---------------------------------------------------------
  const unzipped = join(scratch, 'unzipped');
  run('unzip', ['-q', ZIP, '-d', unzipped]);
  const top = readdirSync(unzipped);
  must(top.length === 1 && top[0] === 'safeguarding-widgets', 'the zip holds one folder, safeguarding-widgets/', top.join(', '));
  const root = join(unzipped, 'safeguarding-widgets');
  const filesUnder = (dir) =>
    readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
  const zipped = filesUnder(root);
  const php = zipped.filter((file) => file.endsWith('.php'));
  const main = readFileSync(join(root, 'safeguarding-widgets.php'), 'utf8');
  check(/Plugin Name:\s+Safeguarding widgets/.test(main) && main.includes(`Version:           ${version}`) && /Requires at least: 6\.1/.test(main),
    `safeguarding-widgets.php has the plugin header (version ${version}, WordPress 6.1+)`);
  const readme = readFileSync(join(root, 'readme.txt'), 'utf8');
  check(/^=== Safeguarding widgets ===/.test(readme) && readme.includes(`Stable tag: ${version}`) && /== Description ==/.test(readme),
    'readme.txt is in the WordPress format, with the stable tag');
  const lintErrors = [];
  for (const file of [...php, ...readdirSync('wordpress/tests').filter((name) => name.endsWith('.php')).map((name) => join('wordpress/tests', name))]) {
    try {
      run('php', ['-l', file]);
    } catch (error) {
      lintErrors.push(`${file}: ${error.stdout}${error.stderr}`);
    }
  }
  check(!lintErrors.length, `php -l finds no syntax error in the plugin's ${php.length} PHP files and the test's`, lintErrors.join('\n'));
  const unguarded = php.filter((file) => !/^<\?php[\s\S]*?\ndefined\( 'ABSPATH' \) \|\| exit;/.test(readFileSync(file, 'utf8')));
  check(!unguarded.length, "every PHP file starts with defined( 'ABSPATH' ) || exit;", unguarded.join(', '));
  const expected = ['report-contact', 'signs-checklist', 'campaign-banner', 'sexting-tips', 'topic-guide', 'quick-exit'];
  const blocks = readdirSync(join(root, 'blocks')).map((name) => JSON.parse(readFileSync(join(root, 'blocks', name, 'block.json'), 'utf8')));
  check(expected.every((name) => blocks.some((block) => block.name === `safeguarding-widgets/${name}`)),
    `a block.json for each widget: ${blocks.map((block) => block.name).join(', ')}`);
  const sri = readFileSync(join(root, 'lib/safeguarding-widgets.js.sri'), 'utf8').trim();
  check(sri === readFileSync('dist/safeguarding-widgets.js.sri', 'utf8').trim() && existsSync(join(root, 'lib/locales/pl.js.sri')),
    'the zip holds the built library, its locales and their .sri values');

  // ---- MariaDB, on a unix socket only. ---------------------------------
  const data = join(scratch, 'db');
  const socket = join(scratch, 'mysql.sock');
  run('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db']);
  const mariadb = start('mariadbd', '/usr/sbin/mariadbd', [
    '--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--user=root',
    `--pid-file=${join(scratch, 'mariadbd.pid')}`, '--innodb-buffer-pool-size=32M', '--skip-log-bin',
  ]);
  const sql = (statement) => run('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-e', statement]);
  await until('MariaDB to answer', () => sql('SELECT 1'));
  sql(`CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '${PASSWORD}'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';`);
  check(mariadb.exitCode === null, `MariaDB runs on ${socket} (no TCP)`);

  // ---- WordPress, installed from the command line. ---------------------
  const port = await freePort();
  const site = `http://${HOST}:${port}`;
  const debugLog = join(scratch, 'debug.log');
  mkdirSync('/etc/wordpress', {recursive: true});
  claim(CONFIG);
  writeFileSync(CONFIG, `<?php
// Written by scripts/test-wordpress.js; removed when it ends.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '${PASSWORD}');
define('DB_HOST', 'localhost:${socket}');
define('WP_HOME', '${site}');
define('WP_SITEURL', '${site}');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${debugLog}');
define('WP_DEBUG_DISPLAY', false);
$table_prefix = 'wp_';
`);
  claim(PLUGIN_DIR);
  run('unzip', ['-q', ZIP, '-d', join(CONTENT, 'plugins')]);
  if (!existsSync(join(CONTENT, 'mu-plugins'))) claim(join(CONTENT, 'mu-plugins'));
  mkdirSync(join(CONTENT, 'mu-plugins'), {recursive: true});
  claim(MU_PLUGIN);
  copyFileSync('wordpress/tests/mu-plugin.php', MU_PLUGIN);
  const setup = JSON.parse(run('php', ['wordpress/tests/setup.php', HOST, PASSWORD]));
  must(setup.active, `WordPress ${setup.wpVersion} installed (theme ${setup.theme}), the zip unzipped into wp-content/plugins and activated`);
  const action = (...args) => JSON.parse(run('php', ['wordpress/tests/action.php', HOST, ...args]));

  const server = start('php-server', 'php', ['-S', `${HOST}:${port}`, '-t', WORDPRESS, 'wordpress/tests/router.php'], {
    env: {...process.env, PHP_CLI_SERVER_WORKERS: '4'},
  });
  await until('the PHP server', async () => (await fetch(`${site}/`)).ok);
  check(server.exitCode === null, `php -S serves WordPress on ${site}`);

  // ---- REST, as each role. ----------------------------------------------
  async function rest(user, method, route, body) {
    const {login, appPassword} = setup.users[user];
    const [path, query] = route.split('&', 2);
    const response = await fetch(`${site}/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`, {
      method,
      headers: {
        Authorization: `Basic ${Buffer.from(`${login}:${appPassword}`).toString('base64')}`,
        ...(body ? {'Content-Type': 'application/json'} : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${route} as ${user}: ${response.status} ${JSON.stringify(json).slice(0, 300)}`);
    return json;
  }

  /** A block as the editor serializes it, its markup written by the plugin's own save (wordpress/editor/blocks.js). */
  const {widgetsIn, FALLBACKS: fallbacks, escapeAttribute: escape} = await loadModule('builder/widgets.ts');
  const widgets = widgetsIn(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
  function serialized(name, attributes = {}) {
    const widget = widgets.find((w) => w.name === name);
    const types = Object.fromEntries(widget.settings.map((setting) => [setting.property, true]));
    const {data, inside} = savedDiv(widget, attributes, fallbacks[name], types);
    const props = (object) => Object.entries(object).map(([key, value]) => ` ${key}="${escape(value)}"`).join('');
    const comment = Object.keys(attributes).length ? ` ${JSON.stringify(attributes)}` : '';
    return `<!-- wp:safeguarding-widgets/${name}${comment} -->\n<div${props(data)}><${inside.tag}${props(inside.props)}>${escape(inside.text)}</${inside.tag}></div>\n<!-- /wp:safeguarding-widgets/${name} -->`;
  }
  const content = [
    serialized('quick-exit', {position: 'inline'}),
    serialized('campaign-banner', {dismissible: true}),
    serialized('report-contact'),
    serialized('signs-checklist', {headingLevel: 3}),
    serialized('sexting-tips', {open: true}),
    serialized('topic-guide', {topic: 'sexual-exploitation'}),
  ].join('\n\n');
  const draft = await rest('author', 'POST', '/wp/v2/posts', {title: 'Keeping children safe', content, status: 'pending'});
  check(draft.status === 'pending', `the Author created post ${draft.id} with every block and submitted it for review (REST, application password)`);
  const raw = (await rest('author', 'GET', `/wp/v2/posts/${draft.id}&context=edit`)).content.raw;
  const kept = ['data-safeguard="report-contact"', 'data-heading-level="3"', 'data-topic="sexual-exploitation"', 'data-open=""', 'data-dismissible=""', '<!-- wp:safeguarding-widgets/topic-guide {"topic":"sexual-exploitation"} -->'];
  check(kept.every((text) => raw.includes(text)), "the Author's content keeps every block and data-* attribute through KSES",
    kept.filter((text) => !raw.includes(text)).join(', '));
  const post = await rest('editor', 'POST', `/wp/v2/posts/${draft.id}`, {status: 'publish'});
  must(post.status === 'publish', `the Editor published it: ${post.link}`);
  const plainPage = await rest('admin', 'POST', '/wp/v2/pages', {title: 'No widgets here', content: '<!-- wp:paragraph --><p>Opening hours.</p><!-- /wp:paragraph -->', status: 'publish'});

  // ---- The page, in Chromium. ------------------------------------------
  browser = await launchChromium();
  restores.push(() => browser.process()?.kill('SIGKILL'));
  const origin = new URL(site).origin;

  /** Opens `url` in a fresh page, recording requests elsewhere and dialogs. */
  async function open(url, context = browser) {
    const page = await context.newPage();
    await page.setViewport({width: 1280, height: 900});
    const elsewhere = [];
    const dialogs = [];
    page.on('request', (request) => {
      const target = request.url();
      if (!/^(data|blob|about):/.test(target) && new URL(target).origin !== origin) elsewhere.push(target);
    });
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(url, {waitUntil: 'networkidle0'});
    return {page, elsewhere, dialogs};
  }
  const widgetText = (page, tag) =>
    page.evaluate((tag, deep) => {
      const element = document.querySelector(tag);
      return element?.shadowRoot ? eval(deep)(element) : null;
    }, tag, DEEP_TEXT);

  async function checkWidgets(page, label, operation = 'Operation Liberal') {
    await page.waitForFunction(() => ['report-contact', 'signs-checklist', 'campaign-banner', 'sexting-tips', 'topic-guide', 'quick-exit']
      .every((name) => document.querySelector(`safeguard-${name}`)?.shadowRoot?.childElementCount), {timeout: 15_000});
    const contact = await widgetText(page, 'safeguard-report-contact');
    check(/Who to contact/.test(contact) && /999/.test(contact) && /101/.test(contact), `${label}: the contact card shows "Who to contact", 999 and 101`, contact?.slice(0, 200));
    const tel = await page.evaluate((all) => eval(all)(document.querySelector('safeguard-report-contact').shadowRoot, 'a[href^="tel:"]').map((a) => a.getAttribute('href')), DEEP_ALL);
    check(tel.includes('tel:999') && tel.includes('tel:101'), `${label}: the numbers are tel: links (${tel.join(', ')})`);
    const boxes = await page.evaluate(() => [...document.querySelector('safeguard-signs-checklist').shadowRoot.querySelectorAll('input[type=checkbox]')].length);
    const h3 = await page.evaluate(() => !!document.querySelector('safeguard-signs-checklist').shadowRoot.querySelector('h3'));
    check(boxes >= 10 && h3, `${label}: the checklist has ${boxes} checkboxes under an h3 (headingLevel 3)`);
    await page.evaluate(() => document.querySelector('safeguard-signs-checklist').shadowRoot.querySelector('input[type=checkbox]').click());
    const status = await page.evaluate(() => document.querySelector('safeguard-signs-checklist').shadowRoot.querySelector('[role=status]')?.textContent ?? '');
    check(/1 of \d+/.test(status), `${label}: ticking a sign says "${status.trim()}"`);
    const banner = await widgetText(page, 'safeguard-campaign-banner');
    const close = await page.evaluate(() => document.querySelector('safeguard-campaign-banner').shadowRoot.querySelector('button[part~="close"]')?.getAttribute('aria-label'));
    check(/Is Your Child Safe\?/.test(banner) && close === 'Hide this banner',
      `${label}: the campaign banner shows "Is Your Child Safe?" with its close button (dismissible)`);
    const open = await page.evaluate(() => [...document.querySelector('safeguard-sexting-tips').shadowRoot.querySelectorAll('details')].map((d) => d.open));
    check(open.length >= 3 && open.every(Boolean), `${label}: the sexting tips show ${open.length} tips, all open`);
    const guide = await widgetText(page, 'safeguard-topic-guide');
    check(guide.includes(operation), `${label}: the topic guide (sexual exploitation) shows its contacts with the operation to quote`, guide.slice(-300));
    const exit = await widgetText(page, 'safeguard-quick-exit');
    check(/Exit this page/.test(exit), `${label}: the quick exit shows "Exit this page"`);
    const fallbackShown = await page.evaluate(() => [...document.querySelectorAll('[data-safeguard] p')].some((p) => p.offsetParent !== null));
    check(!fallbackShown, `${label}: the fallback lines are hidden once the widgets render`);
    return {contact, guide};
  }

  const scriptTags = (page) =>
    page.evaluate(() => [...document.querySelectorAll('script[src*="safeguarding-widgets"]')].map((script) => ({
      type: script.type, src: script.getAttribute('src'), integrity: script.integrity, crossorigin: script.getAttribute('crossorigin'),
    })));

  {
    const {page, elsewhere, dialogs} = await open(post.link);
    await checkWidgets(page, 'published post');
    const scripts = await scriptTags(page);
    check(scripts.length === 1 && scripts[0].type === 'module' && scripts[0].integrity === sri && scripts[0].crossorigin === 'anonymous',
      `the library is loaded once, as a module, with integrity ${sri.slice(0, 20)}…`, JSON.stringify(scripts));
    check(!/\?ver=/.test(scripts[0]?.src ?? ''), 'its URL has no ?ver= (a locale file imports ../safeguarding-widgets.js: one module, not two)', scripts[0]?.src);
    const inHead = await page.evaluate(() => !!document.head.querySelector('script[src*="safeguarding-widgets.js"]'));
    check(inHead, 'it is in the head (a module script is deferred: it waits for nothing and blocks nothing)');
    check(!elsewhere.length, 'the page made no request to another origin', elsewhere.join(', '));
    check(!dialogs.length, 'no dialog', dialogs.join(', '));
    await page.close();
  }
  {
    // A site in Polish: <html lang="pl-PL">; the library imports locales/pl.js.
    action('language', 'pl_PL');
    const plRequests = [];
    const {page, elsewhere} = await open(post.link);
    const preload = await page.evaluate(() => [...document.querySelectorAll('link[rel="modulepreload"]')].map((link) => ({href: link.getAttribute('href'), integrity: link.integrity})));
    const plSri = readFileSync(join(root, 'lib/locales/pl.js.sri'), 'utf8').trim();
    check(preload.length === 1 && preload[0].href.endsWith('/safeguarding-widgets/lib/locales/pl.js') && preload[0].integrity === plSri,
      'on a site in Polish, the head preloads locales/pl.js with its integrity', JSON.stringify(preload));
    page.on('request', (request) => request.url().includes('/locales/') && plRequests.push(request.url()));
    await page.reload({waitUntil: 'networkidle0'});
    await page.waitForFunction(() => /Zaznaczono|Kogo|Komu|Kontakt/i.test(document.querySelector('safeguard-report-contact')?.shadowRoot?.textContent ?? ''), {timeout: 15_000}).catch(() => {});
    const polish = await widgetText(page, 'safeguard-report-contact');
    check(plRequests.length === 1 && !/Who to contact/.test(polish ?? ''), `the widgets speak Polish, with pl.js fetched once (${plRequests.length})`, `${plRequests.join(', ')} ${polish?.slice(0, 80)}`);
    check(!elsewhere.length, 'and no request to another origin', elsewhere.join(', '));
    await page.close();
    action('language', '');
  }
  {
    const {page} = await open(plainPage.link);
    const scripts = await scriptTags(page);
    const styles = await page.evaluate(() => document.querySelectorAll('link[href*="safeguarding-widgets"]').length);
    check(!scripts.length && !styles, 'a page without a widget loads nothing of the plugin');
    await page.close();
  }

  // ---- The settings page, through its real form. ------------------------
  async function logIn(user) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({width: 1400, height: 1000});
    await page.goto(`${site}/wp-login.php`, {waitUntil: 'networkidle0'});
    await page.type('#user_login', user);
    await page.type('#user_pass', PASSWORD);
    await Promise.all([page.waitForNavigation({waitUntil: 'networkidle0'}), page.click('#wp-submit')]);
    must(page.url().includes('/wp-admin/'), `logged in as ${user}`, page.url());
    return {context, page};
  }
  const admin = await logIn('admin');
  const settingsUrl = `${site}/wp-admin/options-general.php?page=safeguarding-widgets`;
  async function saveSettings(fields, checkbox) {
    const {page} = admin;
    await page.goto(settingsUrl, {waitUntil: 'networkidle0'});
    for (const [id, value] of Object.entries(fields)) {
      await page.$eval(id, (input) => (input.value = ''));
      await page.type(id, value);
    }
    if (checkbox !== undefined) {
      const checked = await page.$eval('#sgw-quick_exit_everywhere', (input) => input.checked);
      if (checked !== checkbox) await page.click('#sgw-quick_exit_everywhere');
    }
    await Promise.all([page.waitForNavigation({waitUntil: 'networkidle0'}), page.click('#submit')]);
    return page.evaluate(() => ({
      saved: !!document.querySelector('#setting-error-settings_updated'),
      errors: [...document.querySelectorAll('.notice-error, .error')].map((notice) => notice.textContent.trim()),
      scripts: document.querySelectorAll('script').length,
    }));
  }
  const adminPage = admin.page;
  await adminPage.goto(settingsUrl, {waitUntil: 'networkidle0'});
  const title = await adminPage.$eval('.wrap h1', (h1) => h1.textContent);
  const nonce = await adminPage.$eval('input[name="_wpnonce"]', (input) => input.value).catch(() => '');
  check(title === 'Safeguarding widgets' && nonce, 'Settings › Safeguarding widgets opens for the Administrator, with a nonce in its form');
  const author = await logIn('author');
  const authorSettings = await author.page.goto(settingsUrl, {waitUntil: 'networkidle0'});
  check(authorSettings.status() === 403 || /not allowed/i.test(await author.page.content()), 'the Author may not open the settings page', `HTTP ${authorSettings.status()}`);

  const saved = await saveSettings({'#sgw-phone_numbers-crimestoppers': NEW_NUMBER, '#sgw-operation_name': HOSTILE});
  check(saved.saved && !saved.errors.length, `the form saved a replacement Crimestoppers number (${NEW_NUMBER}) and the hostile operation name`, JSON.stringify(saved));
  const option = action('option');
  check(option?.phone_numbers?.crimestoppers === NEW_NUMBER && option?.operation_name === HOSTILE, 'the option holds both', JSON.stringify(option));
  const fieldValue = await adminPage.$eval('#sgw-operation_name', (input) => input.value);
  check(fieldValue === HOSTILE, 'the settings field shows the hostile value as a value (escaped), not as markup');
  {
    const {page, elsewhere, dialogs} = await open(post.link);
    const {contact, guide} = await checkWidgets(page, 'with the settings', HOSTILE);
    check(contact.includes(NEW_NUMBER) && !contact.includes('0800 555 111'), `the contact card shows ${NEW_NUMBER} instead of 0800 555 111`);
    check(guide.includes(HOSTILE), 'the hostile operation name is shown as text in the topic guide');
    const page1 = await page.evaluate(() => {
      const config = document.getElementById('safeguard-config');
      let parsed = null;
      try {
        parsed = JSON.parse(config.textContent);
      } catch {
        // Left null.
      }
      return {
        configs: document.querySelectorAll('script#safeguard-config').length,
        type: config?.type,
        parsed,
        injected: [...document.scripts].filter((script) => script.id !== 'safeguard-config' && script.textContent.includes('alert(1)')).length,
      };
    });
    check(!dialogs.length, 'the hostile value stays inert: no dialog', dialogs.join(', '));
    check(page1.configs === 1 && page1.type === 'application/json' && !page1.injected, 'no script element besides the one config (the value did not break out)', JSON.stringify(page1));
    check(page1.parsed?.operationName === HOSTILE && page1.parsed?.phoneNumbers?.crimestoppers === NEW_NUMBER, 'the page config still parses, with both values');
    const html = await (await fetch(post.link)).text();
    check(html.includes('\\u003C\\/script\\u003E') && !html.includes(HOSTILE), 'in the HTML, < and > in the config are written \\u003C and \\u003E');
    check(!elsewhere.length, 'still no request to another origin', elsewhere.join(', '));
    await page.close();
  }
  for (const [id, value, what] of [
    ['#sgw-campaign_href', 'javascript:alert(1)', 'the campaign link'],
    ['#sgw-links-nspcc', ' java\tscript:alert(document.cookie)', 'a contact link written with a tab'],
    ['#sgw-exit_href', 'tel:999', 'the quick exit link as a phone number (it must open a web page)'],
    // Last: the check below reads the error this one leaves on the page.
    ['#sgw-exit_href', 'data:text/html,<script>alert(1)</script>', 'the quick exit link as data:'],
  ]) {
    const refusal = await saveSettings({[id]: value});
    const after = action('option');
    const stored = JSON.stringify(after);
    check(refusal.errors.some((text) => /was not saved/.test(text)) && !/script:|data:|tel:/.test(stored),
      `the form refuses ${what} (${JSON.stringify(value)}) with a settings error`, JSON.stringify(refusal.errors));
  }
  const errorMarkup = await adminPage.evaluate(() => document.querySelector('.notice-error, .error')?.innerHTML ?? '');
  check(errorMarkup.includes('&lt;script&gt;') && !(await adminPage.evaluate(() => [...document.scripts].some((s) => s.textContent.includes('alert(1)')))),
    'the settings error shows the refused value as text');
  check(action('option')?.phone_numbers?.crimestoppers === NEW_NUMBER, 'a refused field leaves the other settings as they were');

  // The quick exit on every page.
  await saveSettings({'#sgw-exit_href': 'https://www.bbc.co.uk/news'}, true);
  {
    const {page, elsewhere} = await open(plainPage.link);
    await page.waitForFunction(() => document.querySelector('safeguard-quick-exit')?.shadowRoot?.childElementCount, {timeout: 15_000});
    const exit = await page.evaluate(() => {
      const element = document.querySelector('safeguard-quick-exit');
      const first = [...document.body.children].find((child) => !['SCRIPT', 'STYLE', 'LINK', 'NOSCRIPT'].includes(child.tagName));
      return {first: first?.localName, href: element.getAttribute('href'), scripts: document.querySelectorAll('script[src*="safeguarding-widgets.js"][integrity]').length};
    });
    check(exit.first === 'safeguard-quick-exit' && exit.href === 'https://www.bbc.co.uk/news' && exit.scripts === 1,
      'with "show the quick exit on every page", a page without widgets gets the quick exit first in its body, with the library', JSON.stringify(exit));
    check(!elsewhere.length, 'and no request to another origin', elsewhere.join(', '));
    await page.close();
  }
  await saveSettings({}, false);

  // ---- The block editor, as the Author. ---------------------------------
  const editor = author.page;
  await editor.goto(`${site}/wp-admin/post-new.php`, {waitUntil: 'networkidle0'});
  await editor.waitForSelector('.edit-post-layout', {timeout: 30_000});
  const guide = await editor.$('.edit-post-welcome-guide');
  if (guide) await editor.keyboard.press('Escape');
  await editor.click('button[aria-label="Toggle block inserter"]');
  const search = await editor.waitForSelector('.block-editor-inserter__search input');
  await search.type('safeguarding');
  await editor.waitForSelector('.block-editor-block-types-list__item');
  const listed = await editor.$$eval('.block-editor-block-types-list__item', (items) => items.map((item) => item.textContent.trim()));
  check(['Report contact', 'Signs checklist', 'Campaign banner', 'Sexting tips', 'Topic guide', 'Quick exit'].every((title) => listed.includes(title)),
    `the inserter lists every block for "safeguarding": ${listed.join(', ')}`);
  if (process.env.SCREENSHOTS) {
    mkdirSync(process.env.SCREENSHOTS, {recursive: true});
    // The search field and the blocks found, beside the top of the editor.
    const clip = await editor.evaluate(() => {
      const top = document.querySelector('.block-editor-inserter__search').getBoundingClientRect();
      const list = document.querySelector('.block-editor-block-types-list').getBoundingClientRect();
      return {x: 0, y: 0, width: 900, height: Math.ceil(Math.max(top.bottom, list.bottom) + 24)};
    });
    await editor.screenshot({path: join(process.env.SCREENSHOTS, 'wordpress-inserter.png'), clip});
  }
  const items = await editor.$$('.block-editor-block-types-list__item');
  let reportItem;
  for (const candidate of items) if ((await candidate.evaluate((node) => node.textContent.trim())) === 'Report contact') reportItem = candidate;
  must(!!reportItem, 'the Report contact block is in the inserter');
  await reportItem.click();
  await editor.waitForSelector('safeguard-report-contact', {timeout: 15_000});
  await editor.waitForFunction(() => document.querySelector('safeguard-report-contact')?.shadowRoot?.childElementCount, {timeout: 15_000});
  check(true, 'inserted from the inserter: the editor shows the live contact card');
  // Close the inserter; open the settings sidebar (its Block tab shows the selected block).
  await editor.click('button[aria-label="Toggle block inserter"]');
  const sidebarButton = await editor.$('.edit-post-header button[aria-label="Settings"][aria-expanded="false"]');
  if (sidebarButton) await sidebarButton.click();
  // The sidebar's Block tab, with the generated controls.
  const topicId = await editor.waitForFunction(() => {
    const label = [...document.querySelectorAll('.block-editor-block-inspector label')].find((node) => node.textContent.trim() === 'Topic');
    return label?.getAttribute('for');
  }, {timeout: 15_000}).then((handle) => handle.jsonValue());
  const labels = await editor.$$eval('.block-editor-block-inspector label', (nodes) => nodes.map((node) => node.textContent.trim()));
  check(['Topic', 'Variant', 'Operation name', 'Heading level'].every((label) => labels.includes(label)), `the sidebar has a control for every attribute: ${labels.join(', ')}`);
  await editor.select(`#${topicId}`, 'modern-slavery');
  await editor.waitForFunction(() => /Modern Slavery Helpline/.test(document.querySelector('safeguard-report-contact[topic="modern-slavery"]')?.shadowRoot?.textContent ?? ''), {timeout: 10_000});
  check(true, 'choosing the topic modern-slavery in the sidebar updates the preview (Modern Slavery Helpline)');
  if (process.env.SCREENSHOTS) {
    const sidebar = await editor.$('.interface-complementary-area');
    await sidebar.screenshot({path: join(process.env.SCREENSHOTS, 'wordpress-sidebar.png')});
  }
  await editor.click('.editor-post-title__input, h1[aria-label="Add title"]').catch(() => {});
  await editor.keyboard.type('Who to contact about modern slavery');
  await editor.click('.editor-post-save-draft');
  await editor.waitForFunction(() => {
    const select = window.wp.data.select('core/editor');
    return select.getCurrentPostId() && !select.isSavingPost() && !select.isEditedPostDirty();
  }, {timeout: 20_000});
  const newId = await editor.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
  const savedRaw = (await rest('author', 'GET', `/wp/v2/posts/${newId}&context=edit`)).content.raw;
  const expectedBlock = serialized('report-contact', {topic: 'modern-slavery'});
  check(savedRaw.includes(expectedBlock), `the saved post ${newId} (read through REST) holds the block and its div form`,
    `expected ${JSON.stringify(expectedBlock)} in ${JSON.stringify(savedRaw)}`);

  // The published post opens in the editor with every block valid.
  await adminPage.goto(`${site}/wp-admin/post.php?post=${post.id}&action=edit`, {waitUntil: 'networkidle0'});
  await adminPage.waitForFunction(() => window.wp?.data?.select('core/block-editor').getBlocks().length, {timeout: 30_000});
  const validity = await adminPage.evaluate(() => window.wp.data.select('core/block-editor').getBlocks().map((block) => `${block.name}:${block.isValid}`));
  check(validity.length === 6 && validity.every((entry) => entry.endsWith(':true')), 'the post written through REST validates in the editor: every block valid', validity.join(', '));

  // ---- Deactivated, then uninstalled. -----------------------------------
  check(action('deactivate') === false, 'the plugin deactivates');
  {
    const {page} = await open(post.link);
    const text = await page.evaluate(() => document.body.innerText);
    const scripts = await scriptTags(page);
    check(!scripts.length && text.includes(fallbacks['report-contact']) && text.includes(fallbacks['signs-checklist']),
      'deactivated: the post shows each block\'s fallback line, and no script');
    await page.close();
  }
  check(action('option') !== null, 'the settings are still there while it is only deactivated');
  check(action('uninstall') === null, 'uninstall.php removes the option');

  const log = existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : '';
  const ours = log.split('\n').filter((line) => /safeguarding-widgets/.test(line));
  check(!ours.length, 'no PHP error, warning or notice from the plugin in debug.log', ours.slice(0, 5).join('\n'));
} catch (error) {
  failures++;
  console.log(`FAIL ${error.message}`);
  if (process.env.DEBUG_SCREENSHOT && browser) {
    for (const page of await browser.pages().catch(() => [])) await page.screenshot({path: `${process.env.DEBUG_SCREENSHOT}-${page.url().length}.png`}).catch(() => {});
    for (const context of browser.browserContexts()) {
      for (const page of await context.pages()) await page.screenshot({path: `${process.env.DEBUG_SCREENSHOT}-${context.id ?? 'default'}-${(await page.title()).slice(0, 20).replace(/\W/g, '_')}.png`}).catch(() => {});
    }
  }
  for (const child of children) {
    if (child.log && existsSync(child.log)) {
      const tail = readFileSync(child.log, 'utf8').trim().split('\n').slice(-8).join('\n');
      if (tail) console.log(`--- ${child.spawnargs[0]} (last lines) ---\n${tail}`);
    }
  }
} finally {
  await browser?.close().catch(() => {});
  // Stop the servers and wait for them (MariaDB writes to its folder until it has gone).
  await Promise.all(
    children.map((child) => {
      if (child.exitCode !== null || child.signalCode !== null) return undefined;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      signalGroup(child, 'SIGTERM');
      return Promise.race([gone, sleep(15_000)]);
    })
  );
  cleanup();
}
console.log(`${failures ? `${failures} WordPress check(s) failed` : 'Every WordPress check passed'} (${((Date.now() - started) / 1000).toFixed(0)} s).`);
process.exit(failures ? 1 : 0);
