import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Message } from 'grammy/types';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { seedSampleData } from '../../src/db/seed.js';
import { changeCallNotices } from '../../src/domain/call-digests.js';
import { createGroup } from '../../src/domain/classes.js';
import { paperPerson } from './fixtures.js';
import { groupWithOffers, joinDay } from '../classes/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { acceptOffer } from '../../src/domain/offers.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import type { TestUser } from '../helpers/test-user.js';

describe('calls-redrawn', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const NOW = new Date('2026-12-01T12:35:00Z');

  /** The chat's message with this id as it reads now (edits applied). */
  const messageOf = (user: TestUser, id: number): Message => user.messages().find((m) => m.message_id === id)!;
  const buttonsOf = (user: TestUser, id: number) => (messageOf(user, id).reply_markup?.inline_keyboard ?? []).flat().map((b) => b.text);

  /** Task29 fixC: an open /calls screen stayed as it was when a call list was made for its center, or lost a line to /forget. */
  describe('/calls is redrawn when a call list is made or loses a line (task29 fixC)', () => {
    it('a put-in made by a colleague adds its list to the open /calls screens of the center, not to another center\'s', async () => {
      const center = 'yurga-central';
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create([
        { _id: 2901, displayName: 'Вера', centerIds: [center], addedBy: 900 },
        { _id: 2902, displayName: 'Нина', centerIds: [center], addedBy: 900 },
        { _id: 2903, displayName: 'Тая', centerIds: ['anzhero-central'], addedBy: 900 },
      ]);
      await paperPerson(-(2 ** 49 + 2911), { name: 'Бумажная Ия', phone: '+79135552911', joinedAt: new Date('2026-10-01T03:00:00Z'), courseId: 'internet', centerId: center });
      await createGroup(2901, { courseId: 'internet', centerId: center, room: 'Зал', capacity: 4, lessonStarts: [new Date('2026-12-02T10:00:00Z'), new Date('2026-12-04T10:00:00Z')], durationMinutes: 90 }, NOW);
      const nina = t.user({ id: 2902, first_name: 'Нина', language_code: 'ru' });
      const taya = t.user({ id: 2903, first_name: 'Тая', language_code: 'ru' });
      await nina.text('/calls');
      const screen = nina.messages().at(-1)!.message_id;
      expect(messageOf(nina, screen).text).not.toContain('Записаны в группы');
      await taya.text('/calls');
      const other = taya.messages().at(-1)!;

      const vera = t.user({ id: 2901, first_name: 'Вера', language_code: 'ru' });
      await vera.text('/classes');
      await vera.press(/^1\. Интернет/);
      await vera.press('➕ Записать человека');
      await vera.press(/Бумажная Ия/);
      await vera.press('✓ Записать');

      expect(messageOf(nina, screen).text).toContain('Записаны в группы, бот не может им написать. Позвонить: 1 человеку.');
      expect(buttonsOf(nina, screen).some((b) => /^📋 Интернет, Юрга, .*: позвонили 0 из 1$/.test(b))).toBe(true);
      expect(messageOf(taya, other.message_id)).toEqual(other);
      expect(t.errors).toEqual([]);
    });

    it('/forgetperson of someone on a list takes the line off the open /calls screens of the center', async () => {
      const center = 'belovo-central';
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create([
        { _id: 2921, displayName: 'Мира', centerIds: [center], addedBy: 900 },
        { _id: 2922, displayName: 'Ruth', centerIds: [center], addedBy: 900, language: 'en' },
      ]);
      const ids = [-(2 ** 49 + 2931), -(2 ** 49 + 2932)];
      await paperPerson(ids[0]!, { name: 'Бумажная Ада', phone: '+79135552931', joinedAt: new Date('2026-10-01T03:00:00Z'), courseId: 'internet', centerId: center });
      await paperPerson(ids[1]!, { name: 'Бумажный Ян', phone: '+79135552932', joinedAt: new Date('2026-10-02T03:00:00Z'), courseId: 'internet', centerId: center });
      const groupId = await createGroup(900, { courseId: 'gosuslugi', centerId: center, room: 'Зал', capacity: 4, lessonStarts: [new Date('2026-12-03T10:00:00Z')], durationMinutes: 90 }, NOW);
      await changeCallNotices({ id: (2930).toString(16).padStart(24, '0'), kind: 'move-lesson', groupId, centerId: center, actorId: 900, now: NOW }, ids, async () => ({}));
      const mira = t.user({ id: 2921, first_name: 'Мира', language_code: 'ru' });
      const ruth = t.user({ id: 2922, first_name: 'Ruth', language_code: 'en' });
      await ruth.text('/calls');
      const theirs = ruth.messages().at(-1)!.message_id;
      await mira.text('/calls');
      const mine = mira.messages().at(-1)!.message_id;
      expect(buttonsOf(mira, mine)).toContain('📋 Расписание: Госуслуги, Белово, Центральная городская библиотека: позвонили 0 из 2');

      await mira.text('/forgetperson');
      await mira.text('+79135552932');
      await mira.press('🗑 Да, удалить');
      expect(mira.messages().some((m) => m.text?.startsWith('Данные удалены'))).toBe(true);

      expect(buttonsOf(mira, mine)).toContain('📋 Расписание: Госуслуги, Белово, Центральная городская библиотека: позвонили 0 из 1');
      expect(messageOf(mira, mine).text).toContain('Изменилось расписание групп. Позвонить: 1 человеку.');
      expect(buttonsOf(ruth, theirs)).toContain('📋 Schedule: Public services, Belovo, Central City Library: called 0 of 1');
      expect(t.errors).toEqual([]);
    });

    it('a seat passed by phone to someone without Telegram (the one before said «Не смогу») shows on the center\'s open /calls', async () => {
      const center = 'berezovsky-central';
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 2961, displayName: 'Ида', centerIds: [center], addedBy: 900 });
      await addToWaitlist(2962, { centerId: center, courseId: 'basics', at: joinDay(1) });
      await paperPerson(-(2 ** 49 + 2963), { name: 'Бумажный Ефим', phone: '+79135552963', joinedAt: joinDay(2), courseId: 'basics', centerId: center });
      await groupWithOffers(t.clock.now(), { capacity: 1, centerId: center });
      await deliverAll(t);
      const ida = t.user({ id: 2961, first_name: 'Ида', language_code: 'ru' });
      await ida.text('/calls');
      const screen = ida.messages().at(-1)!.message_id;
      expect(messageOf(ida, screen).text).toContain('Предложений мест, на которые ждут ответа, нет.');

      const citizen = t.user({ id: 2962, first_name: 'Анна', language_code: 'ru' });
      await citizen.press('Не смогу');
      expect(messageOf(ida, screen).text).toContain('Ждут ответа: 1 предложение места.');
      expect(buttonsOf(ida, screen)).toContain('Ответить: Бумажный Ефим');
      expect(t.errors).toEqual([]);
    });

    it('a colleague putting in the walk-in she registered, offered a seat by phone, takes the offer off the open /calls', async () => {
      const center = 'mariinsk-central';
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-25T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create([2971, 2972].map((id) => ({ _id: id, displayName: `Сотрудник ${id}`, centerIds: [center], addedBy: 900 })));
      // Registered by Оля at her desk ten minutes ago: putting her in leaves no call (Оля tells her herself).
      await paperPerson(-(2 ** 49 + 2973), { name: 'Бумажная Зоя', phone: '+79135552973', joinedAt: new Date('2026-11-25T02:50:00Z'), courseId: 'basics', centerId: center, recordedBy: 2972 });
      await groupWithOffers(t.clock.now(), { capacity: 1, centerId: center });
      const ida = t.user({ id: 2971, first_name: 'Ида', language_code: 'ru' });
      await ida.text('/calls');
      const screen = ida.messages().at(-1)!.message_id;
      expect(messageOf(ida, screen).text).toContain('Ждут ответа: 1 предложение места.');

      const ola = t.user({ id: 2972, first_name: 'Оля', language_code: 'ru' });
      await ola.text('/classes');
      await ola.press(/^1\. Основы/);
      await ola.press('➕ Записать человека');
      await ola.press(/Бумажная Зоя/);
      await ola.press('✓ Записать');
      expect(messageOf(ida, screen).text).toContain('Предложений мест, на которые ждут ответа, нет.');
      expect(messageOf(ida, screen).text).not.toContain('Записаны в группы');
      expect(buttonsOf(ida, screen)).not.toContain('Ответить: Бумажная Зоя');
      expect(t.errors).toEqual([]);
    });

    it('/forgetperson of someone in a group takes her call before tomorrow\'s lesson off the open /calls', async () => {
      const center = 'novokuznetsk-central';
      const t = createTestBot({ clock: new TestClock(new Date('2026-11-30T03:00:00Z')), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 2981, displayName: 'Ида', centerIds: [center], addedBy: 900 });
      const person = -(2 ** 49 + 2982);
      const entry = await paperPerson(person, { name: 'Бумажная Фая', phone: '+79135552982', joinedAt: joinDay(1), courseId: 'basics', centerId: center });
      await groupWithOffers(t.clock.now(), { capacity: 1, centerId: center });
      expect((await acceptOffer(person, entry, t.clock.now())).ok).toBe(true);
      expect((await WaitlistEntryModel.findById(entry).lean())!.status).toBe('enrolled');
      const ida = t.user({ id: 2981, first_name: 'Ида', language_code: 'ru' });
      await ida.text('/calls');
      const screen = ida.messages().at(-1)!.message_id;
      expect(buttonsOf(ida, screen)).toContain('Завтра (1 декабря): 0 из 1');

      await ida.text('/forgetperson');
      await ida.text('+79135552982');
      await ida.press('🗑 Да, удалить');
      expect(buttonsOf(ida, screen)).toEqual([]);
      expect(messageOf(ida, screen).text).toContain('Завтра (1 декабря) звонков перед занятиями нет.');
      expect(t.errors).toEqual([]);
    });
  });
});
