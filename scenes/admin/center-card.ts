import { InlineKeyboard } from 'grammy';
import { centerCardData } from '../../src/domain/center-card-data.js';
import type { AdminCenter, CenterFields } from '../../src/domain/centers-admin.js';
import { openingAhead, sayReopening } from '../../src/domain/planned-reopening.js';
import type { TranslateFlavor } from '../shared/context.js';
import { timeZoneWords } from '../shared/time-zone-words.js';

export { timeZoneWords };

/**
 * The texts of /centers, shared by the feature (list, card, deactivate) and the
 * add/edit conversation (preview, saved card), and the saved card's buttons.
 */

export { centerCardData };

export function centerDetails(ctx: TranslateFlavor, c: Partial<CenterFields>): string {
  const en = c.en ?? {};
  const english = [en.name, en.town, en.address, en.hours].some(Boolean)
    ? ctx.t('adm-ctr-details-en', { name: en.name || '—', town: en.town || '—', address: en.address || '—', hours: en.hours || '—' })
    : ctx.t('adm-ctr-details-no-en');
  return `${centerDetailsRu(ctx, c)}\n${english}`;
}

function centerDetailsRu(ctx: TranslateFlavor, c: Partial<CenterFields>): string {
  return ctx.t('adm-ctr-details', {
    name: c.name ?? '—',
    town: c.town ?? '—',
    address: c.address ?? '—',
    location: c.latitude !== undefined && c.longitude !== undefined ? `${c.latitude.toFixed(5)}, ${c.longitude.toFixed(5)}` : '—',
    phone: c.phone ?? '—',
    hours: c.hours ?? '—',
    timeZone: c.timeZone ? timeZoneWords(ctx, c.timeZone) : '—',
  });
}

/**
 * A new center's opening day (walk34 W34-10) on its preview and card, while it is ahead; '' («уже работает») is said
 * on the preview of a new one only, and an opening gone by says nothing.
 */
export function openingLine(ctx: TranslateFlavor, c: Partial<CenterFields>, now: Date): string {
  if (c.opensOn === '') return ctx.t('adm-open-now');
  const day = c.timeZone ? openingAhead({ opensOn: c.opensOn, timeZone: c.timeZone }, now) : undefined;
  return day ? ctx.t('adm-opens', { date: sayReopening(day, ctx.locale, now) }) : '';
}

export function centerCardText(ctx: TranslateFlavor, center: AdminCenter, waiting: number, librarians: number, now: Date): string {
  return [
    centerDetails(ctx, center),
    center.active ? ctx.t('adm-ctr-status-active') : ctx.t(center.reopensOn ? 'adm-ctr-status-inactive-until' : 'adm-ctr-status-inactive', { date: sayReopening(center.reopensOn, ctx.locale) }),
    openingLine(ctx, center, now),
    // Hidden: only sign-ups stop; the groups' lessons go on unless moved (W29-15).
    center.active ? '' : ctx.t('adm-ctr-hide-lessons'),
    ctx.t('adm-ctr-waiting', { count: waiting }),
    // A new center has nobody to open its groups or phone its people: said on its card until someone is added (walk s21 #16).
    librarians > 0 ? ctx.t('adm-ctr-librarians', { count: librarians }) : ctx.t('adm-ctr-no-librarians'),
  ].filter(Boolean).join('\n');
}

export function centerCardKeyboard(ctx: TranslateFlavor, center: AdminCenter): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t('adm-ctr-btn-edit'), centerCardData.pack('edit', center.id))
    .row()
    .text(ctx.t(center.active ? 'adm-ctr-btn-deactivate' : 'adm-ctr-btn-reactivate'), centerCardData.pack(center.active ? 'off' : 'on', center.id))
    .row()
    .text(ctx.t('btn-back'), centerCardData.pack('list'));
}
