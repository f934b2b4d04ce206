import { CitizenModel } from '../db/models/citizen.js';
import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import type { Locale } from '../notify/notifier.js';

export interface CitizenView {
  id: number;
  language: Locale;
  name: string;
  reachable: boolean;
}

export async function getCitizen(citizenId: number): Promise<CitizenView | null> {
  const c = await CitizenModel.findById(citizenId, { language: 1, name: 1, reachable: 1 }).lean();
  return c ? { id: c._id, language: c.language as Locale, name: c.name, reachable: c.reachable } : null;
}

/**
 * /forget: withdraws consent and deletes the citizen's personal data. Their
 * entries stay only as anonymous rows (no citizen id) so statistics keep counts.
 * Returns false when nothing personal was stored.
 */
export async function forgetCitizen(citizenId: number, now: Date): Promise<boolean> {
  const [deleted, entries] = await Promise.all([
    CitizenModel.deleteOne({ _id: citizenId }),
    WaitlistEntryModel.updateMany(
      { citizenId },
      { $set: { status: 'forgotten', leftAt: now }, $unset: { citizenId: 1, activeKey: 1 } },
    ),
  ]);
  return deleted.deletedCount > 0 || entries.modifiedCount > 0;
}

export { setReachable } from '../db/repositories/reachability.js';

export async function setCitizenLanguage(citizenId: number, language: Locale): Promise<void> {
  await CitizenModel.updateOne({ _id: citizenId }, { $set: { language } });
}
