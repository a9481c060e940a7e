// @web/test-runner config: Chromium, Firefox ESR and WebKitGTK, all at once.
// Debian's browsers (npm cannot download one here). Narrow with
// BROWSERS=chromium,firefox,webkit.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, FIREFOX_PATH } from './scripts/browsers.js';
import { webkitGtkLauncher } from './test/support/webkit-launcher.js';
import { timingReporter } from './test/support/timing-reporter.js';
import { defaultReporter } from '@web/test-runner';

const ALL = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.BROWSERS || ALL.join(','))
  .split(',')
  .map(s => s.trim().toLowerCase())
  .filter(Boolean);
const unknown = wanted.filter(b => !ALL.includes(b));
if (unknown.length || wanted.length === 0) {
  throw new Error(
    `BROWSERS=${process.env.BROWSERS}: unknown engine(s) ${unknown.join(', ')}; use a comma list of ${ALL.join(', ')}`,
  );
}

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        // gc() and an exact heap size, for test/lifecycle.test.ts.
        args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
      },
    }),
  webkit: () => webkitGtkLauncher({ startTimeout: 60000 }),
};

const LIT_DEV_MODE = 'Lit is in dev mode';

// Property-based tests (test/fuzz.test.ts), from a fixed seed: 200 cases an
// element in Chromium, and the same properties at 50 in Firefox and WebKit
// (WebKit's 200 took 107 s, the longest file of the suite).
// FUZZ_RUNS=5000 runs that many in every engine; FUZZ_SEED=… replays a failure.
const FUZZ = {
  runs: Number(process.env.FUZZ_RUNS) || { chromium: 200, firefox: 50, webkit: 50 },
  seed: Number(process.env.FUZZ_SEED) || 20261127,
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html'],
  nodeResolve: true,
  middleware: [
    // A page that answers 204 No Content: the browser abandons a navigation
    // to it and keeps the page, so a test can see what a page shows while
    // it is leaving (the quick exit).
    async (ctx, next) => {
      if (ctx.path !== '/no-content') return next();
      ctx.status = 204;
    },
    // The built files byte for byte, as any web server sends them (the test
    // server would otherwise rewrite their imports), so their SRI hashes hold.
    async (ctx, next) => {
      if (!ctx.path.startsWith('/dist/')) return next();
      try {
        ctx.body = await readFile(new URL(`.${ctx.path}`, import.meta.url));
        ctx.type = extname(ctx.path) === '.sri' ? 'text/plain' : extname(ctx.path);
      } catch {
        return next();
      }
    },
  ],
  plugins: [
    // tsconfig.json sets useDefineForClassFields:false; passing it makes esbuild
    // emit [[Set]] fields as tsc does, so fields don't shadow Lit's accessors.
    esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2021' }),
  ],
  reporters: [defaultReporter(), timingReporter()],
  browsers: wanted.map(name => launchers[name]()),
  // 2 cores: run the engines side by side, one test file per engine at a time.
  concurrentBrowsers: 3,
  concurrency: 1,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  // A test file's time in all: the fuzz file runs 200 cases an element, which
  // took up to 3 minutes in WebKit on a loaded 2-core machine.
  testsFinishTimeout: 360000,
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script>window.FUZZ = ${JSON.stringify(FUZZ)};</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  testFramework: {
    config: { timeout: 20000 },
  },
  filterBrowserLogs: ({ args }) =>
    !args.some(a => typeof a === 'string' && a.includes(LIT_DEV_MODE)),
};
