import {defineOnce} from '../internal/define.js';
import {SafeguardSignsChecklist} from './signs-checklist.js';

defineOnce('safeguard-signs-checklist', SafeguardSignsChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'safeguard-signs-checklist': SafeguardSignsChecklist;
  }
}

export {SafeguardSignsChecklist};
