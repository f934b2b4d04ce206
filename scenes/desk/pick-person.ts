import { centerPlace } from '../../src/domain/center-names.js';
import { describeCenter, listEveryCourse } from '../../src/domain/catalog.js';
import { findPeople, type PersonMatch } from '../../src/domain/desk-forget.js';
import { phoneTail, phoneToRead } from '../../src/domain/phone.js';
import type { Role } from '../../src/domain/roles.js';
import { recordPersonCard } from '../../src/domain/shown-views.js';
import { wordsOf } from '../../src/domain/text.js';
import type { SceneContext, SceneConversation } from '../shared/context.js';
import type { Choice, Questions } from '../shared/questions.js';

/** At most this many people a page (buttons), and as many as keep the page within 60 words. */
const PER_PAGE = 6;
const PAGE_WORDS = 60;
const NEXT = 'next';
const PREVIOUS = 'previous';

export type EntryLabels = Awaited<ReturnType<typeof entryLabels>>;

/**
 * A staff member finds one person (/forgetperson, /find): phone or part of the
 * name, asked with `prompt` → the matches as buttons, paged within 60 words →
 * the one pressed, with how they were found and the titles of their entries.
 * Librarians find only people with an entry at their centers (findPeople).
 * A single match is the answer, without a list of one to press: the next screen (/find's card, /forgetperson's
 * "Delete?") shows the same lines (walk s28 W28-22).
 */
export async function pickPerson(conversation: SceneConversation, q: Questions, ctx: SceneContext, role: Role, prompt: string, { now }: { now: () => Date }) {
  const searchAgain = q.mark();
  const query = await q.ask(prompt, {
    typed: (text) => (text.length >= 2 && text.length <= 100 ? { value: text } : { error: 'desk-forget-search-invalid' }),
  });
  const found = await conversation.external(() => findPeople(role, query));
  if (found.by === 'unreadable') return q.rewindTo(searchAgain, ctx.t('desk-forget-search-invalid'));
  if (found.people.length === 0) return q.rewindTo(searchAgain, ctx.t(role.kind === 'coordinator' ? 'desk-forget-none' : 'desk-forget-none-mine'));

  const labels = await conversation.external(() => entryLabels(found.people, ctx.locale));
  if (found.people.length === 1) return { person: found.people[0]!, by: found.by, labels };
  // More than are listed: said as "more than 30", not "30" and then "not everyone is shown" (probe s22 M1).
  const header = found.more ? ctx.t('desk-forget-found-more', { count: found.people.length }) : ctx.t('desk-forget-found', { count: found.people.length });
  const pages = pagesOf(found.people.map((p) => wordsOf(personLines(ctx, p, labels))), PAGE_WORDS - wordsOf(header));
  for (let page = 0; ; ) {
    const [start, end] = pages[page]!;
    const items = found.people.slice(start, end);
    const choices: Choice[] = items.map((p) => ({ label: buttonLabel(p), value: String(p.id) }));
    if (page > 0) choices.push({ label: ctx.t('desk-forget-previous'), value: PREVIOUS });
    if (page < pages.length - 1) choices.push({ label: ctx.t('desk-forget-next'), value: NEXT });
    const list = items.map((p) => personLines(ctx, p, labels)).join('\n\n');
    const answer = await q.ask(`${header}\n\n${list}`, { choices, shown: naming(ctx, now, items) });
    if (answer === NEXT) page++;
    else if (answer === PREVIOUS) page--;
    else {
      const person = found.people.find((p) => String(p.id) === answer);
      if (person) return { person, by: found.by, labels };
    }
  }
}

/**
 * AskOptions.shown of a question that names these people in a staff chat (the matches, the card, "delete?"): its
 * message is recorded by message and citizen ids, and /forget closes it there (task28 fixC: another librarian's card).
 */
export function naming(ctx: SceneContext, now: () => Date, people: Array<{ id: number }>) {
  return (messageId: number) => recordPersonCard({ chatId: ctx.chat!.id, messageId, citizenIds: people.map((p) => p.id) }, now());
}

/** [start, end) of each page: up to PER_PAGE people whose lines fit `budget` words (one at least). */
function pagesOf(words: number[], budget: number): Array<[number, number]> {
  const pages: Array<[number, number]> = [];
  let start = 0;
  let used = 0;
  words.forEach((w, i) => {
    if (i > start && (i - start >= PER_PAGE || used + w > budget)) {
      pages.push([start, i]);
      start = i;
      used = 0;
    }
    used += w;
  });
  pages.push([start, words.length]);
  return pages;
}

/** "Иванова Мария · …45-67" (namesakes told apart by the end of the phone). */
function buttonLabel(p: PersonMatch): string {
  const tail = phoneTail(p.phone);
  const name = p.name.length > 40 ? `${p.name.slice(0, 39)}…` : p.name;
  return tail ? `${name} · ${tail}` : name;
}

/** Course and center titles of every entry shown, read once. */
export async function entryLabels(people: PersonMatch[], locale: 'ru' | 'en') {
  const courses = new Map((await listEveryCourse()).map((c) => [c.id, c.short[locale]]));
  const centers: Record<string, string> = {};
  for (const p of people) {
    for (const e of p.entries) {
      const center = await describeCenter(e.centerId);
      centers[e.centerId] = center ? centerPlace(center, locale) : e.centerId;
    }
  }
  return { courses: Object.fromEntries(courses), centers };
}

/** Name, phone, Telegram or not; then each active entry: course, center, status, place in line. */
export function personLines(ctx: SceneContext, p: PersonMatch, labels: EntryLabels): string {
  const head = ctx.t('desk-forget-person', { name: p.name, phone: p.phone ? phoneToRead(p.phone) : ctx.t('desk-forget-no-phone'), telegram: p.telegram ? 'yes' : 'no' });
  const entries = p.entries.map((e) =>
    ctx.t('desk-forget-entry', { course: labels.courses[e.courseId] ?? e.courseId, center: labels.centers[e.centerId] ?? e.centerId, status: e.status, position: e.position }),
  );
  return [head, ...(entries.length ? entries : [ctx.t('desk-forget-no-entries')])].join('\n');
}
