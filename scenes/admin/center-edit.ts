import { createConversation } from '@grammyjs/conversations';
import type { BotContext, BotDeps, SceneContext } from '../../src/bot/context.js';
import {
  CENTER_FIELDS,
  countWaiting,
  createCenter,
  DEFAULT_TIME_ZONE,
  getCenter,
  isValidTimeZone,
  listAllTowns,
  TIME_ZONES,
  updateCenter,
  validateCenterText,
  type CenterField,
  type CenterFields,
} from '../../src/domain/centers-admin.js';
import { roleOf } from '../../src/domain/roles.js';
import { askChoice, askText, BACK, type Back, type SceneConversation } from '../kit.js';
import { centerCardKeyboard, centerCardText, centerDetails } from './center-card.js';
import { askChoiceOrText, askLocation } from './center-steps.js';

export const CENTER_EDIT = 'admin-center-edit';

/** Entered with no center to add one, or with `{ centerId }` to change one field of it. */
export interface CenterEditArgs {
  centerId?: string;
}

type Step = CenterField | 'field' | 'preview';
type Draft = Partial<CenterFields>;

/**
 * Add a center: name → town → address → location → phone → hours → time zone
 * → preview → Save. Edit: which field → that same step → preview → Save.
 * Back and Cancel on every step; the coordinator role is checked on entry and on Save.
 */
export function centerEditScene(deps: BotDeps) {
  async function centerEdit(conversation: SceneConversation, ctx: SceneContext, args: CenterEditArgs = {}) {
    const userId = ctx.from!.id;
    const isCoordinator = () => conversation.external(async () => (await roleOf(userId, deps.config.ADMIN_IDS))?.kind === 'coordinator');
    if (!(await isCoordinator())) {
      await ctx.reply(ctx.t('not-allowed'));
      return;
    }
    const existing = args.centerId ? await conversation.external(() => getCenter(args.centerId!)) : undefined;
    if (args.centerId && !existing) {
      await ctx.reply(ctx.t('adm-ctr-not-found'));
      return;
    }
    const draft: Draft = existing ? { ...existing } : {};
    const editing = existing !== undefined;
    let step = (editing ? 'field' : 'name') as Step;
    const advance = () => (step = editing || step === 'timeZone' ? 'preview' : CENTER_FIELDS[CENTER_FIELDS.indexOf(step as CenterField) + 1]!);
    const goBack = () => (step = editing ? 'field' : CENTER_FIELDS[Math.max(0, CENTER_FIELDS.indexOf(step as CenterField) - 1)]!);

    for (;;) {
      if (step === 'field') {
        const field = await askChoice(conversation, ctx, {
          text: ctx.t('adm-ctr-which-field', { name: existing!.name }),
          choices: CENTER_FIELDS.map((f) => ({ label: ctx.t(`adm-ctr-field-${f}`), value: f })),
          columns: 2,
          back: false,
        });
        if (field !== BACK) step = field as CenterField;
        continue;
      }
      if (step === 'preview') {
        const answer = await askChoice(conversation, ctx, {
          text: `${ctx.t(editing ? 'adm-ctr-preview-edit' : 'adm-ctr-preview-new')}\n\n${centerDetails(ctx, draft)}`,
          choices: [{ label: ctx.t('adm-ctr-btn-save'), value: 'save' }],
        });
        if (answer === BACK) step = editing ? 'field' : 'timeZone';
        else return save(conversation, ctx, draft, existing?.id);
        continue;
      }
      const answer = await askField(conversation, ctx, step, draft, !editing && step === 'name');
      if (answer === BACK) goBack();
      else { Object.assign(draft, answer); advance(); }
    }
  }

  async function save(conversation: SceneConversation, ctx: SceneContext, draft: Draft, centerId: string | undefined) {
    const userId = ctx.from!.id;
    const saved = await conversation.external(async () => {
      // The role may have been revoked since the conversation started.
      if ((await roleOf(userId, deps.config.ADMIN_IDS))?.kind !== 'coordinator') return { ok: false as const };
      const now = deps.now();
      const id = centerId ?? (await createCenter(userId, draft as CenterFields, now));
      const changed = centerId ? await updateCenter(userId, centerId, draft, now) : [];
      if (changed === undefined) return { ok: false as const };
      const [center, waiting] = await Promise.all([getCenter(id), countWaiting(id)]);
      return center ? { ok: true as const, center, waiting, changed: changed.length } : { ok: false as const };
    });
    if (!saved.ok) {
      await ctx.reply(ctx.t('not-allowed'));
      return;
    }
    const intro = ctx.t(!centerId ? 'adm-ctr-created' : saved.changed > 0 ? 'adm-ctr-updated' : 'adm-ctr-no-changes');
    await ctx.reply(`${intro}\n\n${centerCardText(ctx, saved.center, saved.waiting)}`, { reply_markup: centerCardKeyboard(ctx, saved.center) });
  }

  return createConversation<BotContext, SceneContext>(centerEdit, CENTER_EDIT);
}

/** One step of the form; returns the fields it sets. */
async function askField(
  conversation: SceneConversation,
  ctx: SceneContext,
  field: CenterField,
  draft: Draft,
  first: boolean,
): Promise<Draft | Back> {
  switch (field) {
    case 'name':
    case 'address':
    case 'phone':
    case 'hours': {
      const current = draft[field] ? `\n${ctx.t('adm-ctr-current', { value: draft[field] })}` : '';
      const answer = await askText(conversation, ctx, {
        text: ctx.t(`adm-ctr-ask-${field}`) + current,
        validate: (t) => validateCenterText(field, t),
        back: !first,
      });
      return answer === BACK ? BACK : { [field]: answer };
    }
    case 'town': {
      const towns = await conversation.external(() => listAllTowns());
      const answer = await askChoiceOrText(conversation, ctx, {
        text: ctx.t('adm-ctr-ask-town'),
        choices: towns.map((town, i) => ({ label: town, value: String(i) })),
        validate: (t) => validateCenterText('town', t),
      });
      if (answer === BACK) return BACK;
      return { town: 'typed' in answer ? answer.typed : towns[Number(answer.choice)]! };
    }
    case 'location': {
      const answer = await askLocation(conversation, ctx);
      return answer === BACK ? BACK : { latitude: answer.latitude, longitude: answer.longitude };
    }
    case 'timeZone': {
      const answer = await askChoiceOrText(conversation, ctx, {
        text: ctx.t('adm-ctr-ask-time-zone'),
        choices: TIME_ZONES.map((tz) => ({ label: tz === DEFAULT_TIME_ZONE ? ctx.t('adm-ctr-tz-default', { tz }) : tz, value: tz })),
        validate: (t) => (isValidTimeZone(t) ? undefined : 'adm-ctr-tz-invalid'),
      });
      if (answer === BACK) return BACK;
      return { timeZone: 'typed' in answer ? answer.typed : answer.choice };
    }
  }
}
