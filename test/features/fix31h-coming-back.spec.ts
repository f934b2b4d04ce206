import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createGroup } from '../../src/domain/classes.js';
import { offerFreeSeats } from '../../src/domain/offers.js';
import { createTestBot, TestClock, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { paperPerson } from '../calls/fixtures.js';

describe('fix31h-coming-back', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const NOW = new Date('2026-11-25T03:00:00Z');

  describe('fix31h: coming back', () => {
    // Walk31 W31-09: a seat held for her while she had blocked the bot; /start said «Вы уже в очереди».
    it('fix31h W31-09: /start for someone a seat is held for says so and brings the offer with its buttons', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await addToWaitlist(4801, { centerId: 'yurga-central', phone: '+79131112201', at: new Date('2026-11-01T03:00:00Z') });
      await CitizenModel.updateOne({ _id: 4801 }, { $set: { reachable: false } });
      const groupId = await createGroup(900, { courseId: 'basics', centerId: 'yurga-central', room: 'Зал 1', capacity: 1, lessonStarts: [new Date('2026-11-27T03:00:00Z')], durationMinutes: 90 }, NOW);
      expect(await offerFreeSeats(groupId, NOW, testOffers())).toBe(1);
      const olga = t.user({ id: 4801, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/start');
      const texts = t.telegram.messagesTo(4801).map((m) => m.text ?? '');
      expect(texts.some((text) => text.startsWith('Вы уже в очереди'))).toBe(false);
      expect(texts).toContain('Для вас держим место в группе: ответьте на предложение ниже кнопкой «Приду» или «Не смогу».');
      expect(olga.lastText()).toMatch(/^Для вас есть место в группе!/);
      expect(olga.buttonLabels()).toEqual(['✓ Приду', 'Не смогу']);
      expect(t.errors).toEqual([]);
    });

    // Walk31 W31-06: a person put in a group without Telegram links it and was told «Ваше место в очереди сохранено».
    it('fix31h W31-06: after linking Telegram someone in a group hears of the group and its next lesson, not of a place in line', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      const entryId = await paperPerson(-(2 ** 49 + 4802), { name: 'Тихонов Иван', phone: '+79131112202', joinedAt: new Date('2026-11-01T03:00:00Z'), centerId: 'yurga-central' });
      const groupId = await createGroup(900, { courseId: 'basics', centerId: 'yurga-central', room: 'Зал 1', capacity: 5, lessonStarts: [new Date('2026-11-26T05:00:00Z')], durationMinutes: 90 }, NOW);
      await WaitlistEntryModel.updateOne({ _id: entryId }, { $set: { status: 'enrolled', groupId: new Types.ObjectId(groupId), enrolledAt: NOW } });
      const ivan = t.user({ id: 4802, first_name: 'Иван', language_code: 'ru' });
      await ivan.text('/start');
      await ivan.press('📋 Меня уже записали в библиотеке');
      await ivan.contact('79131112202');
      await ivan.press('Да, это я');
      expect(ivan.lastText()).toBe(
        'Готово! Теперь сообщения о курсе будут приходить сюда, в Телеграм.\nВы в группе:\n«Основы компьютерной грамотности», следующее занятие завтра в 12:00, Зал 1.\nВсё о записи: кнопка «Моё место в очереди» внизу экрана.',
      );
      expect(t.errors).toEqual([]);
    });

    // Walk31 W31-05: a patient written down without a phone shares his new number; he was sent to the regional library in Kemerovo.
    it('fix31h W31-05: «Меня уже записали» with a number on no record: ask whoever wrote him down to add it, his town\'s centers under «Центры рядом»', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      const ivan = t.user({ id: 4803, first_name: 'Иван', language_code: 'ru' });
      await ivan.text('/start');
      await ivan.press('📋 Меня уже записали в библиотеке');
      await ivan.contact('79131112203');
      expect(ivan.lastText()).toBe(
        'Мы не нашли записи с вашим номером. Если вас записали в библиотеке или в другом месте, например в больнице, попросите там добавить этот номер. Телефоны центров вашего города: кнопка «Центры рядом» внизу экрана. Если вас ещё не записывали, нажмите «Записаться на курс».',
      );
      expect(ivan.lastText()).not.toContain('+7 3842 36-42-90');
      await ivan.tap('📍 Центры рядом');
      expect(ivan.lastText()).toMatch(/город/i);
      expect(t.errors).toEqual([]);
    });
  });
});
