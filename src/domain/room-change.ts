import { Types } from 'mongoose';
import { hasTelegram } from '../db/models/citizen.js';
import { ClassGroupModel } from '../db/models/class-group.js';
import type { Locale, OutgoingMessage } from '../notify/notifier.js';
import { enqueue, type OutboxItem } from '../outbox/index.js';
import { audit } from './audit.js';
import { changeCallNotices } from './call-digests.js';
import { describeCenter, findCourse } from './catalog.js';
import { whereVars } from './center-names.js';
import { groupForChange, type GroupForChange } from './change-groups.js';
import { citizensToTell } from './changes.js';
import { inPersonChangeNotices, withoutPhone } from './no-phone-notices.js';
import { groupRoom } from './place-words.js';
import { renewQueuedReminders } from './renewed-reminders.js';
import type { ReminderSettings } from './reminders.js';
import { canManageCenter, type Role } from './roles.js';
import { whoseRecords, whoseVars } from './whose-record.js';

/**
 * /change → «🚪 Сменить аудиторию» (walk40 M1): a group moves to another room. The room is the group's (lessons have
 * none of their own), so it changes for every lesson still to come. Told as a schedule change is told: a message to
 * each person in Telegram (outbox `chg:<changeId>:<citizenId>`, «Запись на имя …» for a relative), a call or an
 * in-person line to the center's librarians for the others. Reminders read the group's room when they are queued;
 * those queued already with the old room are queued again (renewed-reminders.ts).
 */

/** The room as the preview showed it (`from`) and the new one: a room changed meanwhile by someone else is 'gone'. */
export interface RoomChange {
  groupId: string;
  from: string;
  room: string;
  roomEn?: string;
}

export type RoomChangeResult = { ok: true; notified: number; byPhone: number; inPerson: number } | { ok: false; reason: 'gone' | 'not-allowed' | 'same' };

export async function changeRoom(actorId: number, role: Role, asked: RoomChange, now: Date, reminders: ReminderSettings): Promise<RoomChangeResult> {
  const group = await groupForChange(asked.groupId, now);
  if (!group) return { ok: false, reason: 'gone' };
  if (!canManageCenter(role, group.centerId)) return { ok: false, reason: 'not-allowed' };
  if (group.room !== asked.from) return { ok: false, reason: 'gone' };
  if (asked.room === group.room && (asked.roomEn ?? '') === (group.roomEn ?? '')) return { ok: false, reason: 'same' };
  // Conditional on the room previewed: of two changes confirmed at once, the second finds it gone.
  const set = { $set: { room: asked.room, ...(asked.roomEn ? { roomEn: asked.roomEn } : {}) }, ...(asked.roomEn ? {} : { $unset: { roomEn: 1 } }) };
  const changed = await ClassGroupModel.updateOne({ _id: group.id, status: 'open', room: asked.from }, set);
  if (changed.modifiedCount === 0) return { ok: false, reason: 'gone' };
  const changeId = new Types.ObjectId().toHexString();
  const moved: GroupForChange = { ...group, room: asked.room, ...(asked.roomEn ? { roomEn: asked.roomEn } : { roomEn: undefined }) };
  const describe = async (language: Locale) => roomVars(group, moved, language);

  const participants = await citizensToTell(group.id, now);
  const inTelegram = participants.filter((p) => hasTelegram(p.citizenId));
  const notices = new Map<Locale, OutgoingMessage>();
  for (const language of new Set(inTelegram.map((p) => p.language))) notices.set(language, { text: { key: 'change-room-changed', vars: await describe(language) } });
  // Whose lessons, on a relative's account (walk36 L2): the shared notice with her name on top.
  const whose = await whoseRecords(inTelegram.map((p) => p.citizenId));
  const items: OutboxItem[] = inTelegram.map((p) => {
    const notice = notices.get(p.language)!;
    const vars = 'key' in notice.text ? { ...notice.text.vars, ...whoseVars(whose.get(p.citizenId)) } : {};
    return { key: `chg:${changeId}:${p.citizenId}`, citizenId: p.citizenId, priority: 'personal', message: { ...notice, text: { key: 'change-room-changed', vars } } };
  });
  // Without Telegram: the librarians call them; without a phone either, they tell them in person (fix28d).
  const { others: byPhone, inPerson } = await withoutPhone(participants.filter((p) => !hasTelegram(p.citizenId)).map((p) => p.citizenId));
  const change = { id: changeId, kind: 'room', groupId: group.id, centerId: group.centerId, actorId, now };
  items.push(...(await changeCallNotices(change, byPhone, describe)), ...(await inPersonChangeNotices(change, inPerson, describe)));
  if (items.length > 0) await enqueue(items, now);
  await renewQueuedReminders(group.lessons.map((l) => l.id), changeId, reminders, now);
  const notified = inTelegram.length + byPhone.length + inPerson.length;
  await audit({ actorId, action: 'group.room', target: `group:${group.id}`, details: { changeId, notified } }, now);
  return { ok: true, notified, byPhone: byPhone.length, inPerson: inPerson.length };
}

/** The course, where the group meets (the new room) and the room it met in before, in the reader's words. */
async function roomVars(before: GroupForChange, after: GroupForChange, language: Locale): Promise<Record<string, string>> {
  const [course, center] = await Promise.all([findCourse(after.courseId), describeCenter(after.centerId)]);
  return {
    course: course?.title[language] ?? after.courseId,
    ...(await whereVars(after.centerId, after, language)),
    old: groupRoom(before, language),
    phone: center?.phone ?? '',
  };
}
