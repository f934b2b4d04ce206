import { createConversation } from '@grammyjs/conversations';
import {
  CENTER_FIELDS,
  EDIT_FIELDS,
  ENGLISH_PARTS,
  validateEnglishText,
  countWaiting,
  librariansOf,
  createCenter,
  DEFAULT_TIME_ZONE,
  getCenter,
  isValidPoint,
  listAllTowns,
  parseCoordinates,
  TIME_ZONES,
  updateCenter,
  validateCenterText,
  type CenterField,
  type CenterFields,
} from '../../src/domain/centers-admin.js';
import { formatPhone } from '../../src/domain/phone.js';
import { roleOf } from '../../src/domain/roles.js';
import { localToday } from '../../src/domain/time.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneOuterContext } from '../shared/context.js';
import { locationKeyboard, mainMenu } from '../shared/keyboards.js';
import { checked, Questions } from '../shared/questions.js';
import { centerCardKeyboard, centerCardText, centerDetails, openingLine, timeZoneWords } from './center-card.js';
import { futureDay } from './future-day.js';

export const CENTER_EDIT = 'admin-center-edit';

/** Entered with no center to add one, or with `{ centerId }` to change one field of it. */
export interface CenterEditArgs {
  centerId?: string;
}

type Draft = Partial<CenterFields>;

/** «Уже работает» on the opening question (a typed day is 'YYYY-MM-DD'); saved as no opening day. */
const OPEN_NOW = 'now';

/**
 * Add a center: name → town → address → location → phone → hours → time zone
 * → opens on (a day, or «уже работает») → English words (now or later) → preview → Save. Edit: which field → that same step → preview → Save.
 * Back and Cancel on every step; the coordinator role is checked on entry and on Save.
 */
export function centerEditScene(deps: SceneDeps) {
  async function centerEdit(conversation: SceneConversation, ctx: SceneContext, args: CenterEditArgs = {}) {
    const q = new Questions(conversation, ctx);
    const userId = ctx.from!.id;
    const isCoordinator = await conversation.external(async () => (await roleOf(userId, deps.config.ADMIN_IDS))?.kind === 'coordinator');
    if (!isCoordinator) return q.finish(ctx.t('not-allowed'));
    const existing = args.centerId ? await conversation.external(() => getCenter(args.centerId!)) : undefined;
    if (args.centerId && !existing) return q.finish(ctx.t('adm-ctr-not-found'));
    const draft: Draft = existing ? { ...existing } : {};
    if (existing) {
      const field = await q.ask(ctx.t('adm-ctr-which-field', { name: existing.name }), {
        choices: EDIT_FIELDS.map((f) => ({ label: ctx.t(`adm-ctr-field-${f}`), value: f })),
        columns: 2,
      });
      Object.assign(draft, await askField(conversation, deps, q, ctx, field as CenterField, draft));
    } else {
      for (const field of [...CENTER_FIELDS, 'opensOn'] as const) Object.assign(draft, await askField(conversation, deps, q, ctx, field, draft));
      // English speakers read these words; they can wait (until then the Russian ones are transliterated).
      const english = await q.ask(ctx.t('adm-ctr-ask-en-now'), {
        choices: [
          { label: ctx.t('adm-ctr-btn-en-now'), value: 'now' },
          { label: ctx.t('adm-ctr-btn-en-later'), value: 'later' },
        ],
      });
      if (english === 'now') Object.assign(draft, await askField(conversation, deps, q, ctx, 'en', draft));
    }
    const opening = openingLine(ctx, draft, new Date(await conversation.external(() => deps.now().toISOString())));
    await q.ask(`${ctx.t(existing ? 'adm-ctr-preview-edit' : 'adm-ctr-preview-new')}\n\n${centerDetails(ctx, draft)}${opening && `\n${opening}`}`, {
      choices: [{ label: ctx.t('adm-ctr-btn-save'), value: 'save' }],
    });
    return save(conversation, q, ctx, draft, existing?.id);
  }

  async function save(conversation: SceneConversation, q: Questions, ctx: SceneContext, draft: Draft, centerId: string | undefined) {
    const userId = ctx.from!.id;
    const saved = await conversation.external(async () => {
      // The role may have been revoked since the conversation started.
      if ((await roleOf(userId, deps.config.ADMIN_IDS))?.kind !== 'coordinator') return { ok: false as const };
      const now = deps.now();
      const id = centerId ?? (await createCenter(userId, draft as CenterFields, now));
      const changed = centerId ? await updateCenter(userId, centerId, draft, now) : [];
      if (changed === undefined) return { ok: false as const };
      const [center, waiting, librarians] = await Promise.all([getCenter(id), countWaiting(id), librariansOf(id)]);
      return center ? { ok: true as const, center, waiting, librarians, changed: changed.length, now: now.toISOString() } : { ok: false as const };
    });
    if (!saved.ok) return q.finish(ctx.t('not-allowed'));
    const intro = ctx.t(!centerId ? 'adm-ctr-created' : saved.changed > 0 ? 'adm-ctr-updated' : 'adm-ctr-no-changes');
    await q.finish(`${intro}\n\n${centerCardText(ctx, saved.center, saved.waiting, saved.librarians, new Date(saved.now))}`, centerCardKeyboard(ctx, saved.center));
  }

  return createConversation<SceneOuterContext, SceneContext>(centerEdit, CENTER_EDIT);
}

/** One step of the form; returns the fields it sets. */
async function askField(conversation: SceneConversation, deps: SceneDeps, q: Questions, ctx: SceneContext, field: CenterField, draft: Draft): Promise<Draft> {
  switch (field) {
    case 'opensOn': {
      // A center added before it opens (walk34 W34-10): its line takes people at once, and they are told the day.
      const now = new Date(await conversation.external(() => deps.now().toISOString()));
      const day = futureDay(ctx, localToday(now, draft.timeZone ?? DEFAULT_TIME_ZONE), { today: 'opens-today', far: 'opens-far' });
      const opens = await q.ask(ctx.t('ask-opens'), { choices: [{ label: ctx.t('btn-open-now'), value: OPEN_NOW }], typed: day });
      return { opensOn: opens === OPEN_NOW ? '' : opens };
    }
    case 'phone': {
      // Kept in the form every center's phone is shown in, so the preview shows it as it will be saved.
      const phone = await q.ask(ctx.t('adm-ctr-ask-phone'), {
        typed: (t) => (validateCenterText('phone', t) === undefined ? { value: formatPhone(t)! } : { error: 'adm-ctr-phone-invalid' }),
        remember: true,
        current: draft.phone,
      });
      return { phone };
    }
    case 'name':
    case 'address':
    case 'hours': {
      return { [field]: await q.ask(ctx.t(`adm-ctr-ask-${field}`), { typed: checked((t) => validateCenterText(field, t)), remember: true, current: draft[field] }) };
    }
    case 'town': {
      const towns = await conversation.external(() => listAllTowns());
      const town = await q.ask(ctx.t('adm-ctr-ask-town'), {
        choices: towns.map((t) => ({ label: t, value: t })),
        typed: checked((t) => validateCenterText('town', t)),
      });
      return { town };
    }
    case 'location':
      return askLocation(q, ctx);
    case 'en': {
      // Name, town, address (transliterated) and hours for English speakers, one question each.
      const en = { ...draft.en };
      for (const part of ENGLISH_PARTS) {
        en[part] = await q.ask(ctx.t(`adm-ctr-ask-en-${part}`, { ru: draft[part] ?? '' }), {
          typed: checked((t) => validateEnglishText(part, t)),
          remember: true,
          current: en[part],
        });
      }
      return { en };
    }
    case 'timeZone': {
      const timeZone = await q.ask(ctx.t('adm-ctr-ask-time-zone'), {
        choices: TIME_ZONES.map((tz) => ({ label: tz === DEFAULT_TIME_ZONE ? ctx.t('adm-ctr-tz-default', { tz: timeZoneWords(ctx, tz) }) : timeZoneWords(ctx, tz), value: tz })),
      });
      return { timeZone };
    }
  }
}

/**
 * The center's point: shared from the map with the reply-keyboard button, or
 * typed as "55.35, 86.08". The menu keyboard replaces the map one afterwards.
 */
async function askLocation(q: Questions, ctx: SceneContext): Promise<Draft> {
  const point = await q.withReplyKeyboard(
    ctx.t('adm-ctr-ask-location'),
    locationKeyboard(ctx, ctx.t('adm-ctr-location-button')),
    (c) => {
      const shared = c.message?.location ?? c.message?.venue?.location;
      if (shared) return isValidPoint(shared.latitude, shared.longitude) ? { latitude: shared.latitude, longitude: shared.longitude } : undefined;
      return c.message?.text ? parseCoordinates(c.message.text) : undefined;
    },
    (c) => c.t('adm-ctr-location-invalid'),
  );
  // The map keyboard goes and the menu keyboard comes back at once (not only when the flow ends).
  await q.note(ctx.t('adm-ctr-location-got', { location: `${point.latitude.toFixed(5)}, ${point.longitude.toFixed(5)}` }), {
    reply_markup: mainMenu(ctx),
  });
  return { latitude: point.latitude, longitude: point.longitude };
}
