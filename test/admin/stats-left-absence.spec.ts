import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LessonModel } from '../../src/db/models/lesson.js';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { forgetCitizen } from '../../src/domain/citizens.js';
import { acceptOffer } from '../../src/domain/offers.js';
import { createTestBot, type TestBot, testOffers } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';
import { groupWithOffers } from '../classes/fixtures.js';

describe('stats-left-absence', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    await StaffMemberModel.create({ _id: 3511, displayName: 'Галина', centerIds: ['kemerovo-regional'], addedBy: 900 });
  });
  afterAll(() => done());

  /** /stats's no-show line, counted afresh (the stored snapshot serves 10 minutes: the clock moves past them). */
  const noShows = async (t: TestBot) => {
    t.clock.current = new Date(t.clock.now().getTime() + 11 * 60_000);
    const coordinator = t.user({ id: 900, first_name: 'Ольга', language_code: 'ru' });
    await coordinator.text('/stats');
    return /Пропуски занятий: [^\n]*/.exec(coordinator.lastText())?.[0];
  };

  describe('/stats counts an absence marked before the person left the group (walk30 W30-13)', () => {
    it('fix30f W30-13: marked absent at lesson 1, then gave up the seat and left: «не пришли 1 раз из 2», after a second save and a /forget too', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      for (const [i, id] of [3512, 3513].entries()) await addToWaitlist(id, { at: new Date(Date.UTC(2026, 9, i + 1)), name: `Участник ${id}` });
      await groupWithOffers(t.clock.now(), { capacity: 2, actorId: 3511 });
      for (const id of [3512, 3513]) await acceptOffer(id, String((await WaitlistEntryModel.findOne({ citizenId: id }).lean())!._id), t.clock.now());

      // Lesson 1 has begun: Галина marks 3512 present, 3513 absent.
      t.clock.current = new Date('2026-12-01T04:00:00Z');
      const galina = t.user({ id: 3511, first_name: 'Галина', language_code: 'ru' });
      const markLessonOne = async (tick: string[]) => {
        await galina.text('/attendance');
        await galina.press(/^Основы компьютерной грамотности: /);
        await galina.press(/^1\. 1 декабря, вторник, 10:00/);
        for (const label of tick) await galina.press(label);
        await galina.press('💾 Сохранить');
      };
      await markLessonOne(['Участник 3512']);
      expect(galina.lastText()).toContain('пришли — 1, не пришли — 1');
      expect(await noShows(t)).toBe('Пропуски занятий: 50% (не пришли 1 раз из 2 ожидаемых посещений)');

      // 3513 gives up her seat and leaves the line.
      const zina = t.user({ id: 3513, first_name: 'Зинаида', language_code: 'ru' });
      await zina.text('🔢 Моё место в очереди');
      await zina.press('Отказаться от места: Основы компьютерной грамотности');
      await zina.press('Освободить и выйти из очереди');
      expect(zina.lastText()).toBe('Место освобождено. Вы больше не в очереди на этот курс.');
      expect(await noShows(t)).toBe('Пропуски занятий: 50% (не пришли 1 раз из 2 ожидаемых посещений)');

      // The lesson saved again (her name no longer on it): her absence stays.
      await markLessonOne([]);
      expect(await noShows(t)).toBe('Пропуски занятий: 50% (не пришли 1 раз из 2 ожидаемых посещений)');

      // Forgotten: the absence still counts once, under no id of hers.
      await forgetCitizen(3513, t.clock.now(), testOffers());
      expect(await noShows(t)).toBe('Пропуски занятий: 50% (не пришли 1 раз из 2 ожидаемых посещений)');
      expect(await LessonModel.countDocuments({ $or: [{ missedIds: 3513 }, { attendedIds: 3513 }] })).toBe(0);
      expect(t.errors).toEqual([]);
    });
  });
});
