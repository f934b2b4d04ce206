import type { Agenda } from 'agenda';
import type { AppDeps } from '../../bot/context.js';
import { deleteExpiredChatState, ensureChatStateExpiry } from '../../db/repositories/kv-storage.js';
import { finishCutOffForgets } from '../../domain/citizens.js';
import { finishCutOffUnlinks } from '../../domain/unlink-telegram.js';

export const CHAT_STATE_EXPIRY_JOB = 'privacy:expire-chat-state';

const HOUR_MS = 3600_000;

/** How long sessions and conversation state live after their last write (config). */
export const chatStateTtl = (config: AppDeps['config']) => ({
  sessions: config.SESSION_TTL_DAYS * 24 * HOUR_MS,
  conversations: config.CONVERSATION_TTL_HOURS * HOUR_MS,
});

/** Deletes sessions and conversation state past their time to live (tests call it with their clock). */
export function runChatStateExpiryJob(deps: AppDeps): Promise<number> {
  return deleteExpiredChatState(deps.now(), chatStateTtl(deps.config));
}

/** The job body: expired chat state, and any /forget or unlink of Telegram (fix36d) a stopped process left half-done. */
export async function runPrivacySweep(deps: AppDeps): Promise<{ deleted: number; finished: number; unlinked: number }> {
  const deleted = await runChatStateExpiryJob(deps);
  const finished = await finishCutOffForgets(deps.now(), deps.offers);
  const unlinked = await finishCutOffUnlinks(deps.now());
  return { deleted, finished, unlinked };
}

/**
 * Abandoned flows and idle sessions are deleted: by MongoDB's TTL index where
 * the server has one, and by this job every 15 minutes in any case (FerretDB
 * has none). Until then they already read as absent (MongoKeyValueStorage).
 * The same job finishes a /forget, or an unlink of Telegram from a desk record, a stopped process left half-done.
 */
export function definePrivacyJobs(agenda: Agenda, deps: AppDeps): void {
  void ensureChatStateExpiry()
    .then((ttlIndex) => deps.logger.info({ ttlIndex }, 'chat state expiry'))
    .catch((error: unknown) => deps.logger.warn({ err: String(error) }, 'could not create the chat state TTL index'));
  agenda.define(CHAT_STATE_EXPIRY_JOB, async () => {
    const { deleted, finished, unlinked } = await runPrivacySweep(deps);
    if (deleted > 0) deps.logger.info({ deleted }, 'expired chat state deleted');
    if (finished > 0) deps.logger.info({ finished }, 'forgets cut off half-way finished');
    if (unlinked > 0) deps.logger.info({ unlinked }, 'unlinks of Telegram cut off half-way finished');
  });
  void agenda.every('15 minutes', CHAT_STATE_EXPIRY_JOB).catch((error: unknown) =>
    deps.logger.warn({ err: String(error) }, 'could not schedule the chat state expiry job'),
  );
}
