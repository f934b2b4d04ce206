import type { GroupForChange } from '../../src/domain/change-groups.js';
import { reminderSettings } from '../../src/domain/reminders.js';
import { roleOf } from '../../src/domain/roles.js';
import { changeRoom } from '../../src/domain/room-change.js';
import { singleLine } from '../../src/domain/text.js';
import { toldCount } from '../../src/domain/told-count.js';
import { roomInEnglish } from '../classes/room-in-english.js';
import type { SceneContext, SceneConversation, SceneDeps } from '../shared/context.js';
import type { Questions } from '../shared/questions.js';
import { toldOthersLines } from './told-lines.js';

type Named = GroupForChange & { names: { course: string; center: string } };

/**
 * /change → «🚪 Сменить аудиторию» (walk40 M1): the new room, typed and checked as /newclass checks it (its English
 * words where someone at the center reads English, as /newclass asks them), a preview, then the group is told
 * (src/domain/room-change.ts). The room is the group's, so it is every lesson still to come: lessons keep no room of
 * their own. Back and Cancel on every step (Questions).
 */
export async function changeGroupRoom(conversation: SceneConversation, q: Questions, ctx: SceneContext, deps: SceneDeps, group: Named, now: Date) {
  const actorId = ctx.from!.id;
  const room = singleLine(
    await q.ask(ctx.t('change-room-ask', { room: group.room }), {
      typed: (text) => {
        if (!(singleLine(text).length >= 1 && text.length <= 100)) return { error: 'cls-room-invalid' };
        // The same words again are no change (English readers' words are asked next, when there are any).
        return singleLine(text) === group.room && !group.roomEn ? { error: 'change-room-same' } : { value: text };
      },
    }),
  );
  const roomEn = await roomInEnglish(conversation, q, ctx, { centerId: group.centerId, room });
  const told = await conversation.external(() => toldCount([group.id], now));
  // Staff read the words as typed, the English ones under them (as /newclass's preview shows them).
  const shown = roomEn ? `${room}\n${ctx.t('cls-new-room-en-line', { roomEn })}` : room;
  const preview = ctx.t('change-room-preview', { ...group.names, old: group.room, room: shown, lessons: group.lessons.length, count: told.messages }) + toldOthersLines(ctx, told);
  await q.ask(preview, { choices: [{ label: ctx.t('rem-chg-confirm'), value: 'ok' }] });
  const result = await conversation.external(async () => {
    // The role may have changed since the start: the center is checked again.
    const role = await roleOf(actorId, deps.config.ADMIN_IDS);
    if (!role) return { ok: false as const, reason: 'no-role' as const };
    return changeRoom(actorId, role, { groupId: group.id, from: group.room, room, ...(roomEn ? { roomEn } : {}) }, deps.now(), reminderSettings(deps.config));
  });
  if (!result.ok) {
    const key = { 'no-role': 'not-allowed', 'not-allowed': 'lost-center-change', gone: 'rem-chg-gone', same: 'change-room-same-done' }[result.reason];
    return q.finish(ctx.t(key));
  }
  return q.finish(
    ctx.t('rem-chg-done', { count: result.notified - result.byPhone - result.inPerson, calls: result.byPhone }) +
      (result.inPerson > 0 ? ` ${ctx.t('no-phone-chg-done', { count: result.inPerson })}` : ''),
  );
}
