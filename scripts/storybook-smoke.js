/* global window, document -- used in page.evaluate() */
// Proves every story renders: a pass over the static Storybook
// (scripts/stories.js) that opens every story and every docs page in
// headless Chromium. A story fails on a page error, a console error, a
// failed request, Storybook's error display, an error reported by the
// preview (a throwing story or play function, an a11y addon failure), a
// `safeguard-*` element that never upgraded, or an axe violation in
// #storybook-root. Usage:
//   node scripts/storybook-smoke.js [--no-build] [--filter <text in story id>]
// Environment: SMOKE_CONCURRENCY (pages at once, default 2), SMOKE_TIMEOUT
// (ms per story, default 30000), CHROME_PATH (default /usr/lib/chromium/chromium).
import {createRequire} from 'node:module';
import process from 'node:process';
import {EXAMPLES} from '../examples/index.js';
import {eachEntry, open, seconds, wentAway} from './stories.js';

const concurrency = Number(process.env.SMOKE_CONCURRENCY || 2);
const timeout = Number(process.env.SMOKE_TIMEOUT || 30000);
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

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
    if (response.status() >= 400) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  const docs = entry.type === 'docs';
  const opened = Date.now();
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
        const results = await window.axe.run(document.querySelector('#storybook-root'), {
          resultTypes: ['violations'],
        });
        return results.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help} [${v.nodes.map((n) => n.target.join(' > ')).join(' | ')}]`
        );
      });
      for (const violation of violations) problems.push(`axe: ${violation}`);
    }
  } catch (error) {
    // Chromium went away: not the entry's doing, and eachEntry opens it again.
    if (wentAway(error)) throw error;
    problems.push(`did not finish: ${error.message.split('\n')[0]}`);
  }
  const label = `${docs ? 'docs ' : 'story'} ${entry.id}`;
  if (problems.length) console.log(`FAIL  ${label}\n${problems.map((p) => `      - ${p}`).join('\n')}`);
  else console.log(`ok    ${label} (${seconds(opened)})`);
  return problems;
}

async function main() {
  const results = await eachEntry({concurrency}, check);
  const failures = results.filter(({result}) => result.length).map(({entry}) => entry.id);
  const stories = results.filter(({entry}) => entry.type === 'story').length;
  console.log(
    `\n${results.length - failures.length} of ${results.length} passed ` +
      `(${stories} stories, ${results.length - stories} docs pages), ${seconds()} in all.`
  );
  if (failures.length) {
    console.log(`Failed: ${failures.join(', ')}`);
    process.exitCode = 1;
  }
  if (!process.argv.includes('--filter')) {
    const ids = new Set(results.map(({entry}) => entry.id));
    const missing = EXAMPLES.filter(({id}) => !ids.has(id.replace(/^([\w-]+)\/([\w-]+)$/, 'elements-$1--$2')));
    if (missing.length) {
      console.log(`Examples with no story: ${missing.map(({id}) => id).join(', ')}`);
      process.exitCode = 1;
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
