import {html} from 'lit';
import {msg} from '@lit/localize';

/** The "Is Your Child Safe?" campaign (is-your-child-safe-campaign.txt). */
export const campaign = {
  name: () => msg('Is Your Child Safe?'),
  /** Why it matters, in one plain sentence. */
  why: () =>
    msg('Children who go missing often are much more at risk of being exploited.'),
  /** The figure, with the period it covers; the number is in `<strong>` so it can stand out. */
  figure: () =>
    msg(
      html`<strong>3,576</strong> children were reported missing to Hampshire and Isle of Wight Constabulary between July 2022 and June 2023.`
    ),
  /** Who runs the campaign, with their exact names. */
  partners: () =>
    msg('This campaign is run by the Office of the Police and Crime Commissioner’s Violence Reduction Unit. Its partners are Hampshire County Council, Isle of Wight Council, Portsmouth City Council and Southampton City Council.'),
  callToAction: () => msg('See the signs'),
};
