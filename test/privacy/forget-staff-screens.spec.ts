import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { ConversationStateModel } from '../../src/db/models/kv-entry.js';
import { ShownViewModel } from '../../src/db/models/shown-view.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { acceptOffer } from '../../src/domain/offers.js';
import { runRetentionJob } from '../../src/jobs/retention/index.js';
import { groupWithOffers } from '../classes/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { findPersonalData } from '../helpers/personal-data-scan.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('forget-staff-screens', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    await StaffMemberModel.create({ _id: 5301, displayName: 'Анна', centerIds: ['kemerovo-regional'], addedBy: 900 });
  });
  afterAll(() => done());

  /**
   * A roster or an attendance list open in a librarian's chat is a message only its menu knows (the outbox does not):
   * after /forget, no such message may still show the person's name.
   */
  describe("/forget reaches the staff screens that name the person", () => {
    it('a roster and an attendance list naming her are drawn again without her (fix34e); one that went back to the list of groups is left as it is', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      await addToWaitlist(5311, { at: new Date('2026-10-01T03:00:00Z'), name: 'Аграфена Забытова' });
      await addToWaitlist(5312, { at: new Date('2026-10-02T03:00:00Z'), name: 'Борис Остаётся' });
      await groupWithOffers(t.clock.now(), { capacity: 2, actorId: 5301 });
      for (const id of [5311, 5312]) await acceptOffer(id, String((await WaitlistEntryModel.findOne({ citizenId: id }).lean())!._id), t.clock.now());
      const anna = t.user({ id: 5301, first_name: 'Анна', language_code: 'ru' });

      // A roster, left open.
      await anna.text('/classes');
      await anna.press(/^1\. Основы/);
      const roster = anna.messages().at(-1)!;
      expect(roster.text).toContain('1. Аграфена Забытова');
      // A second roster that went back to the list of groups: it names nobody any more.
      await anna.text('/classes');
      await anna.press(/^1\. Основы/);
      await anna.press('Назад');
      const list = anna.messages().at(-1)!;
      expect(list.text).not.toContain('Аграфена');
      // Attendance ticks for the first lesson, once it has begun: the names are buttons.
      t.clock.current = new Date('2026-12-01T04:00:00Z');
      await anna.text('/attendance');
      await anna.press(/^Основы компьютерной грамотности: /);
      await anna.press(/^1\. 1 декабря/);
      await anna.press('Борис Остаётся');
      const marks = anna.messages().at(-1)!;
      expect(anna.buttonLabels(marks)).toContain('Аграфена Забытова');
      expect(await ShownViewModel.countDocuments({ citizenIds: 5311 })).toBe(2);

      const agrafena = t.user({ id: 5311, first_name: 'Аграфена', language_code: 'ru' });
      await agrafena.text('/forget');
      await agrafena.press('Да, удалить');
      await deliverAll(t);

      const byId = (id: number) => anna.messages().find((m) => m.message_id === id);
      // The roster is drawn again without her, not closed: nothing unsaved was on it (fix34e).
      expect(byId(roster.message_id)!.text).toContain('1. Борис Остаётся');
      expect(byId(roster.message_id)!.text).not.toContain('Список закрыт');
      // The attendance ticks are drawn again without her, Борис's unsaved tick kept (probe31 L3).
      expect(byId(marks.message_id)!.text).toBe(marks.text);
      expect(anna.buttonLabels(byId(marks.message_id))).toEqual(['Борис Остаётся — на занятии', '💾 Сохранить', 'Назад']);
      expect(byId(list.message_id)!.text).toBe(list.text);
      expect(anna.messages().filter((m) => /Аграфена|Забытова/.test(JSON.stringify(m)))).toEqual([]);
      expect(await findPersonalData({ telegramId: 5311, names: ['Аграфена', 'Забытова'] })).toEqual([]);

      // The roster opened again names the one who stays.
      await anna.text('/classes');
      await anna.press(/^1\. Основы/);
      expect(anna.lastText()).toContain('1. Борис Остаётся');
      expect(anna.lastText()).not.toContain('Аграфена');
      expect(t.errors).toEqual([]);
    });

    it("a librarian's own /forgetperson redraws her open attendance ticks without the person, the others' ticks kept (probe31 L3)", async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 5341, displayName: 'Вера', centerIds: ['belovo-central'], addedBy: 900 });
      await addToWaitlist(5351, { centerId: 'belovo-central', at: new Date('2026-10-01T03:00:00Z'), name: 'Таисия Удалённая', phone: '+79130005351' });
      await addToWaitlist(5352, { centerId: 'belovo-central', at: new Date('2026-10-02T03:00:00Z'), name: 'Зинаида Остаётся' });
      await groupWithOffers(t.clock.now(), { centerId: 'belovo-central', actorId: 5341 });
      for (const [i, id] of [5351, 5352].entries()) await acceptOffer(id, String((await WaitlistEntryModel.findOne({ citizenId: id }).lean())!._id), new Date(t.clock.now().getTime() + i * 60_000));
      const vera = t.user({ id: 5341, first_name: 'Вера', language_code: 'ru' });
      t.clock.current = new Date('2026-12-01T04:00:00Z');
      await vera.text('/attendance');
      await vera.press(/^Основы компьютерной грамотности: /);
      await vera.press(/^1\. 1 декабря/);
      await vera.press('Зинаида Остаётся');
      const marks = vera.messages().at(-1)!;

      await vera.text('/forgetperson');
      await vera.text('+7 913 000-53-51');
      await vera.press('🗑 Да, удалить');
      await deliverAll(t);
      expect(vera.messages().at(-2)!.text).toMatch(/^Данные удалены/);
      const redrawn = vera.messages().find((m) => m.message_id === marks.message_id)!;
      expect(redrawn.text).toBe(marks.text);
      expect(vera.buttonLabels(redrawn)).toEqual(['Зинаида Остаётся — на занятии', '💾 Сохранить', 'Назад']);
      await vera.press('💾 Сохранить');
      expect(vera.lastText()).toBe('Отмечено: пришли — 1, не пришли — 0.');
      expect(t.errors).toEqual([]);
    });

    it('the retention job: an open roster naming someone whose period ran out is drawn again without her, not closed (fix34e)', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 5381, displayName: 'Нина', centerIds: ['mariinsk-central'], addedBy: 900 });
      await addToWaitlist(5391, { centerId: 'mariinsk-central', at: new Date('2026-10-01T03:00:00Z'), name: 'Ульяна Давняя' });
      await addToWaitlist(5392, { centerId: 'mariinsk-central', at: new Date('2026-10-02T03:00:00Z'), name: 'Ярослава Остаётся' });
      await groupWithOffers(t.clock.now(), { centerId: 'mariinsk-central', capacity: 2, actorId: 5381 });
      for (const id of [5391, 5392]) await acceptOffer(id, String((await WaitlistEntryModel.findOne({ citizenId: id }).lean())!._id), t.clock.now());
      // Ульяна finished and has done nothing since, for longer than RETENTION_PERSONAL_DAYS (180).
      const longAgo = new Date(t.clock.now().getTime() - 200 * 24 * 3600_000);
      await WaitlistEntryModel.collection.updateMany({ citizenId: 5391 }, { $set: { status: 'completed', updatedAt: longAgo }, $unset: { activeKey: 1 } });
      await CitizenModel.collection.updateOne({ _id: 5391 as never }, { $set: { updatedAt: longAgo } });
      const nina = t.user({ id: 5381, first_name: 'Нина', language_code: 'ru' });
      await nina.text('/classes');
      await nina.press(/^1\. Основы/);
      const roster = nina.messages().at(-1)!;
      expect(roster.text).toContain('Ульяна Давняя');

      await runRetentionJob(t.deps);
      await deliverAll(t);
      const now = nina.messages().find((m) => m.message_id === roster.message_id)!;
      expect(now.text).toContain('Ярослава Остаётся');
      expect(now.text).not.toMatch(/Ульяна|Давняя|Список закрыт/);
      expect(t.errors).toEqual([]);
    });

    it("another librarian's /find card is closed when the person is forgotten, by /forgetperson or by their own /forget (task28 fixC)", async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create([5321, 5322].map((id) => ({ _id: id, displayName: `Сотрудник ${id}`, centerIds: ['kemerovo-regional'], addedBy: 900 })));
      await addToWaitlist(5331, { name: 'Евлампия Стёртова', phone: '+79130005331' });
      await addToWaitlist(5332, { name: 'Ефросинья Ушедшая', phone: '+79130005332' });
      const alla = t.user({ id: 5321, first_name: 'Алла', language_code: 'ru' });
      const vera = t.user({ id: 5322, first_name: 'Вера', language_code: 'ru' });
      // Alla looks the person up and leaves the card open (one found: the card at once, with name and phone).
      const cardOf = async (name: string) => {
        await alla.text('/find');
        await alla.text(name);
        const card = alla.messages().at(-1)!;
        expect(card.text).toMatch(new RegExp(`^${name} .*, \\+7 913 000-53-3\\d, `));
        return card;
      };
      const first = await cardOf('Евлампия');
      // Vera, at the same center, deletes her at the desk's request.
      await vera.text('/forgetperson');
      await vera.text('+7 913 000-53-31');
      await vera.press('🗑 Да, удалить');
      expect(vera.lastText()).toMatch(/^Данные удалены/);
      await deliverAll(t);
      const byId = (id: number) => t.telegram.messagesTo(5321).find((m) => m.message_id === id);
      const closed = 'Сообщение удалено: человек попросил удалить свои данные.';
      // Deleted at the desk's request: said so, not that she asked (probe31 L3).
      expect(byId(first.message_id)).toMatchObject({ text: 'Сообщение удалено: данные человека удалены.', reply_markup: undefined });
      // Vera's own message says what she did, not "closed".
      expect(vera.lastText()).toMatch(/^Данные удалены/);

      // The second person forgets herself while Alla's card of her is open.
      const second = await cardOf('Ефросинья');
      const efrosinya = t.user({ id: 5332, first_name: 'Ефросинья', language_code: 'ru' });
      await efrosinya.text('/forget');
      await efrosinya.press('Да, удалить');
      await deliverAll(t);
      expect(byId(second.message_id)).toMatchObject({ text: closed, reply_markup: undefined });
      const chats = [...t.telegram.messagesTo(5321), ...t.telegram.messagesTo(5322)].map((m) => JSON.stringify([m.text, m.reply_markup])); // as the chats read now
      expect(chats.filter((m) => /Евлампия|Стёртова|Ефросинья|Ушедшая|000-53-3|913000533/.test(m))).toEqual([]);
      // The tracking rows name nobody and are gone with the people.
      expect(await ShownViewModel.countDocuments({ citizenIds: { $in: [5331, 5332] } })).toBe(0);
      expect(t.errors).toEqual([]);
    });
    it("another librarian's open /find or /forgetperson ends with the deletion: no stored flow names the person (probe29 M2)", async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create([5361, 5362, 5363, 5364].map((id) => ({ _id: id, displayName: `Сотрудник ${id}`, centerIds: ['kemerovo-regional'], addedBy: 900 })));
      await addToWaitlist(5371, { name: 'Прокопий Сидорук', phone: '+79130005371' });
      await addToWaitlist(5372, { name: 'Феврония Заречная', phone: '+79130005372' });
      const alla = t.user({ id: 5361, first_name: 'Алла', language_code: 'ru' });
      const vera = t.user({ id: 5362, first_name: 'Вера', language_code: 'ru' });
      const galya = t.user({ id: 5363, first_name: 'Галя', language_code: 'ru' });
      const dasha = t.user({ id: 5364, first_name: 'Даша', language_code: 'ru' });
      const openOn = async (name: string) => {
        await alla.text('/find'); // the card, left open
        await alla.text(name);
        expect(alla.lastText()).toMatch(new RegExp(`^${name}`));
        await galya.text('/forgetperson'); // one match: its question, left open
        await galya.text(name);
        expect(galya.lastText()).toContain(name);
        expect(galya.buttonLabels()[0]).toBe('🗑 Да, удалить');
      };
      const scan = (id: number, names: string[], phone: string) => findPersonalData({ telegramId: id, names, phone });

      // Даша saw his card, then went on to another flow: it names nobody and goes on.
      await dasha.text('/find');
      await dasha.text('Прокопий');
      await dasha.text('/newclass');
      const dashaFlow = (await ConversationStateModel.findById('5364').lean())!.json;

      // He forgets himself while Alla's card and Galya's list of him are open.
      await openOn('Прокопий');
      const prokopiy = t.user({ id: 5371, first_name: 'Прокопий', language_code: 'ru' });
      await prokopiy.text('/forget');
      await prokopiy.press('Да, удалить');
      await deliverAll(t);
      expect(await scan(5371, ['Прокопий', 'Сидорук'], '+79130005371')).toEqual([]);
      expect((await ConversationStateModel.findById('5364').lean())?.json).toBe(dashaFlow);

      // Вера deletes her at the desk while Alla and Galya have her open.
      await openOn('Феврония');
      await vera.text('/forgetperson');
      await vera.text('+7 913 000-53-72');
      await vera.press('🗑 Да, удалить');
      expect(vera.lastText()).toMatch(/^Данные удалены/);
      await deliverAll(t);
      expect(await scan(5372, ['Феврония', 'Заречная'], '+79130005372')).toEqual([]);

      // Their screens say the card was closed; what they type next is no answer to it.
      for (const librarian of [alla, galya]) {
        expect(librarian.lastText()).toBe('Сообщение удалено: данные человека удалены.');
        await librarian.text('Феврония Заречная · …53-72');
        expect(librarian.lastText()).not.toBe('Пожалуйста, нажмите одну из кнопок под сообщением.');
      }
      expect(t.errors).toEqual([]);
    });
  });
});
