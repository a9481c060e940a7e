// A small static file server for local tools (the demo, the Storybook smoke
// test). Files only from below `root`; a request for a folder gets its
// index.html; anything else, or any error, is a 404.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, posix, resolve, sep} from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Returns an http.Server (not yet listening) for the files below `root`.
 * - `headers`: sent with every file, beside its content-type and nosniff.
 * - `allow(path)`: whether a URL path (such as `/demo/index.html`) may be served.
 * - `answers`: fixed answers by URL path, as [status, headers], such as a
 *   redirect or an empty favicon.
 * - `transform(body, {path, url})`: may delay or change a file's bytes.
 */
export function staticServer({root, headers = {}, allow = () => true, answers = {}, transform}) {
  const base = resolve(root);
  return createServer(async (request, response) => {
    try {
      const url = new URL(request.url, 'http://localhost');
      const path = posix.normalize(decodeURIComponent(url.pathname));
      if (Object.hasOwn(answers, path)) {
        response.writeHead(...answers[path]);
        return response.end();
      }
      const file = join(base, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(base + sep) || !allow(path)) throw new Error('not served');
      let body = await readFile(file);
      if (transform) body = await transform(body, {path, url});
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'x-content-type-options': 'nosniff',
        ...headers,
      });
      response.end(body);
    } catch {
      response.writeHead(404, {'content-type': 'text/plain'});
      response.end('Not found');
    }
  });
}
