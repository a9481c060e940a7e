import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect, userEvent} from 'storybook/test';
import '../src/signs-checklist/define.js';
import {elementStories, phoneWidth, shadowOf, type HeadingArgs} from './support.js';

interface Args extends HeadingArgs {
  topic?: string;
  'hide-contacts'?: boolean;
}

const TAG = 'safeguard-signs-checklist';

/** Ticks the first `count` signs the way a reader would (a click each). */
async function tick(canvas: HTMLElement, count: number): Promise<ShadowRoot> {
  const root = shadowOf(canvas, TAG);
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  for (const box of boxes.slice(0, count)) await userEvent.click(box);
  await (root.host as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
  return root;
}

const status = (root: ShadowRoot) => root.querySelector('[role=status]')?.textContent?.replace(/\s+/g, ' ').trim();

// The warning signs as a checklist. Ticking a sign shows what it may mean,
// what a parent can do and who to call. Nothing ticked is saved or sent.
const meta = {
  title: 'Elements/Signs checklist',
  ...elementStories(TAG, {topic: ['child-exploitation', 'sexual-exploitation']}),
  args: {topic: 'child-exploitation', 'hide-contacts': false, 'heading-level': 2},
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The campaign's "See the signs" list, nothing ticked yet. */
export const ChildExploitation: Story = {name: 'Child exploitation'};

/** Child sexual exploitation: the "may" list and the things you may notice. */
export const SexualExploitation: Story = {
  name: 'Sexual exploitation',
  args: {topic: 'sexual-exploitation'},
};

/** Three signs ticked: the result says what to do and who to call. */
export const SignsTicked: Story = {
  name: 'Signs ticked',
  play: async ({canvasElement}) => {
    const root = await tick(canvasElement, 3);
    await expect(status(root)).toMatch(/^3 of \d+ signs ticked/);
    await expect(root.querySelector('[part=result]')).not.toBeNull();
  },
};

/** Sexual exploitation with two signs ticked. */
export const SexualExploitationTicked: Story = {
  name: 'Sexual exploitation, signs ticked',
  args: {topic: 'sexual-exploitation'},
  play: SignsTicked.play,
};

/** With `hide-contacts` the result leaves out who to contact (the page shows it elsewhere). */
export const HideContacts: Story = {
  name: 'Signs ticked, contacts hidden',
  args: {'hide-contacts': true},
  play: async ({canvasElement}) => {
    const root = await tick(canvasElement, 1);
    await expect(root.querySelector('safeguard-report-contact')).toBeNull();
  },
};

/** After "Clear my answers": every box empty and a message says so. */
export const Cleared: Story = {
  name: 'Answers cleared',
  play: async ({canvasElement}) => {
    const root = await tick(canvasElement, 2);
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part=clear]')!);
    await (root.host as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    await expect(status(root)).toMatch(/^Your answers are cleared\. 0 of \d+ signs ticked/);
  },
};

/** In a 320 px column, with a sign ticked. */
export const OnAPhone: Story = {
  name: 'On a phone (320 px), sign ticked',
  decorators: [phoneWidth],
  play: async ({canvasElement}) => {
    await tick(canvasElement, 1);
  },
};
