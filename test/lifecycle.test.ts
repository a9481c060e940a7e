// A single-page app adds and removes widgets thousands of times: each
// element, 1,000 times added, changed while connected and removed, must
// leave no listener, timer, observer or animation frame behind (counted by
// wrapping the globals, in every engine), and no growth of the retained heap
// beyond noise (Chromium: gc() and the precise heap size, see
// web-test-runner.config.js).
import {expect} from '@open-wc/testing';
import '../src/index.js';
import {ELEMENT_NAMES, type ElementName} from '../src/generated/elements.js';
import {settled} from './support/shadow.js';

const CYCLES = 1000;

type Tag = `safeguard-${ElementName}`;

/** An attribute change each element takes while connected: one for every element of the table. */
const CHANGES: Record<Tag, [string, string]> = {
  'safeguard-report-contact': ['topic', 'modern-slavery'],
  'safeguard-signs-checklist': ['topic', 'sexual-exploitation'],
  'safeguard-campaign-banner': ['ends', '2099-12-31'],
  'safeguard-sexting-tips': ['open', ''],
  'safeguard-topic-guide': ['topic', 'extremism'],
  'safeguard-quick-exit': ['position', 'inline'],
};

/** Live registrations made through the globals while counting. */
function counting() {
  const live = {listeners: new Set<string>(), timers: new Set<number>(), frames: new Set<number>(), observers: 0};
  const ids = new WeakMap<object, number>();
  let next = 0;
  const id = (object: object) => ids.get(object) ?? (ids.set(object, ++next), next);
  const key = (target: EventTarget, type: string, listener: unknown, options?: boolean | EventListenerOptions) =>
    `${id(target)} ${type} ${id(listener as object)} ${typeof options === 'boolean' ? options : !!options?.capture}`;
  const {addEventListener, removeEventListener} = EventTarget.prototype;
  const {setTimeout: set, clearTimeout: clear, requestAnimationFrame: frame, cancelAnimationFrame: cancel} = window;
  const {observe, disconnect} = MutationObserver.prototype;
  const watched = (target: EventTarget) => target === window || target === document;
  EventTarget.prototype.addEventListener = function (type: string, listener: unknown, options?: AddEventListenerOptions | boolean) {
    if (watched(this) && listener && !(typeof options === 'object' && options.once)) live.listeners.add(key(this, type, listener, options));
    return addEventListener.call(this, type, listener as EventListener, options);
  };
  EventTarget.prototype.removeEventListener = function (type: string, listener: unknown, options?: EventListenerOptions | boolean) {
    if (watched(this)) live.listeners.delete(key(this, type, listener, options));
    return removeEventListener.call(this, type, listener as EventListener, options);
  };
  window.setTimeout = ((fn: () => void, ms?: number) => {
    const timer = set(() => {
      live.timers.delete(timer);
      fn();
    }, ms);
    live.timers.add(timer);
    return timer;
  }) as typeof setTimeout;
  window.clearTimeout = ((timer?: number) => {
    live.timers.delete(timer!);
    clear(timer);
  }) as typeof clearTimeout;
  window.requestAnimationFrame = (fn) => {
    const handle = frame((time) => {
      live.frames.delete(handle);
      fn(time);
    });
    live.frames.add(handle);
    return handle;
  };
  window.cancelAnimationFrame = (handle) => {
    live.frames.delete(handle);
    cancel(handle);
  };
  MutationObserver.prototype.observe = function (...args) {
    live.observers++;
    return observe.apply(this, args);
  };
  MutationObserver.prototype.disconnect = function () {
    live.observers--;
    return disconnect.call(this);
  };
  return {
    live,
    restore() {
      Object.assign(EventTarget.prototype, {addEventListener, removeEventListener});
      Object.assign(window, {setTimeout: set, clearTimeout: clear, requestAnimationFrame: frame, cancelAnimationFrame: cancel});
      Object.assign(MutationObserver.prototype, {observe, disconnect});
    },
  };
}

/** Adds, changes and removes `tag` once, waiting for each render. */
async function cycle(tag: Tag, container: HTMLElement): Promise<void> {
  const element = document.createElement(tag);
  if (tag === 'safeguard-campaign-banner') element.setAttribute('starts', '2020-01-01');
  container.append(element);
  await settled(element);
  const [name, value] = CHANGES[tag];
  element.setAttribute(name, value);
  await settled(element);
  element.remove();
}

const gc = (window as unknown as {gc?: () => void}).gc;

/**
 * The retained heap: collected three times, with a task between, so that
 * what Lit and the engine release late (microtasks, finalizers) is gone too.
 */
async function retainedHeap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc!();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return (performance as unknown as {memory: {usedJSHeapSize: number}}).memory.usedJSHeapSize;
}

describe(`lifecycle: ${CYCLES} add / change / remove cycles`, function () {
  this.timeout(120000);
  const container = document.createElement('div');
  before(() => document.body.append(container));
  after(() => container.remove());

  for (const tag of ELEMENT_NAMES.map((name): Tag => `safeguard-${name}`)) {
    it(`<${tag}> leaves nothing behind`, async () => {
      // Warm up: Lit's template caches and the JIT fill once.
      for (let i = 0; i < 50; i++) await cycle(tag, container);
      const before = gc ? await retainedHeap() : 0;
      const count = counting();
      try {
        for (let i = 0; i < CYCLES; i++) await cycle(tag, container);
        await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        count.restore();
      }
      expect([...count.live.listeners], 'listeners on window or document').to.deep.equal([]);
      expect([...count.live.timers], 'timers').to.deep.equal([]);
      expect([...count.live.frames], 'animation frames').to.deep.equal([]);
      expect(count.live.observers, 'mutation observers').to.equal(0);
      if (gc) {
        const after = await retainedHeap();
        const grown = after - before;
        console.log(`${tag}: heap ${before} B before, ${after} B after ${CYCLES} cycles (${grown >= 0 ? '+' : ''}${grown} B)`);
        expect(grown, 'retained heap growth').to.be.below(512 * 1024);
      }
    });
  }
});
