// Plain English: every element's visible English text must have a Flesch
// reading ease of 60 or more. Syllables come from the `syllables` package
// (the CMU Pronouncing Dictionary, plain ESM, so it loads in every engine);
// the score from `flesch` (206.835 - 1.015 x words/sentences - 84.6 x
// syllables/words).
import {expect} from '@open-wc/testing';
import syllables from 'syllables';
import {flesch} from 'flesch';
import '../src/index.js';
import {EXAMPLES, type Example} from '../examples/index.js';
import {composed, updated} from './support/shadow.js';
import {renderAllOf} from './support/render.js';

const FLOOR = 60;

/**
 * The text a reader sees, through nested shadow roots: each block (a
 * paragraph, list item, heading, summary, flex item...) on its own line.
 */
function visibleText(node: Node): string {
  // Line breaks in the markup are only spaces; blocks are what break lines.
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!.replace(/\s+/g, ' ');
  if (!(node instanceof Element) || /^(STYLE|SCRIPT|TEMPLATE)$/.test(node.tagName)) return '';
  // Not rendered (display: none, or inside a closed <details>), or only for
  // screen readers. A slot has no box of its own (display: contents).
  const style = getComputedStyle(node);
  const rendered = style.display === 'contents' || node.checkVisibility();
  if (!rendered || node.classList.contains('visually-hidden')) return '';
  const children =
    node instanceof HTMLSlotElement
      ? node.assignedNodes({flatten: true})
      : [...(node.shadowRoot ?? node).childNodes];
  const text = children.map(visibleText).join('');
  return style.display.startsWith('inline') ? text : `\n${text}\n`;
}

/** Unknown words (names, web addresses): one syllable a vowel group. */
const vowelGroups = (word: string) => word.match(/[aeiouy]+/g)?.length ?? 1;

/**
 * Web addresses ("GOV.UK", "act.campaign.gov.uk") are facts that must stay
 * exactly as they are, not prose to simplify: they are left out.
 */
const isWebAddress = (token: string) => /\p{L}[./]\p{L}/u.test(token);

/** Syllables of a word; a number is said digit by digit, as the links' names do. */
const syllablesOf = (word: string) =>
  /\p{L}/u.test(word)
    ? Math.max(1, syllables(word, {fallbackSyllablesFunction: vowelGroups}))
    : word.replace(/\D/g, '').replace(/7/g, '77').length;

/** Words: a number counts one word a digit. */
const wordsIn = (word: string) => (/\p{L}/u.test(word) ? 1 : word.replace(/\D/g, '').length);

/** Flesch reading ease of the element's visible text, and the text measured. */
function readingEase(el: Element) {
  // A block (a heading, a list item) ends a sentence, full stop or not.
  const lines = visibleText(el)
    .split('\n')
    .map((line) =>
      line
        .split(' ')
        .filter((token) => /[\p{L}\p{N}]/u.test(token) && !isWebAddress(token))
        .join(' ')
    )
    .filter(Boolean)
    .map((line) => (/[.!?]$/.test(line) ? line : `${line}.`));
  const text = lines.join(' ');
  const words = text.split(' ');
  const counts = {
    sentence: text.match(/[.!?]+(?=\s|$)/g)!.length,
    word: words.reduce((sum, word) => sum + wordsIn(word), 0),
    syllable: words.reduce((sum, word) => sum + syllablesOf(word), 0),
  };
  return {score: flesch(counts), counts, text};
}

/**
 * Renders the example in its state, then waits for every nested element
 * and opens every tip, so all the text can be seen.
 */
async function render(shown: Example) {
  const el = await renderAllOf(shown);
  // The walk is lazy: each element renders before its shadow root is read.
  for (const nested of composed(el.shadowRoot!)) {
    await updated(nested);
    if (nested instanceof HTMLDetailsElement) nested.open = true;
  }
  return el;
}

/** Every example that shows text. */
const cases = EXAMPLES.filter((shown) => !shown.empty);

describe('plain English (Flesch reading ease)', () => {
  it('scores short plain sentences high and long jargon low', () => {
    const plain = document.createElement('p');
    plain.textContent = 'Call the police. They can help you.';
    const hard = document.createElement('p');
    hard.textContent =
      'Multi-agency safeguarding partnerships operationalise comprehensive interventions addressing exploitation vulnerabilities.';
    document.body.append(plain, hard);
    expect(readingEase(plain).score).to.be.above(90);
    expect(readingEase(hard).score).to.be.below(0);
    plain.remove();
    hard.remove();
  });

  for (const shown of cases) {
    it(`${shown.id} reads at ${FLOOR} or above`, async () => {
      const el = await render(shown);
      const {score, counts, text} = readingEase(el);
      expect(counts.word, 'words measured').to.be.above(2);
      expect(score, `${score.toFixed(1)} for: ${text}`).to.be.at.least(FLOOR);
    });
  }
});
