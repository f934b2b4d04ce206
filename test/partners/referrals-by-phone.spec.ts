import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { answerCallTask } from '../../src/domain/call-answers.js';
import { createGroup } from '../../src/domain/classes.js';
import { createTestBot, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { partnerWithLink } from './fixtures.js';

describe('referrals-by-phone', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  describe('/referrals for a person without Telegram holding a seat offer (walk s21 W21-23)', () => {
    it('says the library is phoning, how many calls went unanswered, and the library\'s phone', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const { id } = await partnerWithLink({ name: 'Больница № 5', kind: 'hospital', centerIds: ['kemerovo-lesnaya-polyana'] }, 7471);
      await createGroup(900, {
        courseId: 'basics', centerId: 'kemerovo-lesnaya-polyana', room: 'Зал 3', capacity: 2, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-01T03:00:00Z'), new Date('2026-12-03T03:00:00Z')],
      }, t.clock.now());
      const rep = t.user({ id: 7471, first_name: 'Ольга', language_code: 'ru' });
      await rep.text('/add');
      await rep.press('✓ Да, бланк подписан');
      await rep.text('Жуков Иван');
      await rep.text('8 923 555-88-01');
      await rep.press('Основы компьютерной грамотности');
      await rep.press('Не важно');
      await rep.press('✓ Записать в очередь');
      const entry = (await WaitlistEntryModel.findOne({ partnerId: id }).lean())!;
      expect(entry.status).toBe('offered');

      await rep.text('/referrals');
      expect(rep.lastText()).toContain('Жуков Иван — Основы компьютерной грамотности\nПредложено место: Кемерово, Библиотека «Лесная Поляна», ответ до 26 ноября, четверг, 10:00. Телеграма нет, библиотека звонит по телефону. Телефон библиотеки: ');

      // The librarians could not reach him twice.
      const task = (await CallTaskModel.findOne({ entryId: entry._id, status: 'open' }).lean())!;
      for (let i = 0; i < 2; i++) expect((await answerCallTask({ kind: 'coordinator' }, { id: 900, name: 'Координатор' }, String(task._id), 'no-answer', t.clock.now(), testOffers())).ok).toBe(true);
      await rep.text('/referrals');
      expect(rep.lastText()).toMatch(/Телеграма нет, библиотека звонит по телефону: не дозвонились 2 раза\. Помогите связаться с человеком\. Телефон библиотеки: \+7 [\d -]+\./);
      expect(t.errors).toEqual([]);
    });
  });
});
