import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect, userEvent} from 'storybook/test';
import '../src/campaign-banner/define.js';
import {closeButton} from '../src/campaign-banner/harness.js';
import {controlsFor, element, exampleStory, phoneWidth, renderedIn, type HeadingArgs} from './support.js';

interface Args extends HeadingArgs {
  href?: string;
  'link-text'?: string;
  starts?: string;
  ends?: string;
  dismissible?: boolean;
  variant?: string;
  /** Story only: a partner's own wording in the `heading` slot. */
  headingSlot?: string;
}

const TAG = 'safeguard-campaign-banner';

// The "Is Your Child Safe?" campaign banner. Outside its `starts` / `ends`
// dates, or once dismissed in this tab, it renders nothing and takes no
// space. (Every story starts with the dismissal forgotten.)
const meta = {
  title: 'Elements/Campaign banner',
  component: TAG,
  argTypes: {
    ...controlsFor(TAG),
    headingSlot: {control: 'text', name: 'heading slot (story only)', table: {category: 'story'}},
  },
  args: {href: '#signs', variant: 'full', dismissible: false, 'heading-level': 2},
  // A dismissal lasts for the tab (sessionStorage): forget it before each story.
  beforeEach: () => sessionStorage.removeItem('sgw-banner-hidden'),
  render: (args) => {
    const banner = element(TAG, args);
    if (args.headingSlot) {
      banner.append(Object.assign(document.createElement('span'), {slot: 'heading', textContent: args.headingSlot}));
    }
    return html`${banner}<main id="page"><p>The page goes on here.</p></main>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The full banner: the campaign, why it matters, the figure, who runs it, the link. */
export const Full: Story = exampleStory('campaign-banner/full');

/** One line for the top of a page. */
export const Slim: Story = exampleStory('campaign-banner/slim');

/** Full, with a close button. */
export const Dismissible: Story = exampleStory('campaign-banner/dismissible');

/** Slim, with a close button. */
export const SlimDismissible: Story = exampleStory('campaign-banner/slim-dismissible');

/** After the close button: the banner is gone and focus moved to the page's `<main>`. */
export const Dismissed: Story = {
  args: {dismissible: true},
  play: async ({canvasElement}) => {
    const banner = renderedIn(canvasElement, TAG);
    await userEvent.click(closeButton(banner)!);
    await banner.updateComplete;
    await expect(banner.shown).toBe(false);
    await expect(banner.getBoundingClientRect().height).toBe(0);
    await expect(document.activeElement?.id).toBe('page');
  },
};

/** Inside its dates (yesterday to tomorrow): shown. */
export const InsideDates: Story = exampleStory('campaign-banner/inside-dates');

/** After its last day: the banner renders nothing, and the page closes up. */
export const AfterDates: Story = exampleStory('campaign-banner/after-dates', {
  play: async ({canvasElement}) => {
    const banner = canvasElement.querySelector(TAG)!;
    await expect(banner.shown).toBe(false);
    await expect(banner.matches(':state(shown)')).toBe(false);
    await expect(banner.getBoundingClientRect().height).toBe(0);
  },
});

/** A partner's own heading and link text, as attributes. */
export const PartnerWording: Story = exampleStory('campaign-banner/partner-wording');

/** A partner's own heading with markup, in the `heading` slot. */
export const HeadingSlot: Story = {
  name: 'Heading slot',
  args: {headingSlot: 'Is your child safe? Talk to us', 'link-text': 'Read the warning signs'},
};

/** With no `href` (and no checklist with an id on the page): no link. */
export const NoLink: Story = exampleStory('campaign-banner/no-link');

/** Full in a 320 px column. */
export const OnAPhone: Story = {name: 'On a phone (320 px)', decorators: [phoneWidth]};

/** Slim and dismissible in a 320 px column. */
export const SlimOnAPhone: Story = {
  name: 'Slim on a phone (320 px)',
  args: {variant: 'slim', dismissible: true},
  decorators: [phoneWidth],
};
