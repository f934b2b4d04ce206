import { createConversation } from '@grammyjs/conversations';
import { InlineKeyboard } from 'grammy';
import { callTaskMessage, noteCallCard, openOfferTasksOf } from '../../src/domain/call-tasks.js';
import { cardsOnTheirWay, openCallCard } from '../../src/domain/call-card-opened.js';
import { answererName } from '../../src/domain/call-answers.js';
import { describeCenter } from '../../src/domain/catalog.js';
import { centerPlace } from '../../src/domain/center-names.js';
import { personFor, type FoundBy, type PersonEntry, type PersonMatch } from '../../src/domain/desk-forget.js';
import { moveEntryForStaff, takeOffListForStaff } from '../../src/domain/desk-move.js';
import { releasableEntries } from '../../src/domain/desk-release.js';
import { canManageCenter, roleOf, type Role } from '../../src/domain/roles.js';
import { singleLine } from '../../src/domain/text.js';
import { positionIfMoved } from '../../src/domain/waitlist.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneOuterContext } from '../shared/context.js';
import { opensText } from '../shared/center-label.js';
import { offerSeatsNow } from '../shared/offer-seats.js';
import { Questions, type Choice } from '../shared/questions.js';
import { pickCenter } from '../waitlist/pick-center.js';
import { addPhone } from './add-phone.js';
import { giveUpSeat } from './give-up-seat.js';
import { confirmForget } from './forget-person.js';
import { entryLabels, naming, personLines, pickPerson, type EntryLabels } from './pick-person.js';
import { isLinkedDeskRecord } from '../../src/domain/unlink-telegram.js';
import { unlinkFromCard } from './unlink-telegram.js';

export const FIND_PERSON = 'desk-find-person';

const FORGET = 'forget';
const ADD_PHONE = 'add-phone';
const UNLINK = 'unlink';

/**
 * /find (walk s21 W21-03, W21-13, W21-18): staff look a person up and act for
 * them. Phone or part of the name → the matches (pickPerson, as /forgetperson)
 * (one found: straight to the card) → the person's card: name, phone, Telegram or not, each active entry with its
 * place in line. Under it "🏛 Move to another center" for each waiting entry at
 * a center the staff member manages (to any active center, as the person could
 * move themselves; the join day and so the place in line are kept), "🚪 Give up
 * the seat" for each group seat there with a lesson ahead (walk28 W28-20), and
 * "🗑 Delete data" (/forgetperson's confirmation); a desk record linked to someone's Telegram has "🔓 Unlink
 * Telegram" (unlink-telegram.ts). Started with a citizen id
 * (a closure call list's button), the card comes at once. The role is checked
 * at the start and again before anything is changed.
 */
export function findPersonScene(deps: SceneDeps) {
  /** `target`: a citizen id (a call list's button), or the words typed after /find. */
  async function findPerson(conversation: SceneConversation, ctx: SceneContext, target?: number | string) {
    const citizenId = typeof target === 'number' ? target : undefined;
    const q = new Questions(conversation, ctx);
    const actorId = ctx.from!.id;
    const role = await conversation.external(() => roleOf(actorId, deps.config.ADMIN_IDS));
    if (!role) return q.finish(ctx.t('not-allowed'));
    const found = citizenId === undefined ? await pickPerson(conversation, q, ctx, role, ctx.t('desk-find-search'), { now: deps.now, ...(typeof target === 'string' ? { query: target } : {}) }) : await byId(conversation, ctx, role, citizenId);
    if (!found) return q.finish(ctx.t('desk-find-gone'));
    const { person, by, labels } = found;
    await offerCards(conversation, deps, ctx, role, person.id);

    const movable = person.entries.filter((e) => e.status === 'waiting' && canManageCenter(role, e.centerId));
    const course = (e: PersonEntry) => labels.courses[e.courseId] ?? e.courseId;
    const one = movable.length === 1;
    // In a group with a lesson ahead, at her center: the seat can be given back for them (walk28 W28-20).
    const inGroup = person.entries.filter((e) => e.status === 'enrolled' && canManageCenter(role, e.centerId));
    const ahead = inGroup.length ? await conversation.external(() => releasableEntries(person.id, inGroup.map((e) => e.id), deps.now())) : [];
    const releasable = inGroup.filter((e) => ahead.includes(e.id));
    // A desk record a relative linked to his own Telegram: it can go back to the library (walk34 W34-18).
    const linked = person.telegram && (await conversation.external(() => isLinkedDeskRecord(person.id)));
    const choices: Choice[] = [
      ...movable.map((e, i) => ({ label: one ? ctx.t('desk-find-move') : ctx.t('desk-find-move-course', { course: course(e) }), value: `move:${i}` })),
      // Off the list for a course, the rest kept: what the closure call offers besides another center.
      ...movable.map((e, i) => ({ label: one ? ctx.t('desk-find-leave') : ctx.t('desk-find-leave-course', { course: course(e) }), value: `leave:${i}` })),
      ...releasable.map((e, i) => ({ label: ctx.t('desk-find-release', { course: course(e) }), value: `release:${i}` })),
      // Registered without a phone, at her center: a phone (perhaps a relative's) can be added (walk29 W29-02).
      // One there already, perhaps mistyped: put right the same way (probe30 L4).
      ...(!person.telegram && person.entries.some((e) => canManageCenter(role, e.centerId)) ? [{ label: ctx.t(person.phone ? 'find-change-phone' : 'find-add-phone'), value: ADD_PHONE }] : []),
      ...(linked ? [{ label: ctx.t('btn-unlink'), value: UNLINK }] : []),
      { label: ctx.t('desk-find-forget'), value: FORGET },
    ];
    // Waiting at a center that is not hers: no buttons for it, and the card says why (fixP's note).
    const others = person.entries.some((e) => e.status === 'waiting' && !canManageCenter(role, e.centerId));
    // The paper list's note, on the card only (walk s22 W22-34: stored and shown nowhere).
    const notes = person.notes ? `\n${ctx.t('desk-find-notes', { notes: singleLine(person.notes) })}` : '';
    // A relative reading her messages is said under her name by personLines (entryLabels), as on the list of namesakes.
    const card = ctx.t('desk-find-card', { person: personLines(ctx, person, labels) + notes + (others ? `\n${ctx.t('desk-find-other-centers')}` : '') });
    const action = await q.ask(card, { choices, shown: naming(ctx, deps.now, [person]) });
    if (action === FORGET) return confirmForget(conversation, deps, q, ctx, { role, person, by, labels });
    if (action === ADD_PHONE) return addPhone(conversation, deps, q, ctx, person);
    if (action === UNLINK) return unlinkFromCard(conversation, deps, q, ctx, person);
    const [what, index] = action.split(':') as ['move' | 'leave' | 'release', string];
    if (what === 'release') return giveUpSeat(conversation, deps, q, ctx, person, releasable[Number(index)]!, course(releasable[Number(index)]!));
    const entry = movable[Number(index)]!;
    if (what === 'leave') return takeOffList(conversation, deps, q, ctx, person, entry, course(entry));
    await moveToAnother(conversation, deps, q, ctx, person, entry, labels);
  }
  return createConversation<SceneOuterContext, SceneContext>(findPerson, FIND_PERSON);
}

/**
 * A seat held for the person (a call task still open) comes first as its card, with the answers: someone without a
 * phone is told when they walk in, and the librarian answers then (fix28d). The card is edited like /calls's when the
 * offer closes; its buttons are the call's own (they pass the question below through). `queued` (/add, just after the
 * offer): a card the outbox is bringing her is not sent twice (walk34 W34-01), only marked opened by her.
 */
export async function offerCards(conversation: SceneConversation, deps: SceneDeps, ctx: SceneContext, role: Role, citizenId: number, queued = false) {
  const cards = await conversation.external(async () => {
    const open = await openOfferTasksOf(citizenId, role, deps.now());
    const coming = queued ? await cardsOnTheirWay(open, ctx.from!.id) : new Set<string>();
    // Opened by a colleague minutes ago: said above the card, as /calls says it when pressed (walk29 W29-07).
    // A stored flow's first update keeps no names (they are not stored): the staff card's name, else «коллега».
    const staff = { id: ctx.from!.id, name: await answererName(ctx.from!.id, ctx.from?.first_name || ctx.t('call-card-colleague')) };
    // Hers in hand at the desk: a colleague opening it from /calls is told so.
    for (const id of coming) await openCallCard(id, staff, deps.now());
    const ids = open.filter((id) => !coming.has(id));
    const messages = await Promise.all(ids.map(async (id) => ({ id, message: await callTaskMessage(id, ctx.locale) })));
    const opened = await Promise.all(messages.map(({ id, message }) => (message ? openCallCard(id, staff, deps.now()) : Promise.resolve(undefined))));
    return messages.flatMap(({ id, message }, i) => {
      if (!message) return [];
      const say = (t: typeof message.text) => ('raw' in t ? t.raw : ctx.t(t.key, t.vars));
      const note = opened[i] ? ctx.t('call-card-opened', opened[i]) : '';
      return [{ id, note, text: say(message.text), buttons: (message.buttons ?? []).map((row) => row.map((b) => ({ text: say(b.text), data: b.data }))) }];
    });
  });
  for (const card of cards) {
    // Its own message above the card, which stays within 60 words (fix31b).
    if (card.note) await ctx.reply(card.note);
    const sent = await ctx.reply(card.text, { reply_markup: InlineKeyboard.from(card.buttons.map((row) => row.map((b) => InlineKeyboard.text(b.text, b.data)))) });
    await conversation.external(() => noteCallCard(card.id, sent.chat.id, sent.message_id));
  }
}

/** The person of a call list's button, if this role may see them. */
async function byId(conversation: SceneConversation, ctx: SceneContext, role: Role, citizenId: number) {
  return conversation.external(async () => {
    const person = await personFor(role, citizenId);
    return person ? { person, by: 'list' as FoundBy, labels: await entryLabels([person], ctx.locale) } : null;
  });
}

/** "Take off the list for …? The place is lost" → off the list for that course; the person's other entries stay. */
async function takeOffList(conversation: SceneConversation, deps: SceneDeps, q: Questions, ctx: SceneContext, person: PersonMatch, entry: PersonEntry, course: string) {
  const actorId = ctx.from!.id;
  await q.ask(ctx.t('desk-leave-confirm', { name: person.name, course }), { choices: [{ label: ctx.t('desk-leave-yes'), value: 'yes' }], shown: naming(ctx, deps.now, [person]) });
  const result = await conversation.external(async () => {
    const current = await roleOf(actorId, deps.config.ADMIN_IDS);
    if (!current) return { outcome: 'no-role' as const };
    return takeOffListForStaff(current, actorId, { citizenId: person.id, entryId: entry.id }, deps.now());
  });
  if (result.outcome === 'no-role') return q.finish(ctx.t('not-allowed'));
  if (result.outcome === 'not-allowed') return q.finish(ctx.t('desk-not-your-center'));
  if (result.outcome === 'gone') return q.finish(ctx.t('desk-move-gone'));
  const ended = await q.finish(ctx.t('desk-leave-done', { name: person.name, course, telegram: result.telegram ? 'yes' : 'no' }));
  await conversation.external(() => naming(ctx, deps.now, [person])(ended.messageId));
}

/** Town → center → "Move? Their place there: N" → moved; a free seat there is offered at once. */
async function moveToAnother(conversation: SceneConversation, deps: SceneDeps, q: Questions, ctx: SceneContext, person: PersonMatch, entry: PersonEntry, labels: EntryLabels) {
  const actorId = ctx.from!.id;
  const who = { name: person.name, course: labels.courses[entry.courseId] ?? entry.courseId };
  const choose = q.mark();
  const centerId = await pickCenter(conversation, q, ctx, ctx.t('desk-move-where', who), '', { nearest: false, shown: naming(ctx, deps.now, [person]), now: deps.now });
  if (centerId === entry.centerId) return q.rewindTo(choose, ctx.t('desk-move-same'));
  // A center not open yet says its day (fix38c), as the person's own notice of this move does (fix36d).
  const [center, position] = await conversation.external(() =>
    Promise.all([describeCenter(centerId).then((c) => (c ? withOpening(centerPlace(c, ctx.locale), opensText(ctx, c, deps.now(), 'opens-short')) : centerId)), positionIfMoved(person.id, entry.id, centerId)]),
  );
  if (position === null) return q.finish(ctx.t('desk-move-gone'));
  await q.ask(ctx.t('desk-move-confirm', { ...who, center, position }), { choices: [{ label: ctx.t('desk-move-yes'), value: 'yes' }], shown: naming(ctx, deps.now, [person]) });
  const result = await conversation.external(async () => {
    const current = await roleOf(actorId, deps.config.ADMIN_IDS);
    if (!current) return { outcome: 'no-role' as const };
    return moveEntryForStaff(current, actorId, { citizenId: person.id, entryId: entry.id, centerId }, deps.now());
  });
  // Still staff, but the entry is at a center not hers (any more): said so, not "staff only" (probe s22 L3, M2).
  if (result.outcome === 'no-role') return q.finish(ctx.t('not-allowed'));
  if (result.outcome === 'not-allowed') return q.finish(ctx.t('desk-not-your-center'));
  if (result.outcome !== 'moved') return q.finish(ctx.t(result.outcome === 'closed' ? 'desk-move-closed' : 'desk-move-gone'));
  const done = { name: person.name, center, position: result.position, telegram: result.telegram ? 'yes' : 'no' };
  // A press repeated after a restart cut the move off (probe s22 M2): it was done then, and its message and record now.
  const ended = await q.finish(ctx.t(result.already ? 'desk-move-already' : 'desk-move-done', done));
  await conversation.external(() => naming(ctx, deps.now, [person])(ended.messageId));
  // As after the person's own move: a free seat at the new center is offered now (a call task when they have no Telegram).
  await offerSeatsNow(conversation, deps, [{ courseId: entry.courseId, centerId }]);
}

const withOpening = (place: string, opens: string) => (opens ? `${place} ${opens}` : place);
