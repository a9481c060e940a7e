import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect, userEvent} from 'storybook/test';
import '../src/sexting-tips/define.js';
import {elementStories, phoneWidth, shadowOf, type HeadingArgs} from './support.js';

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
export const Closed: Story = {};

/** `open`: every tip expanded (for print, or a page about sexting alone). */
export const Open: Story = {args: {open: true}};

/** The reader opened the first tip. */
export const OneTipOpened: Story = {
  name: 'One tip opened',
  play: async ({canvasElement}) => {
    const root = shadowOf(canvasElement, TAG);
    await userEvent.click(root.querySelector<HTMLElement>('[part=summary]')!);
    await expect(root.querySelector('details')?.open).toBe(true);
  },
};

/** Open, in a 320 px column. */
export const OnAPhone: Story = {
  name: 'On a phone (320 px)',
  args: {open: true},
  decorators: [phoneWidth],
};
