import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/quick-exit/define.js';
import '../src/campaign-banner/define.js';
import '../src/signs-checklist/define.js';
import '../src/report-contact/define.js';
import '../src/sexting-tips/define.js';

/**
 * The widgets inside a made-up partner's page with its own stylesheet: its
 * font, colours and layout. The widgets inherit the font and text colour,
 * and the partner sets its brand colour once through `--safeguard-*`
 * custom properties. The theme switch does not apply here: the page has its
 * own theme.
 */
const meta = {
  title: 'Examples/Partner page',
  // A page, not a component: no docs page with a properties table.
  tags: ['!autodocs'],
  parameters: {theme: {disable: true}},
  beforeEach: () => sessionStorage.removeItem('sgw-banner-hidden'),
} satisfies Meta;

export default meta;
type Story = StoryObj;

const styles = html`<style>
  .partner {
    --safeguard-accent: #6b2a5b;
    --safeguard-button: #6b2a5b;
    --safeguard-surface: #fff;
    --safeguard-radius: 8px;
    min-height: 100vh;
    background: #fdfaf5;
    color: #2b2b2b;
    font: 17px/1.6 'DejaVu Serif', Georgia, serif;
  }
  .partner .bar {
    background: #6b2a5b;
    color: #fff;
  }
  .partner .wrap {
    max-width: 64rem;
    margin-inline: auto;
    padding-inline: 1.25rem;
  }
  .partner .bar .wrap {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 2rem;
    padding-block: 0.75rem;
  }
  .partner .logo {
    margin: 0;
    font: 700 1.4rem/1.2 'DejaVu Sans', Verdana, sans-serif;
  }
  .partner nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 1.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .partner nav a {
    color: #fff;
  }
  .partner h1,
  .partner h2 {
    font-family: 'DejaVu Sans', Verdana, sans-serif;
    line-height: 1.2;
  }
  .partner h1 {
    margin-block: 2rem 0.5rem;
    font-size: 2rem;
  }
  .partner .columns {
    display: grid;
    gap: 2rem;
    margin-block-end: 2rem;
  }
  @media (min-width: 56rem) {
    .partner .columns {
      grid-template-columns: minmax(0, 2fr) minmax(14rem, 1fr);
    }
  }
  .partner aside {
    align-self: start;
    padding: 1rem;
    border-radius: 8px;
    background: #f1e7ef;
  }
  .partner aside h2 {
    margin-block-start: 0;
    font-size: 1.2rem;
  }
  .partner footer {
    padding-block: 1.5rem;
    background: #2b2b2b;
    color: #fff;
  }
  .partner footer a {
    color: #fff;
  }
</style>`;

/** A youth club's page about keeping young people safe. */
export const PartnerPage: Story = {
  name: 'Partner page',
  render: () => html`${styles}
    <div class="partner">
      <safeguard-quick-exit></safeguard-quick-exit>
      <header class="bar">
        <div class="wrap">
          <p class="logo">Anytown Youth Club</p>
          <nav aria-label="Club">
            <ul>
              <li><a href="#what-we-do">What we do</a></li>
              <li><a href="#parents">Parents</a></li>
              <li><a href="#contact">Contact us</a></li>
            </ul>
          </nav>
        </div>
      </header>
      <safeguard-campaign-banner variant="slim" dismissible></safeguard-campaign-banner>
      <main class="wrap">
        <h1>Worried about a young person?</h1>
        <p>
          Our youth workers see many young people each week. This page helps
          parents and carers notice when something is wrong, and shows who can
          help.
        </p>
        <div class="columns">
          <safeguard-signs-checklist id="signs" heading-level="2"></safeguard-signs-checklist>
          <aside aria-labelledby="help-now">
            <h2 id="help-now">Need help now?</h2>
            <safeguard-report-contact variant="compact"></safeguard-report-contact>
          </aside>
        </div>
        <safeguard-sexting-tips heading-level="2"></safeguard-sexting-tips>
        <safeguard-report-contact heading-level="2"></safeguard-report-contact>
      </main>
      <footer>
        <div class="wrap">
          <p>Anytown Youth Club is made up, to show the widgets on a partner's page.</p>
        </div>
      </footer>
    </div>`,
};
