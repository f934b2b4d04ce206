import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { partnerStats } from '../../src/domain/partners/partner-stats.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { partnerWithLink } from './fixtures.js';

describe('forget-referred', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  describe('/forget of a referred citizen', () => {
    it('removes them from the partner\'s view and counts; the anonymous entry stays', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const { id, code } = await partnerWithLink({}, 7201);
      for (const [userId, name] of [[6101, 'Иван'], [6102, 'Пётр']] as const) {
        const user = t.user({ id: userId, first_name: name, language_code: 'ru' });
        await user.text(`/start ${code}`);
        await joinWaitlist(user, { from: 'course', centerChosen: true }); // the partner works with one center
      }
      const rep = t.user({ id: 7201, first_name: 'Ольга', language_code: 'ru' });
      await rep.text('/referrals');
      expect(rep.lastText()).toContain('Иван — ');
      expect(rep.lastText()).toContain('Пётр — ');
      const shown = rep.messages().at(-1)!.message_id;
      expect((await partnerStats(30, t.clock.now())).find((r) => r.partnerId === id)?.referred).toBe(2);

      const ivan = t.user({ id: 6101, first_name: 'Иван', language_code: 'ru' });
      await ivan.text('/forget');
      await ivan.press('Да, удалить');
      // The screen already open in her chat no longer names him: drawn again without him, not closed (fix34e).
      await deliverAll(t);
      const open = t.telegram.messagesTo(7201).find((m) => m.message_id === shown)!.text;
      expect(open).toContain('Пётр — ');
      expect(open).not.toContain('Список закрыт');
      expect(t.telegram.messagesTo(7201).map((m) => m.text ?? '').filter((text) => text.includes('Иван'))).toEqual([]);
      await rep.text('/referrals');
      expect(rep.lastText()).not.toContain('Иван');
      expect(rep.lastText()).toContain('Пётр — ');
      expect((await partnerStats(30, t.clock.now())).find((r) => r.partnerId === id)?.referred).toBe(1);
      // The anonymous row stays for the overall statistics, tied to nobody and to no partner.
      const anonymous = await WaitlistEntryModel.find({ citizenId: { $exists: false } }).lean();
      expect(anonymous).toHaveLength(1);
      expect(anonymous[0]).toMatchObject({ status: 'forgotten' });
      expect(anonymous[0]).not.toHaveProperty('partnerId');
      // The audit log has the representative's views, and no names.
      expect(await AuditEntryModel.countDocuments({ action: 'partner.referrals-view', actorId: 7201 })).toBe(2);
      expect(JSON.stringify(await AuditEntryModel.find().lean())).not.toMatch(/Иван|Пётр/);
    });
  });
});
