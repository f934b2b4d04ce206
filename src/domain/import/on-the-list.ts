import { CitizenModel } from '../../db/models/citizen.js';
import { WaitlistEntryModel } from '../../db/models/waitlist-entry.js';
import { oneOf, WHOLE_LIST_BATCH } from '../../db/one-of.js';
import { nameKey, personKey, phoneOfKey } from '../person-names.js';
import type { PreparedImport } from './prepare.js';

/**
 * Which (phone, course) pairs are active on the list now, and which row keys
 * were imported before. A short file asks for its phones; a long one reads
 * the phones and keys of everyone (a few thousand small documents) and
 * filters here. On MongoDB both are index reads or one scan.
 */
export async function whatIsOnTheList(
  phones: string[],
  keys: string[],
  noPhoneKeys: string[],
): Promise<Pick<PreparedImport, 'onList' | 'waitingSince' | 'importedKeys'> & { noPhoneKnown: string[] }> {
  const wantedPhones = new Set(phones);
  const wantedNoPhone = new Set(noPhoneKeys);
  const citizens = await CitizenModel.find(
    { $or: [oneOf('phone', phones), oneOf('phoneKey', phones), ...(noPhoneKeys.length ? [oneOf('phoneKey', noPhoneKeys)] : [])] },
    { phone: 1, phoneKey: 1, name: 1 },
  ).batchSize(WHOLE_LIST_BATCH).lean();
  const personOf = new Map<number, string>();
  for (const c of citizens) {
    if (c.phoneKey && wantedNoPhone.has(c.phoneKey)) {
      personOf.set(c._id, c.phoneKey);
      continue;
    }
    const phone = c.phoneKey ? phoneOfKey(c.phoneKey) : c.phone;
    if (phone && wantedPhones.has(phone)) personOf.set(c._id, personKey(phone, c.name));
  }
  const active = await WaitlistEntryModel.find(
    { ...oneOf('citizenId', [...personOf.keys()]), activeKey: { $exists: true } },
    { citizenId: 1, courseId: 1, centerId: 1, status: 1, joinedAt: 1 },
  ).batchSize(WHOLE_LIST_BATCH).lean();
  const known = active.filter((e) => personOf.has(e.citizenId!));
  const person = (e: (typeof known)[number]) => `${personOf.get(e.citizenId!)}:${e.courseId}`;
  const onList = known.map(person);
  const waitingSince = Object.fromEntries(
    known.filter((e) => e.status === 'waiting').map((e) => [person(e), { entryId: String(e._id), centerId: e.centerId, joinedAt: e.joinedAt }]),
  );
  const wantedKeys = new Set(keys);
  const imported = (await WaitlistEntryModel.find(
    oneOf('imported.key', keys),
    { imported: 1, citizenId: 1 },
  ).batchSize(WHOLE_LIST_BATCH).lean()).filter((e) => e.imported?.key && wantedKeys.has(e.imported.key));
  const names = new Map((await CitizenModel.find(oneOf('_id', [...new Set(imported.map((e) => e.citizenId))]), { name: 1 }).batchSize(WHOLE_LIST_BATCH).lean()).map((c) => [c._id, nameKey(c.name)]));
  const importedKeys = imported.flatMap((e) => [e.imported!.key!, `${e.imported!.key!}|${names.get(e.citizenId!) ?? '?'}`]);
  const noPhoneKnown = [...new Set([...personOf.values()].filter((key) => wantedNoPhone.has(key)))];
  return { onList, waitingSince, importedKeys, noPhoneKnown };
}

/**
 * The people a preview's "your place moves to the file's day" message names (by their waiting entries): that message is
 * recorded as naming them, so that their /forget removes it (task29 fixC).
 */
export async function citizensOfEntries(entryIds: string[]): Promise<number[]> {
  if (entryIds.length === 0) return [];
  return (await WaitlistEntryModel.distinct('citizenId', { _id: { $in: entryIds } })).filter((id): id is number => typeof id === 'number');
}
