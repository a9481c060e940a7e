/**
 * safeguarding-widgets: importing this module defines every element.
 */
export * from './report-contact/define.js';
