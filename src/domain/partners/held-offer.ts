import { ClassGroupModel } from '../../db/models/class-group.js';
import { WaitlistEntryModel } from '../../db/models/waitlist-entry.js';
import type { Locale } from '../../notify/notifier.js';
import { isObjectId } from '../ids.js';
import { offerVars } from '../offer-messages.js';

/**
 * A seat of a library's group offered to this entry (a person without Telegram a representative has just added
 * with /add): the offer's variables (course, where, lessons, until when, the center's phone), so the representative,
 * who may have the person beside her, is told a seat is waiting and until when (walk s21 W21-22). Undefined when
 * nothing is offered, or the seat is in the organization's own group (add-person.ts asks to put them in).
 */
export async function libraryOfferHeldFor(entryId: string, now: Date, locale: Locale): Promise<Record<string, string | number> | undefined> {
  if (!isObjectId(entryId)) return undefined;
  const entry = await WaitlistEntryModel.findOne({ _id: entryId, status: 'offered' }, { offer: 1 }).lean();
  const groupId = entry?.offer?.groupId;
  const expiresAt = entry?.offer?.expiresAt;
  if (!groupId || !expiresAt || expiresAt <= now) return undefined;
  const group = await ClassGroupModel.findById(groupId, { partnerId: 1 }).lean();
  if (!group || group.partnerId) return undefined;
  return offerVars(String(groupId), locale, expiresAt, now);
}
