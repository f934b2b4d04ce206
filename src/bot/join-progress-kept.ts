import type { ConversationData, VersionedState, VersionedStateStorage } from '@grammyjs/conversations';
import { JOIN_WAITLIST } from '../../scenes/waitlist/join-waitlist.js';
import { joinProgressOf, noteJoinProgress, type JoinProgress } from '../../scenes/waitlist/join-progress.js';

type Row = VersionedState<ConversationData> & { joinProgress?: JoinProgress };

/**
 * Where a join stands («шаг 3 из 5», scenes/waitlist/join-progress.ts) is kept in the chat's stored conversation row
 * beside the join's state, so /start after a restart (or on another process) still names the step (task31 fixD).
 * Written with the state, which changes at every step anyway: no extra database call. Read with it at the start of
 * every update: the row is what was last saved, so it replaces what this process remembers. The plugin reads only
 * `version` and `state`; the course id and step numbers are nothing personal.
 */
export function withJoinProgress(adapter: VersionedStateStorage<string, ConversationData>): VersionedStateStorage<string, ConversationData> {
  return {
    read: async (key) => {
      const row: Row | undefined = await adapter.read(key);
      if (row?.joinProgress && row.state?.[JOIN_WAITLIST]) noteJoinProgress(Number(key), row.joinProgress);
      return row;
    },
    write: (key, versioned) => {
      const joinProgress = versioned.state[JOIN_WAITLIST] ? joinProgressOf(Number(key)) : undefined;
      const row: Row = joinProgress ? { ...versioned, joinProgress } : versioned;
      return adapter.write(key, row);
    },
    delete: (key) => adapter.delete(key),
  };
}
