import {html} from 'lit';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/topic-guide/define.js';
import {elementStories, exampleStory, type HeadingArgs} from './support.js';

interface Args extends HeadingArgs {
  topic?: string;
}

const TAG = 'safeguard-topic-guide';

// One subject explained: what it is, the signs, what is done locally and
// who to contact. It is built from the other elements.
const meta = {
  title: 'Elements/Topic guide',
  ...elementStories(TAG),
  args: {topic: 'child-exploitation', 'heading-level': 2},
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The default: child exploitation, with the signs as the checklist. */
export const ChildExploitation: Story = exampleStory('topic-guide/child-exploitation');

/** Child sexual exploitation, with its checklist and Operation Liberal. */
export const SexualExploitation: Story = exampleStory('topic-guide/sexual-exploitation');

/** Extremism and Prevent: no list of signs in the sources, so none is shown. */
export const Extremism: Story = exampleStory('topic-guide/extremism');

/** Modern slavery: what to call about and the helpline. */
export const ModernSlavery: Story = exampleStory('topic-guide/modern-slavery');

/** Sexting: the sexting tips at the guide's heading level. */
export const Sexting: Story = exampleStory('topic-guide/sexting');

/** Inside a page whose outline already has an h1 and h2: the guide starts at h3. */
export const HeadingLevel3: Story = exampleStory('topic-guide/heading-level-3', {
  decorators: [(story) => html`<h1>Keeping children safe</h1><h2>Guides</h2>${story()}`],
});
