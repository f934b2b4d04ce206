/**
 * The outbox: every message sent later or to many people goes through it.
 * Read it in this order:
 *   model.ts      the collections and an item's states; priorities
 *   store.ts      enqueue, read what is due, record outcomes
 *   withdraw-keys.ts  a notice taken back by its exact key
 *   catch-up.ts   journal → ledger; a 403 told to SenderDeps.blocked (a seat offer passed on)
 *   forget.ts     /forget: nothing in the outbox leads back to a forgotten person
 *   unlink.ts     a Telegram account unlinked from a desk record: its chat keeps nothing of hers, and is told
 *   progress.ts   a batch's (a broadcast's) progress, counted and exact
 *   lease.ts      the one lease: one sending process at a time
 *   pacer.ts      when the next message may go (rate, one second per chat, 429s)
 *   hand.ts       what the sender has taken and not yet seen in the ledger (and what this process handed it)
 *   arrivals.ts   what this process enqueued that is more urgent than the batch being sent
 *   recipients.ts language and reachability of each chat
 *   sender.ts     the loop: claim, send, record; after any error, start again
 */
export { PRIORITIES, type Priority, type FinishedStatus } from './model.js';
export { enqueue, cancelPending, withdrawUnsent, existingKeys, keysStartingWith, reassignAboutCitizen, sentMessageIds, sentMessageKey, type OutboxItem } from './store.js';
export { withdrawKeys } from './withdraw-keys.js';
export { lastSentAt, sentMessagesTo, sentMessagesUnder, sentToChatAfter } from './sent-messages.js';
export { forgetRecipientInOutbox, forgetNamedInOutbox, forgottenKey, FORGOTTEN_MESSAGE, type ForgetReason } from './forget.js';
export { forgetToldFormerAccounts, toldByOwnAnswer, unlinkChatInOutbox } from './unlink.js';
export { batchProgress, runningBatchProgress, type BatchProgress } from './progress.js';
export { type SenderDeps, type SenderOptions, type SenderReport, type Timer } from './sender.js';
export { startSender, drainOutbox, type RunningSender } from './loop.js';
