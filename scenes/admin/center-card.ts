import { InlineKeyboard } from 'grammy';
import type { TranslateFlavor } from '../shared/context.js';
import { timeZoneWords } from '../shared/time-zone-words.js';

export { timeZoneWords };
import type { AdminCenter, CenterFields } from '../../src/domain/centers-admin.js';

/**
 * The texts and buttons of /centers, shared by the feature (list, card,
 * deactivate) and the add/edit conversation (preview, saved card).
 * Callback data: ctr:list, ctr:add, ctr:c:<id>, ctr:edit:<id>, ctr:off:<id>, ctr:on:<id>.
 */
export const CTR = 'ctr';

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

export function centerCardText(ctx: TranslateFlavor, center: AdminCenter, waiting: number): string {
  return [
    centerDetails(ctx, center),
    ctx.t(center.active ? 'adm-ctr-status-active' : 'adm-ctr-status-inactive'),
    ctx.t('adm-ctr-waiting', { count: waiting }),
  ].join('\n');
}

export function centerCardKeyboard(ctx: TranslateFlavor, center: AdminCenter): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t('adm-ctr-btn-edit'), `${CTR}:edit:${center.id}`)
    .row()
    .text(ctx.t(center.active ? 'adm-ctr-btn-deactivate' : 'adm-ctr-btn-reactivate'), `${CTR}:${center.active ? 'off' : 'on'}:${center.id}`)
    .row()
    .text(ctx.t('btn-back'), `${CTR}:list`);
}

/** One button per center (⏸ marks an inactive one), then "Add a center". */
export function centerListKeyboard(ctx: TranslateFlavor, centers: AdminCenter[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const c of centers) keyboard.text(`${c.active ? '' : '⏸ '}${c.town}: ${c.name}`, `${CTR}:c:${c.id}`).row();
  return keyboard.text(ctx.t('adm-ctr-btn-add'), `${CTR}:add`);
}
