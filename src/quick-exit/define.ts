import {defineOnce} from '../internal/define.js';
import {SafeguardQuickExit} from './quick-exit.js';

defineOnce('safeguard-quick-exit', SafeguardQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'safeguard-quick-exit': SafeguardQuickExit;
  }
}

export {SafeguardQuickExit};
