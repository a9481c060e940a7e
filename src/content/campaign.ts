import {msg} from '@lit/localize';

/** The "Is Your Child Safe?" campaign (is-your-child-safe-campaign.txt). */
export const campaign = {
  name: () => msg('Is Your Child Safe?'),
  why: () =>
    msg('Children who go missing are the most at risk of exploitation. Going missing is often the most common sign that something is wrong.'),
  /** The figure, with the period it covers. */
  figure: () =>
    msg('3,576 children were reported missing to Hampshire and Isle of Wight Constabulary between July 2022 and June 2023.'),
  partners: () =>
    msg('From the Office of the Police and Crime Commissioner’s Violence Reduction Unit, with Hampshire County Council, Isle of Wight Council, Portsmouth City Council and Southampton City Council.'),
  callToAction: () => msg('See the signs'),
};
