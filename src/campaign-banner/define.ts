import {defineOnce} from '../internal/define.js';
import {SafeguardCampaignBanner} from './campaign-banner.js';

defineOnce('safeguard-campaign-banner', SafeguardCampaignBanner);

declare global {
  interface HTMLElementTagNameMap {
    'safeguard-campaign-banner': SafeguardCampaignBanner;
  }
}

export {SafeguardCampaignBanner};
