import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { LessonModel } from '../../src/db/models/lesson.js';
import { saidAbsentIds } from '../../src/domain/said-absent.js';
import { acceptOffer } from '../../src/domain/offers.js';
import { enqueueDueReminders, reminderSettings } from '../../src/domain/reminders.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import { emptyTestDatabase, useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithOffers, joinDay } from '../classes/fixtures.js';

describe('said-absent', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());
  beforeEach(async () => {
    await emptyTestDatabase();
    await seedSampleData();
  });

  // Kemerovo is UTC+7: lessons at 19:55 on 1, 3 and 5 December; the "soon" reminder is due two hours before (10:55Z).
  const LESSONS = [new Date('2026-12-01T12:55:00Z'), new Date('2026-12-03T12:55:00Z'), new Date('2026-12-05T12:55:00Z')];

  /** This person has a seat in a new Kemerovo group of basics (created by coordinator 900), taken at the clock's time. */
  async function seated(t: TestBot, citizenId: number, language: 'ru' | 'en' = 'ru') {
    await addToWaitlist(citizenId, { at: joinDay(1), language });
    await groupWithOffers(t.clock.now(), { lessonStarts: LESSONS, capacity: 1 });
    const entry = await WaitlistEntryModel.findOne({ citizenId }).lean();
    expect(await acceptOffer(citizenId, String(entry!._id), t.clock.now())).toMatchObject({ ok: true });
  }

  async function runJobAt(t: TestBot, at: string) {
    t.clock.current = new Date(at);
    await enqueueDueReminders(reminderSettings(t.deps.config), t.clock.now());
    await deliverAll(t);
  }

  /** What the coordinator 900 (the groups' librarian here) was told about people not coming. */
  const absentNotices = (t: TestBot) => t.telegram.messagesTo(900).filter((m) => 'text' in m && /не сможет прийти|will not come|can't come/i.test(m.text ?? ''));
  /** What it was told about people coming after all (fix41b). */
  const comingNotices = (t: TestBot) => t.telegram.messagesTo(900).flatMap((m) => ('text' in m && /всё-таки придёт/.test(m.text ?? '') ? [m.text] : []));

  describe('words after a reminder: «не смогу прийти» anywhere in a short message (walk29 W29-24)', () => {
    it('fix30a W29-24: after the plain «Скоро занятие», «спасибо, не смогу прийти, заболела» asks about the seat; «нет» keeps it, the librarian is told once', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-12-01T10:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3071);
      const zina = t.user({ id: 3071, first_name: 'Зинаида', language_code: 'ru' });
      await runJobAt(t, '2026-12-01T10:55:00Z');
      expect(zina.lastText()).toMatch(/^Скоро занятие\./);
      expect(zina.buttonLabels()).toEqual([]);
      // Words not understood right under it: how to say she will not come, not «press the button under it».
      await zina.text('алло');
      expect(zina.lastText()).toBe('Не получилось понять сообщение. Если не сможете прийти на занятие, напишите «не смогу»: мы предупредим библиотекаря. Остальное можно выбрать кнопками внизу экрана.');
      await zina.text('спасибо, не смогу прийти, заболела');
      expect(zina.lastText()).toBe(
        'Ваше занятие: сегодня в 19:55, Зал 1.\nМы сообщили библиотекарю, что вас не будет.\nОтказаться от места в группе «Основы компьютерной грамотности»? Сейчас в очереди на него никого нет: место пока останется свободным.',
      );
      expect(zina.buttonLabels()).toEqual(['Освободить, остаться в очереди', 'Освободить и выйти из очереди', 'Нет, остаться в группе']);
      await zina.text('нет');
      expect(zina.lastText()).toBe('Хорошо, место остаётся за вами.');
      await zina.text('не приду сегодня, заболела');
      await deliverAll(t);
      expect(absentNotices(t).map((m) => (m as { text: string }).text)).toEqual([expect.stringMatching(/^Участник 3071 не сможет прийти на занятие: Основы компьютерной грамотности, 1 декабря, вторник, 19:55/)]);
      expect(await WaitlistEntryModel.findOne({ citizenId: 3071 }).lean()).toMatchObject({ status: 'enrolled' });
      expect(zina.textsSince(0).join('\n')).not.toMatch(/под ним/);
      expect(t.errors).toEqual([]);
    });

    it('fix30a W29-24: a later lesson: «не приду завтра, заболела» tells the librarian, no question about the seat; English too', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3072);
      await addToWaitlist(3073, { at: joinDay(2), language: 'en' });
      await WaitlistEntryModel.updateOne({ citizenId: 3073 }, { $set: { status: 'enrolled', groupId: (await WaitlistEntryModel.findOne({ citizenId: 3072 }).lean())!.groupId, enrolledAt: t.clock.now() } });
      const vera = t.user({ id: 3072, first_name: 'Вера', language_code: 'ru' });
      const emily = t.user({ id: 3073, first_name: 'Emily', language_code: 'en' });
      // 2 December, 12:00 in Kemerovo: the day-before reminder of the 3 December lesson, with its buttons.
      await runJobAt(t, '2026-12-02T05:00:00Z');
      await runJobAt(t, '2026-12-02T11:00:00Z');
      expect(vera.lastText()).toMatch(/^Напоминаем: завтра занятие\./);
      const reminder = vera.messages().at(-1)!;
      expect(vera.buttonLabels(reminder)).toEqual(['✓ Приду', 'Не смогу']);
      await vera.text('Не приду завтра, заболела');
      expect(vera.buttonLabels(reminder)).toEqual([]);
      expect(vera.lastText()).toBe('Ваше занятие: завтра в 19:55, Зал 1.\nЖаль. Мы сообщили библиотекарю, что вас не будет.');
      // A longer letter that says just that is taken too: once for the librarian.
      await vera.text('Добрый день! Я не смогу прийти на занятие в четверг, так как у меня приём у врача. Извините');
      expect(vera.lastText()).toBe('Ваше занятие: завтра в 19:55, Зал 1.\nЖаль. Мы сообщили библиотекарю, что вас не будет.');
      await emily.text("I can't come tomorrow, sorry");
      expect(emily.lastText()).toBe('Your lesson: tomorrow at 19:55, Hall 1.\nSorry to hear that. We have told the librarian you will not come.');
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(2);
      expect(t.errors).toEqual([]);
    });

    it('fix30a W29-24: «не знаю, смогу ли прийти» asks «Сможете прийти?» with the reminder\'s buttons; «смогу прийти», a long letter and «не могу найти центр» are not taken', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3074);
      const nina = t.user({ id: 3074, first_name: 'Нина', language_code: 'ru' });
      await nina.text('не знаю, смогу ли прийти');
      expect(nina.lastText()).toBe('Ваше занятие: завтра в 19:55, Зал 1.\nСможете прийти? Если нет, нажмите «Не смогу» или напишите «не смогу»: библиотекарь узнает, что вас не будет.');
      expect(nina.buttonLabels()).toEqual(['✓ Приду', 'Не смогу']);
      await nina.press('Не смогу');
      expect(nina.lastText()).toContain('Освободить ваше место');
      await nina.press('Оставить место за мной');
      await deliverAll(t);
      for (const words of ['смогу прийти', 'не могу найти центр', 'Здравствуйте, я хотела спросить, можно ли на занятии показать, как записаться к врачу, я не смогу сама', 'Скажите, а если я не смогу прийти на первое занятие в четверг, место пропадёт?', 'а если не смогу прийти?']) {
        await nina.text(words);
        expect(nina.lastText()).not.toMatch(/^Ваше занятие|Мы сообщили/);
      }
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(1);
      expect(await WaitlistEntryModel.findOne({ citizenId: 3074 }).lean()).toMatchObject({ status: 'enrolled' });
      expect(t.errors).toEqual([]);
    });

    it('fix30a W29-24: two seats: «не смогу прийти» right after a reminder is about the lesson reminded of, not «which group?»', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3075);
      await addToWaitlist(3075, { at: joinDay(2), courseId: 'internet' });
      await groupWithOffers(t.clock.now(), { courseId: 'internet', lessonStarts: [new Date('2026-12-02T12:55:00Z'), new Date('2026-12-04T12:55:00Z')], capacity: 1 });
      const internet = await WaitlistEntryModel.findOne({ citizenId: 3075, courseId: 'internet' }).lean();
      expect(await acceptOffer(3075, String(internet!._id), t.clock.now())).toMatchObject({ ok: true });
      const olga = t.user({ id: 3075, first_name: 'Ольга', language_code: 'ru' });
      await deliverAll(t);
      await olga.text('не смогу прийти');
      expect(olga.lastText()).toMatch(/^Вы записаны в несколько групп\. О какой речь\?/);
      // 1 December in Kemerovo: «soon» of today's basics lesson at 17:55, then at 18:00 «tomorrow» of the internet one.
      await runJobAt(t, '2026-12-01T10:55:00Z');
      expect(olga.lastText()).toMatch(/^Скоро занятие\.\nКурс: Основы компьютерной грамотности/);
      await runJobAt(t, '2026-12-01T11:00:00Z');
      expect(olga.lastText()).toMatch(/^Напоминаем: завтра занятие\.\nКурс: Интернет и электронная почта/);
      await olga.text('Извините, не смогу прийти.');
      expect(olga.lastText()).toMatch(/^Ваше занятие: завтра в 19:55, Зал 1\.\nМы сообщили библиотекарю, что вас не будет\.\nОтказаться от места в группе «Интернет и электронная почта»\?/);
      expect(t.errors).toEqual([]);
    });

    it('walk36: «приду» typed after «Не смогу» says whom to call; typed after the lesson began, says it has begun (not «Не получилось понять»)', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3077);
      const petr = t.user({ id: 3077, first_name: 'Пётр', language_code: 'ru' });
      await runJobAt(t, '2026-12-01T10:55:00Z');
      expect(petr.buttonLabels()).toEqual(['✓ Приду', 'Не смогу']);
      await petr.press('Не смогу');
      await petr.press('Оставить место за мной');
      await petr.text('приду');
      expect(petr.lastText()).toBe('Хорошо, приходите! Мы передали библиотекарю.');
      t.clock.current = new Date('2026-12-01T13:05:00Z');
      await petr.text('да, приду');
      expect(petr.lastText()).toBe('Занятие 1 декабря, вторник, 19:55 уже началось, отвечать на напоминание поздно. Вы по-прежнему в группе. Опаздываете или не смогли прийти — позвоните в библиотеку: +7 3842 36-42-90.');
      expect(t.errors).toEqual([]);
    });

    it('fix37a L10: «всё-таки приду», «я передумала, приду» after «Не смогу» say whom to call, as «приду» does (not «Не получилось понять»)', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3078);
      const galina = t.user({ id: 3078, first_name: 'Галина', language_code: 'ru' });
      await runJobAt(t, '2026-12-01T10:55:00Z');
      await galina.press('Не смогу');
      await galina.press('Оставить место за мной');
      const callUs = 'Хорошо, приходите! Мы передали библиотекарю.';
      for (const words of ['всё-таки приду', 'Я передумала, приду', 'передумал, буду']) {
        await galina.text(words);
        expect([words, galina.lastText()]).toEqual([words, callUs]);
      }
      expect(t.errors).toEqual([]);
    });

    it('fix38a L10: «я передумала, приду на смартфон», «ладно приду», «приду всё таки» after «Не смогу» are «приду»; «не приду», «не буду» never are', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3080);
      const galina = t.user({ id: 3080, first_name: 'Галина', language_code: 'ru' });
      await runJobAt(t, '2026-12-01T10:55:00Z');
      await galina.press('Не смогу');
      await galina.press('Оставить место за мной');
      const callUs = 'Хорошо, приходите! Мы передали библиотекарю.';
      for (const words of ['я передумала, приду на смартфон', 'Я передумала приду на компьютерную грамотность', 'ладно приду', 'Ну ладно, приду', 'приду всё таки', 'буду', 'смогу прийти']) {
        await galina.text(words);
        expect([words, galina.lastText()]).toEqual([words, callUs]);
      }
      for (const words of ['не приду', 'не смогу', 'не буду', 'ладно, не приду на смартфон', 'вряд ли приду на смартфон']) {
        await galina.text(words);
        expect([words, galina.lastText()]).not.toEqual([words, callUs]);
      }
      expect(t.errors).toEqual([]);
    });

    it('fix39a: after a TYPED «не смогу» (plain reminder; under the give-up question, then after it) «всё-таки приду» is a change of mind; «не приду» never is', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-12-01T10:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3082);
      const galina = t.user({ id: 3082, first_name: 'Галина', language_code: 'ru' });
      await runJobAt(t, '2026-12-01T10:55:00Z');
      expect(galina.lastText()).toMatch(/^Скоро занятие\./);
      expect(galina.buttonLabels()).toEqual([]);
      await galina.text('не смогу, заболела');
      expect(galina.lastText()).toMatch(/^Ваше занятие: сегодня в 19:55, Зал 1\.\nМы сообщили библиотекарю, что вас не будет\.\nОтказаться от места/);
      const callUs = 'Хорошо, приходите! Мы передали библиотекарю.';
      // Right under the give-up question: the seat stays hers, the question loses its buttons.
      const question = galina.messages().at(-1)!;
      await galina.text('всё-таки приду');
      expect(galina.lastText()).toBe(callUs);
      expect(galina.buttonLabels(galina.messages().find((m) => m.message_id === question.message_id))).toEqual([]);
      // A bare «да» is no change of mind.
      const before = galina.messages().length;
      await galina.text('да');
      expect(galina.textsSince(before)).not.toContain(callUs);
      for (const words of ['я передумала, приду на смартфон', 'всё-таки приду', 'ладно приду']) {
        await galina.text(words);
        expect([words, galina.lastText()]).toEqual([words, callUs]);
      }
      for (const words of ['не приду', 'не смогу', 'ладно, не приду на смартфон']) {
        const sent = galina.messages().length;
        await galina.text(words);
        expect([words, galina.textsSince(sent)]).not.toEqual([words, expect.arrayContaining([callUs])]);
      }
      expect(await WaitlistEntryModel.findOne({ citizenId: 3082 }).lean()).toMatchObject({ status: 'enrolled' });
      expect(t.errors).toEqual([]);
    });

    it('probe40: «приду в следующий раз», «приду, но не сегодня», «приду, не смогу» under «Вы придёте?» are no «Приду»; nor, after «Не смогу», a change of mind', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3084);
      const galina = t.user({ id: 3084, first_name: 'Галина', language_code: 'ru' });
      await runJobAt(t, '2026-12-01T10:55:00Z');
      expect(galina.buttonLabels()).toEqual(['✓ Приду', 'Не смогу']);
      const thanks = 'Спасибо! Ждём вас.';
      const reminder = galina.messages().at(-1)!;
      // Not this time: her «Не смогу» to this lesson (fix41b, probe40 L5), the seat asked about as for «не смогу».
      await galina.text('приду в следующий раз');
      expect(galina.lastText()).toMatch(/Освободить ваше место/);
      expect(reminder.text).toMatch(/\n\nВы ответили «Не смогу»\.$/);
      await galina.press('Оставить место за мной');
      for (const words of ['Приду в другой раз', 'приду, но не сегодня', 'приду потом', 'приду, не смогу', 'я приду. не смогу']) {
        const sent = galina.messages().length;
        await galina.text(words);
        // Said already: not asked again, never «Приду», nor a change of mind.
        expect([words, galina.textsSince(sent)]).toEqual([words, [expect.stringMatching(/Мы сообщили библиотекарю, что вас не будет\.$/)]]);
      }
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(1);
      expect(galina.textsSince(0)).not.toContain(thanks);
      expect(galina.textsSince(0)).not.toContain('Хорошо, приходите! Мы передали библиотекарю.');
      expect(t.errors).toEqual([]);
    });

    it('probe40: «приду, не смогу» under «Вы придёте?» is its «не смогу», never «Приду»', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3188);
      const galina = t.user({ id: 3188, first_name: 'Галина', language_code: 'ru' });
      await runJobAt(t, '2026-12-01T10:55:00Z');
      await galina.text('приду, не смогу');
      expect(galina.lastText()).toMatch(/^Ваше занятие: сегодня в 19:55, Зал 1\.\nМы сообщили библиотекарю, что вас не будет\./);
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(1);
      expect(t.errors).toEqual([]);
    });

    it('fix41b (walk40 M2): «ладно приду» after «Не смогу» tells the librarian «всё-таки придёт» once, and she hears so; /attendance\'s mark follows; «не смогу» again is told again', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3186);
      const vera = t.user({ id: 3186, first_name: 'Вера', language_code: 'ru' });
      const lessonId = String((await LessonModel.findOne({ startsAt: LESSONS[0] }).lean())!._id);
      await runJobAt(t, '2026-12-01T10:55:00Z');
      const reminder = vera.messages().at(-1)!;
      await vera.press('Не смогу');
      await vera.press('Оставить место за мной');
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(1);
      expect(await saidAbsentIds(lessonId)).toEqual([3186]);
      await vera.text('ладно приду');
      expect(vera.lastText()).toBe('Хорошо, приходите! Мы передали библиотекарю.');
      // The reminder says what she answered last.
      expect(reminder.text).toMatch(/\n\n✓ Вы ответили «Приду»\.$/);
      await deliverAll(t);
      expect(comingNotices(t)).toEqual(['Участник 3186 всё-таки придёт на занятие: Основы компьютерной грамотности, 1 декабря, вторник, 19:55.']);
      expect(await saidAbsentIds(lessonId)).toEqual([]);
      // Said again: the same answer, the librarian is not told twice.
      await vera.text('всё-таки приду');
      expect(vera.lastText()).toBe('Хорошо, приходите! Мы передали библиотекарю.');
      await deliverAll(t);
      expect(comingNotices(t)).toHaveLength(1);
      // She cannot after all: a new «не сможет» (the last word counts), and the seat is asked about again.
      await vera.text('не смогу');
      expect(vera.lastText()).toMatch(/^Ваше занятие: сегодня в 19:55, Зал 1\.\nМы сообщили библиотекарю, что вас не будет\.\nОтказаться от места/);
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(2);
      expect(await saidAbsentIds(lessonId)).toEqual([3186]);
      await vera.text('ладно приду');
      await deliverAll(t);
      expect(comingNotices(t)).toHaveLength(2);
      expect(await saidAbsentIds(lessonId)).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    it('fix41b (walk40 M2): «Приду» pressed on the next reminder after «Не смогу» tells the librarian; taken back before it went, the «не сможет» is never sent', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3187);
      const nina = t.user({ id: 3187, first_name: 'Нина', language_code: 'ru' });
      // The day before the 3 December lesson (not her first): «Не смогу» under it.
      await runJobAt(t, '2026-12-02T05:00:00Z');
      await runJobAt(t, '2026-12-02T11:00:00Z');
      await nina.press('Не смогу');
      expect(nina.lastText()).toBe('Жаль. Мы сообщили библиотекарю, что вас не будет.');
      await deliverAll(t);
      // The «soon» one on the day comes with its buttons: «✓ Приду» pressed is her change of mind.
      await runJobAt(t, '2026-12-03T10:55:00Z');
      expect(nina.buttonLabels()).toEqual(['✓ Приду', 'Не смогу']);
      await nina.press('✓ Приду');
      expect(nina.lastText()).toBe('Хорошо, приходите! Мы передали библиотекарю.');
      await deliverAll(t);
      expect(comingNotices(t)).toEqual(['Участник 3187 всё-таки придёт на занятие: Основы компьютерной грамотности, 3 декабря, четверг, 19:55.']);
      // «Не смогу» and «приду» before the outbox sent the first: the librarian hears neither.
      await nina.text('не смогу');
      await nina.text('всё-таки приду');
      expect(nina.lastText()).toBe('Хорошо, приходите! Мы передали библиотекарю.');
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(1);
      expect(comingNotices(t)).toHaveLength(1);
      expect(await saidAbsentIds(String((await LessonModel.findOne({ startsAt: LESSONS[1] }).lean())!._id))).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    /** Her seats in two groups (basics, and internet from 2 December), read by her grandson («Это мой родственник»). */
    async function grandsonOfTwoGroups(t: TestBot, id: number) {
      await seated(t, id);
      await addToWaitlist(id, { at: joinDay(2), courseId: 'internet' });
      await groupWithOffers(t.clock.now(), { courseId: 'internet', lessonStarts: [new Date('2026-12-02T12:55:00Z'), new Date('2026-12-04T12:55:00Z')], capacity: 1 });
      const internet = await WaitlistEntryModel.findOne({ citizenId: id, courseId: 'internet' }).lean();
      expect(await acceptOffer(id, String(internet!._id), t.clock.now())).toMatchObject({ ok: true });
      await CitizenModel.updateOne({ _id: id }, { $set: { name: 'Козлова Анна Петровна', readsFor: true } });
      const grandson = t.user({ id, first_name: 'Костя', language_code: 'ru' });
      await deliverAll(t);
      return grandson;
    }

    it('fix41b (probe40 L6, fix40a): a grandson\'s «Нет, остаться в группе» says whose seat; «не смогу» again asks nothing again, and «О какой речь?» leaves out a lesson answered', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      const grandson = await grandsonOfTwoGroups(t, 3189);
      await grandson.text('не смогу прийти');
      await grandson.press('Не приду: Основы компьютерной грамотности');
      expect(grandson.buttonLabels()).toContain('Нет, остаться в группе');
      await grandson.press('Нет, остаться в группе');
      expect(grandson.lastText()).toBe('Запись на имя Козлова А. П.\nХорошо, место остаётся за вами.');
      // Typed again: only the lesson not answered yet is offered.
      await grandson.text('не смогу прийти');
      expect(grandson.lastText()).toBe('Запись на имя Козлова А. П.\nВы записаны в несколько групп. О какой речь? Ближайшие занятия:\n• «Интернет и электронная почта»: 2 декабря, среда, 19:55');
      expect(grandson.buttonLabels()).toEqual(['Не приду: Интернет и электронная почта']);
      await grandson.press('Не приду: Интернет и электронная почта');
      await grandson.press('Нет, остаться в группе');
      // Both answered: said so, no question, nobody told twice.
      const sent = grandson.messages().length;
      await grandson.text('не смогу прийти');
      expect(grandson.textsSince(sent)).toEqual(['Библиотекарю уже передали, что вас не будет.']);
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(2);
      expect(t.errors).toEqual([]);
    });

    it('fix41b (probe40 L6): after «Нет, остаться в группе», a typed «не смогу» again is answered without the give-up question', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3190);
      const ivan = t.user({ id: 3190, first_name: 'Иван', language_code: 'ru' });
      await runJobAt(t, '2026-12-01T10:55:00Z');
      await ivan.text('не смогу, заболел');
      await ivan.press('Нет, остаться в группе');
      const sent = ivan.messages().length;
      await ivan.text('не смогу, заболел');
      expect(ivan.textsSince(sent)).toEqual(['Ваше занятие: сегодня в 19:55, Зал 1.\nЖаль. Мы сообщили библиотекарю, что вас не будет.']);
      expect(ivan.buttonLabels()).toEqual([]);
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(1);
      expect(t.errors).toEqual([]);
    });

    it('fix41b (probe40 L3): a forged «Не приду ни на одно» naming one lesson three times is answered once', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3195);
      await addToWaitlist(3195, { at: joinDay(2), courseId: 'internet' });
      await groupWithOffers(t.clock.now(), { courseId: 'internet', lessonStarts: [new Date('2026-12-02T12:55:00Z'), new Date('2026-12-04T12:55:00Z')], capacity: 1 });
      const internet = await WaitlistEntryModel.findOne({ citizenId: 3195, courseId: 'internet' }).lean();
      expect(await acceptOffer(3195, String(internet!._id), t.clock.now())).toMatchObject({ ok: true });
      const olga = t.user({ id: 3195, first_name: 'Ольга', language_code: 'ru' });
      await deliverAll(t);
      await olga.text('не смогу прийти');
      const which = olga.messages().at(-1)!;
      const all = (which.reply_markup!.inline_keyboard.flat().find((b) => b.text === 'Не приду ни на одно') as { callback_data: string }).callback_data;
      const first = /^cw:all:([^.]+)\./.exec(all)![1]!;
      const before = olga.messages().length;
      await olga.pressData(`cw:all:${first}.${first}.${first}`, which);
      expect(olga.textsSince(before).filter((text) => /Ваше занятие/.test(text))).toHaveLength(1);
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(1);
      expect(t.errors).toEqual([]);
    });

    it('fix37a L8: «Нет, остаться в группе» under the question about typed «не смогу, заболел» keeps the question, the answer under it', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3079);
      const ivan = t.user({ id: 3079, first_name: 'Иван', language_code: 'ru' });
      await runJobAt(t, '2026-12-01T10:55:00Z');
      await ivan.text('не смогу, заболел');
      const question = 'Ваше занятие: сегодня в 19:55, Зал 1.\nМы сообщили библиотекарю, что вас не будет.\nОтказаться от места в группе «Основы компьютерной грамотности»? Сейчас в очереди на него никого нет: место пока останется свободным.';
      expect(ivan.lastText()).toBe(question);
      const asked = ivan.messages().length;
      await ivan.press('Нет, остаться в группе');
      expect(ivan.messages()).toHaveLength(asked + 1);
      expect(ivan.messages().at(-2)!.text).toBe(question);
      expect(ivan.buttonLabels(ivan.messages().at(-2))).toEqual([]);
      expect(ivan.lastText()).toBe('Хорошо, место остаётся за вами.');
      expect(t.errors).toEqual([]);
    });

    it('walk36: two reminders that came together (two groups on one evening): «не смогу, заболела» asks which, and «Не приду ни на одно» tells both', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3076);
      await addToWaitlist(3076, { at: joinDay(2), courseId: 'internet' });
      // The internet group's lesson is at 20:15 the same evening: both «soon» reminders are due in one run of the job.
      await groupWithOffers(t.clock.now(), { courseId: 'internet', lessonStarts: [new Date('2026-12-01T13:15:00Z'), new Date('2026-12-04T12:55:00Z')], capacity: 1 });
      const internet = await WaitlistEntryModel.findOne({ citizenId: 3076, courseId: 'internet' }).lean();
      expect(await acceptOffer(3076, String(internet!._id), t.clock.now())).toMatchObject({ ok: true });
      const galina = t.user({ id: 3076, first_name: 'Галина', language_code: 'ru' });
      await deliverAll(t);
      await runJobAt(t, '2026-12-01T11:15:00Z');
      expect(galina.textsSince(0).filter((text) => /^Скоро занятие\./.test(text))).toHaveLength(2);
      await galina.text('не смогу, заболела');
      expect(galina.lastText()).toMatch(/^Вы записаны в несколько групп\. О какой речь\?/);
      expect(galina.buttonLabels()).toEqual(['Не приду: Основы компьютерной грамотности', 'Не приду: Интернет и электронная почта', 'Не приду ни на одно']);
      await galina.press('Не приду ни на одно');
      await deliverAll(t);
      // In either order: the seat she is asked about is told last (fix38a L7), so its question is the newest message.
      expect(absentNotices(t)).toHaveLength(2);
      expect(absentNotices(t).map((m) => (m as { text: string }).text)).toEqual(expect.arrayContaining([
        expect.stringMatching(/^Участник 3076 не сможет прийти на занятие: Основы компьютерной грамотности, 1 декабря, вторник, 19:55/),
        expect.stringMatching(/^Участник 3076 не сможет прийти на занятие: Интернет и электронная почта, 1 декабря, вторник, 20:15/),
      ]));
      expect(t.errors).toEqual([]);
    });

    it('fix38a L7: «Не приду ни на одно» with two first lessons asks about one seat, last; the other seat is said to stay hers', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3081);
      await addToWaitlist(3081, { at: joinDay(2), courseId: 'internet' });
      await groupWithOffers(t.clock.now(), { courseId: 'internet', lessonStarts: [new Date('2026-12-01T13:15:00Z'), new Date('2026-12-04T12:55:00Z')], capacity: 1 });
      const internet = await WaitlistEntryModel.findOne({ citizenId: 3081, courseId: 'internet' }).lean();
      expect(await acceptOffer(3081, String(internet!._id), t.clock.now())).toMatchObject({ ok: true });
      const galina = t.user({ id: 3081, first_name: 'Галина', language_code: 'ru' });
      await deliverAll(t);
      await runJobAt(t, '2026-12-01T11:15:00Z');
      await galina.text('не смогу, заболела');
      await galina.press('Не приду ни на одно');
      // Her answers (the reminders above them are marked «Вы ответили «Не смогу»» too).
      const answers = galina.messages().filter((m) => /^Ваше занятие/.test(m.text ?? ''));
      expect(answers.filter((m) => /Отказаться от места/.test(m.text ?? ''))).toHaveLength(1);
      expect(answers.map((m) => m.text)).toEqual([
        expect.stringMatching(/^Ваше занятие: сегодня в 20:15, Зал 1\.\n[^\n]+\nМесто в группе «Интернет и электронная почта» пока остаётся за вами\. Отказаться от него можно в «Моё место в очереди»\.$/),
        expect.stringMatching(/^Ваше занятие: сегодня в 19:55, Зал 1\.\nМы сообщили библиотекарю, что вас не будет\.\nОтказаться от места в группе «Основы компьютерной грамотности»\?/),
      ]);
      expect(galina.buttonLabels()).toEqual(['Освободить, остаться в очереди', 'Освободить и выйти из очереди', 'Нет, остаться в группе']);
      await galina.press('Нет, остаться в группе');
      expect(galina.lastText()).toBe('Хорошо, место остаётся за вами.');
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(2);
      expect(await WaitlistEntryModel.countDocuments({ citizenId: 3081, status: 'enrolled' })).toBe(2);
      expect(t.errors).toEqual([]);
    });

    it('fix38q L2: an old «О какой речь?» pressed after the lesson it showed: said to be past, nobody told; the other still ahead is the one shown', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3081);
      await addToWaitlist(3081, { at: joinDay(2), courseId: 'internet' });
      await groupWithOffers(t.clock.now(), { courseId: 'internet', lessonStarts: [new Date('2026-12-02T12:55:00Z'), new Date('2026-12-04T12:55:00Z')], capacity: 1 });
      const internet = await WaitlistEntryModel.findOne({ citizenId: 3081, courseId: 'internet' }).lean();
      expect(await acceptOffer(3081, String(internet!._id), t.clock.now())).toMatchObject({ ok: true });
      const olga = t.user({ id: 3081, first_name: 'Ольга', language_code: 'ru' });
      await deliverAll(t);
      await olga.text('не смогу прийти');
      const which = olga.messages().at(-1)!;
      expect(which.text).toBe("Вы записаны в несколько групп. О какой речь? Ближайшие занятия:\n• «Основы компьютерной грамотности»: завтра в 19:55\n• «Интернет и электронная почта»: 2 декабря, среда, 19:55");
      // Its buttons go at the first press: their data kept, as an old message in her chat would still show them.
      const buttons = which.reply_markup!.inline_keyboard.flat() as Array<{ text: string; callback_data: string }>;
      const dataOf = (label: string) => buttons.find((b) => b.text === label)!.callback_data;
      // Left unanswered; pressed the next evening, after the basics lesson it showed (1 December) and before the internet one.
      t.clock.current = new Date('2026-12-01T14:00:00Z');
      await olga.pressData(dataOf('Не приду: Основы компьютерной грамотности'), which);
      expect(olga.lastText()).toBe('Это занятие уже прошло или изменилось. Если не сможете прийти на другое, напишите «не смогу» ещё раз.');
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(0);
      await olga.pressData(dataOf('Не приду: Интернет и электронная почта'), which);
      await deliverAll(t);
      expect(absentNotices(t).map((m) => (m as { text: string }).text)).toEqual([expect.stringMatching(/^Участник 3081 не сможет прийти на занятие: Интернет и электронная почта, 2 декабря, среда, 19:55/)]);
      // Days later, past both: «Не приду ни на одно» tells nobody.
      t.clock.current = new Date('2026-12-02T14:00:00Z');
      await olga.pressData(dataOf('Не приду ни на одно'), which);
      expect(olga.lastText()).toBe('Это занятие уже прошло или изменилось. Если не сможете прийти на другое, напишите «не смогу» ещё раз.');
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(1);
      expect(t.errors).toEqual([]);
    });

    it('fix40a: a pressed «О какой речь?» reads as answered in one edit: the lesson by its date, whose record on top, no buttons', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      const grandson = await grandsonOfTwoGroups(t, 3095);
      await grandson.text('не смогу прийти');
      const which = grandson.messages().at(-1)!;
      expect(which.text).toBe('Запись на имя Козлова А. П.\nВы записаны в несколько групп. О какой речь? Ближайшие занятия:\n• «Основы компьютерной грамотности»: завтра в 19:55\n• «Интернет и электронная почта»: 2 декабря, среда, 19:55');
      const editsOf = (method: 'editMessageText' | 'editMessageReplyMarkup') => t.telegram.callsOf(method).filter((c) => Number(c.payload.message_id) === which.message_id);
      await grandson.press('Не приду: Основы компьютерной грамотности');
      expect(which.text).toBe('Запись на имя Козлова А. П.\nВы записаны в несколько групп. Вы ответили «Не приду»:\n• «Основы компьютерной грамотности»: 1 декабря, вторник, 19:55');
      expect(grandson.buttonLabels(which)).toEqual([]);
      expect(editsOf('editMessageText')).toHaveLength(1);
      expect(editsOf('editMessageReplyMarkup')).toHaveLength(0);
      // The answer comes below it, as before.
      expect(grandson.lastText()).toMatch(/^Запись на имя Козлова А\. П\.\nВаше занятие: завтра в 19:55, Зал 1\.\nМы сообщили библиотекарю/);
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(1);
      expect(t.errors).toEqual([]);
    });

    it('probe37: «Не приду ни на одно» tapped twice, delivered twice, or pressed by someone else: the librarians are told once, she is answered once', async () => {
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await seated(t, 3078);
      await addToWaitlist(3078, { at: joinDay(2), courseId: 'internet' });
      await groupWithOffers(t.clock.now(), { courseId: 'internet', lessonStarts: [new Date('2026-12-01T13:15:00Z'), new Date('2026-12-04T12:55:00Z')], capacity: 1 });
      const internet = await WaitlistEntryModel.findOne({ citizenId: 3078, courseId: 'internet' }).lean();
      expect(await acceptOffer(3078, String(internet!._id), t.clock.now())).toMatchObject({ ok: true });
      const galina = t.user({ id: 3078, first_name: 'Галина', language_code: 'ru' });
      await deliverAll(t);
      await runJobAt(t, '2026-12-01T11:15:00Z');
      await galina.text('не смогу, заболела');
      const which = galina.messages().at(-1)!;
      const anyData = (which.reply_markup?.inline_keyboard.flat().find((b) => b.text === 'Не приду ни на одно') as { callback_data: string }).callback_data;
      // Someone with no seat presses her button (a forged press): nothing of hers changes.
      const stranger = t.user({ id: 3079, first_name: 'Пётр', language_code: 'ru' });
      await stranger.pressData(anyData, which);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: expect.stringMatching(/^Эта кнопка уже не действует/) });
      const before = galina.messages().length;
      await galina.pressData(anyData, which);
      const after = galina.messages().length;
      // Delivered again, and a second tap on the same message before its buttons went.
      await t.bot.handleUpdate(galina.lastUpdate!);
      await galina.pressData(anyData, which);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload).toMatchObject({ text: 'Библиотекарю уже передали, что вас не будет.' });
      // No second «Отказаться от места?» for either seat.
      expect(galina.messages().length).toBe(after);
      expect(after).toBeGreaterThan(before);
      await deliverAll(t);
      expect(absentNotices(t)).toHaveLength(2);
      expect(t.errors).toEqual([]);
    });
  });
});
