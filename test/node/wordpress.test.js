// The WordPress plugin against a real WordPress: Debian's `wordpress` (6.1),
// `php-cli`, `php-mysql` and `mariadb-server`, installed when missing.
//
//   node --test --test-concurrency=1 test/node/wordpress.test.js
//
// As root: it writes /etc/wordpress/config-127.0.0.1.php and installs the
// plugin in /var/lib/wordpress/wp-content/plugins, and puts both back.
// It tests dist/wordpress/safeguarding-widgets.zip, which `npm run build`
// writes: built first when dist/ is older than its sources.
//
// - the zip's layout and headers; php -l over every PHP file;
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
//   exit on every page; its section for editors, whose link opens the
//   embed-code builder shipped in the zip (builder.html) from the site;
// - in the block editor as the Author: the report-contact block inserted from
//   the inserter, its topic changed in the sidebar, saved; the saved content
//   read back through REST; the published post's blocks all valid;
// - deactivated: the post shows its fallback lines; uninstalled: the option
//   is gone; no PHP warning or notice from the plugin in debug.log.
// A step that later ones need (the servers, WordPress installed, the post
// published, a log-in) is a setUp() hook or is checked by one: when it
// fails, each test after it fails too, saying which step it needed.
// Every process started here is stopped at the end, also after a failure or Ctrl-C.
// SCREENSHOTS=docs/images also writes the editors' guide's two screenshots.
import {ensure} from '../../scripts/system-deps.js';
import {buildIfStale} from '../../scripts/build-if-stale.js';
import assert from 'node:assert/strict';
import {Buffer} from 'node:buffer';
import {execFileSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {after, describe, it} from 'node:test';
import PhpParser from 'php-parser';
import {launchChromium} from '../../scripts/browsers.js';
import {ELEMENT_NAMES} from '../../scripts/elements.js';
import {loadModule} from '../../scripts/load-module.js';
import {parsePo} from '../../scripts/wordpress-translations.js';
import {blockMarkup} from './blocks.js';
import {atEnd, claim, cleanUp, deepText, freePort, setUp, startProcess, until} from './support.js';

const {blockAttributes} = await loadModule('wordpress/editor/blocks.js');

ensure(['wordpress', 'chromium']);
if (process.getuid?.() !== 0) {
  console.error('test/node/wordpress.test.js runs as root: it writes /etc/wordpress and /var/lib/wordpress/wp-content (and puts them back).');
  process.exit(1);
}
buildIfStale();

const ZIP = 'dist/wordpress/safeguarding-widgets.zip';
const WORDPRESS = '/usr/share/wordpress';
const CONTENT = '/var/lib/wordpress/wp-content';
const HOST = '127.0.0.1';
const CONFIG = `/etc/wordpress/config-${HOST}.php`;
const PASSWORD = `sgw-${process.pid}-${Date.now()}`;
const HOSTILE = '</script><script>alert(1)</script>';
const NEW_NUMBER = '0800 123 4567';
const SETTINGS = '/wp-admin/options-general.php?page=safeguarding-widgets';
const SCREENSHOTS = process.env.SCREENSHOTS;
const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const {widgetsIn, FALLBACKS} = await loadModule('builder/widgets.ts');
const widgets = widgetsIn(JSON.parse(readFileSync('custom-elements.json', 'utf8')));

const scratch = mkdtempSync(join(tmpdir(), 'safeguarding-widgets-wordpress-'));
atEnd(() => rmSync(scratch, {recursive: true, force: true}));
const plugin = join(scratch, 'unzipped/safeguarding-widgets');
const socket = join(scratch, 'mysql.sock');
const debugLog = join(scratch, 'debug.log');

// What the steps hand on to later ones, each set by the step named.
let site; // WordPress set-up: http://127.0.0.1:<port>
let setup; // WordPress set-up: the users and whether the plugin is active
let post; // REST: the post with every block, published by the Editor
let plainPage; // REST: a page without a widget

/** What an earlier step made, or an error naming that step. */
function needs(value, step) {
  if (!value) throw new Error(`needs ${step}, which failed: see above`);
  return value;
}

const run = (command, args) => execFileSync(command, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
const sql = (statement) => run('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', 'root', '--skip-column-names', '-e', statement]);
/** One step on the site from PHP's command line (wordpress/tests/action.php). */
const action = (...args) => JSON.parse(run('php', ['wordpress/tests/action.php', HOST, ...args]));
const url = (path) => `${site}${path}`;

async function rest(user, method, route, body) {
  const {login, appPassword} = setup.users[user];
  const [path, query] = route.split('&', 2);
  const response = await fetch(url(`/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`), {
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
function serialized(name, attributes = {}) {
  const widget = widgets.find((w) => w.name === name);
  return blockMarkup(widget, attributes, FALLBACKS[name], blockAttributes(widget));
}

/** The settings of the blocks in the post with every block, where its checks need one; any other block keeps the defaults. */
const BLOCK_SETTINGS = {
  'quick-exit': {position: 'inline'},
  'campaign-banner': {dismissible: true},
  'signs-checklist': {headingLevel: 3},
  'sexting-tips': {open: true},
  'topic-guide': {topic: 'sexual-exploitation'},
};

// ---- In Chromium. ---------------------------------------------------------
let launched;
/** Chromium, launched the first time a step needs it. */
const chromium = () =>
  (launched ??= launchChromium().then((browser) => {
    atEnd(() => browser.process()?.kill('SIGKILL'));
    return browser;
  }));

/** Opens `address` in a fresh page, recording requests to another origin, dialogs, and errors (thrown or logged). */
async function open(address) {
  const page = await (await chromium()).newPage();
  await page.setViewport({width: 1280, height: 900});
  const elsewhere = [];
  const dialogs = [];
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('request', (request) => {
    const target = request.url();
    if (!/^(data|blob|about):/.test(target) && new URL(target).origin !== new URL(site).origin) elsewhere.push(target);
  });
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(address, {waitUntil: 'networkidle0'});
  return {page, elsewhere, dialogs, errors};
}

/** The published post, opened once every widget has rendered (or 15 s have gone: the tests then say which has not). */
async function openPost() {
  const view = await open(needs(post, 'the Editor publishing the post (REST)').link);
  await view.page.waitForFunction((names) => names.every((name) => document.querySelector(`safeguard-${name}`)?.shadowRoot?.childElementCount),
    {timeout: 15_000}, ELEMENT_NAMES).catch(() => {});
  return view;
}

const sessions = {};
/** A page logged in as `user` (admin, editor or author), in a browser context of its own; logged in once. */
const session = (user) =>
  (sessions[user] ??= (async () => {
    const context = await (await chromium()).createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({width: 1400, height: 1000});
    await page.goto(url('/wp-login.php'), {waitUntil: 'networkidle0'});
    await page.type('#user_login', user);
    await page.type('#user_pass', PASSWORD);
    await Promise.all([page.waitForNavigation({waitUntil: 'networkidle0'}), page.click('#wp-submit')]);
    assert.match(page.url(), /\/wp-admin\//, `logging in as ${user}`);
    return page;
  })());

// Run in the page, passed as source (so that they can call themselves).
/** Every element matching `selector` under `root`, shadow roots searched deep. */
function deepAll(root, selector) {
  const found = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepAll(element.shadowRoot, selector));
  return found;
}
/** The text of the widget `selector`, shadow roots included; '' when it has not rendered. */
const widgetText = (page, selector) =>
  page.evaluate((selector, source) => {
    const element = document.querySelector(selector);
    return element?.shadowRoot ? eval(`(${source})`)(element) : '';
  }, selector, String(deepText));

/** The plugin's script elements on the page. */
const scriptTags = (page) =>
  page.evaluate(() => [...document.querySelectorAll('script[src*="safeguarding-widgets"]')].map((script) => ({
    type: script.type, src: script.getAttribute('src'), integrity: script.integrity, crossorigin: script.getAttribute('crossorigin'),
  })));

/** The checks of each widget on the post opened into `view` by a setUp() hook; `operation` is the name the topic guide quotes. */
function widgetTests(view, operation) {
  it('the contact card shows "Who to contact", 999 and 101', async () => {
    const contact = await widgetText(view.page, 'safeguard-report-contact');
    for (const text of [/Who to contact/, /999/, /101/]) assert.match(contact, text);
  });
  it('its numbers are tel: links', async () => {
    const tel = await view.page.evaluate((source) => {
      const root = document.querySelector('safeguard-report-contact')?.shadowRoot;
      return root ? eval(`(${source})`)(root, 'a[href^="tel:"]').map((a) => a.getAttribute('href')) : [];
    }, String(deepAll));
    assert.ok(tel.includes('tel:999') && tel.includes('tel:101'), tel.join(', '));
  });
  it('the signs checklist has at least 10 checkboxes, under an h3 (headingLevel 3)', async () => {
    const checklist = await view.page.evaluate(() => {
      const root = document.querySelector('safeguard-signs-checklist')?.shadowRoot;
      return {boxes: root?.querySelectorAll('input[type=checkbox]').length, h3: !!root?.querySelector('h3')};
    });
    assert.ok(checklist.boxes >= 10 && checklist.h3, JSON.stringify(checklist));
  });
  it('ticking a sign says "1 of …"', async () => {
    await view.page.evaluate(() => document.querySelector('safeguard-signs-checklist')?.shadowRoot?.querySelector('input[type=checkbox]')?.click());
    const status = await view.page.evaluate(() => document.querySelector('safeguard-signs-checklist')?.shadowRoot?.querySelector('[role=status]')?.textContent ?? '');
    assert.match(status, /1 of \d+/);
  });
  it('the campaign banner shows "Is Your Child Safe?", with its close button (dismissible)', async () => {
    assert.match(await widgetText(view.page, 'safeguard-campaign-banner'), /Is Your Child Safe\?/);
    const close = await view.page.evaluate(() =>
      document.querySelector('safeguard-campaign-banner')?.shadowRoot?.querySelector('button[part~="close"]')?.getAttribute('aria-label'));
    assert.equal(close, 'Hide this banner');
  });
  it('the sexting tips show at least 3 tips, all open', async () => {
    const open = await view.page.evaluate(() => [...(document.querySelector('safeguard-sexting-tips')?.shadowRoot?.querySelectorAll('details') ?? [])].map((d) => d.open));
    assert.ok(open.length >= 3 && open.every(Boolean), JSON.stringify(open));
  });
  it('the topic guide (sexual exploitation) shows its contacts, with the operation to quote', async () => {
    const guide = await widgetText(view.page, 'safeguard-topic-guide');
    assert.ok(guide.includes(operation), `no ${JSON.stringify(operation)} in …${guide.slice(-300)}`);
  });
  it('the quick exit shows "Exit this page"', async () => {
    assert.match(await widgetText(view.page, 'safeguard-quick-exit'), /Exit this page/);
  });
  it('the fallback lines are hidden once the widgets render', async () => {
    assert.equal(await view.page.evaluate(() => [...document.querySelectorAll('[data-safeguard] p')].some((p) => p.offsetParent !== null)), false);
  });
}

setUp(() => run('unzip', ['-q', ZIP, '-d', join(scratch, 'unzipped')]));
after(async () => {
  await launched?.then((browser) => browser.close()).catch(() => {});
  await cleanUp();
});

describe('the zip', () => {
  it('holds one folder, safeguarding-widgets/', () => {
    assert.deepEqual(readdirSync(join(scratch, 'unzipped')), ['safeguarding-widgets']);
  });
  it(`safeguarding-widgets.php has the plugin header (version ${version}, WordPress 6.1+)`, () => {
    const main = readFileSync(join(plugin, 'safeguarding-widgets.php'), 'utf8');
    assert.match(main, /Plugin Name:\s+Safeguarding widgets/);
    assert.ok(main.includes(`Version:           ${version}`), `Version: ${version}`);
    assert.match(main, /Requires at least: 6\.1/);
  });
  it('readme.txt is in the WordPress format, with the stable tag', () => {
    const readme = readFileSync(join(plugin, 'readme.txt'), 'utf8');
    assert.match(readme, /^=== Safeguarding widgets ===/);
    assert.ok(readme.includes(`Stable tag: ${version}`), `Stable tag: ${version}`);
    assert.match(readme, /== Description ==/);
  });
  it('has a block.json for each widget', () => {
    const names = readdirSync(join(plugin, 'blocks')).map((name) => JSON.parse(readFileSync(join(plugin, 'blocks', name, 'block.json'), 'utf8')).name);
    assert.deepEqual(ELEMENT_NAMES.filter((name) => !names.includes(`safeguarding-widgets/${name}`)), [], `missing among ${names.join(', ')}`);
  });
  it('holds the built library, its locales and their .sri values', () => {
    assert.equal(readFileSync(join(plugin, 'lib/safeguarding-widgets.js.sri'), 'utf8').trim(), readFileSync('dist/safeguarding-widgets.js.sri', 'utf8').trim());
    assert.ok(existsSync(join(plugin, 'lib/locales/pl.js.sri')), 'lib/locales/pl.js.sri');
  });
  it('holds the embed-code builder as one file, builder.html, as built (dist/builder.html)', () => {
    assert.ok(readFileSync(join(plugin, 'builder.html')).equals(readFileSync('dist/builder.html')), 'builder.html differs from dist/builder.html');
  });
  it('holds only what a site runs: no source map, draft, test, coding standard or dotfile', () => {
    const files = readdirSync(plugin, {recursive: true}).filter((name) => statSync(join(plugin, name)).isFile());
    const shipped = /^(?!.*\/\.)(?!tests\/)[^.].*\.(php|txt|html|js|css|sri|json|mo|pot)$/;
    assert.deepEqual(files.filter((name) => !shipped.test(name) || name.endsWith('.map')), []);
  });
  it("holds the plugin's strings: the template and, for every draft in wordpress/languages/, a .mo and the editor script's .json", () => {
    const codes = readdirSync('wordpress/languages').filter((name) => name.endsWith('.po')).map((name) => name.slice(0, -3));
    assert.ok(codes.includes('pl'), codes.join(', '));
    const languages = readdirSync(join(plugin, 'languages'));
    assert.ok(languages.includes('safeguarding-widgets.pot'), languages.join(', '));
    assert.deepEqual(codes.flatMap((code) => [`${code}.mo`, `${code}.json`]).filter((file) => !languages.includes(file)), []);
  });
  it('readme.txt has the fields the plugin directory requires, a changelog and screenshots', () => {
    const readme = readFileSync(join(plugin, 'readme.txt'), 'utf8');
    for (const field of ['Contributors', 'Tags', 'Requires at least', 'Tested up to', 'Requires PHP', 'Stable tag', 'License', 'License URI']) {
      assert.match(readme, new RegExp(`^${field}: \\S`, 'm'), field);
    }
    assert.match(readme, /== Changelog ==\n\n= [^=\n]+ =\n\n\* /);
    assert.match(readme, /== Screenshots ==\n\n1\. /);
  });
});

describe('the PHP files', () => {
  const pluginPhp = () => readdirSync(plugin, {recursive: true}).filter((name) => name.endsWith('.php')).map((name) => join(plugin, name));
  it("php -l finds no syntax error in the plugin's PHP files and the test's", () => {
    const tests = readdirSync('wordpress/tests').filter((name) => name.endsWith('.php')).map((name) => join('wordpress/tests', name));
    const errors = [...pluginPhp(), ...tests].flatMap((file) => {
      try {
        run('php', ['-l', file]);
        return [];
      } catch (error) {
        return [`${file}: ${error.stdout}${error.stderr}`];
      }
    });
    assert.deepEqual(errors, []);
  });
  it("every PHP file of the plugin starts with defined( 'ABSPATH' ) || exit;", () => {
    assert.deepEqual(pluginPhp().filter((file) => !/^<\?php[\s\S]*?\ndefined\( 'ABSPATH' \) \|\| exit;/.test(readFileSync(file, 'utf8'))), []);
  });
  it("PHP_CodeSniffer (Debian's) finds nothing against wordpress/phpcs.xml: escaped output, WordPress's style, nothing unsafe", () => {
    let report = '';
    try {
      run('phpcs', ['--standard=wordpress/phpcs.xml', '--report=full', plugin]);
    } catch (error) {
      report = error.stdout || error.message;
    }
    assert.equal(report, '');
  });
  it('the escaping sniff flags each unescaped output of wordpress/phpcs/fixtures/output.php, and nothing escaped', () => {
    const fixture = 'wordpress/phpcs/fixtures/output.php';
    let report;
    try {
      report = run('phpcs', ['--standard=wordpress/phpcs.xml', '--sniffs=SafeguardingWidgets.Security.EscapedOutput', '--report=json', fixture]);
    } catch (error) {
      report = error.stdout; // phpcs exits 2 when it finds something
    }
    const flagged = Object.values(JSON.parse(report).files).flatMap((file) => file.messages.map((message) => message.line));
    const refused = readFileSync(fixture, 'utf8').split('\n').flatMap((line, i) => (line.endsWith('// refused.') ? [i + 1] : []));
    assert.ok(refused.length >= 7, `${refused.length} refused lines`);
    assert.deepEqual(flagged, refused);
  });
  it('no syntax newer than the "Requires PHP" line (php-parser at that version, and PHP 8 forms it lets through)', () => {
    const required = readFileSync(join(plugin, 'readme.txt'), 'utf8').match(/^Requires PHP: (\d+\.\d+)/m)[1];
    assert.equal(required, '7.4', 'the PHP 8 forms below are those a plugin for 7.4 must not use');
    const parser = new PhpParser({parser: {version: required, suppressErrors: false}});
    const errors = pluginPhp().flatMap((file) => {
      try {
        return php8Forms(parser.parseCode(readFileSync(file, 'utf8'), file)).map((form) => `${file}: ${form}`);
      } catch (error) {
        return [`${file}: ${error.message}`];
      }
    });
    assert.deepEqual(errors, []);
  });
  it('that check finds the PHP 8 forms php-parser accepts at 7.4', () => {
    const parser = new PhpParser({parser: {version: '7.4', suppressErrors: false}});
    const found = ['function f(int|string $a) {}', 'class A { function __construct(private $x) {} }', 'class A { public readonly int $x; }', 'readonly class A {}', 'function f(mixed $a): never {}', 'function f(): static {}', 'function f(?int $a): ?string { return fn($x) => $x ?? null; }']
      .map((code) => php8Forms(parser.parseCode(`<?php ${code}`, 'x.php')));
    assert.deepEqual(found, [['a union type'], ['a promoted constructor parameter'], ['a readonly property'], ['a readonly class'], ['the type mixed', 'the type never'], ['the type static'], []]);
  });
});

/** The PHP 8 forms in `ast` (php-parser's) that it parses at version 7.4 all the same. */
function php8Forms(node, found = []) {
  if (Array.isArray(node)) node.forEach((child) => php8Forms(child, found));
  if (!node || typeof node !== 'object' || Array.isArray(node)) return found;
  if (node.kind === 'uniontype') found.push('a union type');
  if (node.kind === 'parameter' && node.flags) found.push('a promoted constructor parameter');
  if ((node.kind === 'property' || node.kind === 'parameter' || node.kind === 'class') && (node.readonly || node.isReadonly)) found.push(`a readonly ${node.kind}`);
  if (node.kind === 'typereference' && ['mixed', 'never', 'static', 'null', 'false', 'true'].includes(node.name)) found.push(`the type ${node.name}`);
  for (const [key, child] of Object.entries(node)) if (key !== 'loc' && key !== 'kind') php8Forms(child, found);
  return found;
}

describe('WordPress set-up', () => {
  let mariadb;
  let server;
  setUp(async () => {
    const data = join(scratch, 'db');
    run('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db']);
    mariadb = startProcess('/usr/sbin/mariadbd', [
      '--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--user=root',
      `--pid-file=${join(scratch, 'mariadbd.pid')}`, '--innodb-buffer-pool-size=32M', '--skip-log-bin',
    ], {log: join(scratch, 'mariadbd.log')});
    await until('MariaDB to answer', () => sql('SELECT 1'), {process: mariadb});
    sql(`CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '${PASSWORD}'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';`);

    site = `http://${HOST}:${await freePort(HOST)}`;
    mkdirSync('/etc/wordpress', {recursive: true});
    claim(CONFIG);
    writeFileSync(CONFIG, `<?php
// Written by test/node/wordpress.test.js; removed when it ends.
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
    claim(join(CONTENT, 'plugins/safeguarding-widgets'));
    run('unzip', ['-q', ZIP, '-d', join(CONTENT, 'plugins')]);
    if (!existsSync(join(CONTENT, 'mu-plugins'))) claim(join(CONTENT, 'mu-plugins'));
    mkdirSync(join(CONTENT, 'mu-plugins'), {recursive: true});
    const muPlugin = join(CONTENT, 'mu-plugins/safeguarding-widgets-test.php');
    claim(muPlugin);
    copyFileSync('wordpress/tests/mu-plugin.php', muPlugin);
    setup = JSON.parse(run('php', ['wordpress/tests/setup.php', HOST, PASSWORD]));

    server = startProcess('php', ['-S', `${HOST}:${new URL(site).port}`, '-t', WORDPRESS, 'wordpress/tests/router.php'], {
      log: join(scratch, 'php-server.log'),
      env: {...process.env, PHP_CLI_SERVER_WORKERS: '4'},
    });
    await until('the PHP server', async () => (await fetch(url('/'))).ok, {process: server});
  });

  it('MariaDB runs on a unix socket, with no TCP', () => {
    assert.equal(mariadb.exitCode, null);
    assert.ok(statSync(socket).isSocket(), socket);
    assert.equal(sql('SELECT @@skip_networking').trim(), '1');
  });
  it('WordPress is installed, the zip unzipped into wp-content/plugins and the plugin activated', (t) => {
    t.diagnostic(`WordPress ${setup.wpVersion}, theme ${setup.theme}`);
    assert.equal(setup.active, true);
  });
  it('php -S serves the site', async () => {
    const response = await fetch(url('/'));
    assert.equal(response.status, 200);
    assert.match(await response.text(), /Safeguarding test site/);
    assert.equal(server.exitCode, null);
  });
});

describe('REST, as each role', () => {
  let draft;
  setUp(() => needs(setup?.active, 'WordPress set-up'));

  it('the Author creates a post with every block and submits it for review (application password)', async () => {
    const content = ELEMENT_NAMES.map((name) => serialized(name, BLOCK_SETTINGS[name])).join('\n\n');
    draft = await rest('author', 'POST', '/wp/v2/posts', {title: 'Keeping children safe', content, status: 'pending'});
    assert.equal(draft.status, 'pending');
  });
  it("the Author's content keeps every block and data-* attribute through KSES", async () => {
    const raw = (await rest('author', 'GET', `/wp/v2/posts/${needs(draft, "the Author's post").id}&context=edit`)).content.raw;
    const kept = ['data-safeguard="report-contact"', 'data-heading-level="3"', 'data-topic="sexual-exploitation"', 'data-open=""', 'data-dismissible=""',
      '<!-- wp:safeguarding-widgets/topic-guide {"topic":"sexual-exploitation"} -->'];
    assert.deepEqual(kept.filter((text) => !raw.includes(text)), [], 'lost through KSES');
  });
  it('the Editor publishes it', async () => {
    const published = await rest('editor', 'POST', `/wp/v2/posts/${needs(draft, "the Author's post").id}`, {status: 'publish'});
    assert.equal(published.status, 'publish');
    post = published;
  });
  it('the Administrator publishes a page without widgets', async () => {
    const page = await rest('admin', 'POST', '/wp/v2/pages', {title: 'No widgets here', content: '<!-- wp:paragraph --><p>Opening hours.</p><!-- /wp:paragraph -->', status: 'publish'});
    assert.equal(page.status, 'publish');
    plainPage = page;
  });
});

describe('the front end, in Chromium', () => {
  setUp(() => needs(post && plainPage, 'the published post and page (REST)'));

  describe('the published post', () => {
    const view = {};
    setUp(async () => Object.assign(view, await openPost()));
    after(() => view.page?.close());

    widgetTests(view, 'Operation Liberal');
    it('loads the library once, as a module, with its integrity', async () => {
      const sri = readFileSync(join(plugin, 'lib/safeguarding-widgets.js.sri'), 'utf8').trim();
      assert.deepEqual((await scriptTags(view.page)).map(({type, integrity, crossorigin}) => ({type, integrity, crossorigin})),
        [{type: 'module', integrity: sri, crossorigin: 'anonymous'}]);
    });
    it('loads it with no ?ver= (a locale file imports ../safeguarding-widgets.js: one module, not two)', async () => {
      const [script] = await scriptTags(view.page);
      assert.doesNotMatch(script?.src ?? '', /\?ver=/);
    });
    it('loads it in the head (a module script is deferred: it waits for nothing and blocks nothing)', async () => {
      assert.ok(await view.page.evaluate(() => !!document.head.querySelector('script[src*="safeguarding-widgets.js"]')));
    });
    it('makes no request to another origin', () => assert.deepEqual(view.elsewhere, []));
    it('opens no dialog', () => assert.deepEqual(view.dialogs, []));
  });

  describe('on a site in Polish', () => {
    const view = {};
    let switched = false;
    setUp(async () => {
      needs(post, 'the published post (REST)');
      action('language', 'pl_PL');
      switched = true;
      Object.assign(view, await open(post.link));
    });
    after(async () => {
      await view.page?.close();
      if (switched) action('language', '');
    });

    it('the head preloads locales/pl.js, with its integrity', async () => {
      const preload = await view.page.evaluate(() => [...document.querySelectorAll('link[rel="modulepreload"]')].map((link) => ({href: link.getAttribute('href'), integrity: link.integrity})));
      const plSri = readFileSync(join(plugin, 'lib/locales/pl.js.sri'), 'utf8').trim();
      assert.equal(preload.length, 1, JSON.stringify(preload));
      assert.ok(preload[0].href.endsWith('/safeguarding-widgets/lib/locales/pl.js'), preload[0].href);
      assert.equal(preload[0].integrity, plSri);
    });
    it('the widgets speak Polish, with pl.js fetched once', async () => {
      const requests = [];
      view.page.on('request', (request) => request.url().includes('/locales/') && requests.push(request.url()));
      await view.page.reload({waitUntil: 'networkidle0'});
      await view.page.waitForFunction(() => /Zaznaczono|Kogo|Komu|Kontakt/i.test(document.querySelector('safeguard-report-contact')?.shadowRoot?.textContent ?? ''), {timeout: 15_000}).catch(() => {});
      assert.equal(requests.length, 1, requests.join(', '));
      assert.doesNotMatch(await widgetText(view.page, 'safeguard-report-contact'), /Who to contact/);
    });
    it('makes no request to another origin', () => assert.deepEqual(view.elsewhere, []));
  });

  it('a page without a widget loads nothing of the plugin', async () => {
    const {page} = await open(plainPage.link);
    try {
      assert.deepEqual(await scriptTags(page), []);
      assert.equal(await page.evaluate(() => document.querySelectorAll('link[href*="safeguarding-widgets"]').length), 0);
    } finally {
      await page.close();
    }
  });
});

/** The page's config script, what it parses to, and any other script holding the hostile value. */
const pageConfig = (page) =>
  page.evaluate(() => {
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

/** Fills the settings form as the Administrator and submits it: whether it saved, and the errors it shows. */
async function saveSettings(fields, quickExitEverywhere) {
  const page = await session('admin');
  await page.goto(url(SETTINGS), {waitUntil: 'networkidle0'});
  for (const [id, value] of Object.entries(fields)) {
    await page.$eval(id, (input) => (input.value = ''));
    await page.type(id, value);
  }
  if (quickExitEverywhere !== undefined && quickExitEverywhere !== (await page.$eval('#sgw-quick_exit_everywhere', (input) => input.checked))) {
    await page.click('#sgw-quick_exit_everywhere');
  }
  await Promise.all([page.waitForNavigation({waitUntil: 'networkidle0'}), page.click('#submit')]);
  return page.evaluate(() => ({
    saved: !!document.querySelector('#setting-error-settings_updated'),
    errors: [...document.querySelectorAll('.notice-error, .error')].map((notice) => notice.textContent.trim()),
  }));
}

describe('the settings page, through its real form', () => {
  let admin;
  setUp(async () => {
    needs(post && plainPage, 'the published post and page (REST)');
    admin = await session('admin');
  });

  it('opens for the Administrator, with a nonce in its form', async () => {
    await admin.goto(url(SETTINGS), {waitUntil: 'networkidle0'});
    assert.equal(await admin.$eval('.wrap h1', (h1) => h1.textContent), 'Safeguarding widgets');
    assert.ok(await admin.$eval('input[name="_wpnonce"]', (input) => input.value).catch(() => ''), 'a _wpnonce field');
  });
  it('tells editors, before the form, to search the inserter for "safeguarding" and to tick the site-wide quick exit', async () => {
    const card = await admin.evaluate(() => {
      const section = [...document.querySelectorAll('.wrap h2')].find((h2) => h2.textContent === 'Adding a widget to a page')?.parentElement;
      const form = document.querySelector('.wrap form[action="options.php"]');
      return section && {text: section.textContent, beforeForm: !!(section.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING)};
    });
    assert.ok(card, 'a section headed "Adding a widget to a page"');
    assert.ok(card.beforeForm, 'the section comes before the form');
    for (const text of ['search for "safeguarding"', 'tick "Show the quick exit on every page"', '<div data-safeguard="…">']) {
      assert.ok(card.text.includes(text), `${JSON.stringify(text)} in ${JSON.stringify(card.text)}`);
    }
  });
  it('links "Open the embed-code builder" to the plugin\'s builder.html', async () => {
    const hrefs = await admin.$$eval('.wrap a', (links) => links.filter((a) => a.textContent === 'Open the embed-code builder').map((a) => a.href));
    assert.deepEqual(hrefs, [url('/wp-content/plugins/safeguarding-widgets/builder.html')]);
  });
  describe('the embed-code builder, opened from that link', () => {
    const view = {};
    setUp(async () => {
      const href = await admin.$$eval('.wrap a', (links) => links.find((a) => a.textContent === 'Open the embed-code builder')?.href);
      Object.assign(view, await open(needs(href, 'the link to the builder')));
      await view.page.waitForSelector('#widget-report-contact', {timeout: 15_000}).catch(() => {});
    });
    after(() => view.page?.close());

    it('shows the builder: its heading and its widget chooser, one option per widget', async () => {
      const shown = await view.page.evaluate(() => ({
        heading: document.querySelector('h1')?.textContent,
        options: [...document.querySelectorAll('input[name="widget"]')].map((option) => option.value),
      }));
      assert.equal(shown.heading, 'Embed-code builder');
      assert.deepEqual(shown.options.toSorted(), widgets.map((widget) => widget.name).toSorted());
    });
    it('choosing Report contact shows it in the preview, and its code for the page is the div form', async () => {
      await view.page.click('#widget-report-contact').catch(() => {});
      const preview = await (await view.page.$('#preview'))?.contentFrame();
      await preview?.waitForFunction(() => document.querySelector('safeguard-report-contact')?.shadowRoot?.querySelector('h2'), {timeout: 15_000}).catch(() => {});
      assert.match(await widgetText(preview ?? view.page, 'safeguard-report-contact'), /Who to contact/);
      assert.match(await view.page.$eval('#snippet-div', (code) => code.textContent).catch(() => ''), /^<div data-safeguard="report-contact">/);
    });
    it('no error, and no request to another origin', () => assert.deepEqual({errors: view.errors, elsewhere: view.elsewhere}, {errors: [], elsewhere: []}));
  });
  it('is closed to the Author', async () => {
    const page = await session('author');
    const response = await page.goto(url(SETTINGS), {waitUntil: 'networkidle0'});
    assert.ok(response.status() === 403 || /not allowed/i.test(await page.content()), `HTTP ${response.status()}`);
  });
  it(`saves a replacement Crimestoppers number (${NEW_NUMBER}) and a hostile operation name`, async () => {
    const saved = await saveSettings({'#sgw-phone_numbers-crimestoppers': NEW_NUMBER, '#sgw-operation_name': HOSTILE});
    assert.deepEqual(saved, {saved: true, errors: []});
  });
  it('the option holds both', () => {
    const option = action('option');
    assert.equal(option?.phone_numbers?.crimestoppers, NEW_NUMBER);
    assert.equal(option?.operation_name, HOSTILE);
  });
  it('its field shows the hostile value as a value (escaped), not as markup', async () => {
    assert.equal(await admin.$eval('#sgw-operation_name', (input) => input.value), HOSTILE);
  });

  describe('the published post, with these settings', () => {
    const view = {};
    setUp(async () => Object.assign(view, await openPost()));
    after(() => view.page?.close());

    // The topic guide's check is that the hostile operation name shows, as text.
    widgetTests(view, HOSTILE);
    it(`the contact card shows ${NEW_NUMBER} instead of 0800 555 111`, async () => {
      const contact = await widgetText(view.page, 'safeguard-report-contact');
      assert.ok(contact.includes(NEW_NUMBER) && !contact.includes('0800 555 111'), contact);
    });
    it('the hostile value stays inert: no dialog', () => assert.deepEqual(view.dialogs, []));
    it('no script element besides the one config (the value did not break out)', async () => {
      const {configs, type, injected} = await pageConfig(view.page);
      assert.deepEqual({configs, type, injected}, {configs: 1, type: 'application/json', injected: 0});
    });
    it('the page config still parses, with both values', async () => {
      const {parsed} = await pageConfig(view.page);
      assert.equal(parsed?.operationName, HOSTILE);
      assert.equal(parsed?.phoneNumbers?.crimestoppers, NEW_NUMBER);
    });
    it('in the HTML, < and > in the config are written \\u003C and \\u003E', async () => {
      const html = await (await fetch(post.link)).text();
      assert.ok(html.includes('\\u003C\\/script\\u003E'), '\\u003C\\/script\\u003E');
      assert.ok(!html.includes(HOSTILE), 'the hostile value as it was typed');
    });
    it('still no request to another origin', () => assert.deepEqual(view.elsewhere, []));
  });

  for (const [id, value, what] of [
    ['#sgw-campaign_href', 'javascript:alert(1)', 'the campaign link'],
    ['#sgw-links-nspcc', ' java\tscript:alert(document.cookie)', 'a contact link written with a tab'],
    ['#sgw-exit_href', 'tel:999', 'the quick exit link as a phone number (it must open a web page)'],
    // Last: the test after these reads the error this one leaves on the page.
    ['#sgw-exit_href', 'data:text/html,<script>alert(1)</script>', 'the quick exit link as data:'],
  ]) {
    it(`refuses ${what} (${JSON.stringify(value)}) with a settings error`, async () => {
      const {errors} = await saveSettings({[id]: value});
      assert.ok(errors.some((text) => /was not saved/.test(text)), JSON.stringify(errors));
      assert.doesNotMatch(JSON.stringify(action('option')), /script:|data:|tel:/);
    });
  }
  it('the settings error shows the refused value as text', async () => {
    assert.ok((await admin.evaluate(() => document.querySelector('.notice-error, .error')?.innerHTML ?? '')).includes('&lt;script&gt;'));
    assert.equal(await admin.evaluate(() => [...document.scripts].some((s) => s.textContent.includes('alert(1)'))), false);
  });
  it('a refused field leaves the other settings as they were', () => {
    assert.equal(action('option')?.phone_numbers?.crimestoppers, NEW_NUMBER);
  });

  describe('"show the quick exit on every page"', () => {
    const view = {};
    let switched = false;
    setUp(async () => {
      needs(plainPage, 'the page without widgets (REST)');
      await saveSettings({'#sgw-exit_href': 'https://www.bbc.co.uk/news'}, true);
      switched = true;
      Object.assign(view, await open(plainPage.link));
    });
    after(async () => {
      await view.page?.close();
      if (switched) await saveSettings({}, false);
    });

    it('a page without widgets gets the quick exit first in its body, with the library', async () => {
      await view.page.waitForFunction(() => document.querySelector('safeguard-quick-exit')?.shadowRoot?.childElementCount, {timeout: 15_000}).catch(() => {});
      const exit = await view.page.evaluate(() => {
        const first = [...document.body.children].find((child) => !['SCRIPT', 'STYLE', 'LINK', 'NOSCRIPT'].includes(child.tagName));
        return {
          first: first?.localName,
          href: document.querySelector('safeguard-quick-exit')?.getAttribute('href'),
          rendered: !!document.querySelector('safeguard-quick-exit')?.shadowRoot?.childElementCount,
          scripts: document.querySelectorAll('script[src*="safeguarding-widgets.js"][integrity]').length,
        };
      });
      assert.deepEqual(exit, {first: 'safeguard-quick-exit', href: 'https://www.bbc.co.uk/news', rendered: true, scripts: 1});
    });
    it('and no request to another origin', () => assert.deepEqual(view.elsewhere, []));
  });
});

describe('the plugin on a site in Polish (WordPress in Polish from wordpress-l10n)', () => {
  const draft = parsePo(readFileSync('wordpress/languages/pl.po'));
  /** The Polish draft of one of the plugin's strings. */
  const polish = (text, context = '') => needs(draft.translations[context]?.[text]?.msgstr[0], `a Polish translation of ${JSON.stringify(text)}`);
  let page;
  let switched = false;
  setUp(async () => {
    needs(setup?.active, 'WordPress set-up');
    action('language', 'pl_PL');
    switched = true;
    page = await (await session('admin')).browserContext().newPage();
    await page.goto(url(SETTINGS), {waitUntil: 'networkidle0'});
  });
  after(async () => {
    await page?.close();
    if (switched) action('language', '');
  });

  it('WordPress speaks Polish: the admin menu says "Ustawienia"', async () => {
    assert.match(await page.$eval('#adminmenu', (menu) => menu.textContent), /Ustawienia/);
  });
  it("the settings page speaks Polish: the editors' section, the sections and the builder's link", async () => {
    const text = await page.$eval('.wrap', (wrap) => wrap.textContent);
    for (const english of ['Adding a widget to a page', 'On every page', 'Open the embed-code builder', 'Show the quick exit on every page']) {
      assert.ok(text.includes(polish(english)), `${JSON.stringify(polish(english))} on the page`);
      assert.ok(!text.includes(english), `no ${JSON.stringify(english)} left in English`);
    }
  });
  it("switch_to_locale('uk') (an e-mail in its reader's language) gives the plugin's Ukrainian strings", () => {
    const ukrainian = parsePo(readFileSync('wordpress/languages/uk.po')).translations['']['On every page'].msgstr[0];
    assert.equal(action('switched', 'uk', 'On every page'), ukrainian);
  });
  it('the block editor speaks Polish: the blocks\' titles and the sidebar\'s words', async () => {
    await page.goto(url('/wp-admin/post-new.php'), {waitUntil: 'networkidle0'});
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('safeguarding-widgets/report-contact'), {timeout: 30_000}).catch(() => {});
    const shown = await page.evaluate(() => ({
      title: window.wp.blocks.getBlockType('safeguarding-widgets/report-contact')?.title,
      scriptTitle: window.wp.i18n._x('Contact card', 'block title', 'safeguarding-widgets'),
      widgetsLanguage: window.safeguardingWidgetsLibrary.config.locale,
      subject: window.wp.i18n.__('Subject', 'safeguarding-widgets'),
      refusal: window.wp.i18n.__('The widget will not use this value: %s.', 'safeguarding-widgets'),
    }));
    assert.deepEqual(shown, {
      title: polish('Contact card', 'block title'),
      scriptTitle: polish('Contact card', 'block title'),
      widgetsLanguage: 'pl-PL',
      subject: polish('Subject'),
      refusal: polish('The widget will not use this value: %s.'),
    });
  });
});

describe('the block editor', () => {
  const ITEM = '.block-editor-block-types-list__item';
  let editor;
  // As the Author: a new post, the inserter open, searched for "safeguarding".
  setUp(async () => {
    needs(setup?.active, 'WordPress set-up');
    editor = await session('author');
    await editor.goto(url('/wp-admin/post-new.php'), {waitUntil: 'networkidle0'});
    await editor.waitForSelector('.edit-post-layout', {timeout: 30_000});
    if (await editor.$('.edit-post-welcome-guide')) await editor.keyboard.press('Escape');
    await editor.click('button[aria-label="Toggle block inserter"]');
    await (await editor.waitForSelector('.block-editor-inserter__search input')).type('safeguarding');
  });

  it('the Author finds every block in the inserter under "safeguarding"', async () => {
    await editor.waitForSelector(ITEM).catch(() => {});
    const listed = await editor.$$eval(ITEM, (items) => items.map((item) => item.textContent.trim()));
    const titles = widgets.map((widget) => widget.label);
    assert.deepEqual(titles.filter((title) => !listed.includes(title)), [], `missing among ${listed.join(', ')}`);
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, {recursive: true});
      // The search field and the blocks found, beside the top of the editor.
      const clip = await editor.evaluate(() => {
        const top = document.querySelector('.block-editor-inserter__search').getBoundingClientRect();
        const list = document.querySelector('.block-editor-block-types-list').getBoundingClientRect();
        return {x: 0, y: 0, width: 900, height: Math.ceil(Math.max(top.bottom, list.bottom) + 24)};
      });
      await editor.screenshot({path: join(SCREENSHOTS, 'wordpress-inserter.png'), clip});
    }
  });
  it('inserting Report contact shows the live contact card', async () => {
    let item;
    for (const candidate of await editor.$$(ITEM)) if ((await candidate.evaluate((node) => node.textContent.trim())) === 'Contact card') item = candidate;
    assert.ok(item, 'Contact card in the inserter');
    await item.click();
    await editor.waitForFunction(() => document.querySelector('safeguard-report-contact')?.shadowRoot?.childElementCount, {timeout: 15_000}).catch(() => {});
    assert.match(await widgetText(editor, 'safeguard-report-contact'), /Who to contact/);
  });
  it('the sidebar has a control for every attribute, labelled in plain words, in its group', async () => {
    // Close the inserter; open the settings sidebar (its Block tab shows the selected block's generated controls).
    await editor.click('button[aria-label="Toggle block inserter"]');
    await (await editor.$('.edit-post-header button[aria-label="Settings"][aria-expanded="false"]'))?.click();
    const labels = () => editor.$$eval('.block-editor-block-inspector label', (nodes) => nodes.map((node) => node.textContent.trim()));
    await until('the Subject control', async () => (await labels()).includes('Subject'), {timeout: 15_000}).catch(() => {});
    const shown = await labels();
    const expected = widgets.find((widget) => widget.name === 'report-contact').settings.map((setting) => setting.editor.label);
    assert.deepEqual(expected.filter((label) => !shown.includes(label)), [], `missing among ${shown.join(', ')}`);
    const panels = await editor.$$eval('.block-editor-block-inspector .components-panel__body-title', (nodes) => nodes.map((node) => node.textContent.trim()));
    assert.deepEqual(['What it says', 'How it looks', 'Advanced'].filter((title) => !panels.includes(title)), [], `panels: ${panels.join(', ')}`);
  });
  it('choosing the subject Modern slavery in the sidebar updates the preview (Modern Slavery Helpline)', async () => {
    const topicId = await editor.evaluate(() =>
      [...document.querySelectorAll('.block-editor-block-inspector label')].find((node) => node.textContent.trim() === 'Subject')?.getAttribute('for'));
    assert.ok(topicId, 'a Subject control');
    await editor.select(`#${topicId}`, 'modern-slavery');
    await editor.waitForFunction(() => /Modern Slavery Helpline/.test(document.querySelector('safeguard-report-contact[topic="modern-slavery"]')?.shadowRoot?.textContent ?? ''), {timeout: 10_000}).catch(() => {});
    assert.match(await widgetText(editor, 'safeguard-report-contact[topic="modern-slavery"]'), /Modern Slavery Helpline/);
    if (SCREENSHOTS) await (await editor.$('.interface-complementary-area')).screenshot({path: join(SCREENSHOTS, 'wordpress-sidebar.png')});
  });
  it('an operation name over 60 characters is refused under its field, by the element\'s own check, until it is shortened', async () => {
    const field = await editor.evaluate(() =>
      [...document.querySelectorAll('.block-editor-block-inspector label')].find((node) => node.textContent.trim() === 'Operation name to quote on 101 (optional)')?.getAttribute('for'));
    assert.ok(field, 'an operation-name control');
    const helpUnder = () => editor.$eval(`#${field}`, (input) => document.getElementById(input.getAttribute('aria-describedby'))?.textContent ?? '');
    await editor.type(`#${field}`, `Operation ${'X'.repeat(51)}`);
    await until('the refusal', async () => /will not use this value: it is longer than 60 characters/.test(await helpUnder()), {timeout: 5_000}).catch(() => {});
    assert.match(await helpUnder(), /The widget will not use this value: it is longer than 60 characters\./);
    await editor.keyboard.press('Backspace');
    await until('the help again', async () => !/will not use/.test(await helpUnder()), {timeout: 5_000}).catch(() => {});
    assert.doesNotMatch(await helpUnder(), /will not use/);
    // Empty again, so the draft below saves only the topic.
    await editor.click(`#${field}`, {count: 3});
    await editor.keyboard.press('Backspace');
    assert.equal(await editor.$eval(`#${field}`, (input) => input.value), '');
  });
  it('the saved draft holds the block and its div form (read back through REST)', async () => {
    await editor.click('.editor-post-title__input, h1[aria-label="Add title"]').catch(() => {});
    await editor.keyboard.type('Who to contact about modern slavery');
    await editor.click('.editor-post-save-draft');
    await editor.waitForFunction(() => {
      const select = window.wp.data.select('core/editor');
      return select.getCurrentPostId() && !select.isSavingPost() && !select.isEditedPostDirty();
    }, {timeout: 20_000});
    const id = await editor.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
    const raw = (await rest('author', 'GET', `/wp/v2/posts/${id}&context=edit`)).content.raw;
    const expected = serialized('report-contact', {topic: 'modern-slavery'});
    assert.ok(raw.includes(expected), `expected ${JSON.stringify(expected)} in ${JSON.stringify(raw)}`);
  });
  it('the post written through REST opens for the Administrator with every block valid', async () => {
    const admin = await session('admin');
    await admin.goto(url(`/wp-admin/post.php?post=${needs(post, 'the published post (REST)').id}&action=edit`), {waitUntil: 'networkidle0'});
    await admin.waitForFunction(() => window.wp?.data?.select('core/block-editor').getBlocks().length, {timeout: 30_000});
    const validity = await admin.evaluate(() => window.wp.data.select('core/block-editor').getBlocks().map((block) => `${block.name}:${block.isValid}`));
    assert.equal(validity.length, 6, validity.join(', '));
    assert.ok(validity.every((entry) => entry.endsWith(':true')), validity.join(', '));
  });
});

describe('deactivated, then uninstalled', () => {
  setUp(() => needs(post, 'the published post (REST)'));

  it('the plugin deactivates', () => assert.equal(action('deactivate'), false));
  it("the post shows each block's fallback line, and no script", async () => {
    const {page} = await open(post.link);
    try {
      assert.deepEqual(await scriptTags(page), []);
      const text = await page.evaluate(() => document.body.innerText);
      assert.deepEqual(ELEMENT_NAMES.map((name) => FALLBACKS[name]).filter((line) => !text.includes(line)), [], 'fallback lines not shown');
    } finally {
      await page.close();
    }
  });
  it('the settings are still there while it is only deactivated', () => assert.notEqual(action('option'), null));
  it('uninstall.php removes the option', () => assert.equal(action('uninstall'), null));
});

describe('debug.log', () => {
  setUp(() => needs(setup?.active, 'WordPress set-up'));
  it('has no PHP error, warning or notice from the plugin', () => {
    const log = existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : '';
    assert.deepEqual(log.split('\n').filter((line) => /safeguarding-widgets/.test(line)).slice(0, 5), []);
  });
});
