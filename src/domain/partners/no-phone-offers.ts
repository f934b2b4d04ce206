import { CallTaskModel } from '../../db/models/call-task.js';
import { CitizenModel } from '../../db/models/citizen.js';
import { ClassGroupModel } from '../../db/models/class-group.js';
import { PartnerRepresentativeModel } from '../../db/models/partner-representative.js';
import { WaitlistEntryModel } from '../../db/models/waitlist-entry.js';
import type { Locale } from '../../notify/notifier.js';
import type { OutboxItem } from '../../outbox/index.js';
import { offerVars } from '../offer-messages.js';
import { singleLine } from '../text.js';
import { representativeLanguage } from './representatives.js';

/**
 * A seat offered to a partner's person without Telegram, as a call task (call-digests.ts). With neither a phone nor
 * Telegram (walk29 W29-12): the librarians see them only if they walk in, and there is nothing to dial, so the partner
 * who registered them (and sees them) is the way to them. Each of the partner's representatives gets one message per
 * person: who, which group, until when, and how (their own group: /groups; a library's: come in or call the library).
 * With a phone (fix36d, after walk34 W34-17): the library calls, and the partner is told so, not asked, in one short
 * line per offer (the task is the offer's), else it heard of the seat only in /referrals. Named, so about the person
 * (/forget finds it).
 */
export async function partnerOfferNotices(taskIds: string[]): Promise<OutboxItem[]> {
  if (taskIds.length === 0) return [];
  const tasks = await CallTaskModel.find({ _id: { $in: taskIds }, kind: 'offer' }, { entryId: 1, citizenId: 1, groupId: 1, offeredAt: 1, expiresAt: 1 }).lean();
  const entries = await WaitlistEntryModel.find({ _id: { $in: tasks.map((t) => t.entryId) }, partnerId: { $exists: true } }, { partnerId: 1 }).lean();
  if (entries.length === 0) return [];
  const people = await CitizenModel.find({ _id: { $in: tasks.flatMap((t) => (typeof t.citizenId === 'number' ? [t.citizenId] : [])) } }, { name: 1, phone: 1 }).lean();
  const items: OutboxItem[] = [];
  for (const task of tasks) {
    const partnerId = entries.find((e) => String(e._id) === String(task.entryId))?.partnerId;
    const person = people.find((p) => p._id === task.citizenId);
    if (!partnerId || !person || !task.groupId) continue;
    const group = await ClassGroupModel.findById(task.groupId, { partnerId: 1 }).lean();
    const own = group?.partnerId && String(group.partnerId) === String(partnerId) ? 'yes' : 'no';
    const reps = await PartnerRepresentativeModel.find({ partnerId }, { language: 1, telegramLanguage: 1 }).lean();
    for (const rep of reps) {
      const language = await languageOf(rep._id, representativeLanguage(rep));
      const vars = await offerVars(String(task.groupId), language, task.expiresAt ?? undefined, task.offeredAt ?? undefined);
      const name = singleLine(person.name);
      const about = { citizenId: rep._id, aboutCitizenId: person._id, priority: 'personal' as const };
      if (person.phone) {
        const called = { name, course: vars.course ?? '', center: vars.center ?? '', until: vars.until ?? '' };
        items.push({ ...about, key: `prt-called:${String(task._id)}:${rep._id}`, message: { text: { key: 'fix36d-partner-offer-called', vars: called } } });
      } else items.push({ ...about, key: `prt-nophone:${String(task._id)}:${rep._id}`, message: { text: { key: 'fix29i-partner-offer', vars: { ...vars, name, own } } } });
    }
  }
  return items;
}

/** A representative's language: the citizen's when they are one too, else the one they chose (as requests.ts wordsFor). */
async function languageOf(repId: number, chosen?: string | null): Promise<Locale> {
  const citizen = await CitizenModel.findById(repId, { language: 1 }).lean();
  return (citizen ? citizen.language : chosen) === 'en' ? 'en' : 'ru';
}
