/**
 * Typed menu payloads: the state a menu's buttons carry in their callback data
 * (the `@grammyjs/menu` payload, at most ~40 bytes and never a "/"). Each
 * feature declares its payload once as a schema of fields; encoding and
 * parsing (with validation: callback data can be forged) happen only here.
 *
 * @example
 * const marks = payloadCodec({ lesson: objectId, page: count });
 * marks.encode({ lesson: '65f…', page: 2 }); // "65f….2"
 * marks.decode('65f….2');                     // { lesson: '65f…', page: 2 }
 * marks.decode('junk');                       // undefined
 */
export interface Field<T> {
  encode(value: T): string;
  /** undefined when the text is not a valid value. */
  decode(text: string): T | undefined;
}

/** A MongoDB ObjectId as 24 hex digits. */
export const objectId: Field<string> = {
  encode: (v) => v,
  decode: (s) => (/^[0-9a-f]{24}$/.test(s) ? s : undefined),
};

/** A MongoDB ObjectId in 16 characters (base64url of its 12 bytes): two of them fit one button's data. */
export const compactId: Field<string> = {
  encode: (v) => Buffer.from(v, 'hex').toString('base64url'),
  decode: (s) => (/^[A-Za-z0-9_-]{16}$/.test(s) ? Buffer.from(s, 'base64url').toString('hex') : undefined),
};

/** A small non-negative integer (a page number, an index), base 36. */
export const count: Field<number> = {
  encode: (v) => v.toString(36),
  decode: (s) => (/^[0-9a-z]{1,4}$/.test(s) ? parseInt(s, 36) : undefined),
};

/** A Telegram user id. */
export const userId: Field<number> = {
  encode: (v) => v.toString(36),
  decode: (s) => (/^[0-9a-z]{1,11}$/.test(s) ? parseInt(s, 36) : undefined),
};

/** A center id (slug, at most 40 characters). */
export const slug: Field<string> = {
  encode: (v) => v,
  decode: (s) => (/^[a-z0-9-]{1,40}$/.test(s) ? s : undefined),
};

/** A set of positions (0..63) as a bit mask, base 36: "which of the list are ticked". */
export const positions: Field<Set<number>> = {
  encode: (v) => [...v].reduce((mask, i) => mask | (1n << BigInt(i)), 0n).toString(36),
  decode: (s) => {
    if (!/^[0-9a-z]{1,13}$/.test(s)) return undefined;
    let mask = [...s].reduce((n, c) => n * 36n + BigInt(parseInt(c, 36)), 0n);
    const set = new Set<number>();
    for (let i = 0; mask > 0n && i < 64; i++, mask >>= 1n) if (mask & 1n) set.add(i);
    return mask > 0n ? undefined : set;
  },
};

/** Field methods are checked bivariantly, so a Field<number> is a Field<unknown>. */
type Schema = Record<string, Field<unknown>>;
export type PayloadOf<S extends Schema> = { [K in keyof S]: S[K] extends Field<infer T> ? T : never };

export interface PayloadCodec<P> {
  encode(payload: P): string;
  decode(text: string): P | undefined;
}

/** Fields in schema order, joined by ".". */
export function payloadCodec<S extends Schema>(schema: S): PayloadCodec<PayloadOf<S>> {
  const keys = Object.keys(schema) as Array<keyof S & string>;
  return {
    encode: (payload) => keys.map((k) => schema[k]!.encode(payload[k])).join('.'),
    decode: (text) => {
      const parts = text === '' && keys.length === 0 ? [] : text.split('.');
      if (parts.length !== keys.length) return undefined;
      const out: Record<string, unknown> = {};
      for (const [i, k] of keys.entries()) {
        const value = schema[k]!.decode(parts[i]!);
        if (value === undefined) return undefined;
        out[k] = value;
      }
      return out as PayloadOf<S>;
    },
  };
}
