import { describe, expect, it } from '@jest/globals';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { registerWithoutTelegram } from '../../src/domain/desk-registration.js';
import { applyRetention } from '../../src/domain/retention.js';
import { librarian } from '../calls/fixtures.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, testOffers } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';

describe('no-phone', () => {
  /**
   * People with neither a phone nor Telegram (fix28d): seniors who come in every week. /add takes them with
   * "Нет телефона"; they are their name at their center; a seat for them is a card the librarians answer when the
   * person comes in; /forgetperson and retention forget them as anyone.
   */

  useSampleDataPerTest();

  const NOW = new Date('2026-11-25T03:00:00Z'); // the fixture group's lessons start on 1 December
  const COORDINATOR = 900;
  const BASICS = 'Основы компьютерной грамотности';
  const INTERNET = 'Интернет и электронная почта';
  const setup = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });

  /** /add with "Нет телефона", up to the answer after Confirm (or the "already" answer). */
  async function addWithoutPhone(staff: TestUser, name: string, course: string, center?: string, namesake = 'Да, тот же человек') {
    await staff.text('/add');
    await staff.press('✓ Да, бланк подписан');
    await staff.text(name);
    expect(staff.lastText()).toMatch(/^Напишите телефон человека/);
    await staff.press('Нет телефона');
    expect(staff.lastText()).toBe('На какой курс записать?');
    await staff.press(course);
    if (center) await staff.press(center);
    // A namesake without a phone at this center is asked about (probe29 M1).
    if (staff.lastText().startsWith('В этом центре уже есть')) await staff.press(namesake);
    if (staff.lastText() !== 'Когда человеку удобнее заниматься?') return staff.lastText();
    await staff.press('Не важно');
    expect(staff.lastText()).toContain('Телефон: нет — сообщим при встрече');
    await staff.press('✓ Записать в очередь');
    return staff.lastText();
  }

  describe('people with no phone and no Telegram', () => {
    it('/add takes "Нет телефона"; the same name at the same center is the same person, at another center another', async () => {
      await librarian(700, 'Анна', ['belovo-central']);
      const t = setup();
      const anna = t.user({ id: 700, first_name: 'Анна', language_code: 'ru' });
      expect(await addWithoutPhone(anna, 'Степанова Клавдия', BASICS)).toBe(
        'Записали в очередь: «Основы компьютерной грамотности», Белово, Центральная городская библиотека. Место в очереди: 1.\n' +
          'Телефона и Телеграма у человека нет: когда подойдёт очередь, библиотекари центра получат карточку со сроком ответа: до этого срока место держим. Когда человек придёт, скажите ему о месте и о сроке.',
      );
      const klavdiya = await CitizenModel.findOne({ name: 'Степанова Клавдия' }).lean();
      expect(klavdiya).toMatchObject({ reachable: false, consent: { method: 'paper', centerId: 'belovo-central' } });
      expect(klavdiya!.phone).toBeUndefined();
      expect(klavdiya!._id).toBeLessThan(0);

      // The same name (any case, any order) at the same center, said to be her, for the same course: her place, nothing written.
      expect(await addWithoutPhone(anna, 'КЛАВДИЯ степанова', BASICS)).toMatch(/^Этот человек уже в очереди на курс «Основы компьютерной грамотности» \(Белово.*\): место 1\. Ничего не меняли\.$/);
      // For another course, said to be her: the same person gets it.
      expect(await addWithoutPhone(anna, 'Степанова Клавдия', INTERNET)).toMatch(/\nЭтот человек уже был в списке центра: курс добавлен ему же\.$/);
      expect(await CitizenModel.countDocuments()).toBe(1);
      expect(await WaitlistEntryModel.countDocuments({ citizenId: klavdiya!._id })).toBe(2);

      // A namesake at another center is another person.
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      expect(await addWithoutPhone(olga, 'Степанова Клавдия', BASICS, 'Юрга: Центральная городская библиотека')).toMatch(/^Записали в очередь: .*Юрга.*Место в очереди: 1\./);
      expect(await CitizenModel.countDocuments()).toBe(2);
      expect(t.errors).toEqual([]);
    });

    it('moved to another center with /find, she is her name at the new center', async () => {
      const t = setup();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await addWithoutPhone(olga, 'Зябликова Вера', BASICS, 'Белово: Центральная городская библиотека');
      await olga.text('/find');
      await olga.text('Зябликова');
      await olga.press('🏛 Перевести в другой центр');
      await olga.press('Киселёвск');
      await olga.press('Центральная городская библиотека');
      await olga.press('✅ Да, перевести');
      expect((await CitizenModel.findOne({ name: 'Зябликова Вера' }).lean())!.phoneKey).toBe('nophone:kiselyovsk-central|вера зябликова');
      expect(await addWithoutPhone(olga, 'Зябликова Вера', BASICS, 'Киселёвск: Центральная городская библиотека')).toMatch(/^Этот человек уже в очереди на курс/);
      expect(await CitizenModel.countDocuments()).toBe(1);
      expect(t.errors).toEqual([]);
    });

    it('a seat for her is a card saying to tell her when she comes; /calls lists it; /find shows it to answer', async () => {
      await librarian(700, 'Анна');
      await groupWithOffers(NOW);
      const t = setup();
      const anna = t.user({ id: 700, first_name: 'Анна', language_code: 'ru' });
      await addWithoutPhone(anna, 'Петрова Зинаида', BASICS);
      await deliverAll(t);
      expect(anna.lastText()).toMatch(/^📌 Для человека без телефона и Телеграма есть место в группе\.\nПетрова Зинаида, нет телефона — скажите, когда человек придёт\n/);
      expect(anna.buttonLabels()).toEqual(['✓ Согласие есть, записать', '✗ Отказ, не записывать']); // nobody to dial: no "no answer"
      const task = await CallTaskModel.findOne({ status: 'open' }).lean();
      const entry = await WaitlistEntryModel.findOne({ status: 'offered' }).lean();
      expect(task?.expiresAt).toBeDefined();
      expect(task!.expiresAt!.getTime()).toBeGreaterThan(NOW.getTime() + 12 * 3600_000); // held for the usual time

      await anna.text('/calls');
      expect(anna.lastText()).toContain('Петрова Зинаида, нет телефона, скажите при встрече: Основы');

      // She walks in: /find shows the seat's card above her card, and its answer enrols her.
      await anna.text('/find');
      await anna.text('Петрова');
      const texts = anna.messages().map((m) => m.text ?? '');
      expect(texts.at(-2)).toMatch(/^📌 Для человека без телефона и Телеграма есть место в группе\./);
      expect(texts.at(-1)).toMatch(/Петрова Зинаида, без телефона/);
      await anna.press('✓ Согласие есть, записать');
      expect(await WaitlistEntryModel.findById(entry!._id).lean()).toMatchObject({ status: 'enrolled' });
      expect(await CallTaskModel.findById(task!._id).lean()).toMatchObject({ status: 'accepted' });
      expect(t.errors).toEqual([]);
    });

    it('/forgetperson finds her by name and forgets her; retention forgets her once she left long ago', async () => {
      await librarian(700, 'Анна', ['belovo-central']);
      const t = setup();
      const anna = t.user({ id: 700, first_name: 'Анна', language_code: 'ru' });
      await addWithoutPhone(anna, 'Воронцова Злата', BASICS);
      await anna.text('/forgetperson');
      await anna.text('Воронцова');
      expect(anna.lastText()).toMatch(/^Удалить все данные этого человека\?\nВоронцова Злата, без телефона\n/);
      await anna.press('🗑 Да, удалить');
      expect(anna.lastText()).toMatch(/^Данные удалены/);
      expect(await CitizenModel.countDocuments()).toBe(0);
      expect(await WaitlistEntryModel.countDocuments({ citizenId: { $exists: true } })).toBe(0);

      // Registered a year ago, left the list then: the daily retention run forgets her (the anonymous entry stays).
      const long = new Date('2025-11-01T05:00:00Z');
      const [added] = await registerWithoutTelegram(
        [{ name: 'Орлова Нина', courseId: 'basics', centerId: 'belovo-central', timeOfDay: 'any', joinedAt: long }],
        { actorId: 700, now: long },
      );
      expect(added?.outcome).toBe('added');
      const citizenId = added!.outcome === 'added' ? added!.citizenId : 0;
      await WaitlistEntryModel.collection.updateOne({ citizenId }, { $set: { status: 'left', updatedAt: long }, $unset: { activeKey: 1 } });
      const result = await applyRetention({ personalDays: 180, outboxDays: 30, chatStateTtlMs: { sessions: 1, conversations: 1 }, offers: testOffers() }, NOW);
      expect(result.citizensForgotten).toBe(1);
      expect(await CitizenModel.countDocuments({ _id: citizenId })).toBe(0);
      expect(await WaitlistEntryModel.countDocuments({ status: 'left' })).toBe(1);
      expect(t.errors).toEqual([]);
    });
  });
});
