import { createConversation } from '@grammyjs/conversations';
import type { AudienceKind } from '../../src/db/models/broadcast.js';
import {
  broadcastText,
  canTarget,
  centersWithAudience,
  countRecipients,
  createBroadcast,
  rememberProgressMessage,
  listOpenGroups,
  newBroadcastId,
  type Audience,
} from '../../src/domain/broadcast.js';
import { broadcastMessage, broadcastTextLimit, speaksOfScheduleChange } from '../../src/domain/broadcast-preview.js';
import { listEveryCourse, listStaffCenters } from '../../src/domain/catalog.js';
import { broadcastCallsButton } from '../../src/domain/call-digests.js';
import { groupRoom } from '../../src/domain/place-words.js';
import { canManageCenter, roleOf } from '../../src/domain/roles.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneOuterContext } from '../shared/context.js';
import { Questions } from '../shared/questions.js';
import { staffCenterLabel } from '../shared/center-label.js';

export const BROADCAST = 'admin-broadcast';

/**
 * /broadcast: audience (kind → center → group or course) → text → preview
 * exactly as it will arrive, with the number of recipients → Confirm. Every
 * step has Back and Cancel; the role is checked again on Confirm.
 */
export function broadcastScene(deps: SceneDeps) {
  async function broadcast(conversation: SceneConversation, ctx: SceneContext) {
    const q = new Questions(conversation, ctx);
    const userId = ctx.from!.id;
    const role = await conversation.external(() => roleOf(userId, deps.config.ADMIN_IDS));
    if (!role) return q.finish(ctx.t('not-allowed'));
    for (;;) {
      const kinds: AudienceKind[] = ['group', 'center-enrolled', 'center-waiting'];
      if (role.kind === 'coordinator') kinds.push('all-waiting');
      const kind = (await q.ask(ctx.t('adm-bc-choose-audience'), {
        choices: kinds.map((k) => ({ label: ctx.t(`adm-bc-aud-${k}`), value: k })),
        back: false,
      })) as AudienceKind;
      const audience: Audience = { kind };
      if (kind !== 'all-waiting') {
        const centers = await conversation.external(async () => {
          const withAudience = new Set(await centersWithAudience(kind));
          // Hidden centers too (W29-16): their groups still meet and their people still need word.
          return (await listStaffCenters()).filter((c) => canManageCenter(role, c.id) && withAudience.has(c.id));
        });
        if (centers.length === 0) {
          await q.note(ctx.t(`adm-bc-no-centers-${kind}`));
          continue; // nobody of this kind at any of the role's centers: choose again
        }
        // A librarian of one center has no choice to make (as in /newclass and /add).
        const onlyCenter = role.kind === 'librarian' && role.centerIds.length === 1 ? centers[0]!.id : undefined;
        audience.centerId =
          onlyCenter ??
          (await q.ask(ctx.t('adm-bc-choose-center'), { choices: centers.map((c) => ({ label: staffCenterLabel(ctx, c, deps.now()), value: c.id })) }));
      }
      if (kind === 'group') {
        const [groups, courses] = await conversation.external(() => Promise.all([listOpenGroups(audience.centerId!), listEveryCourse()]));
        if (groups.length === 0) {
          await q.note(ctx.t('adm-bc-no-groups'));
          continue; // no open groups: start again
        }
        audience.groupId = await q.ask(ctx.t('adm-bc-choose-group'), {
          choices: groups.map((g) => ({
            label: `${courses.find((c) => c.id === g.courseId)?.title[ctx.locale] ?? g.courseId} · ${ctx.t(`time-${g.timeOfDay}`)} · ${groupRoom(g, ctx.locale)}`,
            value: g.id,
          })),
        });
      } else if (kind === 'center-waiting') {
        const courses = await conversation.external(() => listEveryCourse());
        const course = await q.ask(ctx.t('adm-bc-choose-course'), {
          choices: [{ label: ctx.t('adm-bc-all-courses'), value: 'all' }, ...courses.map((c) => ({ label: c.title[ctx.locale], value: c.id }))],
        });
        if (course !== 'all') audience.courseId = course;
      }
      // An empty audience is refused before the text is typed, not after.
      const audienceSize = await conversation.external(() => countRecipients({ ...audience }));
      if (audienceSize.total === 0) {
        await q.note(ctx.t('adm-bc-no-recipients'));
        continue;
      }
      if (audienceSize.total === audienceSize.unreachable + audienceSize.noTelegram) {
        // People with no phone are told in person, not phoned (probe29 L4).
        const nobody = audienceSize.noPhone ? 'bc-nobody-in-telegram' : 'adm-bc-nobody-in-telegram';
        await q.note(ctx.t(nobody, { unreachable: audienceSize.unreachable, phoneOnly: audienceSize.noTelegram, noPhone: audienceSize.noPhone }));
        continue;
      }
      // Cleaned once, here: the preview shows exactly the text that is sent (probe s18 F4). It must fit one message
      // under the who-writes line.
      const limit = await conversation.external(() => broadcastTextLimit(audience));
      const text = await q.ask(ctx.t('adm-bc-ask-text'), {
        typed: (typed) => {
          const clean = broadcastText(typed);
          if (clean.length === 0) return { error: 'adm-bc-empty' };
          return clean.length > limit ? { error: 'adm-bc-too-long-chars', vars: { max: limit } } : { value: clean };
        },
      });
      const count = await conversation.external(() => countRecipients({ ...audience }));
      if (count.total === 0) {
        // Everyone left while the text was being typed.
        await q.note(ctx.t('adm-bc-no-recipients'));
        continue;
      }
      await q.note(ctx.t('adm-bc-preview-intro'));
      // Exactly as the notifier sends it: the line saying who writes, then the text; plain, no link preview (probe s21 L8).
      const shown = await conversation.external(() => broadcastMessage(audience, text, ctx.locale));
      await q.note('key' in shown ? ctx.t(shown.key, shown.vars) : shown.raw, { link_preview_options: { is_disabled: true } });
      // The text goes to everyone as typed: English readers get it too, which the author should know before sending.
      const english = count.english > 0 ? `${ctx.t('adm-bc-preview-english', { english: count.english })}\n` : '';
      // «Занятие переносится…» sent does not move it: reminders would keep the old time (walk36 L4).
      const schedule = speaksOfScheduleChange(text) ? `${ctx.t('bc-preview-change')}\n` : '';
      // This Send's own broadcast id, stored with the flow before the press: a press repeated after the bot stopped
      // half-way through sending finds the broadcast made then instead of sending it twice (probe s20 F13).
      const broadcastId = await conversation.external(() => newBroadcastId());
      // Those who get it first, then the others (walk31 W31-12: «Получателей: 3» read as three getting it).
      const countKey = count.noPhone ? 'bc-preview-count-no-phone' : 'bc-preview-count';
      const received = count.total - count.unreachable - count.noTelegram;
      await q.ask(schedule + english + ctx.t(countKey, { received, total: count.total, unreachable: count.unreachable, phoneOnly: count.noTelegram, called: count.noTelegram - count.noPhone, noPhone: count.noPhone }), {
        choices: [{ label: ctx.t('adm-bc-confirm'), value: 'confirm' }],
      });
      return send(conversation, q, ctx, audience, text, broadcastId);
    }
  }

  async function send(conversation: SceneConversation, q: Questions, ctx: SceneContext, audience: Audience, text: string, id: string) {
    const userId = ctx.from!.id;
    // The role may have been revoked meanwhile, and buttons can be forged: check again.
    const allowed = await conversation.external(async () => {
      const role = await roleOf(userId, deps.config.ADMIN_IDS);
      return role === null ? ('no-role' as const) : canTarget(role, audience);
    });
    // Still staff, refused: the center was unticked meanwhile (probe29 L3).
    if (allowed !== true) return void (await q.finish(ctx.t(allowed === false ? 'lost-center-broadcast' : 'adm-bc-refused')));
    // The broadcast is stored before the preview stops offering Send (probe s20 F13: a stop in between left
    // "The broadcast is starting…" with nothing sent and no button to press again). The report goes to this chat.
    const result = await conversation.external(async () => {
      const role = await roleOf(userId, deps.config.ADMIN_IDS);
      if (!role) return { ok: false as const, reason: 'no-role' as const };
      const now = deps.now();
      const created = await createBroadcast({ id, authorId: userId, authorLocale: ctx.locale, role, audience, text, progress: { chatId: ctx.chat!.id } }, now);
      if (created.ok) await deps.jobs.followBroadcast(created.id, now);
      return created;
    });
    const done = result.ok
      ? ctx.t('adm-bc-progress', { delivered: 0, blocked: result.unreachable, phoneOnly: result.noTelegram, failed: 0, total: result.recipients })
      : ctx.t(result.reason === 'no-role' ? 'adm-bc-refused' : result.reason === 'not-allowed' ? 'lost-center-broadcast' : 'adm-bc-no-recipients');
    // The confirmed preview becomes the progress message, updated as the broadcast goes.
    const progress = await q.finish(done);
    if (!result.ok) return;
    await conversation.external(() => rememberProgressMessage(result.id, progress.messageId));
    // People without Telegram became calls (walk s20 #29): the author's report opens their list.
    const calls = result.noTelegram > 0 ? broadcastCallsButton(result.id) : undefined;
    if (calls) await ctx.api.editMessageReplyMarkup(progress.chatId, progress.messageId, { reply_markup: { inline_keyboard: [[{ text: ctx.t(calls.key), callback_data: calls.data }]] } });
  }

  return createConversation<SceneOuterContext, SceneContext>(broadcast, BROADCAST);
}
