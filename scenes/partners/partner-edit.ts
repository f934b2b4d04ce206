import { createConversation } from '@grammyjs/conversations';
import { InlineKeyboard } from 'grammy';
import { defineCallbackData, OBJECT_ID } from '../../src/domain/callback-data.js';
import { centerPlace } from '../../src/domain/center-names.js';
import { singleLine } from '../../src/domain/text.js';
import { listStaffCenters } from '../../src/domain/catalog.js';
import {
  createPartner, getPartner, PARTNER_FIELDS, PARTNER_KINDS, updatePartner, validatePartnerText,
  type PartnerField, type PartnerFields, type PartnerKind,
} from '../../src/domain/partners/partners.js';
import { roleOf } from '../../src/domain/roles.js';
import { normalizePhone, phoneToRead } from '../../src/domain/phone.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneOuterContext, TranslateFlavor } from '../shared/context.js';
import { checked, Questions } from '../shared/questions.js';
import { staffCenterLabel } from '../shared/center-label.js';

export const PARTNER_EDIT = 'partners-partner-edit';

/** Entered with no partner to add one, or with `{ partnerId }` to change one field of it. */
export interface PartnerEditArgs {
  partnerId?: string;
}

type Draft = Partial<PartnerFields>;

/**
 * The next steps under "Organization added" (src/bot/features/partners/admin.ts
 * answers them, coordinators only): invite a representative, open the partner's card.
 */
export const partnerAddedData = defineCallbackData('prtnew', ['invite', 'card'], OBJECT_ID);

/** The partner's details as coordinators read them (preview, card). */
export function partnerDetails(ctx: TranslateFlavor, p: Draft, centerNames: string): string {
  return ctx.t('prt-details', {
    name: p.name ?? '—',
    kind: p.kind ? ctx.t(`prt-kind-${p.kind}`) : '—',
    contact: p.contactName || '—',
    // Stored in E.164; read as every phone is shown (walk s20 #12: "+73842112233").
    phone: p.phone ? phoneToRead(p.phone) : '—',
    centers: centerNames || '—',
  });
}

/**
 * Add a partner: name → kind → contact person → phone → centers → preview →
 * Save. Edit: which field → that step → preview → Save. Coordinators only,
 * checked on entry and on Save.
 */
export function partnerEditScene(deps: SceneDeps) {
  async function partnerEdit(conversation: SceneConversation, ctx: SceneContext, args: PartnerEditArgs = {}) {
    const q = new Questions(conversation, ctx);
    const userId = ctx.from!.id;
    const isCoordinator = () => conversation.external(async () => (await roleOf(userId, deps.config.ADMIN_IDS))?.kind === 'coordinator');
    if (!(await isCoordinator())) return q.finish(ctx.t('not-allowed'));
    const existing = args.partnerId ? await conversation.external(() => getPartner(args.partnerId!)) : undefined;
    if (args.partnerId && !existing) return q.finish(ctx.t('prt-not-found'));
    // Hidden centers too: a partner's center hidden for a while stays ticked and named (as a librarian's: W29-17).
    const centers = await conversation.external(() => listStaffCenters());
    const draft: Draft = existing ? { name: existing.name, kind: existing.kind, contactName: existing.contactName, phone: existing.phone, centerIds: existing.centerIds } : {};

    const askField = async (field: PartnerField) => {
      switch (field) {
        case 'name':
        case 'contactName':
          // Cleaned as it will be stored (invisible and direction characters out), so the preview and "added" show that.
          draft[field] = singleLine(await q.ask(ctx.t(`prt-ask-${field}`), { typed: checked((t) => validatePartnerText(field, t)), remember: true, current: draft[field] ?? '' }));
          return;
        case 'phone': {
          const typed = await q.ask(ctx.t('prt-ask-phone'), { typed: checked((t) => validatePartnerText(field, t)), remember: true, current: draft.phone ? phoneToRead(draft.phone) : '' });
          // Stored in E.164; the preview shows it in the one form phones are read in, not as typed.
          draft.phone = normalizePhone(typed) ?? typed;
          return;
        }
        case 'kind':
          draft.kind = (await q.ask(ctx.t('prt-ask-kind'), { choices: PARTNER_KINDS.map((k) => ({ label: ctx.t(`prt-kind-${k}`), value: k })) })) as PartnerKind;
          return;
        case 'centers':
          draft.centerIds = await q.many(ctx.t('prt-ask-centers'), centers.map((c) => ({ label: staffCenterLabel(ctx, c, deps.now()), value: c.id })), { initial: draft.centerIds ?? [] });
      }
    };

    if (existing) {
      const field = await q.ask(ctx.t('prt-which-field', { name: existing.name }), {
        choices: PARTNER_FIELDS.map((f) => ({ label: ctx.t(`prt-field-${f}`), value: f })),
        columns: 2,
      });
      await askField(field as PartnerField);
    } else {
      for (const field of PARTNER_FIELDS) await askField(field);
    }
    const names = centers.filter((c) => draft.centerIds?.includes(c.id)).map((c) => centerPlace(c, ctx.locale)).join('; ');
    await q.ask(`${ctx.t(existing ? 'prt-preview-edit' : 'prt-preview-new')}\n\n${partnerDetails(ctx, draft, names)}`, {
      choices: [{ label: ctx.t('prt-btn-save'), value: 'save' }],
    });
    const saved = await conversation.external(async () => {
      // The role may have been revoked while the form was open.
      if ((await roleOf(userId, deps.config.ADMIN_IDS))?.kind !== 'coordinator') return 'refused' as const;
      const now = deps.now();
      if (!existing) return { created: await createPartner(userId, draft as PartnerFields, now) };
      const changed = await updatePartner(userId, existing.id, draft as PartnerFields, now);
      return changed === undefined ? ('gone' as const) : changed.length > 0 ? ('updated' as const) : ('unchanged' as const);
    });
    if (saved === 'refused') return q.finish(ctx.t('not-allowed'));
    if (saved === 'gone') return q.finish(ctx.t('prt-not-found'));
    if (typeof saved === 'object') {
      // The next steps as buttons, not a command to find them by.
      const next = new InlineKeyboard()
        .text(ctx.t('prt-btn-invite'), partnerAddedData.pack('invite', saved.created))
        .row()
        .text(ctx.t('prt-btn-open'), partnerAddedData.pack('card', saved.created));
      return void (await q.finish(ctx.t('prt-created', { name: draft.name ?? '' }), next));
    }
    await q.finish(ctx.t(saved === 'unchanged' ? 'prt-unchanged-edit' : `prt-${saved}`, { name: draft.name ?? '' }));
  }
  return createConversation<SceneOuterContext, SceneContext>(partnerEdit, PARTNER_EDIT);
}
