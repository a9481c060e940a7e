import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect, userEvent} from 'storybook/test';
import '../src/sexting-tips/define.js';
import {controlsFor, phoneWidth, shadowOf} from './support.js';

interface Args {
  open?: boolean;
  'heading-level'?: number;
}

const TAG = 'safeguard-sexting-tips';

// Sexting for parents: what it is, why it is risky, tips, and who to call.
// Each tip is a native `<details>`.
// (The docs page takes its description from the JSDoc, via custom-elements.json.)
const meta = {
  title: 'Elements/Sexting tips',
  component: TAG,
  argTypes: controlsFor(TAG),
  args: {open: false, 'heading-level': 2},
  render: (args) => html`<safeguard-sexting-tips
    ?open=${args.open}
    heading-level=${ifDefined(args['heading-level'])}
  ></safeguard-sexting-tips>`,
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
