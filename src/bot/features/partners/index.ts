import type { Composer, MiddlewareFn } from 'grammy';
import type { BotContext } from '../../context.js';
import type { Translator } from '../../i18n.js';
import { addReferralFeature } from './add-referral.js';
import { partnersAdminFeature } from './admin.js';
import { closedGroupsFeature } from './closed-groups.js';
import { linkFeature } from './link.js';
import { referralsFeature } from './referrals.js';
import { requestsFeature } from './requests.js';

/** Partner organizations: /partners (coordinators), /link and /referrals (representatives), /requests (staff). */
export function partnersFeatures(i18n: Translator): Array<Composer<BotContext> | MiddlewareFn<BotContext>> {
  return [partnersAdminFeature(i18n), linkFeature(), referralsFeature(), requestsFeature(), addReferralFeature(), closedGroupsFeature()];
}
