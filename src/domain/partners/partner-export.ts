import { CitizenModel } from '../../db/models/citizen.js';
import { CourseModel } from '../../db/models/course.js';
import { PartnerModel, type PartnerKind } from '../../db/models/partner.js';
import { WaitlistEntryModel, type EntryStatus } from '../../db/models/waitlist-entry.js';
import { centerPlace } from '../center-names.js';
import { listAllCenters } from '../centers-admin.js';
import { localStamp } from '../export.js';
import { phoneForSpreadsheet } from '../phone.js';
import { listReferrals } from './referrals.js';

/**
 * The per-partner file of /export: one row per person each partner referred
 * (forgotten people are not in it), grouped by partner, with what became of
 * them. Written with src/domain/csv.ts like every export (formula injection).
 */
export interface PartnerExportRow {
  partner: string;
  kind: PartnerKind;
  name: string;
  phone?: string;
  course: string;
  center: string;
  status: EntryStatus;
  position?: number;
  attended: number;
  marked: number;
  joinedAt: string;
}

export async function buildPartnerExport(locale: 'ru' | 'en'): Promise<PartnerExportRow[]> {
  const [partners, centers, courses] = await Promise.all([
    PartnerModel.find({}, { name: 1, kind: 1 }).sort({ name: 1 }).lean(),
    listAllCenters(),
    CourseModel.find({}, { title: 1 }).lean(),
  ]);
  const centerName = (id: string) => {
    const c = centers.find((x) => x.id === id);
    return c ? centerPlace(c, locale, ': ') : id;
  };
  const rows: PartnerExportRow[] = [];
  for (const p of partners) {
    const referrals = await listReferrals(String(p._id));
    const entryIds = referrals.map((r) => r.entryId);
    if (entryIds.length === 0) continue;
    // Phones and join times are read here, not in the view: representatives' screens do not show them.
    const entries = await WaitlistEntryModel.find({ _id: { $in: entryIds } }, { citizenId: 1, joinedAt: 1, centerId: 1 }).lean();
    const phones = new Map((await CitizenModel.find({ _id: { $in: entries.map((e) => e.citizenId!) } }, { phone: 1 }).lean()).map((c) => [c._id, phoneForSpreadsheet(c.phone)]));
    for (const r of referrals) {
      const entry = entries.find((e) => String(e._id) === r.entryId);
      const zone = centers.find((c) => c.id === r.centerId)?.timeZone ?? 'UTC';
      const phone = entry?.citizenId ? phones.get(entry.citizenId) : undefined;
      rows.push({
        partner: p.name,
        kind: p.kind,
        name: r.name,
        ...(phone ? { phone } : {}),
        course: courses.find((c) => c._id === r.courseId)?.title?.[locale] ?? r.courseId,
        center: centerName(r.group?.centerId ?? r.centerId),
        status: r.status,
        ...(r.position !== undefined ? { position: r.position } : {}),
        attended: r.attended,
        marked: r.lessonsMarked,
        joinedAt: localStamp(entry?.joinedAt, zone),
      });
    }
  }
  return rows;
}
