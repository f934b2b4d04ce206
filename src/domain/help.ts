import { WaitlistEntryModel } from '../db/models/waitlist-entry.js';
import type { Locale } from '../notify/notifier.js';
import { describeCenter, findCenter, listCenters } from './catalog.js';
import { centerInTownOf } from './center-names.js';

/** The regional library, whose phone answers for the whole program. */
export const MAIN_CENTER_ID = 'kemerovo-regional';

/** The phone of the citizen's own center (their newest active entry), else the program's phone. */
export async function centerPhoneFor(citizenId: number | undefined, locale: Locale = 'ru') {
  const entry = citizenId
    ? await WaitlistEntryModel.findOne({ citizenId, activeKey: { $exists: true } }, { centerId: 1 }).sort({ joinedAt: -1 }).lean()
    : null;
  const own = entry ? await describeCenter(entry.centerId) : undefined;
  if (own) return { own: true as const, center: await centerInTownOf(own.id, locale), phone: own.phone };
  const main = (await findCenter(MAIN_CENTER_ID)) ?? (await listCenters())[0];
  return { own: false as const, center: main ? await centerInTownOf(main.id, locale) : '', phone: main?.phone ?? '' };
}
