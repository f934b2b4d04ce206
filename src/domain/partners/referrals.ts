import type { Types } from 'mongoose';
import { CallTaskModel } from '../../db/models/call-task.js';
import { CitizenModel, hasTelegram } from '../../db/models/citizen.js';
import { ClassGroupModel } from '../../db/models/class-group.js';
import { LessonModel } from '../../db/models/lesson.js';
import { PartnerModel } from '../../db/models/partner.js';
import { PartnerRepresentativeModel } from '../../db/models/partner-representative.js';
import { WaitlistEntryModel, type EntryStatus } from '../../db/models/waitlist-entry.js';
import { isObjectId } from '../ids.js';
import { onRoster } from '../joining-lesson.js';
import { singleLine } from '../text.js';

/**
 * What became of a partner's referrals: one row per entry of a person it
 * referred, for its representatives (/referrals) and coordinators. Forgotten
 * people are gone from it (/forget removes the entry's partner with the citizen id).
 */
export interface ReferralView {
  entryId: string;
  /** Whom the line names (a representative's open screen is closed when they are forgotten). */
  citizenId: number;
  name: string;
  courseId: string;
  centerId: string;
  status: EntryStatus;
  /** Place in line while waiting. */
  position?: number;
  /** The group offered (offered) or joined (enrolled, completed). */
  group?: { centerId: string; room: string; roomEn?: string; firstLessonAt?: string };
  offerUntil?: string;
  /**
   * An offer the librarians are phoning about (no Telegram, or the bot blocked): whether the person has Telegram,
   * and how many times the librarians marked "no answer" (walk s21 W21-23: the organization could help reach them).
   */
  byPhone?: { telegram: boolean; noAnswer: number; noPhone?: true };
  /** The offered or joined group is the partner's own (a closed group: /groups puts people in). */
  ownGroup?: true;
  /** Lessons marked so far in their group (since they joined), and how many of them they came to. */
  lessonsMarked: number;
  attended: number;
  /**
   * How the library reaches them (walk31 W31-07): the bot in Telegram (`relative`: a relative's Telegram reads her record,
   * walk40 L4), a phone call, or neither (the partner tells them).
   */
  reach: 'telegram' | 'relative' | 'phone' | 'none';
  /** Without a phone and without Telegram: the partner may add a phone (walk31 W31-05). */
  noPhone?: true;
}

const ORDER: Record<string, number> = { offered: 0, enrolled: 1, waiting: 2, completed: 3, left: 4, forgotten: 5 };

type Entry = {
  _id: Types.ObjectId;
  citizenId?: number | null;
  courseId: string;
  centerId: string;
  status: EntryStatus;
  joinedAt: Date;
  enrolledAt?: Date | null;
  groupId?: Types.ObjectId | null;
  offer?: { groupId?: Types.ObjectId | null; expiresAt?: Date | null } | null;
};

export async function listReferrals(partnerId: string): Promise<ReferralView[]> {
  if (!isObjectId(partnerId)) return [];
  const { entries, positions } = await readLines(partnerId);
  const groupIds = [...new Set(entries.flatMap((e) => [e.groupId, e.offer?.groupId].filter(Boolean).map(String)))];
  const offered = entries.filter((e) => e.status === 'offered').map((e) => e._id);
  const [citizens, groups, lessons, calls] = await Promise.all([
    CitizenModel.find({ _id: { $in: entries.map((e) => e.citizenId!) } }, { name: 1, phone: 1, reachable: 1, readsFor: 1 }).lean(),
    ClassGroupModel.find({ _id: { $in: groupIds } }, { centerId: 1, room: 1, roomEn: 1, partnerId: 1 }).lean(),
    LessonModel.find({ groupId: { $in: groupIds }, status: 'scheduled' }, { groupId: 1, startsAt: 1, attendedIds: 1, markedAt: 1 }).lean(),
    offered.length > 0 ? CallTaskModel.find({ kind: 'offer', status: 'open', entryId: { $in: offered } }, { entryId: 1, noAnswerCount: 1 }).lean() : [],
  ]);
  const noAnswers = new Map(calls.map((c) => [String(c.entryId), c.noAnswerCount ?? 0]));
  const names = new Map(citizens.map((c) => [c._id, c.name]));
  const noPhone = new Set(citizens.filter((c) => !c.phone).map((c) => c._id));
  const blocked = new Set(citizens.filter((c) => c.reachable === false).map((c) => c._id));
  const relatives = new Set(citizens.filter((c) => c.readsFor).map((c) => c._id));
  const reach = (id: number) => (hasTelegram(id) && !blocked.has(id) ? (relatives.has(id) ? 'relative' : 'telegram') : noPhone.has(id) ? 'none' : 'phone');
  const rows = entries.map((e): ReferralView => {
    const groupId = String(e.groupId ?? e.offer?.groupId ?? '');
    const group = groups.find((g) => String(g._id) === groupId);
    // Their own lessons: someone who joined a group already begun starts later (joining-lesson.ts onRoster).
    const since = e.status === 'offered' ? e.offer?.expiresAt : e.enrolledAt;
    const own = lessons.filter((l) => String(l.groupId) === groupId && onRoster(since, l.startsAt));
    const marked = e.groupId ? own.filter((l) => l.markedAt) : [];
    const first = own.map((l) => l.startsAt.getTime()).sort((a, b) => a - b)[0];
    return {
      entryId: String(e._id),
      citizenId: e.citizenId!,
      name: names.get(e.citizenId!) ?? '—',
      courseId: e.courseId,
      centerId: e.centerId,
      status: e.status,
      ...(e.status === 'waiting' ? { position: positions.get(String(e._id)) ?? 0 } : {}),
      ...(group ? { group: { centerId: group.centerId, room: group.room, ...(group.roomEn ? { roomEn: group.roomEn } : {}), ...(first ? { firstLessonAt: new Date(first).toISOString() } : {}) } } : {}),
      ...(e.status === 'offered' && e.offer?.expiresAt ? { offerUntil: e.offer.expiresAt.toISOString() } : {}),
      ...(noAnswers.has(String(e._id)) ? { byPhone: { telegram: hasTelegram(e.citizenId!), noAnswer: noAnswers.get(String(e._id))!, ...(noPhone.has(e.citizenId!) ? { noPhone: true as const } : {}) } } : {}),
      ...(group?.partnerId && String(group.partnerId) === partnerId ? { ownGroup: true as const } : {}),
      lessonsMarked: marked.length,
      attended: marked.filter((l) => l.attendedIds.includes(e.citizenId!)).length,
      reach: reach(e.citizenId!),
      ...(!hasTelegram(e.citizenId!) && noPhone.has(e.citizenId!) ? { noPhone: true as const } : {}),
    };
  });
  const joined = new Map(entries.map((e) => [String(e._id), e.joinedAt.getTime()]));
  return rows.sort((a, b) => (ORDER[a.status] ?? 9) - (ORDER[b.status] ?? 9) || joined.get(a.entryId)! - joined.get(b.entryId)!);
}

/**
 * One pass over the waiting list with a projection (what every supported
 * server runs fast: on FerretDB any filter reads every row, and an $or of
 * many lines far slower; see bench/partners.ts): the partner's entries, and
 * each waiting entry's place in its line (same course and center; by joinedAt,
 * then _id, as positionOf counts it).
 */
async function readLines(partnerId: string): Promise<{ entries: Entry[]; positions: Map<string, number> }> {
  const entries: Entry[] = [];
  const waiting: Array<{ id: string; key: string; joinedAt: number }> = [];
  const cursor = WaitlistEntryModel.collection.find(
    {},
    { projection: { partnerId: 1, citizenId: 1, courseId: 1, centerId: 1, status: 1, joinedAt: 1, enrolledAt: 1, groupId: 1, offer: 1 }, batchSize: 5000 },
  );
  for await (const doc of cursor) {
    const e = doc as unknown as Entry & { partnerId?: Types.ObjectId };
    if (e.status === 'waiting') waiting.push({ id: String(e._id), key: `${e.courseId}|${e.centerId}`, joinedAt: e.joinedAt.getTime() });
    if (e.partnerId && String(e.partnerId) === partnerId && e.citizenId !== undefined && e.citizenId !== null) entries.push(e);
  }
  const lines = new Set(entries.filter((e) => e.status === 'waiting').map((e) => `${e.courseId}|${e.centerId}`));
  const inLines = waiting.filter((w) => lines.has(w.key)).sort((a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id));
  const seen = new Map<string, number>();
  const positions = new Map<string, number>();
  for (const w of inLines) {
    const place = (seen.get(w.key) ?? 0) + 1;
    seen.set(w.key, place);
    positions.set(w.id, place);
  }
  return { entries, positions };
}

/**
 * The organization that referred this entry's person, if one did, and whether it has representatives (who hear of a seat
 * offered to its people with no phone: no-phone-offers.ts). A librarians' call card says who calls (walk34 W34-17).
 */
export async function referredBy(entryId: Types.ObjectId | string | null | undefined): Promise<{ partner: string; told: boolean } | undefined> {
  const entry = entryId ? await WaitlistEntryModel.findById(entryId, { partnerId: 1 }).lean() : null;
  const partner = entry?.partnerId ? await PartnerModel.findById(entry.partnerId, { name: 1 }).lean() : null;
  if (!partner) return undefined;
  return { partner: singleLine(partner.name), told: (await PartnerRepresentativeModel.exists({ partnerId: partner._id })) !== null };
}
