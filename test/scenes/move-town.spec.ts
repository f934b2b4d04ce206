import { describe, expect, it } from '@jest/globals';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('move-town', () => {
  /*
   * A citizen moving to another town (walk29 W29-08, W29-09): the center she picks there is where her place goes,
   * not asked again; a town of one center is taken at once.
   */

  useSampleDataPerTest();

  const OSINNIKI = 'Центральная городская библиотека, Осинники';

  describe('moving to another town from a center shown', () => {
    it('fix29h W29-09: «записаться сюда» typed under a town\'s one center joins there: the move names it, no town asked', async () => {
      const t = createTestBot();
      await addToWaitlist(29_901, { centerId: 'yurga-central' });
      const valya = t.user({ id: 29_901, first_name: 'Валентина', language_code: 'ru' });
      await valya.text('/start');
      await valya.text('📍 Центры рядом');
      await valya.text('Осинники');
      expect(valya.buttonLabels()).toContain('📝 Записаться сюда');
      await valya.text('записаться сюда');
      expect(valya.lastText()).toContain(`Запись в центр: ${OSINNIKI}.`);
      await valya.text('основы');
      expect(valya.lastText()).toContain(`Перейти в выбранный центр (${OSINNIKI})?`);
      await valya.text('да');
      expect(valya.lastText()).toBe(`Готово. Теперь ваш центр: ${OSINNIKI}. Ваше место в очереди: 1.`);
      expect(await WaitlistEntryModel.findOne({ citizenId: 29_901 }).lean()).toMatchObject({ centerId: 'osinniki-central', status: 'waiting' });
      expect(t.errors).toEqual([]);
    });

    it('fix30c: «записаться сюда» means the center shown for an hour by the bot\'s clock, not the machine\'s', async () => {
      const t = createTestBot();
      const nina = t.user({ id: 30_301, first_name: 'Нина', language_code: 'ru' });
      await nina.text('/start');
      await nina.text('📍 Центры рядом');
      await nina.text('Осинники');
      t.clock.advance(59 * 60 * 1000);
      await nina.text('записаться сюда');
      expect(nina.lastText()).toContain(`Запись в центр: ${OSINNIKI}.`);
      await nina.text('/cancel');
      // The center's card (its «Записаться сюда» too), then more than an hour by the bot's clock: the menu's join, the center asked.
      await nina.text('📍 Центры рядом');
      await nina.text('Осинники');
      await nina.press(/Осинники/);
      expect(nina.buttonLabels()).toContain('📝 Записаться сюда');
      t.clock.advance(61 * 60 * 1000);
      await nina.text('записаться сюда');
      expect(nina.lastText()).not.toContain('Запись в центр:');
      expect(nina.lastText()).toMatch(/Выберите курс/);
      expect(t.errors).toEqual([]);
    });

    it('fix29h W29-09: a move to a town of one center takes that center at once and asks to confirm it', async () => {
      const t = createTestBot();
      await addToWaitlist(29_902, { centerId: 'yurga-central' });
      const emily = t.user({ id: 29_902, first_name: 'Emily', language_code: 'ru' });
      await emily.text('/start');
      await emily.text('📝 Записаться на курс');
      await emily.text('основы');
      expect(emily.lastText()).toContain('Хотите перейти в другой центр?');
      await emily.text('перейти в другой центр');
      expect(emily.lastText()).toMatch(/^Куда перейти\?/);
      await emily.text('Осинники');
      expect(emily.lastText()).toBe(`Перейти в другой центр: ${OSINNIKI}? Там ваше место в очереди будет 1: оно считается по дню вашей записи.`);
      await emily.text('да');
      expect(await WaitlistEntryModel.findOne({ citizenId: 29_902 }).lean()).toMatchObject({ centerId: 'osinniki-central', status: 'waiting' });
      expect(t.errors).toEqual([]);
    });
  });

  describe('the town said with a center\'s name (walk35 L2)', () => {
    it('my place in line and the move name the town: «Библиотека имени Н. В. Гоголя, Кемерово», «Библиотека Кузнецкого района, Новокузнецк»', async () => {
      const t = createTestBot();
      await addToWaitlist(35_201, { courseId: 'job-search', centerId: 'kemerovo-gogol', at: new Date('2026-10-01T03:00:00Z') });
      await addToWaitlist(35_201, { courseId: 'internet', centerId: 'novokuznetsk-kuznetsky', at: new Date('2026-10-02T03:00:00Z') });
      const denis = t.user({ id: 35_201, first_name: 'Денис', language_code: 'ru' });
      await denis.text('/start');
      await denis.text('🔢 Моё место в очереди');
      expect(denis.lastText()).toContain('«Поиск работы в интернете», Библиотека имени Н. В. Гоголя, Кемерово: место в очереди 1.');
      expect(denis.lastText()).toContain('«Интернет и электронная почта», Библиотека Кузнецкого района, Новокузнецк: место в очереди 1.');
      await denis.press('Сменить центр: Поиск работы в интернете');
      await denis.press('Новокузнецк');
      await denis.press('Библиотека Кузнецкого района');
      expect(denis.lastText()).toBe('Перейти в другой центр: Библиотека Кузнецкого района, Новокузнецк? Там ваше место в очереди будет 1: оно считается по дню вашей записи.');
      await denis.press('✅ Да, перейти');
      expect(denis.lastText()).toBe('Готово. Теперь ваш центр: Библиотека Кузнецкого района, Новокузнецк. Ваше место в очереди: 1.');
      // After the move, the same line at its new center.
      await denis.text('🔢 Моё место в очереди');
      expect(denis.lastText()).toContain('«Поиск работы в интернете», Библиотека Кузнецкого района, Новокузнецк: место в очереди 1.');
      expect(t.errors).toEqual([]);
    });
  });

  /** Валентина (and Пётр after her on the Юрга list), her seat in a Юрга group for «Основы», lessons ahead. */
  async function inYurgaGroup(t: ReturnType<typeof createTestBot>, id: number, next: number) {
    await addToWaitlist(id, { centerId: 'yurga-central', at: new Date('2026-10-01T03:00:00Z') });
    await addToWaitlist(next, { centerId: 'yurga-central', at: new Date('2026-10-02T03:00:00Z') });
    const group = await groupWithOffers(t.clock.now(), { centerId: 'yurga-central', capacity: 1 });
    await deliverAll(t);
    const valya = t.user({ id, first_name: 'Валентина', language_code: 'ru' });
    await valya.text('приду');
    await deliverAll(t);
    expect(await WaitlistEntryModel.findOne({ citizenId: id }).lean()).toMatchObject({ status: 'enrolled', centerId: 'yurga-central' });
    return { valya, groupId: group.id };
  }

  const GROUP_ASK = (position: number) =>
    `Вы в группе курса «Основы компьютерной грамотности»: Центральная городская библиотека, Юрга. Отказаться от места там и встать в очередь: ${OSINNIKI}? Место в очереди там будет ${position}. Ваше место в группе получит следующий человек.`;

  describe('someone in a group who moves to another town (walk29 W29-08)', () => {
    it('fix29h W29-08: «записаться сюда» under Осинники asks to give up the Юрга seat and wait there; the seat goes to the next person', async () => {
      const t = createTestBot();
      const { valya, groupId } = await inYurgaGroup(t, 29_911, 29_912);
      await valya.text('📍 Центры рядом');
      await valya.text('Осинники');
      await valya.text('записаться сюда');
      await valya.text('основы');
      expect(valya.lastText()).toBe(GROUP_ASK(1));
      expect(valya.buttonLabels()).toEqual(expect.arrayContaining(['✅ Да, перейти', 'Нет, остаться в группе']));
      await valya.text('да');
      expect(valya.lastText()).toBe(`Готово. Место в группе передано следующему человеку. Теперь ваш центр: ${OSINNIKI}. Ваше место в очереди: 1.`);
      expect(await WaitlistEntryModel.findOne({ citizenId: 29_911 }).lean()).toMatchObject({ status: 'waiting', centerId: 'osinniki-central' });
      expect(await WaitlistEntryModel.findOne({ citizenId: 29_912 }).lean()).toMatchObject({ status: 'offered', offer: { groupId: expect.anything() } });
      expect(String((await WaitlistEntryModel.findOne({ citizenId: 29_912 }).lean())!.offer!.groupId)).toBe(groupId);
      expect((await ClassGroupModel.findById(groupId).lean())!.enrolledCount).toBe(0);
      expect(t.errors).toEqual([]);
    });

    it('fix29h W29-08: a group entry has «Сменить центр»; typed «сменить центр» on the list is that move, and «нет» keeps the seat', async () => {
      const t = createTestBot();
      const { valya } = await inYurgaGroup(t, 29_921, 29_922);
      await valya.text('🔢 Моё место в очереди');
      expect(valya.buttonLabels()).toContain('Сменить центр: Основы компьютерной грамотности');
      await valya.text('сменить центр');
      expect(valya.lastText()).toMatch(/^Куда перейти\?/);
      await valya.text('Осинники');
      expect(valya.lastText()).toBe(GROUP_ASK(1));
      await valya.text('нет');
      expect(valya.lastText()).toBe('Хорошо. Вы остаётесь в группе: Центральная городская библиотека, Юрга.');
      expect(await WaitlistEntryModel.findOne({ citizenId: 29_921 }).lean()).toMatchObject({ status: 'enrolled', centerId: 'yurga-central' });
      // The menu's join names the group and offers the move too.
      await valya.text('📝 Записаться на курс');
      await valya.text('основы');
      expect(valya.lastText()).toContain('Если вы переезжаете, можно отказаться от места и встать в очередь в другом центре.');
      expect(valya.buttonLabels()).toEqual(expect.arrayContaining(['🏛 Перейти в другой центр', 'Остаться в группе']));
      expect(t.errors).toEqual([]);
    });
  });
});
