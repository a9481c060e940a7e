import {defineOnce} from '../internal/define.js';
import {SafeguardQuickExit} from './quick-exit.js';

defineOnce('safeguard-quick-exit', SafeguardQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'safeguard-quick-exit': SafeguardQuickExit;
  }
}

// The events' types (HTMLElementEventMap), for anyone who imports this module.
export type {SafeguardEventDetails} from '../internal/events.js';
export {SafeguardQuickExit};
