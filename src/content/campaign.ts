import {html} from 'lit';
import {msg} from '@lit/localize';
import {campaignFigure, plural} from '../internal/localization.js';
import {MISSING_CHILDREN, type CampaignFigure} from '../generated/campaign-figure.js';

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
   * (July 2022 – June 2023), 3576 children"), in the grammar its number
   * takes in the rendered locale; the number is in `<strong>` so it can
   * stand out. Number and months are formatted for each locale when the
   * library is built (src/content/campaign-figure.json): each translation's
   * module brings its own. `figure` and `children` are for tests.
   */
  figure: ({count, period}: CampaignFigure = campaignFigure(), children = MISSING_CHILDREN) =>
    plural(children, {
      zero: () =>
        msg(html`<strong>${count}</strong> children were reported missing to Hampshire and Isle of Wight Constabulary in 12 months (${period}).`, {
          id: 'campaign-figure-zero',
          desc: 'Banner: a fact from the police. First placeholder: the number of children (3,576), already formatted, which picks this form; second: the period July 2022 – June 2023, already formatted. Keep both placeholders and the number 12. A language that does not use this plural category never shows it: copy your “other” form. Category “zero” (for example Welsh and Arabic 0).',
        }),
      one: () =>
        msg(html`<strong>${count}</strong> children were reported missing to Hampshire and Isle of Wight Constabulary in 12 months (${period}).`, {
          id: 'campaign-figure-one',
          desc: 'Banner: a fact from the police. First placeholder: the number of children (3,576), already formatted, which picks this form; second: the period July 2022 – June 2023, already formatted. Keep both placeholders and the number 12. A language that does not use this plural category never shows it: copy your “other” form. Category “one” (English 1; Polish 1; Arabic 1).',
        }),
      two: () =>
        msg(html`<strong>${count}</strong> children were reported missing to Hampshire and Isle of Wight Constabulary in 12 months (${period}).`, {
          id: 'campaign-figure-two',
          desc: 'Banner: a fact from the police. First placeholder: the number of children (3,576), already formatted, which picks this form; second: the period July 2022 – June 2023, already formatted. Keep both placeholders and the number 12. A language that does not use this plural category never shows it: copy your “other” form. Category “two” (Welsh and Arabic 2).',
        }),
      few: () =>
        msg(html`<strong>${count}</strong> children were reported missing to Hampshire and Isle of Wight Constabulary in 12 months (${period}).`, {
          id: 'campaign-figure-few',
          desc: 'Banner: a fact from the police. First placeholder: the number of children (3,576), already formatted, which picks this form; second: the period July 2022 – June 2023, already formatted. Keep both placeholders and the number 12. A language that does not use this plural category never shows it: copy your “other” form. Category “few” (Polish 2-4; Romanian 0, 2-19; Welsh 3; Arabic 3-10; Ukrainian 2-4).',
        }),
      many: () =>
        msg(html`<strong>${count}</strong> children were reported missing to Hampshire and Isle of Wight Constabulary in 12 months (${period}).`, {
          id: 'campaign-figure-many',
          desc: 'Banner: a fact from the police. First placeholder: the number of children (3,576), already formatted, which picks this form; second: the period July 2022 – June 2023, already formatted. Keep both placeholders and the number 12. A language that does not use this plural category never shows it: copy your “other” form. Category “many” (Polish 5-21; Welsh 6; Arabic 11-99; Ukrainian 5-20).',
        }),
      other: () =>
        msg(html`<strong>${count}</strong> children were reported missing to Hampshire and Isle of Wight Constabulary in 12 months (${period}).`, {
          id: 'campaign-figure-other',
          desc: 'Banner: a fact from the police. First placeholder: the number of children (3,576), already formatted, which picks this form; second: the period July 2022 – June 2023, already formatted. Keep both placeholders and the number 12. A language that does not use this plural category never shows it: copy your “other” form. Category “other”: every other number, 3,576 among them in most languages.',
        }),
    }),
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
