import { createConversation } from '@grammyjs/conversations';
import { InlineKeyboard } from 'grammy';
import { TIMES_OF_DAY, type TimeOfDay } from '../../src/db/models/waitlist-entry.js';
import { describeCenter, listCourses, listStaffCenters } from '../../src/domain/catalog.js';
import { centerPlace } from '../../src/domain/center-names.js';
import { findNoPhoneOnList, findOnList, mayRegisterAt, personOnList, maySeeWhere, registerAtDesk, staffRegistrar, usedInTelegram, type OnList, type Registrar } from '../../src/domain/desk-registration.js';
import { addedSeatData, partnerGroupHasSeat } from '../../src/domain/partners/closed-groups.js';
import { libraryOfferHeldFor } from '../../src/domain/partners/held-offer.js';
import { nameProblem, sameName } from '../../src/domain/person-names.js';
import { normalizePhone, phoneToRead } from '../../src/domain/phone.js';
import { paperPeopleSeenOn } from '../../src/domain/shared-phones.js';
import { openOfferTasksOf } from '../../src/domain/call-tasks.js';
import { roleOf } from '../../src/domain/roles.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneOuterContext } from '../shared/context.js';
import { offerSeatsNow } from '../shared/offer-seats.js';
import { checked, Questions } from '../shared/questions.js';
import { normalizeName } from '../waitlist/validators.js';
import { phoneAndNote, phoneWithNote } from './add-phone.js';
import { offerCards } from './find-person.js';
import { askNamesake } from './namesakes.js';
import { naming } from './pick-person.js';
import { timeOfDayOptions } from '../shared/question-options.js';

export const ADD_PERSON = 'desk-add-person';

export interface AddPersonOptions {
  /** The conversation id (issue 12 registers the same flow for its representatives under its own id). */
  id: string;
  /** Who may register and where; asked at the start and again on Confirm. */
  registrar: (userId: number) => Promise<Registrar | null>;
}

/** The phone step's "No phone" button (fix28d): no E.164 phone starts without "+". */
const NO_PHONE = 'none';

/**
 * /add (issue 11.2): a staff member registers a person who called or walked in
 * and has no Telegram. The paper consent form comes first: without a signed
 * form the flow ends before anything personal is typed, so nothing about the
 * person is stored anywhere, not even in this conversation's state. Then name →
 * phone → course (the same phone already on that course's list is answered with
 * its place, and the flow ends) → center (skipped when there is one) → time of
 * day → summary → Confirm, which re-checks the role and writes through
 * registerAtDesk (the import's registration, desk-registration.ts).
 */
export function addPersonScene(deps: SceneDeps, options: AddPersonOptions = { id: ADD_PERSON, registrar: staffRegistrar(deps.config.ADMIN_IDS) }) {
  async function addPerson(conversation: SceneConversation, ctx: SceneContext) {
    const q = new Questions(conversation, ctx);
    const actorId = ctx.from!.id;
    const registrar = await conversation.external(() => options.registrar(actorId));
    if (!registrar) return q.finish(ctx.t('not-allowed'));
    const mine = (await conversation.external(() => listStaffCenters())).filter((c) => mayRegisterAt(registrar, c.id));
    // A hidden center takes no entries, at the desk neither; a librarian whose centers are all hidden is told why (W29-16).
    const centers = mine.filter((c) => !c.hidden);
    if (centers.length === 0 && mine.length > 0) return q.finish(ctx.t('desk-centers-hidden', { centers: mine.map((c) => centerPlace(c, ctx.locale)).join('; ') }));
    if (centers.length === 0) return q.finish(ctx.t('desk-no-centers'));
    const courses = await conversation.external(() => listCourses());

    // A partner's representative works at a hospital or a social service, not at a library center: the form is signed with them.
    const consent = await q.ask(ctx.t(registrar.partnerId ? 'desk-add-consent-partner' : 'desk-add-consent'), {
      choices: [
        { label: ctx.t('desk-add-consent-yes'), value: 'yes' },
        { label: ctx.t('desk-add-consent-no'), value: 'no' },
      ],
    });
    if (consent !== 'yes') return q.finish(ctx.t('desk-add-no-consent'));

    const name = normalizeName(await q.ask(ctx.t('desk-add-name'), { typed: checked(deskNameProblem), remember: true }));
    // A contact card shared here (one a caller sent the librarian) is taken for its number: this is someone else's
    // registration, unlike the join, where only the person's own contact counts (probe s21 L10).
    // "No phone" (fix28d): a senior who comes in every week; they are their name at their center (identityKey).
    const phoneOrNone = await q.ask(ctx.t('no-phone-ask'), {
      choices: [{ label: ctx.t('no-phone-btn'), value: NO_PHONE }],
      typed: phoneWithNote, shared: (c) => normalizePhone(c.message?.contact?.phone_number ?? '') ?? undefined, remember: true,
    });
    const { phone, note } = phoneOrNone === NO_PHONE ? { phone: undefined, note: undefined } : phoneAndNote(phoneOrNone);
    const samePersonAs = phone ? await askSamePerson(conversation, q, ctx, name, phone, registrar, deps.now) : undefined;
    const courseId = await q.ask(ctx.t('desk-add-course'), { choices: courses.map((c) => ({ label: c.title[ctx.locale], value: c.id })) });
    const courseTitle = courses.find((c) => c.id === courseId)?.title[ctx.locale] ?? courseId;
    // Said now, not after four more questions: this person is on this course's list already (without a phone: once the center is known).
    const onList = phone && (await conversation.external(() => findOnList(phone, courseId, samePersonAs ? { citizenId: samePersonAs.id } : { name })));
    if (onList) return q.finish(await alreadyText(conversation, ctx, onList, courseTitle, registrar));
    // The phone of someone who joined in Telegram: registered here, they would be a second person, called instead of
    // written to (walk s20 #41). Library staff are told and choose; a partner is not told whose phone it is.
    if (phone && !registrar.partnerId && (await conversation.external(() => usedInTelegram(phone)))) {
      await q.ask(ctx.t('desk-add-telegram-phone'), { choices: [{ label: ctx.t('desk-add-telegram-phone-go-on'), value: 'go-on' }] });
    }

    // In the reader's language, as other staff screens (centerPlace): town first, unless the name holds it (walk40 L6).
    const place = (c: (typeof centers)[number], between: string) => centerPlace(c, ctx.locale, between);
    const centerId =
      centers.length === 1
        ? centers[0]!.id
        : await q.ask(ctx.t('desk-add-center'), { choices: centers.map((c) => ({ label: place(c, ': '), value: c.id })) });
    const center = centers.find((c) => c.id === centerId)!;
    // Without a phone: a namesake at this center is asked about (probe29 M1); a partner is shown nobody (as askSamePerson), the same name is the same person.
    const namesake = !phone && !registrar.partnerId ? await askNamesake(conversation, q, ctx, name, centerId, deps.now) : undefined;
    const samePerson = samePersonAs ?? (namesake && 'samePersonAs' in namesake ? namesake.samePersonAs : undefined);
    // The namesake chosen has a phone (probe30 L2): the course goes on that card, and that phone is called.
    const cardPhone = phone ?? (namesake && 'samePersonAs' in namesake ? namesake.samePersonAs.phone : undefined);
    const noPhoneOnList = !phone && (await conversation.external(() => (namesake ? (samePerson ? personOnList(samePerson.id, courseId) : undefined) : findNoPhoneOnList(name, centerId, courseId))));
    if (noPhoneOnList) return q.finish(await alreadyText(conversation, ctx, noPhoneOnList, courseTitle, registrar, 'no-phone-already'));
    const timeOfDay = (await q.ask(ctx.t('desk-add-time'), timeOfDayOptions(ctx, TIMES_OF_DAY))) as TimeOfDay;

    // Without a phone a library tells the person when she comes in; a representative is written to and tells her (walk35 L4).
    const noPhone = ctx.t(registrar.partnerId ? 'no-phone-summary-partner' : 'no-phone-summary');
    await q.ask(
      // "Yes, the same person": the course goes to them, under the name they have.
      ctx.t('desk-add-summary', { name: samePerson?.name ?? name, phone: cardPhone ? phoneToRead(cardPhone) + (phone && note ? ` (${note})` : '') : noPhone, course: courseTitle, center: place(center, ', '), time: ctx.t(`time-${timeOfDay}`) }),
      { choices: [{ label: ctx.t('desk-add-confirm'), value: 'confirm' }] },
    );
    const result = await conversation.external(async () => {
      // The role (or a representative's partner) may have changed while the summary was read.
      const current = await options.registrar(actorId);
      if (current && !current.partnerId && !mayRegisterAt(current, centerId)) return { outcome: 'lost-center' as const };
      if (!current || !mayRegisterAt(current, centerId)) return { outcome: 'refused' as const };
      return registerAtDesk(
        {
          name, ...(phone ? { phone } : {}), ...(note ? { notes: note } : {}), courseId, centerId, timeOfDay, consentSignedOnPaper: true,
          ...(samePerson ? { samePersonAs: samePerson.id } : {}), ...(namesake && 'anotherPerson' in namesake ? { anotherPerson: true as const } : {}),
        },
        { actorId, now: deps.now(), ...(current.partnerId ? { partnerId: current.partnerId } : {}) },
      );
    });
    // A representative whose organization was deactivated meanwhile is told so, not "for library staff only" (probe s18 F2).
    if (result.outcome === 'refused') return q.finish(ctx.t(registrar.partnerId ? 'prt-closed-add' : 'not-allowed'));
    // A librarian whose center was unticked while she filled the form: still staff (probe29 L3).
    if (result.outcome === 'lost-center') return q.finish(ctx.t('lost-center-add'));
    if (result.outcome === 'closed') return q.finish(ctx.t('desk-add-closed'));
    if (result.outcome === 'already') return q.finish(await alreadyText(conversation, ctx, result, courseTitle, registrar));
    const vars = { course: courseTitle, center: place(center, ', '), position: result.position };
    const known = samePerson && !sameName(samePerson.name, name) ? ctx.t('add-done-known', { name: samePerson.name }) : ctx.t(phone ? 'desk-add-done-known' : 'no-phone-done-known');
    const reachable = cardPhone !== undefined;
    const partnerId = registrar.partnerId;
    // A seat free in the organization's own group: one message asks to put the person in now, and nothing is offered
    // (no call for the librarians) while the representative decides; the offers job offers it if they do not (walk s22 W22-16).
    if (partnerId && (await conversation.external(() => partnerGroupHasSeat(partnerId, courseId)))) {
      const text = [ctx.t('add-done-seat', vars), ...(result.newPerson ? [] : [known]), ctx.t('add-seat-ask')].join('\n');
      return void (await q.finish(text, new InlineKeyboard().text(ctx.t('add-put-in'), addedSeatData.pack('e', result.entryId))));
    }
    // A partner's person with no phone: the partner is written to when the turn comes, and tells them (walk29 W29-12).
    const done = ctx.t(reachable ? 'desk-add-done' : partnerId ? 'add-done-partner' : 'no-phone-add-done', vars);
    const ended = await q.finish(result.newPerson ? done : `${done}\n${known}`);
    // "Under the name …" stays in her chat: closed there if the person is forgotten (task28 fixC).
    if (samePerson && !result.newPerson) await conversation.external(() => naming(ctx, deps.now, [samePerson])(ended.messageId));
    // A free seat is offered now, while the person may still be at the desk: the call task comes to the librarians at once.
    await offerSeatsNow(conversation, deps, [{ courseId, centerId, ...(partnerId ? { partnerId } : {}) }], partnerId ? { toldAtDesk: { entryId: result.entryId, by: actorId } } : {});
    if (!partnerId) {
      // A seat for them now (walk28 W28-12): not "the library will call", but ask the person at the desk, on the call's card.
      const role = await conversation.external(() => roleOf(actorId, deps.config.ADMIN_IDS));
      const open = role ? await conversation.external(() => openOfferTasksOf(result.citizenId, role, deps.now())) : [];
      if (!role || open.length === 0) return;
      const seat = ctx.t('desk-add-done-seat', vars);
      await ctx.api.editMessageText(ctx.chat!.id, ended.messageId, result.newPerson ? seat : `${seat}\n${known}`);
      // The outbox brings her the card as one of the center's callers; /add sends it only to anyone else (a coordinator).
      return offerCards(conversation, deps, ctx, role, result.citizenId, true);
    }
    // A library group's seat: the representative hears it is waiting and until when, not "when the turn comes" (walk s21 W21-22).
    const held = await conversation.external(() => libraryOfferHeldFor(result.entryId, deps.now(), ctx.locale));
    // Without a phone the partner's own message about the seat (partnerOfferNotices) says it, and whom to tell.
    if (held && phone) await ctx.reply(ctx.t('prt-add-seat-offered', held));
  }
  return createConversation<SceneOuterContext, SceneContext>(addPerson, options.id);
}

/**
 * The phone was registered before (without Telegram) under another name: library staff are asked whether this is
 * the same person (the course goes to them) or another one sharing the phone (a couple's landline, a mother on her
 * daughter's number: walk s21 W21-03). A partner's representative is not shown anyone's name (as in
 * desk-add-already-elsewhere): for them another name is another person. The same name is the same person, unasked.
 */
async function askSamePerson(conversation: SceneConversation, q: Questions, ctx: SceneContext, name: string, phone: string, registrar: Registrar, now: () => Date) {
  if (registrar.partnerId) return undefined;
  // Only people she may see at her centers are named; anyone else on the phone under another name is another person.
  const people = await conversation.external(() => paperPeopleSeenOn(phone, registrar.centers));
  if (people.length === 0 || people.some((p) => sameName(p.name, name))) return undefined;
  const yes = people.length === 1
    ? [{ label: ctx.t('add-same-yes'), value: String(people[0]!.id) }]
    : people.map((p) => ({ label: ctx.t('add-same-yes-name', { name: p.name }), value: String(p.id) }));
  const answer = await q.ask(ctx.t('add-same-person', { names: people.map((p) => p.name).join(', '), name }), {
    choices: [...yes, { label: ctx.t('add-same-no'), value: 'no' }],
    shown: naming(ctx, now, people),
  });
  return people.find((p) => String(p.id) === answer);
}

/** "This phone is on the list for … at …: place N" (or offered a seat, or enrolled); without where, to those who may not see it. */
async function alreadyText(conversation: SceneConversation, ctx: SceneContext, onList: OnList, course: string, registrar: Registrar, key = 'desk-add-already'): Promise<string> {
  if (!maySeeWhere(registrar, onList)) return ctx.t('desk-add-already-elsewhere', { course });
  const center = await conversation.external(async () => {
    const c = await describeCenter(onList.centerId);
    return c ? centerPlace(c, ctx.locale) : onList.centerId;
  });
  return ctx.t(key, { status: onList.status, course, center, position: onList.position });
}

/** The name step's problem in a librarian's words (a phone typed into the name: probe s20 F3; marks or markup: probe s28 L1). */
function deskNameProblem(name: string): string | undefined {
  const problem = nameProblem(name);
  return problem && (problem === 'phone' ? 'desk-add-name-phone' : problem === 'marks' ? 'desk-add-name-marks' : 'desk-add-name-invalid');
}
