import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Update } from 'grammy/types';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { csvField } from '../../src/domain/csv.js';
import { normalizePhone } from '../../src/domain/phone.js';
import { multiLine, singleLine } from '../../src/domain/text.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';

describe('forged-input', () => {
  /** Input meant to break a message, a file or the bot's own structure, sent as real updates. */
  const COORDINATOR = 7700;
  let done: () => Promise<void>;
  let t: TestBot;
  let nextId = 7701;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    t = createTestBot({ env: { ADMIN_IDS: String(COORDINATOR) } });
  });
  afterAll(() => done());

  const citizen = (first_name = 'Анна', last_name?: string) =>
    t.user({ id: nextId++, first_name, ...(last_name ? { last_name } : {}), language_code: 'ru' });

  /** The join flow up to the phone step (Прокопьевск has one center). */
  async function upToPhone(user: TestUser) {
    await user.text('/start');
    await user.tap('📝 Записаться на курс');
    await user.press('Госуслуги онлайн');
    await user.press('Прокопьевск');
    await user.press('Днём');
    await user.press('✓ Даю согласие'); // consent comes before name and phone
    expect(user.lastText()).toContain('Шаг 5 из 5');
  }

  /** From the summary: Change → Name, typed. */
  async function typeName(user: TestUser, name: string) {
    await user.press('✎ Изменить');
    await user.press('Имя');
    await user.text(name);
    expect(user.lastText()).toContain('Проверьте, пожалуйста');
  }

  async function finishJoin(user: TestUser) {
    await user.press('✓ Всё верно, записаться');
    expect(user.lastText()).toMatch(/Ваше место в очереди/);
  }

  describe('names', () => {
    it('cleans line breaks, control and direction characters from a typed name before anyone sees it', async () => {
      const anna = citizen();
      await upToPhone(anna);
      await anna.tap('Пропустить');
      // (A ✅ in a name is refused outright since probe s28 L1: test/scenes/name-rules.spec.ts.)
      await typeName(anna, 'Пётр\r\nЗаписан:\u0007 Анна\u202Eвонави');
      await finishJoin(anna);
      const saved = await CitizenModel.findById(anna.id).lean();
      expect(saved!.name).toBe('Пётр Записан: Анна вонави');
      expect(anna.messages().some((m) => /Пётр\s*\n\s*✅/.test(m.text ?? ''))).toBe(false);
    });

    it('removes invisible format characters (zero-width, word joiner, BOM, soft hyphen) from a typed name', async () => {
      const anna = citizen();
      await upToPhone(anna);
      await anna.tap('Пропустить');
      await typeName(anna, '\uFEFFАн\u200Bна\u200C Ли\u200D\u2060\u2064\u00AD\u200E');
      await finishJoin(anna);
      expect((await CitizenModel.findById(anna.id).lean())!.name).toBe('Анна Ли');
      expect(multiLine('За\u200Bнятие\u2063\nв среду\uFEFF')).toBe('Занятие\nв среду');
    });

    it('cleans the name Telegram knows as well', async () => {
      const ivan = citizen('Иван\n\nЗаписан', 'Петров\u2028');
      await upToPhone(ivan);
      await ivan.tap('Пропустить');
      await finishJoin(ivan);
      expect((await CitizenModel.findById(ivan.id).lean())!.name).toBe('Иван Записан Петров');
    });

    it('keeps emoji and letters of every script; a multi-line text (a broadcast) keeps its line breaks only', () => {
      // The zero-width joiner stays where it builds one emoji (👩‍💻, 👍🏽‍…), not after a letter.
      expect(singleLine('  Анна\u200D👩\u200D💻  Ли\t')).toBe('Анна👩\u200D💻 Ли');
      expect(multiLine('Занятие\r\nперенесено\u0000\u202E\n\n\n\n\nна среду\t10:00')).toBe('Занятие\nперенесено\n\n\nна среду 10:00');
      // Letters that draw nothing pass for spaces (probe s19 #14): a text of only them is empty, so it is refused.
      expect(singleLine('\u3164\u2800\u034F\uFFA0')).toBe('');
      expect(multiLine('\u3164\n\u2800')).toBe('');
      expect(singleLine('Анна\u3164Ли\u034Fза')).toBe('Анна Лиза');
    });
  });

  describe('updates well-formed but for one wrong field (probe s19 #18)', () => {
    it('drops a number as the text, and a membership change without the new member, without an error', async () => {
      const person = t.user({ id: 7791, first_name: 'X', language_code: 'ru' });
      const errorsBefore = t.errors.length;
      await person.send({ message: { message_id: 1, date: 0, chat: { id: 7791, type: 'private', first_name: 'X' }, from: { id: 7791, is_bot: false, first_name: 'X' }, text: 42 } } as never);
      await person.send({ my_chat_member: { date: 0, chat: { id: 7791, type: 'private', first_name: 'X' }, from: { id: 7791, is_bot: false, first_name: 'X' } } } as never);
      expect(t.errors.slice(errorsBefore)).toEqual([]);
      expect(person.messages()).toHaveLength(0);
    });
  });

  describe('forwarded messages (probe s16 F7)', () => {
    const someoneElse = { id: 3001, first_name: 'Пётр' };

    it("are not taken as a librarian's answer: /newclass keeps asking for the room until it is typed", async () => {
      const maria = t.user({ id: COORDINATOR, first_name: 'Мария', language_code: 'ru' });
      await maria.text('/newclass');
      await maria.press('Основы компьютерной грамотности');
      await maria.press(/^Кемерово: Областная/);
      await maria.text('1.12');
      await maria.press('✎ Написать даты списком');
      await maria.text('1.12 10:00');
      await maria.press('60');
      const roomQuestion = maria.lastText();
      expect(roomQuestion).toContain('аудиторию');
      await maria.forwarded('Room from a forward', someoneElse);
      expect(maria.lastText()).toBe('Это пересланное сообщение. Напишите, пожалуйста, ответ сами.');
      await maria.text('Зал 3');
      await maria.press('8');
      expect(maria.lastText()).toContain('Зал 3');
      expect(maria.textsSince(0).join('\n')).not.toContain('Room from a forward');
      await maria.press('Отмена');
    });

    it("are not taken as a citizen's name either, in English too", async () => {
      const john = t.user({ id: nextId++, first_name: 'John', language_code: 'en' });
      await john.text('/start');
      await john.tap(/Join a course/);
      await john.press('Public services online');
      await john.press('Prokopyevsk');
      await john.press(/Afternoon/);
      await john.press(/I agree/);
      await john.tap(/Skip/);
      await john.press(/Change/);
      await john.press('Name');
      await john.forwarded('Mallory', someoneElse);
      expect(john.lastText()).toBe('This is a forwarded message. Please type the answer yourself.');
      await john.text('John Smith');
      expect(john.lastText()).toContain('John Smith');
      expect(john.lastText()).not.toContain('Mallory');
    });
  });

  describe('phones', () => {
    it.each([
      ['000000000000000', 'Такого номера телефона не бывает'],
      ['4276 1234 5678 9012', 'Не получилось прочитать номер'], // a card number: more digits than any phone has
      ['+7 000 000-00-00', 'Такого номера телефона не бывает'],
      // Too few digits for a number with its code: it could not be read (a number among words is taken, join-typed-phone.test.ts).
      ['12345', 'Не получилось прочитать номер'],
      ['позвоните мне 8913123', 'Не получилось прочитать номер'],
    ])('answers %s kindly as not a phone number and keeps the question open', async (typed, answer) => {
      const anna = citizen();
      await upToPhone(anna);
      await anna.text(typed);
      expect(anna.lastText()).toContain(answer);
      await anna.tap('Пропустить');
      expect(anna.lastText()).toContain('Проверьте');
    });

    it('stores a typed Russian number in E.164', async () => {
      const anna = citizen();
      await upToPhone(anna);
      await anna.text('8 (913) 123-45-67');
      await finishJoin(anna);
      expect((await CitizenModel.findById(anna.id).lean())!.phone).toBe('+79131234567');
    });

    it('stores a shared contact in E.164, with or without the "+" Telegram may leave out', async () => {
      const anna = citizen();
      await upToPhone(anna);
      await anna.contact('79131234568');
      await finishJoin(anna);
      expect((await CitizenModel.findById(anna.id).lean())!.phone).toBe('+79131234568');

      const foreign = citizen();
      await upToPhone(foreign);
      await foreign.contact('442079460958'); // a London number, shared from a British phone
      await finishJoin(foreign);
      expect((await CitizenModel.findById(foreign.id).lean())!.phone).toBe('+442079460958');
    });

    it('refuses a shared contact that is not a number (a forged client), without asking to check digits nobody typed', async () => {
      const anna = citizen();
      await upToPhone(anna);
      await anna.contact('000000000000000');
      expect(anna.lastText()).toMatch(/^Не получилось прочитать номер из контакта.*«Пропустить»/);
      expect(await CitizenModel.findById(anna.id).lean()).toBeNull();
    });

    it('normalises with libphonenumber: a landline with its area code is a real number too', () => {
      expect(normalizePhone('8 (3842) 36-43-56')).toBe('+73842364356');
      expect(normalizePhone('+44 20 7946 0958')).toBe('+442079460958');
      expect(normalizePhone('+7 (913) 123-45-67 доб. 5')).toBeUndefined();
    });
  });

  describe('CSV files', () => {
    it.each([
      ['=1+2', "'=1+2"],
      ['+7 913', "'+7 913"],
      ['-2+3', "'-2+3"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\tx', `"'\tx"`],
      ['\rx', `"'\rx"`],
      ['=HYPERLINK("http://evil";"Открыть")', `"'=HYPERLINK(""http://evil"";""Открыть"")"`],
      ['Анна', 'Анна'],
    ])('neutralises the cell %j (OWASP CSV injection)', (value, cell) => {
      expect(csvField(value)).toBe(cell);
    });

    it('writes a formula stored as a name into /export as plain text', async () => {
      const mallory = citizen();
      await upToPhone(mallory);
      await mallory.text('+7 913 123-45-69');
      await finishJoin(mallory);
      // A formula can no longer be typed as a name (probe s28 L1), but one stored before that rule is still exported safely.
      await CitizenModel.updateOne({ _id: mallory.id }, { $set: { name: '=HYPERLINK("http://evil.example";"Нажмите")' } });

      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await olga.text('/export');
      const [waitlist] = t.telegram.callsOf('sendDocument').map((c) => (c.payload.document.data as Buffer).toString('utf8'));
      const row = waitlist!.split('\r\n').find((line) => line.includes('HYPERLINK'))!;
      expect(row).toContain(`"'=HYPERLINK(""http://evil.example"";""Нажмите"")"`);
      expect(row).toContain(';8 913 123-45-69');
      // No cell of the file begins with a formula character.
      const cells = waitlist!.split('\r\n').flatMap((line) => line.split(','));
      expect(cells.filter((cell) => /^"?[=+\-@]/.test(cell))).toEqual([]);
    });
  });

  describe('unusual updates', () => {
    it('are ignored quietly: no answer, no apology, nothing stored', async () => {
      const anna = citizen();
      await anna.text('/start');
      await anna.tap('📝 Записаться на курс'); // a conversation is waiting for an answer
      const callsBefore = t.telegram.calls.length;
      const errorsBefore = t.errors.length;
      const chat = { id: anna.id, type: 'private', first_name: 'Анна' };
      const person = { id: anna.id, is_bot: false, first_name: 'Анна' };
      const base = { message_id: 1, date: Math.floor(Date.now() / 1000), chat };
      const updates = [
        { message: { ...base, text: '/start' } }, // no `from`
        { message: { ...base, text: 'hello', from: { id: 42, is_bot: true, first_name: 'bot' } } },
        { message: { ...base, text: 'hello', from: person, sender_chat: { id: -100, type: 'channel', title: 'c' } } },
        { edited_message: { ...base, text: 'Госуслуги онлайн', from: person, edit_date: 1 } },
        { channel_post: { ...base, chat: { id: -1001, type: 'channel', title: 'Новости' }, text: '/start' } },
        { message: { ...base, chat: { id: -5, type: 'group', title: 'Группа' }, from: person, text: '/start' } },
        { message_reaction: { chat, message_id: 1, date: 1, user: person, old_reaction: [], new_reaction: [] } },
        { inline_query: { id: '1', from: person, query: 'x', offset: '' } },
      ];
      for (const update of updates) await anna.send(update as unknown as Omit<Update, 'update_id'>);
      expect(t.telegram.calls.slice(callsBefore).map((c) => c.method)).toEqual([]);
      expect(t.errors.slice(errorsBefore)).toEqual([]);
      // The conversation goes on where it was.
      await anna.press('Госуслуги онлайн');
      expect(anna.lastText()).toContain('Шаг 2 из 5');
      expect(await WaitlistEntryModel.countDocuments({ citizenId: anna.id })).toBe(0);
    });
  });
});
