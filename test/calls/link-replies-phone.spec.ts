import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { registerWithoutTelegram } from '../../src/domain/desk-registration.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { paperPerson } from './fixtures.js';

describe('link-replies-phone', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  const YURGA = '+7 38451 4-62-71';
  const REGIONAL = '+7 3842 36-42-90';
  const SINCE = new Date('2026-10-01T03:00:00Z');
  const LINK_BUTTON = '📋 Меня уже записали в библиотеке';

  describe('link replies give the phone of the center the record found is at (probe25 L8)', () => {
    it('"Нет, это чужая запись" under a record at Yurga: Yurga\'s phone, in both languages', async () => {
      const t = createTestBot();
      await paperPerson(-(2 ** 49 + 401), { name: 'Зоя Крылова', phone: '+79231114401', joinedAt: SINCE, centerId: 'yurga-central' });
      const zoya = t.user({ id: 5401, first_name: 'Зоя', language_code: 'ru' });
      await zoya.text('/start');
      await zoya.press(LINK_BUTTON);
      await zoya.contact('79231114401');
      expect(zoya.lastText()).toContain('Центральная городская библиотека (Юрга)');
      await zoya.press('Нет, это чужая запись');
      expect(zoya.lastText()).toBe(`Хорошо, мы ничего не меняли. Если есть вопросы, позвоните: ${YURGA}.`);
      await paperPerson(-(2 ** 49 + 402), { name: 'Mary Smith', phone: '+79231114402', joinedAt: SINCE, centerId: 'yurga-central' });
      const mary = t.user({ id: 5402, first_name: 'Mary', language_code: 'en' });
      await mary.text('/start');
      await mary.press(/^📋 /);
      await mary.contact('79231114402');
      // English quotes buttons and courses one way, "…", as elsewhere (probe25 L8, by the way).
      expect(mary.textsSince(0).join('\n')).toContain('press "Send my number" at the bottom of the screen');
      expect(mary.lastText()).toContain('• On the list for "Basic computer literacy"');
      expect(mary.textsSince(0).join('\n')).not.toMatch(/[«»]/);
      await mary.press('No, not ours');
      expect(mary.lastText()).toBe(`All right, nothing was changed. If you have questions, please call: ${YURGA}.`);
      // A "No" sent before this change (no record on it) still answers, with the program's phone.
      await mary.pressData('link:no');
      expect(mary.lastText()).toBe(`All right, nothing was changed. If you have questions, please call: ${REGIONAL}.`);
      expect(t.errors).toEqual([]);
    });

    it('a shared phone: "Меня здесь нет", "Нет, это чужая запись" under a picked name, and a picked record gone from the list', async () => {
      const t = createTestBot();
      const PHONE = '+79231114411';
      await paperPerson(-(2 ** 49 + 411), { name: 'Иванова Мария', phone: PHONE, joinedAt: SINCE, centerId: 'yurga-central' });
      // Her husband registered at the desk with the same phone, at the same library.
      const [husband] = await registerWithoutTelegram(
        [{ name: 'Иванов Пётр', phone: PHONE, courseId: 'internet', centerId: 'yurga-central', timeOfDay: 'any', joinedAt: SINCE }],
        { actorId: 900, now: t.clock.now() },
      );
      const petr = (husband as { citizenId: number }).citizenId;
      const maria = t.user({ id: 5411, first_name: 'Мария', language_code: 'ru' });
      const share = async () => {
        await maria.text('/start');
        await maria.press(LINK_BUTTON);
        await maria.contact(PHONE);
        expect([...maria.buttonLabels()].sort()).toEqual(['Иванов П.', 'Иванова М.', 'Меня здесь нет']);
      };
      await share();
      await maria.press('Меня здесь нет');
      expect(maria.lastText()).toBe(`Хорошо, мы ничего не меняли. Если есть вопросы, позвоните: ${YURGA}.`);
      await share();
      await maria.press('Иванов П.');
      await maria.press('Нет, это чужая запись');
      expect(maria.lastText()).toBe(`Хорошо, мы ничего не меняли. Если есть вопросы, позвоните: ${YURGA}.`);
      // Пётр leaves the list (a librarian took him off) after the names were shown: the record's center still answers.
      await share();
      await WaitlistEntryModel.updateOne({ citizenId: petr }, { $set: { status: 'left', leftAt: t.clock.now() }, $unset: { activeKey: 1 } });
      await maria.press('Иванов П.');
      expect(maria.lastText()).toBe(`Эта запись уже подключена или удалена. Если есть вопросы, позвоните: ${YURGA}.`);
      expect(t.errors).toEqual([]);
    });
  });
});
