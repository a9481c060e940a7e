import {defineOnce} from '../internal/define.js';
import {SafeguardTopicGuide} from './topic-guide.js';

defineOnce('safeguard-topic-guide', SafeguardTopicGuide);

declare global {
  interface HTMLElementTagNameMap {
    'safeguard-topic-guide': SafeguardTopicGuide;
  }
}

export {SafeguardTopicGuide};
