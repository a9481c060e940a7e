import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect} from 'storybook/test';
import {CONTACT_TOPICS} from '../src/content/contacts.js';
import '../src/report-contact/define.js';
import {controlsFor, phoneWidth} from './support.js';

interface Args {
  topic?: string;
  variant?: string;
  'operation-name'?: string;
  'heading-level'?: number;
}

// Who to call, most urgent first. `card` lists every route for the topic;
// `compact` is one line of phone numbers for a sidebar or footer.
// (The docs page takes its description from the JSDoc, via custom-elements.json.)
const meta = {
  title: 'Elements/Report contact',
  component: 'safeguard-report-contact',
  argTypes: controlsFor('safeguard-report-contact', {topic: CONTACT_TOPICS}),
  args: {topic: 'general', variant: 'card', 'heading-level': 2},
  render: (args) => html`<safeguard-report-contact
    topic=${ifDefined(args.topic)}
    variant=${ifDefined(args.variant)}
    operation-name=${ifDefined(args['operation-name'] || undefined)}
    heading-level=${ifDefined(args['heading-level'])}
  ></safeguard-report-contact>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The default: 999, 101 and Crimestoppers. */
export const General: Story = {};

/** Child sexual exploitation: 101 says to quote the operation name. */
export const SexualExploitation: Story = {
  name: 'Sexual exploitation',
  args: {topic: 'sexual-exploitation'},
};

/** Adds the Modern Slavery Helpline and its website. */
export const ModernSlavery: Story = {
  name: 'Modern slavery',
  args: {topic: 'modern-slavery'},
};

/** Adds where to report suspicious activity and online terrorist material. */
export const Extremism: Story = {args: {topic: 'extremism'}};

/** Sexting: 101 also says a parent can visit a police station. */
export const Sexting: Story = {args: {topic: 'sexting'}};

/** One line of phone numbers, for sidebars and footers. */
export const Compact: Story = {args: {variant: 'compact'}};

/** Compact with a topic's own helpline. */
export const CompactModernSlavery: Story = {
  name: 'Compact, modern slavery',
  args: {variant: 'compact', topic: 'modern-slavery'},
};

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
    const element = canvasElement.querySelector('safeguard-report-contact')!;
    await step('set the variant property to compact', async () => {
      element.variant = 'compact';
      await element.updateComplete;
    });
    await expect(element.getAttribute('variant')).toBe('compact');
    await expect(element.shadowRoot!.querySelector('.compact')).not.toBeNull();
    await expect(element.shadowRoot!.querySelector('h2')).toBeNull();
  },
};
