/**
 * Callback data of plain inline buttons, defined once per feature and used by
 * both sides: the builder (often here in the domain, for messages the outbox
 * sends later) and the bot's handler. The wire format is `prefix:action:id`,
 * without the parts a definition leaves out (`lang:ru`, `ci:<center>`), the
 * same strings the buttons carried before this helper, so the buttons already
 * in people's chats and in the outbox ledger keep working.
 *
 * Data comes back from Telegram as the person's client sends it, and can be
 * forged: `unpack` accepts only an action of the definition with an id of its
 * shape, and the handler still checks who may press it. No grammY here: the
 * bot passes `only(...)` (a RegExp) to `callbackQuery` and reads `ctx.match`.
 *
 * ```ts
 * export const offerData = defineCallbackData('offer', ['acc', 'dec'], OBJECT_ID);
 * offerData.pack('acc', entryId);                          // 'offer:acc:<entryId>'
 * composer.callbackQuery(offerData.only('acc'), (ctx) => accept(offerData.read(ctx.match).id));
 * composer.callbackQuery(offerData.any, outdated);          // anything else under offer:
 * ```
 *
 * (The `callback-data` package was considered: its fields are typed but not
 * shaped, so a forged id would still reach the handler, and it knows no actions
 * without an id.)
 */

/** Telegram's limit on callback_data, in bytes. */
export const MAX_CALLBACK_BYTES = 64;

/** A MongoDB ObjectId in hex, as String(doc._id) gives it. */
export const OBJECT_ID = /[0-9a-f]{24}/;
/** A day, YYYY-MM-DD. */
export const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
/** A center's id (a slug; centers-admin.ts keeps new ones at 40 characters). */
export const CENTER_ID = /[a-z0-9-]{1,60}/;

/** The id's shape of an action (no anchors, no flags), or null for an action that carries no id. */
export type IdShape = RegExp | null;

export interface Unpacked<A extends string> {
  action: A;
  /** '' for an action without an id. */
  id: string;
}

export interface CallbackData<A extends string> {
  readonly prefix: string;
  /** The data of a button; throws on an id not of the action's shape or data over 64 bytes (a bug, not input). */
  pack(action: A, id?: string): string;
  /** The action and id of well-formed data of this definition; undefined for anything else. */
  unpack(data: string | undefined): Unpacked<A> | undefined;
  /** A trigger for grammY's callbackQuery: exactly these actions (every action when none is named), ids of their shape. */
  only(...actions: A[]): RegExp;
  /** Reads `ctx.match` of a handler triggered by `only`. */
  read(match: string | RegExpMatchArray | undefined): Unpacked<A>;
  /** Any data under the prefix, well-formed or not: the feature's last handler, "this button no longer works". */
  readonly any: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const bytes = (text: string) => new TextEncoder().encode(text).length;

export function defineCallbackData<const A extends string>(prefix: string, shapes: Record<A, IdShape>): CallbackData<A>;
export function defineCallbackData<const A extends string>(prefix: string, actions: readonly A[], id: IdShape): CallbackData<A>;
export function defineCallbackData<const A extends string>(prefix: string, actionsOrShapes: readonly A[] | Record<A, IdShape>, id: IdShape = null): CallbackData<A> {
  if (!/^[a-z]+$/.test(prefix)) throw new Error(`callback data prefix must be lowercase letters: ${prefix}`);
  const entries: Array<[A, IdShape]> = Array.isArray(actionsOrShapes)
    ? (actionsOrShapes as readonly A[]).map((action) => [action, id])
    : (Object.entries(actionsOrShapes) as Array<[A, IdShape]>);
  const shapes = new Map(entries);
  const head = (action: A) => (action === '' ? prefix : `${prefix}:${action}`);
  const exact = (action: A) => {
    const shape = shapes.get(action);
    return escape(head(action)) + (shape ? `:(?:${shape.source})` : '');
  };
  const matchers = new Map(entries.map(([action]) => [action, new RegExp(`^${exact(action)}$`)]));

  const unpack = (data: string | undefined): Unpacked<A> | undefined => {
    if (data === undefined || bytes(data) > MAX_CALLBACK_BYTES) return undefined;
    for (const [action, matcher] of matchers) {
      if (!matcher.test(data)) continue;
      return { action, id: shapes.get(action) ? data.slice(head(action).length + 1) : '' };
    }
    return undefined;
  };

  return {
    prefix,
    pack(action, value) {
      const shape = shapes.get(action);
      const data = shape ? `${head(action)}:${value ?? ''}` : head(action);
      if (shape === undefined || (!shape && value !== undefined) || unpack(data)?.action !== action) {
        throw new Error(`callback data ${prefix}:${action} does not take ${value === undefined ? 'no id' : 'this id'}`);
      }
      return data;
    },
    unpack,
    only: (...actions) => new RegExp(`^(?:${(actions.length > 0 ? actions : [...shapes.keys()]).map(exact).join('|')})$`),
    read(match) {
      const found = unpack(typeof match === 'string' ? match : match?.[0]);
      if (!found) throw new Error(`callback data read outside its trigger: ${prefix}`);
      return found;
    },
    any: new RegExp(`^${escape(prefix)}(?::|$)`),
  };
}
