import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { Types } from 'mongoose';
import { createGroup } from '../../src/domain/classes.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { deliverAll } from '../helpers/outbox.js';
import { partnerWithLink } from './fixtures.js';

describe('no-phone-referral', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  async function addNoPhone(rep: ReturnType<ReturnType<typeof createTestBot>['user']>, name: string, course: string) {
    await rep.text('/add');
    await rep.press('✓ Да, бланк подписан');
    await rep.text(name);
    await rep.press('Нет телефона');
    await rep.press(course);
    await rep.press('Не важно');
    await rep.press('✓ Записать в очередь');
  }

  describe('a partner\'s person with neither phone nor Telegram (walk29 W29-12)', () => {
    it('/add says the partner is written to and tells the person; no seat yet', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      await partnerWithLink({ name: 'Соцзащита № 1', kind: 'social', centerIds: ['kemerovo-gogol'] }, 7481);
      const rep = t.user({ id: 7481, first_name: 'Татьяна', language_code: 'ru' });
      await addNoPhone(rep, 'Лаптева Мария Ильинична', 'Основы компьютерной грамотности');
      expect(rep.lastText()).toMatch(/^Записали в очередь/);
      expect(rep.lastText()).toContain('когда подойдёт очередь, мы напишем вам, а вы скажите человеку сами.');
      expect(rep.lastText()).not.toContain('библиотекари центра получат карточку');
      expect(t.errors).toEqual([]);
    });

    it('a seat offered: the partner gets a message (who, where, until when, how), and /referrals says to tell her, not «the library phones»', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const { id } = await partnerWithLink({ name: 'Соцзащита № 2', kind: 'social', centerIds: ['kemerovo-lesnaya-polyana'] }, 7482);
      await createGroup(900, {
        courseId: 'safe-internet', centerId: 'kemerovo-lesnaya-polyana', room: 'Зал 3', capacity: 2, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-01T03:00:00Z'), new Date('2026-12-03T03:00:00Z')],
      }, t.clock.now());
      const rep = t.user({ id: 7482, first_name: 'Татьяна', language_code: 'ru' });
      await addNoPhone(rep, 'Громова Анна Ильинична', 'Безопасный интернет');
      expect((await WaitlistEntryModel.findOne({ partnerId: id }).lean())!.status).toBe('offered');
      // Not «the library will call on the phone you gave»: there is none.
      expect(rep.textsSince(0).join('\n')).not.toContain('Библиотека позвонит');
      await deliverAll(t);
      const told = rep.lastText();
      expect(told).toMatch(/^Для вашего человека без телефона есть место в группе: Громова Анна Ильинична, «Безопасный интернет», Библиотека «Лесная Поляна»/);
      expect(told).toContain('Место держим до 26 ноября, четверг, 10:00. Скажите человеку сами: пусть до этого срока придёт в библиотеку или позвонит туда: +7');

      await rep.text('/referrals');
      expect(rep.lastText()).toContain('Громова Анна Ильинична — Безопасный интернет\nПредложено место: Кемерово, Библиотека «Лесная Поляна», ответ до 26 ноября, четверг, 10:00. Телефона нет: скажите человеку сами: пусть придёт в библиотеку или позвонит туда: +7');
      expect(rep.lastText()).not.toContain('библиотека звонит по телефону');
      expect(t.errors).toEqual([]);
    });

    it('a seat of the partner\'s own group: the message and /referrals say to put her in with /groups', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const { id } = await partnerWithLink({ name: 'Соцзащита № 3', kind: 'social', centerIds: ['kemerovo-regional'] }, 7483);
      const rep = t.user({ id: 7483, first_name: 'Татьяна', language_code: 'ru' });
      await addNoPhone(rep, 'Орлова Нина Петровна', 'Основы компьютерной грамотности');
      const groupId = await createGroup(900, {
        courseId: 'basics', centerId: 'kemerovo-regional', room: 'Зал 1', capacity: 3, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-01T03:00:00Z'), new Date('2026-12-03T03:00:00Z')],
        closedFor: { partnerId: id, requestId: new Types.ObjectId().toHexString() },
      }, t.clock.now());
      expect(await offerFreeSeats(groupId, t.clock.now())).toBe(1);
      await deliverAll(t);
      expect(rep.lastText()).toMatch(/^Для вашего человека без телефона есть место в группе: Орлова Нина Петровна/);
      expect(rep.lastText()).toContain('Скажите человеку сами и запишите его в группу командой /groups.');
      await rep.text('/referrals');
      expect(rep.lastText()).toContain('Телефона нет: скажите человеку сами и запишите его в группу командой /groups.');
      expect(t.errors).toEqual([]);
    });
  });
});
