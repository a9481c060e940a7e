import {expect} from '@open-wc/testing';
import {defineOnce} from '../src/internal/define.js';
import {msUntilUkMidnight, parseUkDate, ukToday} from '../src/internal/uk-date.js';
import {oneOf, phoneNumber, safeUrl} from '../src/internal/validate.js';
import {pickLocale} from '../src/internal/localization.js';
import {emit} from '../src/internal/events.js';
import {VERSION} from '../src/internal/version.js';
import {captureWarningsInEachTest} from './support/warnings.js';

describe('shared internals', () => {
  const warnings = captureWarningsInEachTest();
  const host = document.createElement('safeguard-test-host');

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

    it('parses real YYYY-MM-DD dates', () => {
      expect(parseUkDate(host, 'starts', '2026-07-24')).to.equal('2026-07-24');
      expect(parseUkDate(host, 'starts', '2028-02-29')).to.equal('2028-02-29');
      expect(parseUkDate(host, 'starts', undefined)).to.equal(undefined);
      expect(warnings.messages).to.deep.equal([]);
    });

    for (const bad of ['2026-02-30', '24/07/2026', '2026-7-4', 'summer', '2026-13-01']) {
      it(`refuses "${bad}" with one warning`, () => {
        expect(parseUkDate(host, 'ends', bad)).to.equal(undefined);
        expect(parseUkDate(host, 'ends', bad)).to.equal(undefined);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(`<safeguard-test-host> ignored ends="${bad}"`);
      });
    }
  });

  describe('validation', () => {
    it('allows only https, http, tel, mailto and relative links', () => {
      for (const ok of ['https://a.example/', 'http://a.example/', 'tel:101', 'mailto:a@b.example', '#signs', '/help']) {
        expect(safeUrl(host, 'href', ok), ok).to.equal(ok);
      }
      for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\nscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'blob:https://a.example/x']) {
        expect(safeUrl(host, 'href', bad), bad).to.equal(undefined);
      }
      expect(warnings.messages).to.have.length(6);
      // Config can hold anything: a number or blank text is no link either.
      expect(safeUrl(host, 'href', 5)).to.equal(undefined);
      expect(safeUrl(host, 'href', '   ')).to.equal(undefined);
      expect(warnings.messages).to.have.length(8);
    });

    it('picks one of the allowed values', () => {
      expect(oneOf(host, 'variant', 'slim', ['full', 'slim'], 'full')).to.equal('slim');
      expect(oneOf(host, 'variant', null, ['full', 'slim'], 'full')).to.equal('full');
      expect(oneOf(host, 'variant', 'wide', ['full', 'slim'], 'full')).to.equal('full');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('expected one of full, slim; using "full"');
    });

    it('accepts phone numbers of digits, spaces and a leading +', () => {
      expect(phoneNumber(host, 'n', '+44 1234 567890')).to.equal('+44 1234 567890');
      expect(phoneNumber(host, 'n', '101')).to.equal('101');
      for (const bad of ['tel:101', '101; drop', 42, '']) {
        expect(phoneNumber(host, 'n', bad)).to.equal(undefined);
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
