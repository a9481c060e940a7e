import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/sexting-tips/define.js';
import {elementStories, exampleStory, phoneWidth, type HeadingArgs} from './support.js';

interface Args extends HeadingArgs {
  open?: boolean;
}

const TAG = 'safeguard-sexting-tips';

// Sexting for parents: what it is, why it is risky, tips, and who to call.
// Each tip is a native `<details>`.
const meta = {
  title: 'Elements/Sexting tips',
  ...elementStories(TAG),
  args: {open: false, 'heading-level': 2},
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Every tip closed: the reader opens the ones they want. */
export const Closed: Story = exampleStory('sexting-tips/closed');

/** `open`: every tip expanded (for print, or a page about sexting alone). */
export const Open: Story = exampleStory('sexting-tips/open');

/** The reader opened the first tip. */
export const OneTipOpened: Story = exampleStory('sexting-tips/one-tip-opened');

/** Open, in a 320 px column. */
export const OnAPhone: Story = {
  name: 'On a phone (320 px)',
  args: {open: true},
  decorators: [phoneWidth],
};
