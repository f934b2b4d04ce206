import { Types } from 'mongoose';
import { CitizenModel } from '../../db/models/citizen.js';
import { ImportBatchModel } from '../../db/models/import-batch.js';
import { WaitlistEntryModel } from '../../db/models/waitlist-entry.js';
import { audit } from '../audit.js';
import { listCenters, listCourses } from '../catalog.js';
import { registerWithoutTelegram } from '../desk-registration.js';
import { markStatsStale } from '../stats.js';
import type { Role } from '../roles.js';
import { classify, type Decisions } from './classify.js';
import type { PreparedImport } from './prepare.js';

export { PAPER_CONSENT_VERSION } from '../desk-registration.js';

export interface ImportResult {
  batchId: string;
  added: number;
  already: number;
  /** Of `already`, waiting entries whose place now counts from the file's earlier day. */
  backdated: number;
  /** Of `already`, repeats of an earlier row of the same file (walk29 W29-19: not people already on the list). */
  duplicates: number;
  rejected: number;
  /** Of `added`, people with no phone (fix28d): told in person when their turn comes. */
  noPhone: number;
  /** Lines (as in the file) not written because the coordinator stopped the course or hid the center after the preview. */
  closed: { course: number[]; center: number[] };
  /** Each course and center that got someone new (their free seats are offered next: offerSeatsOnJoining). */
  places: Array<{ courseId: string; centerId: string }>;
}

/**
 * Writes what the preview showed as "to add". Safe to repeat and to race:
 * one citizen per phone and name (unique phoneKey), one entry per row key and one
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
  // The course stopped or the center hidden since the preview (probe s23 M4): those rows are refused, as /add does.
  const [openCourses, openCenters] = await Promise.all([listCourses(), listCenters()]);
  const courseOpen = (id: string) => openCourses.some((c) => c.id === id);
  const centerOpen = (id: string) => openCenters.some((c) => c.id === id);
  const closed = {
    course: preview.toAdd.filter((r) => !courseOpen(r.courseId)).map((r) => r.line),
    center: preview.toAdd.filter((r) => courseOpen(r.courseId) && !centerOpen(r.centerId)).map((r) => r.line),
  };
  const rows = preview.toAdd.filter((r) => courseOpen(r.courseId) && centerOpen(r.centerId));
  // A row going on the card of a namesake with a phone (probe30 L2): that card, if it is still there.
  const cards = rows.flatMap((r) => (r.citizenId !== undefined ? [r.citizenId] : []));
  const still = new Set(cards.length ? (await CitizenModel.find({ _id: { $in: cards } }, { _id: 1 }).lean()).map((c) => c._id) : []);
  const cardOf = (r: (typeof rows)[number]) => (r.citizenId !== undefined && still.has(r.citizenId) ? r.citizenId : undefined);
  // The same registration as /add (desk-registration.ts), for every row at once, in the file's order.
  const registered = await registerWithoutTelegram(
    rows.map((r) => ({
      name: r.name,
      ...(r.phone ? { phone: r.phone } : {}),
      courseId: r.courseId,
      centerId: r.centerId,
      timeOfDay: r.timeOfDay,
      joinedAt: r.joinedAt,
      ...(r.notes ? { notes: r.notes } : {}),
      ...(cardOf(r) !== undefined ? { citizenId: cardOf(r) } : {}),
      imported: { batchId, line: r.line, key: r.key },
    })),
    { actorId, now },
  );
  const added = registered.filter((r) => r.outcome === 'added').length;
  let backdated = 0;
  for (const row of preview.already) {
    if (!row.earlier) continue;
    // Still waiting and still later than the file says: an entry offered or moved meanwhile is left as it is.
    const before = await WaitlistEntryModel.findOneAndUpdate(
      { _id: row.earlier.entryId, status: 'waiting', joinedAt: { $gt: row.earlier.joinedAt } },
      { $set: { joinedAt: row.earlier.joinedAt } },
    ).lean();
    if (!before) continue;
    backdated++;
    // Each moved place on its own line (probe s22 H1): which entry, from when to when; no name.
    await audit({
      actorId, action: 'waitlist.import-backdate', target: `entry:${row.earlier.entryId}`,
      details: { batchId: String(batchId), from: before.joinedAt.toISOString(), to: row.earlier.joinedAt.toISOString() },
    }, now);
  }
  const places = new Map(rows.filter((_, i) => registered[i]?.outcome === 'added').map((r) => [`${r.courseId} ${r.centerId}`, { courseId: r.courseId, centerId: r.centerId }]));

  const result = {
    batchId: String(batchId),
    added,
    already: preview.already.length + (rows.length - added),
    backdated,
    rejected: preview.rejected.length + closed.course.length + closed.center.length,
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
  // The librarian's next /stats shows the people just added (walk s22 W22-11).
  if (added > 0 || backdated > 0) await markStatsStale();
  await audit({ actorId, action: 'waitlist.import', target: `import:${result.batchId}`, details: { rows: p.dataRows, added, already: result.already, backdated, rejected: result.rejected, fileHash: p.fileHash } }, now);
  const noPhone = rows.filter((r, i) => !r.phone && cardOf(r) === undefined && registered[i]?.outcome === 'added').length;
  const duplicates = preview.already.filter((a) => a.reason === 'duplicate-in-file').length;
  return { ...result, duplicates, noPhone, closed, places: [...places.values()] };
}
