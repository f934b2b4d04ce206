import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { CourseModel } from '../../src/db/models/course.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { consentBackData } from '../../scenes/waitlist/declined-consent.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { useTestDatabase } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';

describe('join-edge-cases', () => {
  let done: () => Promise<void>;
  let t: TestBot;
  let nextId = 2000;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    t = createTestBot();
  });
  afterAll(() => done());

  function newCitizen(language_code = 'ru', first_name = 'Анна') {
    return t.user({ id: nextId++, first_name, language_code });
  }

  /** Up to the summary, by town (Прокопьевск has one center). */
  async function reachSummary(user: TestUser) {
    await user.text('/start');
    await joinWaitlist(user, { course: 'Госуслуги онлайн', town: 'Прокопьевск', center: 'Центральная городская библиотека', time: 'Днём', to: 'phone' });
    expect(user.lastText()).toContain('Проверьте, пожалуйста');
  }

  describe('join flow: Back, Cancel and typing', () => {
    it('goes one step back with Back, and Cancel leaves without saving', async () => {
      const anna = newCitizen();
      await anna.text('/start');
      await anna.tap('📝 Записаться на курс');
      await anna.press('Интернет и электронная почта');
      await anna.press('Юрга');
      // A town of one center: its center is taken and named (walk s22 W22-03); Back goes to the towns.
      expect(anna.lastText()).toBe('В этом городе один центр: Центральная городская библиотека, улица Московская, 30.\nШаг 3 из 5. Когда вам удобнее заниматься?');
      await anna.press('Назад');
      expect(anna.lastText()).toContain('Шаг 2 из 5');
      await anna.press('Назад');
      expect(anna.lastText()).toContain('Шаг 1 из 5');
      await anna.press('Интернет и электронная почта');
      await anna.press('Отмена');
      expect(anna.lastText()).toBe('Хорошо, отменили. Вы в главном меню.');
      expect(anna.replyKeyboard()).toContain('📝 Записаться на курс');
      expect(await WaitlistEntryModel.countDocuments({ citizenId: anna.id })).toBe(0);
    });

    it('answers typed text with a gentle re-ask and keeps the question open', async () => {
      const anna = newCitizen();
      await anna.text('/start');
      await anna.tap('📝 Записаться на курс');
      await anna.text('хочу на компьютерные курсы');
      expect(anna.lastText()).toBe('Пожалуйста, нажмите одну из кнопок под сообщением.');
      await anna.press('Интернет и электронная почта');
      expect(anna.lastText()).toContain('Шаг 2 из 5');
    });

    it('asks for the name as a step of its own when the Telegram name is not one, and re-asks a short one', async () => {
      const anna = newCitizen('ru', '🌷');
      await anna.text('/start');
      await anna.tap('📝 Записаться на курс');
      expect(anna.lastText()).toContain('Шаг 1 из 6');
      await anna.press('Безопасный интернет');
      await anna.press('Юрга');
      await anna.press('Не важно');
      await anna.press('✓ Даю согласие');
      expect(anna.lastText()).toContain('Шаг 5 из 6. Как к вам обращаться?');
      await anna.sticker();
      // The question has no buttons but Back and Cancel: the hint names only what is on the screen.
      expect(anna.lastText()).toMatch(/^Бот не понимает стикеры. Пожалуйста, напишите ответ словами в сообщении. Или нажмите «Отмена». Если удобнее/);
      await anna.text('А');
      expect(anna.lastText()).toContain('от 2 до 100');
      await anna.text('Анна Сергеевна Кузнецова');
      expect(anna.lastText()).toContain('Шаг 6 из 6');
      await anna.contact('+7 900 000-00-00', 999999); // someone else's contact
      expect(anna.lastText()).toContain('свой номер');
      await anna.text('8 913 555 12 34');
      expect(anna.lastText()).toContain('Имя: Анна Сергеевна Кузнецова');
      expect(anna.lastText()).toContain('Телефон: +7 913 555-12-34');
    });

    it('refuses a name with a phone number in it, kindly, also as the Telegram name (probe s20 F3)', async () => {
      const boris = newCitizen('ru', '📞 +7 999 111-22-33');
      await boris.text('/start');
      await boris.tap('📝 Записаться на курс');
      await boris.press('Безопасный интернет');
      await boris.press('Юрга');
      await boris.press('Не важно');
      await boris.press('✓ Даю согласие');
      // The Telegram name is a phone: the name is asked as a step of its own.
      expect(boris.lastText()).toContain('Шаг 5 из 6. Как к вам обращаться?');
      await boris.text('Борис 📞');
      expect(boris.lastText()).toBe('В имени не нужен номер телефона. Напишите, пожалуйста, только имя, например Анна Петрова. Или нажмите «Отмена».');
      await boris.text('Борис\n+7 900 000-00-00');
      expect(boris.lastText()).toMatch(/^В имени не нужен номер телефона/);
      await boris.text('Борис Петров 2-й');
      expect(boris.lastText()).toContain('Шаг 6 из 6');
    });

    it('shows the Telegram name on the summary; Change → Name types another, and Back returns to "what to change"', async () => {
      const anna = newCitizen();
      await reachSummary(anna);
      expect(anna.lastText()).toContain('Имя: Анна');
      await anna.press('✎ Изменить');
      await anna.press('Имя');
      expect(anna.lastText()).toContain('Как к вам обращаться?');
      expect(anna.lastText()).toContain('Сейчас: Анна');
      await anna.press('Назад');
      expect(anna.lastText()).toBe('Что изменить?');
      await anna.press('Имя');
      await anna.text('Анна Кузнецова');
      expect(anna.lastText()).toContain('Имя: Анна Кузнецова');
      await anna.press('✓ Всё верно, записаться');
      expect(await CitizenModel.findById(anna.id).lean()).toMatchObject({ name: 'Анна Кузнецова' });
    });

    it('takes the phone Telegram\'s own contact button sends, a foreign one too: Telegram has checked it', async () => {
      const anna = newCitizen();
      await anna.text('/start');
      await joinWaitlist(anna, { course: 'Госуслуги онлайн', town: 'Прокопьевск', center: 'Центральная городская библиотека', time: 'Днём', to: 'name' });
      // Nothing was typed: a contact without a readable number is not called "not a real phone number".
      await anna.contact('12');
      expect(anna.lastText()).toBe('Не получилось прочитать номер из контакта. Напишите его цифрами, например +7 900 123-45-67, или нажмите «Пропустить».');
      // A UK number in a range the numbering plan keeps for films: Telegram confirmed it by SMS, so it is hers.
      await anna.contact('447700900123');
      expect(anna.lastText()).toContain('Телефон: +44 7700 900123');
      await joinWaitlist(anna, { from: 'confirm' });
      expect(await CitizenModel.findById(anna.id).lean()).toMatchObject({ phone: '+447700900123' });
    });

    it('takes the phone keyboard away with the summary card, and the confirmed card keeps no instruction for its buttons', async () => {
      const anna = newCitizen();
      await anna.text('/start');
      await joinWaitlist(anna, { course: 'Госуслуги онлайн', town: 'Прокопьевск', center: 'Центральная городская библиотека', time: 'Днём', to: 'name' });
      expect(anna.replyKeyboard()).toEqual(['📱 Отправить мой телефон', 'Пропустить', 'Назад', 'Отмена']);
      await anna.text('8 900 123-45-67'); // typed: Telegram leaves a keyboard up after typing
      expect(anna.lastText()).toContain('Телефон: +7 900 123-45-67');
      // The card itself took the phone keyboard away; its own buttons are under it.
      expect(anna.replyKeyboard()).toEqual([]);
      expect(anna.buttonLabels()).toEqual(['✓ Всё верно, записаться', '✎ Изменить', 'Назад', 'Отмена']);
      // Editing the name: no stale phone buttons under the question either.
      await anna.press('✎ Изменить');
      await anna.press('Имя');
      expect(anna.replyKeyboard()).toEqual([]);
      await anna.text('Анна Кузнецова');
      await anna.press('✓ Всё верно, записаться');
      expect(anna.lastText()).toMatch(/Ваше место в очереди: \d+\./);
      // The card above reads as a record: what was sent, no buttons, no «нажмите «Изменить»».
      const card = anna.messages().at(-2)!;
      expect(card.text).toBe('Курс: Госуслуги онлайн\nЦентр: Центральная городская библиотека, Прокопьевск, проспект Шахтёров, 31\nВремя: Днём\nИмя: Анна Кузнецова\nТелефон: +7 900 123-45-67');
      expect(anna.buttonLabels(card)).toEqual([]);
      expect(anna.replyKeyboard()).toEqual(['📝 Записаться на курс', '🔢 Моё место в очереди', '📍 Центры рядом', '❓ Помощь']);
    });

    it('changes one answer from the summary and comes back to it; Back there keeps the change and asks what else to change', async () => {
      const anna = newCitizen();
      await reachSummary(anna);
      await anna.press('✎ Изменить');
      await anna.press('Время');
      await anna.press('Вечером');
      expect(anna.lastText()).toContain('Время: Вечером');
      // Walk s20 #1: Back on the summary went back through the change, and a second Back undid it without a word.
      await anna.press('✎ Изменить');
      await anna.press('Курс');
      await anna.press('Безопасный интернет');
      expect(anna.lastText()).toContain('Курс: Безопасный интернет');
      await anna.press('Назад');
      expect(anna.lastText()).toBe('Что изменить?');
      await anna.press('Назад');
      expect(anna.lastText()).toContain('Курс: Безопасный интернет');
      expect(anna.lastText()).toContain('Время: Вечером');
      await anna.press('Назад');
      await anna.press('Время');
      await anna.press('Утром');
      expect(anna.lastText()).toContain('Курс: Безопасный интернет');
      await anna.press('✓ Всё верно, записаться');
      expect(await WaitlistEntryModel.findOne({ citizenId: anna.id }).lean()).toMatchObject({ courseId: 'safe-internet', timeOfDay: 'morning' });
    });

    it('stores nothing without consent', async () => {
      const anna = newCitizen();
      await anna.text('/start');
      await joinWaitlist(anna, { town: 'Белово', center: 'Центральная городская библиотека', to: 'time' });
      await anna.press('Не даю согласия');
      expect(anna.lastText()).toContain('ничего не сохранили');
      expect(anna.lastText()).toContain('+7 38452 2-78-15');
      expect(await CitizenModel.countDocuments({ _id: anna.id })).toBe(0);
      expect(await WaitlistEntryModel.countDocuments({ citizenId: anna.id })).toBe(0);
    });

    it('offers Back to the consent after declining it, the answers before it kept (walk s20 #37)', async () => {
      const anna = newCitizen();
      await anna.text('/start');
      await joinWaitlist(anna, { town: 'Белово', center: 'Центральная городская библиотека', time: 'Вечером', to: 'time' });
      await anna.press('Не даю согласия');
      const declined = anna.messages().at(-1)!;
      expect(declined.text).toBe('Без согласия мы не можем записать вас в очередь, поэтому ничего не сохранили. Записаться можно и по телефону центра (Центральная городская библиотека, Белово): +7 38452 2-78-15. Нажали случайно? Нажмите «Назад».');
      expect(anna.buttonLabels()).toEqual(['Назад']);
      expect(await CitizenModel.countDocuments({ _id: anna.id })).toBe(0);
      await anna.press('Назад');
      expect(anna.lastText()).toMatch(/^Шаг 4 из 5\. Согласие на обработку/);
      await anna.press('✓ Даю согласие');
      await anna.tap('Пропустить');
      expect(anna.lastText()).toContain('Центр: Центральная городская библиотека, Белово, улица Советская, 33');
      expect(anna.lastText()).toContain('Время: Вечером');
      await anna.press('✓ Всё верно, записаться');
      expect(await WaitlistEntryModel.findOne({ citizenId: anna.id }).lean()).toMatchObject({ centerId: 'belovo-central', timeOfDay: 'evening' });
      // The Back is for one return: pressed again, it no longer works.
      await anna.pressData(consentBackData.pack('back'), declined);
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('Эта кнопка уже не действует.');
      expect(t.errors).toEqual([]);
    });

    it('walk35: «а курсы платные?», «а можно по субботам?» and «зачем вам мой телефон?» are answered, the question waits on, nothing is stored', async () => {
      const anna = newCitizen();
      await anna.text('/start');
      await anna.tap('📝 Записаться на курс');
      await anna.text('а курсы платные?');
      expect(anna.lastText()).toBe('Занятия бесплатные: платить ничего не нужно. Чтобы продолжить, ответьте на вопрос выше.');
      await joinWaitlist(anna, { from: 'course', town: 'Белово', center: 'Центральная городская библиотека', to: 'center' });
      expect(anna.lastText()).toMatch(/Когда вам удобнее заниматься\?/);
      await anna.text('а можно по субботам?');
      expect(anna.lastText()).toBe('Дни занятий центр назначит, когда соберёт группу. Когда бот предложит вам место, он назовёт дни и время. Сейчас выберите, когда вам удобнее: утром, днём или вечером.');
      await anna.press('Вечером');
      expect(anna.lastText()).toMatch(/^Шаг 4 из 5\. Согласие на обработку/);
      for (const typed of ['а зачем вам мой телефон?', 'Что это значит?', 'а это безопасно?']) {
        await anna.text(typed);
        expect(anna.lastText()).toBe('Имя и телефон нужны, чтобы записать вас в очередь и сообщить, когда будет место. Мы используем их только для записи и напоминаний о занятиях. Удалить их можно в любой момент командой /forget. Если согласны, нажмите «Даю согласие».');
      }
      expect(await CitizenModel.countDocuments({ _id: anna.id })).toBe(0);
      await anna.press('✓ Даю согласие');
      await anna.tap('Пропустить');
      expect(anna.lastText()).toContain('Время: Вечером');
      expect(t.errors).toEqual([]);
    });

    it('walk35w: «а это платно?» is answered on any question; «прокопевск» is the town, «с утра» the morning; «да, всё правильно, записывайте» confirms', async () => {
      const galina = newCitizen('ru', 'Галина');
      await galina.text('/start');
      await galina.tap('📝 Записаться на курс');
      await galina.text('а это платно? сколько стоит?');
      expect(galina.lastText()).toBe('Занятия бесплатные: платить ничего не нужно. Чтобы продолжить, ответьте на вопрос выше.');
      await galina.press('Основы компьютерной грамотности');
      // The soft sign left out of the town's name.
      await galina.text('прокопевск');
      expect(galina.lastText()).toMatch(/^В этом городе один центр: Центральная городская библиотека, проспект Шахтёров, 31\.\nШаг 3 из 5\./);
      await galina.text('бесплатно?');
      expect(galina.lastText()).toBe('Занятия бесплатные: платить ничего не нужно. Чтобы продолжить, ответьте на вопрос выше.');
      // Said as people say it: «с утра» is «Утром».
      await galina.text('с утра');
      expect(galina.lastText()).toMatch(/^Шаг 4 из 5\. Согласие на обработку/);
      await galina.press('✓ Даю согласие');
      await galina.tap('Пропустить');
      expect(galina.lastText()).toContain('Проверьте, пожалуйста');
      await galina.text('Да, всё правильно, записывайте');
      expect(galina.lastText()).toMatch(/^Готово! Вы в очереди на курс «Основы компьютерной грамотности»\./);
      expect(await WaitlistEntryModel.findOne({ citizenId: galina.id }).lean()).toMatchObject({ centerId: 'prokopyevsk-central', timeOfDay: 'morning' });
      const john = newCitizen('en', 'John');
      await john.text('/start');
      await john.tap('📝 Join a course');
      await john.text('do I have to pay for it?');
      expect(john.lastText()).toBe('The classes are free: there is nothing to pay. To go on, answer the question above.');
      expect(t.errors).toEqual([]);
    });

    it('walk35 L6: «а какой курс лучше для начинающих?» names the catalog\'s first course and what it teaches; the question waits on', async () => {
      const nina = newCitizen('ru', 'Нина');
      await nina.text('/start');
      await nina.tap('📝 Записаться на курс');
      const question = nina.lastText();
      await nina.text('а какой курс лучше для начинающих?');
      expect(nina.lastText()).toBe(
        'Тем, кто только начинает, подходит курс «Основы компьютерной грамотности» (компьютер, мышь, клавиатура, файлы и папки). Нажмите кнопку с его названием.',
      );
      await nina.text('я совсем не умею, с чего начать');
      expect(nina.lastText()).toMatch(/^Тем, кто только начинает, подходит курс «Основы компьютерной грамотности»/);
      await nina.press('Основы компьютерной грамотности');
      expect(nina.lastText()).not.toBe(question);
      expect(nina.lastText()).toMatch(/^Шаг 2 из 5\./);
      // The course's own words: a coordinator's new description is what is said.
      await CourseModel.updateOne({ _id: 'basics' }, { 'description.ru': 'Как включить компьютер, мышь и клавиатура.' });
      invalidateCatalog();
      const vera = newCitizen('ru', 'Вера');
      await vera.text('/start');
      await vera.tap('📝 Записаться на курс');
      await vera.text('Какой выбрать новичку?');
      expect(vera.lastText()).toMatch(/^Тем, кто только начинает, подходит курс «Основы компьютерной грамотности» \(как включить компьютер, мышь и клавиатура\)\./);
      await CourseModel.updateOne({ _id: 'basics' }, { 'description.ru': 'Компьютер, мышь, клавиатура, файлы и папки.' });
      invalidateCatalog();
      const john = newCitizen('en', 'John');
      await john.text('/start');
      await john.tap('📝 Join a course');
      await john.text('which course is for beginners?');
      expect(john.lastText()).toBe('If you are just starting, take “Basic computer literacy” (the computer, mouse, keyboard, files and folders). Press the button with its name.');
      expect(t.errors).toEqual([]);
    });

    it('walk35: the consent asked again after a decline has Back, to the time of day', async () => {
      const anna = newCitizen();
      await anna.text('/start');
      await joinWaitlist(anna, { town: 'Белово', center: 'Центральная городская библиотека', time: 'Вечером', to: 'time' });
      await anna.press('Не даю согласия');
      await anna.press('Назад');
      expect(anna.lastText()).toMatch(/^Шаг 4 из 5\. Согласие на обработку/);
      expect(anna.buttonLabels()).toEqual(['✓ Даю согласие', 'Не даю согласия', 'Назад', 'Отмена']);
      await anna.press('Назад');
      expect(anna.lastText()).toBe('Шаг 3 из 5. Когда вам удобнее заниматься?');
      await anna.press('Утром');
      await anna.press('✓ Даю согласие');
      await anna.tap('Пропустить');
      expect(anna.lastText()).toContain('Время: Утром');
      await anna.press('✓ Всё верно, записаться');
      expect(await WaitlistEntryModel.findOne({ citizenId: anna.id }).lean()).toMatchObject({ centerId: 'belovo-central', timeOfDay: 'morning' });
      expect(t.errors).toEqual([]);
    });

    it('after hints at the consent step, the outcome comes below them, with the main menu', async () => {
      const anna = newCitizen();
      await anna.text('/start');
      await joinWaitlist(anna, { town: 'Белово', center: 'Центральная городская библиотека', to: 'time' });
      await anna.text('хм');
      await anna.text('ну');
      expect(anna.lastText()).toMatch(/нажмите одну из кнопок/);
      await anna.press('Не даю согласия');
      // In the order the chat shows them (an edit does not move a message down).
      const bottom = t.telegram.messagesTo(anna.id).at(-1) as { text?: string };
      expect(bottom.text).toContain('ничего не сохранили');
      // The main menu was never taken away; the outcome has Back to the consent under it (walk s20 #37).
      expect(anna.replyKeyboard()).toContain('📝 Записаться на курс');
      expect(anna.buttonLabels()).toEqual(['Назад']);
      // The consent question above keeps no live buttons.
      const consent = t.telegram.messagesTo(anna.id).find((m) => /Согласие на обработку/.test(m.text ?? ''));
      expect(consent?.reply_markup).toBeUndefined();
    });

    it('declining after a Back past the location step brings the main menu back', async () => {
      const anna = newCitizen();
      await anna.text('/start');
      await joinWaitlist(anna, { to: 'course' });
      await anna.press('📍 Ближайший ко мне');
      await anna.tap('Назад'); // the location keyboard is gone from the screen
      await joinWaitlist(anna, { from: 'town', town: 'Белово', center: 'Центральная городская библиотека', to: 'time' });
      await anna.press('Не даю согласия');
      const bottom = t.telegram.messagesTo(anna.id).at(-1) as { text?: string; sent_reply_markup?: { keyboard?: unknown[] } };
      expect(bottom.text).toContain('ничего не сохранили');
      expect(anna.replyKeyboard()).toContain('📝 Записаться на курс');
    });

    it('a main-menu button in the middle of joining says the sign-up stopped, then answers the button', async () => {
      const anna = newCitizen();
      await anna.text('/start');
      await joinWaitlist(anna, { town: 'Белово', center: 'Центральная городская библиотека', to: 'time' });
      const before = t.telegram.messagesTo(anna.id).length;
      await anna.tap('🔢 Моё место в очереди');
      const texts = t.telegram.messagesTo(anna.id).slice(before).map((m) => m.text ?? '');
      expect(texts[0]).toBe('Вы перешли к другому делу, поэтому начатое не закончено: ничего не сохранено. Начать снова можно в любой момент.');
      expect(texts.at(-1)).toMatch(/Записаться на курс/);
      await joinWaitlist(anna, { town: 'Белово', center: 'Центральная городская библиотека', to: 'time' });
      await anna.text('/cancel'); // says so itself: no second notice
      expect(t.telegram.messagesTo(anna.id).filter((m) => /начатое не закончено/.test(m.text ?? ''))).toHaveLength(1);
      // Leaving the centers near me (it only shows things) says nothing about losing anything (walk s20 #10).
      await anna.tap('📍 Центры рядом');
      await anna.text('/language');
      expect(anna.lastText()).toBe('Выберите язык:');
      expect(t.telegram.messagesTo(anna.id).filter((m) => /начатое не закончено/.test(m.text ?? ''))).toHaveLength(1);
    });

    it('/language in the middle of joining says first what choosing a language does; the flow goes on if not (probe s21 L2)', async () => {
      const anna = newCitizen();
      await anna.text('/start');
      await joinWaitlist(anna, { town: 'Белово', center: 'Центральная городская библиотека', to: 'time' });
      await anna.text('/language');
      expect(anna.lastText()).toBe('Выберите язык. Начатое сейчас дело прервётся, ответы не сохранятся. Чтобы сначала закончить его, ответьте на вопрос выше.');
      expect(anna.buttonLabels()).toEqual(['✓ Русский', 'English']);
      // She answers the question above instead: the join goes on where it was.
      await anna.press('✓ Даю согласие');
      expect(anna.lastText()).toMatch(/^Шаг 5 из 5\. Оставьте телефон/);
      // Choosing a language now ends the join, as the picker said, and says so.
      await anna.text('/language');
      await anna.press('English');
      expect(anna.lastText()).toBe('You moved on to something else, so what you had started was stopped and nothing was saved. You can start again at any time.');
      expect(anna.replyKeyboard()).toContain('📝 Join a course');
    });

    it("takes a button's label typed instead of tapped, in any case and without its emoji", async () => {
      const anna = newCitizen();
      await anna.text('/start');
      await joinWaitlist(anna, { to: 'course' });
      await anna.text('белово');
      await anna.text('центральная городская библиотека');
      await anna.text('Днем');
      expect(anna.lastText()).toMatch(/согласи/i);
      await anna.text('мое место в очереди'); // the main menu's "Моё место в очереди", typed
      expect(anna.lastText()).toMatch(/Записаться на курс/);
    });
  });

  describe('join flow: repeated and forged input', () => {
    it('creates one entry when Confirm is tapped twice', async () => {
      const anna = newCitizen();
      await reachSummary(anna);
      const summary = anna.messages().at(-1)!;
      const confirm = summary.reply_markup!.inline_keyboard[0]![0]! as { callback_data: string };
      await anna.pressData(confirm.callback_data, summary);
      await anna.pressData(confirm.callback_data, summary);
      expect(await WaitlistEntryModel.countDocuments({ citizenId: anna.id })).toBe(1);
      const answers = t.telegram.callsOf('answerCallbackQuery');
      expect(answers.at(-1)!.payload.text).toBe('Эта кнопка уже не действует. Чтобы продолжить, выберите нужное кнопками внизу экрана.');
    });

    it('changes nothing twice when the same update arrives twice', async () => {
      const anna = newCitizen();
      await reachSummary(anna);
      await anna.press('✓ Всё верно, записаться');
      const callsBefore = t.telegram.calls.length;
      await t.bot.handleUpdate(anna.lastUpdate!);
      expect(t.telegram.calls.length).toBe(callsBefore);
      expect(await WaitlistEntryModel.countDocuments({ citizenId: anna.id })).toBe(1);
    });

    it('refuses forged or malformed button data politely', async () => {
      const anna = newCitizen();
      await anna.text('/start');
      await anna.tap('📝 Записаться на курс');
      const question = anna.messages().at(-1)!;
      // Our own format with a choice, a question number or a Back that is not there, and other features' data.
      for (const forged of ['q:0:99', 'q:0:', 'q:0:b', 'q:0:0:0', 'q:7:0', 'c:no-such-course', 'x'.repeat(64), 'wl:leave:zzz', 'lang:de']) {
        await anna.pressData(forged, question);
        expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toMatch(/^Эта кнопка уже не действует\./);
      }
      await anna.press('Интернет и электронная почта'); // the real question still works
      expect(anna.lastText()).toContain('Шаг 2 из 5');
      expect(t.errors).toEqual([]);
    });

    it('tells a citizen already on the list at once, after the course, and keeps the place when they stay', async () => {
      const anna = newCitizen();
      await reachSummary(anna);
      await anna.press('✓ Всё верно, записаться');
      await anna.tap('📝 Записаться на курс');
      await anna.press('Госуслуги онлайн');
      expect(anna.lastText()).toMatch(/^Вы уже в очереди на курс «Госуслуги онлайн»: Центральная городская библиотека, Прокопьевск, место \d+\. Хотите перейти в другой центр\?/);
      await anna.press('Остаться здесь');
      expect(anna.lastText()).toMatch(/Вы остаётесь в очереди: Центральная городская библиотека, Прокопьевск, место \d+\./);
      expect(await WaitlistEntryModel.countDocuments({ citizenId: anna.id })).toBe(1);
    });

    it('moves a citizen already on the list to another center from the join, keeping the join time', async () => {
      const anna = newCitizen();
      await reachSummary(anna);
      await anna.press('✓ Всё верно, записаться');
      const before = await WaitlistEntryModel.findOne({ citizenId: anna.id }).lean();
      await anna.tap('📝 Записаться на курс');
      await anna.press('Госуслуги онлайн');
      await anna.press('🏛 Перейти в другой центр');
      expect(anna.lastText()).toContain('Куда перейти?');
      expect(anna.lastText()).not.toContain('Шаг');
      await anna.press('Юрга'); // one center: taken at once (walk29 W29-09)
      await anna.press('✅ Да, перейти');
      expect(anna.lastText()).toMatch(/Теперь ваш центр: Центральная городская библиотека, Юрга\. Ваше место в очереди: 1\./);
      const after = await WaitlistEntryModel.findOne({ citizenId: anna.id }).lean();
      expect(after).toMatchObject({ centerId: 'yurga-central', joinedAt: before!.joinedAt });
    });
  });

  describe('join flow: location and language', () => {
    it('lists the five nearest centers with distances after a shared location', async () => {
      const anna = newCitizen();
      await anna.text('/start');
      await anna.tap('📝 Записаться на курс');
      await anna.press('Основы компьютерной грамотности');
      await anna.press('📍 Ближайший ко мне');
      expect(anna.replyButtons()[0]).toMatchObject({ text: '📍 Отправить моё местоположение', request_location: true });
      await anna.location(53.7596, 87.1216); // Novokuznetsk, the central library
      const labels = anna.buttonLabels();
      expect(labels).toHaveLength(5 + 2);
      expect(labels[0]).toBe('Центральная городская библиотека имени Н. В. Гоголя — 0 км');
      expect(labels[1]).toMatch(/^Библиотека Кузнецкого района — \d+(,\d)? км$/);
      expect(labels.slice(-2)).toEqual(['Назад', 'Отмена']);
      await anna.press(/^Центральная городская библиотека имени Н. В. Гоголя/);
      expect(anna.lastText()).toContain('Шаг 3 из 5');
    });

    it('speaks English to an English-speaking client', async () => {
      const john = newCitizen('en', 'John');
      await john.text('/start');
      expect(john.messages().at(-2)!.text).toContain('Hello, John!');
      expect(john.buttonLabels(john.messages().at(-2))).toEqual(['🇷🇺 Русский', '📋 The library already signed me up']);
      await john.tap('📝 Join a course');
      expect(john.lastText()).toBe('Step 1 of 5. Choose a course:');
      expect(john.buttonLabels()).toContain('Public services online');
    });
  });

  describe('Telegram says "too many requests"', () => {
    it('waits retry_after and sends the reply again, inside a conversation', async () => {
      const t = createTestBot();
      const user = t.user({ id: 2901, first_name: 'Быстрый', language_code: 'ru' });
      await user.text('/start');
      t.telegram.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } }, { chatId: 2901 });
      await user.tap('📝 Записаться на курс');
      expect(user.lastText()).toContain('Шаг 1 из 5');
      await user.press('Основы компьютерной грамотности');
      expect(user.lastText()).toContain('Шаг 2 из 5');
      expect(t.timer.pauses).toEqual([1000]); // retry_after, on the injected timer
      expect(t.errors).toEqual([]);
    });
  });

  describe('two answers to one question at the same moment', () => {
    it('asks the next question once and tells the second press it was already answered', async () => {
      const anna = newCitizen();
      await anna.text('/start');
      await anna.tap('📝 Записаться на курс');
      const question = anna.messages().at(-1)!;
      const course = question.reply_markup!.inline_keyboard[0]![0]! as { callback_data: string };
      const other = question.reply_markup!.inline_keyboard[1]![0]! as { callback_data: string };
      const callsBefore = t.telegram.calls.length;
      // Both taps are in flight together, as two updates arriving at once.
      await Promise.all([anna.pressData(course.callback_data, question), anna.pressData(other.callback_data, question)]);
      const calls = t.telegram.calls.slice(callsBefore);
      const asked = calls.filter((c) => ['sendMessage', 'editMessageText'].includes(c.method));
      expect(asked).toHaveLength(1);
      expect(asked[0]!.payload.text).toContain('Шаг 2 из 5');
      const answers = calls.filter((c) => c.method === 'answerCallbackQuery').map((c) => c.payload.text);
      expect(answers).toEqual([undefined, 'На этот вопрос вы уже ответили.']);
      // The flow goes on from the one next question.
      await anna.press('Белово');
      expect(anna.lastText()).toBe('В этом городе один центр: Центральная городская библиотека, улица Советская, 33.\nШаг 3 из 5. Когда вам удобнее заниматься?');
    });
  });
});
