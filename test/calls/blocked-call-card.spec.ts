import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { setReachable } from '../../src/db/repositories/reachability.js';
import { seedSampleData } from '../../src/db/seed.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { librarian, paperPerson } from './fixtures.js';

describe('blocked-call-card', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  describe('the seat-offer call card of someone who blocked the bot (fixX side finding)', () => {
    it('says the person blocked the bot; the card of a person without Telegram keeps its words', async () => {
      const t = createTestBot();
      // Each librarian works at both centers; one reads Russian, one English.
      await librarian(7301, 'Ольга Николаевна', ['osinniki-central', 'kiselyovsk-central']);
      await librarian(7302, 'Olga', ['osinniki-central', 'kiselyovsk-central']);
      // Osinniki: a Telegram user who gave a phone and blocked the bot. Kiselyovsk: a person without Telegram.
      await addToWaitlist(3302, { centerId: 'osinniki-central', phone: '+79135553302', name: 'Пётр Смирнов', at: new Date('2026-10-02T03:00:00Z') });
      await setReachable(3302, false, t.clock.now());
      await paperPerson(-(2 ** 49 + 301), { name: 'Мария Петрова', phone: '+79231113301', joinedAt: new Date('2026-10-01T03:00:00Z'), centerId: 'kiselyovsk-central' });
      const [olga, english] = [7301, 7302].map((id) => t.user({ id, first_name: `U${id}`, language_code: 'ru' }));
      await english!.text('/language');
      await english!.press('English');
      const from = olga!.messages().length;
      const fromEn = english!.messages().length;
      await groupWithOffers(t.clock.now(), { centerId: 'osinniki-central', capacity: 1 });
      await groupWithOffers(t.clock.now(), { centerId: 'kiselyovsk-central', capacity: 1 });
      await deliverAll(t);
      const cards = olga!.textsSince(from);
      expect(cards.find((text) => text.includes('Пётр Смирнов'))).toMatch(/^📞 Позвоните: для человека, который заблокировал бота, есть место в группе\.\nПётр Смирнов, \+7 913 555-33-02\n/);
      expect(cards.find((text) => text.includes('Мария Петрова'))).toMatch(/^📞 Позвоните: для человека без Телеграма есть место в группе\.\nМария Петрова, /);
      const inEnglish = english!.textsSince(fromEn);
      expect(inEnglish.find((text) => text.includes('Пётр Смирнов'))).toMatch(/^📞 Please call: a person who blocked the bot has a seat in a group\.\n/);
      expect(inEnglish.find((text) => text.includes('Мария Петрова'))).toMatch(/^📞 Please call: a person without Telegram has a seat in a group\.\n/);
      // Answered on the English card: the Russian one says so, still about someone who blocked the bot.
      const card = english!.messages().find((m) => m.text?.includes('Пётр Смирнов'))!;
      const accept = (card.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard[0]![0]!;
      expect(accept.text).toBe('✓ Agreed, enrol');
      await english!.pressData(accept.callback_data, card);
      expect(english!.lastText()).toMatch(/^📞 Please call: a person who blocked the bot has a seat in a group\.\n[^]*✅ Enrolled in the group\./);
      await deliverAll(t);
      const closed = olga!.messages().find((m) => m.text?.includes('Пётр Смирнов'))!.text;
      expect(closed).toMatch(/^📞 Позвоните: для человека, который заблокировал бота, есть место в группе\.\n[^]*✅ Человек записан в группу\.\n\nОтвет отмечен: Olga/);
      expect(t.errors).toEqual([]);
    });

    // fix28a: the digest of two seat offers by phone, one to a desk person and one to someone who blocked the bot.
    it('a digest with someone who blocked the bot does not call them all "without Telegram"; each card keeps its reason', async () => {
      const t = createTestBot();
      await librarian(7311, 'Ирина Павловна', ['prokopyevsk-central']);
      await librarian(7312, 'Irina', ['prokopyevsk-central']);
      await addToWaitlist(3312, { centerId: 'prokopyevsk-central', phone: '+79135553312', name: 'Павел Орлов', at: new Date('2026-10-02T03:00:00Z') });
      await setReachable(3312, false, t.clock.now());
      await paperPerson(-(2 ** 49 + 311), { name: 'Нина Белова', phone: '+79231113311', joinedAt: new Date('2026-10-01T03:00:00Z'), centerId: 'prokopyevsk-central' });
      const [irina, english] = [7311, 7312].map((id) => t.user({ id, first_name: `U${id}`, language_code: 'ru' }));
      await english!.text('/language');
      await english!.press('English');
      const from = irina!.messages().length;
      const fromEn = english!.messages().length;
      await groupWithOffers(t.clock.now(), { centerId: 'prokopyevsk-central', capacity: 2 });
      await deliverAll(t);
      const digest = irina!.textsSince(from);
      expect(digest).toHaveLength(1);
      expect(digest[0]).toMatch(/^📞 Позвоните 2 людям: бот не может им написать\. Им предложено место в группе «Основы компьютерной грамотности», Прокопьевск/);
      expect(digest[0]).not.toContain('без Телеграма');
      const inEnglish = english!.textsSince(fromEn);
      expect(inEnglish[0]).toMatch(/^📞 Please call 2 people: the bot cannot write to them\. They were offered a seat in "Basic computer literacy", Prokopyevsk/);
      // Each person's card, opened from /calls, still says why the bot cannot write to them.
      await irina!.text('/calls');
      await irina!.press(/Павел Орлов/);
      expect(irina!.lastText()).toMatch(/^📞 Позвоните: для человека, который заблокировал бота, есть место в группе\.\nПавел Орлов/);
      await irina!.text('/calls');
      await irina!.press(/Нина Белова/);
      expect(irina!.lastText()).toMatch(/^📞 Позвоните: для человека без Телеграма есть место в группе\.\nНина Белова/);
      expect(t.errors).toEqual([]);
    });
  });
});
