import { hasTelegram } from '../db/models/citizen.js';
import { citizensToTell } from './changes.js';
import { withoutPhone } from './no-phone-notices.js';

/**
 * Who a schedule change of these groups reaches, counted as its result counts them (walk30 W30-09: the preview said
 * «Участникам придёт сообщение: 4», the result «сообщения: 2. Без Телеграма: 2»): messages in Telegram, calls by the
 * librarians (no Telegram), told in person (no phone either). Each person once, even in two of the groups.
 */
export async function toldCount(groupIds: string[], now: Date): Promise<{ messages: number; calls: number; inPerson: number }> {
  const lists = await Promise.all([...new Set(groupIds)].map((id) => citizensToTell(id, now)));
  const ids = [...new Set(lists.flat().map((p) => p.citizenId))];
  const { others, inPerson } = await withoutPhone(ids.filter((id) => !hasTelegram(id)));
  return { messages: ids.filter(hasTelegram).length, calls: others.length, inPerson: inPerson.length };
}
