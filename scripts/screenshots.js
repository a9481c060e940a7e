/* global document, scrollX, scrollY -- used in page.evaluate() */
// A screenshot of every story (the stories are the states: a play function
// that ticks or opens runs first), from the static Storybook
// (scripts/stories.js), into docs/screenshots/<story id>.png (without the
// `elements-` prefix: `signs-checklist--signs-ticked.png`). Each image is
// clipped to the story's widgets, with up to 8 px of the page around them,
// at device scale 1 to keep it small; images of stories that no longer
// exist are deleted. Usage:
//   node scripts/screenshots.js [--no-build] [--filter <text in story id>]
import {mkdir, readdir, rm, stat} from 'node:fs/promises';
import {join, resolve} from 'node:path';
import process from 'node:process';
import {mapConcurrently} from './browsers.js';
import {listEntries, open, startStorybook} from './stories.js';

const out = resolve('docs/screenshots');
const MARGIN = 8;
const fileOf = (entry) => `${entry.id.replace(/^elements-/, '')}.png`;

/** The box around the story's widgets (top-level `safeguard-*` elements), in page coordinates. */
function widgetsBox() {
  const isWidget = (el) => el.localName.startsWith('safeguard-') || el.hasAttribute('data-safeguard');
  const rects = [...document.querySelectorAll('#storybook-root *')]
    .filter((el) => isWidget(el) && !isWidget(el.parentElement))
    .map((el) => el.getBoundingClientRect())
    .filter((rect) => rect.width >= 1 && rect.height >= 1);
  if (!rects.length) return null;
  const left = Math.min(...rects.map((r) => r.left)) + scrollX;
  const top = Math.min(...rects.map((r) => r.top)) + scrollY;
  const right = Math.max(...rects.map((r) => r.right)) + scrollX;
  const bottom = Math.max(...rects.map((r) => r.bottom)) + scrollY;
  return {left, top, right, bottom, pageWidth: document.documentElement.scrollWidth};
}

/** Opens a story and saves its picture; resolves with the file name, or a reason it has none. */
async function capture(page, origin, entry) {
  const {errorShown, events} = await open(page, origin, entry, 30000);
  const finished = events.find((event) => event.name === 'storyFinished');
  if (errorShown || finished?.detail?.status === 'error') {
    return {problem: 'the story failed (npm run test:storybook says why)'};
  }
  await page.mouse.move(0, 0); // no hover highlight in the picture
  await page.evaluate(async () => {
    document.activeElement?.blur?.();
    await document.fonts.ready;
  });
  const box = await page.evaluate(widgetsBox);
  if (!box) return {problem: 'renders nothing to show'};
  const x = Math.max(0, Math.floor(box.left) - MARGIN);
  const y = Math.max(0, Math.floor(box.top) - MARGIN);
  const file = fileOf(entry);
  await page.screenshot({
    path: join(out, file),
    clip: {
      x,
      y,
      width: Math.min(box.pageWidth, Math.ceil(box.right) + MARGIN) - x,
      height: Math.ceil(box.bottom) + MARGIN - y,
    },
  });
  return {file};
}

async function main() {
  const argv = process.argv.slice(2);
  const filter = argv.includes('--filter') ? argv[argv.indexOf('--filter') + 1] : '';
  const select = (entry) => entry.type === 'story' && entry.id.includes(filter);
  const entries = await listEntries({build: !argv.includes('--no-build'), select});
  await mkdir(out, {recursive: true});
  const storybook = await startStorybook();
  const visit = async (entry) => ({entry, result: await storybook.visit(entry, capture)});
  const results = await mapConcurrently(entries, 2, visit).finally(storybook.close);
  const kept = new Set(results.map(({result}) => result.file));
  let bytes = 0;
  let written = 0;
  for (const {entry, result} of results) {
    if (result.problem) {
      console.log(`   --     ${fileOf(entry)}: ${result.problem}`);
      if (result.problem.startsWith('the story failed')) process.exitCode = 1;
      continue;
    }
    const {size} = await stat(join(out, result.file));
    bytes += size;
    written++;
    console.log(`${String(Math.round(size / 1024)).padStart(5)} KB  ${result.file}`);
  }
  // Pictures of stories that are gone (a whole run only, not --filter).
  if (!filter) {
    for (const file of await readdir(out)) {
      if (file.endsWith('.png') && !kept.has(file)) {
        await rm(join(out, file));
        console.log(`deleted   ${file} (no such story)`);
      }
    }
  }
  console.log(`${written} screenshots, ${Math.round(bytes / 1024)} KB, in ${out}`);
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exitCode = 1;
});
