// The optional placeholder CSS has one source, src/placeholders.css (shipped
// as dist/placeholders.css, used by the demo and the builder); the README's
// copy must say exactly the same.
import {expect} from '@open-wc/testing';

const text = async (path: string) => (await fetch(path)).text();

describe('the placeholder CSS', () => {
  it('the README shows exactly src/placeholders.css (its header comment aside)', async () => {
    const source = (await text('/src/placeholders.css')).replace(/^\/\*[\s\S]*?\*\/\s*/, '').trim();
    const readme = await text('/README.md');
    const section = readme.slice(readme.indexOf('### No layout shift while the script loads'));
    const snippet = /```css\n([\s\S]*?)\n```/.exec(section)![1].trim();
    expect(source.length).to.be.greaterThan(500);
    expect(snippet).to.equal(source);
  });
});
