import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { seedSampleData } from '../../src/db/seed.js';
import { createGroup } from '../../src/domain/classes.js';
import { wordsOf } from '../../src/domain/text.js';
import { PartnerRepresentativeModel } from '../../src/db/models/partner-representative.js';
import { deliverAll } from '../helpers/outbox.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useTestDatabase } from '../helpers/test-db.js';
import { partnerWithLink } from './fixtures.js';

describe('add-seat-offered', () => {
  let done: () => Promise<void>;
  beforeAll(async () => {
    done = await useTestDatabase();
    await seedSampleData();
  });
  afterAll(() => done());

  describe('a representative\'s /add when a library group has a free seat (walk s21 W21-22)', () => {
    it('is told a seat is waiting, where, until when, and the library\'s phone, not "when the turn comes"', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const { id } = await partnerWithLink({ name: 'Больница № 3', kind: 'hospital', centerIds: ['kemerovo-gogol'] }, 7461);
      await createGroup(900, {
        courseId: 'safe-internet', centerId: 'kemerovo-gogol', room: 'Зал 2', capacity: 3, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-01T03:00:00Z'), new Date('2026-12-03T03:00:00Z')],
      }, t.clock.now());
      const rep = t.user({ id: 7461, first_name: 'Ольга', language_code: 'ru' });
      await rep.text('/add');
      await rep.press('✓ Да, бланк подписан');
      await rep.text('Орлова Мария Петровна');
      await rep.text('8 923 555-77-01');
      await rep.press('Безопасный интернет');
      await rep.press('Не важно');
      await rep.press('✓ Записать в очередь');
      const entry = (await WaitlistEntryModel.findOne({ partnerId: id }).lean())!;
      expect(entry.status).toBe('offered');
      const said = rep.lastText();
      expect(said).toMatch(/^Очередь уже подошла: для этого человека есть место в группе\. Библиотека имени Н\. В\. Гоголя, Кемерово, проспект Ленина, 5, Зал 2\./);
      expect(said).toContain('1 декабря, вторник, 10:00');
      expect(said).toContain('Место держим до 26 ноября, четверг, 10:00.');
      expect(said).toContain('позвонить в библиотеку сам: +7 3842 58-41-22.');
      expect(wordsOf(said)).toBeLessThanOrEqual(60);
      expect(t.errors).toEqual([]);
    });

    it('walk40 L2: the representative who registered the person is not told the seat again by a notice; a colleague is', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      const { id } = await partnerWithLink({ name: 'Больница № 5', kind: 'hospital', centerIds: ['kemerovo-gogol'] }, 7463);
      await PartnerRepresentativeModel.create({ _id: 7464, partnerId: id, addedBy: 900, addedAt: t.clock.now(), displayName: 'Представитель 7464' });
      await createGroup(900, {
        courseId: 'safe-internet', centerId: 'kemerovo-gogol', room: 'Зал 3', capacity: 3, durationMinutes: 90,
        lessonStarts: [new Date('2026-12-01T03:00:00Z'), new Date('2026-12-03T03:00:00Z')],
      }, t.clock.now());
      const rep = t.user({ id: 7463, first_name: 'Ольга', language_code: 'ru' });
      const colleague = t.user({ id: 7464, first_name: 'Нина', language_code: 'ru' });
      await rep.text('/add');
      await rep.press('✓ Да, бланк подписан');
      await rep.text('Белова Анна Петровна');
      await rep.text('8 923 555-77-03');
      await rep.press('Безопасный интернет');
      await rep.press('Не важно');
      await rep.press('✓ Записать в очередь');
      expect((await WaitlistEntryModel.findOne({ partnerId: id }).lean())!.status).toBe('offered');
      const before = rep.messages().length;
      expect(rep.lastText()).toMatch(/^Очередь уже подошла/);
      await deliverAll(t);
      expect(rep.textsSince(before)).toEqual([]);
      expect(colleague.lastText()).toMatch(/^Вашему человеку предложили место: Белова Анна Петровна, «Безопасный интернет»/);
      expect(t.errors).toEqual([]);
    });

    it('no seat free: only the place in line, as before', async () => {
      const t = createTestBot({ env: { ADMIN_IDS: '900' } });
      await partnerWithLink({ name: 'Больница № 4', kind: 'hospital', centerIds: ['kemerovo-gogol'] }, 7462);
      const rep = t.user({ id: 7462, first_name: 'Ольга', language_code: 'ru' });
      await rep.text('/add');
      await rep.press('✓ Да, бланк подписан');
      await rep.text('Жуков Иван');
      await rep.text('8 923 555-77-02');
      await rep.press('Основы компьютерной грамотности');
      await rep.press('Не важно');
      await rep.press('✓ Записать в очередь');
      expect(rep.lastText()).toMatch(/^Записали в очередь/);
      expect(t.errors).toEqual([]);
    });
  });
});
