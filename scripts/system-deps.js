// What the tests need from the system, and installing it when we can, as
// `playwright install --with-deps` does: only what is missing, without a
// question, saying what it installs. Browsers and fonts come from Debian's
// packages (npm cannot download a browser here); installing needs root and
// apt-get. Anywhere else it stops at once with one line naming what is
// missing and the command that installs it.
//
//   node scripts/system-deps.js browsers    the engines in BROWSERS (default all three) and the fonts
//   node scripts/system-deps.js chromium    Chromium and the fonts only
//   node scripts/system-deps.js wordpress   Debian's WordPress, PHP and MariaDB
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, rmSync, writeFileSync} from 'node:fs';
import process from 'node:process';
import {CHROMIUM_PATH, FIREFOX_PATH, MINIBROWSER_PATH} from './browsers.js';
import {FONT_LANGUAGES, LOCALE_TABLE} from './locales.js';

const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'}).status === 0;
/** Whether fontconfig has a face for a language (fc-list comes with the browsers' fontconfig). */
const hasFont = (lang) =>
  onPath('fc-list') && execFileSync('fc-list', [`:lang=${lang}`, 'family'], {encoding: 'utf8'}).trim() !== '';

const hasPhpMysql = () => onPath('php') && spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status === 0;

/**
 * Each thing a test tier needs: how to see that it is there, and the Debian
 * packages that bring it.
 */
const NEEDS = {
  chromium: {name: 'Chromium', present: () => existsSync(CHROMIUM_PATH), packages: ['chromium']},
  firefox: {name: 'Firefox ESR', present: () => existsSync(FIREFOX_PATH), packages: ['firefox-esr']},
  webkit: {
    name: 'WebKitGTK (MiniBrowser, WebKitWebDriver, Xvfb)',
    present: () => existsSync(MINIBROWSER_PATH) && onPath('WebKitWebDriver') && (Boolean(process.env.DISPLAY) || onPath('Xvfb')),
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
  },
  // Text in every locale is laid out and measured: the table names the
  // scripts a machine may have no font for.
  fonts: {
    name: `fonts for ${LOCALE_TABLE.filter((row) => row.fontconfig).map((row) => row.name).join(', ')} (Noto)`,
    present: () => FONT_LANGUAGES.every(hasFont),
    packages: ['fonts-noto-core', 'fonts-dejavu-core', 'fonts-liberation2'],
  },
  wordpress: {
    name: "Debian's WordPress 6.1 (and its translations), PHP, PHP_CodeSniffer and MariaDB",
    present: () =>
      ['/usr/share/wordpress/wp-load.php', '/usr/share/wordpress/wp-content/themes/twentytwentythree', '/usr/share/wordpress/wp-content/languages/pl_PL.mo', '/usr/sbin/mariadbd']
        .every(existsSync) && ['php', 'phpcs', 'unzip'].every(onPath) && hasPhpMysql(),
    packages: ['wordpress', 'wordpress-theme-twentytwentythree', 'wordpress-l10n', 'php-cli', 'php-mysql', 'php-codesniffer', 'mariadb-server', 'unzip'],
    // mariadb-server (and apache2, which wordpress recommends) would start
    // services as they install: refuse that while installing.
    refuseServices: true,
  },
};

/** The needs of a tier, by name. */
function needsOf(tier) {
  if (tier === 'wordpress') return ['wordpress'];
  if (tier === 'chromium') return ['chromium', 'fonts'];
  if (tier === 'browsers') {
    const engines = (process.env.BROWSERS || 'chromium,firefox,webkit').split(',').map((name) => name.trim().toLowerCase());
    return [...engines.filter((name) => name in NEEDS), 'fonts'];
  }
  throw new Error(`system-deps: unknown tier "${tier}" (browsers, chromium or wordpress)`);
}

function install(missing) {
  const packages = [...new Set(missing.flatMap((need) => NEEDS[need].packages))];
  console.log(`Installing from Debian's packages, for the tests: ${missing.map((need) => NEEDS[need].name).join('; ')} (${packages.join(' ')})`);
  const policy = '/usr/sbin/policy-rc.d';
  const refuse = missing.some((need) => NEEDS[need].refuseServices) && !existsSync(policy);
  if (refuse) writeFileSync(policy, '#!/bin/sh\nexit 101\n', {mode: 0o755});
  try {
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {stdio: ['ignore', 'ignore', 'inherit'], env});
  } finally {
    if (refuse) rmSync(policy, {force: true});
  }
}

/** Makes sure every need of the tiers is there; exits 1 with one line when it cannot. */
export function ensure(tiers) {
  const wanted = [...new Set(tiers.flatMap(needsOf))];
  let missing = wanted.filter((need) => !NEEDS[need].present());
  if (!missing.length) return;
  const root = process.getuid?.() === 0;
  if (root && onPath('apt-get')) {
    install(missing);
    missing = missing.filter((need) => !NEEDS[need].present());
    if (!missing.length) return;
  }
  const packages = [...new Set(missing.flatMap((need) => NEEDS[need].packages))].join(' ');
  console.error(
    `Missing for these tests: ${missing.map((need) => NEEDS[need].name).join('; ')}. ` +
      `On Debian or Ubuntu, install with: ${root ? '' : 'sudo '}apt-get install -y --no-install-recommends ${packages}` +
      (missing.some((need) => need === 'chromium' || need === 'firefox') ? ' (or set CHROME_PATH / FIREFOX_PATH to your own binaries)' : '')
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensure(process.argv.slice(2));
