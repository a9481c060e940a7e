import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {action} from 'storybook/actions';
import {expect, userEvent} from 'storybook/test';
import {SafeguardQuickExit} from '../src/quick-exit/define.js';
import {button, dots, overlay, status} from '../src/quick-exit/harness.js';
import {controlsFor, element, exampleStory, renderedIn} from './support.js';

interface Args {
  href?: string;
  label?: string;
  position?: string;
}

const TAG = 'safeguard-quick-exit';

/** Presses and releases Shift `times` times, as a reader would. */
function pressShift(times: number): void {
  for (let i = 0; i < times; i++) {
    document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Shift', shiftKey: true, bubbles: true}));
    document.dispatchEvent(new KeyboardEvent('keyup', {key: 'Shift', bubbles: true}));
  }
}

// "Exit this page": leaves at once for a neutral site; pressing Shift three
// times within 5 seconds does the same. In Storybook the button does not
// leave: the address it would go to shows in the Actions panel, and the
// plain cover stays, as it would while the next page loads.
const meta = {
  title: 'Elements/Quick exit',
  component: TAG,
  argTypes: controlsFor(TAG),
  args: {position: 'sticky'},
  // Sticky and fixed buttons sit in the top layer of their page: on the
  // Docs page each story gets a frame of its own, so they do not pile up.
  parameters: {docs: {story: {inline: false, height: '16rem'}}},
  beforeEach: () => {
    const {navigate} = SafeguardQuickExit;
    SafeguardQuickExit.navigate = action('navigate (not followed in Storybook)');
    return () => {
      SafeguardQuickExit.navigate = navigate;
    };
  },
  render: (args) => html`${element(TAG, args)}
    <h1>Getting help</h1>
    ${Array.from(
      {length: 8},
      () => html`<p>
        A page about getting help. The sticky button stays at the top of the
        screen as the page scrolls, so it is always one press away.
      </p>`
    )}`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The default: stays at the top of the screen, at the end of the line. */
export const Sticky: Story = exampleStory('quick-exit/sticky');

/** Sits where it is placed in the page. */
export const Inline: Story = exampleStory('quick-exit/inline');

/** At the top of the screen from the start, taking no space where it is placed (a CMS div, a sidebar). */
export const Fixed: Story = exampleStory('quick-exit/fixed');

/** Shift pressed twice: two of the three dots are filled. (As on a page, the count lapses after 5 seconds.) */
export const MidShortcut: Story = {
  name: 'Mid-shortcut (Shift pressed twice)',
  play: async ({canvasElement}) => {
    pressShift(2);
    const el = renderedIn(canvasElement, TAG);
    await el.updateComplete;
    await expect(dots(el).filter((dot) => dot === 'on')).toHaveLength(2);
    await expect(status(el)).toMatch(/Press Shift 1 more time/);
  },
};

/** After a press: the plain cover hides the page at once while the neutral site loads. */
export const Leaving: Story = {
  name: 'Leaving (page covered)',
  play: async ({canvasElement}) => {
    const el = renderedIn(canvasElement, TAG);
    await userEvent.click(button(el));
    await expect(overlay(el).open).toBe(true);
  },
};
