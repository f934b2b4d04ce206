import { createConversation } from '@grammyjs/conversations';
import type { BotContext, BotDeps, SceneContext } from '../../src/bot/context.js';
import type { AudienceKind } from '../../src/db/models/broadcast.js';
import {
  canTarget,
  countRecipients,
  createBroadcast,
  listOpenGroups,
  MAX_BROADCAST_LENGTH,
  type Audience,
} from '../../src/domain/broadcast.js';
import { listCenters, listCourses } from '../../src/domain/catalog.js';
import { canManageCenter, roleOf } from '../../src/domain/roles.js';
import { askChoice, askText, BACK, type SceneConversation } from '../kit.js';

export const BROADCAST = 'admin-broadcast';

type Step = 'kind' | 'center' | 'detail' | 'text' | 'preview';

/**
 * /broadcast: audience (kind → center → group or course) → text → preview
 * exactly as it will arrive, with the number of recipients → Confirm. Every
 * step has Back and Cancel; the role is checked again on Confirm.
 */
export function broadcastScene(deps: BotDeps) {
  async function broadcast(conversation: SceneConversation, ctx: SceneContext) {
    const userId = ctx.from!.id;
    const role = await conversation.external(() => roleOf(userId, deps.config.ADMIN_IDS));
    if (!role) {
      await ctx.reply(ctx.t('not-allowed'));
      return;
    }
    const audience: Audience = { kind: 'center-waiting' };
    let text = '';
    let step: Step = 'kind';
    for (;;) {
      switch (step) {
        case 'kind': {
          const kinds: AudienceKind[] = ['group', 'center-enrolled', 'center-waiting'];
          if (role.kind === 'coordinator') kinds.push('all-waiting');
          const answer = await askChoice(conversation, ctx, {
            text: ctx.t('adm-bc-choose-audience'),
            choices: kinds.map((kind) => ({ label: ctx.t(`adm-bc-aud-${kind}`), value: kind })),
            back: false,
          });
          if (answer === BACK) break;
          audience.kind = answer as AudienceKind;
          delete audience.centerId, delete audience.courseId, delete audience.groupId;
          step = audience.kind === 'all-waiting' ? 'text' : 'center';
          break;
        }
        case 'center': {
          const centers = await conversation.external(async () => (await listCenters()).filter((c) => canManageCenter(role, c.id)));
          const answer = await askChoice(conversation, ctx, {
            text: ctx.t('adm-bc-choose-center'),
            choices: centers.map((c) => ({ label: `${c.town}: ${c.name}`, value: c.id })),
          });
          if (answer === BACK) step = 'kind';
          else (audience.centerId = answer), (step = audience.kind === 'center-enrolled' ? 'text' : 'detail');
          break;
        }
        case 'detail': {
          const answer = audience.kind === 'group' ? await askGroup(conversation, ctx, audience.centerId!) : await askCourse(conversation, ctx);
          if (answer === BACK) step = 'center';
          else if (answer === null) step = 'center'; // no open groups: pick another center
          else {
            if (audience.kind === 'group') audience.groupId = answer;
            else if (answer === 'all') delete audience.courseId;
            else audience.courseId = answer;
            step = 'text';
          }
          break;
        }
        case 'text': {
          const answer = await askText(conversation, ctx, {
            text: ctx.t('adm-bc-ask-text'),
            validate: (t) => (t.length > MAX_BROADCAST_LENGTH ? 'adm-bc-too-long' : undefined),
          });
          if (answer === BACK) step = audience.kind === 'all-waiting' ? 'kind' : audience.kind === 'center-enrolled' ? 'center' : 'detail';
          else (text = answer), (step = 'preview');
          break;
        }
        case 'preview': {
          const count = await conversation.external(() => countRecipients({ ...audience }));
          if (count.total === 0) {
            await ctx.reply(ctx.t('adm-bc-no-recipients'));
            step = 'kind';
            break;
          }
          await ctx.reply(ctx.t('adm-bc-preview-intro'));
          // Exactly as the notifier sends it: plain text, no link preview.
          await ctx.reply(text, { link_preview_options: { is_disabled: true } });
          const answer = await askChoice(conversation, ctx, {
            text: ctx.t(count.unreachable > 0 ? 'adm-bc-preview-count-blocked' : 'adm-bc-preview-count', { ...count }),
            choices: [{ label: ctx.t('adm-bc-confirm'), value: 'confirm' }],
          });
          if (answer === BACK) {
            step = 'text';
            break;
          }
          return send(conversation, ctx, audience, text);
        }
      }
    }
  }

  async function send(conversation: SceneConversation, ctx: SceneContext, audience: Audience, text: string) {
    const userId = ctx.from!.id;
    // The role may have been revoked meanwhile, and buttons can be forged: check again.
    const allowed = await conversation.external(async () => {
      const role = await roleOf(userId, deps.config.ADMIN_IDS);
      return role !== null && canTarget(role, audience);
    });
    if (!allowed) {
      await ctx.reply(ctx.t('adm-bc-refused'));
      return;
    }
    const progress = await ctx.reply(ctx.t('adm-bc-progress-start'));
    const result = await conversation.external(async () => {
      const role = await roleOf(userId, deps.config.ADMIN_IDS);
      if (!role) return { ok: false as const, reason: 'not-allowed' as const };
      const now = deps.now();
      const created = await createBroadcast(
        { authorId: userId, authorLocale: ctx.locale, role, audience, text, progress: { chatId: progress.chat.id, messageId: progress.message_id } },
        now,
      );
      if (created.ok) await deps.jobs.followBroadcast(created.id, now);
      return created;
    });
    if (!result.ok) {
      await ctx.reply(ctx.t(result.reason === 'not-allowed' ? 'adm-bc-refused' : 'adm-bc-no-recipients'));
      return;
    }
    await ctx.api.editMessageText(progress.chat.id, progress.message_id, ctx.t('adm-bc-progress', { delivered: 0, blocked: result.unreachable, failed: 0, total: result.recipients }));
  }

  return createConversation<BotContext, SceneContext>(broadcast, BROADCAST);
}

/** An open group of the center; null when it has none. */
async function askGroup(conversation: SceneConversation, ctx: SceneContext, centerId: string) {
  const [groups, courses] = await conversation.external(() => Promise.all([listOpenGroups(centerId), listCourses()]));
  if (groups.length === 0) {
    await ctx.reply(ctx.t('adm-bc-no-groups'));
    return null;
  }
  return askChoice(conversation, ctx, {
    text: ctx.t('adm-bc-choose-group'),
    choices: groups.map((g) => ({
      label: `${courses.find((c) => c.id === g.courseId)?.title[ctx.locale] ?? g.courseId} · ${ctx.t(`time-${g.timeOfDay}`)} · ${g.room}`,
      value: g.id,
    })),
  });
}

async function askCourse(conversation: SceneConversation, ctx: SceneContext) {
  const courses = await conversation.external(() => listCourses());
  return askChoice(conversation, ctx, {
    text: ctx.t('adm-bc-choose-course'),
    choices: [{ label: ctx.t('adm-bc-all-courses'), value: 'all' }, ...courses.map((c) => ({ label: c.title[ctx.locale], value: c.id }))],
  });
}
