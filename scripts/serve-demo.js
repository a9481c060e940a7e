// Serves the demo page and the built library on 127.0.0.1, under the
// strict Content-Security-Policy (Trusted Types enforced) that a careful
// partner site would send. Usage: node scripts/serve-demo.js [--port N]
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';

const root = process.cwd();
const served = ['demo', 'dist'];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
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

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  if (path === sep) {
    response.writeHead(302, {location: '/demo/'});
    return response.end();
  }
  const file = join(root, path.endsWith(sep) ? join(path, 'index.html') : path);
  const top = path.split(sep)[1];
  try {
    if (!served.includes(top) || !file.startsWith(join(root, top))) throw new Error();
    let body = await readFile(file);
    // For the layout-shift benchmark: SCRIPT_DELAY_MS holds the library back,
    // as a slow phone network would, so the page paints before it arrives.
    if (top === 'dist' && process.env.SCRIPT_DELAY_MS) {
      await new Promise((resolve) => setTimeout(resolve, Number(process.env.SCRIPT_DELAY_MS)));
    }
    // For the layout-shift benchmark: ?placeholders=off serves the page
    // without the library's optional placeholder CSS.
    if (request.url.includes('placeholders=off')) {
      body = String(body).replace(/<link[^>]*placeholders\.css[^>]*>/, '');
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    response.end(body);
  } catch {
    response.writeHead(404, {'content-type': 'text/plain'});
    response.end('Not found');
  }
});

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && portArg < 0 && !process.env.PORT) {
    server.listen(0, '127.0.0.1');
  } else {
    throw error;
  }
});
server.on('listening', () => {
  console.log(`Demo: http://127.0.0.1:${server.address().port}/demo/  (Ctrl+C to stop)`);
});
server.listen(port, '127.0.0.1');
