// Starts @web/dev-server for a script (the benchmark, the layout-shift
// measure, the pass over the stories): on a free port of 127.0.0.1, quiet,
// files byte for byte (no plugin rewrites them unless `config` adds one).
import {startDevServer} from '@web/dev-server';
import {loopbackOnly} from '../web-dev-server.config.mjs';

/**
 * Serves `config` (at least `rootDir`) and resolves with the server's
 * origin and a `stop()`. The favicon a browser asks for is an empty answer,
 * not an error in the page's console.
 */
export async function serve(config) {
  const server = await startDevServer({
    config: {
      hostname: '127.0.0.1',
      port: 0,
      ...config,
      middleware: [
        loopbackOnly,
        async (ctx, next) => {
          if (ctx.path === '/favicon.ico') ctx.status = 204;
          else await next();
        },
        ...(config.middleware ?? []),
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  return {origin: `http://127.0.0.1:${server.server.address().port}`, stop: () => server.stop()};
}
