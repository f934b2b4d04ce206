import { MongoBackend } from '@agendajs/mongo-backend';
import { Agenda } from 'agenda';
import type { Db } from 'mongodb';

/**
 * Agenda on the bot's own database. `new Agenda()` connects in its
 * constructor, so mongoose must be connected first.
 */
export function createAgenda(db: Db, options: { processEvery?: string | number; lockLifetimeMs?: number } = {}) {
  return new Agenda({
    backend: new MongoBackend({ mongo: db }),
    processEvery: options.processEvery ?? '5 seconds',
    defaultLockLifetime: options.lockLifetimeMs ?? 60_000,
  });
}
