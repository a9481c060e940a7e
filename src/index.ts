/**
 * safeguarding-widgets: importing this module defines every element.
 */
export * from './report-contact/define.js';
export * from './quick-exit/define.js';
export * from './campaign-banner/define.js';
export * from './signs-checklist/define.js';
export * from './sexting-tips/define.js';
export * from './topic-guide/define.js';
import {startPlacement} from './internal/placement.js';
export {mountPlacements} from './internal/placement.js';
export {setLocale, LOCALES} from './internal/localization.js';

// Elements are defined by the imports above; now turn any CMS-safe
// `<div data-safeguard="...">` markup into elements.
startPlacement();
