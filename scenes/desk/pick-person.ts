import { centerPlace, centerWords } from '../../src/domain/center-names.js';
import { describeCenter, listEveryCourse } from '../../src/domain/catalog.js';
import { findPeople, type PersonEntry, type PersonMatch } from '../../src/domain/desk-forget.js';
import { nameKey } from '../../src/domain/person-names.js';
import { phoneTail, phoneToRead } from '../../src/domain/phone.js';
import type { Role } from '../../src/domain/roles.js';
import { recordPersonCard, recordPersonList } from '../../src/domain/shown-views.js';
import { wordsOf } from '../../src/domain/text.js';
import { whoseRecords } from '../../src/domain/whose-record.js';
import type { SceneContext, SceneConversation } from '../shared/context.js';
import type { Choice, Questions } from '../shared/questions.js';

/** At most this many people a page (buttons), and as many as keep the page within 60 words. */
export const PER_PAGE = 6;
export const PAGE_WORDS = 60;
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
export async function pickPerson(conversation: SceneConversation, q: Questions, ctx: SceneContext, role: Role, prompt: string, options: { now: () => Date; query?: string }) {
  const readable = (text: string) => text.length >= 2 && text.length <= 100;
  // Typed after the command («/find Тихонов», walk31 W31-08): searched at once; Back from what it found asks.
  if (options.query && readable(options.query)) {
    const given = options.query;
    const found = await conversation.external(() => findPeople(role, given));
    if (someone(found) && (await q.given(given)) !== undefined) return choose(conversation, q, ctx, found, options.now);
    if (!someone(found)) await ctx.reply(notFound(ctx, role, found));
  }
  const searchAgain = q.mark();
  const query = await q.ask(prompt, { typed: (text) => (readable(text) ? { value: text } : { error: 'desk-forget-search-invalid' }) });
  const found = await conversation.external(() => findPeople(role, query));
  return someone(found) ? choose(conversation, q, ctx, found, options.now) : q.rewindTo(searchAgain, notFound(ctx, role, found));
}

type Search = Awaited<ReturnType<typeof findPeople>>;
type Found = Exclude<Search, { by: 'unreadable' }>;
const someone = (found: Search): found is Found => found.by !== 'unreadable' && found.people.length > 0;

/** Why a search found nobody to show. */
const notFound = (ctx: SceneContext, role: Role, found: Search) =>
  found.by === 'unreadable' ? ctx.t('desk-forget-search-invalid') : ctx.t(role.kind === 'coordinator' ? 'desk-forget-none' : 'desk-forget-none-mine');

/** The one found, or the matches as buttons, paged. */
async function choose(conversation: SceneConversation, q: Questions, ctx: SceneContext, found: Found, now: () => Date) {
  const labels = await conversation.external(() => entryLabels(found.people, ctx.locale));
  // One found exactly is the answer, similar names or not (W28-22); one found only with a slip in the name is not
  // taken for the one meant: it is listed as similar (walk34 W34-14).
  const exact = found.people.filter((p) => !p.near);
  if (exact.length === 1) return { person: exact[0]!, by: found.by, labels };
  // More than are listed: said as "more than 30", not "30" and then "not everyone is shown" (probe s22 M1).
  const onlyNear = found.people.every((p) => p.near);
  const header = onlyNear
    ? ctx.t('find-only-near', { count: found.people.length })
    : found.more ? ctx.t('desk-forget-found-more', { count: found.people.length }) : ctx.t('desk-forget-found', { count: found.people.length });
  const buttons = buttonLabels(found.people, labels, (e) => ctx.t('pick-namesake-place', { status: e.status, position: e.position }));
  // The similar ones come after the exact ones, under «Похожие:» (its word kept free on every page).
  const nearHead = ctx.t('find-near');
  const pages = pagesOf(found.people.map((p) => wordsOf(personLines(ctx, p, labels))), PAGE_WORDS - wordsOf(header) - wordsOf(nearHead));
  for (let page = 0; ; ) {
    const [start, end] = pages[page]!;
    const items = found.people.slice(start, end);
    const choices: Choice[] = items.map((p) => ({ label: buttons.get(p.id)!, value: String(p.id) }));
    if (page > 0) choices.push({ label: ctx.t('desk-forget-previous'), value: PREVIOUS });
    if (page < pages.length - 1) choices.push({ label: ctx.t('desk-forget-next'), value: NEXT });
    const list = items.map((p, i) => (!onlyNear && p.near && !items[i - 1]?.near ? `${nearHead}\n` : '') + personLines(ctx, p, labels)).join('\n\n');
    // Recorded as naming everyone found (the flow's state does): a deletion of any of them redraws it as a plain list.
    const shown = (messageId: number) => recordPersonList({ chatId: ctx.chat!.id, messageId, citizenIds: found.people.map((p) => p.id), shown: items.map((p) => p.id) }, now());
    const answer = await q.ask(`${header}\n\n${list}`, { choices, shown });
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

const cut = (text: string, most: number) => (text.length > most ? `${text.slice(0, most - 1)}…` : text);

/**
 * Each person's button: "Иванова Мария · …45-67" (namesakes told apart by the end of the phone). Namesakes the phone
 * does not tell apart (none of them has one) also say where they wait (probe29 L1): the town where the towns differ,
 * else the center (a name «… имени Н. В. Гоголя» by its last word), else the courses, else both, else with the place
 * in line (`place`): «Иванова Мария Петровна — Гоголя», «— Госуслуги», «— Фёдорова: Госуслуги, место 2»; else their order.
 */
export function buttonLabels(people: PersonMatch[], labels: EntryLabels, place: (e: PersonEntry) => string): Map<number, string> {
  const plain = (p: PersonMatch) => {
    const tail = phoneTail(p.phone);
    return tail ? `${cut(p.name, 40)} · ${tail}` : cut(p.name, 40);
  };
  const alike = new Map<string, PersonMatch[]>();
  for (const p of people) {
    const key = `${nameKey(p.name)}|${phoneTail(p.phone)}`;
    alike.set(key, [...(alike.get(key) ?? []), p]);
  }
  const buttons = new Map(people.map((p) => [p.id, plain(p)]));
  const center = (e: PersonEntry) => shortCenterName(labels.centerParts[e.centerId]?.name ?? e.centerId);
  const course = (e: PersonEntry) => labels.courses[e.courseId] ?? e.courseId;
  const ways = [
    (p: PersonMatch) => p.entries.map((e) => labels.centerParts[e.centerId]?.town ?? e.centerId),
    (p: PersonMatch) => p.entries.map(center),
    (p: PersonMatch) => p.entries.map(course),
    (p: PersonMatch) => p.entries.map((e) => `${center(e)}: ${course(e)}`),
    (p: PersonMatch) => p.entries.map((e) => `${center(e)}: ${course(e)}, ${place(e)}`),
  ].map((way) => (p: PersonMatch) => [...new Set(way(p))].join(', '));
  for (const group of alike.values()) {
    if (group.length < 2) continue;
    const way = ways.find((w) => group.every((p) => w(p) !== '') && new Set(group.map(w)).size === group.length);
    group.forEach((p, i) => buttons.set(p.id, `${plain(p)} — ${way ? cut(way(p), 50) : i + 1}`));
  }
  return buttons;
}

/** «Областная научная библиотека имени В. Д. Фёдорова» → «Фёдорова»: what people call it; other names as they are. */
const shortCenterName = (name: string) => (/\sимени\s/u.test(name) ? name.split(/\s+/u).at(-1)! : name);

/** Course and center titles of every entry shown, read once; and who of them a relative reads for (whose-record.ts). */
export async function entryLabels(people: PersonMatch[], locale: 'ru' | 'en') {
  const courses = new Map((await listEveryCourse()).map((c) => [c.id, c.short[locale]]));
  const centers: Record<string, string> = {};
  /** Town and name apart: namesakes' buttons say the one that differs (buttonLabels). */
  const centerParts: Record<string, { town: string; name: string }> = {};
  for (const p of people) {
    for (const e of p.entries) {
      const center = await describeCenter(e.centerId);
      centers[e.centerId] = center ? centerPlace(center, locale) : e.centerId;
      if (center) centerParts[e.centerId] = { town: centerWords(center, locale).town, name: centerWords(center, locale).name };
    }
  }
  // «Это мой родственник» when linked: the librarian who calls knows a grandson reads for her (walk36 L2), on the
  // list of namesakes as on the card (fix40a).
  const readByRelative = [...(await whoseRecords(people.filter((p) => p.telegram).map((p) => p.id))).keys()];
  return { courses: Object.fromEntries(courses), centers, centerParts, readByRelative };
}

/** Name, phone, Telegram or not (and whether a relative reads it); then each active entry: course, center, status, place in line. */
export function personLines(ctx: SceneContext, p: PersonMatch, labels: EntryLabels): string {
  const person = ctx.t('desk-forget-person', { name: p.name, phone: p.phone ? phoneToRead(p.phone) : ctx.t('desk-forget-no-phone'), telegram: p.telegram ? 'yes' : 'no' });
  const head = labels.readByRelative.includes(p.id) ? `${person}\n${ctx.t('find-relative')}` : person;
  const entries = p.entries.map((e) =>
    ctx.t('desk-forget-entry', { course: labels.courses[e.courseId] ?? e.courseId, center: labels.centers[e.centerId] ?? e.centerId, status: e.status, position: e.position }),
  );
  return [head, ...(entries.length ? entries : [ctx.t('desk-forget-no-entries')])].join('\n');
}
