import { createHash } from 'node:crypto';
import { CallTaskModel } from '../../db/models/call-task.js';
import { CitizenModel } from '../../db/models/citizen.js';
import { ClassGroupModel } from '../../db/models/class-group.js';
import { PartnerRepresentativeModel } from '../../db/models/partner-representative.js';
import { WaitlistEntryModel } from '../../db/models/waitlist-entry.js';
import type { Locale } from '../../notify/notifier.js';
import type { OutboxItem } from '../../outbox/index.js';
import { centerPlaceOf } from '../center-names.js';
import { offerVars } from '../offer-messages.js';
import { initialled } from '../person-names.js';
import { singleLine } from '../text.js';
import { representativeLanguage } from './representatives.js';

/**
 * A seat offered to a partner's person without Telegram, as a call task (call-digests.ts). With neither a phone nor
 * Telegram (walk29 W29-12): the librarians see them only if they walk in, and there is nothing to dial, so the partner
 * who registered them (and sees them) is the way to them. Each of the partner's representatives gets one message per
 * person: who, which group, until when, and how (their own group: /groups; a library's: come in or call the library).
 * With a phone (fix36d, after walk34 W34-17): the library calls, and the partner is told so, not asked: one short line
 * for one person; the seats one round offered together (`taskIds`, one group) in one message listing its own people
 * (fix38c: a group of 12 opened for a partner's request was 12 messages). Named, so about the person (/forget finds it).
 */
export async function partnerOfferNotices(taskIds: string[], toldAtDesk?: ToldAtDesk): Promise<OutboxItem[]> {
  if (taskIds.length === 0) return [];
  const tasks = await CallTaskModel.find({ _id: { $in: taskIds }, kind: 'offer' }, { entryId: 1, citizenId: 1, groupId: 1, offeredAt: 1, expiresAt: 1 }).lean();
  const entries = await WaitlistEntryModel.find({ _id: { $in: tasks.map((t) => t.entryId) }, partnerId: { $exists: true } }, { partnerId: 1 }).lean();
  if (entries.length === 0) return [];
  const people = await CitizenModel.find({ _id: { $in: tasks.flatMap((t) => (typeof t.citizenId === 'number' ? [t.citizenId] : [])) } }, { name: 1, phone: 1 }).lean();
  const items: OutboxItem[] = [];
  const called = new Map<string, CalledRound>();
  for (const task of tasks) {
    const partnerId = entries.find((e) => String(e._id) === String(task.entryId))?.partnerId;
    const person = people.find((p) => p._id === task.citizenId);
    if (!partnerId || !person || !task.groupId) continue;
    if (person.phone) {
      // One round per partner and group (and deadline): what the library phones about together.
      const round = `${String(partnerId)}:${String(task.groupId)}:${task.expiresAt?.getTime() ?? ''}`;
      const seat = { taskId: String(task._id), entryId: String(task.entryId), citizenId: person._id, name: person.name };
      if (!called.has(round)) called.set(round, { partnerId: String(partnerId), groupId: String(task.groupId), expiresAt: task.expiresAt ?? undefined, offeredAt: task.offeredAt ?? undefined, seats: [] });
      called.get(round)!.seats.push(seat);
      continue;
    }
    const group = await ClassGroupModel.findById(task.groupId, { partnerId: 1 }).lean();
    const own = group?.partnerId && String(group.partnerId) === String(partnerId) ? 'yes' : 'no';
    const reps = await PartnerRepresentativeModel.find({ partnerId }, { language: 1, telegramLanguage: 1 }).lean();
    for (const rep of reps) {
      const language = await languageOf(rep._id, representativeLanguage(rep));
      const vars = await partnerOfferVars(String(task.groupId), language, task.expiresAt ?? undefined, task.offeredAt ?? undefined);
      const about = { citizenId: rep._id, aboutCitizenId: person._id, priority: 'personal' as const };
      items.push({ ...about, key: `prt-nophone:${String(task._id)}:${rep._id}`, message: { text: { key: 'partner-offer', vars: { ...vars, name: singleLine(person.name), own } } } });
    }
  }
  for (const round of called.values()) items.push(...(await calledNotices(round, toldAtDesk)));
  return items;
}

/** The representative who registered this entry at the desk just now (OfferOptions.toldAtDesk). */
type ToldAtDesk = { entryId: string; by: number };

interface CalledRound {
  partnerId: string;
  groupId: string;
  expiresAt: Date | undefined;
  offeredAt: Date | undefined;
  seats: Array<{ taskId: string; entryId: string; citizenId: number; name: string }>;
}

/**
 * Names one message lists; the rest are counted and are in /referrals. Twelve short names and the message's own words
 * stay within the 60 words a staff screen may have, and far within Telegram's 4,096 characters.
 */
export const CALLED_NAMES_SHOWN = 12;

/**
 * The representatives' messages about one round of seats the library phones for. One seat: the line of fix36d, as
 * before. Several: one message each, the names one a line (typed text cannot pass for another line), as initials
 * after the first word: the partner knows its people. Its key is the round's (its tasks), so a repeat adds nothing,
 * and names the listed people's entries, so /forget of any of them finds the message (forgetRecipientInOutbox reads
 * keys for entry ids) and strips it: one outbox item cannot be about several people.
 */
async function calledNotices(round: CalledRound, toldAtDesk?: ToldAtDesk): Promise<OutboxItem[]> {
  const items: OutboxItem[] = [];
  const seats = [...round.seats].sort((a, b) => a.name.localeCompare(b.name, 'ru'));
  const shown = seats.slice(0, CALLED_NAMES_SHOWN);
  const roundKey = createHash('sha256').update(seats.map((s) => s.taskId).sort().join(',')).digest('hex').slice(0, 20);
  for (const rep of await PartnerRepresentativeModel.find({ partnerId: round.partnerId }, { language: 1, telegramLanguage: 1 }).lean()) {
    const language = await languageOf(rep._id, representativeLanguage(rep));
    const vars = await partnerOfferVars(round.groupId, language, round.expiresAt, round.offeredAt);
    const where = { course: vars.course ?? '', center: vars.center ?? '', until: vars.until ?? '' };
    if (seats.length === 1) {
      const [seat] = seats as [CalledRound['seats'][number]];
      // She registered this person a moment ago and /add's answer told her of the seat (walk40 L2); colleagues are told.
      if (toldAtDesk && seat.entryId === toldAtDesk.entryId && rep._id === toldAtDesk.by) continue;
      const called = { ...where, name: singleLine(seat.name) };
      items.push({ key: `prt-called:${seat.taskId}:${rep._id}`, citizenId: rep._id, aboutCitizenId: seat.citizenId, priority: 'personal', message: { text: { key: 'partner-offer-called', vars: called } } });
      continue;
    }
    const names = shown.map((s) => initialled(s.name)).join('\n');
    items.push({
      key: `prt-called-list:${roundKey}:${rep._id}:${shown.map((s) => s.entryId).join(':')}`,
      citizenId: rep._id,
      priority: 'personal',
      message: { text: { key: 'partner-offers-called', vars: { ...where, names, more: seats.length - shown.length } } },
    });
  }
  return items;
}

/**
 * The offer's words for a partner: the center said as the library's staff read it («Мариинск, Центральная районная
 * библиотека»: centerPlaceOf), so the partner and the coordinator name one place the same way (fix39c).
 */
async function partnerOfferVars(groupId: string, language: Locale, expiresAt?: Date, now?: Date): Promise<Record<string, string | number>> {
  const vars = await offerVars(groupId, language, expiresAt, now);
  const group = await ClassGroupModel.findById(groupId, { centerId: 1 }).lean();
  return group ? { ...vars, ...(await centerPlaceOf(group.centerId, language)) } : vars;
}

/** A representative's language: the citizen's when they are one too, else the one they chose (as requests.ts wordsFor). */
async function languageOf(repId: number, chosen?: string | null): Promise<Locale> {
  const citizen = await CitizenModel.findById(repId, { language: 1 }).lean();
  return (citizen ? citizen.language : chosen) === 'en' ? 'en' : 'ru';
}
