// The examples of <safeguard-campaign-banner> (examples/index.js gathers every element's).
import {defineExamples} from '../../examples/define.js';

/** A date `days` from today, as `starts` and `ends` take it. */
const day = (/** @type {number} */ days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export default defineExamples('campaign-banner', [
  {slug: 'full', name: 'Full', attributes: 'href="#signs"', bench: true},
  {slug: 'slim', name: 'Slim', attributes: 'variant="slim" href="#signs"'},
  {slug: 'dismissible', name: 'Dismissible', attributes: 'dismissible href="#signs"'},
  {slug: 'slim-dismissible', name: 'Slim, dismissible', attributes: 'variant="slim" dismissible href="#signs"'},
  {slug: 'partner-wording', name: 'Partner wording', attributes: 'href="#signs" heading="Is your child safe? Talk to us" link-text="Read the warning signs"'},
  {slug: 'no-link', name: 'No link'},
  {slug: 'inside-dates', name: 'Inside its dates', attributes: `href="#signs" starts="${day(-1)}" ends="${day(1)}"`},
  {slug: 'after-dates', name: 'Outside its dates (ended)', attributes: 'href="#signs" starts="2024-01-01" ends="2024-01-31"', empty: true},
]);
