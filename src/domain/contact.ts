import { StaffMemberModel } from '../db/models/staff-member.js';
import type { Center } from './catalog.js';

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

export async function contactVars(librarianId: number | undefined, center: Center | undefined): Promise<ContactVars> {
  const librarian = librarianId === undefined ? null : await StaffMemberModel.findById(librarianId, { displayName: 1 }).lean();
  const name = librarian?.displayName?.trim() ?? '';
  return { librarian: name, phone: center?.phone ?? '', librarianKnown: name ? 'yes' : 'no' };
}
