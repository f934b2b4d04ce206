import { CitizenModel } from '../db/models/citizen.js';
import { CoordinatorSettingModel } from '../db/models/coordinator-setting.js';
import { StaffMemberModel } from '../db/models/staff-member.js';
import type { Locale } from '../notify/notifier.js';
import { enqueue, withdrawKeys } from '../outbox/index.js';
import { DeliveryModel } from '../outbox/model.js';
import { lessonVars } from './lesson-words.js';

/**
 * What the group's librarian was told about a person and one lesson: «Вера не сможет прийти …» (her «Не смогу»), and,
 * when she changes her mind, its twin «Вера всё-таки придёт …» (walk40 M2), through the outbox. Each «не смогу» after
 * «приду» opens a round: its notice is `absent:<lesson>:<person>` (the first round, as before) or
 * `absent:<lesson>:<person>:<round>`; «приду» closes the round with `back:<lesson>:<person>:<round>`, or, when its
 * notice had not gone yet, by withdrawing it (the librarian hears nothing). So a repeat of either adds nothing, and
 * /attendance's mark (said-absent.ts) follows the last word.
 */

/** The reason a «не сможет прийти» never sent is skipped with: it was taken back. */
const TAKEN_BACK = 'came after all';

type NoticeRow = { key: string; status?: string | null; lastError?: string | null };

/** Where a person stands for one lesson: the round a new «не смогу» would open, and whether the last one is still open. */
export interface Absence {
  next: number;
  open: boolean;
}

/** `absent:L:P` → round 0, `absent:L:P:2` → 2, `back:L:P:2` → 2 (the person's id: `person`). */
function roundOf(key: string): { kind: 'absent' | 'back'; lessonId: string; person: number; round: number } | undefined {
  const [kind, lessonId, person, round] = key.split(':');
  if ((kind !== 'absent' && kind !== 'back') || !lessonId || !person) return undefined;
  const n = round === undefined ? 0 : Number(round);
  return Number.isInteger(n) && n >= 0 ? { kind, lessonId, person: Number(person), round: n } : undefined;
}

/** Each person's standing among these rows (one lesson's): only those with a notice. */
export function absencesOf(rows: NoticeRow[]): Map<number, Absence> {
  const rounds = new Map<number, { opened: Set<number>; closed: Set<number> }>();
  for (const row of rows) {
    const read = roundOf(row.key);
    if (!read || !Number.isFinite(read.person)) continue;
    const person = rounds.get(read.person) ?? { opened: new Set(), closed: new Set() };
    rounds.set(read.person, person);
    if (read.kind === 'absent') person.opened.add(read.round);
    if (read.kind === 'back' || (row.status === 'skipped' && row.lastError === TAKEN_BACK)) person.closed.add(read.round);
  }
  return new Map(
    [...rounds].map(([id, { opened, closed }]) => {
      const last = opened.size > 0 ? Math.max(...opened) : -1;
      return [id, { next: last + 1, open: last >= 0 && !closed.has(last) }];
    }),
  );
}

const absentKey = (lessonId: string, citizenId: number, round: number) => `absent:${lessonId}:${citizenId}${round > 0 ? `:${round}` : ''}`;

/** Her standing for this lesson. */
export async function absenceOf(lessonId: string, citizenId: number): Promise<Absence> {
  const rows = await DeliveryModel.find({ key: { $regex: `^(absent|back):${lessonId}:${citizenId}(:|$)` } }, { key: 1, status: 1, lastError: 1 }).lean();
  return absencesOf(rows).get(citizenId) ?? { next: 0, open: false };
}

/**
 * The librarian's line about her and the lesson, in the librarian's language. None when she was forgotten between two
 * reads: nobody to name, and /forget keeps nothing of her (never her Telegram id for a name).
 */
async function staffNotice(citizenId: number, lessonId: string, librarianId: number, key: string, defaultLocale: Locale) {
  const [citizen, language] = await Promise.all([CitizenModel.findById(citizenId, { name: 1 }).lean(), staffLanguage(librarianId, defaultLocale)]);
  if (!citizen) return undefined;
  const vars = (await lessonVars(lessonId, language)) ?? {};
  return { name: citizen.name, course: vars.course ?? '', when: vars.when ?? '', key };
}

/**
 * "Can't come" to any lesson (the first one too, whatever the person then does with the seat): the librarian is told,
 * through the outbox, once per citizen and lesson until she says she will come after all. The course and time are in
 * the librarian's language (/language), else `defaultLocale`: the sender translates the key in it too. False when she
 * had said so already (nothing new to tell, nothing new to ask).
 */
export async function tellLibrarianAbsent(citizenId: number, lessonId: string, librarianId: number, now: Date, defaultLocale: Locale = 'ru'): Promise<boolean> {
  const absence = await absenceOf(lessonId, citizenId);
  if (absence.open) return false;
  const notice = await staffNotice(citizenId, lessonId, librarianId, absentKey(lessonId, citizenId, absence.next), defaultLocale);
  if (!notice) return false;
  const { key, ...vars } = notice;
  const { added } = await enqueue([{ key, citizenId: librarianId, aboutCitizenId: citizenId, priority: 'personal', message: { text: { key: 'rem-absent-staff', vars } } }], now);
  return added > 0;
}

/**
 * «Всё-таки приду» after her «Не смогу» (walk40 M2): the notice withdrawn if it has not gone yet, else its twin «…
 * всё-таки придёт …» to the librarian. False when she had not said she would not come (or said she would come since).
 */
export async function tellLibrarianComing(citizenId: number, lessonId: string, librarianId: number, now: Date, defaultLocale: Locale = 'ru'): Promise<boolean> {
  const absence = await absenceOf(lessonId, citizenId);
  if (!absence.open) return false;
  const round = absence.next - 1;
  const said = absentKey(lessonId, citizenId, round);
  await withdrawKeys([said], TAKEN_BACK);
  const row = await DeliveryModel.findOne({ key: said }, { status: 1, lastError: 1 }).lean();
  // Never sent: the librarian heard nothing, so there is nothing to take back.
  if (row?.status === 'skipped' && row.lastError === TAKEN_BACK) return true;
  const notice = await staffNotice(citizenId, lessonId, librarianId, `back:${lessonId}:${citizenId}:${round}`, defaultLocale);
  if (!notice) return true;
  const { key, ...vars } = notice;
  await enqueue([{ key, citizenId: librarianId, aboutCitizenId: citizenId, priority: 'personal', message: { text: { key: 'rem-came-after-all-staff', vars } } }], now);
  return true;
}

/** The language a staff member (or a coordinator, for groups they created) chose in the bot, else the default one. */
async function staffLanguage(userId: number, defaultLocale: Locale): Promise<Locale> {
  const [member, coordinator] = await Promise.all([
    StaffMemberModel.findById(userId, { language: 1, telegramLanguage: 1 }).lean(),
    CoordinatorSettingModel.findById(userId, { language: 1, telegramLanguage: 1 }).lean(),
  ]);
  return member?.language ?? coordinator?.language ?? member?.telegramLanguage ?? coordinator?.telegramLanguage ?? defaultLocale;
}
