import { describe, expect, it } from '@jest/globals';
import { WaitlistEntryModel } from '../../src/db/models/waitlist-entry.js';
import { createTestBot } from '../helpers/test-bot.js';
import { useSampleDataPerTest } from '../helpers/test-db.js';
import { addToWaitlist } from '../helpers/waitlist-fixtures.js';

/*
 * A citizen moving to another town (walk29 W29-08, W29-09): the center she picks there is where her place goes,
 * not asked again; a town of one center is taken at once.
 */

useSampleDataPerTest();

const OSINNIKI = 'Центральная городская библиотека, Осинники';

describe('moving to another town from a center shown', () => {
  it('fix29h W29-09: «записаться сюда» typed under a town\'s one center joins there: the move names it, no town asked', async () => {
    const t = createTestBot();
    await addToWaitlist(29_901, { centerId: 'yurga-central' });
    const valya = t.user({ id: 29_901, first_name: 'Валентина', language_code: 'ru' });
    await valya.text('/start');
    await valya.text('📍 Центры рядом');
    await valya.text('Осинники');
    expect(valya.buttonLabels()).toContain('📝 Записаться сюда');
    await valya.text('записаться сюда');
    expect(valya.lastText()).toContain(`Запись в центр: ${OSINNIKI}.`);
    await valya.text('основы');
    expect(valya.lastText()).toContain(`Перейти в выбранный центр (${OSINNIKI})?`);
    await valya.text('да');
    expect(valya.lastText()).toBe(`Готово. Теперь ваш центр: ${OSINNIKI}. Ваше место в очереди: 1.`);
    expect(await WaitlistEntryModel.findOne({ citizenId: 29_901 }).lean()).toMatchObject({ centerId: 'osinniki-central', status: 'waiting' });
    expect(t.errors).toEqual([]);
  });

  it('fix29h W29-09: a move to a town of one center takes that center at once and asks to confirm it', async () => {
    const t = createTestBot();
    await addToWaitlist(29_902, { centerId: 'yurga-central' });
    const emily = t.user({ id: 29_902, first_name: 'Emily', language_code: 'ru' });
    await emily.text('/start');
    await emily.text('📝 Записаться на курс');
    await emily.text('основы');
    expect(emily.lastText()).toContain('Хотите перейти в другой центр?');
    await emily.text('перейти в другой центр');
    expect(emily.lastText()).toMatch(/^Куда перейти\?/);
    await emily.text('Осинники');
    expect(emily.lastText()).toBe(`Перейти в другой центр: ${OSINNIKI}? Там ваше место в очереди будет 1: оно считается по дню вашей записи.`);
    await emily.text('да');
    expect(await WaitlistEntryModel.findOne({ citizenId: 29_902 }).lean()).toMatchObject({ centerId: 'osinniki-central', status: 'waiting' });
    expect(t.errors).toEqual([]);
  });
});
