// The builder as one file (dist/builder.html), as a webmaster with the
// published package alone uses it: opened from disk in Chromium, it works
// with nothing beside it and requests nothing beyond itself. And the builder
// hosted beside the library (dist/builder/), as the demo server sends it,
// under a strict Content-Security-Policy with Trusted Types. Run with
//   node --test test/node/builder-file.test.js    (in npm run test:node)
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {after, before, describe, test} from 'node:test';
import {buildIfStale} from '../../scripts/build-if-stale.js';
import {launchChromium} from '../../scripts/browsers.js';
import {ensure} from '../../scripts/system-deps.js';
import {serve} from '../../scripts/serve.js';
import {demoServer} from '../../web-dev-server.config.mjs';

buildIfStale();
ensure(['chromium']);
const FILE = 'dist/builder.html';
const {name, version} = JSON.parse(readFileSync('package.json', 'utf8'));

describe(`${FILE}, opened from disk`, () => {
  let browser;
  let page;
  const requests = [];
  const errors = [];
  before(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(FILE).href, {waitUntil: 'load'});
    await page.waitForSelector('#widget-report-contact', {timeout: 15000});
  });
  after(() => browser?.close());

  test('the builder runs, with no error', () => {
    assert.deepEqual(errors, []);
  });

  test('its code loads this version of the library from the CDN, with the integrity hash of that file', async () => {
    const script = await page.$eval('#snippet-script', (element) => element.textContent);
    const integrity = readFileSync('dist/safeguarding-widgets.js.sri', 'utf8').trim();
    assert.match(script, new RegExp(`src="https://cdn\\.jsdelivr\\.net/npm/${name}@${version}/dist/safeguarding-widgets\\.js"`));
    assert.ok(script.includes(`integrity="${integrity}"`), script);
  });

  /** The text of the preview's widget's heading, once it shows. */
  const previewHeading = async (tag) => {
    const frame = await (await page.$('#preview')).contentFrame();
    const heading = await frame.waitForFunction(
      (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('h2')?.textContent.trim(),
      {timeout: 15000},
      tag
    );
    return heading.jsonValue();
  };

  test('a widget chosen shows in the preview, rendered by the library in the page', async () => {
    await page.click('#widget-report-contact');
    assert.equal(await previewHeading('safeguard-report-contact'), 'Who to contact');
  });

  // From disk the translation comes from the file itself (an import map to
  // a data: URL), as a file beside it could not load.
  test('the preview speaks another language from disk too', async () => {
    await page.select('#preview-language', 'pl');
    await page.waitForFunction(() => document.querySelector('#preview').contentDocument?.documentElement?.lang === 'pl');
    assert.equal(await previewHeading('safeguard-report-contact'), 'Z kim się skontaktować');
  });

  // data: URLs are the builder's own (the preview's translation).
  test('it requests nothing beyond its own file', () => {
    assert.deepEqual(requests.filter((url) => !url.startsWith('data:') && url !== pathToFileURL(FILE).href), []);
  });
});

describe('dist/builder/, hosted beside the library, under the demo server\'s strict Content-Security-Policy', () => {
  let browser;
  let server;
  let page;
  const problems = [];
  before(async () => {
    server = await serve(demoServer());
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => ['error', 'warn', 'warning'].includes(message.type()) && problems.push(message.text()));
    await page.goto(`${server.origin}/dist/builder/`, {waitUntil: 'load'});
    await page.waitForSelector('#widget-report-contact', {timeout: 15000});
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the preview shows the chosen widget in the chosen language, with no error', async () => {
    await page.click('#widget-report-contact');
    await page.select('#preview-language', 'uk');
    await page.waitForFunction(() => document.querySelector('#preview').contentDocument?.documentElement?.lang === 'uk', {timeout: 15000});
    const frame = await (await page.$('#preview')).contentFrame();
    const heading = await frame.waitForFunction(() => document.querySelector('safeguard-report-contact')?.shadowRoot?.querySelector('h2')?.textContent.trim(), {timeout: 15000});
    assert.equal(await heading.jsonValue(), readFileSync('xliff/uk.xlf', 'utf8').match(/<source>Who to contact<\/source>\s*<target[^>]*>([^<]*)</)[1]);
    assert.deepEqual(problems, []);
  });
});
