import type { TimeOfDay } from '../../src/db/models/waitlist-entry.js';
import { describeCenter, findCourse } from '../../src/domain/catalog.js';
import { centerInTownOf, centerWords } from '../../src/domain/center-names.js';
import { activePartnerName } from '../../src/domain/partners/referral-code.js';
import { phoneToRead } from '../../src/domain/phone.js';
import { listActiveEntries } from '../../src/domain/waitlist.js';
import { opensText } from '../shared/center-label.js';
import type { SceneContext, SceneConversation } from '../shared/context.js';

/** The answers of a join (join-waitlist.ts) as the summary shows them. */
export interface Draft {
  courseId: string;
  centerId: string;
  timeOfDay: TimeOfDay;
  name: string;
  phone: string | null;
}

interface SummaryOptions {
  partnerId?: string | undefined;
  /** The name given at an earlier join (a second course): a different one here renames every entry, and is said so. */
  storedName?: string | undefined;
  now: () => Date;
}

/** The join's summary, and the record it leaves once confirmed (AskOptions.record). */
export async function summaryText(conversation: SceneConversation, ctx: SceneContext, draft: Draft, options: SummaryOptions) {
  const { partnerId, storedName } = options;
  const renamed = storedName !== undefined && storedName !== draft.name;
  // Any center, a closed one too: a center hidden meanwhile is still named (on confirm, another is asked for).
  const [course, center, title, partner, others, opens] = await conversation.external(() =>
    Promise.all([
      findCourse(draft.courseId),
      describeCenter(draft.centerId),
      centerInTownOf(draft.centerId, ctx.locale),
      partnerId ? activePartnerName(partnerId, ctx.locale) : undefined,
      renamed ? otherCourses(ctx, options.now()) : [],
      // A new center not open yet: its day beside it, the line taking people already (walk34 W34-10).
      describeCenter(draft.centerId).then((c) => (c ? opensText(ctx, c, options.now(), 'opens-short') : '')),
    ]),
  );
  // Referred by a partner (its link): the citizen sees which organization before confirming, above the hint (walk s20 #15).
  const note = [
    partner ? ctx.t('join-summary-partner', { partner }) : '',
    // One Telegram account is one person: the new name is theirs on every entry (walk s21 W21-02).
    others.length ? ctx.t('join-summary-renames', { courses: others.join(', ') }) : '',
  ].filter(Boolean).join('\n\n');
  const fields = {
    course: course?.title[ctx.locale] ?? '',
    center: center ? `${title}, ${centerWords(center, ctx.locale).address}${opens && ` ${opens}`}` : '',
    time: ctx.t(`time-${draft.timeOfDay}`),
    name: draft.name,
    phone: draft.phone ? phoneToRead(draft.phone) : ctx.t('phone-none'),
  };
  return { text: ctx.t('join-summary', { ...fields, referred: note && `\n\n${note}` }), record: ctx.t('join-record', fields) + (note && `\n${note}`) };
}

/** The courses of the person's other entries, quoted ("«Основы компьютерной грамотности»"). */
async function otherCourses(ctx: SceneContext, now: Date): Promise<string[]> {
  const entries = await listActiveEntries(ctx.from!.id, now);
  const titles = await Promise.all(entries.map(async (entry) => (await findCourse(entry.courseId))?.title[ctx.locale] ?? ''));
  return titles.filter(Boolean).map((title) => ctx.t('join-summary-course', { course: title }));
}
