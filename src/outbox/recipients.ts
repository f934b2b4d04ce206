import { CitizenModel } from '../db/models/citizen.js';
import { CoordinatorSettingModel } from '../db/models/coordinator-setting.js';
import { PartnerRepresentativeModel } from '../db/models/partner-representative.js';
import { StaffMemberModel } from '../db/models/staff-member.js';
import type { Locale } from '../notify/notifier.js';
import { formerAccounts } from './unlink.js';

export interface RecipientState {
  language: Locale;
  reachable: boolean;
  /** Only items whose key starts so are sent to this chat (a former account: unlink.ts); others are skipped. */
  only?: string;
}

/**
 * Language and reachability of each chat, read when its batch is sent (the
 * current language). Staff (librarians, coordinators) and partners'
 * representatives get notices too, in the language they chose (/language),
 * else their Telegram app's, else the default one. A chat found in neither (a citizen who
 * was forgotten) is left out: nothing is sent there; unless it is an account just unlinked from a desk record,
 * told so (unlink.ts: formerAccounts).
 */
export async function lookupRecipients(
  chatIds: number[],
  staff: { adminIds: number[]; defaultLocale: Locale },
): Promise<Map<number, RecipientState>> {
  const ids = [...new Set(chatIds)];
  const found = await CitizenModel.find({ _id: { $in: ids } }, { language: 1, reachable: 1 }).lean();
  const map = new Map(found.map((c) => [c._id, { language: c.language, reachable: c.reachable }]));
  const others = ids.filter((id) => !map.has(id));
  if (others.length > 0) {
    const admins = others.filter((id) => staff.adminIds.includes(id));
    const [members, representatives, coordinators] = await Promise.all([
      StaffMemberModel.find({ _id: { $in: others } }, { language: 1, telegramLanguage: 1 }).lean(),
      PartnerRepresentativeModel.find({ _id: { $in: others } }, { language: 1, telegramLanguage: 1 }).lean(),
      admins.length > 0 ? CoordinatorSettingModel.find({ _id: { $in: admins } }, { language: 1, telegramLanguage: 1 }).lean() : [],
    ]);
    // Staff and representatives: the language chosen with /language, else their Telegram app's (staff-language.ts).
    const chosen = new Map<number, Locale | null | undefined>([
      ...admins.map((id): [number, undefined] => [id, undefined]),
      ...[...representatives, ...members, ...coordinators].map((s): [number, Locale | null | undefined] => [s._id, s.language ?? s.telegramLanguage]),
    ]);
    for (const id of others) if (chosen.has(id)) map.set(id, { language: chosen.get(id) ?? staff.defaultLocale, reachable: true });
    // Telegram ids only: 0 is an item's forgotten recipient, and a negative id a record without Telegram.
    for (const [id, former] of await formerAccounts(others.filter((id) => id > 0 && !map.has(id)))) map.set(id, former);
  }
  return map;
}
