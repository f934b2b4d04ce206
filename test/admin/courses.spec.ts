import { describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { CourseModel } from '../../src/db/models/course.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { librarian, paperPerson } from '../calls/fixtures.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('courses', () => {
  useSampleDataPerTest();

  const COORDINATOR = 950;
  const bot = () => {
    invalidateCatalog(); // the database was emptied and seeded again for this test
    return createTestBot({ env: { ADMIN_IDS: String(COORDINATOR) } });
  };
  const alert = (t: TestBot) => t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload;

  /** The courses a citizen is offered at the first step of joining. */
  async function coursesOffered(user: TestUser): Promise<string[]> {
    await user.text('/start');
    await joinWaitlist(user, { to: 'menu' });
    const labels = user.buttonLabels();
    await user.press('Отмена');
    return labels;
  }

  /** Walk s22 W22-26: a coordinator adds a course, edits it, stops offering one and offers it again. */
  describe('/courses', () => {
    it('adds a course step by step (Back, checks, preview); citizens are offered it; a field is edited', async () => {
      const t = bot();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/courses');
      expect(olga.lastText()).toBe('Курсов: 5. Выберите курс, чтобы изменить его, или добавьте новый.');
      expect(olga.buttonLabels()).toContain('Основы компьютерной грамотности');
      await olga.press('➕ Добавить курс');
      expect(olga.lastText()).toContain('Напишите название курса, как его увидят жители.');
      await olga.text('Ок');
      expect(olga.lastText()).toBe('Нужно от 3 до 80 знаков, а здесь 2. Напишите, пожалуйста, ещё раз.');
      await olga.text('Компьютер '.repeat(10).trim()); // too long, and the limits are said (probe s23 L4)
      expect(olga.lastText()).toBe('Нужно от 3 до 80 знаков, а здесь 99. Напишите, пожалуйста, ещё раз.');
      await olga.text('Электронная почта');
      await olga.text('Почта');
      expect(olga.lastText()).toContain('Напишите одной строкой, чему учит курс.');
      await olga.press('Назад');
      expect(olga.lastText()).toContain('Напишите одно-два слова для списков сотрудников.');
      await olga.text('Почта');
      await olga.text('Завести почту, написать и прочитать письмо');
      await olga.text('Электронная почта');
      expect(olga.lastText()).toBe('Здесь нужны латинские буквы: этот текст читают те, кто выбрал английский язык.');
      await olga.text('Email basics');
      expect(olga.lastText()).toContain('Проверьте новый курс.');
      expect(olga.lastText()).toContain('Название: Электронная почта\nКоротко, для списков сотрудников: Почта\nОписание: Завести почту, написать и прочитать письмо\nНазвание по-английски: Email basics');
      await olga.press('✓ Сохранить');
      expect(olga.lastText()).toMatch(/^Курс добавлен: жители уже видят его, когда выбирают курс\.\n\n[^]*Жители видят курс и записываются на него\.\nЖдут в очереди: 0$/);
      expect(await CourseModel.findById('email-basics').lean()).toMatchObject({ title: { ru: 'Электронная почта', en: 'Email basics' }, short: { ru: 'Почта' }, active: true, order: 6 });

      const ivan = t.user({ id: 9501, first_name: 'Иван', language_code: 'ru' });
      expect(await coursesOffered(ivan)).toContain('Электронная почта');
      const john = t.user({ id: 9502, first_name: 'John', language_code: 'en' });
      await john.text('/start');
      await john.tap('📝 Join a course');
      expect(john.buttonLabels()).toContain('Email basics');
      expect(john.buttonLabels().join(' ')).not.toMatch(/[а-яё]/i);

      await olga.press('Открыть карточку курса');
      await olga.press('✏️ Изменить поле');
      expect(olga.lastText()).toBe('Что изменить в курсе «Электронная почта»?');
      await olga.press('Коротко');
      await olga.text('Письма');
      await olga.press('✓ Сохранить');
      expect(olga.lastText()).toContain('Изменение сохранено.');
      expect((await CourseModel.findById('email-basics').lean())?.short?.ru).toBe('Письма');
      expect(await AuditEntryModel.countDocuments({ action: { $in: ['course.create', 'course.update'] }, actorId: COORDINATOR })).toBe(2);
      expect(t.errors).toEqual([]);
    });

    it('stopping a course says who waits and what they hear; they keep their place, citizens no longer see it; started again they are told', async () => {
      const t = bot();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await addToWaitlist(9511, { courseId: 'internet' });
      await paperPerson(-(2 ** 49 + 9512), { name: 'Смирнова', phone: '+79230009512', joinedAt: new Date('2026-10-01T03:00:00Z'), courseId: 'internet' });
      await olga.text('/courses');
      await olga.press('Интернет и электронная почта');
      expect(olga.lastText()).toContain('Ждут в очереди: 2');
      await olga.press('⏸ Перестать предлагать');
      expect(olga.lastText()).toContain('Перестать предлагать курс «Интернет и электронная почта»?');
      expect(olga.lastText()).toContain('Ждут в очереди: 2. Они сохранят место;');
      expect(olga.lastText()).toContain('Из них без Телеграма: 1.');
      await olga.press('⏸ Да, срок пока не знаю');
      expect(alert(t)).toMatchObject({
        text: 'Курс больше не предлагается. Сообщили людям в очереди: 1. Людей без Телеграма: 1, библиотекари их центров получили список для звонков.',
        show_alert: true,
      });
      expect(olga.lastText()).toContain('⏸ Курс не предлагается');
      expect(await WaitlistEntryModel.countDocuments({ courseId: 'internet', status: 'waiting' })).toBe(2);
      await deliverAll(t);
      const waiting = t.user({ id: 9511, first_name: 'U', language_code: 'ru' });
      expect(waiting.lastText()).toMatch(/^Курс «Интернет и электронная почта» пока не набирает новые группы\. Ваше место в очереди сохранено/);
      expect(await coursesOffered(t.user({ id: 9513, first_name: 'Пётр', language_code: 'ru' }))).not.toContain('Интернет и электронная почта');
      // Her place still names the course; no new group of it can be opened.
      await waiting.text('🔢 Моё место в очереди');
      expect(waiting.lastText()).toContain('Интернет и электронная почта');
      expect(waiting.lastText()).toContain('Набор на этот курс пока приостановлен.'); // probe s23 L3
      await olga.text('/newclass');
      expect(olga.buttonLabels()).not.toContain('Интернет и электронная почта');
      expect(olga.buttonLabels()).toContain('Основы компьютерной грамотности');
      await olga.press('Отмена');

      await olga.text('/courses');
      expect(olga.lastText()).toContain('не предлагаются: 1 (отмечены ⏸)');
      await olga.press('⏸ Интернет и электронная почта');
      await olga.press('▶ Снова предлагать');
      expect(alert(t)).toMatchObject({ text: 'Курс снова предлагается. Сообщили тем, кому писали о паузе: 1.', show_alert: true });
      await deliverAll(t);
      expect(waiting.lastText()).toMatch(/^Курс «Интернет и электронная почта» снова набирает группы\./);
      expect(await coursesOffered(t.user({ id: 9514, first_name: 'Анна', language_code: 'ru' }))).toContain('Интернет и электронная почта');
      expect(t.errors).toEqual([]);
    });

    it('a course stopped for a month says until when: the alert, its card, the notice and the person\'s place; offered again, the day goes (walk34 W34-09)', async () => {
      const t = bot();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await addToWaitlist(9521, { courseId: 'internet' });
      await addToWaitlist(9522, { courseId: 'internet', language: 'en' });
      await olga.text('/courses');
      await olga.press('Интернет и электронная почта');
      await olga.press('⏸ Перестать предлагать');
      expect(olga.buttonLabels()).toEqual(['⏸ Да, на месяц', '⏸ Да, на 3 месяца', '⏸ Да, срок пока не знаю', 'Назад']);
      await olga.press('⏸ Да, на месяц');
      // 24 November, 10:00 in Kemerovo region: a month on is 24 December.
      expect(alert(t)).toMatchObject({ text: 'Курс больше не предлагается, примерно до 24 декабря. Сообщили людям в очереди: 2.', show_alert: true });
      expect(olga.lastText()).toContain('⏸ Курс не предлагается примерно до 24 декабря');
      expect(await CourseModel.findById('internet', { resumesOn: 1 }).lean()).toMatchObject({ resumesOn: '2026-12-24' });
      await deliverAll(t);
      const waiting = t.user({ id: 9521, first_name: 'U', language_code: 'ru' });
      expect(waiting.lastText()).toMatch(/^Курс «Интернет и электронная почта» не набирает новые группы примерно до 24 декабря\./);
      const reader = t.user({ id: 9522, first_name: 'E', language_code: 'en' });
      expect(reader.lastText()).toMatch(/until about 24 December\./);
      await waiting.text('🔢 Моё место в очереди');
      expect(waiting.lastText()).toContain('Набор на этот курс приостановлен примерно до 24 декабря.');

      // Offered again: the day goes with the pause.
      await olga.text('/courses');
      await olga.press('⏸ Интернет и электронная почта');
      await olga.press('▶ Снова предлагать');
      expect((await CourseModel.findById('internet', { resumesOn: 1 }).lean())?.resumesOn).toBeUndefined();
      expect(t.errors).toEqual([]);
    });

    it("a stopped course's people without Telegram are calls for their centers' librarians; offered again, those phoned are phoned the good news", async () => {
      const t = bot();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await librarian(9541, 'Нина', ['belovo-central']);
      const phoned = -(2 ** 49 + 9542);
      await paperPerson(phoned, { name: 'Зинаида Звонкова', phone: '+79135559542', joinedAt: new Date('2026-10-01T03:00:00Z'), courseId: 'internet', centerId: 'belovo-central' });
      await paperPerson(-(2 ** 49 + 9543), { name: 'Тимофей Трубкин', phone: '+79135559543', joinedAt: new Date('2026-10-02T03:00:00Z'), courseId: 'internet', centerId: 'belovo-central' });
      await olga.text('/courses');
      await olga.press('Интернет и электронная почта');
      await olga.press('⏸ Перестать предлагать');
      expect(olga.lastText()).toContain('Из них без Телеграма: 2. Им бот написать не может: библиотекари их центров получат список для звонков.');
      await olga.press('⏸ Да, срок пока не знаю');
      expect(alert(t).text).toBe('Курс больше не предлагается. Сообщили людям в очереди: 0. Людей без Телеграма: 2, библиотекари их центров получили список для звонков.');
      await deliverAll(t);
      const nina = t.user({ id: 9541, first_name: 'Нина', language_code: 'ru' });
      expect(nina.lastText()).toBe(
        '📞 Позвоните 2 людям без Телеграма: курс «Интернет и электронная почта» пока не набирает новые группы (Белово, Центральная городская библиотека). Скажите, что место в очереди сохранилось и библиотека позвонит, когда набор снова начнётся. Можно и уйти из очереди.',
      );
      await nina.press('📋 Открыть список');
      expect(nina.lastText()).toContain('Курс «Интернет и электронная почта» пока не набирает новые группы. Позвоните и скажите, что место в очереди сохранилось (0 из 2):');
      expect(nina.lastText()).toContain('Зинаида Звонкова, +7 913 555-95-42');
      await nina.press(/Зинаида Звонкова/);
      expect(nina.lastText()).toContain('(1 из 2)');

      await olga.press('▶ Снова предлагать');
      expect(alert(t).text).toBe('Курс снова предлагается. Сообщили тем, кому писали о паузе: 0. Людям без Телеграма, которым звонили о паузе, позвонят снова: 1.');
      await deliverAll(t);
      // Трубкин was never phoned: nobody phones him about a pause that is over. Звонкова hears the course is back.
      expect(await CallTaskModel.countDocuments({ topic: 'course-pause', courseId: 'internet' })).toBe(0);
      expect(await CallTaskModel.find({ topic: 'course-resume', courseId: 'internet' }).lean()).toMatchObject([{ citizenId: phoned, centerId: 'belovo-central', done: false }]);
      expect(nina.lastText()).toBe(
        '📞 Позвоните 1 человеку без Телеграма: курс «Интернет и электронная почта» снова набирает группы (Белово, Центральная городская библиотека). Скажите, что место в очереди прежнее и ничего делать не нужно.',
      );
      await nina.press('📋 Открыть список');
      expect(nina.lastText()).toContain('Курс «Интернет и электронная почта» снова набирает группы. Позвоните и скажите, что место в очереди прежнее (0 из 1):');
      expect(nina.lastText()).not.toContain('Трубкин');
      expect(t.errors).toEqual([]);
    });

    it('a course stopped while someone answers the join questions: nothing is stored, another course is asked, other answers kept', async () => {
      const t = bot();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      const anna = t.user({ id: 9531, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/start');
      await joinWaitlist(anna, { course: 'Госуслуги онлайн', to: 'phone' });
      expect(anna.buttonLabels()).toContain('✓ Всё верно, записаться');
      await olga.text('/courses');
      await olga.press('Госуслуги онлайн');
      await olga.press('⏸ Перестать предлагать');
      await olga.press('⏸ Да, срок пока не знаю');
      await anna.press('✓ Всё верно, записаться');
      expect(anna.textsSince(0).join('\n')).toContain('Курс «Госуслуги онлайн» только что перестал набирать группы, записать вас на него не получилось. Выберите другой курс, остальные ответы сохранены.');
      expect(anna.buttonLabels()).not.toContain('Госуслуги онлайн');
      expect(await WaitlistEntryModel.countDocuments({ citizenId: 9531 })).toBe(0);
      await anna.press('Безопасный интернет');
      await anna.press('✓ Всё верно, записаться');
      expect(anna.lastText()).toContain('Готово! Вы в очереди на курс «Безопасный интернет».');
      expect(t.errors).toEqual([]);
    });

    it('is for coordinators only: the command and a replayed button are refused', async () => {
      const t = bot();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/courses');
      await olga.press('Основы компьютерной грамотности');
      const card = olga.messages().at(-1)!.reply_markup!.inline_keyboard.flat().map((b) => (b as { callback_data: string }).callback_data);
      const ivan = t.user({ id: 9521, first_name: 'Иван', language_code: 'ru' });
      await ivan.text('/start');
      await ivan.text('/courses');
      expect(ivan.lastText()).not.toContain('Курсов:');
      for (const data of [...card, 'crs:list', 'crs:c:basics']) {
        await ivan.pressData(data);
        expect(alert(t)).toMatchObject({ text: 'Эта команда только для координатора.', show_alert: true });
      }
      expect(await CourseModel.countDocuments({ active: true })).toBe(5);
    });
  });
});
