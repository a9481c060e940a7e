// Every story renders: builds the static Storybook (scripts/stories.js) and
// opens every story and docs page in headless Chromium, one test each (named
// by its id). One fails on a page error, a console error, a failed request,
// Storybook's error display, an error reported by the preview (a throwing
// story or play function, an a11y addon failure), a `safeguard-*` element
// that never upgraded, a docs page without its properties table, or an axe
// violation in #storybook-root. Run with
//   node --test test/node/storybook.test.js    (npm run test:storybook)
// Environment: STORYBOOK_NO_BUILD=1 (test storybook-static/ as it is),
// STORYBOOK_FILTER (only the ids that contain it), SMOKE_CONCURRENCY (pages
// at once, default 2), SMOKE_TIMEOUT (ms per wait, default 30000),
// CHROME_PATH (default /usr/lib/chromium/chromium).
import assert from 'node:assert/strict';
import {createRequire} from 'node:module';
import process from 'node:process';
import {after, before, describe, test} from 'node:test';
import {buildIfStale} from '../../scripts/build-if-stale.js';
import {listEntries, open, startStorybook, wentAway} from '../../scripts/stories.js';
import {ensure} from '../../scripts/system-deps.js';

// The examples are gathered by a generated module (src/generated/examples.js): build first.
buildIfStale();
const {EXAMPLES} = await import('../../examples/index.js');

ensure(['chromium']);
const filter = process.env.STORYBOOK_FILTER ?? '';
const concurrency = Number(process.env.SMOKE_CONCURRENCY || 2);
const timeout = Number(process.env.SMOKE_TIMEOUT || 30000);
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const entries = await listEntries({
  build: process.env.STORYBOOK_NO_BUILD !== '1',
  select: (entry) => entry.id.includes(filter),
});

/** Opens one entry and returns the reasons it failed (none: it passed). */
async function check(page, origin, entry) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    // A Docs page that shows stories in frames of their own (the quick
    // exit's) loads a frame again as it re-renders: the first load is
    // aborted, which is not a failure.
    const superseded =
      request.failure()?.errorText === 'net::ERR_ABORTED' &&
      request.isNavigationRequest() &&
      request.frame() !== page.mainFrame();
    if (!superseded) problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const docs = entry.type === 'docs';
  try {
    const state = {
      ...(await open(page, origin, entry, timeout)),
      ...(await page.evaluate(() => ({
        notUpgraded: [...document.querySelectorAll('#storybook-root *, #storybook-docs *')]
          .filter((el) => el.localName.startsWith('safeguard-') && !el.matches(':defined'))
          .map((el) => el.localName),
        argsTables: document.querySelectorAll('#storybook-docs .docblock-argstable').length,
      }))),
    };
    // Stories shown in frames of their own on a Docs page (the quick exit's)
    // load after the page says it has rendered: wait for them too.
    if (docs) {
      await page.waitForFunction(
        () => [...document.querySelectorAll('iframe')].every((frame) => frame.contentDocument?.readyState === 'complete'),
        {timeout, polling: 100}
      );
    }
    if (state.errorShown) problems.push(`Storybook error display: ${state.errorText || '(no message)'}`);
    for (const {name, detail} of state.events) {
      if (name === 'storyFinished') {
        if (detail?.status === 'error') {
          const reports = (detail.reporters ?? [])
            .filter((report) => report.status === 'failed')
            .map((report) =>
              report.type === 'a11y'
                ? `a11y addon: ${(report.result?.violations ?? []).map((v) => v.id).join(', ') || 'error'}`
                : report.type
            );
          problems.push(`story finished with an error${reports.length ? ` (${reports.join('; ')})` : ''}`);
        }
      } else if (name !== 'docsRendered') {
        const message = detail?.message ?? (Array.isArray(detail) ? detail.map((e) => e?.message).join('; ') : '');
        problems.push(`${name}${message ? `: ${message}` : ''}`);
      }
    }
    if (state.notUpgraded.length) problems.push(`not upgraded: ${state.notUpgraded.join(', ')}`);
    if (docs && entry.importPath.includes('.stories.') && !state.argsTables) problems.push('docs page has no properties table (manifest not read?)');
    if (!docs && !state.errorShown) {
      await page.addScriptTag({path: axeSource});
      const violations = await page.evaluate(async () => {
        const results = await window.axe.run(document.querySelector('#storybook-root'), {resultTypes: ['violations']});
        return results.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help} [${v.nodes.map((n) => n.target.join(' > ')).join(' | ')}]`
        );
      });
      for (const violation of violations) problems.push(`axe: ${violation}`);
    }
  } catch (error) {
    // Chromium went away: not the entry's doing, and visit() opens it again.
    if (wentAway(error)) throw error;
    problems.push(`did not finish: ${error.message.split('\n')[0]}`);
  }
  return problems;
}

describe('Storybook', {concurrency}, () => {
  let storybook;
  before(async () => (storybook = await startStorybook()));
  after(() => storybook?.close());
  for (const entry of entries) {
    // Every problem, not just the first: the assertion's diff lists them.
    test(entry.id, async () => assert.deepEqual(await storybook.visit(entry, check), []));
  }
});

test('every example has a story', {skip: filter ? 'STORYBOOK_FILTER is set' : false}, () => {
  const ids = new Set(entries.map((entry) => entry.id));
  const missing = EXAMPLES.map(({id}) => id).filter((id) => !ids.has(id.replace(/^([\w-]+)\/([\w-]+)$/, 'elements-$1--$2')));
  assert.deepEqual(missing, [], `examples with no story: ${missing.join(', ')}`);
});
