import { remember } from '../shared/question-memory.js';

/**
 * Where a chat's join (join-waitlist.ts) stands: the course chosen, the step asked («Шаг 3 из 5»), or the summary (no
 * step). /start in the middle of a join names it in «продолжить или начать заново?» (walk30 W30-03,
 * src/bot/middlewares/leave-conversation.ts). Written as the flow draws each step, replays too (the last write is the
 * step waiting). Kept beside the join's stored state too (src/bot/join-progress-kept.ts), so that after a restart the
 * question still names them (task31 fixD).
 */
export interface JoinProgress {
  courseId?: string;
  step?: number;
  total: number;
}

const byChat = new Map<number, JoinProgress>();

export const noteJoinProgress = (chatId: number, progress: JoinProgress) => remember(byChat, chatId, progress);

export const joinProgressOf = (chatId: number): JoinProgress | undefined => byChat.get(chatId);
