import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect} from 'storybook/test';
import '../src/report-contact/define.js';
import {elementStories, exampleStory, phoneWidth, type HeadingArgs} from './support.js';

interface Args extends HeadingArgs {
  topic?: string;
  variant?: string;
  'operation-name'?: string;
}

const TAG = 'safeguard-report-contact';

// Who to call, most urgent first. `card` lists every route for the topic;
// `compact` is one line of phone numbers for a sidebar or footer.
const meta = {
  title: 'Elements/Report contact',
  ...elementStories(TAG),
  args: {topic: 'general', variant: 'card', 'heading-level': 2},
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The default: 999, 101 and Crimestoppers. */
export const General: Story = exampleStory('report-contact/general');

/** Child sexual exploitation: 101 says to quote the operation name. */
export const SexualExploitation: Story = exampleStory('report-contact/sexual-exploitation');

/** Adds the Modern Slavery Helpline and its website. */
export const ModernSlavery: Story = exampleStory('report-contact/modern-slavery');

/** Adds where to report suspicious activity and online terrorist material. */
export const Extremism: Story = exampleStory('report-contact/extremism');

/** Sexting: 101 also says a parent can visit a police station. */
export const Sexting: Story = exampleStory('report-contact/sexting');

/** One line of phone numbers, for sidebars and footers. */
export const Compact: Story = exampleStory('report-contact/compact');

/** Compact with a topic's own helpline. */
export const CompactModernSlavery: Story = exampleStory('report-contact/compact-modern-slavery');

/** The card in a 320 px column: numbers never break across lines. */
export const OnAPhone: Story = {
  name: 'On a phone (320 px)',
  decorators: [phoneWidth],
};

/**
 * Proves reactive properties work in Storybook's Vite build: setting the
 * `variant` property (not the attribute) re-renders the card as the compact
 * line and reflects the attribute. Without `useDefineForClassFields: false`
 * the class field would shadow Lit's accessor and this story would fail.
 */
export const PropertySetFromScript: Story = {
  name: 'Property set from script',
  play: async ({canvasElement, step}) => {
    const element = canvasElement.querySelector(TAG)!;
    await step('set the variant property to compact', async () => {
      element.variant = 'compact';
      await element.updateComplete;
    });
    await expect(element.getAttribute('variant')).toBe('compact');
    await expect(element.shadowRoot!.querySelector('.compact')).not.toBeNull();
    await expect(element.shadowRoot!.querySelector('h2')).toBeNull();
  },
};
