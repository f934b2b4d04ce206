import { createConversation } from '@grammyjs/conversations';
import { centerPlace } from '../../src/domain/center-names.js';
import { describeCenter, listCourses } from '../../src/domain/catalog.js';
import { findPeople, forgetPersonForStaff, type PersonMatch } from '../../src/domain/desk-forget.js';
import { phoneToRead } from '../../src/domain/phone.js';
import { roleOf } from '../../src/domain/roles.js';
import { wordsOf } from '../../src/domain/text.js';
import type { SceneContext, SceneConversation, SceneDeps, SceneOuterContext } from '../shared/context.js';
import { Questions, type Choice } from '../shared/questions.js';

export const FORGET_PERSON = 'desk-forget-person';

/** At most this many people a page (buttons), and as many as keep the page within 60 words. */
const PER_PAGE = 6;
const PAGE_WORDS = 60;
const NEXT = 'next';
const PREVIOUS = 'previous';

/**
 * /forgetperson (issue 11.5): a person asked at the desk or by phone to be
 * forgotten. Phone or part of the name → the matches as buttons (paged) → the
 * person's entries and "Delete?" → the same deletion as /forget. Librarians
 * find only people with an entry at their centers; the choice is checked again
 * when Delete is pressed. The names found stay in this conversation's state
 * only while it runs (it is deleted when the flow ends).
 */
export function forgetPersonScene(deps: SceneDeps) {
  async function forgetPerson(conversation: SceneConversation, ctx: SceneContext) {
    const q = new Questions(conversation, ctx);
    const actorId = ctx.from!.id;
    const role = await conversation.external(() => roleOf(actorId, deps.config.ADMIN_IDS));
    if (!role) return q.finish(ctx.t('not-allowed'));

    const searchAgain = q.mark();
    const query = await q.ask(ctx.t('desk-forget-search'), {
      typed: (text) => (text.length >= 2 && text.length <= 100 ? { value: text } : { error: 'desk-forget-search-invalid' }),
    });
    const found = await conversation.external(() => findPeople(role, query));
    if (found.by === 'unreadable') return q.rewindTo(searchAgain, ctx.t('desk-forget-search-invalid'));
    if (found.people.length === 0) return q.rewindTo(searchAgain, ctx.t(role.kind === 'coordinator' ? 'desk-forget-none' : 'desk-forget-none-mine'));

    const labels = await conversation.external(() => entryLabels(found.people, ctx.locale));
    const header = ctx.t('desk-forget-found', { count: found.people.length }) + (found.more ? `\n${ctx.t('desk-forget-more')}` : '');
    const pages = pagesOf(found.people.map((p) => wordsOf(personLines(ctx, p, labels))), PAGE_WORDS - wordsOf(header));
    let chosen: PersonMatch | undefined;
    for (let page = 0; !chosen; ) {
      const [start, end] = pages[page]!;
      const items = found.people.slice(start, end);
      const choices: Choice[] = items.map((p) => ({ label: buttonLabel(p), value: String(p.id) }));
      if (page > 0) choices.push({ label: ctx.t('desk-forget-previous'), value: PREVIOUS });
      if (page < pages.length - 1) choices.push({ label: ctx.t('desk-forget-next'), value: NEXT });
      const list = items.map((p) => personLines(ctx, p, labels)).join('\n\n');
      const answer = await q.ask(`${header}\n\n${list}`, { choices });
      if (answer === NEXT) page++;
      else if (answer === PREVIOUS) page--;
      else chosen = found.people.find((p) => String(p.id) === answer);
    }

    await q.ask(ctx.t('desk-forget-confirm', { person: personLines(ctx, chosen, labels) }), {
      choices: [{ label: ctx.t('desk-forget-yes'), value: 'yes' }],
    });
    const citizenId = chosen.id;
    const result = await conversation.external(async () => {
      const current = await roleOf(actorId, deps.config.ADMIN_IDS);
      if (!current) return 'not-allowed' as const;
      return forgetPersonForStaff(current, actorId, citizenId, found.by, deps.now(), { ttlHours: deps.config.OFFER_TTL_HOURS });
    });
    if (result === 'not-allowed') return q.finish(ctx.t('not-allowed'));
    await q.finish(ctx.t(result === 'forgotten' ? 'desk-forget-done' : 'desk-forget-gone'));
  }
  return createConversation<SceneOuterContext, SceneContext>(forgetPerson, FORGET_PERSON);
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
  const digits = p.phone?.replace(/\D/g, '') ?? '';
  const name = p.name.length > 40 ? `${p.name.slice(0, 39)}…` : p.name;
  return digits ? `${name} · …${digits.slice(-4, -2)}-${digits.slice(-2)}` : name;
}

/** Course and center titles of every entry shown, read once. */
async function entryLabels(people: PersonMatch[], locale: 'ru' | 'en') {
  const courses = new Map((await listCourses()).map((c) => [c.id, c.short[locale]]));
  const centers: Record<string, string> = {};
  for (const p of people) {
    for (const e of p.entries) {
      const center = await describeCenter(e.centerId);
      centers[e.centerId] = center ? centerPlace(center, locale) : e.centerId;
    }
  }
  return { courses: Object.fromEntries(courses), centers };
}

function personLines(ctx: SceneContext, p: PersonMatch, labels: Awaited<ReturnType<typeof entryLabels>>): string {
  const head = ctx.t('desk-forget-person', { name: p.name, phone: p.phone ? phoneToRead(p.phone) : ctx.t('desk-forget-no-phone'), telegram: p.telegram ? 'yes' : 'no' });
  const entries = p.entries.map((e) =>
    ctx.t('desk-forget-entry', { course: labels.courses[e.courseId] ?? e.courseId, center: labels.centers[e.centerId] ?? e.centerId, status: e.status, position: e.position }),
  );
  return [head, ...(entries.length ? entries : [ctx.t('desk-forget-no-entries')])].join('\n');
}
