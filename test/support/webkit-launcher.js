// WebKitGTK launcher for @web/test-runner: starts Xvfb (unless DISPLAY is set)
// and WebKitWebDriver, then drives MiniBrowser through WebDriver classic.
// See /work/shared/TESTING.md ("WebKit").
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

const MINIBROWSER =
  process.env.WEBKIT_MINIBROWSER_PATH ||
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBDRIVER = process.env.WEBKIT_WEBDRIVER_PATH || 'WebKitWebDriver';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = ms => new Promise(r => setTimeout(r, ms));

/** Starts Xvfb on a free display; resolves with { proc, display }. */
function startXvfb(timeoutMs) {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      'Xvfb',
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      proc.kill('SIGTERM');
      reject(new Error(`Xvfb did not report a display within ${timeoutMs} ms: ${err}`));
    }, timeoutMs);
    proc.stderr.on('data', d => (err += d));
    proc.stdio[3].on('data', d => {
      out += d;
      const m = /^(\d+)\s*$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, display: `:${m[1]}` });
      }
    });
    proc.on('error', e => {
      clearTimeout(timer);
      reject(e);
    });
    proc.on('exit', code => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited early (code ${code}): ${err}`));
    });
  });
}

async function waitForDriver(port, proc, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) {
      throw new Error(`WebKitWebDriver exited early (code ${proc.exitCode})`);
    }
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      const body = await res.json();
      if (body?.value?.ready) return;
      lastError = new Error(`not ready: ${JSON.stringify(body)}`);
    } catch (e) {
      lastError = e;
    }
    await sleep(100);
  }
  throw new Error(`WebKitWebDriver not ready on port ${port}: ${lastError}`);
}

function kill(proc) {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise(resolve => {
    const t = setTimeout(() => {
      try {
        proc.kill('SIGKILL');
      } catch {
        /* already gone */
      }
      resolve();
    }, 3000);
    proc.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
    proc.kill('SIGTERM');
  });
}

export class WebKitGtkLauncher extends WebdriverLauncher {
  constructor({ startTimeout = 30000, args = [] } = {}) {
    super({
      hostname: '127.0.0.1',
      port: 0, // set in initialize()
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: MINIBROWSER,
          args: ['--automation', ...args],
        },
      },
    });
    this.startTimeout = startTimeout;
    // One MiniBrowser window, one test file at a time (SessionManager rather
    // than IFrameManager): keyboard focus is reliable only in the top frame.
    this.concurrency = 1;
  }

  async initialize(config, testFiles) {
    let display = process.env.DISPLAY;
    if (!display) {
      const xvfb = await startXvfb(this.startTimeout);
      this.xvfb = xvfb.proc;
      display = xvfb.display;
    }
    const port = await freePort();
    this.webdriverProc = spawn(WEBDRIVER, [`--port=${port}`, '--host=local'], {
      env: { ...process.env, DISPLAY: display },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let driverErr = '';
    this.webdriverProc.stderr.on('data', d => {
      driverErr = (driverErr + d).slice(-4000);
    });
    try {
      await waitForDriver(port, this.webdriverProc, this.startTimeout);
    } catch (e) {
      await this.#stopProcesses();
      throw new Error(`${e.message}\n${driverErr}`, {cause: e});
    }
    this.options.port = port;
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit (MiniBrowser)';
  }

  async stop() {
    await super.stop();
    await this.#stopProcesses();
  }

  async #stopProcesses() {
    await kill(this.webdriverProc);
    this.webdriverProc = undefined;
    await kill(this.xvfb);
    this.xvfb = undefined;
  }
}

export function webkitGtkLauncher(options) {
  return new WebKitGtkLauncher(options);
}
