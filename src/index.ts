/**
 * safeguarding-widgets: importing this module defines every element.
 */
export * from './report-contact/define.js';
export * from './quick-exit/define.js';
export * from './campaign-banner/define.js';
