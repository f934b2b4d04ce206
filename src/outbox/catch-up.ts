import { setReachable } from '../db/repositories/reachability.js';
import { DeliveryModel, sentJournal } from './model.js';

/**
 * Journal → ledger: every journalled outcome (also a stopped sender's) is
 * written to its row, one short write at a time (the test database runs one
 * command at a time; a long updateMany would hold up the sends).
 * `settled` is told each item that reached the ledger; `blocked` (SenderDeps) the key of each item refused with 403,
 * once, after the ledger shows it: a seat offer that never arrived is passed on at once (fix31a).
 */
export async function catchUp(shouldStop: () => boolean, settled: (id: string) => void, blocked?: (key: string) => Promise<void>): Promise<void> {
  for (const { _id, at, status, citizenId, messageId } of await sentJournal().find({}).toArray()) {
    if (shouldStop()) return;
    const $set = { status: status ?? 'delivered', doneAt: at, ...(messageId === undefined ? {} : { messageId }) };
    // A 403's key is read back with its write (rare); every other outcome is one plain update.
    const refused = status === 'blocked' ? await DeliveryModel.findOneAndUpdate({ _id, status: 'pending' }, { $set }).lean() : null;
    if (status !== 'blocked') await DeliveryModel.updateOne({ _id, status: 'pending' }, { $set });
    // The 403's mark waits for here: a citizen update is slow on the test database, too slow between two sends.
    if (status === 'blocked' && citizenId !== undefined) await setReachable(citizenId, false, at);
    await sentJournal().deleteOne({ _id });
    settled(String(_id));
    if (refused && blocked) await blocked(refused.key);
  }
}
