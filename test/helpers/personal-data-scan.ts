import mongoose from 'mongoose';

/** What identifies one person: their Telegram id, names, username, phone. */
export interface PersonIdentifiers {
  telegramId: number;
  /** First name, last name: matched case-insensitively anywhere in a text. */
  names: string[];
  username?: string;
  /** Any format: matched on the last ten digits, with or without +7 / 8 and separators. */
  phone?: string;
}

export interface Finding {
  collection: string;
  /** Where in the document: `_id=…/field.sub[2]` (`{json}` marks a JSON text that was parsed). */
  path: string;
  found: string;
}

/**
 * Searches every document of every collection of the current database for a
 * person's identifiers: every string and number, every key, and the inside of
 * JSON texts. A collection added later is searched too, with no change here.
 */
export async function findPersonalData(person: PersonIdentifiers): Promise<Finding[]> {
  const db = mongoose.connection.db!;
  const collections = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).filter((n) => !n.startsWith('system.'));
  const match = matcher(person);
  const findings: Finding[] = [];
  for (const name of collections.sort()) {
    for await (const doc of db.collection(name).find({})) {
      walk(doc, `_id=${String(doc._id)}`, (path, found) => findings.push({ collection: name, path, found }), match);
    }
  }
  return findings;
}

/** The names of every collection of the current database (to show the scan covered them). */
export async function collectionNames(): Promise<string[]> {
  return (await mongoose.connection.db!.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort();
}

type Match = (value: string | number) => string | undefined;

function matcher(person: PersonIdentifiers): Match {
  const id = String(person.telegramId);
  const idInText = new RegExp(`(^|\\D)${id}(\\D|$)`);
  const words = [...person.names, ...(person.username ? [person.username] : [])].map((w) => w.toLowerCase());
  const phoneDigits = person.phone?.replace(/\D/g, '').slice(-10);
  return (value) => {
    if (typeof value === 'number') {
      if (value === person.telegramId) return `telegram id ${value}`;
      if (phoneDigits && String(value).endsWith(phoneDigits)) return `phone ${value}`;
      return undefined;
    }
    if (idInText.test(value)) return `telegram id in "${value.slice(0, 80)}"`;
    const lower = value.toLowerCase();
    const word = words.find((w) => lower.includes(w));
    if (word) return `"${word}" in "${value.slice(0, 80)}"`;
    if (phoneDigits && value.replace(/\D/g, '').includes(phoneDigits)) return `phone in "${value.slice(0, 80)}"`;
    return undefined;
  };
}

function walk(value: unknown, path: string, report: (path: string, found: string) => void, match: Match): void {
  if (value === null || value === undefined || typeof value === 'boolean' || value instanceof Date) return;
  if (typeof value === 'number' || typeof value === 'bigint') {
    const hit = match(Number(value));
    if (hit) report(path, hit);
    return;
  }
  if (typeof value === 'string') {
    const hit = match(value);
    if (hit) report(path, hit);
    const text = value.trim();
    if (text.startsWith('{') || text.startsWith('[')) {
      try {
        walk(JSON.parse(text), `${path}{json}`, report, match);
      } catch {
        // Not JSON: the text itself was searched.
      }
    }
    return;
  }
  if (value instanceof mongoose.Types.ObjectId) return;
  const bsonType = (value as { _bsontype?: string })._bsontype;
  if (bsonType === 'Long' || bsonType === 'Double' || bsonType === 'Int32' || bsonType === 'Decimal128') return walk(Number(String(value)), path, report, match);
  if (bsonType === 'Binary') return walk(Buffer.from((value as { buffer: Uint8Array }).buffer).toString('utf8'), path, report, match);
  if (bsonType) return;
  if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}[${i}]`, report, match));
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const hit = match(key);
    if (hit) report(`${path}.${key} (key)`, hit);
    walk(v, `${path}.${key}`, report, match);
  }
}
