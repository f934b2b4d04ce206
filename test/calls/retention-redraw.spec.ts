import { describe, expect, it } from '@jest/globals';
import { CallTaskModel, listedCallKey } from '../../src/db/models/call-task.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { runRetentionJob } from '../../src/jobs/retention/index.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { librarian, paperPerson } from './fixtures.js';

describe('retention-redraw', () => {
  /**
   * task31 fixD 3: the retention job (personal data past its period deleted) took a forgotten person's calls off the
   * lists, but an open /calls screen still counted them: it is redrawn after that job too, as after the offers job (fix30c).
   */
  useSampleDataPerTest();

  const DAY = 24 * 3600_000;

  describe('/calls is redrawn after the retention job', () => {
    it('a person forgotten by the retention job leaves the open /calls screen that counted her call', async () => {
      const t = createTestBot();
      const now = t.clock.now();
      await librarian(7321, 'Лариса');
      // Left the line 200 days ago (past RETENTION_PERSONAL_DAYS, 180), yet still on a call list made yesterday.
      const id = -(2 ** 49 + 321);
      await paperPerson(id, { name: 'Давняя Галина', phone: '+79231113321', joinedAt: new Date(now.getTime() - 400 * DAY) });
      const longAgo = new Date(now.getTime() - 200 * DAY);
      await WaitlistEntryModel.collection.updateMany({ citizenId: id }, { $set: { status: 'left', leftAt: longAgo, updatedAt: longAgo }, $unset: { activeKey: 1 } });
      await CitizenModel.collection.updateOne({ _id: id as never }, { $set: { updatedAt: longAgo } });
      await CallTaskModel.create({
        kind: 'change', key: listedCallKey('a1b2c3', id), citizenId: id, centerId: 'kemerovo-regional', status: 'open', topic: 'closure',
        createdAt: new Date(now.getTime() - DAY),
      });
      const larisa = t.user({ id: 7321, first_name: 'Лариса', language_code: 'ru' });
      await larisa.text('/calls');
      const screen = larisa.messages().at(-1)!.message_id;
      const shown = () => larisa.messages().find((m) => m.message_id === screen)!;
      expect(shown().text).toContain('Центр не принимает записи. Позвонить: 1');

      expect(await runRetentionJob(t.deps)).toMatchObject({ citizensForgotten: 1 });
      expect(shown().text).not.toContain('Центр не принимает записи');
      expect(t.errors).toEqual([]);
    });
  });
});
