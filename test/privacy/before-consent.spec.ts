import { describe, expect, it } from '@jest/globals';
import { ConversationStateModel, SessionModel } from '../../src/db/models/kv-entry.js';
import { stripPersonalDetails } from '../../src/bot/conversation-storage.js';
import { runChatStateExpiryJob } from '../../src/jobs/privacy/index.js';
import { ensureChatStateExpiry } from '../../src/db/repositories/kv-storage.js';
import { findPersonalData } from '../helpers/personal-data-scan.js';
import { joinWaitlist } from '../helpers/join-flow.js';
import { createTestBot, type TestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';

describe('before-consent', () => {
  useSampleDataPerTest();

  const HOUR_MS = 3600_000;
  const DAY_MS = 24 * HOUR_MS;

  /** Course, town, center, time of day: the steps before consent, with a message typed in between. */
  async function upToConsent(user: TestUser) {
    await user.text('/start');
    await joinWaitlist(user, { to: 'menu' });
    await user.text('Меня зовут Всеволод Преображенский, телефон 8 913 111-22-33');
    expect(user.lastText()).toBe('Пожалуйста, нажмите одну из кнопок под сообщением.');
    await joinWaitlist(user, { from: 'course', center: /Фёдорова/, to: 'time' });
    expect(user.lastText()).toContain('Согласие на обработку персональных данных');
  }

  const person = (id: number) => ({ telegramId: id, names: ['Всеволод', 'Преображенский'], username: 'vsevolod_p', phone: '+7 913 111-22-33' });
  const citizen = (t: TestBot, id: number) => t.user({ id, first_name: 'Всеволод', last_name: 'Преображенский', username: 'vsevolod_p', language_code: 'ru' });

  describe('before consent nothing personal is stored', () => {
    it('a citizen who walks away at the consent step leaves no name, username or phone; the flow expires', async () => {
      const t = createTestBot();
      const user = citizen(t, 640000001);
      await upToConsent(user);

      // Only the chat id (the row's key, and the ids inside the logged updates) of a row that expires.
      const findings = await findPersonalData(person(640000001));
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.filter((f) => !f.found.startsWith('telegram id'))).toEqual([]);
      expect(new Set(findings.map((f) => f.collection))).toEqual(new Set(['conversation_states']));
      const row = await ConversationStateModel.findById('640000001').lean();
      expect(row!.expiresAt).toEqual(new Date(t.clock.now().getTime() + 24 * HOUR_MS));

      // A day later the flow is gone: its buttons no longer work, and the job deletes the row.
      t.clock.advance(24 * HOUR_MS + 1);
      await user.press('✓ Даю согласие');
      expect(t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload.text).toBe('Эта кнопка уже не действует. Чтобы продолжить, выберите нужное кнопками внизу экрана.');
      expect(await ConversationStateModel.countDocuments({ _id: '640000001' })).toBe(1); // read as absent, deleted by the job
      expect(await runChatStateExpiryJob(t.deps)).toBeGreaterThanOrEqual(1);
      expect(await findPersonalData(person(640000001))).toEqual([]);
      expect(t.errors).toEqual([]);
    });

    it('a citizen who declines leaves no trace at all, not even the chat id', async () => {
      const t = createTestBot();
      const user = citizen(t, 640000002);
      await upToConsent(user);
      await user.press('Не даю согласия');
      expect(user.lastText()).toContain('ничего не сохранили');
      expect(await findPersonalData(person(640000002))).toEqual([]);
    });

    it('after consent the Telegram name is offered, and a restart in the middle still finishes the flow', async () => {
      const t = createTestBot();
      const user = citizen(t, 640000003);
      await upToConsent(user);
      await user.press('✓ Даю согласие');
      expect(user.lastText()).toContain('Шаг 5 из 5'); // the phone: the Telegram name is confirmed on the summary
      // The stored updates still carry no profile names: the name comes from a logged `external` value.
      const row = await ConversationStateModel.findById('640000003').lean();
      expect(row!.json).not.toContain('vsevolod_p');
      const second = createTestBot({ telegram: t.telegram, clock: t.clock });
      const again = citizen(second, 640000003);
      await again.tap('Пропустить');
      expect(again.lastText()).toContain('Имя: Всеволод Преображенский');
      await again.press('✓ Всё верно, записаться');
      expect(again.lastText()).toContain('Ваше место в очереди');
      expect(await ConversationStateModel.countDocuments({ _id: '640000003' })).toBe(0);
      expect([...t.errors, ...second.errors]).toEqual([]);
    });
  });

  describe('a shared location', () => {
    it('is stored at town level only, and the nearest centers are still right after a restart', async () => {
      const t = createTestBot();
      const user = citizen(t, 640000005);
      await user.text('/start');
      await user.tap('📝 Записаться на курс');
      await user.press('Основы компьютерной грамотности');
      await user.press('📍 Ближайший ко мне');
      await user.location(55.354712, 86.086543); // next to the regional library in Kemerovo
      expect(user.buttonLabels()[0]).toBe("Областная научная библиотека имени В. Д. Фёдорова — 0 км");
      const json = (await ConversationStateModel.findById('640000005').lean())!.json;
      expect(json).not.toMatch(/55\.354712|86\.086543|0,5 км|"km":0\.5/);
      expect(json).toContain('"location":{"latitude":55.4,"longitude":86.1}');

      const second = createTestBot({ telegram: t.telegram, clock: t.clock });
      const again = citizen(second, 640000005);
      await again.press(/Фёдорова/);
      expect(again.lastText()).toContain('Шаг 3 из 5');
      expect([...t.errors, ...second.errors]).toEqual([]);
    });
  });

  describe('sessions', () => {
    it('are not stored while empty, expire 30 days after their last use, and stay while in use', async () => {
      const t = createTestBot();
      const user = t.user({ id: 640000004, first_name: 'Лев', language_code: 'ru' });
      await user.text('/start');
      expect(await SessionModel.countDocuments({ _id: '640000004' })).toBe(0);
      await user.text('/language');
      await user.press('English');
      expect(await SessionModel.findById('640000004').lean()).toMatchObject({ expiresAt: new Date(t.clock.now().getTime() + 30 * DAY_MS) });

      t.clock.advance(20 * DAY_MS);
      await user.text('/help'); // in use: the row is kept alive
      t.clock.advance(20 * DAY_MS);
      await user.text('/help');
      expect(user.lastText()).not.toMatch(/[а-я]/); // still English

      t.clock.advance(31 * DAY_MS);
      expect(await runChatStateExpiryJob(t.deps)).toBeGreaterThanOrEqual(1);
      expect(await SessionModel.countDocuments({ _id: '640000004' })).toBe(0);
      await user.text('/help');
      expect(user.lastText()).toMatch(/[а-я]/); // back to the Telegram language
    });
  });

  describe('the TTL index', () => {
    it('is created where the server has TTL indexes (MongoDB) and reported missing where not (FerretDB), without failing', async () => {
      const created = await ensureChatStateExpiry();
      const ttl = (await ConversationStateModel.collection.indexes()).find((i) => i.name === 'expiresAt_ttl');
      if (created) expect(ttl).toMatchObject({ key: { expiresAt: 1 }, expireAfterSeconds: 0 });
      else expect(ttl).toBeUndefined();
    });
  });

  describe('stripPersonalDetails', () => {
    it('removes names and usernames of people, keeps ids, bots and shared contacts, coarsens locations', () => {
      const update = {
        message: {
          from: { id: 1, is_bot: false, first_name: 'Иван', last_name: 'Петров', username: 'ivan', language_code: 'ru' },
          chat: { id: 1, type: 'private', first_name: 'Иван', username: 'ivan' },
          contact: { phone_number: '+7900', first_name: 'Иван', user_id: 1 },
          via: [{ id: 2, is_bot: true, first_name: 'Bot', username: 'the_bot' }],
          location: { latitude: 55.354712, longitude: 86.086543, horizontal_accuracy: 5 },
        },
      };
      expect(stripPersonalDetails(update, { coarseLocations: false }).message.location).toEqual(update.message.location);
      expect(stripPersonalDetails(update, { coarseLocations: true })).toEqual({
        message: {
          from: { id: 1, is_bot: false, language_code: 'ru' },
          chat: { id: 1, type: 'private' },
          contact: { phone_number: '+7900', first_name: 'Иван', user_id: 1 },
          via: [{ id: 2, is_bot: true, first_name: 'Bot', username: 'the_bot' }],
          location: { latitude: 55.4, longitude: 86.1 },
        },
      });
    });
  });
});
