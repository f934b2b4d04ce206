import { Types } from 'mongoose';
import { BroadcastModel, type AudienceKind } from '../db/models/broadcast.js';
import type { FinishedStatus, OutboxItem } from '../outbox/index.js';
import type { MessageText } from '../notify/notifier.js';
import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import { audit } from './audit.js';
import { broadcastCallNotices, type BroadcastCall } from './call-digests.js';
import { centerInTownOf } from './center-names.js';
import { enqueue, runningBatchProgress, type BatchProgress } from '../outbox/index.js';
import { canManageCenter, type Role } from './roles.js';
import { multiLine } from './text.js';
import { whoseRecords, whoseVars } from './whose-record.js';

/** Telegram's limit for one text message. */
export const MAX_BROADCAST_LENGTH = 4096;

/**
 * The text as recipients get it: control and invisible format characters go,
 * line breaks are the author's own and stay. The preview shows this, and
 * createBroadcast sends this (cleaning twice changes nothing).
 */
export function broadcastText(typed: string): string {
  return multiLine(typed);
}

/** Who gets a broadcast. Every kind but 'all-waiting' is tied to one center. */
export interface Audience {
  kind: AudienceKind;
  centerId?: string;
  /** 'center-waiting' only: one course; absent = every course. */
  courseId?: string;
  /** 'group' only. */
  groupId?: string;
}

export interface RecipientCount {
  /** Citizens in the audience. */
  total: number;
  /** Of them, those who blocked the bot earlier: nothing is sent to them. */
  unreachable: number;
  /** Of them, people registered at the desk (no Telegram): nothing is sent to them; the library calls them. Never "blocked". */
  noTelegram: number;
  /** Of those, people with no phone either: told in person, not phoned (probe29 L4). */
  noPhone: number;
  /** Of the reachable, those who read the bot in English: they get the same text, so the author may add a translation. */
  english: number;
}

/** Librarians reach their own centers only; everyone waiting anywhere is for coordinators. */
export function canTarget(role: Role, audience: Audience): boolean {
  if (audience.kind === 'all-waiting') return role.kind === 'coordinator';
  return audience.centerId !== undefined && canManageCenter(role, audience.centerId);
}

async function entryFilter(audience: Audience): Promise<Record<string, unknown> | undefined> {
  switch (audience.kind) {
    case 'all-waiting':
      return { status: 'waiting' };
    case 'center-waiting':
      return { centerId: audience.centerId, status: 'waiting', ...(audience.courseId ? { courseId: audience.courseId } : {}) };
    case 'center-enrolled':
      return { centerId: audience.centerId, status: 'enrolled' };
    case 'group': {
      if (!audience.groupId || !Types.ObjectId.isValid(audience.groupId)) return undefined;
      // The group must belong to the chosen center (the center is what the role was checked against).
      const group = await ClassGroupModel.findOne({ _id: audience.groupId, centerId: audience.centerId }, { _id: 1 }).lean();
      return group ? { groupId: group._id, status: { $in: ['enrolled', 'completed'] } } : undefined;
    }
  }
}

interface Recipients {
  reachable: number[];
  /** Those of `reachable` who read English (the sender's line is in their language). */
  readsEnglish: Set<number>;
  /** Telegram users who blocked the bot. */
  unreachable: number;
  /** People without Telegram (negative ids, see hasTelegram): not sent to, and not "blocked". */
  noTelegram: number;
  /** Those people, each at the center of their (first) entry in the audience: the library calls them. */
  toCall: BroadcastCall[];
}

/** Distinct citizens of the audience, split into reachable, blocked and without Telegram. */
async function recipients(audience: Audience): Promise<Recipients> {
  const filter = await entryFilter(audience);
  if (!filter) return { reachable: [], readsEnglish: new Set(), unreachable: 0, noTelegram: 0, toCall: [] };
  const entries = await WaitlistEntryModel.find(filter, { _id: 0, citizenId: 1, centerId: 1 }).lean();
  const ids = [...new Set(entries.map((e) => e.citizenId).filter((id): id is number => typeof id === 'number'))];
  // 'all-waiting' spans centers: each person is called by the center of their entry (the first found, when several).
  const groupId = audience.kind === 'group' ? new Types.ObjectId(audience.groupId) : undefined;
  const toCall = new Map<number, BroadcastCall>();
  for (const e of entries) {
    if (typeof e.citizenId === 'number' && !hasTelegram(e.citizenId) && !toCall.has(e.citizenId)) {
      toCall.set(e.citizenId, { citizenId: e.citizenId, centerId: audience.centerId ?? e.centerId, ...(groupId ? { groupId } : {}) });
    }
  }
  // People without Telegram (stored `reachable: false` too) are counted apart: they never "blocked the bot".
  const telegramIds = ids.filter(hasTelegram);
  const reachable = new Set<number>();
  const readsEnglish = new Set<number>();
  for (let i = 0; i < telegramIds.length; i += 5000) {
    const chunk = telegramIds.slice(i, i + 5000);
    for (const c of await CitizenModel.find({ _id: { $in: chunk }, reachable: true }, { _id: 1, language: 1 }).lean()) {
      reachable.add(c._id);
      if (c.language === 'en') readsEnglish.add(c._id);
    }
  }
  const unreachable = telegramIds.length - reachable.size;
  const noTelegram = ids.length - telegramIds.length;
  return { reachable: telegramIds.filter((id) => reachable.has(id)), readsEnglish, unreachable, noTelegram, toCall: [...toCall.values()] };
}

/**
 * The centers where this kind of audience has anyone: open groups ('group'),
 * people studying ('center-enrolled'), people waiting ('center-waiting'). The
 * center question lists only these, so no choice leads to an empty audience.
 */
export async function centersWithAudience(kind: Exclude<AudienceKind, 'all-waiting'>): Promise<string[]> {
  if (kind === 'group') return ClassGroupModel.distinct('centerId', { status: 'open' });
  return WaitlistEntryModel.distinct('centerId', { status: kind === 'center-enrolled' ? 'enrolled' : 'waiting' });
}

export async function countRecipients(audience: Audience): Promise<RecipientCount> {
  const { reachable, readsEnglish, unreachable, noTelegram, toCall } = await recipients(audience);
  const noPhone = toCall.length ? (await CitizenModel.find({ _id: { $in: toCall.map((c) => c.citizenId) } }, { phone: 1 }).lean()).filter((c) => !c.phone).length : 0;
  return { total: reachable.length + unreachable + noTelegram, unreachable, noTelegram, noPhone, english: readsEnglish.size };
}

export interface BroadcastRequest {
  authorId: number;
  authorLocale: 'ru' | 'en';
  role: Role;
  audience: Audience;
  text: string;
  /** The author's chat (the final report) and message that shows progress (may come later: rememberProgressMessage). */
  progress?: { chatId: number; messageId?: number };
  /** This Send's own id (newBroadcastId, chosen before the press): the same id again returns the broadcast made then. */
  id?: string;
}

/** An id for a broadcast about to be confirmed. */
export const newBroadcastId = () => String(new Types.ObjectId());

export type CreateResult =
  | { ok: true; id: string; recipients: number; unreachable: number; noTelegram: number; enqueued: number }
  | { ok: false; reason: 'not-allowed' | 'too-long' | 'empty' };

/**
 * Saves the broadcast and puts one outbox item per reachable recipient
 * (key `bc:<id>:<citizenId>`, so a re-run adds nothing); the outbox sender
 * sends them. The role is checked here again: callback data can be forged.
 */
export async function createBroadcast(typed: BroadcastRequest, now: Date): Promise<CreateResult> {
  const request = { ...typed, text: broadcastText(typed.text) };
  if (!canTarget(request.role, request.audience)) return { ok: false, reason: 'not-allowed' };
  if (request.text.length > MAX_BROADCAST_LENGTH) return { ok: false, reason: 'too-long' };
  if (request.text.length === 0) return { ok: false, reason: 'empty' };
  const { reachable, readsEnglish, unreachable, noTelegram, toCall } = await recipients(request.audience);
  const items = await broadcastItems(request.audience, reachable, readsEnglish);
  const made = request.id && Types.ObjectId.isValid(request.id) ? await BroadcastModel.findById(request.id).lean() : null;
  if (made) {
    // Send pressed again after the bot stopped half-way (probe s20 F13): the items not yet queued are added
    // (the keys are the same, so nothing goes twice); the broadcast is neither stored nor audited twice.
    const batchId = String(made._id);
    const { added } = await enqueue(items(batchId, made.text), now);
    await enqueue(await broadcastCallNotices({ id: batchId, authorId: made.authorId, text: made.text, now }, toCall), now);
    return { ok: true, id: batchId, recipients: made.recipients, unreachable: made.unreachable, noTelegram: made.noTelegram ?? 0, enqueued: added };
  }
  const total = reachable.length + unreachable + noTelegram;
  if (total === 0) return { ok: false, reason: 'empty' };
  const id = new Types.ObjectId(request.id);
  const batchId = String(id);
  await BroadcastModel.create({
    _id: id,
    authorId: request.authorId,
    authorLocale: request.authorLocale,
    audience: request.audience,
    text: request.text,
    status: 'sending',
    recipients: total,
    unreachable,
    noTelegram,
    ...(request.progress ? { progressChatId: request.progress.chatId } : {}),
    ...(request.progress?.messageId !== undefined ? { progressMessageId: request.progress.messageId } : {}),
    createdAt: now,
  });
  const { added } = await enqueue(items(batchId, request.text), now);
  // People without Telegram become calls the center's librarians tick off (walk s20 #29).
  await enqueue(await broadcastCallNotices({ id: batchId, authorId: request.authorId, text: request.text, now }, toCall), now);
  await audit(
    {
      actorId: request.authorId,
      action: 'broadcast.send',
      target: `broadcast:${batchId}`,
      details: { audience: request.audience, recipients: total, unreachable, noTelegram, length: request.text.length },
    },
    now,
  );
  return { ok: true, id: batchId, recipients: total, unreachable, noTelegram, enqueued: added };
}

export interface BroadcastStatus {
  id: string;
  authorLocale: 'ru' | 'en';
  status: 'sending' | 'done';
  recipients: number;
  unreachable: number;
  noTelegram: number;
  progressChatId?: number;
  progressMessageId?: number;
  lastProgressText?: string;
  progress: BatchProgress;
}

export async function broadcastStatus(id: string, now: Date): Promise<BroadcastStatus | null> {
  if (!Types.ObjectId.isValid(id)) return null;
  const b = await BroadcastModel.findById(id).lean();
  if (!b) return null;
  return {
    id,
    authorLocale: b.authorLocale,
    status: b.status,
    recipients: b.recipients,
    unreachable: b.unreachable,
    noTelegram: b.noTelegram ?? 0,
    ...(b.progressChatId != null ? { progressChatId: b.progressChatId } : {}),
    ...(b.progressMessageId != null ? { progressMessageId: b.progressMessageId } : {}),
    ...(b.lastProgressText != null ? { lastProgressText: b.lastProgressText } : {}),
    progress: b.status === 'done' ? finalProgress(b.final) : await runningBatchProgress(id, now),
  };
}

/** A finished broadcast's numbers, as its final report gave them. */
function finalProgress(final: Partial<Record<FinishedStatus, number | null>> | null | undefined): BatchProgress {
  const delivered = final?.delivered ?? 0, blocked = final?.blocked ?? 0, failed = final?.failed ?? 0, skipped = final?.skipped ?? 0;
  return { total: delivered + blocked + failed + skipped, pending: 0, delivered, blocked, failed, skipped };
}

/**
 * One outbox item per recipient: the text under a line saying who writes (the center, in the reader's language, or
 * the program for everyone waiting): someone on two centers' lists knows which library it is (walk s20 #30).
 */
async function broadcastItems(audience: Audience, reachable: number[], readsEnglish: Set<number>) {
  const from = audience.centerId ? { ru: await centerInTownOf(audience.centerId, 'ru'), en: await centerInTownOf(audience.centerId, 'en') } : undefined;
  // A relative reading her record sees whose it is above the sender's line (whose-record.ts).
  const whose = await whoseRecords(reachable);
  const sender = (citizenId: number, text: string): MessageText => {
    const vars = { text, ...whoseVars(whose.get(citizenId)) };
    return from ? { key: 'bc-message-from', vars: { from: from[readsEnglish.has(citizenId) ? 'en' : 'ru'], ...vars } } : { key: 'bc-message-program', vars };
  };
  return (batchId: string, text: string): OutboxItem[] =>
    reachable.map((citizenId) => ({
      key: `bc:${batchId}:${citizenId}`,
      citizenId,
      priority: 'broadcast' as const,
      message: { text: sender(citizenId, text) },
      batchId,
    }));
}

/** The author's message that shows progress, once it is there (after the broadcast was stored). */
export async function rememberProgressMessage(id: string, messageId: number): Promise<void> {
  await BroadcastModel.updateOne({ _id: id }, { $set: { progressMessageId: messageId } });
}

export async function rememberProgressText(id: string, text: string): Promise<void> {
  await BroadcastModel.updateOne({ _id: id }, { $set: { lastProgressText: text } });
}

/** sending → done, once: true only for the caller that finished it (so one final report is sent). */
export async function finishBroadcast(id: string, progress: BatchProgress, now: Date): Promise<boolean> {
  const { delivered, blocked, failed, skipped } = progress;
  const done = await BroadcastModel.findOneAndUpdate(
    { _id: id, status: 'sending' },
    { $set: { status: 'done', finishedAt: now, final: { delivered, blocked, failed, skipped } } },
  );
  return done !== null;
}

export interface GroupOption {
  id: string;
  courseId: string;
  timeOfDay: string;
  room: string;
  roomEn?: string;
}

/** Open groups of a center, newest first, for choosing an audience. */
export async function listOpenGroups(centerId: string): Promise<GroupOption[]> {
  const groups = await ClassGroupModel.find({ centerId, status: 'open' }, { courseId: 1, timeOfDay: 1, room: 1, roomEn: 1 })
    .sort({ createdAt: -1 })
    .limit(30)
    .lean();
  return groups.map((g) => ({ id: String(g._id), courseId: g.courseId, timeOfDay: g.timeOfDay, room: g.room, ...(g.roomEn ? { roomEn: g.roomEn } : {}) }));
}
