import { describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../src/db/models/audit-entry.js';
import { CallTaskModel } from '../../src/db/models/call-task.js';
import { CourseModel } from '../../src/db/models/course.js';
import { invalidateCatalog } from '../../src/domain/catalog.js';
import { runOffersJob } from '../../src/jobs/classes/index.js';
import { librarian, paperPerson } from '../calls/fixtures.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot, TestClock, type TestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

describe('course-stop-cut', () => {
  useSampleDataPerTest();

  const COORDINATOR = 955;
  const NOW = new Date('2026-12-01T05:00:00Z');
  const MINUTE = 60_000;
  const bot = () => {
    invalidateCatalog(); // the database was emptied and seeded again for this test
    return createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });
  };
  const alert = (t: TestBot) => t.telegram.callsOf('answerCallbackQuery').at(-1)!.payload as { text?: string };
  /** What a kill right after the stop's (or start's) first write leaves: the course flipped, nobody told yet. */
  const cutOffAfterFlip = (active: boolean, at: Date) =>
    CourseModel.updateOne({ _id: 'internet' }, { $set: { active, stateChange: { active, at, by: COORDINATOR } } });
  const PAUSED = /^Курс «Интернет и электронная почта» пока не набирает новые группы/;
  const BACK = /^Курс «Интернет и электронная почта» снова набирает группы/;

  /** Probe s23 M1: a kill in the middle of "⏸ Stop offering" / "▶ Offer again" left the people waiting untold for good. */
  describe('a course stop or start cut off by a restart', () => {
    it('the stale "⏸ Да, перестать предлагать" pressed again finishes the stop: the people waiting are told, not "unchanged"', async () => {
      const t = bot();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await addToWaitlist(9561, { courseId: 'internet' });
      await olga.text('/courses');
      await olga.press('Интернет и электронная почта');
      await olga.press('⏸ Перестать предлагать');
      await cutOffAfterFlip(false, NOW);
      t.clock.advance(MINUTE / 2); // the restart
      await olga.press('⏸ Да, срок пока не знаю');
      expect(alert(t).text).toBe('Курс больше не предлагается. Сообщили людям в очереди: 1.');
      await deliverAll(t);
      const waiting = t.user({ id: 9561, first_name: 'U', language_code: 'ru' });
      expect(waiting.lastText()).toMatch(PAUSED);
      expect((await CourseModel.findById('internet').lean())?.stateChange).toBeUndefined();
      expect(await AuditEntryModel.countDocuments({ action: 'course.stop', target: 'course:internet' })).toBe(1);
      // The offers job finds nothing more to do: nobody is told twice.
      t.clock.advance(10 * MINUTE);
      await runOffersJob(t.deps);
      await deliverAll(t);
      expect(waiting.messages().filter((m) => PAUSED.test(m.text ?? ''))).toHaveLength(1);
      expect(t.errors).toEqual([]);
    });

    it('nobody presses again: the offers job a minute later tells the people and opens the calls, once', async () => {
      const t = bot();
      await addToWaitlist(9571, { courseId: 'internet' });
      await librarian(9572, 'Нина', ['belovo-central']);
      await paperPerson(-(2 ** 49 + 9573), { name: 'Звонкова', phone: '+79135559573', joinedAt: new Date('2026-10-01T03:00:00Z'), courseId: 'internet', centerId: 'belovo-central' });
      await cutOffAfterFlip(false, NOW);
      await runOffersJob(t.deps); // at once: the stop may still be running; left to itself
      await deliverAll(t);
      const waiting = t.user({ id: 9571, first_name: 'U', language_code: 'ru' });
      expect(waiting.messages()).toHaveLength(0);
      t.clock.advance(2 * MINUTE);
      await runOffersJob(t.deps);
      await runOffersJob(t.deps);
      await deliverAll(t);
      expect(waiting.messages().map((m) => m.text)).toEqual([expect.stringMatching(PAUSED)]);
      const nina = t.user({ id: 9572, first_name: 'Нина', language_code: 'ru' });
      expect(nina.messages().map((m) => m.text)).toEqual([expect.stringContaining('📞 Позвоните 1 человеку без Телеграма: курс «Интернет и электронная почта» пока не набирает')]);
      expect(await AuditEntryModel.countDocuments({ action: 'course.stop', target: 'course:internet' })).toBe(1);
      expect(t.errors).toEqual([]);
    });

    it('"▶ Снова предлагать" cut off: the offers job a minute later tells those who heard of the pause that the course is back', async () => {
      const t = bot();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await addToWaitlist(9581, { courseId: 'internet' });
      await olga.text('/courses');
      await olga.press('Интернет и электронная почта');
      await olga.press('⏸ Перестать предлагать');
      await olga.press('⏸ Да, срок пока не знаю');
      await deliverAll(t);
      t.clock.advance(60 * MINUTE);
      await cutOffAfterFlip(true, t.clock.now());
      // Her card, drawn before the kill, is out of date now: the press changes nothing and says so.
      await olga.press('▶ Снова предлагать');
      expect(alert(t).text).toBe('Эта кнопка уже не действует.');
      t.clock.advance(2 * MINUTE);
      await runOffersJob(t.deps);
      await deliverAll(t);
      const waiting = t.user({ id: 9581, first_name: 'U', language_code: 'ru' });
      expect(waiting.messages().map((m) => m.text)).toEqual([expect.stringMatching(PAUSED), expect.stringMatching(BACK)]);
      expect((await CourseModel.findById('internet').lean())?.stateChange).toBeUndefined();
      expect(await AuditEntryModel.countDocuments({ action: 'course.start', target: 'course:internet' })).toBe(1);
      expect(t.errors).toEqual([]);
    });

    it('"▶ Снова предлагать" cut off with people phoned of the pause: the offers job phones them the good news', async () => {
      const t = bot();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await librarian(9592, 'Нина', ['belovo-central']);
      await paperPerson(-(2 ** 49 + 9593), { name: 'Зинаида Звонкова', phone: '+79135559593', joinedAt: new Date('2026-10-01T03:00:00Z'), courseId: 'internet', centerId: 'belovo-central' });
      await olga.text('/courses');
      await olga.press('Интернет и электронная почта');
      await olga.press('⏸ Перестать предлагать');
      await olga.press('⏸ Да, срок пока не знаю');
      await deliverAll(t);
      const nina = t.user({ id: 9592, first_name: 'Нина', language_code: 'ru' });
      await nina.press('📋 Открыть список');
      await nina.press(/Зинаида Звонкова/);
      t.clock.advance(60 * MINUTE);
      await cutOffAfterFlip(true, t.clock.now());
      t.clock.advance(2 * MINUTE);
      await runOffersJob(t.deps);
      await runOffersJob(t.deps);
      await deliverAll(t);
      expect(nina.messages().filter((m) => (m.text ?? '').startsWith('📞 Позвоните 1 человеку без Телеграма: курс «Интернет и электронная почта» снова набирает группы'))).toHaveLength(1);
      expect(await CallTaskModel.countDocuments({ topic: 'course-pause', courseId: 'internet' })).toBe(0);
      expect(await CallTaskModel.countDocuments({ topic: 'course-resume', courseId: 'internet' })).toBe(1);
      expect(t.errors).toEqual([]);
    });
  });

  /** Probe s23 L1: stop → start → stop → start at once: "it is back" only to those who heard the latest pause. */
  describe('a second start right after a second stop', () => {
    it('says nothing to people whose second pause notice was withdrawn unsent', async () => {
      const t = bot();
      const olga = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await addToWaitlist(9591, { courseId: 'internet' });
      const waiting = t.user({ id: 9591, first_name: 'U', language_code: 'ru' });
      await olga.text('/courses');
      await olga.press('Интернет и электронная почта');
      await olga.press('⏸ Перестать предлагать');
      await olga.press('⏸ Да, срок пока не знаю');
      await deliverAll(t);
      t.clock.advance(24 * 60 * MINUTE);
      await olga.press('▶ Снова предлагать');
      await deliverAll(t);
      expect(waiting.messages().map((m) => m.text)).toEqual([expect.stringMatching(PAUSED), expect.stringMatching(BACK)]);
      // Stopped by mistake and offered again a minute later, before the pause notice went out.
      t.clock.advance(MINUTE);
      await olga.press('⏸ Перестать предлагать');
      await olga.press('⏸ Да, срок пока не знаю');
      t.clock.advance(MINUTE);
      await olga.press('▶ Снова предлагать');
      expect(alert(t).text).toBe('Курс снова предлагается. Сообщили тем, кому писали о паузе: 0.');
      await deliverAll(t);
      expect(waiting.messages().map((m) => m.text)).toEqual([expect.stringMatching(PAUSED), expect.stringMatching(BACK)]);
      expect(t.errors).toEqual([]);
    });
  });
});
