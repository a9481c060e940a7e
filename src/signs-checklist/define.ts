import {defineOnce} from '../internal/define.js';
import {SafeguardSignsChecklist} from './signs-checklist.js';

defineOnce('safeguard-signs-checklist', SafeguardSignsChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'safeguard-signs-checklist': SafeguardSignsChecklist;
  }
}

// The events' types (HTMLElementEventMap), for anyone who imports this module.
export type {SafeguardEventDetails} from '../internal/events.js';
export {SafeguardSignsChecklist};
