import type { ConversationData, VersionedStateStorage } from '@grammyjs/conversations';

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
 * Three rules keep personal data out until the citizen has agreed:
 * 1. The join flow asks for consent before it asks for anything personal
 *    (name, phone): the steps before consent are buttons only.
 * 2. This adapter strips the profile names and username from every user and
 *    chat object in the log before it is written (the ids stay: the chat id is
 *    the storage key anyway, and the row expires with its TTL). Scenes never
 *    read those fields from a context object; the one that needs the Telegram
 *    name (the name step, after consent) takes it with `conversation.external`,
 *    whose result is logged as a value, so a replay sees the same name.
 *    In citizens' flows (`coarseLocationsIn`; a coordinator's map point for a
 *    new center stays exact) shared locations are kept at town level (0.1°,
 *    about 10 km); the nearest
 *    centers are computed in `external` from the precise one, which is not
 *    stored, and their distances are not stored either (nearestToShared in
 *    scenes/waitlist/pick-center.ts measures them outside the log and keeps
 *    them in process memory for a list shown again after Back).
 *    The bot's own messages are stored without text and buttons: a replay
 *    needs only their ids, and a text may repeat what the person said.
 * 3. Answers that are not taken (typed text at a button step, someone else's
 *    contact) are skipped with `conversation.skip()`, so they are never logged.
 * Rows are deleted when a flow ends and expire when one is abandoned.
 */
export function withoutPersonalDetails(
  adapter: VersionedStateStorage<string, ConversationData>,
  options: { coarseLocationsIn: string[] },
): VersionedStateStorage<string, ConversationData> {
  const strip = (data: ConversationData): ConversationData =>
    Object.fromEntries(
      Object.entries(data).map(([id, states]) => [id, stripPersonalDetails(states, { coarseLocations: options.coarseLocationsIn.includes(id) })]),
    );
  return {
    read: (key) => adapter.read(key),
    write: (key, versioned) => adapter.write(key, { ...versioned, state: strip(versioned.state) }),
    delete: (key) => adapter.delete(key),
  };
}

const PROFILE_FIELDS = ['first_name', 'last_name', 'username'] as const;
const BOT_MESSAGE_CONTENT = ['text', 'entities', 'caption', 'reply_markup', 'sent_reply_markup', 'venue', 'location'];
/** Town level: one decimal of a degree is about 11 km north–south. */
const coarse = (degrees: number) => Math.round(degrees * 10) / 10;

/**
 * A copy of `value` in which no user or chat object (one with a numeric `id`)
 * of a person holds a name or username, and (with `coarseLocations`) every location is town-level.
 * Bots keep their names; a shared contact (no `id`, only `user_id`) is left as
 * it is: it is only asked for after consent.
 */
export function stripPersonalDetails<T>(value: T, options: { coarseLocations: boolean }): T {
  if (Array.isArray(value)) return (value as unknown[]).map((v) => stripPersonalDetails(v, options)) as T;
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const person = typeof source.id === 'number' && source.is_bot !== true && PROFILE_FIELDS.some((f) => f in source);
  const fromBot = typeof source.message_id === 'number' && (source.from as { is_bot?: boolean } | undefined)?.is_bot === true;
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(source)) {
    if (person && (PROFILE_FIELDS as readonly string[]).includes(key)) continue;
    if (fromBot && BOT_MESSAGE_CONTENT.includes(key)) continue;
    copy[key] = key === 'location' && options.coarseLocations ? coarseLocation(v) : stripPersonalDetails(v, options);
  }
  return copy as T;
}

function coarseLocation(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const { latitude, longitude } = value as { latitude?: unknown; longitude?: unknown };
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return stripPersonalDetails(value, { coarseLocations: true });
  // Only the coordinates: accuracy, heading and live period say more about a person than about a town.
  return { latitude: coarse(latitude), longitude: coarse(longitude) };
}
