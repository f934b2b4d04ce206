import { Types } from 'mongoose';
import { PartnerModel, PARTNER_KINDS, type PartnerKind } from '../../db/models/partner.js';
import { PartnerRepresentativeModel } from '../../db/models/partner-representative.js';
import { PartnerInviteModel } from '../../db/models/partner-invite.js';
import { audit } from '../audit.js';
import { normalizePhone } from '../phone.js';
import { singleLine } from '../text.js';
import { isObjectId } from '../ids.js';

export { PARTNER_KINDS, type PartnerKind };

/** The fields a coordinator types or picks in the partner form. */
export interface PartnerFields {
  name: string;
  kind: PartnerKind;
  contactName: string;
  phone: string;
  centerIds: string[];
}

/** A plain view of a partner, safe to return from conversation.external(). */
export interface PartnerView extends PartnerFields {
  id: string;
  active: boolean;
  representatives: number;
}

export const PARTNER_FIELDS = ['name', 'kind', 'contactName', 'phone', 'centers'] as const;
export type PartnerField = (typeof PARTNER_FIELDS)[number];

/** A locale key for what is wrong with a typed field, or undefined. */
export function validatePartnerText(field: 'name' | 'contactName' | 'phone', text: string): string | undefined {
  const clean = singleLine(text);
  if (field === 'phone') return normalizePhone(clean) ? undefined : 'prt-phone-invalid';
  const max = field === 'name' ? 150 : 100;
  return clean.length >= 2 && clean.length <= max ? undefined : 'prt-text-invalid';
}

const clean = (fields: PartnerFields): PartnerFields => ({
  name: singleLine(fields.name),
  kind: fields.kind,
  contactName: singleLine(fields.contactName),
  phone: normalizePhone(singleLine(fields.phone)) ?? singleLine(fields.phone),
  centerIds: [...new Set(fields.centerIds)],
});

type PartnerRow = { _id: Types.ObjectId; name: string; kind: PartnerKind; contactName?: string | null; phone?: string | null; centerIds: string[]; active: boolean };

function view(p: PartnerRow, representatives: number): PartnerView {
  return {
    id: String(p._id),
    name: p.name,
    kind: p.kind,
    contactName: p.contactName ?? '',
    phone: p.phone ?? '',
    centerIds: p.centerIds,
    active: p.active,
    representatives,
  };
}

export async function createPartner(actorId: number, fields: PartnerFields, now: Date): Promise<string> {
  const partner = await PartnerModel.create({ ...clean(fields), active: true, createdBy: actorId, createdAt: now });
  const id = String(partner._id);
  await audit({ actorId, action: 'partner.create', target: `partner:${id}`, details: { kind: fields.kind, centers: fields.centerIds.length } }, now);
  return id;
}

/** Saves the fields; returns the names of those that changed, or undefined when the partner is gone. */
export async function updatePartner(actorId: number, partnerId: string, fields: PartnerFields, now: Date): Promise<string[] | undefined> {
  if (!isObjectId(partnerId)) return undefined;
  const before = await PartnerModel.findById(partnerId).lean();
  if (!before) return undefined;
  const next = clean(fields);
  const changed = (Object.keys(next) as Array<keyof PartnerFields>).filter((k) => JSON.stringify(next[k]) !== JSON.stringify(before[k] ?? ''));
  if (changed.length === 0) return [];
  await PartnerModel.updateOne({ _id: partnerId }, { $set: next });
  await audit({ actorId, action: 'partner.update', target: `partner:${partnerId}`, details: { fields: changed } }, now);
  return changed;
}

/**
 * Deactivates (or reactivates) a partner. Deactivation keeps every entry and
 * its history; its referral link then joins people without a partner, its
 * representatives lose access and its open invites stop working.
 */
export async function setPartnerActive(actorId: number, partnerId: string, active: boolean, now: Date): Promise<boolean> {
  if (!isObjectId(partnerId)) return false;
  const changed = await PartnerModel.findOneAndUpdate({ _id: partnerId, active: !active }, { $set: { active } }).lean();
  if (!changed) return false;
  if (!active) await PartnerInviteModel.updateMany({ partnerId, usedBy: { $exists: false }, withdrawnAt: { $exists: false } }, { $set: { withdrawnAt: now, withdrawnBy: actorId } });
  await audit({ actorId, action: active ? 'partner.reactivate' : 'partner.deactivate', target: `partner:${partnerId}` }, now);
  return true;
}

export async function getPartner(partnerId: string): Promise<PartnerView | null> {
  if (!isObjectId(partnerId)) return null;
  const p = await PartnerModel.findById(partnerId).lean();
  if (!p) return null;
  return view(p, await PartnerRepresentativeModel.countDocuments({ partnerId: p._id }));
}

/** Every partner, active ones first, by name. */
export async function listPartners(): Promise<PartnerView[]> {
  const [rows, reps] = await Promise.all([PartnerModel.find().lean(), PartnerRepresentativeModel.find({}, { partnerId: 1 }).lean()]);
  const count = (id: Types.ObjectId) => reps.filter((r) => String(r.partnerId) === String(id)).length;
  return rows
    .map((p) => view(p, count(p._id)))
    .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'ru'));
}
