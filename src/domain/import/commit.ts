import { randomInt } from 'node:crypto';
import { Types } from 'mongoose';
import { CitizenModel } from '../../db/models/citizen.js';
import { ImportBatchModel } from '../../db/models/import-batch.js';
import { WaitlistEntryModel } from '../../db/models/waitlist-entry.js';
import { audit } from '../audit.js';
import type { Role } from '../roles.js';
import { classify, type Decisions } from './classify.js';
import type { PreparedImport } from './prepare.js';

/** Paper consent forms carry no version of our Telegram text. */
export const PAPER_CONSENT_VERSION = 'paper';

export interface ImportResult {
  batchId: string;
  added: number;
  already: number;
  rejected: number;
}

const isDuplicateKey = (error: unknown) => (error as { code?: number })?.code === 11000;

/** Random negative ids, far below the anonymous stand-ins of /forget (-1 … -2^47): never a Telegram id. */
const newPaperCitizenId = () => -(2 ** 49 + randomInt(0, 2 ** 47));

/**
 * Writes what the preview showed as "to add". Safe to repeat and to race:
 * one citizen per phone (unique phoneKey), one entry per row key and one
 * active entry per citizen and course (unique indexes); a row that lost a
 * race is counted as already there.
 *
 * These people get no Telegram messages (reachable: false): their seat offers
 * become call tasks for the librarians and their lessons are on the daily call
 * list (src/domain/call-tasks.ts, call-lists.ts) until they link Telegram.
 */
export async function commitImport(p: PreparedImport, role: Role, decisions: Decisions, actorId: number, now: Date): Promise<ImportResult> {
  const preview = classify(p, role, decisions, now, true);
  const batchId = new Types.ObjectId();
  const rows = preview.toAdd;

  // 1. One citizen without Telegram per phone: those not there yet are inserted (insert, then read back: fast on FerretDB).
  const phones = [...new Set(rows.map((r) => r.phone))];
  const known = new Map<string, number>();
  const wanted = new Set(phones);
  // A long $in is compared with every document on FerretDB: for a big file, read all phone keys and filter here.
  const filter = phones.length > 300 ? { phoneKey: { $exists: true } } : { phoneKey: { $in: phones } };
  const readBack = async () => {
    for (const c of await CitizenModel.find(filter, { phoneKey: 1 }).batchSize(10_000).lean()) if (wanted.has(c.phoneKey!)) known.set(c.phoneKey!, c._id);
  };
  await readBack();
  const firstRowOf = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!known.has(r.phone) && !firstRowOf.has(r.phone)) firstRowOf.set(r.phone, r);
  const newCitizens = [...firstRowOf.values()].map((r) => ({
    _id: newPaperCitizenId(),
    language: 'ru',
    name: r.name,
    phone: r.phone,
    phoneKey: r.phone,
    consent: { version: PAPER_CONSENT_VERSION, givenAt: r.joinedAt, method: 'paper', centerId: r.centerId, recordedBy: actorId, recordedAt: now },
    reachable: false,
    ...(r.notes ? { notes: r.notes } : {}),
    createdAt: now,
    updatedAt: now,
  }));
  if (newCitizens.length > 0) {
    try {
      await CitizenModel.collection.insertMany(newCitizens as never[], { ordered: false });
    } catch (error) {
      // Another import inserted the same phone meanwhile: theirs is read back below.
      if (!isDuplicateKey(error) && !isBulkOfDuplicates(error)) throw error;
    }
    await readBack();
  }

  // 2. The entries, in the file's order (ObjectIds ascend, so equal join dates keep that order).
  const entries = rows.flatMap((r) => {
    const citizenId = known.get(r.phone);
    if (citizenId === undefined) return [];
    return [{
      _id: new Types.ObjectId(),
      citizenId,
      courseId: r.courseId,
      centerId: r.centerId,
      timeOfDay: r.timeOfDay,
      status: 'waiting',
      activeKey: `${citizenId}:${r.courseId}`,
      joinedAt: r.joinedAt,
      imported: { batchId, line: r.line, key: r.key },
      createdAt: now,
      updatedAt: now,
    }];
  });
  let added = 0;
  if (entries.length > 0) {
    try {
      added = (await WaitlistEntryModel.collection.insertMany(entries, { ordered: false })).insertedCount;
    } catch (error) {
      if (!isBulkOfDuplicates(error)) throw error;
      added = (error as { result?: { insertedCount?: number } }).result?.insertedCount ?? 0;
    }
  }

  const result = {
    batchId: String(batchId),
    added,
    already: preview.already.length + (rows.length - added),
    rejected: preview.rejected.length,
  };
  await ImportBatchModel.create({
    _id: batchId,
    fileName: p.fileName.slice(0, 256) || 'file',
    fileHash: p.fileHash,
    importedBy: actorId,
    importedAt: now,
    rows: p.dataRows,
    added: result.added,
    already: result.already,
    rejected: result.rejected,
  });
  await audit({ actorId, action: 'waitlist.import', target: `import:${result.batchId}`, details: { rows: p.dataRows, added, already: result.already, rejected: result.rejected, fileHash: p.fileHash } }, now);
  return result;
}

/** An unordered insert where every failure was a duplicate key. */
function isBulkOfDuplicates(error: unknown): boolean {
  const e = error as { code?: number; writeErrors?: Array<{ code?: number }> | { code?: number } };
  if (e?.code === 11000 && !e.writeErrors) return true;
  const list = Array.isArray(e?.writeErrors) ? e.writeErrors : e?.writeErrors ? [e.writeErrors] : [];
  return list.length > 0 && list.every((w) => w.code === 11000);
}
