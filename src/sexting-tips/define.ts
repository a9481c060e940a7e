import {defineOnce} from '../internal/define.js';
import {SafeguardSextingTips} from './sexting-tips.js';

defineOnce('safeguard-sexting-tips', SafeguardSextingTips);

declare global {
  interface HTMLElementTagNameMap {
    'safeguard-sexting-tips': SafeguardSextingTips;
  }
}

export {SafeguardSextingTips};
