import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { registerCommands } from '../../src/bot/commands.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { partnerWithLink } from '../partners/fixtures.js';

describe('commands', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
  });
  afterAll(() => done());

  describe('the command list', () => {
    it('shows citizens their commands and staff theirs, in both languages, and survives a refusal', async () => {
      const t = createTestBot();
      await StaffMemberModel.create({ _id: 501, centerIds: ['yurga-central'], addedBy: 900 });
      t.telegram.failNext('setMyCommands', { error_code: 400, description: 'Bad Request: chat not found' }, { chatId: 900 });
      const warnings: string[] = [];
      const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });

      await registerCommands(t.bot.api, t.i18n, [900], logger);

      const calls = t.telegram.callsOf('setMyCommands').map((c) => c.payload);
      const names = (p: Record<string, any>) => p.commands.map((c: { command: string }) => c.command);
      const everyone = calls.filter((p) => !p.scope);
      expect(everyone.map((p) => p.language_code)).toEqual([undefined, 'en']);
      expect(names(everyone[0]!)).toEqual(['start', 'help', 'language', 'cancel', 'forget']);
      expect(everyone[1]!.commands[0].description).toBe('Main menu');

      const librarian = calls.filter((p) => p.scope?.chat_id === 501);
      expect(names(librarian[0]!)).toContain('newclass');
      expect(names(librarian[0]!)).toContain('find'); // walk s21 W21-03: a search that is not the deletion
      expect(names(librarian[0]!)).not.toContain('staff');
      expect(warnings.join('')).toContain('"chat_id":900'); // the coordinator's chat refused: a warning, no crash
    });

    it('says an unknown /command is not there and where the commands are, for every role; a flow waits on (walk36 L5)', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '903' } });
      await StaffMemberModel.create({ _id: 604, centerIds: ['yurga-central'], addedBy: 903 });
      await partnerWithLink({}, 605);
      const people = [
        t.user({ id: 603, first_name: 'Анна', language_code: 'ru' }),
        t.user({ id: 604, first_name: 'Марина', language_code: 'ru' }),
        t.user({ id: 903, first_name: 'Ольга', language_code: 'ru' }),
        t.user({ id: 605, first_name: 'Нина', language_code: 'ru' }),
      ];
      for (const person of people) {
        await person.text('/audit');
        expect(person.lastText()).toBe('Такой команды нет. Все команды — /help');
      }
      const john = t.user({ id: 606, first_name: 'John', language_code: 'en' });
      await john.text('/audit@tvoykurs_bot');
      expect(john.lastText()).toBe('There is no such command. All commands: /help');
      // Inside a flow: a mistyped command does not leave it (a half-typed broadcast stays); a known one does, and /cancel cancels.
      const olga = people[2]!;
      await olga.text('/broadcast');
      const question = olga.lastText();
      await olga.text('/audit');
      expect(olga.lastText()).toBe('Такой команды нет. Все команды — /help. Ответьте на вопрос выше или нажмите «Отмена».');
      await olga.text('/cancel');
      expect(olga.lastText()).toBe('Хорошо, отменили. Вы в главном меню.');
      await olga.text('/broadcast');
      expect(olga.lastText()).toBe(question);
      await olga.text('/help');
      expect(olga.messages().some((m) => m.text === 'Рассылка не отправлена, ничего не изменено.')).toBe(true);
      await olga.text('/broadcast');
      await olga.text('/cancel');
      expect(olga.lastText()).toBe('Хорошо, отменили. Вы в главном меню.');
      expect(t.errors).toEqual([]);
    });

    it('/start points staff to their commands, and a citizen to joining', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '902' } });
      const citizen = t.user({ id: 601, first_name: 'Анна', language_code: 'ru' });
      const coordinator = t.user({ id: 902, first_name: 'Ольга', language_code: 'ru' });
      await citizen.text('/start');
      expect(citizen.lastText()).toBe('Чтобы записаться, нажмите «Записаться на курс» внизу экрана.');
      await coordinator.text('/start');
      expect(coordinator.lastText()).toMatch(/^Ваши команды сотрудника — в меню «\/»/);
      expect(coordinator.replyKeyboard()).toContain('📝 Записаться на курс');
      // The welcome offers staff the other language only, not a citizen's "I am already signed up" (walk s20 #13).
      expect(citizen.buttonLabels(citizen.messages().at(-2))).toEqual(['🇬🇧 English', '📋 Меня уже записали в библиотеке']);
      expect(coordinator.buttonLabels(coordinator.messages().at(-2))).toEqual(['🇬🇧 English']);
      await coordinator.press('🇬🇧 English');
      expect(coordinator.buttonLabels(coordinator.messages().at(-2))).toEqual(['🇷🇺 Русский']);
    });
  });
});
