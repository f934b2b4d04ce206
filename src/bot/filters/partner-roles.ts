import type { MiddlewareFn } from 'grammy';
import { noteRepresentativeTelegramLanguage } from '../../domain/partners/representatives.js';
import { representativeOf, roleOf } from '../../domain/roles.js';
import type { BotContext } from '../context.js';
import { ourLocale } from '../i18n.js';
import { refuse } from './roles.js';

/**
 * A partner's representative only (their own partner's things; see roles.ts
 * representativeOf). Put in front of every representative command and callback.
 * Sets ctx.partnerRole.
 */
export const requireRepresentative = (): MiddlewareFn<BotContext> => async (ctx, next) => {
  const partnerRole = ctx.from ? await representativeOf(ctx.from.id) : null;
  if (!partnerRole) return refuse(ctx, 'not-allowed-representative');
  ctx.partnerRole = partnerRole;
  // Their notices come in it until they choose one with /language (as staff: roles.ts).
  await noteRepresentativeTelegramLanguage(ctx.from!.id, ourLocale(ctx.from!.language_code));
  return next();
};

/**
 * A coordinator (every partner) or a representative (their own partner only:
 * the screen's `load` checks the partner id with canActFor). Sets ctx.role or ctx.partnerRole.
 */
export const requirePartnerAccess = (): MiddlewareFn<BotContext> => async (ctx, next) => {
  if (!ctx.from) return refuse(ctx);
  const role = await roleOf(ctx.from.id, ctx.deps.config.ADMIN_IDS);
  if (role?.kind === 'coordinator') {
    ctx.role = role;
    return next();
  }
  const partnerRole = await representativeOf(ctx.from.id);
  if (!partnerRole) return refuse(ctx);
  ctx.partnerRole = partnerRole;
  await noteRepresentativeTelegramLanguage(ctx.from.id, ourLocale(ctx.from.language_code));
  return next();
};

/** After requirePartnerAccess: may this person act for this partner? */
export const canActFor = (ctx: BotContext, partnerId: string) => ctx.role?.kind === 'coordinator' || ctx.partnerRole?.partnerId === partnerId;
