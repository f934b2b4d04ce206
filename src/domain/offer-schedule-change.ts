import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { hasTelegram } from '../db/models/citizen.js';
import type { OutboxItem } from '../outbox/index.js';
import { languageOf, offerButtons, offerVars } from './offer-messages.js';
import { whoseRecord, whoseVars } from './whose-record.js';

/**
 * A group's schedule changed while people hold an offer of a seat in it (probe s22 M3): their offer message lists
 * the old lessons, and its "answer by" may have moved earlier with the first lesson (changes.ts). Each of them gets
 * the offer again, with the new lessons, the time to answer now, and the same buttons. People without Telegram
 * are phoned from their call task, which reads the lessons when it is shown.
 */
export async function offerHoldersOfChange(groupId: string, changeId: string, now: Date): Promise<OutboxItem[]> {
  const holders = await WaitlistEntryModel.find(
    { status: 'offered', 'offer.groupId': groupId, 'offer.expiresAt': { $gt: now } },
    { citizenId: 1, offer: 1, timeOfDay: 1 },
  ).lean();
  const items: OutboxItem[] = [];
  for (const entry of holders) {
    if (typeof entry.citizenId !== 'number' || !hasTelegram(entry.citizenId) || !entry.offer?.expiresAt) continue;
    const vars = await offerVars(groupId, await languageOf(entry.citizenId), entry.offer.expiresAt, now, entry.timeOfDay);
    items.push({
      key: `offer-chg:${changeId}:${String(entry._id)}`,
      citizenId: entry.citizenId,
      priority: 'personal',
      message: { text: { key: 'cls-offer-changed', vars: { ...vars, ...whoseVars(await whoseRecord(entry.citizenId)) } }, buttons: offerButtons(String(entry._id)) },
    });
  }
  return items;
}
