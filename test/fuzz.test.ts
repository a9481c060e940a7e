// Property-based tests (fast-check): random and hostile values for every
// attribute of every element, every data- setting of the CMS div form and
// every page-config key. Each case: nothing thrown, nothing created outside
// the widget's own template, no link but https:, http:, tel: and mailto:,
// no on… attribute anywhere, a console warning for each refused value, and
// none for a value the element accepts (valid values are generated too).
// What is refused is what each element's settings declare
// (src/internal/settings.ts): the oracle reads the declaration.
// A fixed seed, 200 cases an element in Chromium and 50 in Firefox and
// WebKit (web-test-runner.config.js); FUZZ_RUNS and FUZZ_SEED run more in
// every engine, or replay a failure.
import {expect, fixture, html} from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import {mountPlacements} from '../src/index.js';
import manifest from '../custom-elements.json';
import {attributeOf, type Setting} from '../src/internal/settings.js';
import type {SafeguardElement} from '../src/internal/safeguard-element.js';
import {composed, settled} from './support/shadow.js';
import {clearPageConfig, setPageConfig} from './support/page-config.js';

type Engine = 'chromium' | 'firefox' | 'webkit';
const FUZZ = (window as unknown as {FUZZ: {runs: number | Record<Engine, number>; seed: number}}).FUZZ;
const engine: Engine = navigator.userAgent.includes('Firefox/') ? 'firefox' : navigator.userAgent.includes('Chrome/') ? 'chromium' : 'webkit';
const {seed} = FUZZ;
const runs = typeof FUZZ.runs === 'number' ? FUZZ.runs : FUZZ.runs[engine];
const SAFE_SCHEMES = ['https:', 'http:', 'tel:', 'mailto:'];

/** Values people and attackers write: markup, script URLs in disguise, odd numbers and dates, control characters. */
const HOSTILE = [
  '<img src=x onerror="window.pwned=1">',
  '"><script>window.pwned=2</script>',
  'javascript:window.pwned=3',
  '  JaVaScRiPt:window.pwned=4',
  'java\tscript:window.pwned=5',
  '&#106;avascript:window.pwned=6',
  'data:text/html,<script>window.pwned=7</script>',
  'vbscript:msgbox(1)',
  'tel:999',
  'mailto:someone@example.org',
  'https://example.org/"onmouseover="x',
  '//evil.example/path',
  '\u202Eevil\u202C',
  '\u0000\u0007\u001b',
  '\uD800',
  '__proto__',
  'constructor',
  '-1', '0', '7', '2.5', '1e3', 'NaN', ' 3 ', '',
  '2026-02-30', '2026-13-01', '26-1-1', '2026-07-20T00:00',
  'FALSE', 'false', 'true',
  'x'.repeat(5000),
];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.mixedCase(fc.constantFrom('javascript:alert(1)', 'vbscript:alert(1)', 'data:text/html,x')).map(
    (url) => `${' \t\n'.slice(0, url.length % 4)}${url}`
  ),
  fc.string({unit: 'binary', maxLength: 80}),
  fc.string({maxLength: 300})
);

/** A setting of an element, as its attribute. */
interface Attribute {
  name: string;
  property: string;
  setting: Setting;
}

const TAGS = manifest.modules.flatMap((module) => module.declarations.map((declaration) => declaration.tagName!));

/** The settings `tag` declares, in order (read once the elements are defined). */
const attributesOf = (tag: string): Attribute[] =>
  Object.entries((customElements.get(tag) as typeof SafeguardElement).settings).map(([property, setting]) => ({
    name: attributeOf(property),
    property,
    setting,
  }));

const protocolOf = (url: string) => {
  try {
    return new URL(url.trim(), document.baseURI).protocol;
  } catch {
    return '';
  }
};

/** The last value given to each attribute, as written. */
type FinalValues = Map<string, string>;

/** The attribute's value as its property holds it (Lit's conversion): a number for the heading level. */
const asProperty = ({setting}: Attribute, value: string): unknown => (setting.kind === 'heading-level' ? Number(value) : value);

/**
 * The attributes whose final value the element must refuse (and say so),
 * by the declaration, in its order: a date is checked against the dates
 * resolved before it. No value is refused for being absent.
 */
function refusedOf(attributes: Attribute[], values: FinalValues): Set<string> {
  const refused = new Set<string>();
  const resolved: Record<string, unknown> = {};
  for (const attribute of attributes) {
    const value = values.get(attribute.name);
    resolved[attribute.property] = attribute.setting.default;
    if (value === undefined || (attribute.setting.kind !== 'heading-level' && !value.trim())) continue;
    const given = asProperty(attribute, value);
    if (attribute.setting.refuse(given, resolved)) refused.add(attribute.name);
    else resolved[attribute.property] = typeof given === 'string' ? given.trim() : given;
  }
  return refused;
}

/** What must never happen, whatever the input, in `root` and everything it renders. */
function expectNothingEscaped(root: Element): void {
  const everything = [root, ...composed(root)];
  for (const node of everything) {
    expect(node.localName, 'a script element').not.to.equal('script');
    for (const {name} of node.attributes) expect(name, `<${node.localName}> ${name}`).not.to.match(/^on/i);
  }
  for (const link of everything.filter((node) => node.localName === 'a')) {
    const href = link.getAttribute('href') ?? '';
    expect(SAFE_SCHEMES, `a link to ${href}`).to.include(protocolOf(href));
  }
  expect((window as unknown as {pwned?: number}).pwned, 'script ran').to.equal(undefined);
}

/** Runs `body` with console.warn and errors captured; returns the warnings. */
async function watched(body: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const errors: unknown[] = [];
  const warn = console.warn;
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    errors.push('reason' in event ? event.reason : event.error ?? event.message);
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  try {
    await body();
    await new Promise(requestAnimationFrame);
  } finally {
    console.warn = warn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  }
  expect(errors, 'thrown into the page').to.deep.equal([]);
  return warnings;
}

/** Values the element must accept for `attribute`, so that every property is two-sided. */
function validValue({setting}: Attribute): fc.Arbitrary<string> {
  switch (setting.kind) {
    case 'choice':
      return fc.constantFrom(...setting.values!);
    case 'heading-level':
      return fc.integer({min: 1, max: 6}).map(String);
    case 'date':
      return fc.date({min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true}).map((date) => date.toISOString().slice(0, 10));
    case 'link':
      return fc.constantFrom('https://example.org/help', 'http://example.org/', '/advice', '#signs', 'tel:999', 'mailto:help@example.org');
    case 'web-page':
      return fc.constantFrom('https://example.org/help', 'http://example.org/', '/advice', '#signs');
    case 'text':
      return fc.string({maxLength: setting.maxLength ?? 300});
    default:
      return hostileString;
  }
}

const settings = (attributes: Attribute[]) =>
  fc.array(
    fc.constantFrom(...attributes).chain((attribute) => fc.tuple(fc.constant(attribute), fc.oneof(hostileString, validValue(attribute)))),
    {minLength: 1, maxLength: 4}
  );

const finalValues = (pairs: [Attribute, string][]): FinalValues => new Map(pairs.map(([attribute, value]) => [attribute.name, value]));

describe(`fuzzing (${runs} cases an element, seed ${seed})`, function () {
  // 200 cases of the topic guide take seconds; on a loaded machine, more.
  this.timeout(Math.max(180000, runs * 900));
  afterEach(() => clearPageConfig());

  for (const tag of TAGS) {
    it(`<${tag}>: any attribute values`, async () => {
      const attributes = attributesOf(tag);
      await fc.assert(
        fc.asyncProperty(settings(attributes), async (pairs) => {
          const page = await fixture<HTMLElement>(html`<div></div>`);
          const element = document.createElement(tag);
          const warnings = await watched(async () => {
            for (const [attribute, value] of pairs) element.setAttribute(attribute.name, value);
            page.append(element);
            await settled(element);
          });
          expectNothingEscaped(element);
          expect(element.children.length, 'children added to the tag').to.equal(0);
          const values = finalValues(pairs);
          const refused = refusedOf(attributes, values);
          for (const [name, value] of values) {
            const warned = warnings.some((w) => w.includes(` ${name}=`));
            expect(warned, `${refused.has(name) ? 'no warning' : 'a warning'} for ${name}=${JSON.stringify(value)}`).to.equal(refused.has(name));
          }
          page.remove();
        }),
        {numRuns: runs, seed}
      );
    });

    it(`<div data-safeguard="${tag.slice(10)}">: any data- settings, and stray ones`, async () => {
      const attributes = attributesOf(tag);
      const stray = fc.constantFrom('aos', 'track', 'block-id', 'x-onclick', 'safeguard-mounted');
      await fc.assert(
        fc.asyncProperty(settings(attributes), fc.array(fc.tuple(stray, hostileString), {maxLength: 2}), async (pairs, extra) => {
          const page = await fixture<HTMLElement>(html`<div></div>`);
          const div = document.createElement('div');
          div.setAttribute('data-safeguard', tag.slice(10));
          for (const [attribute, value] of pairs) div.setAttribute(`data-${attribute.name}`, value);
          for (const [name, value] of extra) div.setAttribute(`data-${name}`, value);
          div.append(document.createElement('p'));
          page.append(div);
          const warnings = await watched(async () => {
            mountPlacements(page);
            const element = div.querySelector(tag);
            expect(element, 'mounted').to.exist;
            await settled(element!);
          });
          const element = div.querySelector(tag)!;
          expectNothingEscaped(div);
          // The div holds the widget, which holds the fallback: nothing else was made.
          expect([...div.children].map((child) => child.localName)).to.deep.equal([tag]);
          expect([...element.children].map((child) => child.localName)).to.deep.equal(['p']);
          const values = finalValues(pairs);
          const refused = refusedOf(attributes, values);
          for (const [name, value] of values) {
            const warned = warnings.some((w) => w.includes(` ${name}=`));
            expect(warned, `${refused.has(name) ? 'no warning' : 'a warning'} for data-${name}=${JSON.stringify(value)}`).to.equal(refused.has(name));
          }
          page.remove();
        }),
        {numRuns: Math.ceil(runs / 4), seed}
      );
    });
  }

  it('any page config: every key, wrong types, __proto__ and constructor', async () => {
    const key = fc.constantFrom('locale', 'operationName', 'phoneNumbers', 'links', 'campaignHref', 'exitHref', '__proto__', 'constructor');
    const contact = fc.constantFrom('emergency', 'non-emergency', 'crimestoppers', 'modern-slavery-helpline', 'prevent', 'nspcc', '__proto__', 'constructor');
    const value = fc.oneof(hostileString, fc.jsonValue({maxDepth: 2}), fc.dictionary(contact, fc.oneof(hostileString, fc.jsonValue({maxDepth: 1}))));
    const config = fc.oneof(
      fc.dictionary(key, value).map((object) => JSON.stringify(object)),
      fc.jsonValue({maxDepth: 2}).map((json) => JSON.stringify(json)),
      fc.constantFrom('{', '{"links": ', 'null', '[]', '"text"', '{"__proto__": {"polluted": 1}}')
    );
    await fc.assert(
      fc.asyncProperty(config, async (text) => {
        setPageConfig(text);
        let page!: HTMLElement;
        await watched(async () => {
          page = await fixture<HTMLElement>(html`<div>
            <safeguard-report-contact topic="sexual-exploitation"></safeguard-report-contact>
            <safeguard-report-contact topic="extremism"></safeguard-report-contact>
            <safeguard-campaign-banner></safeguard-campaign-banner>
            <safeguard-quick-exit position="inline"></safeguard-quick-exit>
          </div>`);
          await Promise.all([...page.children].map(settled));
        });
        for (const element of page.children) expectNothingEscaped(element);
        expect(({} as {polluted?: number}).polluted, 'Object.prototype polluted').to.equal(undefined);
        page.remove();
        clearPageConfig();
      }),
      {numRuns: runs, seed}
    );
  });
});
