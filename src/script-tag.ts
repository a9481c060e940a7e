/**
 * The script-tag file, dist/safeguarding-widgets.js: every element, and
 * every translation as a file of its own beside it (locales/<code>.js),
 * which only a page in that language loads. The translations are known
 * first, so that the page's language is known when the elements start.
 */
import './internal/translation-files.js';

export * from './index.js';
