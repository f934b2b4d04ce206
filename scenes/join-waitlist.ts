import { createConversation } from '@grammyjs/conversations';
import { TIMES_OF_DAY, type TimeOfDay } from '../src/db/models/waitlist-entry.js';
import { findCenter, findCourse, listCourses } from '../src/domain/catalog.js';
import { CONSENT_VERSION } from '../src/domain/consent.js';
import { joinWaitlist } from '../src/domain/waitlist.js';
import type { BotContext, BotDeps, SceneContext } from '../src/bot/context.js';
import { contactKeyboard, mainMenu } from '../src/bot/keyboards/main-menu.js';
import { askChoice, askText, askWithReplyKeyboard, BACK, type SceneConversation } from './kit.js';
import { pickCenter } from './pick-center.js';
import { normalizeContactPhone, normalizeName, normalizePhone, validateName } from './validators.js';

export const JOIN_WAITLIST = 'join-waitlist';

type Step = 'course' | 'center' | 'time' | 'consent' | 'name' | 'phone' | 'summary';
/** Consent comes before anything personal is asked: see src/bot/conversation-storage.ts. */
const ORDER: Step[] = ['course', 'center', 'time', 'consent', 'name', 'phone', 'summary'];

interface Draft {
  courseId?: string;
  centerId?: string;
  timeOfDay?: TimeOfDay;
  name?: string;
  phone?: string | null;
}

/**
 * Join the waiting list: course → center → time of day → consent → name →
 * phone → summary → saved, with the place in line. Back goes one step back;
 * Change on the summary jumps to one step and returns to the summary.
 */
export function joinWaitlistScene(deps: BotDeps) {
  async function join(conversation: SceneConversation, ctx: SceneContext) {
    const draft: Draft = {};
    let step: Step = 'course';
    let returnToSummary = false;
    const advance = () => (step = returnToSummary ? 'summary' : ORDER[ORDER.indexOf(step) + 1]!);
    const goBack = () => (step = returnToSummary ? 'summary' : ORDER[Math.max(0, ORDER.indexOf(step) - 1)]!);

    for (;;) {
      switch (step) {
        case 'course': {
          const courses = await conversation.external(() => listCourses());
          const answer = await askChoice(conversation, ctx, {
            text: ctx.t('join-choose-course'),
            choices: courses.map((c) => ({ label: c.title[ctx.locale], value: c.id })),
            back: false,
          });
          if (answer !== BACK) (draft.courseId = answer), advance();
          break;
        }
        case 'center': {
          const answer = await pickCenter(conversation, ctx, ctx.t('join-center-how'));
          if (answer === BACK) goBack();
          else (draft.centerId = answer), advance();
          break;
        }
        case 'time': {
          const answer = await askChoice(conversation, ctx, {
            text: ctx.t('join-choose-time'),
            choices: TIMES_OF_DAY.map((t) => ({ label: ctx.t(`time-${t}`), value: t })),
            columns: 2,
          });
          if (answer === BACK) goBack();
          else (draft.timeOfDay = answer as TimeOfDay), advance();
          break;
        }
        case 'name': {
          const answer = await askName(conversation, ctx);
          if (answer === BACK) goBack();
          else (draft.name = answer), advance();
          break;
        }
        case 'phone': {
          const answer = await askWithReplyKeyboard(conversation, ctx, {
            text: ctx.t('join-phone-ask'),
            keyboard: contactKeyboard(ctx),
            accept: (c) => readPhone(c),
            hint: (c) => c.t(c.message?.contact && c.message.contact.user_id !== c.from?.id ? 'join-phone-not-own' : 'join-phone-invalid'),
          });
          if (answer === BACK) goBack();
          else (draft.phone = answer), advance();
          break;
        }
        case 'consent': {
          const center = await conversation.external(() => findCenter(draft.centerId!));
          const answer = await askChoice(conversation, ctx, {
            text: ctx.t('join-consent', { version: CONSENT_VERSION, text: ctx.t('consent-text') }),
            choices: [
              { label: ctx.t('consent-agree'), value: 'yes' },
              { label: ctx.t('consent-decline'), value: 'no' },
            ],
          });
          if (answer === BACK) goBack();
          else if (answer === 'yes') advance();
          else {
            await ctx.reply(ctx.t('consent-declined', { phone: center?.phone ?? '' }), { reply_markup: mainMenu(ctx) });
            return;
          }
          break;
        }
        case 'summary': {
          returnToSummary = true;
          const answer = await askChoice(conversation, ctx, {
            text: await summaryText(conversation, ctx, draft),
            choices: [
              { label: ctx.t('join-confirm'), value: 'confirm' },
              { label: ctx.t('join-change'), value: 'change' },
            ],
            back: false,
          });
          if (answer === 'confirm') return save(conversation, ctx, draft);
          const field = await askChoice(conversation, ctx, {
            text: ctx.t('join-change-what'),
            choices: (['course', 'center', 'time', 'name', 'phone'] as const).map((f) => ({ label: ctx.t(`change-${f}`), value: f })),
            columns: 2,
          });
          if (field !== BACK) step = field as Step;
          break;
        }
      }
    }
  }

  async function save(conversation: SceneConversation, ctx: SceneContext, draft: Draft) {
    const citizenId = ctx.from!.id;
    const result = await conversation.external(() =>
      joinWaitlist(
        {
          citizenId,
          language: ctx.locale,
          name: draft.name!,
          ...(draft.phone ? { phone: draft.phone } : {}),
          consentVersion: CONSENT_VERSION,
          courseId: draft.courseId!,
          centerId: draft.centerId!,
          timeOfDay: draft.timeOfDay!,
        },
        deps.now(),
      ),
    );
    if (result.outcome === 'center-closed') {
      await ctx.reply(ctx.t('join-center-closed'), { reply_markup: mainMenu(ctx) });
      return;
    }
    const [course, center] = await conversation.external(() =>
      Promise.all([findCourse(result.entry.courseId), findCenter(result.entry.centerId)]),
    );
    const vars = { course: course?.title[ctx.locale] ?? '', center: center?.name ?? '', position: result.entry.position };
    const key =
      result.outcome === 'joined' ? 'join-done' : result.entry.status === 'waiting' ? 'join-already' : 'join-already-enrolled';
    await ctx.reply(ctx.t(key, vars), { reply_markup: mainMenu(ctx) });
  }

  return createConversation<BotContext, SceneContext>(join, JOIN_WAITLIST);
}

/**
 * The name Telegram knows, confirmed with one tap, or typed anew. It is taken
 * with `external` (a logged value): stored state has no profile names in its
 * updates (src/bot/conversation-storage.ts), and this step comes after consent.
 */
async function askName(conversation: SceneConversation, ctx: SceneContext) {
  const telegramName = await conversation.external((outside) => normalizeName([outside.from?.first_name, outside.from?.last_name].filter(Boolean).join(' ')));
  if (validateName(telegramName) === undefined) {
    const answer = await askChoice(conversation, ctx, {
      text: ctx.t('join-name-confirm', { name: telegramName }),
      choices: [
        { label: ctx.t('join-name-keep', { name: telegramName }), value: 'keep' },
        { label: ctx.t('join-name-other'), value: 'other' },
      ],
    });
    if (answer === BACK) return BACK;
    if (answer === 'keep') return telegramName;
  }
  const typed = await askText(conversation, ctx, { text: ctx.t('join-name-ask'), validate: validateName });
  return typed === BACK ? BACK : normalizeName(typed);
}

/** The citizen's own contact, a typed number, or Skip (null). */
function readPhone(ctx: SceneContext): string | null | undefined {
  const contact = ctx.message?.contact;
  if (contact) return contact.user_id === ctx.from?.id ? normalizeContactPhone(contact.phone_number) : undefined;
  const text = ctx.message?.text;
  if (text === ctx.t('btn-skip')) return null;
  return text ? normalizePhone(text) : undefined;
}

async function summaryText(conversation: SceneConversation, ctx: SceneContext, draft: Draft) {
  const [course, center] = await conversation.external(() => Promise.all([findCourse(draft.courseId!), findCenter(draft.centerId!)]));
  return ctx.t('join-summary', {
    course: course?.title[ctx.locale] ?? '',
    center: center ? `${center.name}, ${center.address}` : '',
    time: ctx.t(`time-${draft.timeOfDay}`),
    name: draft.name ?? '',
    phone: draft.phone ?? ctx.t('phone-none'),
  });
}

export { JOIN_WAITLIST as id };
