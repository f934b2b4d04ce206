import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CitizenModel } from '../../src/db/models/citizen.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createGroup } from '../../src/domain/classes.js';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { paperPerson } from '../calls/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('put-in-blocked', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const NOW = new Date('2026-12-01T12:35:00Z');

  /** Probe s23 M8: putting in someone who blocked the bot does not promise a message nobody gets. */
  describe('put-in of a person who blocked the bot', () => {
    it('the confirmation and the answer say to phone them, with their number', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create({ _id: 5921, displayName: 'Анна', centerIds: ['belovo-central'], addedBy: 900 });
      await addToWaitlist(5931, { at: new Date('2026-10-01T03:00:00Z'), phone: '+79135550031', centerId: 'belovo-central' });
      await CitizenModel.updateOne({ _id: 5931 }, { $set: { reachable: false, unreachableSince: NOW } });
      await createGroup(5921, { courseId: 'basics', centerId: 'belovo-central', room: 'Зал', capacity: 2, lessonStarts: [new Date('2026-12-01T12:55:00Z'), new Date('2026-12-03T12:55:00Z')], durationMinutes: 90 }, NOW);
      const anna = t.user({ id: 5921, first_name: 'Анна', language_code: 'ru' });
      await anna.text('/classes');
      await anna.press(/^1\. Основы/);
      await anna.press('➕ Записать человека');
      await anna.press(/Участник 5931/);
      const confirm = anna.lastText();
      expect(confirm).not.toContain('Бот сразу напишет');
      expect(confirm).toContain('Бот не может написать этому человеку: он заблокировал бота. Позвоните ему: +7 913 555-00-31');
      await anna.press('✓ Записать');
      const answer = t.telegram.callsOf('answerCallbackQuery').at(-1)?.payload as { text?: string } | undefined;
      expect(answer?.text).toContain('Записали в группу');
      expect(answer?.text).toContain('Позвоните ему: +7 913 555-00-31');
      expect((await WaitlistEntryModel.findOne({ citizenId: 5931 }).lean())?.status).toBe('enrolled');
      expect(t.errors).toEqual([]);
    });

    it('a call for the center\'s librarians is left: for someone who blocked the bot and for someone without Telegram', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create([
        { _id: 5941, displayName: 'Вера', centerIds: ['prokopyevsk-central'], addedBy: 900 },
        { _id: 5942, displayName: 'Нина', centerIds: ['prokopyevsk-central'], addedBy: 900 },
      ]);
      await addToWaitlist(5951, { at: new Date('2026-10-01T03:00:00Z'), phone: '+79135550051', centerId: 'prokopyevsk-central' });
      await CitizenModel.updateOne({ _id: 5951 }, { $set: { reachable: false, unreachableSince: NOW } });
      await paperPerson(-(2 ** 49 + 5952), { name: 'Бумажная Зоя', phone: '+79135550052', joinedAt: new Date('2026-10-02T03:00:00Z'), centerId: 'prokopyevsk-central' });
      await addToWaitlist(5953, { at: new Date('2026-10-03T03:00:00Z'), centerId: 'prokopyevsk-central' });
      await CitizenModel.updateOne({ _id: 5953 }, { $set: { reachable: false, unreachableSince: NOW } });
      await createGroup(5941, { courseId: 'basics', centerId: 'prokopyevsk-central', room: 'Зал', capacity: 3, lessonStarts: [new Date('2026-12-01T12:55:00Z'), new Date('2026-12-03T12:55:00Z')], durationMinutes: 90 }, NOW);
      const vera = t.user({ id: 5941, first_name: 'Вера', language_code: 'ru' });
      // The third one blocked the bot and left no phone: nothing to call (the confirmation says to tell them in person).
      for (const person of [/Участник 5951/, /Бумажная Зоя/, /Участник 5953/]) {
        await vera.text('/classes');
        await vera.press(/^1\. Основы/);
        await vera.press('➕ Записать человека');
        await vera.press(person);
        await vera.press('✓ Записать');
      }
      await deliverAll(t);
      const nina = t.user({ id: 5942, first_name: 'Нина', language_code: 'ru' });
      // One list for the group, one digest for both (probe25 L11).
      const digests = nina.messages().filter((m) => (m.text ?? '').startsWith('📞 Позвоните: в группу «Основы компьютерной грамотности»'));
      expect(digests).toHaveLength(1);
      expect(digests[0]!.text).toContain('записали тех, кому бот не может написать. Скажите им, где и когда первое занятие');
      await nina.press('📋 Открыть список');
      expect(nina.lastText()).toContain('Записаны в группу «Основы компьютерной грамотности», бот не может им написать. Позвоните (0 из 2):');
      expect(nina.lastText()).toContain('Бумажная Зоя, +7 913 555-00-52');
      await nina.press(/Бумажная Зоя/);
      expect(nina.lastText()).toContain('(1 из 2)');
      expect(await CallTaskModel.countDocuments({ kind: 'change', topic: 'putin', centerId: 'prokopyevsk-central' })).toBe(2);
      expect(t.errors).toEqual([]);
    });

    it('probe25 L11: five put-ins are one digest, to the other librarian only; a new one once the list is done', async () => {
      const t = createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: '900' } });
      await StaffMemberModel.create([
        { _id: 5961, displayName: 'Вера', centerIds: ['mariinsk-central'], addedBy: 900 },
        { _id: 5962, displayName: 'Нина', centerIds: ['mariinsk-central'], addedBy: 900 },
      ]);
      for (let i = 1; i <= 6; i++) {
        await paperPerson(-(2 ** 49 + 5970 + i), { name: `Бумажный ${i}`, phone: `+7913555007${i}`, joinedAt: new Date(Date.UTC(2026, 9, i, 3)), centerId: 'mariinsk-central' });
      }
      await createGroup(5961, { courseId: 'basics', centerId: 'mariinsk-central', room: 'Зал', capacity: 8, lessonStarts: [new Date('2026-12-01T12:55:00Z'), new Date('2026-12-03T12:55:00Z')], durationMinutes: 90 }, NOW);
      const vera = t.user({ id: 5961, first_name: 'Вера', language_code: 'ru' });
      const putIn = async (i: number) => {
        await vera.text('/classes');
        await vera.press(/^1\. Основы/);
        await vera.press('➕ Записать человека');
        await vera.press(new RegExp(`Бумажный ${i}$`));
        await vera.press('✓ Записать');
      };
      for (let i = 1; i <= 5; i++) await putIn(i);
      await deliverAll(t);
      const nina = t.user({ id: 5962, first_name: 'Нина', language_code: 'ru' });
      const digestsOf = (u: typeof nina) => u.messages().filter((m) => (m.text ?? '').startsWith('📞 Позвоните: в группу'));
      expect(digestsOf(nina)).toHaveLength(1);
      expect(digestsOf(vera)).toHaveLength(0);
      await nina.press('📋 Открыть список');
      expect(nina.lastText()).toContain('(0 из 5)');
      // Three a page: the first lesson's line above the list and the ticks' «— позвонили (Нина, 19:35)» take words (walk28 W28-10, W28-11, walk31 W31-04).
      for (let i = 1; i <= 3; i++) await nina.press(new RegExp(`Бумажный ${i}`));
      await nina.press('Следующие ▶️');
      for (const i of [4, 5]) await nina.press(new RegExp(`Бумажный ${i}`));
      expect(nina.lastText()).toContain('(5 из 5)');
      // Every call made: the next put-in is news again.
      await putIn(6);
      await deliverAll(t);
      expect(digestsOf(nina)).toHaveLength(2);
      expect(digestsOf(vera)).toHaveLength(0);
      expect(t.errors).toEqual([]);
    });
  });
});
