import {defineOnce} from '../internal/define.js';
import {SafeguardCampaignBanner} from './campaign-banner.js';

defineOnce('safeguard-campaign-banner', SafeguardCampaignBanner);

declare global {
  interface HTMLElementTagNameMap {
    'safeguard-campaign-banner': SafeguardCampaignBanner;
  }
}

// The events' types (HTMLElementEventMap), for anyone who imports this module.
export type {SafeguardEventDetails} from '../internal/events.js';
export {SafeguardCampaignBanner};
