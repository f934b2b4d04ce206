import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('join-resume', () => {
  let done: () => Promise<void>;
  let t: TestBot;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    t = createTestBot();
  });
  afterAll(() => done());

  /** walk30 W30-03: /start or /help in the middle of a join keeps it. */
  describe('a join interrupted by /start or /help', () => {
    it('/start asks to continue or start again; «Продолжить» asks the step again below; /help keeps the join', async () => {
      const nadezhda = t.user({ id: 30_801, first_name: 'Надежда', language_code: 'ru' });
      await nadezhda.text('/start');
      await joinWaitlist(nadezhda, { course: 'Интернет и электронная почта', town: 'Белово', center: 'Центральная городская библиотека', to: 'center' });
      expect(nadezhda.lastText()).toContain('Шаг 3 из 5');
      const step3 = nadezhda.messages().at(-1)!;
      await nadezhda.text('/start');
      expect(nadezhda.lastText()).toBe('Вы записывались на курс «Интернет и электронная почта» (шаг 3 из 5): продолжить или начать заново?');
      expect(nadezhda.buttonLabels()).toEqual(['Продолжить', 'Начать заново']);
      await nadezhda.press('Продолжить');
      expect(nadezhda.lastText()).toContain('Шаг 3 из 5. Когда вам удобнее заниматься?');
      // The step above lost its buttons; the one below works.
      expect(nadezhda.buttonLabels(nadezhda.messages().find((m) => m.message_id === step3.message_id))).toEqual([]);
      await nadezhda.press('Утром');
      expect(nadezhda.lastText()).toContain('Шаг 4 из 5');

      // Help in the middle: shown, and the join waits.
      await nadezhda.text('/help');
      const texts = nadezhda.messages().slice(-2).map((m) => m.text ?? '');
      expect(texts.join('\n')).not.toContain('ничего не сохранено');
      expect(texts[1]).toBe('Запись на курс не прервана, ответы сохранены. Чтобы продолжить, нажмите «Продолжить».');
      await nadezhda.press('Продолжить');
      expect(nadezhda.lastText()).toContain('Шаг 4 из 5');
      await nadezhda.press('✓ Даю согласие');
      expect(nadezhda.lastText()).toContain('Шаг 5 из 5');

      // The phone step (a reply keyboard): asked again as a new message with its keyboard.
      await nadezhda.text('/start');
      expect(nadezhda.lastText()).toContain('(шаг 5 из 5)');
      await nadezhda.press('Продолжить');
      expect(nadezhda.lastText()).toContain('Шаг 5 из 5');
      expect(nadezhda.replyButtons().some((b) => b.request_contact)).toBe(true);
      await nadezhda.contact('+7 900 300-80-01');
      expect(nadezhda.lastText()).toContain('Проверьте, пожалуйста');
      await nadezhda.press('✓ Всё верно, записаться');
      expect(await WaitlistEntryModel.countDocuments({ citizenId: nadezhda.id })).toBe(1);
    });

    it('«Начать заново» starts the join from its first step', async () => {
      const olga = t.user({ id: 30_802, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/start');
      await joinWaitlist(olga, { course: 'Госуслуги онлайн', town: 'Белово', center: 'Центральная городская библиотека', to: 'center' });
      await olga.tap('❓ Помощь');
      expect(olga.lastText()).toContain('Запись на курс не прервана');
      await olga.text('/start');
      await olga.press('Начать заново');
      expect(olga.lastText()).toContain('Шаг 1 из 5');
      await olga.press('Безопасный интернет');
      expect(olga.lastText()).toContain('Шаг 2 из 5');
    });

    it('in English too', async () => {
      const john = t.user({ id: 30_803, first_name: 'John', language_code: 'en' });
      await john.text('/start');
      await john.tap('📝 Join a course');
      await john.text('/start');
      expect(john.lastText()).toBe('You started signing up for a course (step 1 of 5): continue or start again?');
      await john.press('Continue');
      expect(john.lastText()).toContain('Step 1 of 5');
    });
  });

  /** walk30 W30-04: words typed at the summary. */
  describe('the join summary takes a typed name or which answer to change', () => {
    it('«меня зовут …» takes the name; «изменить имя», «телефон неправильный» open that question', async () => {
      const zinaida = t.user({ id: 30_811, first_name: 'Зинаида', language_code: 'ru' });
      await zinaida.text('/start');
      await joinWaitlist(zinaida, { course: 'Госуслуги онлайн', town: 'Белово', center: 'Центральная городская библиотека', to: 'phone' });
      expect(zinaida.lastText()).toContain('Проверьте, пожалуйста');
      await zinaida.text('меня зовут Кулешова Зинаида Ивановна');
      expect(zinaida.lastText()).toContain('Проверьте, пожалуйста');
      expect(zinaida.lastText()).toContain('Кулешова Зинаида Ивановна');
      await zinaida.text('изменить имя');
      expect(zinaida.lastText()).toContain('Как к вам обращаться?');
      await zinaida.text('Кулешова Зинаида');
      expect(zinaida.lastText()).toContain('Имя: Кулешова Зинаида\n');
      await zinaida.text('телефон неправильный');
      expect(zinaida.lastText()).toContain('телефон');
      expect(zinaida.replyButtons().some((b) => b.request_contact)).toBe(true);
      await zinaida.text('8 913 405 22 11');
      expect(zinaida.lastText()).toContain('Проверьте, пожалуйста');
      await zinaida.text('поменять время');
      expect(zinaida.lastText()).toContain('Когда вам удобнее заниматься?');
      await zinaida.press('Вечером');
      await zinaida.text('изменить'); // no answer named: asked which
      expect(zinaida.lastText()).toBe('Что изменить?');
      await zinaida.press('Назад');
      await zinaida.press('✓ Всё верно, записаться');
      const entry = await WaitlistEntryModel.findOne({ citizenId: zinaida.id }).lean();
      expect(entry?.timeOfDay).toBe('evening');
    });
  });
});
