import { StaffMemberModel } from '../db/models/staff-member.js';
import type { Locale } from '../notify/notifier.js';
import type { Center } from './catalog.js';
import { transliterate } from './transliterate.js';

/**
 * Whom a citizen asks about a group: the librarian by name when we know it,
 * always with the center's phone ("Вопросы: Марина Соколова, телефон …").
 * Returned as Fluent variables: the texts choose the wording through
 * `$librarianKnown` ("yes" / "no"), so no words live in code.
 */
export interface ContactVars extends Record<string, string> {
  librarian: string;
  phone: string;
  librarianKnown: 'yes' | 'no';
}

/** `locale`: the reader's; an English reader gets the name in Latin letters, as the room (whereVars). */
export async function contactVars(librarianId: number | undefined, center: Center | undefined, locale: Locale = 'ru'): Promise<ContactVars> {
  let librarian: { displayName?: string | null; centerIds: string[] } | null =
    librarianId === undefined ? null : await StaffMemberModel.findById(librarianId, { displayName: 1, centerIds: 1 }).lean();
  // Her rights were taken away (or she left this center): another librarian of the center, else only its phone (W22-27).
  if (librarian && center && !librarian.centerIds.includes(center.id)) {
    librarian = await StaffMemberModel.findOne({ centerIds: center.id, displayName: { $nin: [null, ''] } }, { displayName: 1, centerIds: 1 }).sort({ _id: 1 }).lean();
  }
  const name = librarian?.displayName?.trim() ?? '';
  return { librarian: locale === 'ru' ? name : transliterate(name), phone: center?.phone ?? '', librarianKnown: name ? 'yes' : 'no' };
}
