import { describe, expect, it } from '@jest/globals';
import { wordsOf } from '../../src/domain/text.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { partnerWithLink } from './fixtures.js';

describe('referred-privacy-note', () => {
  useSampleDataPerTest();

  describe('the join summary of a referred person names all the organization sees (walk s21 W21-24)', () => {
    it('name, course, place in line, a seat offered, the group and attendance, in both languages', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const { code } = await partnerWithLink({ name: 'Больница № 6' });
      for (const [id, language_code, course, time, agree, skip] of [
        [6071, 'ru', 'Основы компьютерной грамотности', 'Не важно', '✓ Даю согласие', 'Пропустить'],
        [6072, 'en', 'Basic computer literacy', 'Any time', '✓ I agree', 'Skip'],
      ] as const) {
        const person = t.user({ id, first_name: 'Tom', language_code });
        await person.text(`/start ${code}`);
        await person.press(course);
        await person.press(time);
        await person.press(agree);
        await person.tap(skip);
        const summary = person.lastText();
        if (language_code === 'ru') {
          expect(summary).toContain('Вас направила организация: Больница № 6. Она будет видеть ваше имя, курс, место в очереди, предложенное вам место, вашу группу и посещение занятий.');
        } else {
          expect(summary).toContain('Referred by: Bolnitsa № 6. They will see your name, course, place in line, any seat offered to you, your group and your attendance.');
          expect(summary).not.toMatch(/[а-яё]/i);
        }
        expect(wordsOf(summary)).toBeLessThanOrEqual(60);
      }
      expect(t.errors).toEqual([]);
    });
  });
});
