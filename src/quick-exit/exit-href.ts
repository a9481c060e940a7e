/**
 * Where the quick exit goes unless the page says otherwise (as on GOV.UK).
 * A module of its own, without Lit, so that the embed-code builder can
 * write the same address into the link a page shows without JavaScript.
 */
export const DEFAULT_EXIT_HREF = 'https://www.bbc.co.uk/weather';
