import {html} from 'lit';
import {msg} from '@lit/localize';
import {campaignFigure} from '../internal/localization.js';

/** The "Is Your Child Safe?" campaign (docs/sources/is-your-child-safe-campaign.txt). */
export const campaign = {
  name: () =>
    msg('Is Your Child Safe?', {
      desc: 'Name of the campaign, shown as the banner’s heading. A question to parents, in the second person.',
    }),
  /** Why it matters, in one plain sentence. */
  why: () =>
    msg('Children who go missing often are much more at risk of being exploited.', {
      desc: 'Banner: why the campaign matters. “Go missing often” means run away or not come home, again and again.',
    }),
  /**
   * The figure, with the period it covers (the campaign's "last 12 months
   * (July 2022 – June 2023), 3576 children"); the number is in `<strong>`
   * so it can stand out. Number and months are formatted for each locale
   * when the library is built (src/content/campaign-figure.json): each
   * translation's module brings its own.
   */
  figure: () => {
    const {count, period} = campaignFigure();
    return msg(
      html`<strong>${count}</strong> children were reported missing to Hampshire and Isle of Wight Constabulary in 12 months (${period}).`,
      {
        desc: 'Banner: a fact from the police. The first placeholder is the number 3,576 (children), already formatted; the second is the period July 2022 – June 2023, already formatted. Keep both placeholders and the number 12.',
      }
    );
  },
  /** Who runs the campaign, with their exact names. */
  partners: () =>
    msg('This campaign is run by the Office of the Police and Crime Commissioner’s Violence Reduction Unit. Its partners are Hampshire County Council, Isle of Wight Council, Portsmouth City Council and Southampton City Council.', {
      desc: 'Banner, small print: who runs the campaign. Translate the kinds of body (office, unit, council); keep the place names Hampshire, Isle of Wight, Portsmouth and Southampton in Latin letters.',
    }),
  callToAction: () =>
    msg('See the signs', {
      desc: 'Banner: the link to the list of warning signs. An invitation, two or three words.',
    }),
};
