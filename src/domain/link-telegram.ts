import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { ACTIVE_STATUSES, WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import type { Locale } from '../notify/notifier.js';
import { enqueue, reassignAboutCitizen, type OutboxItem } from '../outbox/index.js';
import { audit } from './audit.js';
import { moveCallTasks } from './call-tasks.js';
import { moveEntriesAndAttendance } from './citizen-records-move.js';
import { reassignShownViews } from './shown-views.js';
import { describeCenter, findCourse } from './catalog.js';
import { centerWords, saysTown } from './center-names.js';
import { offerMessage } from './offer-messages.js';
import { normalizeContactPhone } from './phone.js';
import { dottedDate, toLocal } from './time.js';
import { paperPeopleOn, type PhonePerson } from './shared-phones.js';
import { sameName } from './person-names.js';
import { positionOf } from './waitlist.js';

/**
 * A person registered by staff or imported from a paper list opens the bot
 * (issue 11.4): they share their own contact, see their entries, confirm, and
 * the entries move to their Telegram id. Nothing is stored before they
 * confirm: the bot finds the record by the shared phone, shows it, and the
 * confirm button carries the record's id under a signature (the bot's
 * features) instead of anything kept in a session or conversation.
 */

export interface PaperEntryView {
  course: string;
  center: string;
  /** "05.03.2013" */
  since: string;
  status: 'waiting' | 'offered' | 'enrolled';
  /** Place in line while waiting; 0 otherwise. */
  position: number;
}

export interface PaperRecord {
  /** The negative id of the record without Telegram. */
  paperId: number;
  /** The name staff wrote. */
  name: string;
  /** The phone it was registered with (E.164). */
  phone: string;
  entries: PaperEntryView[];
}

/** Several people registered with one phone: those of them still without Telegram and on a list, oldest first. */
export interface SharedPhone {
  people: PhonePerson[];
  /** The phone (E.164). */
  phone: string;
}

/**
 * One person's two records on this phone (fix38q L6, «apart»): an unlink kept her places in a record without the phone
 * key, since /add had made another of her with it meanwhile. Linking the one the phone finds would leave the other's
 * places where no message reaches her; staff join them first (they were told at the unlink). `twoRecords`: the kept one.
 */
export interface TwoRecords {
  twoRecords: number;
}

/** A record of this phone kept apart by an unlink (its key taken by a namesake of it on the phone), with a place on a list. */
async function apartRecordOn(phone: string, people: PhonePerson[]): Promise<number | undefined> {
  const apart = await CitizenModel.find({ phone, phoneKey: { $exists: false }, _id: { $lt: 0 } }, { name: 1 }).lean();
  const twins = apart.filter((a) => people.some((p) => p.id !== a._id && sameName(p.name, a.name)));
  if (twins.length === 0) return undefined;
  const listed = await WaitlistEntryModel.findOne({ citizenId: { $in: twins.map((a) => a._id) }, status: { $in: ACTIVE_STATUSES } }, { citizenId: 1 }).lean();
  return listed?.citizenId ?? undefined;
}

/**
 * The record without Telegram for this shared phone, with its active entries; null when there is none. When several
 * people were registered with this phone (a couple's landline, a mother on her daughter's number: walk s21 W21-03),
 * the phone cannot say which of them opened the bot, so the person is asked (SharedPhone): linking the wrong one would
 * send one person's offers to the other. Someone on this phone who linked before counts too: the phone is still shared.
 */
export async function findPaperRecord(contactPhone: string, language: Locale): Promise<PaperRecord | SharedPhone | TwoRecords | null> {
  const phone = normalizeContactPhone(contactPhone);
  if (!phone) return null;
  const people = await paperPeopleOn(phone);
  const apart = await apartRecordOn(phone, people);
  if (apart !== undefined) return { twoRecords: apart };
  if (people.length <= 1) return people[0] ? paperRecord(people[0].id, language) : null;
  const onList = await WaitlistEntryModel.distinct('citizenId', { citizenId: { $in: people.filter((p) => !hasTelegram(p.id)).map((p) => p.id) }, status: { $in: ACTIVE_STATUSES } });
  const shared = people.filter((p) => onList.includes(p.id));
  return shared.length > 0 ? { people: shared, phone } : null;
}

/** One record without Telegram (a negative id) with its active entries, as the person confirms it; null when there is none. */
export async function paperRecord(paperId: number, language: Locale): Promise<PaperRecord | null> {
  if (hasTelegram(paperId)) return null;
  const citizen = await CitizenModel.findById(paperId, { name: 1, phone: 1 }).lean();
  if (!citizen?.phone) return null;
  const entries = await WaitlistEntryModel.find({ citizenId: paperId, status: { $in: ACTIVE_STATUSES } }).sort({ joinedAt: 1 }).lean();
  if (entries.length === 0) return null;
  const views: PaperEntryView[] = [];
  for (const e of entries) {
    const [course, center] = await Promise.all([findCourse(e.courseId), describeCenter(e.centerId)]);
    const words = center ? centerWords(center, language) : undefined;
    views.push({
      course: course?.title[language] ?? e.courseId,
      center: words ? (saysTown(words.name, words.town) ? words.name : `${words.name} (${words.town})`) : e.centerId,
      since: dottedDate(toLocal(e.joinedAt, center?.timeZone ?? 'Asia/Novokuznetsk')),
      status: e.status as PaperEntryView['status'],
      position: await positionOf(e),
    });
  }
  return { paperId, name: citizen.name, phone: citizen.phone, entries: views };
}

/** The phone a record without Telegram was registered with (E.164), as its buttons are signed with it; null when it is gone. */
export async function paperPhoneOf(paperId: number): Promise<string | null> {
  if (hasTelegram(paperId)) return null;
  return (await CitizenModel.findById(paperId, { phone: 1 }).lean())?.phone ?? null;
}

/**
 * The phone of the center a record without Telegram is at: its newest active entry's, else its newest entry's (a record
 * that left every list); undefined for a record with no entries left (forgotten, linked) (probe25 L8).
 */
export async function paperCenterPhone(paperId: number): Promise<string | undefined> {
  if (hasTelegram(paperId)) return undefined;
  const newest = (filter: object) => WaitlistEntryModel.findOne({ citizenId: paperId, ...filter }, { centerId: 1 }).sort({ joinedAt: -1 }).lean();
  const entry = (await newest({ status: { $in: ACTIVE_STATUSES } })) ?? (await newest({}));
  return entry ? (await describeCenter(entry.centerId))?.phone : undefined;
}

/** Does this Telegram user already have a place on some list (then the link is not offered)? */
export async function isOnAnyList(telegramId: number): Promise<boolean> {
  return (await WaitlistEntryModel.exists({ citizenId: telegramId, status: { $in: ACTIVE_STATUSES } })) !== null;
}

export type LinkResult =
  | { ok: true; entries: number; offers: number }
  /** The record is gone (linked already, forgotten) or it is not one without Telegram. */
  | { ok: false; reason: 'gone' }
  /** This Telegram account already has entries: staff sort it out (two records of one person). */
  | { ok: false; reason: 'on-list' };

/**
 * Moves the record without Telegram to the Telegram id: its entries (place in
 * line: joinedAt, kept), attendance, call tasks and outbox references; keeps
 * the paper consent and the name staff wrote; deletes the negative record.
 * Open call tasks are cancelled and a pending offer is sent to the person in
 * Telegram. Every step is safe to repeat after a crash (it looks for what is
 * still under the old id).
 */
export async function linkTelegram(paperId: number, telegramId: number, language: Locale, now: Date, forRelative = false): Promise<LinkResult> {
  if (hasTelegram(paperId) || !hasTelegram(telegramId)) return { ok: false, reason: 'gone' };
  const paper = await CitizenModel.findById(paperId).lean();
  if (!paper) return { ok: false, reason: 'gone' };
  // Entries of their own in Telegram are refused, not those a link of this very record moved before a crash (probe s25 M3).
  const resuming = (await CitizenModel.exists({ _id: telegramId, linkingFrom: paperId })) !== null;
  if (!resuming && (await isOnAnyList(telegramId))) return { ok: false, reason: 'on-list' };
  // His finished courses (none active: checked above) are his own: an unlink leaves them with him (probe40 L2). Marked
  // before the mark below, so a repeat after a crash (resuming) finds her entries among them and leaves them be.
  if (!resuming) await WaitlistEntryModel.updateMany({ citizenId: telegramId }, { $set: { ownBeforeLink: true } });

  // 1. The Telegram citizen, with the paper record's name, phone and consent (a Telegram citizen already there keeps
  // theirs), marked as linking this record until the last step. A relative reading for her (`forRelative`): the record's
  // name replaces his own, and the account is marked so her messages say whose they are (walk36 L2).
  // His own account from a course he once took keeps his Telegram consent otherwise: then it is not a desk record to
  // unlink, and his /forget would delete her place as his data (probe40). Her paper consent is what covers her data.
  const relative = forRelative ? { readsFor: true, name: paper.name, consent: paper.consent, ...(paper.notes ? { notes: paper.notes } : {}) } : {};
  await CitizenModel.updateOne(
    { _id: telegramId },
    {
      $set: { reachable: true, language, linkingFrom: paperId, ...(paper.phone ? { phone: paper.phone } : {}), ...relative },
      $setOnInsert: forRelative ? {} : { name: paper.name, consent: paper.consent, ...(paper.notes ? { notes: paper.notes } : {}) },
      $unset: { unreachableSince: 1, ...(forRelative ? {} : { readsFor: 1 }) },
    },
    { upsert: true },
  );
  // 2–3. The entries (with their place), attendance and absence marks; call tasks, messages to staff about them.
  const moved = await moveEntriesAndAttendance(paperId, telegramId);
  const cancelled = await moveCallTasks(paperId, telegramId, now);
  await reassignAboutCitizen(paperId, telegramId);
  // Staff screens open on them (/calls, a roster): a /forget under the new id closes them too.
  await reassignShownViews(paperId, telegramId);
  // 4. The record without Telegram goes; its phone key (the import's idempotence) moves to the Telegram citizen.
  await CitizenModel.deleteOne({ _id: paperId });
  await CitizenModel.updateOne({ _id: telegramId }, { ...(paper.phoneKey ? { $set: { phoneKey: paper.phoneKey } } : {}), $unset: { linkingFrom: 1 } });
  // 5. An offer the librarians were calling about reaches the person here now. Read under the Telegram id: a repeat
  // after a crash finds the entries moved already (they had no active entries of their own: checked above). The
  // offer's outbox key is the same each time, so a repeat does not send it twice.
  const linked = await WaitlistEntryModel.find({ citizenId: telegramId, status: { $in: ACTIVE_STATUSES } }).lean();
  const offers: OutboxItem[] = [];
  for (const e of linked) {
    if (e.status !== 'offered' || !e.offer?.groupId || !e.offer.offeredAt || !e.offer.expiresAt || e.offer.expiresAt <= now) continue;
    offers.push(await offerMessage('offer', String(e._id), telegramId, String(e.offer.groupId), e.offer.offeredAt, e.offer.expiresAt, now));
  }
  if (offers.length > 0) await enqueue(offers, now);
  // Numbers and entry ids only: the entries stay anonymous rows after a /forget, the Telegram id would not.
  await audit(
    { actorId: 0, action: 'citizen.link-telegram', target: `entries:${moved.length}`, details: { entryIds: [...new Set([...moved, ...linked.map((e) => String(e._id))])], offers: offers.length, callTasksCancelled: cancelled, ...(resuming ? { resumed: true } : {}) } },
    now,
  );
  return { ok: true, entries: linked.length, offers: offers.length };
}
