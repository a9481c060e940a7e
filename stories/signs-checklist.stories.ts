import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/signs-checklist/define.js';
import {elementStories, exampleStory, phoneWidth, type HeadingArgs} from './support.js';

interface Args extends HeadingArgs {
  topic?: string;
  'hide-contacts'?: boolean;
}

const TAG = 'safeguard-signs-checklist';

// The warning signs as a checklist. Ticking a sign shows what it may mean,
// what a parent can do and who to call. Nothing ticked is saved or sent.
const meta = {
  title: 'Elements/Signs checklist',
  ...elementStories(TAG),
  args: {topic: 'child-exploitation', 'hide-contacts': false, 'heading-level': 2},
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The campaign's "See the signs" list, nothing ticked yet. */
export const ChildExploitation: Story = exampleStory('signs-checklist/child-exploitation');

/** Child sexual exploitation: the "may" list and the things you may notice. */
export const SexualExploitation: Story = exampleStory('signs-checklist/sexual-exploitation');

/** Three signs ticked: the result says what to do and who to call. */
export const Ticked: Story = exampleStory('signs-checklist/ticked');

/** Sexual exploitation with three signs ticked. */
export const SexualExploitationTicked: Story = exampleStory('signs-checklist/sexual-exploitation-ticked');

/** With `hide-contacts` the result leaves out who to contact (the page shows it elsewhere). */
export const HideContacts: Story = exampleStory('signs-checklist/hide-contacts');

/** After "Clear my answers": every box empty and a message says so. */
export const Cleared: Story = exampleStory('signs-checklist/cleared');

/** In a 320 px column, with three signs ticked. */
export const OnAPhone: Story = exampleStory('signs-checklist/ticked', {
  name: 'On a phone (320 px), signs ticked',
  decorators: [phoneWidth],
});
