/**
 * A filter for documents whose `field` is one of `values` (the caller keeps only
 * the values it asked for). Up to LONG_IN values it is the plain `$in`; above,
 * it asks for every document that has the field, and the caller filters.
 *
 * Why: the test database (FerretDB) compares each document with each value of
 * an `$in`, so an import of thousands of phones took minutes; reading the
 * field of every document takes seconds (docs/test-database.md). On MongoDB
 * both are index reads; the long form reads more, only for long lists.
 *
 * @example
 * const rows = await CitizenModel.find(oneOf('phoneKey', phones), { phoneKey: 1 }).lean();
 * for (const row of rows) if (wanted.has(row.phoneKey)) …
 */
export function oneOf<V>(field: string, values: readonly V[]): Record<string, { $in: V[] } | { $exists: true }> {
  return { [field]: values.length > LONG_IN ? { $exists: true } : { $in: [...values] } };
}

/** Above this many values oneOf reads the field of every document instead. */
export const LONG_IN = 300;

/** Documents per reply when reading a long list whole: each extra getMore is one more scan on the test database. */
export const WHOLE_LIST_BATCH = 10_000;
