// Helpers for the node:test suites in test/node/: a set-up hook whose
// failure fails the tests after it, a free port, polling until something
// is ready, long-running processes, paths moved aside, and the text a
// reader sees of a widget in a page.
// Whatever is started or moved here is undone by cleanUp() (from an
// after() hook) or, at the latest, when the process exits: also after a
// failure or Ctrl-C.
import {spawn} from 'node:child_process';
import {closeSync, existsSync, openSync, readFileSync, renameSync, rmSync} from 'node:fs';
import {createServer} from 'node:net';
import process from 'node:process';
import {before, beforeEach} from 'node:test';
import {setTimeout as sleep} from 'node:timers/promises';

/**
 * A before() hook whose failure fails each test of the suite (and of the
 * suites inside it) with that error: node:test would report them as
 * cancelled, and `# fail 0`.
 */
export function setUp(fn) {
  let failure;
  before(async () => {
    try {
      await fn();
    } catch (error) {
      failure = error;
    }
  });
  beforeEach(() => {
    if (failure) throw failure;
  });
}

/** A TCP port that is free on `host` just now. */
export const freePort = (host = '127.0.0.1') =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, host, () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * Polls `probe` until it returns something truthy, and returns that. Fails
 * after `timeout` ms, or as soon as `process` (from startProcess) has
 * exited, with the end of that process's log.
 */
export async function until(what, probe, {timeout = 30_000, process: child} = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch {
      // Not yet.
    }
    const exited = child?.failed ?? child?.exitCode ?? child?.signalCode ?? null;
    if (exited !== null || Date.now() > end) {
      const why = exited !== null ? `${child.spawnargs[0]} exited (${exited})` : `timed out after ${timeout} ms`;
      throw new Error(`waiting for ${what}: ${why}${child ? `\n--- end of ${child.log} ---\n${child.tail()}` : ''}`);
    }
    await sleep(200);
  }
}

const processes = [];
const undos = [];

/** Runs `undo` at the end (see cleanUp), after every process started here has stopped. */
export function atEnd(undo) {
  installSafetyNet();
  undos.push(undo);
}

/**
 * Starts a long-running process, its output written to the file `log`, in
 * a process group of its own: `php -S` with PHP_CLI_SERVER_WORKERS forks
 * workers that outlive their parent unless the whole group is stopped.
 */
export function startProcess(command, args, {log, ...options}) {
  installSafetyNet();
  const fd = openSync(log, 'w');
  try {
    const child = spawn(command, args, {stdio: ['ignore', fd, fd], detached: true, ...options});
    // A command that cannot start (ENOENT) counts as exited, not as a crash.
    child.on('error', (error) => Object.assign(child, {failed: error.message}));
    processes.push(child);
    const tail = (lines = 8) => readFileSync(log, 'utf8').trim().split('\n').slice(-lines).join('\n');
    return Object.assign(child, {log, tail});
  } finally {
    closeSync(fd);
  }
}

/**
 * Moves `path` (a file or folder) aside until the end, when whatever is
 * there is removed and it is put back; a path that did not exist is just
 * removed at the end.
 */
export function claim(path) {
  if (!existsSync(path)) return atEnd(() => rmSync(path, {recursive: true, force: true}));
  const aside = `${path}.before-tests-${process.pid}`;
  renameSync(path, aside);
  atEnd(() => {
    rmSync(path, {recursive: true, force: true});
    renameSync(aside, path);
  });
}

/** Signals a process from startProcess and everything in its group, also when the leader has gone. */
function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group has gone.
  }
}

/**
 * For an after() hook: asks every process started here to stop (SIGTERM to
 * its group) and waits for it, up to `grace` ms (a database writes to its
 * folder until it has gone), then does what cleanUpNow does.
 */
export async function cleanUp(grace = 15_000) {
  await Promise.all(
    processes.map((child) => {
      if ((child.exitCode ?? child.signalCode) !== null) return undefined;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      signalGroup(child, 'SIGTERM');
      return Promise.race([gone, sleep(grace, undefined, {ref: false})]);
    })
  );
  cleanUpNow();
}

/** At once: SIGKILL to each process group, then every atEnd() undo, newest first. */
function cleanUpNow() {
  for (const child of processes.splice(0).reverse()) signalGroup(child, 'SIGKILL');
  for (const undo of undos.splice(0).reverse()) {
    try {
      undo();
    } catch (error) {
      console.error(`cleanup: ${error.message}`);
    }
  }
}

let safetyNet = false;
/** cleanUpNow() when the process exits, however it ends; Ctrl-C and kill make it exit. */
function installSafetyNet() {
  if (safetyNet) return;
  safetyNet = true;
  process.on('exit', cleanUpNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping`);
      process.exit(130);
    });
  }
}

/**
 * Text a reader sees of `node`, shadow roots included. It runs in the page:
 * pass `String(deepText)` to page.evaluate() and eval it there (it calls
 * itself, so it goes as source, not as a function).
 */
export function deepText(node) {
  let text = '';
  for (const child of node.shadowRoot ? [...node.shadowRoot.childNodes, ...node.childNodes] : node.childNodes) {
    if (child.nodeType === 3) text += child.data;
    else if (child.nodeType === 1 && !['STYLE', 'SCRIPT'].includes(child.tagName)) text += ' ' + deepText(child);
  }
  return text.replace(/\s+/g, ' ');
}
