// Serves the demo page and the built library on 127.0.0.1, under the
// strict Content-Security-Policy (Trusted Types enforced) that a careful
// partner site would send. Usage: node scripts/serve-demo.js [--port N]
import {staticServer} from './static-server.js';

const served = ['demo', 'dist'];
/** The top folder of a path such as /dist/x.js. */
const top = (path) => path.split('/')[1];
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

const portArg = process.argv.indexOf('--port');
const port = Number(
  portArg > 0 ? process.argv[portArg + 1] : process.env.PORT ?? 8000
);

const server = staticServer({
  root: process.cwd(),
  headers: {'content-security-policy': CSP, 'cache-control': 'no-store'},
  allow: (path) => served.includes(top(path)),
  answers: {'/': [302, {location: '/demo/'}]},
  async transform(body, {path, url}) {
    // For the layout-shift benchmark: SCRIPT_DELAY_MS holds the library back,
    // as a slow phone network would, so the page paints before it arrives.
    if (top(path) === 'dist' && path.endsWith('.js') && process.env.SCRIPT_DELAY_MS) {
      await new Promise((resolve) => setTimeout(resolve, Number(process.env.SCRIPT_DELAY_MS)));
    }
    // For the layout-shift benchmark: ?placeholders=off serves the page
    // without the library's optional placeholder CSS.
    return url.search.includes('placeholders=off')
      ? String(body).replace(/<link[^>]*placeholders\.css[^>]*>/, '')
      : body;
  },
});

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && portArg < 0 && !process.env.PORT) {
    server.listen(0, '127.0.0.1');
  } else {
    throw error;
  }
});
server.on('listening', () => {
  const origin = `http://127.0.0.1:${server.address().port}`;
  console.log(`Demo: ${origin}/demo/  Embed-code builder: ${origin}/dist/builder/  (Ctrl+C to stop)`);
});
server.listen(port, '127.0.0.1');
