import { CallTaskModel, OPENED_UNSET, type CallTaskStatus } from '../db/models/call-task.js';
import { CitizenModel, hasTelegram } from '../db/models/citizen.js';
import { StaffMemberModel } from '../db/models/staff-member.js';
import { closeCallCards } from './call-tasks.js';
import { callListsChanged } from './call-list-changes.js';
import { acceptOffer, declineOffer, type OfferOptions } from './offers.js';
import { audit } from './audit.js';
import { canManageCenter, type Role } from './roles.js';
import { singleLine } from './text.js';
import { isObjectId } from './ids.js';

/**
 * A librarian records what the person without Telegram said on the phone.
 * Accepted and Declined run exactly the transitions a Telegram citizen's
 * buttons run (acceptOffer, declineOffer); No answer leaves the offer open
 * until it expires (the offers job passes the seat on then, as for anyone).
 *
 * The task leaves `open` by one conditional update before anything else: of
 * two librarians answering at once the first wins, the second is told who
 * answered and what.
 */

export type CallAnswer = 'accepted' | 'declined-keep' | 'declined-leave' | 'no-answer';

export type CallAnswerResult =
  | { ok: true; answer: CallAnswer; noAnswerCount: number; centerId: string }
  /** Someone answered first (or the offer closed): what happened and who recorded it. */
  | { ok: false; reason: 'taken'; status: Exclude<CallTaskStatus, 'open'>; by?: string; at?: string }
  /** The offer ran out or the group went while the call was made: the seat went on. */
  | { ok: false; reason: 'expired' }
  | { ok: false; reason: 'gone' | 'forbidden' }
  /** "No answer" on the card of someone with no phone: the card has no such button (forged, probe29 L2), nothing counted. */
  | { ok: false; reason: 'no-button' };

/**
 * @example
 * await answerCallTask(ctx.role!, { id: ctx.from.id, name: 'Анна Петровна' }, taskId, 'accepted', deps.now(), deps.offers);
 */
export async function answerCallTask(
  role: Role,
  actor: { id: number; name: string },
  taskId: string,
  answer: CallAnswer,
  now: Date,
  options: OfferOptions,
  pressed?: { chatId: number; messageId: number },
): Promise<CallAnswerResult> {
  if (!isObjectId(taskId)) return { ok: false, reason: 'gone' };
  const task = await CallTaskModel.findById(taskId).lean();
  if (!task || task.kind !== 'offer' || !task.entryId || !task.groupId || typeof task.citizenId !== 'number') return { ok: false, reason: 'gone' };
  const citizenId = task.citizenId;
  // Callback data can be forged: only the center's librarians and coordinators answer.
  if (!canManageCenter(role, task.centerId)) return { ok: false, reason: 'forbidden' };
  const taken = async (): Promise<CallAnswerResult> => {
    const current = await CallTaskModel.findById(taskId, { status: 1, answeredByName: 1, answeredAt: 1 }).lean();
    return current && current.status !== 'open' ? takenBy(current) : { ok: false, reason: 'gone' };
  };

  if (answer === 'no-answer') {
    // Nobody to dial (fix28d): callTaskMessage shows "no answer" only with a phone, or to someone who blocked the bot.
    const person = await CitizenModel.findById(citizenId, { phone: 1 }).lean();
    if (!person?.phone && !hasTelegram(citizenId)) return { ok: false, reason: 'no-button' };
    const marked = await CallTaskModel.findOneAndUpdate(
      { _id: taskId, status: 'open', expiresAt: { $gt: now } },
      { $inc: { noAnswerCount: 1 }, $set: { lastNoAnswerAt: now } },
      { returnDocument: 'after' },
    ).lean();
    if (!marked) return task.status === 'open' && task.expiresAt && task.expiresAt <= now ? { ok: false, reason: 'expired' } : taken();
    await audit({ actorId: actor.id, action: 'calltask.no-answer', target: `calltask:${taskId}` }, now);
    return { ok: true, answer, noAnswerCount: marked.noAnswerCount ?? 1, centerId: task.centerId };
  }

  const entryId = String(task.entryId);
  const settled = await settleOfferCall({ taskId, entryId, citizenId, ...(pressed ? { pressed } : {}) }, answer, actor, now, options);
  if (settled === 'taken') return taken();
  if (settled === 'expired') return { ok: false, reason: 'expired' };
  await audit({ actorId: actor.id, action: `calltask.${answer}`, target: `calltask:${taskId}`, details: { entry: entryId } }, now);
  return { ok: true, answer, noAnswerCount: task.noAnswerCount ?? 0, centerId: task.centerId };
}

/**
 * Closes an open offer call with this answer, by one conditional update (the first answer wins), then carries it out
 * as the person's own buttons would (acceptOffer, declineOffer). 'taken': someone answered first; 'expired': the
 * offer closed under the call (it expired, the group was cancelled), and the task says so, not "accepted".
 * Also what a partner's representative does who puts one of theirs into the seat (partners/closed-groups.ts).
 * Every librarian's card of the call then says how it closed (but `pressed`, the card the answer came from).
 */
export async function settleOfferCall(
  call: { taskId: string; entryId: string; citizenId: number; pressed?: { chatId: number; messageId: number } },
  answer: Exclude<CallAnswer, 'no-answer'>,
  actor: { id: number; name: string },
  now: Date,
  options: OfferOptions,
): Promise<'done' | 'taken' | 'expired'> {
  const status = answer === 'accepted' ? 'accepted' : 'declined';
  const claimed = await CallTaskModel.findOneAndUpdate(
    { _id: call.taskId, status: 'open' },
    { $set: { status, answeredBy: actor.id, answeredByName: singleLine(actor.name).slice(0, 100), answeredAt: now, closedAt: now }, $unset: OPENED_UNSET },
  ).lean();
  if (!claimed) return 'taken';
  callListsChanged([claimed.centerId]);
  const done =
    answer === 'accepted'
      ? (await acceptOffer(call.citizenId, call.entryId, now, undefined, { by: actor.id })).ok
      : await declineOffer(call.citizenId, call.entryId, answer === 'declined-keep', now, options);
  if (!done) await CallTaskModel.updateOne({ _id: call.taskId, status }, { $set: { status: 'expired' } });
  await closeCallCards(call.taskId, now, call.pressed);
  return done ? 'done' : 'expired';
}

/** Before the keep / leave choice after Declined: is the task still open, and the role's to answer? */
export async function peekCallTask(role: Role, taskId: string): Promise<'open' | CallAnswerResult> {
  if (!isObjectId(taskId)) return { ok: false, reason: 'gone' };
  const task = await CallTaskModel.findById(taskId, { kind: 1, centerId: 1, status: 1, answeredByName: 1, answeredAt: 1 }).lean();
  if (!task || task.kind !== 'offer') return { ok: false, reason: 'gone' };
  if (!canManageCenter(role, task.centerId)) return { ok: false, reason: 'forbidden' };
  return task.status === 'open' ? 'open' : takenBy(task);
}

/** Who answered first, and when (a task closed by the offer itself has nobody). */
function takenBy(task: { status: CallTaskStatus; answeredByName?: string | null; answeredAt?: Date | null }): CallAnswerResult {
  if (task.status === 'open') return { ok: false, reason: 'gone' };
  return {
    ok: false,
    reason: 'taken',
    status: task.status,
    ...(task.answeredByName ? { by: task.answeredByName } : {}),
    ...(task.answeredAt ? { at: task.answeredAt.toISOString() } : {}),
  };
}

/** The name colleagues see: the librarian's display name, else their Telegram first name. */
export async function answererName(staffId: number, telegramName: string): Promise<string> {
  const staff = await StaffMemberModel.findById(staffId, { displayName: 1 }).lean();
  return singleLine(staff?.displayName?.trim() || telegramName).slice(0, 100);
}
