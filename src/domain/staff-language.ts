import { CoordinatorSettingModel } from '../db/models/coordinator-setting.js';
import { StaffMemberModel } from '../db/models/staff-member.js';
import type { Locale } from '../notify/notifier.js';

/**
 * The language staff read their notices in (call tasks, call digests): the one
 * they chose with /language, else their Telegram app's (noted on their staff
 * commands and buttons), else the default. A librarian whose Telegram is in
 * English no longer gets Russian notices just because they never used /language.
 */

/**
 * Notes a staff member's Telegram language (their app's `language_code`, when it
 * is one of ours). Writes only when it changed (a conditional update that matches nothing otherwise).
 */
export async function noteTelegramLanguage(userId: number, coordinator: boolean, telegramLanguage: Locale | undefined): Promise<void> {
  if (!telegramLanguage) return;
  const filter = { _id: userId, telegramLanguage: { $ne: telegramLanguage } };
  if (!coordinator) return void (await StaffMemberModel.updateOne(filter, { $set: { telegramLanguage } }));
  // Coordinators are not stored: their settings row may not exist yet. A row with this language already
  // makes the upsert collide on _id: nothing to do then.
  await CoordinatorSettingModel.updateOne(filter, { $set: { telegramLanguage } }, { upsert: true }).catch((error: unknown) => {
    if ((error as { code?: number }).code !== 11000) throw error;
  });
}

/** Each staff member's (librarian or coordinator) notice language; `fallback` for those the bot knows nothing about. */
export async function staffLanguages(ids: number[], fallback: Locale = 'ru'): Promise<Map<number, Locale>> {
  const unique = [...new Set(ids)];
  const [members, coordinators] = await Promise.all([
    StaffMemberModel.find({ _id: { $in: unique } }, { language: 1, telegramLanguage: 1 }).lean(),
    CoordinatorSettingModel.find({ _id: { $in: unique } }, { language: 1, telegramLanguage: 1 }).lean(),
  ]);
  const known = new Map<number, Locale>();
  for (const row of [...coordinators, ...members]) {
    const language = row.language ?? row.telegramLanguage;
    if (language) known.set(row._id, language);
  }
  return new Map(unique.map((id) => [id, known.get(id) ?? fallback]));
}
