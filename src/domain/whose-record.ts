import { CitizenModel } from '../db/models/citizen.js';
import { initialled } from './person-names.js';

/**
 * Whose record a relative reads (walk36 L2): a grandson who linked his grandmother's desk record said «Это мой
 * родственник», so every message about her lessons and seat says «Запись на имя Козлова А. П.» (the `whose` variable,
 * put on the message's first line where it is translated: src/bot/i18n.ts). The record's name only, as the linking
 * question showed it: the first word whole, the rest as initials, on one line.
 */
export async function whoseRecord(citizenId: number): Promise<string | undefined> {
  const citizen = await CitizenModel.findById(citizenId, { name: 1, readsFor: 1 }).lean();
  return citizen?.readsFor ? initialled(citizen.name) : undefined;
}

/** Whose records these citizens' accounts read (only those read by a relative), for a message to many at once. */
export async function whoseRecords(citizenIds: number[]): Promise<Map<number, string>> {
  const whose = new Map<number, string>();
  // In slices: a broadcast to everyone waiting names tens of thousands, too many for one query's list.
  for (let i = 0; i < citizenIds.length; i += 5000) {
    const readers = await CitizenModel.find({ _id: { $in: citizenIds.slice(i, i + 5000) }, readsFor: true }, { name: 1 }).lean();
    for (const c of readers) whose.set(c._id, initialled(c.name));
  }
  return whose;
}

/** The `whose` variable of a message about this citizen's lessons or seat: none when she reads them herself. */
export const whoseVars = (whose: string | undefined): { whose?: string } => (whose ? { whose } : {});
