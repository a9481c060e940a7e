// The locale table (src/locales.json) against the files that cannot read
// it: each translation's XLIFF file, and the README's Languages table.
// (`npm run localize:check` fails on an XLIFF file with no row.)
import {expect} from '@open-wc/testing';
import LOCALE_TABLE from '../src/locales.json';

const [SOURCE, ...TRANSLATIONS] = LOCALE_TABLE;
const text = async (path: string) => (await fetch(path)).text();

describe('the locale table', () => {
  it('has an XLIFF file for each translation, from English into its language', async () => {
    const found: string[] = [];
    for (const {code} of TRANSLATIONS) {
      const xliff = new DOMParser().parseFromString(await text(`/xliff/${code}.xlf`), 'text/xml');
      const file = xliff.querySelector('file');
      found.push(`xliff/${code}.xlf: ${file?.getAttribute('source-language')} to ${file?.getAttribute('target-language')}`);
    }
    expect(found).to.deep.equal(TRANSLATIONS.map(({code}) => `xliff/${code}.xlf: ${SOURCE.code} to ${code}`));
  });

  it('is what the README’s Languages table lists, in its order, with each one’s names and state', async () => {
    const readme = await text('/README.md');
    const section = readme.slice(readme.indexOf('\n## Languages'));
    const rows = /\n((?:\|.*\n)+)/.exec(section)![1].split('\n').filter((line) => line.startsWith('| `'));
    const listed = rows.map((line) => {
      const [code, language, state] = line.split('|').slice(1, -1).map((cell) => cell.trim());
      return `${code} | ${language} | ${state}`;
    });
    const wanted = LOCALE_TABLE.map(({code, name, ownName, dir, state}) => {
      const language = ownName === name ? name : `${ownName} (${name}${dir === 'rtl' ? ', right to left' : ''})`;
      return `\`${code}\` | ${language} | ${state}`;
    });
    expect(listed).to.deep.equal(wanted);
  });
});
