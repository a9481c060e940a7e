import {defineOnce} from '../internal/define.js';
import {SafeguardReportContact} from './report-contact.js';

defineOnce('safeguard-report-contact', SafeguardReportContact);

declare global {
  interface HTMLElementTagNameMap {
    'safeguard-report-contact': SafeguardReportContact;
  }
}

export {SafeguardReportContact};
