import { coursesOpenForPartner } from '../../src/domain/partners/closed-groups.js';
import { activePartnerName } from '../../src/domain/partners/referral-code.js';
import type { SceneContext } from '../shared/context.js';

/** A partner's open group for its people, seen from its referral link (walk s22 W22-15). */
export interface PartnerCourses {
  partner: string;
  courseIds: string[];
}

/** The partner's name (in the reader's letters) and the courses its open groups take its people for; undefined when none. */
export async function partnerCourses(partnerId: string, now: Date, locale: SceneContext['locale']): Promise<PartnerCourses | undefined> {
  const [partner, courseIds] = await Promise.all([activePartnerName(partnerId, locale), coursesOpenForPartner(partnerId, now)]);
  return partner !== undefined && courseIds.length > 0 ? { partner, courseIds } : undefined;
}

/** "<partner> signs you up for the course …: it is first in the list." */
export function referralNote(ctx: SceneContext, referral: PartnerCourses, courses: Array<{ id: string; title: Record<string, string> }>): string {
  const titles = referral.courseIds.map((id) => courses.find((c) => c.id === id)?.title[ctx.locale]).filter((t): t is string => t !== undefined);
  const quoted = titles.map((t) => (ctx.locale === 'ru' ? `«${t}»` : `"${t}"`)).join(', ');
  return ctx.t('join-partner-courses', { partner: referral.partner, courses: quoted, count: titles.length });
}
