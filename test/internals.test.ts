import {expect} from '@open-wc/testing';
import {defineOnce} from '../src/internal/define.js';
import {msUntilUkMidnight, ukToday} from '../src/internal/uk-date.js';
import {PHONE, choice, date, firstAccepted, link, resolveSettings, webPage, type Settings} from '../src/internal/settings.js';
import {pickLocale} from '../src/internal/localization.js';
import {emit} from '../src/internal/events.js';
import {VERSION} from '../src/internal/version.js';
import {captureWarningsInEachTest} from './support/warnings.js';
import {clearPageConfig, setPageConfig} from './support/page-config.js';

describe('shared internals', () => {
  const warnings = captureWarningsInEachTest();
  const host = document.createElement('safeguard-test-host');
  /** `settings` resolved for a host whose properties are `given`, as an element's attributes set them. */
  const resolve = (settings: Settings, given: Record<string, unknown>) =>
    resolveSettings(Object.assign(document.createElement('safeguard-test-host'), given), settings);

  describe('defineOnce', () => {
    it('defines a tag, and a second copy of the script is quiet', () => {
      class First extends HTMLElement {
        static version = VERSION;
      }
      class Second extends HTMLElement {
        static version = VERSION;
      }
      defineOnce('safeguard-define-a', First);
      defineOnce('safeguard-define-a', Second);
      expect(customElements.get('safeguard-define-a')).to.equal(First);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('warns once when another version already holds the tags', () => {
      class Old extends HTMLElement {
        static version = '0.0.1';
      }
      class New extends HTMLElement {
        static version = VERSION;
      }
      customElements.define('safeguard-define-b', Old);
      customElements.define('safeguard-define-c', class extends Old {});
      expect(() => defineOnce('safeguard-define-b', New)).not.to.throw();
      expect(() => defineOnce('safeguard-define-c', New)).not.to.throw();
      expect(customElements.get('safeguard-define-b')).to.equal(Old);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('version 0.0.1 is already on this page');
    });

    it('never throws, even for a tag the registry refuses', () => {
      expect(() => defineOnce('NotAValidName', class extends HTMLElement {})).not.to.throw();
      expect(warnings.messages[0]).to.contain('could not define');
    });

    it('carries the version in package.json', async () => {
      const pkg = (await import('../package.json')).default;
      expect(VERSION).to.equal(pkg.version);
    });
  });

  describe('UK dates', () => {
    it('gives the date in the UK, not in UTC', () => {
      // 23:30 UTC in summer is already the next day in the UK (BST)...
      expect(ukToday(new Date('2026-07-31T23:30:00Z'))).to.equal('2026-08-01');
      // ...but not in winter (GMT).
      expect(ukToday(new Date('2026-12-31T23:30:00Z'))).to.equal('2026-12-31');
      // The night the clocks go back (Sunday 25 October 2026).
      expect(ukToday(new Date('2026-10-24T23:30:00Z'))).to.equal('2026-10-25');
      expect(ukToday(new Date('2026-10-25T23:30:00Z'))).to.equal('2026-10-25');
    });

    it('agrees with the browser’s Europe/London time zone, every half hour around each clock change from 2024 to 2040', () => {
      const format = new Intl.DateTimeFormat('en-GB', {timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit'});
      const london = {
        format: (date: Date) => {
          const part = (type: string) => format.formatToParts(date).find((each) => each.type === type)!.value;
          return `${part('year')}-${part('month')}-${part('day')}`;
        },
      };
      const disagreements: string[] = [];
      for (let year = 2024; year <= 2040; year++) {
        for (const month of [2, 9]) {
          // From the 24th, 00:00 UTC, for 10 days: every last Sunday of
          // March and October, with the midnights either side.
          const start = Date.UTC(year, month, 24);
          for (let time = start; time < start + 10 * 24 * 3_600_000; time += 1_800_000) {
            const now = new Date(time);
            if (ukToday(now) !== london.format(now)) disagreements.push(now.toISOString());
          }
        }
      }
      expect(disagreements).to.deep.equal([]);
    });

    it('counts down to the next UK midnight in summer and winter', () => {
      expect(msUntilUkMidnight(new Date('2026-07-31T22:00:00Z'))).to.equal(3_600_000);
      expect(msUntilUkMidnight(new Date('2026-12-31T22:00:00Z'))).to.equal(7_200_000);
      // 25 October 2026 is 25 hours long in the UK.
      expect(msUntilUkMidnight(new Date('2026-10-24T23:00:00Z'))).to.equal(25 * 3_600_000);
      // 29 March 2026 is 23 hours long.
      expect(msUntilUkMidnight(new Date('2026-03-29T00:00:00Z'))).to.equal(23 * 3_600_000);
    });

    it('takes real YYYY-MM-DD dates', () => {
      expect(resolve({starts: date()}, {starts: '2026-07-24'})).to.deep.equal({starts: '2026-07-24'});
      expect(resolve({starts: date()}, {starts: ' 2028-02-29 '})).to.deep.equal({starts: '2028-02-29'});
      expect(resolve({starts: date()}, {})).to.deep.equal({starts: undefined});
      expect(warnings.messages).to.deep.equal([]);
    });

    for (const bad of ['2026-02-30', '24/07/2026', '2026-7-4', 'summer', '2026-13-01']) {
      it(`refuses "${bad}" with one warning`, () => {
        const element = Object.assign(document.createElement('safeguard-test-host'), {ends: bad});
        expect(resolveSettings(element, {ends: date()})).to.deep.equal({ends: undefined});
        expect(resolveSettings(element, {ends: date()})).to.deep.equal({ends: undefined});
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(`<safeguard-test-host> ignored ends="${bad}"`);
      });
    }

    it('refuses an end before the start', () => {
      const dates = {starts: date(), ends: date('starts')};
      expect(resolve(dates, {starts: '2026-07-24', ends: '2026-07-23'})).to.deep.equal({starts: '2026-07-24', ends: undefined});
      expect(resolve(dates, {starts: '2026-07-24', ends: '2026-07-24'})).to.deep.equal({starts: '2026-07-24', ends: '2026-07-24'});
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('ends="2026-07-23": it is before starts (2026-07-24)');
    });
  });

  describe('validation', () => {
    it('allows only https, http, tel, mailto and relative links', () => {
      for (const ok of ['https://a.example/', 'http://a.example/', 'tel:101', 'mailto:a@b.example', '#signs', '/help']) {
        expect(firstAccepted(link(), [[host, 'href', ok]], undefined), ok).to.equal(ok);
      }
      for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\nscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'blob:https://a.example/x']) {
        expect(firstAccepted(link(), [[host, 'href', bad]], undefined), bad).to.equal(undefined);
      }
      expect(warnings.messages).to.have.length(6);
      // Config can hold anything: a number is no link either, and blank text is none given.
      expect(firstAccepted(link(), [[host, 'href', 5]], undefined)).to.equal(undefined);
      expect(firstAccepted(link(), [[host, 'href', '   ']], undefined)).to.equal(undefined);
      expect(warnings.messages).to.have.length(7);
    });

    it('picks one of the allowed values', () => {
      const variant = {variant: choice(['full', 'slim'], 'full')};
      expect(resolve(variant, {variant: 'slim'}).variant).to.equal('slim');
      expect(resolve(variant, {variant: null}).variant).to.equal('full');
      expect(resolve(variant, {variant: 'wide'}).variant).to.equal('full');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('expected one of full, slim; using "full"');
    });

    describe('attribute, then page config, then default', () => {
      const exit = {href: webPage('exitHref', 'https://default.example/')};
      afterEach(() => clearPageConfig());

      it('takes the attribute over the page config, and the page config over the default', () => {
        setPageConfig({exitHref: 'https://config.example/'});
        expect(resolve(exit, {href: 'https://attribute.example/'}).href).to.equal('https://attribute.example/');
        expect(resolve(exit, {}).href).to.equal('https://config.example/');
        clearPageConfig();
        expect(resolve(exit, {}).href).to.equal('https://default.example/');
        expect(warnings.messages).to.deep.equal([]);
      });

      it('falls from a refused attribute to the page config, and from a refused config to the default, one warning each', () => {
        setPageConfig({exitHref: 'https://config.example/'});
        expect(resolve(exit, {href: 'tel:999'}).href).to.equal('https://config.example/');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<safeguard-test-host> ignored href="tel:999"').and.contain('using "https://config.example/"');
        setPageConfig({exitHref: 'javascript:alert(1)'});
        for (let i = 0; i < 3; i++) expect(resolve(exit, {}).href).to.equal('https://default.example/');
        expect(warnings.messages).to.have.length(2);
        expect(warnings.messages[1]).to.contain('page config ignored exitHref="javascript:alert(1)"').and.contain('using "https://default.example/"');
      });
    });

    it('accepts phone numbers of digits, spaces and a leading +', () => {
      expect(PHONE.refuse('+44 1234 567890')).to.equal(undefined);
      expect(PHONE.refuse('101')).to.equal(undefined);
      for (const bad of ['tel:101', '101; drop', 42, '']) {
        expect(PHONE.refuse(bad), String(bad)).to.be.a('string');
      }
    });
  });

  it('picks a shipped locale for a language tag, by region or by language alone', () => {
    expect(pickLocale('cy-GB', ['cy', 'pl'])).to.equal('cy');
    expect(pickLocale('PL', ['cy', 'pl'])).to.equal('pl');
    expect(pickLocale('en-US', ['en-GB', 'pl'])).to.equal('en-GB');
    expect(pickLocale('fr', ['cy', 'pl'])).to.equal(undefined);
    expect(pickLocale('', ['cy'])).to.equal(undefined);
  });

  it('dispatches events that leave shadow roots', async () => {
    const outer = document.createElement('div');
    const inner = outer.attachShadow({mode: 'open'}).appendChild(document.createElement('span'));
    document.body.append(outer);
    let seen: HTMLElementEventMap['safeguard-dismiss'] | undefined;
    document.addEventListener('safeguard-dismiss', (e) => (seen = e), {once: true});
    expect(emit(inner, 'safeguard-dismiss', {variant: 'slim'}, true)).to.equal(true);
    expect(seen!.detail.variant).to.equal('slim');
    expect(seen!.cancelable).to.equal(true);
    outer.remove();
    // Checked by the type-check (npm test), not at run time: a wrong detail does not compile.
    const typeCheckOnly = () => {
      // @ts-expect-error: safeguard-dismiss carries {variant}, not {count}
      emit(inner, 'safeguard-dismiss', {count: 2});
      // @ts-expect-error: no such event
      emit(inner, 'safeguard-test', {});
    };
    expect(typeCheckOnly).to.be.a('function');
  });
});
