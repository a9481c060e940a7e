// WebKitGTK launcher for @web/test-runner: starts Xvfb (unless DISPLAY is set)
// and WebKitWebDriver, then drives MiniBrowser through WebDriver classic.
// MiniBrowser has no headless mode (hence the X display), and this driver has
// no WebDriver BiDi (hence 'wdio:enforceWebDriverClassic').
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { MINIBROWSER_PATH } from '../../scripts/browsers.js';

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
    const proc = spawnTracked(
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

const isRunning = proc => proc && proc.exitCode === null && proc.signalCode === null;

/** Signals a child started with `detached: true` and its process group. */
function signal(proc, sig) {
  try {
    process.kill(-proc.pid, sig);
  } catch {
    try {
      proc.kill(sig);
    } catch {
      /* already gone */
    }
  }
}

/** SIGTERM, then SIGKILL after 3 s, to the child's own process group. */
function kill(proc) {
  if (!isRunning(proc)) return Promise.resolve();
  return new Promise(resolve => {
    const t = setTimeout(() => {
      signal(proc, 'SIGKILL');
      resolve();
    }, 3000);
    proc.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
    signal(proc, 'SIGTERM');
  });
}

// WTR does not always call stop() (it exits from an error path, and it has no
// SIGTERM handler): kill what we started when Node exits, whatever the path.
const children = new Set();
function killAllSync() {
  for (const proc of children) if (isRunning(proc)) signal(proc, 'SIGKILL');
  children.clear();
}
process.once('exit', killAllSync);
for (const sig of ['SIGTERM', 'SIGHUP']) {
  process.once(sig, () => {
    killAllSync();
    // Keep the default "die on signal" unless someone else (puppeteer) handles it.
    if (process.listenerCount(sig) === 0) process.exit(128 + (sig === 'SIGTERM' ? 15 : 1));
  });
}

/** Spawns a child in its own process group (so its children die with it). */
function spawnTracked(cmd, args, options) {
  const proc = spawn(cmd, args, { ...options, detached: true });
  children.add(proc);
  proc.once('exit', () => children.delete(proc));
  return proc;
}

const withTimeout = (promise, ms) =>
  Promise.race([promise, new Promise(resolve => setTimeout(resolve, ms).unref())]);

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
          binary: MINIBROWSER_PATH,
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
    this.webdriverProc = spawnTracked(WEBDRIVER, [`--port=${port}`, '--host=local'], {
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
    // deleteSession can hang if the page is stuck: don't let it keep the processes alive.
    await withTimeout(super.stop(), 10000);
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
