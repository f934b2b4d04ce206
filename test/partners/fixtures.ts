import { PartnerRepresentativeModel } from '../../src/db/models/partner-representative.js';
import { createPartner, type PartnerFields } from '../../src/domain/partners/partners.js';
import { referralCodeOf } from '../../src/domain/partners/referral-code.js';

const NOW = new Date('2026-11-20T03:00:00Z');

/** A partner made directly (tests not about /partners), with its referral code and, when asked, a representative. */
export async function partnerWithLink(fields: Partial<PartnerFields> = {}, representativeId?: number) {
  const id = await createPartner(900, { name: 'Городская больница № 3', kind: 'hospital', contactName: 'Ольга Иванова', phone: '+79231234567', centerIds: ['kemerovo-regional'], ...fields }, NOW);
  const code = (await referralCodeOf(900, id, NOW))!;
  if (representativeId !== undefined) await PartnerRepresentativeModel.create({ _id: representativeId, partnerId: id, addedBy: 900, addedAt: NOW, displayName: `Представитель ${representativeId}` });
  return { id, code };
}
