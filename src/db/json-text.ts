/**
 * Values holding nested arrays (inline keyboards, tables) are stored as JSON text,
 * because the test database (FerretDB) refuses nested arrays in a document
 * (docs/test-database.md). Every such field goes through this helper, so storing
 * them as plain subdocuments on MongoDB alone is a change in one place.
 */

/** The mongoose field type of such a value. */
export const jsonTextField = { type: String, required: true } as const;

export const toJsonText = (value: unknown): string => JSON.stringify(value);

export const fromJsonText = <T>(text: string): T => JSON.parse(text) as T;
