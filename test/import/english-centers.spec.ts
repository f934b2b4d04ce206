import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { StaffMemberModel } from '../../src/db/models/staff-member.js';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot, TestClock } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { utf8Csv } from './files.js';

describe('english-centers', () => {
  /**
   * Walk s18 #8: /import refused the centers' English names ("Gogol Library") as
   * unknown, and a reply that rejected every row ended with no next step.
   */
  const NOW = new Date('2026-11-30T05:00:00Z');
  const COORDINATOR = 900;
  const LIBRARIAN = 701;
  const HEADER_EN = ['Name', 'Phone', 'Course', 'Center', 'Date joined'];

  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
    await StaffMemberModel.create({ _id: LIBRARIAN, displayName: 'Anna', centerIds: ['kemerovo-gogol', 'yurga-central'], addedBy: COORDINATOR });
  });
  afterAll(() => done());

  const setup = () => createTestBot({ clock: new TestClock(NOW), env: { ADMIN_IDS: String(COORDINATOR) } });

  describe('/import with English center names', () => {
    it('takes the English name, the English town and the transliterated Russian name like the Russian ones', async () => {
      const t = setup();
      const olga = t.user({ id: COORDINATOR, first_name: 'Olga', language_code: 'en' });
      await olga.text('/import');
      await olga.document(
        utf8Csv([
          HEADER_EN,
          ['Maria Ivanova', '8 923 555-44-01', 'Basic computer literacy', 'Gogol Library', '01.11.2026'],
          ['Ivan Petrov', '8 923 555-44-02', 'Basic computer literacy', 'Kemerovo, Gogol Library', '02.11.2026'],
          ['Anna Sidorova', '8 923 555-44-03', 'Basic computer literacy', 'Yurga', '03.11.2026'],
          ['Petr Orlov', '8 923 555-44-04', 'Basic computer literacy', 'Biblioteka imeni N. V. Gogolia', '04.11.2026'],
        ]),
        'list.csv',
      );
      await olga.press('✓ Yes, everyone');
      // Every name is exact: no question, and nothing rejected as an unknown center.
      expect(olga.lastText()).toContain('To add: 4\n');
      expect(olga.lastText()).not.toMatch(/unknown center/i);
      await olga.press(/^✅ Write 4/);
      expect(await WaitlistEntryModel.countDocuments({ centerId: 'kemerovo-gogol' })).toBe(3);
      expect(await WaitlistEntryModel.countDocuments({ centerId: 'yurga-central' })).toBe(1);
      expect(t.errors).toEqual([]);
    });

    it('asks about an informal English name in English', async () => {
      const t = setup();
      const olga = t.user({ id: COORDINATOR, first_name: 'Olga', language_code: 'en' });
      await olga.text('/import');
      await olga.document(utf8Csv([HEADER_EN, ['Oleg Orlov', '8 923 555-44-21', 'Basic computer literacy', 'Gogol', '05.11.2026']]), 'gogol.csv');
      await olga.press('✓ Yes, everyone');
      expect(olga.lastText()).toBe('Is the center "Gogol" Gogol Library, Kemerovo? It is 1 row.');
      await olga.press(/^✅ Yes/);
      expect(olga.lastText()).toContain('To add: 1\n');
    });

    it('a list of which nothing can be added ends with what to do next and the centers the bot knows', async () => {
      const t = setup();
      const anna = t.user({ id: LIBRARIAN, first_name: 'Anna', language_code: 'en' });
      await anna.text('/import');
      await anna.document(utf8Csv([HEADER_EN, ['Maria Ivanova', '8 923 555-44-11', 'Basic computer literacy', 'Nowhere Library', '01.11.2026']]), 'bad.csv');
      await anna.press('✓ Yes, everyone');
      // A name the bot does not know is asked about, her centers as buttons (walk30 W30-01); skipped, nothing is added.
      expect(anna.lastText()).toBe('Which center is "Nowhere Library"? This is 1 row.');
      expect(anna.buttonLabels().slice(0, 2)).toEqual(['Kemerovo, Gogol Library', 'Yurga, Central City Library']);
      await anna.press(/^❌ No, skip/);
      expect(anna.lastText()).toMatch(
        /Nothing to add; the list is unchanged\.\nThe bot knows these centers: Kemerovo, Gogol Library; Yurga\. Fix the center's name in the file and send it again: \/import$/,
      );

      const ru = t.user({ id: COORDINATOR, first_name: 'Ольга', language_code: 'ru' });
      await ru.text('/import');
      await ru.document(utf8Csv([HEADER_EN, ['Мария', '12-34', 'Основы компьютерной грамотности', 'Юрга', '01.11.2026']]), 'bad-phone.csv');
      await ru.press('✓ Да, у всех');
      // Not a center problem: no list of centers, but a next step still.
      expect(ru.lastText()).toMatch(/Добавлять нечего, в очереди ничего не изменилось\.\nИсправьте файл и отправьте его снова: \/import$/);
    });
  });
});
