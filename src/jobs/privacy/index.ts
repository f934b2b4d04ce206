import type { Agenda } from 'agenda';
import type { BotDeps } from '../../bot/context.js';
import { deleteExpiredChatState, ensureChatStateExpiry } from '../../db/repositories/kv-storage.js';

export const CHAT_STATE_EXPIRY_JOB = 'privacy:expire-chat-state';

const HOUR_MS = 3600_000;

/** How long sessions and conversation state live after their last write (config). */
export const chatStateTtl = (config: BotDeps['config']) => ({
  sessions: config.SESSION_TTL_DAYS * 24 * HOUR_MS,
  conversations: config.CONVERSATION_TTL_HOURS * HOUR_MS,
});

/** The job body: deletes sessions and conversation state past their time to live (tests call it with their clock). */
export function runChatStateExpiryJob(deps: BotDeps): Promise<number> {
  return deleteExpiredChatState(deps.now(), chatStateTtl(deps.config));
}

/**
 * Abandoned flows and idle sessions are deleted: by MongoDB's TTL index where
 * the server has one, and by this job every 15 minutes in any case (FerretDB
 * has none). Until then they already read as absent (MongoKeyValueStorage).
 */
export function definePrivacyJobs(agenda: Agenda, deps: BotDeps): void {
  void ensureChatStateExpiry()
    .then((ttlIndex) => deps.logger.info({ ttlIndex }, 'chat state expiry'))
    .catch((error: unknown) => deps.logger.warn({ err: String(error) }, 'could not create the chat state TTL index'));
  agenda.define(CHAT_STATE_EXPIRY_JOB, async () => {
    const deleted = await runChatStateExpiryJob(deps);
    if (deleted > 0) deps.logger.info({ deleted }, 'expired chat state deleted');
  });
  void agenda.every('15 minutes', CHAT_STATE_EXPIRY_JOB).catch((error: unknown) =>
    deps.logger.warn({ err: String(error) }, 'could not schedule the chat state expiry job'),
  );
}
