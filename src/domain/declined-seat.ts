import { ClassGroupModel } from '../db/models/class-group.js';
import { SeatOfferModel } from '../db/models/seat-offer.js';
import { isObjectId } from './ids.js';

/**
 * Right after «Не смогу» (declineOffer, or an accepted seat given back): whether the seat stayed free because nobody in
 * the group's line could be offered it, e.g. a partner's closed group with nobody else of the partner waiting (walk30
 * W30-15). «Место передали следующему» is then not true; the answered offer says the seat is still free (fix31a).
 */
export async function seatLeftFree(entryId: string): Promise<boolean> {
  if (!isObjectId(entryId)) return false;
  const last = await SeatOfferModel.findOne({ entryId, outcome: { $in: ['declined', 'released'] } }, { groupId: 1 }).sort({ closedAt: -1 }).lean();
  if (!last) return false;
  const group = await ClassGroupModel.findById(last.groupId, { freeSeats: 1, status: 1 }).lean();
  return group?.status === 'open' && (group.freeSeats ?? 0) > 0;
}
