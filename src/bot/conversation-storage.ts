import type { VersionedStateStorage } from '@grammyjs/conversations';

/**
 * Nothing personal in stored conversation state before consent: the design.
 *
 * @grammyjs/conversations v2 stores a conversation as a replay log: every
 * update the conversation received, the result of every API call it made (the
 * sent messages, with their `chat`), and every `conversation.external()`
 * result. On the next update it replays the function over that log. So
 * whatever a person typed or shared while a conversation runs is stored, and
 * every logged update and message carries the sender's Telegram profile
 * (first and last name, username).
 *
 * Two rules keep personal data out until the citizen has agreed:
 * 1. The join flow asks for consent before it asks for anything personal
 *    (name, phone): the steps before consent are buttons only.
 * 2. This adapter strips the profile names and username from every user and
 *    chat object in the log before it is written (the ids stay: the chat id is
 *    the storage key anyway, and the row expires with its TTL). Scenes never
 *    read those fields from a context object; the one that needs the Telegram
 *    name (the name step, after consent) takes it with `conversation.external`,
 *    whose result is logged as a value, so a replay sees the same name.
 * Rows are deleted when a flow ends and expire when one is abandoned.
 */
export function withoutTelegramProfiles<S>(adapter: VersionedStateStorage<string, S>): VersionedStateStorage<string, S> {
  return {
    read: (key) => adapter.read(key),
    write: (key, state) => adapter.write(key, stripProfiles(state)),
    delete: (key) => adapter.delete(key),
  };
}

const PROFILE_FIELDS = ['first_name', 'last_name', 'username'] as const;

/**
 * A copy of `value` in which no user or chat object (one with a numeric `id`)
 * of a person holds a name or username. Bots keep theirs; a shared contact
 * (no `id`, only `user_id`) is left as it is: it is only asked for after consent.
 */
export function stripProfiles<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => stripProfiles(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const person = typeof source.id === 'number' && source.is_bot !== true && PROFILE_FIELDS.some((f) => f in source);
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(source)) {
    if (person && (PROFILE_FIELDS as readonly string[]).includes(key)) continue;
    copy[key] = stripProfiles(v);
  }
  return copy as T;
}
