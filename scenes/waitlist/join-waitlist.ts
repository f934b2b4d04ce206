import { createConversation } from '@grammyjs/conversations';
import { TIMES_OF_DAY, type TimeOfDay } from '../../src/db/models/waitlist-entry.js';
import { findCenter, findCourse, listCourses } from '../../src/domain/catalog.js';
import { CONSENT_VERSION } from '../../src/domain/consent.js';
import { activePartnerName } from '../../src/domain/partners/referral-code.js';
import { joinWaitlist } from '../../src/domain/waitlist.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneOuterContext } from '../shared/context.js';
import { contactKeyboard } from '../shared/keyboards.js';
import { checked, Questions } from '../shared/questions.js';
import { pickCenter } from './pick-center.js';
import { normalizeContactPhone, normalizeName, normalizePhone, validateName } from './validators.js';

export const JOIN_WAITLIST = 'join-waitlist';

/** Entered from a partner's referral link with the partner (src/bot/features/start.ts). */
export interface JoinArgs {
  partnerId?: string;
}

type Field = 'course' | 'center' | 'time' | 'name' | 'phone';

interface Draft {
  courseId: string;
  centerId: string;
  timeOfDay: TimeOfDay;
  name: string;
  phone: string | null;
}

/**
 * Join the waiting list: course → center → time of day → consent → name →
 * phone → summary → saved, with the place in line. Back goes to the question
 * before; Change on the summary asks one answer again and returns to the summary.
 */
export function joinWaitlistScene(deps: SceneDeps) {
  async function join(conversation: SceneConversation, ctx: SceneContext, args: JoinArgs = {}) {
    const q = new Questions(conversation, ctx);
    const askField = async (field: Field, draft: Partial<Draft>) => {
      switch (field) {
        case 'course': {
          const courses = await conversation.external(() => listCourses());
          draft.courseId = await q.ask(ctx.t('join-choose-course'), { choices: courses.map((c) => ({ label: c.title[ctx.locale], value: c.id })) });
          return;
        }
        case 'center':
          draft.centerId = await pickCenter(conversation, q, ctx, ctx.t('join-center-how'));
          return;
        case 'time':
          draft.timeOfDay = (await q.ask(ctx.t('join-choose-time'), {
            choices: TIMES_OF_DAY.map((t) => ({ label: ctx.t(`time-${t}`), value: t })),
            columns: 2,
          })) as TimeOfDay;
          return;
        case 'name':
          draft.name = await askName(conversation, q, ctx);
          return;
        case 'phone':
          draft.phone = await q.withReplyKeyboard(ctx.t('join-phone-ask'), contactKeyboard(ctx), readPhone, (c) =>
            c.t(c.message?.contact && c.message.contact.user_id !== c.from?.id ? 'join-phone-not-own' : 'join-phone-invalid'),
          );
      }
    };

    const draft: Partial<Draft> = {};
    for (const field of ['course', 'center', 'time'] as const) await askField(field, draft);
    // Consent comes before anything personal is asked (see src/bot/conversation-storage.ts).
    const consent = await q.ask(ctx.t('join-consent', { version: CONSENT_VERSION, text: ctx.t('consent-text') }), {
      choices: [
        { label: ctx.t('consent-agree'), value: 'yes' },
        { label: ctx.t('consent-decline'), value: 'no' },
      ],
    });
    if (consent === 'no') {
      const center = await conversation.external(() => findCenter(draft.centerId!));
      return q.finish(ctx.t('consent-declined', { phone: center?.phone ?? '' }));
    }
    for (const field of ['name', 'phone'] as const) await askField(field, draft);
    for (;;) {
      const answer = await q.ask(await summaryText(conversation, ctx, draft as Draft, args.partnerId), {
        choices: [
          { label: ctx.t('join-confirm'), value: 'confirm' },
          { label: ctx.t('join-change'), value: 'change' },
        ],
      });
      if (answer === 'confirm') return save(conversation, q, ctx, draft as Draft, args.partnerId);
      const field = await q.ask(ctx.t('join-change-what'), {
        choices: (['course', 'center', 'time', 'name', 'phone'] as const).map((f) => ({ label: ctx.t(`change-${f}`), value: f })),
        columns: 2,
      });
      await askField(field as Field, draft);
    }
  }

  async function save(conversation: SceneConversation, q: Questions, ctx: SceneContext, draft: Draft, partnerId: string | undefined) {
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
    if (result.outcome === 'center-closed') return void (await q.finish(ctx.t('join-center-closed')));
    const [course, center] = await conversation.external(() =>
      Promise.all([findCourse(result.entry.courseId), findCenter(result.entry.centerId)]),
    );
    const vars = { course: course?.title[ctx.locale] ?? '', center: center?.name ?? '', position: result.entry.position };
    const key =
      result.outcome === 'joined' ? 'join-done' : result.entry.status === 'waiting' ? 'join-already' : 'join-already-enrolled';
    await q.finish(ctx.t(key, vars));
  }

  return createConversation<SceneOuterContext, SceneContext>(join, JOIN_WAITLIST);
}

/**
 * The name Telegram knows, confirmed with one tap, or typed anew. It is taken
 * with `external` (a logged value): stored state has no profile names in its
 * updates (src/bot/conversation-storage.ts), and this step comes after consent.
 */
async function askName(conversation: SceneConversation, q: Questions, ctx: SceneContext) {
  const telegramName = await conversation.external((outside) => normalizeName([outside.from?.first_name, outside.from?.last_name].filter(Boolean).join(' ')));
  if (validateName(telegramName) === undefined) {
    const answer = await q.ask(ctx.t('join-name-confirm', { name: telegramName }), {
      choices: [
        { label: ctx.t('join-name-keep', { name: telegramName }), value: 'keep' },
        { label: ctx.t('join-name-other'), value: 'other' },
      ],
    });
    if (answer === 'keep') return telegramName;
  }
  return normalizeName(await q.ask(ctx.t('join-name-ask'), { typed: checked(validateName) }));
}

/** The citizen's own contact, a typed number, or Skip (null). */
function readPhone(ctx: SceneContext): string | null | undefined {
  const contact = ctx.message?.contact;
  if (contact) return contact.user_id === ctx.from?.id ? normalizeContactPhone(contact.phone_number) : undefined;
  const text = ctx.message?.text;
  if (text === ctx.t('btn-skip')) return null;
  return text ? normalizePhone(text) : undefined;
}

async function summaryText(conversation: SceneConversation, ctx: SceneContext, draft: Draft, partnerId: string | undefined) {
  const [course, center, partner] = await conversation.external(() =>
    Promise.all([findCourse(draft.courseId), findCenter(draft.centerId), partnerId ? activePartnerName(partnerId) : undefined]),
  );
  // Referred by a partner (its link): the citizen sees which organization before confirming.
  const referred = partner ? `\n${ctx.t('join-summary-partner', { partner })}` : '';
  const summary = ctx.t('join-summary', {
    course: course?.title[ctx.locale] ?? '',
    center: center ? `${center.name}, ${center.address}` : '',
    time: ctx.t(`time-${draft.timeOfDay}`),
    name: draft.name,
    phone: draft.phone ?? ctx.t('phone-none'),
  });
  return summary + referred;
}
