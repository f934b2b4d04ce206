import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedSampleData } from '../../src/db/seed.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';

describe('english-reader', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  // Walk s22 W22-19: the bot spoke English to a foreign student, who would have come to a Russian-language class.
  describe('an English reader', () => {
    it('is told on the welcome and in help that the classes are taught in Russian, also when asking in words', async () => {
      const t = createTestBot();
      const john = t.user({ id: 3601, first_name: 'John', language_code: 'en' });
      await john.text('/start');
      expect(john.textsSince(0).join('\n')).toContain('The classes are taught in Russian.');
      const before = john.messages().length;
      await john.text('is the class in English?');
      expect(john.textsSince(before).join('\n')).toContain('Classes are in Russian.');
      expect(t.errors).toEqual([]);
    });

    it('"Basics" typed for the course is "Basic computer literacy" (walk s22 W22-02)', async () => {
      const t = createTestBot();
      const john = t.user({ id: 3602, first_name: 'John', language_code: 'en' });
      await john.text('/start');
      await john.text('join');
      expect(john.lastText()).toMatch(/Choose a course/);
      await john.text('Basics');
      expect(john.lastText()).toMatch(/^Step 2 of 5\./);
      expect(t.errors).toEqual([]);
    });
  });
});
