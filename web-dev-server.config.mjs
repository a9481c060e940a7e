// The demo server (`npm start` runs web-dev-server, which reads this file):
// the demo page and the built library, its embed-code builder at
// /dist/builder/, under the strict Content-Security-Policy (Trusted Types
// enforced) that a careful partner site would send. Scripts start the same
// server with startDevServer() (scripts/serve.js). Port: --port N, PORT, or
// the first free one from 8000.
import {setTimeout as sleep} from 'node:timers/promises';
import {EXAMPLES} from './examples/index.js';
import {LOCALE_TABLE} from './scripts/locales.js';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Only the demo page and the built library are served. */
const SERVED = /^\/(demo|dist)\//;

/** Answers requests from this machine only (the server listens on every interface). */
export async function loopbackOnly(ctx, next) {
  if (!['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(ctx.ip)) ctx.throw(403);
  await next();
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A link of the language switcher: the locale in its own name, language and direction. */
const languageLink = ({code, ownName, dir}) =>
  `<li><a href="?lang=${code}" hreflang="${code}" lang="${code}"${dir === 'rtl' ? ' dir="rtl"' : ''}>${ownName}</a></li>`;
const drafts = LOCALE_TABLE.filter((row) => row.state === 'draft').map((row) => row.name);

/** The language switcher of both demo pages (demo/locale.js reads `?lang=`), from the locale table. */
const LANGUAGES = `<nav class="languages" aria-label="Language of the widgets">
  <ul>
    ${LOCALE_TABLE.map(languageLink).join('\n    ')}
  </ul>
  ${drafts.length ? `<p>Drafts awaiting review by a qualified translator: ${new Intl.ListFormat('en-GB').format(drafts)}.</p>` : ''}
</nav>`;

/**
 * The gallery (demo/examples.html): every example in examples/index.js,
 * grouped by element, each with the markup a page writes. Written into the
 * page as it is served (not by a late script), so it cannot shift the
 * layout. A page of its own: the demo stays a partner's page, with the few
 * widgets one would place (and is what Lighthouse measures).
 */
function gallery() {
  const elements = [...new Set(EXAMPLES.map((example) => example.element))];
  return elements
    .map((element) => {
      const examples = EXAMPLES.filter((example) => example.element === element).map(
        ({name, markup, act}) => `<div class="example">
  <h3>${escape(name)}</h3>
  <pre><code>${escape(markup)}</code></pre>${act ? '\n  <p>A state a reader reaches: use the widget to see it.</p>' : ''}
  ${markup.replace(/^<safeguard-[\w-]+/, '$& heading-level="4"')}
</div>`
      );
      return `<h2><code>&lt;safeguard-${element}&gt;</code></h2>\n${examples.join('\n')}`;
    })
    .join('\n');
}

/**
 * The demo server's settings. `scriptDelay` (ms) holds back every script of
 * the library, as a slow phone network would, so that the page paints
 * before it arrives (for the layout-shift measure, scripts/measure-cls.js).
 */
export function demoServer({scriptDelay = 0} = {}) {
  return {
    rootDir: '.',
    hostname: '127.0.0.1',
    ...(process.env.PORT && {port: Number(process.env.PORT)}),
    middleware: [
      async (ctx, next) => {
        if (ctx.path === '/') return ctx.redirect('/demo/');
        if (!SERVED.test(ctx.path)) ctx.throw(404);
        if (scriptDelay && ctx.path.startsWith('/dist/') && ctx.path.endsWith('.js')) await sleep(scriptDelay);
        await next();
        ctx.set({'content-security-policy': CSP, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff'});
      },
    ],
    plugins: [
      {
        name: 'demo-page',
        transform(ctx) {
          if (!/^\/demo\/(index\.html|examples\.html)?$/.test(ctx.path)) return;
          const page = ctx.body.replace('<!-- languages -->', LANGUAGES).replace('<!-- examples -->', gallery());
          // ?placeholders=off: the page without the library's optional
          // placeholder CSS, to measure what it saves.
          return ctx.query.placeholders === 'off' ? page.replace(/<link[^>]*placeholders\.css[^>]*>/, '') : page;
        },
      },
    ],
  };
}

const config = demoServer();
export default {
  ...config,
  middleware: [loopbackOnly, ...config.middleware],
  plugins: [
    ...config.plugins,
    {
      name: 'print-urls',
      serverStart({config: {port}}) {
        const origin = `http://127.0.0.1:${port}`;
        console.log(`Demo: ${origin}/demo/  Every example: ${origin}/demo/examples.html  Embed-code builder: ${origin}/dist/builder/  (Ctrl+C to stop)`);
      },
    },
  ],
};
