import { CitizenModel } from '../models/citizen.js';

/**
 * Blocked (403 or my_chat_member "kicked") or back again, as seen at `at`:
 * sends skip unreachable citizens. A report older than the last change is
 * ignored (the outbox records a 403 some time after it happened).
 */
export async function setReachable(citizenId: number, reachable: boolean, at: Date): Promise<void> {
  await CitizenModel.updateOne(
    { _id: citizenId, $or: [{ reachabilityChangedAt: { $exists: false } }, { reachabilityChangedAt: { $lte: at } }] },
    reachable
      ? { $set: { reachable: true, reachabilityChangedAt: at }, $unset: { unreachableSince: 1 } }
      : { $set: { reachable: false, unreachableSince: at, reachabilityChangedAt: at } },
  );
}
