import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { CenterModel } from '../../src/db/models/center.js';
import { ClassGroupModel } from '../../src/db/models/class-group.js';
import { createGroup } from '../../src/domain/classes.js';
import { PartnerModel } from '../../src/db/models/partner.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { partnerWithLink } from './fixtures.js';

describe('referral-link', () => {
  useSampleDataPerTest();

  const env = { ADMIN_IDS: '900' };
  const entryOf = (citizenId: number) => WaitlistEntryModel.findOne({ citizenId }).lean();

  describe('referral link', () => {
    it('a citizen who opens a partner link joins as referred and sees the partner in the summary', async () => {
      const t = createTestBot({ env });
      const { id, code } = await partnerWithLink();
      const ivan = t.user({ id: 6001, first_name: 'Иван', language_code: 'ru' });
      await ivan.text(`/start ${code}`);
      // The join flow's first question, without the language step; the partner works with one center: no town or center is asked.
      expect(ivan.lastText()).toBe('Запись в центр: Областная научная библиотека имени В. Д. Фёдорова, Кемерово.\nШаг 1 из 4. Выберите курс:');
      expect(ivan.buttonLabels().slice(-1)).toEqual(['Отмена']); // opened from a link: nothing to go back to
      await ivan.press('Основы компьютерной грамотности');
      expect(ivan.lastText()).toMatch(/^Шаг 2 из 4\. /);
      await ivan.press('Назад');
      expect(ivan.lastText()).toContain('Шаг 1 из 4. Выберите курс:');
      await joinWaitlist(ivan, { from: 'course', to: 'phone', centerChosen: true });
      expect(ivan.lastText()).toContain('Центр: Областная научная библиотека имени В. Д. Фёдорова, Кемерово, улица Дзержинского, 19');
      expect(ivan.lastText()).toContain('Вас направила организация: Городская больница № 3');
      // Said above the hint for the buttons under it, not below it (walk s20 #15).
      expect(ivan.lastText()).toMatch(/Телефон: не указан\n\nВас направила организация: Городская больница № 3\. .*\n\nЧтобы исправить имя или другое, нажмите «Изменить»\.$/);
      await joinWaitlist(ivan, { from: 'confirm' });
      // The card once confirmed keeps the note (it has no hint any more).
      expect(ivan.messages().find((m) => m.text?.startsWith('Курс:'))?.text).toMatch(/Телефон: не указан\nВас направила организация: Городская больница № 3/);
      expect(ivan.lastText()).toContain('Ваше место в очереди: 1.');
      expect(String((await entryOf(6001))?.partnerId)).toBe(id);
      expect(t.errors).toEqual([]);
    });

    it('an English speaker reads the partner\'s Russian name in Latin letters (walk s20 #14)', async () => {
      const t = createTestBot({ env });
      const { code } = await partnerWithLink({ name: 'Центр занятости населения г. Кемерово' });
      const anna = t.user({ id: 6005, first_name: 'Anna', language_code: 'en' });
      await anna.text(`/start ${code}`);
      await anna.press('Basic computer literacy');
      await anna.press('Any time');
      await anna.press('✓ I agree');
      await anna.tap('Skip');
      expect(anna.lastText()).toContain('Referred by: Tsentr zaniatosti naseleniia g. Kemerovo.');
      expect(anna.lastText()).not.toMatch(/[а-яё]/i);
    });

    it('a replaced code, an unknown one, and one of a deactivated partner still let the citizen join, without a partner', async () => {
      const t = createTestBot({ env });
      const { id, code: old } = await partnerWithLink({ name: 'Центр занятости' });
      const maria = t.user({ id: 900, first_name: 'Мария', language_code: 'ru' });
      await maria.text('/partners');
      await maria.press('Центр занятости');
      await maria.press('🔗 Ссылка для записи');
      expect(t.telegram.callsOf('sendPhoto').at(-1)?.payload.caption).toBe(`https://t.me/tvoy_kurs_test_bot?start=${old}`);
      await maria.press('🔄 Заменить ссылку');
      expect(maria.lastText()).toContain('Старая ссылка и напечатанные картинки с ней перестанут действовать.');
      await maria.press('Да, заменить');
      const fresh = (await PartnerModel.findById(id).lean())!.referralCode!;
      expect(fresh).not.toBe(old);
      expect(t.telegram.callsOf('sendPhoto').at(-1)?.payload.caption).toBe(`https://t.me/tvoy_kurs_test_bot?start=${fresh}`);

      // Only the current code's partner (of one center) chooses the center: the others are asked for it.
      const joinWith = async (userId: number, payload: string, centerChosen = false) => {
        const user = t.user({ id: userId, first_name: 'Пётр', language_code: 'ru' });
        await user.text(`/start ${payload}`);
        expect(user.lastText()).toContain(centerChosen ? 'Шаг 1 из 4' : 'Шаг 1 из 5');
        await joinWaitlist(user, { from: 'course', to: 'phone', centerChosen });
        const summary = user.lastText();
        await joinWaitlist(user, { from: 'confirm' });
        expect(user.lastText()).toContain('Ваше место в очереди');
        return { summary, entry: await entryOf(userId) };
      };
      const withOld = await joinWith(6011, old);
      expect(withOld.summary).not.toContain('Вас направила');
      expect(withOld.entry).not.toHaveProperty('partnerId');
      const unknown = await joinWith(6012, `r${randomBytes(16).toString('base64url')}`);
      expect(unknown.entry).not.toHaveProperty('partnerId');
      const withFresh = await joinWith(6013, fresh, true);
      expect(withFresh.summary).toContain('Вас направила организация: Центр занятости');
      expect(String(withFresh.entry?.partnerId)).toBe(id);

      await PartnerModel.updateOne({ _id: id }, { $set: { active: false } });
      const afterDeactivation = await joinWith(6014, fresh);
      expect(afterDeactivation.entry).not.toHaveProperty('partnerId');
      // Its people's entries and history stay.
      expect(String((await entryOf(6013))?.partnerId)).toBe(id);
    });

    it('a partner of several centers, or of one that closed, lets the citizen choose the center as usual', async () => {
      const t = createTestBot({ env });
      const two = await partnerWithLink({ name: 'Центр занятости', centerIds: ['kemerovo-regional', 'yurga-central'] });
      const ivan = t.user({ id: 6021, first_name: 'Иван', language_code: 'ru' });
      await ivan.text(`/start ${two.code}`);
      expect(ivan.lastText()).toBe('Шаг 1 из 5. Выберите курс:');
      await ivan.press('Госуслуги онлайн');
      expect(ivan.lastText()).toContain('Шаг 2 из 5. Где вам удобно заниматься?');

      const one = await partnerWithLink({ name: 'Больница Юрги', centerIds: ['yurga-central'] });
      await CenterModel.updateOne({ _id: 'yurga-central' }, { $set: { active: false } });
      invalidateCatalog();
      try {
        const petr = t.user({ id: 6022, first_name: 'Пётр', language_code: 'ru' });
        await petr.text(`/start ${one.code}`);
        expect(petr.lastText()).toBe('Шаг 1 из 5. Выберите курс:');
        await petr.press('Госуслуги онлайн');
        expect(petr.lastText()).toMatch(/^К сожалению, этот центр сейчас не принимает записи: Центральная городская библиотека, Юрга\. Выберите, пожалуйста, другой центр\.\n\nШаг 2 из 5\./);
        await joinWaitlist(petr, { from: 'town', town: 'Белово', to: 'phone' });
        expect(petr.lastText()).toContain('Вас направила организация: Больница Юрги');
        await joinWaitlist(petr, { from: 'confirm' });
        expect(await entryOf(6022)).toMatchObject({ centerId: 'belovo-central' });
        expect(String((await entryOf(6022))?.partnerId)).toBe(one.id);
      } finally {
        invalidateCatalog(); // the next test's sample data has the center open again
      }
    });

    it('a partner with a group open for its people: the link says which course it signs them up for and puts it first (walk s22 W22-15)', async () => {
      const t = createTestBot({ env });
      const { id, code } = await partnerWithLink({ name: 'Центр занятости', kind: 'employment', centerIds: ['kemerovo-gogol'] });
      await createGroup(900, {
        courseId: 'job-search', centerId: 'kemerovo-gogol', room: 'Зал 8', capacity: 8, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-07T03:00:00Z')], closedFor: { partnerId: id, requestId: new Types.ObjectId().toHexString() },
      }, t.clock.now());
      const alexey = t.user({ id: 6031, first_name: 'Алексей', language_code: 'ru' });
      await alexey.text(`/start ${code}`);
      expect(alexey.lastText()).toBe('Организация «Центр занятости» записывает вас на курс «Поиск работы в интернете»: он первый в списке.\nЗапись в центр: Библиотека имени Н. В. Гоголя, Кемерово.\nШаг 1 из 4. Выберите курс:');
      expect(alexey.buttonLabels()[0]).toBe('Поиск работы в интернете');
      expect(alexey.buttonLabels()).toHaveLength(6); // every course still there, then Cancel
      await alexey.press('Поиск работы в интернете');
      expect(alexey.lastText()).toMatch(/^Шаг 2 из 4\. /);
      // In English, in Latin letters.
      const john = t.user({ id: 6032, first_name: 'John', language_code: 'en' });
      await john.text(`/start ${code}`);
      expect(john.lastText()).toMatch(/^Tsentr zaniatosti signs you up for the course "Job search online": it is first in the list\.\n/);
      expect(john.lastText()).not.toMatch(/[а-яё]/i);
      // The group is full: nothing is said, the usual order.
      await ClassGroupModel.updateOne({ partnerId: id }, { $set: { freeSeats: 0 } });
      const olga = t.user({ id: 6033, first_name: 'Ольга', language_code: 'ru' });
      await olga.text(`/start ${code}`);
      expect(olga.lastText()).toBe('Запись в центр: Библиотека имени Н. В. Гоголя, Кемерово.\nШаг 1 из 4. Выберите курс:');
      expect(olga.buttonLabels()[0]).toBe('Основы компьютерной грамотности');
      expect(t.errors).toEqual([]);
    });

    it('a representative of partner A replaying partner B\'s link buttons is refused', async () => {
      const t = createTestBot({ env });
      const a = await partnerWithLink({ name: 'Партнёр А' }, 7001);
      const b = await partnerWithLink({ name: 'Партнёр Б' }, 7002);
      const repA = t.user({ id: 7001, first_name: 'Анна', language_code: 'ru' });
      const repB = t.user({ id: 7002, first_name: 'Борис', language_code: 'ru' });
      await repB.text('/link');
      const replaceB = repB.messages().at(-1)!.reply_markup!.inline_keyboard.flat().find((x) => x.text === '🔄 Заменить ссылку') as { callback_data: string };
      await repA.text('/link');
      await repA.pressData(replaceB.callback_data);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: 'Это не ваша организация или её уже нет.', show_alert: true });
      // The confirmation's data, forged from the same payload: refused too, and B's code unchanged.
      await repA.pressData(replaceB.callback_data.replace(/\.0\//, '.1/').replace(/\/0\//, '/1/'));
      expect((await PartnerModel.findById(b.id).lean())!.referralCode).toBe(b.code);
      expect((await PartnerModel.findById(a.id).lean())!.referralCode).toBe(a.code);
      // A citizen is refused outright.
      const ivan = t.user({ id: 6021, first_name: 'Иван', language_code: 'ru' });
      await ivan.text('/link');
      expect(ivan.lastText()).toBe('Эта команда для представителей организаций-партнёров.');
    });
  });
});
