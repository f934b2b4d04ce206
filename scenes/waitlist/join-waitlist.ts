import { createConversation } from '@grammyjs/conversations';
import { InlineKeyboard } from 'grammy';
import { TIMES_OF_DAY, type TimeOfDay } from '../../src/db/models/waitlist-entry.js';
import { findCenter, findCourse, listCourses } from '../../src/domain/catalog.js';
import { centerInTownOf } from '../../src/domain/center-names.js';
import { CONSENT_VERSION, consentDate } from '../../src/domain/consent.js';
import { consentOnRecord, storedContact } from '../../src/domain/returning-citizen.js';
import { findEntryForCourse, joinWaitlist } from '../../src/domain/waitlist.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneOuterContext } from '../shared/context.js';
import { contactKeyboard } from '../shared/keyboards.js';
import { menuGone } from '../shared/question-memory.js';
import { offerSeatsNow, seatOfferedNow } from '../shared/offer-seats.js';
import { checked, Questions } from '../shared/questions.js';
import { centerInfoData } from './centers-near-me.js';
import { consentBackData, rememberDeclined, type DeclinedJoin } from './declined-consent.js';
import { alreadyOnList } from './join-already.js';
import { noteJoinProgress } from './join-progress.js';
import { summaryWords } from './summary-words.js';
import { chosenCenter, pickCenter } from './pick-center.js';
import { summaryText, type Draft } from './join-summary.js';
import { phoneHint, readPhone } from './join-phone.js';
import { normalizeName, telegramNameOf, validateName } from './validators.js';
import { partnerCourses, referralNote } from './partner-courses.js';
import { pausedCourse, pausedCourseNote } from './paused-course.js';
import { asideOn, timeOfDayOptions } from '../shared/question-options.js';
import { beginnersAside } from './beginners-aside.js';
import { tellNoPhoneNamesake } from '../../src/domain/no-phone-namesake.js';

export const JOIN_WAITLIST = 'join-waitlist';

/**
 * Entered from a partner's referral link with the partner (src/bot/features/start.ts),
 * or with a center already chosen: its card or a list of one center ("📝 Join here",
 * src/bot/features/center-info.ts), a partner that works with one center.
 */
export interface JoinArgs {
  partnerId?: string;
  /** Checked again here (button data can be forged): an unknown one gets the usual flow, a closed one is told so. */
  centerId?: string;
  /** The screen the center was chosen on: Back on the first question shows it again (the card in its own place). */
  from?: 'card' | 'list';
  /** Back from a declined consent (declined-consent.ts): the answers before it; consent is asked again. */
  resume?: DeclinedJoin['resume'];
  /** A course and a town named in the words that began the join («хочу на госуслуги в Топках», walk30 W30-11): not asked; Back asks them. */
  course?: string;
  town?: string;
  /** A course named in those words that is not offered now (walk36): said above the courses, which do not list it. */
  paused?: string;
}

type Field = 'course' | 'center' | 'time' | 'name' | 'phone';
type Step = Field | 'consent';

/**
 * Join the waiting list in five steps and eight taps from /start: course →
 * center (a town, or the nearest) → time of day → consent → phone → summary
 * → saved, with the place in line. The name Telegram knows is shown on the
 * summary (Change → Name types another); only a citizen whose Telegram name
 * is not a name is asked for it, as a step of its own. A citizen who joined
 * before (another course) is shown the name and phone they gave then, and is
 * asked neither for the phone nor for consent to the same text again. A citizen
 * already on the list for the chosen course is told so at once and offered to
 * move. A center that closes while they answer is named on the summary; on
 * confirm another is asked for, the other answers kept.
 * Back goes to the question before; Change on the summary asks one answer
 * again and returns to the summary. Started with a center (JoinArgs), the
 * town and center are not asked and the steps count without them; started
 * from the center's card, Back on the course question shows the card again.
 */
export function joinWaitlistScene(deps: SceneDeps) {
  async function join(conversation: SceneConversation, ctx: SceneContext, args: JoinArgs = {}) {
    const chosen = args.centerId ? await conversation.external(() => chosenCenter(args.centerId!, ctx.locale)) : undefined;
    const origin = chosen && args.from ? { back: centerInfoData.pack('back', chosen.id), inPlace: args.from === 'card' } : undefined;
    const q = new Questions(conversation, ctx, origin);
    // Only whether the Telegram name will do is read before consent, not the name itself.
    const nameNeeded = await conversation.external((outside) => validateName(telegramNameOf(outside)) !== undefined);
    // Joined before (another course): consent is asked again only for another text; the name and phone they gave are kept, not asked.
    const onRecord = await conversation.external(() => consentOnRecord(ctx.from!.id));
    const returning = onRecord !== 'none';
    // A center chosen before (and still open) is not asked again: the steps are numbered without it.
    const steps: Step[] = [
      'course',
      ...(chosen?.open ? [] : ['center' as const]),
      'time',
      ...(onRecord === 'current' ? [] : ['consent' as const]),
      ...(returning ? [] : [...(nameNeeded ? ['name' as const] : []), 'phone' as const]),
    ];
    // Referred by a partner whose group for its people takes them: its course comes first, and is said (walk s22 W22-15).
    const referral = args.partnerId ? await conversation.external(() => partnerCourses(args.partnerId!, deps.now(), ctx.locale)) : undefined;
    const total = steps.length;
    // Where the join stands, for /start in the middle of it (join-progress.ts): the step drawn last, or the summary.
    const progress = (step?: number) => noteJoinProgress(ctx.chat!.id, { ...(draft.courseId ? { courseId: draft.courseId } : {}), ...(step ? { step } : {}), total });
    const stepOf = (at: Step) => (progress(steps.indexOf(at) + 1), ctx.t('join-step', { step: steps.indexOf(at) + 1, total }));
    const step = (at: Step, key: string, vars?: Record<string, string | number>) => `${stepOf(at)} ${ctx.t(key, vars)}`;
    // A change from the summary is not a step of the walk: asked without "Step N of M".
    const asked = (at: Step, key: string, again: boolean) => (again ? ctx.t(key) : step(at, key));
    // The one center of the town chosen, taken without a question: named above the next one (walk s22 W22-03).
    let onlyCenter = '';
    // The course named in the words that began the join, taken: said above the next question, once.
    let namedCourse = '';
    const lead = (said = namedCourse) => ((namedCourse = ''), said);

    const askField = async (field: Field, draft: Partial<Draft>, again = false) => {
      switch (field) {
        case 'course': {
          const ours = referral?.courseIds ?? [];
          const catalog = await conversation.external(() => listCourses());
          const courses = [...catalog].sort((a, b) => Number(ours.includes(b.id)) - Number(ours.includes(a.id)));
          // Joining at a chosen center: which one is said above the first question.
          const at = chosen?.open && !again ? `${ctx.t('join-at-center', { center: chosen.title })}\n` : '';
          const why = referral && !again ? `${referralNote(ctx, referral, courses)}\n` : '';
          // A stopped course named in the words that began the join: why it is not among them (walk36).
          const paused = args.paused && !again && !args.resume ? pausedCourseNote(ctx, await conversation.external(() => pausedCourse(args.paused!, ctx.locale, deps.now(), deps.config.APP_TIMEZONE))) : '';
          const named = courses.find((c) => c.id === args.course && !again && !args.resume);
          const given = named ? await q.given(named.id) : undefined;
          if (given) namedCourse = `${ctx.t('join-course-named', { course: named!.title[ctx.locale] })}\n`;
          if (given) return void (draft.courseId = given);
          draft.courseId = await q.ask(why + at + paused + asked('course', 'join-choose-course', again), {
            choices: courses.map((c) => ({ label: c.title[ctx.locale], value: c.id })),
            // «А какой курс лучше для начинающих?» (walk35 L6): answered, and the question waits on.
            ...beginnersAside(ctx, catalog),
          });
          return;
        }
        case 'center': {
          // The center chosen on a card closed meanwhile: say so, and ask as usual.
          const closed = chosen && !chosen.open && !again ? `${ctx.t('join-chosen-center-closed', { center: chosen.title })}\n\n` : '';
          const onlyOne = (c: { name: string; address: string; opens: string }) => void (onlyCenter = again ? '' : `${ctx.t('join-only-center', c)}${c.opens && ` ${c.opens}`}\n`);
          const town = again ? undefined : args.town;
          draft.centerId = await pickCenter(conversation, q, ctx, closed + asked('center', 'join-center-how', again), again ? '' : stepOf('center'), { onlyOne, town, lead, now: deps.now });
          return;
        }
        case 'time':
          draft.timeOfDay = (await q.ask((again ? '' : lead() + onlyCenter) + asked('time', 'join-choose-time', again), timeOfDayOptions(ctx, TIMES_OF_DAY))) as TimeOfDay;
          return;
        case 'name':
          draft.name = normalizeName(
            await q.ask(asked('name', 'join-name-ask', again), { typed: checked(validateName), remember: again, current: draft.name ?? '' }),
          );
          return;
        case 'phone':
          draft.phone = await q.withReplyKeyboard(
            asked('phone', 'join-phone-ask', again),
            contactKeyboard(ctx),
            readPhone,
            (c) => c.t(phoneHint(c), { skip: 'yes' }),
          );
      }
    };

    const draft: Partial<Draft> = { ...(chosen?.open ? { centerId: chosen.id } : {}), ...args.resume };
    if (!args.resume) {
      await askField('course', draft);
      const already = await conversation.external(() => findEntryForCourse(ctx.from!.id, draft.courseId!));
      if (already) return alreadyOnList(deps, conversation, q, ctx, already, chosen?.open ? chosen.id : undefined);
      if (!chosen?.open) await askField('center', draft);
      await askField('time', draft);
    } else if (!(await q.given(draft.timeOfDay!))) {
      // Back to the consent declined before: Back from it asks the time of day again, the answer before it.
      await askField('time', draft);
    }
    // Consent comes before anything personal is asked (see src/bot/conversation-storage.ts).
    if (onRecord !== 'current') {
      const consent = await q.ask(step('consent', 'join-consent', { date: consentDate(ctx.locale), text: ctx.t('consent-text') }), {
        choices: [
          { label: ctx.t('consent-agree'), value: 'yes' },
          { label: ctx.t('consent-decline'), value: 'no' },
        ],
        yes: 'yes',
        no: 'no',
        // «Зачем вам мой телефон?», «что это значит?»: what the name and phone are for, and how to delete them (walk35).
        aside: asideOn(ctx, 'consent-why-words', 'consent-why'),
      });
      if (consent === 'no') {
        const { phone, center, menuUp } = await conversation.external(async (outer) => ({
          phone: (await findCenter(draft.centerId!))?.phone ?? '',
          center: await centerInTownOf(draft.centerId!, ctx.locale),
          menuUp: !menuGone.has(outer.chatId!),
        }));
        // Not a dead end: "← Back" asks for consent again (walk s20 #37); only while the main menu is up (a message has one keyboard).
        if (!menuUp) return q.finish(ctx.t('consent-declined', { center, phone }));
        const { partnerId, centerId } = args;
        const resume = { courseId: draft.courseId!, centerId: draft.centerId!, timeOfDay: draft.timeOfDay! };
        await conversation.external((outer) => rememberDeclined(outer.chatId!, { ...(partnerId ? { partnerId } : {}), ...(centerId ? { centerId } : {}), resume }));
        return q.finish(`${ctx.t('consent-declined', { center, phone })} ${ctx.t('consent-declined-back')}`, new InlineKeyboard().text(ctx.t('btn-back'), consentBackData.pack('back')));
      }
    }
    // The name they gave before (a second course): one name for all their entries, so a change is said on the summary.
    let storedName: string | undefined;
    if (returning) {
      // What they gave at their first join, not the Telegram name: "All correct" must not overwrite it.
      const stored = await conversation.external(() => storedContact(ctx.from!.id));
      if (!stored) return q.finish(ctx.t('join-record-gone'));
      draft.name = storedName = stored.name;
      draft.phone = stored.phone;
    } else {
      if (nameNeeded) await askField('name', draft);
      // After consent: the name is taken with `external` (a logged value), and stored state has no profile names in its updates.
      else draft.name = await conversation.external((outside) => normalizeName(telegramNameOf(outside)));
      await askField('phone', draft);
    }
    // Each round after the first follows a change: Back on the summary then goes to "what to change?", since going
    // back through the change would undo it without a word.
    for (let changed = false; ; changed = true) {
      progress();
      const summary = await summaryText(conversation, ctx, draft as Draft, { partnerId: args.partnerId, storedName, now: deps.now });
      const answer = await q.ask(summary.text, {
        // Once confirmed, the card is a record of what was sent, without the instruction for its buttons.
        record: summary.record,
        ...(changed ? { backAnswers: 'change' } : {}),
        // Their phone shared from the phone keyboard still up (Skip was typed, not tapped), or typed here after a Skip:
        // it goes on the summary, shown again with it (walk s20 #47, walk s21 W21-07).
        // Or the name typed, or which answer to change (walk30 W30-04): «меня зовут …», «изменить имя».
        shared: (c) => (readPhone(c) ? `${SHARED_PHONE}${readPhone(c)}` : typedOnSummary(c.message?.text)),
        choices: [
          { label: ctx.t('join-confirm'), value: 'confirm' },
          { label: ctx.t('join-change'), value: 'change' },
        ],
        yes: 'confirm',
      });
      if (answer.startsWith(SHARED_PHONE)) {
        draft.phone = answer.slice(SHARED_PHONE.length);
        continue;
      }
      if (answer.startsWith(TYPED_NAME)) draft.name = answer.slice(TYPED_NAME.length);
      if (answer.startsWith(TYPED_FIELD)) await askField(answer.slice(TYPED_FIELD.length) as Field, draft, true);
      if (answer.startsWith(TYPED_NAME) || answer.startsWith(TYPED_FIELD)) continue;
      if (answer === 'confirm') {
        const closed = await save(conversation, q, ctx, draft as Draft, args.partnerId);
        if (!closed) return;
        // The center (or the course: W22-26) stopped taking people while they answered: another one is chosen, every other answer is kept.
        await q.closePressed();
        await q.note(ctx.t(closed.field === 'center' ? 'join-center-closed' : 'join-course-closed', { center: closed.name, course: closed.name }));
        await askField(closed.field, draft, true);
        continue;
      }
      const field = await q.ask(ctx.t('join-change-what'), {
        choices: (['course', 'center', 'time', 'name', 'phone'] as const).map((f) => ({ label: ctx.t(`change-${f}`), value: f })),
        columns: 2,
      });
      await askField(field as Field, draft, true);
    }
  }

  /** Saves and says the place in line; returns the center (or course) that closed meanwhile (nothing saved, nothing said yet). */
  async function save(conversation: SceneConversation, q: Questions, ctx: SceneContext, draft: Draft, partnerId: string | undefined): Promise<{ field: 'center' | 'course'; name: string } | undefined> {
    const citizenId = ctx.from!.id;
    const result = await conversation.external(() =>
      joinWaitlist(
        {
          citizenId,
          language: ctx.locale,
          name: draft.name,
          ...(draft.phone ? { phone: draft.phone } : {}),
          consentVersion: CONSENT_VERSION,
          courseId: draft.courseId,
          centerId: draft.centerId,
          timeOfDay: draft.timeOfDay,
          ...(partnerId ? { partnerId } : {}),
        },
        deps.now(),
      ),
    );
    // The center was deactivated while the citizen was answering: nothing is saved.
    if (result.outcome === 'center-closed') return { field: 'center', name: await conversation.external(() => centerInTownOf(draft.centerId, ctx.locale)) };
    if (result.outcome === 'course-closed') return { field: 'course', name: await conversation.external(async () => (await findCourse(draft.courseId))?.title[ctx.locale] ?? '') };
    const vars = await conversation.external(async () => ({
      course: (await findCourse(result.entry.courseId))?.title[ctx.locale] ?? '',
      // With its town always: «Гоголя» is in two towns (walk s28 W28-19).
      center: await centerInTownOf(result.entry.centerId, ctx.locale),
      position: result.entry.position,
    }));
    // The name of someone with no phone who has a seat here already (walk29 W29-23): said, the librarians told, no seat at once.
    const namesake = result.outcome === 'joined' && (await conversation.external(() => tellNoPhoneNamesake(draft.name, draft.centerId, draft.courseId, citizenId, deps.now())));
    // A free seat they can take is offered at once, just below the place: «Готово» says so, not «бот напишет» (walk29 W29-20).
    const place = { courseId: result.entry.courseId, centerId: result.entry.centerId, ...(partnerId ? { partnerId } : {}) };
    const key = result.outcome !== 'joined' ? (result.entry.status === 'waiting' ? 'join-already' : 'join-already-enrolled') : !namesake && (await seatOfferedNow(conversation, deps, result.entry.id, place)) ? 'join-done-seat-below' : 'join-done';
    await q.finish(namesake ? `${ctx.t(key, vars)}\n\n${ctx.t('namesake-join')}` : ctx.t(key, vars));
    if (result.outcome === 'joined' && !namesake) await offerSeatsNow(conversation, deps, [place]);
    return undefined;
  }

  return createConversation<SceneOuterContext, SceneContext>(join, JOIN_WAITLIST);
}

/** The summary's answer when the person's own phone was shared on it: this, then the number. */
const SHARED_PHONE = 'phone:';
/** The summary's answer when a name was typed on it, or which answer to change (summary-words.ts). */
const TYPED_NAME = 'name:';
const TYPED_FIELD = 'field:';

function typedOnSummary(text: string | undefined): string | undefined {
  const words = text === undefined ? undefined : summaryWords(text);
  return !words ? undefined : 'name' in words ? `${TYPED_NAME}${words.name}` : `${TYPED_FIELD}${words.field}`;
}
